"""previewCampaign: what a saved or a drafted campaign would do, writing nothing."""

from __future__ import annotations

from collections.abc import Callable

import strawberry

from domain.access import Scope
from domain.campaigns import preview as campaigns_preview
from domain.campaigns import rules
from domain.clock import utc_now
from domain.errors import DomainError
from schema.campaigns.inputs import CreateCampaignInput, input_path, translate_error
from schema.campaigns.mutations.create import spec_of
from schema.campaigns.types import ChannelEnum
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.permissions import IsStaff
from schema.relay import decode_id, encode_id


@strawberry.input(
    one_of=True, description="The campaign to preview: a saved one, or a definition to try."
)
class PreviewCampaignInput:
    id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="A saved campaign."
    )
    definition: CreateCampaignInput | None = strawberry.field(
        default=strawberry.UNSET,
        description="A campaign as createCampaign takes it; checked the same way, not saved.",
    )


@strawberry.type(description="One message as it would be sent.")
class PreviewMessage:
    member: strawberry.ID = strawberry.field(description="The member it goes to.")
    channel: ChannelEnum = strawberry.field(description="Where it goes.")
    body: str = strawberry.field(description="The text rendered for the member.")


@strawberry.type(description="Not reached members of a preview, for one reason.")
class PreviewSkip:
    reason: str = strawberry.field(
        description="NO_CONSENT, NO_ADDRESS (no phone, openid, token or e-mail for the "
        "channel) or CAPPED (the member's marketing message cap is reached)."
    )
    members: int = strawberry.field(description="How many members.")


@strawberry.type(description="What a campaign would do if it ran now.")
class CampaignPreview:
    audience_size: int = strawberry.field(description="Members in the audience now.")
    control_size: int = strawberry.field(description="Of them, held out as the control group.")
    treated_size: int = strawberry.field(description="Of them, in the treatment arms.")
    reachable_size: int = strawberry.field(
        description="Treated members the message would reach after consent, addresses and the "
        "contact cap (all treated members when the campaign sends no message)."
    )
    not_reached: list[PreviewSkip] = strawberry.field(
        description="Treated members the message would not reach, by reason."
    )
    expected_points: int = strawberry.field(description="Points the rewards would credit.")
    expected_coupons: int = strawberry.field(description="Coupons the rewards would issue.")
    expected_cost_cents: int = strawberry.field(
        description="What the rewards would cost for every treated member, in fen."
    )
    budget_cost_cents: int | None = strawberry.field(
        description="The campaign's cost budget in fen; null is unlimited."
    )
    budget_covers: int = strawberry.field(
        description="Treated members the remaining budgets would pay for."
    )
    within_budget: bool = strawberry.field(
        description="Whether the budgets cover every treated member."
    )
    messages: list[PreviewMessage] = strawberry.field(
        description="The first 5 messages, rendered for their members."
    )


@strawberry.type(description="What previewCampaign returns.")
class PreviewCampaignPayload:
    preview: CampaignPreview | None = strawberry.field(description="The preview; null on errors.")
    errors: list[UserError] = strawberry.field(description="Why there is no preview.")


def _shape(found: campaigns_preview.Preview) -> CampaignPreview:
    return CampaignPreview(
        audience_size=found.audience,
        control_size=found.control,
        treated_size=found.treated,
        reachable_size=found.reachable,
        not_reached=[
            PreviewSkip(reason=r, members=n) for r, n in sorted(found.not_reached.items())
        ],
        expected_points=found.expected_points,
        expected_coupons=found.expected_coupons,
        expected_cost_cents=found.expected_cost_cents,
        budget_cost_cents=found.budget_cost_cents,
        budget_covers=found.affordable,
        within_budget=found.affordable >= found.treated,
        messages=[
            PreviewMessage(
                member=strawberry.ID(encode_id("Member", p.member_id)),
                channel=rules.MessageChannel(found.channel),
                body=p.body,
            )
            for p in found.samples
        ],
    )


@strawberry.type
class PreviewCampaignMutation:
    @strawberry.mutation(
        description="Preview a saved campaign or a definition: audience after consent and "
        "caps, control size, expected reward cost against the budget and the first 5 rendered "
        "messages; writes nothing. Errors: as createCampaign for a definition; NOT_FOUND, "
        "INVALID_ID (id). Needs campaigns:write, as creating a campaign does.",
        permission_classes=[IsStaff.with_scope(Scope.CAMPAIGNS_WRITE)],
    )
    @returns_errors
    async def preview_campaign(
        self, info: Info, input: PreviewCampaignInput
    ) -> PreviewCampaignPayload:
        if input.id is not None and input.id is not strawberry.UNSET:
            found = await campaigns_preview.preview_saved(
                decode_id(input.id, "Campaign", "id"), utc_now()
            )
        else:
            assert isinstance(input.definition, CreateCampaignInput)
            owner = info.context.principal.subject if info.context.principal else ""
            try:
                found = await campaigns_preview.preview_definition(
                    spec_of(input.definition, owner), utc_now()
                )
            except DomainError as error:
                translate_error(error, _definition_path(input.definition))
                raise
        return PreviewCampaignPayload(preview=_shape(found), errors=[])


def _definition_path(definition: CreateCampaignInput) -> Callable[[str | None], str | None]:
    translate = input_path(definition)
    return lambda field: None if field is None else f"definition.{translate(field)}"
