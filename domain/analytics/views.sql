-- The read-only SQL contract BI tools connect to: schema `analytics`, documented views, no PII.
-- Applied by domain.analytics.views.apply_views after the Aerich migrations, in one transaction.
-- __BUSINESS_TZ__ is replaced by the configured business time zone (TIME_ZONE, Asia/Shanghai).
-- View names and columns are a public contract: add columns at the end, never rename or drop.

CREATE SCHEMA IF NOT EXISTS analytics;
COMMENT ON SCHEMA analytics IS
  '会员与营销分析的只读视图（BI 工具连接此 schema）/ Read-only analytics views for BI tools.';

-- dim_date ---------------------------------------------------------------------------------
CREATE OR REPLACE VIEW analytics.dim_date AS
SELECT d::date AS day,
       extract(year FROM d)::int AS year,
       extract(quarter FROM d)::int AS quarter,
       extract(month FROM d)::int AS month,
       extract(day FROM d)::int AS day_of_month,
       extract(doy FROM d)::int AS day_of_year,
       extract(isodow FROM d)::int AS iso_weekday,
       extract(isoyear FROM d)::int AS iso_year,
       extract(week FROM d)::int AS iso_week,
       date_trunc('week', d)::date AS week_start,
       date_trunc('month', d)::date AS month_start,
       date_trunc('quarter', d)::date AS quarter_start,
       date_trunc('year', d)::date AS year_start,
       to_char(d, 'YYYY-MM') AS year_month,
       (ARRAY['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
         [extract(isodow FROM d)::int] AS weekday_name_en,
       (ARRAY['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'])
         [extract(isodow FROM d)::int] AS weekday_name_zh,
       extract(isodow FROM d)::int >= 6 AS is_weekend,
       extract(isodow FROM d)::int < 6 AS is_weekday,
       d::date = (now() AT TIME ZONE '__BUSINESS_TZ__')::date AS is_today,
       (now() AT TIME ZONE '__BUSINESS_TZ__')::date - d::date AS days_ago,
       '__BUSINESS_TZ__'::text AS time_zone
  FROM generate_series('2000-01-01'::timestamp, '2050-12-31'::timestamp, interval '1 day') AS d;

COMMENT ON VIEW analytics.dim_date IS
  '日历维度（2000-01-01 至 2050-12-31），按业务时区计算 / Calendar dimension, 2000-01-01 to 2050-12-31, in the business time zone.';
COMMENT ON COLUMN analytics.dim_date.day IS '日期（业务日）/ Business day (date).';
COMMENT ON COLUMN analytics.dim_date.year IS '年 / Calendar year.';
COMMENT ON COLUMN analytics.dim_date.quarter IS '季度 1-4 / Quarter 1-4.';
COMMENT ON COLUMN analytics.dim_date.month IS '月 1-12 / Month 1-12.';
COMMENT ON COLUMN analytics.dim_date.day_of_month IS '月内第几天 / Day of the month.';
COMMENT ON COLUMN analytics.dim_date.day_of_year IS '年内第几天 / Day of the year.';
COMMENT ON COLUMN analytics.dim_date.iso_weekday IS '星期几（1=周一，7=周日）/ ISO weekday, 1 = Monday, 7 = Sunday.';
COMMENT ON COLUMN analytics.dim_date.iso_year IS 'ISO 周所属年 / ISO week-numbering year.';
COMMENT ON COLUMN analytics.dim_date.iso_week IS 'ISO 周序号 / ISO week number.';
COMMENT ON COLUMN analytics.dim_date.week_start IS '所在周的周一 / Monday of the week.';
COMMENT ON COLUMN analytics.dim_date.month_start IS '所在月第一天 / First day of the month.';
COMMENT ON COLUMN analytics.dim_date.quarter_start IS '所在季度第一天 / First day of the quarter.';
COMMENT ON COLUMN analytics.dim_date.year_start IS '所在年第一天 / First day of the year.';
COMMENT ON COLUMN analytics.dim_date.year_month IS '年月文本 YYYY-MM / Year and month as text, YYYY-MM.';
COMMENT ON COLUMN analytics.dim_date.weekday_name_en IS '星期英文名 / Weekday name in English.';
COMMENT ON COLUMN analytics.dim_date.weekday_name_zh IS '星期中文名 / Weekday name in Chinese.';
COMMENT ON COLUMN analytics.dim_date.is_weekend IS '是否周末 / Saturday or Sunday.';
COMMENT ON COLUMN analytics.dim_date.is_weekday IS '是否工作日（周一至周五，不含法定节假日）/ Monday to Friday (public holidays not applied).';
COMMENT ON COLUMN analytics.dim_date.is_today IS '是否为业务时区的今天 / Today in the business time zone (at query time).';
COMMENT ON COLUMN analytics.dim_date.days_ago IS '距今天数（业务时区，未来为负）/ Days before today in the business time zone (negative in the future).';
COMMENT ON COLUMN analytics.dim_date.time_zone IS '业务时区 / The business time zone the days are counted in.';

-- dim_store --------------------------------------------------------------------------------
CREATE OR REPLACE VIEW analytics.dim_store AS
SELECT s.id AS store_id, s.code AS store_code, s.name AS store_name, s.region, s.city
  FROM public.stores s;

COMMENT ON VIEW analytics.dim_store IS '门店维度 / Store dimension.';
COMMENT ON COLUMN analytics.dim_store.store_id IS '门店 ID / Store id.';
COMMENT ON COLUMN analytics.dim_store.store_code IS '门店编码（订单与会员来源引用）/ Store code, as orders and member sources refer to it.';
COMMENT ON COLUMN analytics.dim_store.store_name IS '门店名称 / Store name.';
COMMENT ON COLUMN analytics.dim_store.region IS '大区/省份 / Region.';
COMMENT ON COLUMN analytics.dim_store.city IS '城市 / City.';

-- dim_item ---------------------------------------------------------------------------------
CREATE OR REPLACE VIEW analytics.dim_item AS
SELECT i.id AS item_id, i.code AS item_code, i.name AS item_name,
       i.category_id, c.code AS category_code, c.name AS category_name,
       c.parent_id AS parent_category_id, p.name AS parent_category_name,
       i.brand_id, b.code AS brand_code, b.name AS brand_name,
       i.price_cents, i.on_sale, i.cost_cents
  FROM public.items i
  LEFT JOIN public.categories c ON c.id = i.category_id
  LEFT JOIN public.categories p ON p.id = c.parent_id
  LEFT JOIN public.brands b ON b.id = i.brand_id;

COMMENT ON VIEW analytics.dim_item IS '商品维度（含类目与品牌名称）/ Item dimension with category and brand names.';
COMMENT ON COLUMN analytics.dim_item.item_id IS '商品 ID / Item id.';
COMMENT ON COLUMN analytics.dim_item.item_code IS '商品编码 SKU / Item code (SKU).';
COMMENT ON COLUMN analytics.dim_item.item_name IS '商品名称 / Item name.';
COMMENT ON COLUMN analytics.dim_item.category_id IS '类目 ID / Category id.';
COMMENT ON COLUMN analytics.dim_item.category_code IS '类目编码 / Category code.';
COMMENT ON COLUMN analytics.dim_item.category_name IS '类目名称 / Category name.';
COMMENT ON COLUMN analytics.dim_item.parent_category_id IS '上级类目 ID / Parent category id.';
COMMENT ON COLUMN analytics.dim_item.parent_category_name IS '上级类目名称 / Parent category name.';
COMMENT ON COLUMN analytics.dim_item.brand_id IS '品牌 ID / Brand id.';
COMMENT ON COLUMN analytics.dim_item.brand_code IS '品牌编码 / Brand code.';
COMMENT ON COLUMN analytics.dim_item.brand_name IS '品牌名称 / Brand name.';
COMMENT ON COLUMN analytics.dim_item.price_cents IS '标价（分）/ List price in fen.';
COMMENT ON COLUMN analytics.dim_item.on_sale IS '是否在售 / On sale.';
COMMENT ON COLUMN analytics.dim_item.cost_cents IS '单位成本（分），未维护为空 / Unit cost in fen, null when not kept.';

-- dim_member -------------------------------------------------------------------------------
CREATE OR REPLACE VIEW analytics.dim_member AS
SELECT m.id AS member_id,
       m.status,
       m.merged_into_id,
       m.channel,
       m.source_store AS source_store_code,
       m.source_campaign,
       (m.registered_at AT TIME ZONE '__BUSINESS_TZ__')::date AS registered_day,
       m.region,
       m.city,
       ml.rank AS level_rank,
       l.code AS level_code,
       l.name AS level_name
  FROM public.members m
  LEFT JOIN public.member_levels ml ON ml.member_id = m.id
  LEFT JOIN public.levels l ON l.rank = ml.rank;

COMMENT ON VIEW analytics.dim_member IS
  '会员维度，不含姓名、手机号、生日等个人信息 / Member dimension without name, phone, birthday or other personal data.';
COMMENT ON COLUMN analytics.dim_member.member_id IS '会员 ID / Member id.';
COMMENT ON COLUMN analytics.dim_member.status IS '状态：ACTIVE 正常、MERGED 已合并、ERASED 已注销 / Status: ACTIVE, MERGED, ERASED.';
COMMENT ON COLUMN analytics.dim_member.merged_into_id IS '合并后的存续会员 ID / Surviving member id after a OneID merge.';
COMMENT ON COLUMN analytics.dim_member.channel IS '注册渠道 / Registration channel.';
COMMENT ON COLUMN analytics.dim_member.source_store_code IS '来源门店编码 / Source store code.';
COMMENT ON COLUMN analytics.dim_member.source_campaign IS '来源活动 / Source campaign.';
COMMENT ON COLUMN analytics.dim_member.registered_day IS '注册日期（业务时区）/ Registration day in the business time zone.';
COMMENT ON COLUMN analytics.dim_member.region IS '大区/省份 / Region.';
COMMENT ON COLUMN analytics.dim_member.city IS '城市 / City.';
COMMENT ON COLUMN analytics.dim_member.level_rank IS '当前等级序号 / Current level rank.';
COMMENT ON COLUMN analytics.dim_member.level_code IS '当前等级编码 / Current level code.';
COMMENT ON COLUMN analytics.dim_member.level_name IS '当前等级名称 / Current level name.';

-- fact_order_line --------------------------------------------------------------------------
CREATE OR REPLACE VIEW analytics.fact_order_line AS
SELECT o.id AS order_id,
       ol.line_no,
       (o.paid_at AT TIME ZONE '__BUSINESS_TZ__')::date AS day,
       o.paid_at,
       o.store_code,
       o.channel,
       o.member_id,
       ol.item_id,
       ol.item_code,
       ol.category_id,
       ol.brand_id,
       ol.quantity,
       ol.unit_price_cents,
       ol.amount_cents,
       ol.refunded_quantity,
       ol.refunded_cents,
       ol.amount_cents - ol.refunded_cents AS net_cents,
       o.coupon_used
  FROM public.order_lines ol
  JOIN public.orders o ON o.id = ol.order_id;

COMMENT ON VIEW analytics.fact_order_line IS
  '订单明细事实，每个订单行一行；金额单位为分 / Order line fact, one row per order line; amounts in fen.';
COMMENT ON COLUMN analytics.fact_order_line.order_id IS '订单 ID / Order id.';
COMMENT ON COLUMN analytics.fact_order_line.line_no IS '行号 / Line number within the order.';
COMMENT ON COLUMN analytics.fact_order_line.day IS '销售业务日（业务时区的支付日期）/ Business day of the sale: the payment date in the business time zone.';
COMMENT ON COLUMN analytics.fact_order_line.paid_at IS '支付时间（UTC 时间戳）/ Payment instant (timestamp with time zone).';
COMMENT ON COLUMN analytics.fact_order_line.store_code IS '门店编码，关联 dim_store / Store code, joins dim_store.store_code.';
COMMENT ON COLUMN analytics.fact_order_line.channel IS '下单渠道 / Sales channel.';
COMMENT ON COLUMN analytics.fact_order_line.member_id IS '会员 ID，非会员订单为空 / Member id, null for a non-member order.';
COMMENT ON COLUMN analytics.fact_order_line.item_id IS '商品 ID，关联 dim_item / Item id, joins dim_item.item_id.';
COMMENT ON COLUMN analytics.fact_order_line.item_code IS '商品编码 / Item code as sent.';
COMMENT ON COLUMN analytics.fact_order_line.category_id IS '下单时的类目 ID / Category id at the time of sale.';
COMMENT ON COLUMN analytics.fact_order_line.brand_id IS '下单时的品牌 ID / Brand id at the time of sale.';
COMMENT ON COLUMN analytics.fact_order_line.quantity IS '数量 / Quantity sold.';
COMMENT ON COLUMN analytics.fact_order_line.unit_price_cents IS '单价（分）/ Unit price in fen.';
COMMENT ON COLUMN analytics.fact_order_line.amount_cents IS '实付金额（分）/ Amount paid in fen.';
COMMENT ON COLUMN analytics.fact_order_line.refunded_quantity IS '已退数量 / Quantity refunded so far.';
COMMENT ON COLUMN analytics.fact_order_line.refunded_cents IS '已退金额（分）/ Amount refunded so far in fen.';
COMMENT ON COLUMN analytics.fact_order_line.net_cents IS '净销售额（分）= 实付 - 已退 / Net sales in fen: paid minus refunded.';
COMMENT ON COLUMN analytics.fact_order_line.coupon_used IS '订单是否用券 / Whether the order used a coupon.';

-- fact_points_entry ------------------------------------------------------------------------
CREATE OR REPLACE VIEW analytics.fact_points_entry AS
SELECT e.id AS entry_id,
       (e.created_at AT TIME ZONE '__BUSINESS_TZ__')::date AS day,
       e.created_at,
       a.member_id,
       substr(a.asset, 8) AS point_type,
       e.kind::text AS kind,
       e.amount,
       e.frozen_delta,
       e.source,
       COALESCE(
         (SELECT min(l.funding_party) FROM public.ledger_lots l WHERE l.entry_id = e.id),
         (SELECT CASE WHEN count(DISTINCT l.funding_party) > 1 THEN 'MIXED'
                      ELSE min(l.funding_party) END
            FROM public.ledger_allocations al JOIN public.ledger_lots l ON l.id = al.lot_id
           WHERE al.entry_id = e.id)
       ) AS funding_party
  FROM public.ledger_entries e
  JOIN public.ledger_accounts a ON a.id = e.account_id
 WHERE a.asset LIKE 'POINTS:%';

COMMENT ON VIEW analytics.fact_points_entry IS
  '积分流水事实，每条积分账户分录一行 / Points ledger fact, one row per entry of a point account.';
COMMENT ON COLUMN analytics.fact_points_entry.entry_id IS '分录 ID / Ledger entry id.';
COMMENT ON COLUMN analytics.fact_points_entry.day IS '业务日（业务时区）/ Business day of the entry in the business time zone.';
COMMENT ON COLUMN analytics.fact_points_entry.created_at IS '记账时间 / Instant the entry was written.';
COMMENT ON COLUMN analytics.fact_points_entry.member_id IS '会员 ID / Member id.';
COMMENT ON COLUMN analytics.fact_points_entry.point_type IS '积分类型编码 / Point type code.';
COMMENT ON COLUMN analytics.fact_points_entry.kind IS '分录类型：CREDIT 发放、DEBIT 消耗、EXPIRE 过期、FREEZE 冻结、UNFREEZE 解冻、CONSUME_FROZEN 冻结扣减、REVERSE 冲回、ADJUST 调整 / Entry kind.';
COMMENT ON COLUMN analytics.fact_points_entry.amount IS '对可用积分的影响（有符号）/ Effect on available points (signed).';
COMMENT ON COLUMN analytics.fact_points_entry.frozen_delta IS '对冻结积分的影响（有符号）/ Effect on frozen points (signed).';
COMMENT ON COLUMN analytics.fact_points_entry.source IS '来源（规则、订单、活动等）/ Source of the entry (rule, order, campaign ...).';
COMMENT ON COLUMN analytics.fact_points_entry.funding_party IS
  '出资方：发放分录为其批次的出资方，扣减分录为所扣批次的出资方（多方时为 MIXED）/ Funding party: of the lot a credit created, else of the lots the entry drew from (MIXED when several).';

-- fact_event -------------------------------------------------------------------------------
CREATE OR REPLACE VIEW analytics.fact_event AS
SELECT ev.id AS event_id,
       (ev.occurred_at AT TIME ZONE '__BUSINESS_TZ__')::date AS day,
       ev.occurred_at,
       ev.name,
       ev.properties ->> 'channel' AS channel,
       ev.member_id
  FROM public.events ev;

COMMENT ON VIEW analytics.fact_event IS '行为事件事实，每个事件一行 / Behaviour event fact, one row per event.';
COMMENT ON COLUMN analytics.fact_event.event_id IS '事件 ID / Event id.';
COMMENT ON COLUMN analytics.fact_event.day IS '发生业务日（业务时区）/ Business day the event occurred on.';
COMMENT ON COLUMN analytics.fact_event.occurred_at IS '发生时间 / Instant the event occurred.';
COMMENT ON COLUMN analytics.fact_event.name IS '事件名称 / Event name.';
COMMENT ON COLUMN analytics.fact_event.channel IS '事件属性中的渠道（properties.channel），可为空 / Channel reported in properties.channel, may be null.';
COMMENT ON COLUMN analytics.fact_event.member_id IS '会员 ID，匿名事件为空 / Member id, null for an anonymous event.';

-- rollups ----------------------------------------------------------------------------------
-- Thin views over the rollup tables (refreshed by the analytics jobs; see analyticsFreshness).

-- sales_daily ---------------------------------------------------------------------------
CREATE OR REPLACE VIEW analytics.sales_daily AS
SELECT day,
       store_code,
       channel,
       is_member,
       coupon_used,
       orders,
       lines,
       quantity,
       amount_cents,
       refunded_cents,
       net_cents
  FROM public.analytics_sales_daily;

COMMENT ON VIEW analytics.sales_daily IS
  '销售日汇总：按业务日、门店、渠道、是否会员、是否用券 / Daily sales by business day, store, channel, member or not, coupon used or not.';
COMMENT ON COLUMN analytics.sales_daily.day IS '业务日（业务时区的支付日期）/ Business day of the sale in the business time zone.';
COMMENT ON COLUMN analytics.sales_daily.store_code IS '门店编码，无门店为空串 / Store code, '''' when none.';
COMMENT ON COLUMN analytics.sales_daily.channel IS '下单渠道 / Sales channel.';
COMMENT ON COLUMN analytics.sales_daily.is_member IS '是否会员订单 / Whether the order belongs to a member.';
COMMENT ON COLUMN analytics.sales_daily.coupon_used IS '订单是否用券 / Whether the order used a coupon.';
COMMENT ON COLUMN analytics.sales_daily.orders IS '订单数 / Orders.';
COMMENT ON COLUMN analytics.sales_daily.lines IS '订单行数 / Order lines.';
COMMENT ON COLUMN analytics.sales_daily.quantity IS '销售数量 / Quantity sold.';
COMMENT ON COLUMN analytics.sales_daily.amount_cents IS '实付金额（分）/ Amount paid in fen.';
COMMENT ON COLUMN analytics.sales_daily.refunded_cents IS '已退金额（分），计入销售日 / Amount refunded in fen, counted on the sale day.';
COMMENT ON COLUMN analytics.sales_daily.net_cents IS '净销售额（分）= 实付 - 已退 / Net sales in fen: paid minus refunded.';

-- category_daily ------------------------------------------------------------------------
CREATE OR REPLACE VIEW analytics.category_daily AS
SELECT day,
       category_id,
       lines,
       quantity,
       amount_cents,
       refunded_cents,
       net_cents
  FROM public.analytics_category_daily;

COMMENT ON VIEW analytics.category_daily IS
  '类目日汇总：按业务日与类目（下单时的类目）/ Daily sales by business day and category (the category at the time of sale).';
COMMENT ON COLUMN analytics.category_daily.day IS '业务日 / Business day of the sale.';
COMMENT ON COLUMN analytics.category_daily.category_id IS '类目 ID，关联 dim_item.category_id；0 表示无类目 / Category id, joins dim_item.category_id; 0 when none.';
COMMENT ON COLUMN analytics.category_daily.lines IS '订单行数 / Order lines.';
COMMENT ON COLUMN analytics.category_daily.quantity IS '销售数量 / Quantity sold.';
COMMENT ON COLUMN analytics.category_daily.amount_cents IS '实付金额（分）/ Amount paid in fen.';
COMMENT ON COLUMN analytics.category_daily.refunded_cents IS '已退金额（分）/ Amount refunded in fen.';
COMMENT ON COLUMN analytics.category_daily.net_cents IS '净销售额（分）/ Net sales in fen.';

-- item_monthly --------------------------------------------------------------------------
CREATE OR REPLACE VIEW analytics.item_monthly AS
SELECT day AS month,
       item_id,
       lines,
       quantity,
       amount_cents,
       refunded_cents,
       net_cents,
       refunded_quantity
  FROM public.analytics_item_monthly;

COMMENT ON VIEW analytics.item_monthly IS
  '商品月汇总：按月与商品 / Monthly sales by item.';
COMMENT ON COLUMN analytics.item_monthly.month IS '月份（当月第一天）/ Month, as its first day.';
COMMENT ON COLUMN analytics.item_monthly.item_id IS '商品 ID，关联 dim_item；0 表示无商品 / Item id, joins dim_item; 0 when none.';
COMMENT ON COLUMN analytics.item_monthly.lines IS '订单行数 / Order lines.';
COMMENT ON COLUMN analytics.item_monthly.quantity IS '销售数量 / Quantity sold.';
COMMENT ON COLUMN analytics.item_monthly.amount_cents IS '实付金额（分）/ Amount paid in fen.';
COMMENT ON COLUMN analytics.item_monthly.refunded_cents IS '已退金额（分）/ Amount refunded in fen.';
COMMENT ON COLUMN analytics.item_monthly.net_cents IS '净销售额（分）/ Net sales in fen.';
COMMENT ON COLUMN analytics.item_monthly.refunded_quantity IS '已退数量 / Quantity refunded.';

-- members_daily -------------------------------------------------------------------------
CREATE OR REPLACE VIEW analytics.members_daily AS
SELECT day,
       channel,
       source_store AS source_store_code,
       new_members
  FROM public.analytics_members_daily;

COMMENT ON VIEW analytics.members_daily IS
  '新会员日汇总：按注册日、渠道、来源门店（不含已被合并的会员）/ New members by registration day, channel and source store (members merged away are not counted).';
COMMENT ON COLUMN analytics.members_daily.day IS '注册业务日 / Business day of registration.';
COMMENT ON COLUMN analytics.members_daily.channel IS '注册渠道 / Registration channel.';
COMMENT ON COLUMN analytics.members_daily.source_store_code IS '来源门店编码，无则为空串 / Source store code, '''' when none.';
COMMENT ON COLUMN analytics.members_daily.new_members IS '新会员数 / New members.';

-- member_monthly ------------------------------------------------------------------------
CREATE OR REPLACE VIEW analytics.member_monthly AS
SELECT day AS month,
       member_id,
       orders,
       amount_cents,
       refunded_cents,
       net_cents
  FROM public.analytics_member_monthly;

COMMENT ON VIEW analytics.member_monthly IS
  '会员月汇总：按月与会员（订单归属当前会员，合并后归存续会员）/ Orders and net sales by month and member (orders belong to the surviving member after a merge).';
COMMENT ON COLUMN analytics.member_monthly.month IS '月份（当月第一天）/ Month, as its first day.';
COMMENT ON COLUMN analytics.member_monthly.member_id IS '会员 ID，关联 dim_member / Member id, joins dim_member.';
COMMENT ON COLUMN analytics.member_monthly.orders IS '订单数 / Orders.';
COMMENT ON COLUMN analytics.member_monthly.amount_cents IS '实付金额（分）/ Amount paid in fen.';
COMMENT ON COLUMN analytics.member_monthly.refunded_cents IS '已退金额（分）/ Amount refunded in fen.';
COMMENT ON COLUMN analytics.member_monthly.net_cents IS '净销售额（分）/ Net sales in fen.';

-- points_daily --------------------------------------------------------------------------
CREATE OR REPLACE VIEW analytics.points_daily AS
SELECT day,
       point_type,
       kind,
       entries,
       amount,
       frozen_delta
  FROM public.analytics_points_daily;

COMMENT ON VIEW analytics.points_daily IS
  '积分日汇总：按业务日、积分类型、分录类型 / Point movements by business day, point type and entry kind.';
COMMENT ON COLUMN analytics.points_daily.day IS '记账业务日 / Business day of the entries.';
COMMENT ON COLUMN analytics.points_daily.point_type IS '积分类型编码 / Point type code.';
COMMENT ON COLUMN analytics.points_daily.kind IS '分录类型：CREDIT 发放、DEBIT 消耗、EXPIRE 过期、FREEZE 冻结、UNFREEZE 解冻、CONSUME_FROZEN 冻结扣减、REVERSE 冲回、ADJUST 调整 / Entry kind.';
COMMENT ON COLUMN analytics.points_daily.entries IS '分录数 / Entries.';
COMMENT ON COLUMN analytics.points_daily.amount IS '对可用积分的影响合计（有符号）/ Sum of the effect on available points (signed).';
COMMENT ON COLUMN analytics.points_daily.frozen_delta IS '对冻结积分的影响合计（有符号）/ Sum of the effect on frozen points (signed).';

-- coupon_daily --------------------------------------------------------------------------
CREATE OR REPLACE VIEW analytics.coupon_daily AS
SELECT day,
       template_id,
       store_code,
       issued,
       claimed,
       used,
       expired,
       discount_cents
  FROM public.analytics_coupon_daily;

COMMENT ON VIEW analytics.coupon_daily IS
  '优惠券日汇总：按业务日、券模板、门店；发放与领取计入发放日，核销计入核销日与核销门店，过期计入有效期最后一天 / Coupons by business day, template and store: issued and claimed on the issue day, used on the use day at its store, expired on the last valid day.';
COMMENT ON COLUMN analytics.coupon_daily.day IS '业务日 / Business day.';
COMMENT ON COLUMN analytics.coupon_daily.template_id IS '券模板 ID / Coupon template id.';
COMMENT ON COLUMN analytics.coupon_daily.store_code IS '核销门店编码，发放、领取、过期行为空串 / Store code where used; '''' on issued, claimed and expired rows.';
COMMENT ON COLUMN analytics.coupon_daily.issued IS '发放张数 / Coupons issued.';
COMMENT ON COLUMN analytics.coupon_daily.claimed IS '其中会员主动领取张数 / Of those, claimed by the member.';
COMMENT ON COLUMN analytics.coupon_daily.used IS '核销张数 / Coupons used.';
COMMENT ON COLUMN analytics.coupon_daily.expired IS '过期张数 / Coupons expired.';
COMMENT ON COLUMN analytics.coupon_daily.discount_cents IS '核销优惠金额（分）/ Discount granted by the used coupons, in fen.';

-- event_daily ---------------------------------------------------------------------------
CREATE OR REPLACE VIEW analytics.event_daily AS
SELECT day,
       name,
       channel,
       events
  FROM public.analytics_event_daily;

COMMENT ON VIEW analytics.event_daily IS
  '行为事件日汇总：按业务日、事件名、渠道 / Behaviour events by business day, event name and channel.';
COMMENT ON COLUMN analytics.event_daily.day IS '发生业务日 / Business day the events occurred on.';
COMMENT ON COLUMN analytics.event_daily.name IS '事件名称 / Event name.';
COMMENT ON COLUMN analytics.event_daily.channel IS '事件属性中的渠道，无则为空串 / Channel from properties.channel, '''' when none.';
COMMENT ON COLUMN analytics.event_daily.events IS '事件数 / Events.';

-- the read-only group role: SELECT on the views of this schema, nothing on public ------------
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crm_bi') THEN
    CREATE ROLE crm_bi NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;  -- another database of the same cluster created it at the same moment
END
$$;
REVOKE ALL ON SCHEMA analytics FROM PUBLIC;
GRANT USAGE ON SCHEMA analytics TO crm_bi;
REVOKE ALL ON ALL TABLES IN SCHEMA analytics FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO crm_bi;
ALTER DEFAULT PRIVILEGES IN SCHEMA analytics GRANT SELECT ON TABLES TO crm_bi;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
