"""The Query and Mutation mixins of every area; the schema is their union."""

from __future__ import annotations

from schema.analytics.behaviour import BehaviourMutation, BehaviourQuery
from schema.analytics.exports import AnalyticsExportMutation, AnalyticsExportQuery
from schema.analytics.queries import AnalyticsQuery
from schema.analytics.reports import AnalyticsReportsQuery
from schema.benefits.config_operations import BenefitConfigQuery, BenefitRetireMutation
from schema.benefits.mutations import BenefitsMutation
from schema.benefits.queries import BenefitsQuery
from schema.campaigns.inbox import InboxMutation, InboxQuery
from schema.campaigns.mutations import CampaignsMutation
from schema.campaigns.queries import CampaignsQuery
from schema.catalog.mutations import CatalogMutation
from schema.catalog.queries import CatalogQuery
from schema.config_history import ConfigHistoryQuery
from schema.coupons.config_operations import CouponConfigQuery
from schema.coupons.mutations import CouponsMutation
from schema.coupons.queries import CouponsQuery
from schema.engagement.mall_mutations import MallMutation
from schema.engagement.mall_queries import MallQuery
from schema.engagement.operations import EngagementMutation, EngagementQuery
from schema.engagement.promo_codes import PromoCodesMutation, PromoCodesQuery
from schema.engagement.referrals import ReferralsMutation, ReferralsQuery
from schema.engagement.tasks import TasksMutation, TasksQuery
from schema.engagement.year_review import YearReviewQuery
from schema.jobs.mutations import JobsMutation
from schema.jobs.queries import JobsQuery
from schema.levels.config_operations import LevelConfigQuery, LevelRetireMutation
from schema.levels.operations import LevelsMutation, LevelsQuery
from schema.members.mutations import MembersMutation
from schema.members.queries import MembersQuery
from schema.members.visitors import VisitorsMutation
from schema.node_queries import NodeQuery
from schema.orders.mutations import OrdersMutation
from schema.orders.queries import OrdersQuery
from schema.payments.operations import PaymentsMutation, PaymentsQuery
from schema.points.config_operations import PointConfigQuery, PointRetireMutation
from schema.points.mutations import PointsMutation
from schema.points.queries import PointsQuery
from schema.recs.config_operations import RecsConfigQuery, RecsRetireMutation
from schema.recs.operations import RecsMutation, RecsQuery
from schema.segments.config_operations import SegmentArchiveMutation, SegmentConfigQuery
from schema.segments.mutations import SegmentsMutation
from schema.segments.queries import SegmentsQuery
from schema.tags.config_operations import TagConfigQuery, TagRetireMutation
from schema.tags.mutations import TagsMutation
from schema.tags.portrait import PortraitQuery
from schema.tags.queries import TagsQuery
from schema.wallet.config_operations import WalletConfigQuery, WalletRetireMutation
from schema.wallet.mutations import WalletMutation
from schema.wallet.queries import WalletQuery
from schema.webhooks import WebhooksMutation, WebhooksQuery

QUERY_MIXINS: list[type] = [
    EngagementQuery,
    TasksQuery,
    WebhooksQuery,
    MallQuery,
    YearReviewQuery,
    ReferralsQuery,
    PromoCodesQuery,
    JobsQuery,
    MembersQuery,
    OrdersQuery,
    PointsQuery,
    PointConfigQuery,
    ConfigHistoryQuery,
    TagsQuery,
    TagConfigQuery,
    SegmentsQuery,
    SegmentConfigQuery,
    PortraitQuery,
    WalletQuery,
    WalletConfigQuery,
    LevelsQuery,
    LevelConfigQuery,
    BenefitsQuery,
    BenefitConfigQuery,
    CatalogQuery,
    CouponsQuery,
    CouponConfigQuery,
    PaymentsQuery,
    CampaignsQuery,
    InboxQuery,
    RecsQuery,
    AnalyticsQuery,
    BehaviourQuery,
    AnalyticsExportQuery,
    AnalyticsReportsQuery,
    NodeQuery,
    RecsConfigQuery,
]
MUTATION_MIXINS: list[type] = [
    BehaviourMutation,
    EngagementMutation,
    TasksMutation,
    WebhooksMutation,
    MallMutation,
    ReferralsMutation,
    PromoCodesMutation,
    JobsMutation,
    MembersMutation,
    VisitorsMutation,
    OrdersMutation,
    PointsMutation,
    PointRetireMutation,
    TagsMutation,
    TagRetireMutation,
    SegmentsMutation,
    SegmentArchiveMutation,
    WalletMutation,
    WalletRetireMutation,
    LevelsMutation,
    LevelRetireMutation,
    BenefitsMutation,
    BenefitRetireMutation,
    CatalogMutation,
    CouponsMutation,
    PaymentsMutation,
    CampaignsMutation,
    InboxMutation,
    RecsMutation,
    RecsRetireMutation,
    AnalyticsExportMutation,
]
