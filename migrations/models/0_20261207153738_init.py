from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "jobs" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "key" VARCHAR(200) UNIQUE,
    "args" JSONB NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "attempts" INT NOT NULL,
    "max_attempts" INT NOT NULL,
    "progress" INT NOT NULL,
    "message" TEXT NOT NULL,
    "result" JSONB,
    "error" TEXT,
    "run_after" TIMESTAMPTZ NOT NULL,
    "lease_until" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_jobs_status_383d84" ON "jobs" ("status", "run_after");
COMMENT ON COLUMN "jobs"."status" IS 'PENDING: PENDING\nRUNNING: RUNNING\nDONE: DONE\nFAILED: FAILED';
COMMENT ON TABLE "jobs" IS 'One unit of background work and its visible state.';
CREATE TABLE IF NOT EXISTS "job_steps" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "job_id" BIGINT NOT NULL,
    "step" VARCHAR(100) NOT NULL,
    "attempt" INT NOT NULL,
    "done_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_job_steps_job_id_d0f63f" UNIQUE ("job_id", "step")
);
COMMENT ON TABLE "job_steps" IS 'A checkpoint: a step of a job that has been done, so a re-run resumes instead of redoing.';
CREATE TABLE IF NOT EXISTS "idempotency_records" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "scope" VARCHAR(80) NOT NULL,
    "operation" VARCHAR(64) NOT NULL,
    "key" VARCHAR(100) NOT NULL,
    "fingerprint" VARCHAR(64) NOT NULL,
    "outcome" VARCHAR(10) NOT NULL,
    "result" JSONB,
    "error" JSONB,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_idempotency_scope_5db007" UNIQUE ("scope", "operation", "key")
);
COMMENT ON TABLE "idempotency_records" IS 'The first outcome of a keyed request: DONE with a result, or FAILED with its error.';
CREATE TABLE IF NOT EXISTS "members" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(10) NOT NULL,
    "merged_into_id" BIGINT,
    "name" VARCHAR(100),
    "gender" VARCHAR(10) NOT NULL,
    "birthday" DATE,
    "region" VARCHAR(50),
    "city" VARCHAR(50),
    "consent_sms" BOOL NOT NULL,
    "consent_push" BOOL NOT NULL,
    "channel" VARCHAR(20) NOT NULL,
    "source_store" VARCHAR(50),
    "source_staff" VARCHAR(50),
    "source_campaign" VARCHAR(50),
    "source_referrer_id" BIGINT,
    "source_scene" VARCHAR(100),
    "registered_at" TIMESTAMPTZ NOT NULL,
    "profile_updated_at" TIMESTAMPTZ NOT NULL,
    "erased_at" TIMESTAMPTZ,
    "token_version" INT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_members_city_42a904" ON "members" ("city");
CREATE INDEX IF NOT EXISTS "idx_members_registe_f91f84" ON "members" ("registered_at");
COMMENT ON COLUMN "members"."status" IS 'ACTIVE: ACTIVE\nMERGED: MERGED\nERASED: ERASED';
COMMENT ON COLUMN "members"."gender" IS 'UNKNOWN: UNKNOWN\nMALE: MALE\nFEMALE: FEMALE';
COMMENT ON COLUMN "members"."channel" IS 'MINI_PROGRAM: MINI_PROGRAM\nAPP: APP\nPOS: POS\nWEB: WEB\nIMPORT: IMPORT\nPARTNER: PARTNER';
COMMENT ON TABLE "members" IS 'A person, numbered densely so the id doubles as a bit offset in tag bitmaps.';
CREATE TABLE IF NOT EXISTS "member_identities" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL,
    "namespace" VARCHAR(64) NOT NULL,
    "value" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" BIGINT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_member_iden_kind_cd538a" UNIQUE ("kind", "namespace", "value")
);
COMMENT ON COLUMN "member_identities"."kind" IS 'PHONE: PHONE\nWECHAT_OPENID: WECHAT_OPENID\nWECHAT_UNIONID: WECHAT_UNIONID\nDEVICE_ID: DEVICE_ID\nCARD_NO: CARD_NO\nEXTERNAL: EXTERNAL';
COMMENT ON TABLE "member_identities" IS 'A way to recognise a member; each (kind, namespace, value) belongs to one live member.';
CREATE TABLE IF NOT EXISTS "member_links" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "other_member_id" BIGINT NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "value" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_member_link_member__b94e20" UNIQUE ("member_id", "other_member_id", "kind", "value")
);
CREATE INDEX IF NOT EXISTS "idx_member_link_member__9650f6" ON "member_links" ("member_id");
CREATE INDEX IF NOT EXISTS "idx_member_link_other_m_8cf1f5" ON "member_links" ("other_member_id");
COMMENT ON TABLE "member_links" IS 'Two members seen on the same weak identity (a shared device): linked, never merged.';
CREATE TABLE IF NOT EXISTS "member_merges" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "survivor_id" BIGINT NOT NULL,
    "absorbed_id" BIGINT NOT NULL UNIQUE,
    "reason" VARCHAR(200) NOT NULL,
    "operator" VARCHAR(100) NOT NULL,
    "conflicts" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_member_merg_survivo_231f26" ON "member_merges" ("survivor_id");
COMMENT ON TABLE "member_merges" IS 'One OneID merge: the absorbed member now resolves to the survivor.';
CREATE TABLE IF NOT EXISTS "member_phone_verifications" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "phone" VARCHAR(20) NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL,
    "attempts" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "consumed_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_member_phon_phone_b9fe2d" ON "member_phone_verifications" ("phone", "created_at");
CREATE INDEX IF NOT EXISTS "idx_member_phon_member__c31d63" ON "member_phone_verifications" ("member_id", "created_at");
COMMENT ON TABLE "member_phone_verifications" IS 'A one-time code sent to a phone a member wants to bind; only its HMAC is kept.';
CREATE TABLE IF NOT EXISTS "brands" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(50) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL
);
CREATE TABLE IF NOT EXISTS "categories" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(50) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "parent_id" INT
);
COMMENT ON TABLE "categories" IS 'A node of the category tree.';
CREATE TABLE IF NOT EXISTS "items" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "category_id" INT,
    "brand_id" INT,
    "price_cents" BIGINT NOT NULL,
    "attributes" JSONB NOT NULL,
    "on_sale" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_items_categor_08e99f" ON "items" ("category_id");
CREATE INDEX IF NOT EXISTS "idx_items_brand_i_c2caba" ON "items" ("brand_id");
COMMENT ON TABLE "items" IS 'A sellable SKU with its price in cents.';
CREATE TABLE IF NOT EXISTS "stores" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(50) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "region" VARCHAR(50),
    "city" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "stores" IS 'A physical or online store, known to integrations by its code.';
CREATE TABLE IF NOT EXISTS "anonymous_bindings" (
    "anonymous_id" VARCHAR(64) NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "bound_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_anonymous_b_member__69978f" ON "anonymous_bindings" ("member_id");
COMMENT ON TABLE "anonymous_bindings" IS 'An anonymous device/visitor id known to belong to a member.';
CREATE TABLE IF NOT EXISTS "events" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "event_id" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "member_id" BIGINT,
    "anonymous_id" VARCHAR(64),
    "properties" JSONB NOT NULL,
    "received_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_events_anonymo_1c2537" ON "events" ("anonymous_id");
CREATE INDEX IF NOT EXISTS "idx_events_member__7307b0" ON "events" ("member_id", "occurred_at");
CREATE INDEX IF NOT EXISTS "idx_events_name_aa691d" ON "events" ("name", "occurred_at");
COMMENT ON TABLE "events" IS 'One behaviour event, deduplicated by the sender''s event id.';
CREATE TABLE IF NOT EXISTS "event_definitions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL UNIQUE,
    "description" TEXT NOT NULL,
    "properties_schema" JSONB NOT NULL,
    "active" BOOL NOT NULL
);
COMMENT ON TABLE "event_definitions" IS 'A behaviour event name staff allow, with the schema of its properties.';
CREATE TABLE IF NOT EXISTS "member_stats" (
    "member_id" BIGSERIAL NOT NULL PRIMARY KEY,
    "first_order_at" TIMESTAMPTZ,
    "last_order_at" TIMESTAMPTZ,
    "order_count" BIGINT NOT NULL,
    "total_spend_cents" BIGINT NOT NULL,
    "refunded_cents" BIGINT NOT NULL,
    "category_spend" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "member_stats" IS 'Per-member purchase statistics kept by the order job; always rebuildable from orders.';
CREATE TABLE IF NOT EXISTS "orders" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(20) NOT NULL,
    "external_no" VARCHAR(64) NOT NULL,
    "member_id" BIGINT,
    "identity_kind" VARCHAR(20),
    "identity_namespace" VARCHAR(64) NOT NULL,
    "identity_value" VARCHAR(128),
    "store_code" VARCHAR(50),
    "status" VARCHAR(20) NOT NULL,
    "total_cents" BIGINT NOT NULL,
    "refunded_cents" BIGINT NOT NULL,
    "coupon_used" BOOL NOT NULL,
    "paid_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_orders_channel_0d886c" UNIQUE ("channel", "external_no")
);
CREATE INDEX IF NOT EXISTS "idx_orders_member__522bc8" ON "orders" ("member_id");
CREATE INDEX IF NOT EXISTS "idx_orders_identit_bfd3e9" ON "orders" ("identity_kind", "identity_namespace", "identity_value");
CREATE INDEX IF NOT EXISTS "idx_orders_paid_at_2ca315" ON "orders" ("paid_at");
COMMENT ON COLUMN "orders"."status" IS 'PAID: PAID\nPARTIALLY_REFUNDED: PARTIALLY_REFUNDED\nREFUNDED: REFUNDED';
COMMENT ON TABLE "orders" IS 'A paid order, unique per (channel, external number).';
CREATE TABLE IF NOT EXISTS "order_lines" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "line_no" INT NOT NULL,
    "item_id" INT,
    "item_code" VARCHAR(64) NOT NULL,
    "category_id" INT,
    "brand_id" INT,
    "quantity" BIGINT NOT NULL,
    "unit_price_cents" BIGINT NOT NULL,
    "amount_cents" BIGINT NOT NULL,
    "refunded_quantity" BIGINT NOT NULL,
    "refunded_cents" BIGINT NOT NULL,
    "order_id" BIGINT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_order_lines_order_i_1dcd54" UNIQUE ("order_id", "line_no")
);
CREATE INDEX IF NOT EXISTS "idx_order_lines_item_id_bdaa37" ON "order_lines" ("item_id");
CREATE TABLE IF NOT EXISTS "refunds" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "refund_no" VARCHAR(64) NOT NULL,
    "amount_cents" BIGINT NOT NULL,
    "lines" JSONB NOT NULL,
    "refunded_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_id" BIGINT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_refunds_order_i_66ea41" UNIQUE ("order_id", "refund_no")
);
COMMENT ON TABLE "refunds" IS 'A refund of some or all of an order, unique per order and refund number.';
CREATE TABLE IF NOT EXISTS "ledger_accounts" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "asset" VARCHAR(40) NOT NULL,
    "available" BIGINT NOT NULL,
    "frozen" BIGINT NOT NULL,
    "allow_negative" BOOL NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_ledger_acco_member__61b950" UNIQUE ("member_id", "asset")
);
CREATE INDEX IF NOT EXISTS "idx_ledger_acco_asset_2625e8" ON "ledger_accounts" ("asset");
COMMENT ON COLUMN "ledger_accounts"."status" IS 'ACTIVE: ACTIVE\nLOCKED: LOCKED\nCLOSED: CLOSED';
COMMENT ON TABLE "ledger_accounts" IS 'One member''s balance of one asset (a point type, wallet principal, wallet bonus).';
CREATE TABLE IF NOT EXISTS "ledger_allocations" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "entry_id" BIGINT NOT NULL,
    "lot_id" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_ledger_allo_entry_i_fe6588" ON "ledger_allocations" ("entry_id");
CREATE INDEX IF NOT EXISTS "idx_ledger_allo_lot_id_5c2936" ON "ledger_allocations" ("lot_id");
COMMENT ON TABLE "ledger_allocations" IS 'How much of a lot an entry took (positive) or gave back (negative).';
CREATE TABLE IF NOT EXISTS "ledger_entries" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "account_id" BIGINT NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "amount" BIGINT NOT NULL,
    "frozen_delta" BIGINT NOT NULL,
    "shortfall" BIGINT NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL,
    "ref_entry_id" BIGINT,
    "source" VARCHAR(100) NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "operator" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_ledger_entr_account_261006" UNIQUE ("account_id", "idempotency_key")
);
CREATE INDEX IF NOT EXISTS "idx_ledger_entr_account_b23e45" ON "ledger_entries" ("account_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_ledger_entr_ref_ent_ae1dbd" ON "ledger_entries" ("ref_entry_id");
COMMENT ON COLUMN "ledger_entries"."kind" IS 'CREDIT: CREDIT\nDEBIT: DEBIT\nEXPIRE: EXPIRE\nFREEZE: FREEZE\nUNFREEZE: UNFREEZE\nCONSUME_FROZEN: CONSUME_FROZEN\nREVERSE: REVERSE\nADJUST: ADJUST';
COMMENT ON COLUMN "ledger_entries"."amount" IS 'Effect on available (signed).';
COMMENT ON COLUMN "ledger_entries"."frozen_delta" IS 'Effect on frozen (signed).';
COMMENT ON COLUMN "ledger_entries"."shortfall" IS 'What could not be taken back.';
COMMENT ON TABLE "ledger_entries" IS 'An append-only movement: its effect on available and frozen, and why.';
CREATE TABLE IF NOT EXISTS "ledger_lots" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "account_id" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL,
    "remaining" BIGINT NOT NULL,
    "earned_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "source" VARCHAR(100) NOT NULL,
    "funding_party" VARCHAR(100) NOT NULL,
    "entry_id" BIGINT NOT NULL,
    "expired" BOOL NOT NULL,
    "carry_percent" INT NOT NULL,
    "carry_expires_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_ledger_lots_account_6932e7" ON "ledger_lots" ("account_id", "expires_at");
CREATE INDEX IF NOT EXISTS "idx_ledger_lots_expires_8acf7f" ON "ledger_lots" ("expires_at");
COMMENT ON COLUMN "ledger_lots"."carry_percent" IS 'Share carried over at expiry.';
COMMENT ON COLUMN "ledger_lots"."carry_expires_at" IS 'Expiry of the carried part.';
COMMENT ON TABLE "ledger_lots" IS 'A credit with what remains of it, when it expires, where it came from and who funds it.';
CREATE TABLE IF NOT EXISTS "point_earnings" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "point_type_id" INT NOT NULL,
    "source" VARCHAR(100) NOT NULL,
    "rule_id" INT,
    "rule_kind" VARCHAR(20) NOT NULL,
    "points" BIGINT NOT NULL,
    "business_day" DATE NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_point_earni_source_97ff34" UNIQUE ("source", "point_type_id", "rule_kind", "rule_id")
);
CREATE INDEX IF NOT EXISTS "idx_point_earni_member__49e055" ON "point_earnings" ("member_id");
CREATE INDEX IF NOT EXISTS "idx_point_earni_member__b1abac" ON "point_earnings" ("member_id", "point_type_id", "business_day");
COMMENT ON TABLE "point_earnings" IS 'Which rule produced how many points for which order, event or receipt.';
CREATE TABLE IF NOT EXISTS "point_earning_rules" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "point_type_id" INT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "points" BIGINT NOT NULL,
    "per_cents" BIGINT NOT NULL,
    "channel" VARCHAR(20),
    "store_code" VARCHAR(50),
    "category_id" INT,
    "brand_id" INT,
    "priority" INT NOT NULL,
    "rounding" VARCHAR(10) NOT NULL,
    "per_order_cap" BIGINT,
    "per_day_cap" BIGINT,
    "starts_at" TIMESTAMPTZ,
    "ends_at" TIMESTAMPTZ,
    "active" BOOL NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_point_earni_point_t_f17118" ON "point_earning_rules" ("point_type_id");
COMMENT ON COLUMN "point_earning_rules"."points" IS 'Points earned per `per_cents` spent.';
COMMENT ON COLUMN "point_earning_rules"."rounding" IS 'FLOOR: FLOOR\nHALF_UP: HALF_UP\nCEIL: CEIL';
COMMENT ON TABLE "point_earning_rules" IS 'Points per spend, optionally only for a channel, store, category or brand.';
CREATE TABLE IF NOT EXISTS "point_event_bonus_rules" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "point_type_id" INT NOT NULL,
    "event_name" VARCHAR(64) NOT NULL,
    "points" BIGINT NOT NULL,
    "daily_limit" BIGINT NOT NULL,
    "active" BOOL NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_point_event_event_n_09b9bc" ON "point_event_bonus_rules" ("event_name");
COMMENT ON TABLE "point_event_bonus_rules" IS 'Bonus points for a behaviour event (sign-in, review, share) with a daily limit.';
CREATE TABLE IF NOT EXISTS "point_types" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(30) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "kind" VARCHAR(10) NOT NULL,
    "expiry_policy" JSONB NOT NULL,
    "allow_negative" BOOL NOT NULL,
    "cents_per_point_num" INT NOT NULL,
    "cents_per_point_den" INT NOT NULL,
    "active" BOOL NOT NULL
);
COMMENT ON COLUMN "point_types"."kind" IS 'SPENDABLE: SPENDABLE\nGROWTH: GROWTH\nOTHER: OTHER';
COMMENT ON TABLE "point_types" IS 'A kind of points with its own expiry policy (JSON, see domain/points/policy.py).';
CREATE TABLE IF NOT EXISTS "point_promotions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "point_type_id" INT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "numerator" INT NOT NULL,
    "denominator" INT NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "days_of_month" JSONB NOT NULL,
    "weekdays" JSONB NOT NULL,
    "active" BOOL NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_point_promo_point_t_63127b" ON "point_promotions" ("point_type_id");
COMMENT ON COLUMN "point_promotions"."weekdays" IS 'ISO weekdays 1-7.';
COMMENT ON TABLE "point_promotions" IS 'A time-boxed multiplier, e.g. double points on the 8th of every month.';
CREATE TABLE IF NOT EXISTS "point_receipts" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "store_code" VARCHAR(50) NOT NULL,
    "receipt_no" VARCHAR(64) NOT NULL,
    "amount_cents" BIGINT NOT NULL,
    "purchased_at" TIMESTAMPTZ NOT NULL,
    "image_ref" VARCHAR(500) NOT NULL,
    "fingerprint" VARCHAR(64) NOT NULL UNIQUE,
    "status" VARCHAR(10) NOT NULL,
    "reviewed_by" VARCHAR(100),
    "reviewed_at" TIMESTAMPTZ,
    "review_reason" VARCHAR(200),
    "points" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_point_recei_member__fbc296" ON "point_receipts" ("member_id");
COMMENT ON COLUMN "point_receipts"."status" IS 'PENDING: PENDING\nAPPROVED: APPROVED\nREJECTED: REJECTED';
COMMENT ON TABLE "point_receipts" IS 'A receipt a member submitted for points, reviewed by staff.';
CREATE TABLE IF NOT EXISTS "wallet_payments" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "order_ref" VARCHAR(100) NOT NULL,
    "amount_cents" BIGINT NOT NULL,
    "principal_cents" BIGINT NOT NULL,
    "bonus_cents" BIGINT NOT NULL,
    "refunded_principal_cents" BIGINT NOT NULL,
    "refunded_bonus_cents" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_wallet_paym_member__f77c47" ON "wallet_payments" ("member_id");
CREATE TABLE IF NOT EXISTS "wallet_payment_refunds" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "payment_id" BIGINT NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "amount_cents" BIGINT NOT NULL,
    "principal_cents" BIGINT NOT NULL,
    "bonus_cents" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_wallet_paym_payment_8dd8b2" ON "wallet_payment_refunds" ("payment_id");
CREATE TABLE IF NOT EXISTS "wallet_recharges" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "amount_cents" BIGINT NOT NULL,
    "bonus_cents" BIGINT NOT NULL,
    "rule_id" INT,
    "channel" VARCHAR(20) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_wallet_rech_member__57e184" ON "wallet_recharges" ("member_id");
CREATE TABLE IF NOT EXISTS "wallet_recharge_rules" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "pay_cents" BIGINT NOT NULL,
    "bonus_cents" BIGINT NOT NULL,
    "level_codes" JSONB NOT NULL,
    "channels" JSONB NOT NULL,
    "starts_at" TIMESTAMPTZ,
    "ends_at" TIMESTAMPTZ,
    "priority" INT NOT NULL,
    "active" BOOL NOT NULL
);
COMMENT ON TABLE "wallet_recharge_rules" IS 'Pay `pay_cents` or more, get `bonus_cents`; optionally by level, channel and window.';
CREATE TABLE IF NOT EXISTS "wallets" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL UNIQUE,
    "status" VARCHAR(10) NOT NULL,
    "pay_mode" VARCHAR(20) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "wallets"."status" IS 'ACTIVE: ACTIVE\nLOCKED: LOCKED\nCLOSED: CLOSED';
COMMENT ON COLUMN "wallets"."pay_mode" IS 'PROPORTIONAL: PROPORTIONAL\nPRINCIPAL_FIRST: PRINCIPAL_FIRST';
CREATE TABLE IF NOT EXISTS "benefit_appointments" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "grant_id" BIGINT NOT NULL,
    "slot_at" TIMESTAMPTZ NOT NULL,
    "store_code" VARCHAR(50),
    "status" VARCHAR(10) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_benefit_app_grant_i_2ac34c" ON "benefit_appointments" ("grant_id");
CREATE TABLE IF NOT EXISTS "benefits" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(50) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "redeem_method" VARCHAR(20) NOT NULL,
    "funding_party" VARCHAR(100) NOT NULL,
    "config" JSONB NOT NULL,
    "unit_cost_cents" BIGINT NOT NULL,
    "active" BOOL NOT NULL
);
COMMENT ON COLUMN "benefits"."kind" IS 'COUPON: COUPON\nPOINTS: POINTS\nGROWTH: GROWTH\nSERVICE: SERVICE\nCUSTOM: CUSTOM\nTHIRD_PARTY: THIRD_PARTY';
COMMENT ON COLUMN "benefits"."redeem_method" IS 'AUTO: AUTO\nSCAN: SCAN\nAPPOINTMENT: APPOINTMENT\nHANDOUT: HANDOUT\nIDENTITY_CHECK: IDENTITY_CHECK';
COMMENT ON COLUMN "benefits"."config" IS 'e.g. points amount, coupon code';
COMMENT ON TABLE "benefits" IS 'Something the platform can grant: built-in (coupon, points, growth, service), custom';
CREATE TABLE IF NOT EXISTS "benefit_grants" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "benefit_id" INT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "used" BIGINT NOT NULL,
    "source" VARCHAR(100) NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "status" VARCHAR(10) NOT NULL,
    "void_reason" VARCHAR(200),
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_benefit_gra_member__baa834" ON "benefit_grants" ("member_id");
COMMENT ON COLUMN "benefit_grants"."status" IS 'ACTIVE: ACTIVE\nVOID: VOID';
COMMENT ON TABLE "benefit_grants" IS 'A quantity of a benefit granted to a member, valid in a window.';
CREATE TABLE IF NOT EXISTS "benefit_redemptions" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "grant_id" BIGINT NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "count" BIGINT NOT NULL,
    "store_code" VARCHAR(50),
    "operator" VARCHAR(100) NOT NULL,
    "redeemed_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_benefit_red_grant_i_83d1a6" ON "benefit_redemptions" ("grant_id");
CREATE TABLE IF NOT EXISTS "benefit_card_drops" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "card_id" BIGINT NOT NULL,
    "period_key" VARCHAR(20) NOT NULL,
    "distributed_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_benefit_car_card_id_be002a" UNIQUE ("card_id", "period_key")
);
COMMENT ON TABLE "benefit_card_drops" IS 'One periodic distribution of a card, exactly once per period.';
CREATE TABLE IF NOT EXISTS "benefit_card_templates" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(50) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "price_cents" BIGINT NOT NULL,
    "validity_months" INT NOT NULL,
    "every" VARCHAR(10) NOT NULL,
    "drops" JSONB NOT NULL,
    "discount_percent" INT NOT NULL,
    "multiplier_percent" INT NOT NULL,
    "refundable" BOOL NOT NULL,
    "active" BOOL NOT NULL,
    "points_price" BIGINT,
    "point_type_code" VARCHAR(50) NOT NULL
);
COMMENT ON COLUMN "benefit_card_templates"."drops" IS '[{\"benefit\": code, \"quantity\": n}]';
COMMENT ON COLUMN "benefit_card_templates"."points_price" IS 'Also sold for these points.';
COMMENT ON TABLE "benefit_card_templates" IS 'A benefit card for sale: price, validity, periodic drops and running privileges.';
CREATE TABLE IF NOT EXISTS "member_cards" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "template_id" INT NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "channel" VARCHAR(20) NOT NULL,
    "price_cents" BIGINT NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "activated_on" DATE,
    "ends_on" DATE,
    "refunded_cents" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_member_card_member__19db51" ON "member_cards" ("member_id");
COMMENT ON COLUMN "member_cards"."status" IS 'ACTIVE: ACTIVE\nPENDING: PENDING\nREFUNDED: REFUNDED';
CREATE TABLE IF NOT EXISTS "levels" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "rank" INT NOT NULL UNIQUE,
    "code" VARCHAR(30) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "reach_growth" BIGINT NOT NULL,
    "keep_growth" BIGINT NOT NULL,
    "validity_months" INT NOT NULL,
    "downgrade_to_rank" INT,
    "multiplier_percent" INT NOT NULL,
    "discount_percent" INT NOT NULL,
    "free_shipping" BOOL NOT NULL,
    "upgrade_gifts" JSONB NOT NULL,
    "monthly_benefits" JSONB NOT NULL,
    "birthday_benefits" JSONB NOT NULL
);
COMMENT ON COLUMN "levels"."multiplier_percent" IS 'Points multiplier.';
COMMENT ON COLUMN "levels"."discount_percent" IS 'Member price discount.';
COMMENT ON COLUMN "levels"."upgrade_gifts" IS '[{\"benefit\", \"quantity\"}]';
COMMENT ON TABLE "levels" IS 'One rung of the ladder with its thresholds, validity and benefits.';
CREATE TABLE IF NOT EXISTS "level_changes" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "from_rank" INT NOT NULL,
    "to_rank" INT NOT NULL,
    "kind" VARCHAR(10) NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "changed_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_level_chang_member__614bbd" ON "level_changes" ("member_id", "changed_at");
CREATE INDEX IF NOT EXISTS "idx_level_chang_changed_1003a3" ON "level_changes" ("changed_at");
COMMENT ON COLUMN "level_changes"."kind" IS 'UPGRADE, KEEP or DOWNGRADE';
COMMENT ON TABLE "level_changes" IS 'Every change of level with its reason (the history and the source of past';
CREATE TABLE IF NOT EXISTS "level_settings" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "growth_point_type" VARCHAR(30) NOT NULL,
    "growth_policy" VARCHAR(10) NOT NULL
);
COMMENT ON TABLE "level_settings" IS 'Ladder-wide settings: which point type is growth, and what happens to it at period end.';
CREATE TABLE IF NOT EXISTS "member_levels" (
    "member_id" BIGSERIAL NOT NULL PRIMARY KEY,
    "rank" INT NOT NULL,
    "reached_on" DATE NOT NULL,
    "period_started_on" DATE NOT NULL,
    "period_ends_on" DATE,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_member_leve_period__10be41" ON "member_levels" ("period_ends_on");
COMMENT ON TABLE "member_levels" IS 'A member''s current level and its period; members without a row hold rank 1.';
CREATE TABLE IF NOT EXISTS "paid_memberships" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "plan_id" INT NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "price_cents" BIGINT NOT NULL,
    "paid_cents" BIGINT NOT NULL,
    "refunded_cents" BIGINT NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "previous_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_paid_member_member__af87b6" ON "paid_memberships" ("member_id");
COMMENT ON COLUMN "paid_memberships"."status" IS 'ACTIVE: ACTIVE\nEXPIRED: EXPIRED\nREFUNDED: REFUNDED\nUPGRADED: UPGRADED';
COMMENT ON TABLE "paid_memberships" IS 'One purchase of a plan: its period, price and what happened to it.';
CREATE TABLE IF NOT EXISTS "paid_plans" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(50) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "audience" VARCHAR(50) NOT NULL,
    "tier" INT NOT NULL,
    "price_cents" BIGINT NOT NULL,
    "validity_days" INT NOT NULL,
    "multiplier_percent" INT NOT NULL,
    "discount_percent" INT NOT NULL,
    "benefits" JSONB NOT NULL,
    "active" BOOL NOT NULL,
    "points_price" BIGINT,
    "point_type_code" VARCHAR(50) NOT NULL
);
COMMENT ON COLUMN "paid_plans"."benefits" IS '[{\"benefit\", \"quantity\"}]';
COMMENT ON COLUMN "paid_plans"."points_price" IS 'Also sold for these points.';
COMMENT ON TABLE "paid_plans" IS 'A paid membership plan for an audience, at a tier, with price, validity and benefits.';
CREATE TABLE IF NOT EXISTS "coupons" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "template_id" INT NOT NULL,
    "member_id" BIGINT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "state" VARCHAR(10) NOT NULL,
    "valid_from" TIMESTAMPTZ NOT NULL,
    "valid_until" TIMESTAMPTZ NOT NULL,
    "source" VARCHAR(50) NOT NULL,
    "operator" VARCHAR(100) NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "order_ref" VARCHAR(100),
    "store_code" VARCHAR(50),
    "discount_cents" BIGINT,
    "order_total_cents" BIGINT,
    "void_reason" VARCHAR(200),
    "created_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "reserved_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_coupons_templat_6289ac" ON "coupons" ("template_id");
CREATE INDEX IF NOT EXISTS "idx_coupons_member__a761ef" ON "coupons" ("member_id");
CREATE INDEX IF NOT EXISTS "idx_coupons_valid_u_99171f" ON "coupons" ("valid_until");
CREATE INDEX IF NOT EXISTS "idx_coupons_order_r_5b8577" ON "coupons" ("order_ref");
CREATE INDEX IF NOT EXISTS "idx_coupons_member__cf083e" ON "coupons" ("member_id", "template_id");
CREATE INDEX IF NOT EXISTS "idx_coupons_state_601203" ON "coupons" ("state", "valid_until");
CREATE INDEX IF NOT EXISTS "idx_coupons_used_at_dd795f" ON "coupons" ("used_at");
CREATE INDEX IF NOT EXISTS "idx_coupons_state_14b073" ON "coupons" ("state", "reserved_at");
COMMENT ON COLUMN "coupons"."state" IS 'AVAILABLE: AVAILABLE\nLOCKED: LOCKED\nUSED: USED\nEXPIRED: EXPIRED\nVOID: VOID';
COMMENT ON COLUMN "coupons"."reserved_at" IS 'When it was locked to an order.';
CREATE TABLE IF NOT EXISTS "coupon_templates" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(50) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "amount_off_cents" BIGINT NOT NULL,
    "threshold_cents" BIGINT NOT NULL,
    "percent_off" INT NOT NULL,
    "cap_cents" BIGINT,
    "exchange_item_code" VARCHAR(64),
    "fixed_starts_at" TIMESTAMPTZ,
    "fixed_ends_at" TIMESTAMPTZ,
    "valid_days" INT,
    "start_after_days" INT NOT NULL,
    "rules" JSONB NOT NULL,
    "stackable" BOOL NOT NULL,
    "stack_group" VARCHAR(30) NOT NULL,
    "cost_share" JSONB NOT NULL,
    "total_stock" BIGINT NOT NULL,
    "issued" BIGINT NOT NULL,
    "per_member_limit" BIGINT NOT NULL,
    "per_day_limit" BIGINT,
    "issued_day" DATE,
    "day_issued" BIGINT NOT NULL,
    "state" VARCHAR(10) NOT NULL,
    "claim_starts_at" TIMESTAMPTZ,
    "claim_ends_at" TIMESTAMPTZ,
    "points_price" BIGINT,
    "point_type_code" VARCHAR(50) NOT NULL,
    "price_cents" BIGINT,
    "refund_restores" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "coupon_templates"."kind" IS 'THRESHOLD_OFF: THRESHOLD_OFF\nCASH: CASH\nPERCENT_OFF: PERCENT_OFF\nFREE_ORDER: FREE_ORDER\nEXCHANGE: EXCHANGE';
COMMENT ON COLUMN "coupon_templates"."state" IS 'DRAFT: DRAFT\nACTIVE: ACTIVE\nPAUSED: PAUSED\nENDED: ENDED';
CREATE TABLE IF NOT EXISTS "payment_external_refunds" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "purchase_id" BIGINT NOT NULL,
    "payment_no" VARCHAR(64) NOT NULL,
    "amount_cents" BIGINT NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "reason" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_payment_ext_purchas_f076c5" ON "payment_external_refunds" ("purchase_id");
COMMENT ON TABLE "payment_external_refunds" IS 'Money the brand''s payment system owes back on an external payment (it executes it).';
CREATE TABLE IF NOT EXISTS "purchases" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "product_kind" VARCHAR(10) NOT NULL,
    "product_code" VARCHAR(50) NOT NULL,
    "details" JSONB NOT NULL,
    "method" VARCHAR(10) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "amount_cents" BIGINT NOT NULL,
    "points" BIGINT NOT NULL,
    "point_type_code" VARCHAR(50),
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "payment_no" VARCHAR(64) UNIQUE,
    "wallet_payment_id" BIGINT,
    "expires_at" TIMESTAMPTZ,
    "paid_at" TIMESTAMPTZ,
    "refunded_cents" BIGINT NOT NULL,
    "refunded_points" BIGINT NOT NULL,
    "fulfilment_id" BIGINT,
    "failure" VARCHAR(200),
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_purchases_member__7178e5" ON "purchases" ("member_id");
CREATE INDEX IF NOT EXISTS "idx_purchases_product_6904f1" ON "purchases" ("product_kind", "fulfilment_id");
CREATE INDEX IF NOT EXISTS "idx_purchases_status_f136e3" ON "purchases" ("status", "expires_at");
COMMENT ON COLUMN "purchases"."product_kind" IS 'PLAN: PLAN\nCARD: CARD\nCOUPON: COUPON';
COMMENT ON COLUMN "purchases"."details" IS 'What the product area needs.';
COMMENT ON COLUMN "purchases"."method" IS 'WALLET: WALLET\nPOINTS: POINTS\nEXTERNAL: EXTERNAL';
COMMENT ON COLUMN "purchases"."status" IS 'PENDING: PENDING\nPAID: PAID\nEXPIRED: EXPIRED\nREFUNDED: REFUNDED';
COMMENT ON TABLE "purchases" IS 'One purchase of a priced product: what, for how much, paid how, and what it became.';
CREATE TABLE IF NOT EXISTS "campaigns" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "goal" VARCHAR(200) NOT NULL,
    "owner" VARCHAR(100) NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "audience" JSONB NOT NULL,
    "mode" VARCHAR(10) NOT NULL,
    "trigger" JSONB NOT NULL,
    "rewards" JSONB NOT NULL,
    "message" JSONB NOT NULL,
    "frequency" JSONB NOT NULL,
    "control_percent" DECIMAL(5,2) NOT NULL,
    "variants" JSONB NOT NULL,
    "budget_points" BIGINT,
    "budget_coupons" BIGINT,
    "budget_cost_cents" BIGINT,
    "spent_points" BIGINT NOT NULL,
    "spent_coupons" BIGINT NOT NULL,
    "spent_cost_cents" BIGINT NOT NULL,
    "quiet_start" VARCHAR(5) NOT NULL,
    "quiet_end" VARCHAR(5) NOT NULL,
    "attribution_days" INT NOT NULL,
    "recurring_days" JSONB NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "processed" BIGINT NOT NULL,
    "audience_size" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "campaigns"."audience" IS '{\"kind\": EVERYONE|SEGMENT|SNAPSHOT, \"id\"}';
COMMENT ON COLUMN "campaigns"."mode" IS 'ONE_SHOT: ONE_SHOT\nTRIGGERED: TRIGGERED\nRECURRING: RECURRING';
COMMENT ON COLUMN "campaigns"."message" IS '{\"channel\", \"body\"}';
COMMENT ON COLUMN "campaigns"."frequency" IS '{\"cap\": ONCE|EVERY_N_DAYS}';
COMMENT ON COLUMN "campaigns"."recurring_days" IS 'days of month';
COMMENT ON COLUMN "campaigns"."status" IS 'DRAFT: DRAFT\nRUNNING: RUNNING\nPAUSED: PAUSED\nCOMPLETED: COMPLETED\nCANCELLED: CANCELLED\nBUDGET_EXHAUSTED: BUDGET_EXHAUSTED';
CREATE TABLE IF NOT EXISTS "campaign_deliveries" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "campaign_id" INT NOT NULL,
    "member_id" BIGINT NOT NULL,
    "occurrence" VARCHAR(60) NOT NULL,
    "arm" VARCHAR(30) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "cost_cents" BIGINT NOT NULL,
    "points" BIGINT NOT NULL,
    "coupons" BIGINT NOT NULL,
    "delivered_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_campaign_de_campaig_5dc87a" UNIQUE ("campaign_id", "member_id", "occurrence")
);
CREATE INDEX IF NOT EXISTS "idx_campaign_de_campaig_f44581" ON "campaign_deliveries" ("campaign_id", "arm");
CREATE INDEX IF NOT EXISTS "idx_campaign_de_member__6dab08" ON "campaign_deliveries" ("member_id", "delivered_at");
COMMENT ON TABLE "campaign_deliveries" IS 'A member''s turn in a campaign: rewarded, control, or skipped — at most one per';
CREATE TABLE IF NOT EXISTS "campaign_notifications" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "campaign_id" INT NOT NULL,
    "member_id" BIGINT NOT NULL,
    "occurrence" VARCHAR(60) NOT NULL,
    "channel" VARCHAR(20) NOT NULL,
    "body" TEXT NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "send_after" TIMESTAMPTZ NOT NULL,
    "attempts" INT NOT NULL,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ,
    CONSTRAINT "uid_campaign_no_campaig_267202" UNIQUE ("campaign_id", "member_id", "occurrence")
);
CREATE INDEX IF NOT EXISTS "idx_campaign_no_campaig_84172f" ON "campaign_notifications" ("campaign_id");
CREATE INDEX IF NOT EXISTS "idx_campaign_no_status_e5aa29" ON "campaign_notifications" ("status", "send_after");
CREATE TABLE IF NOT EXISTS "campaign_strategies" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "campaign_id" INT,
    "segment_id" INT,
    "strategy" VARCHAR(200) NOT NULL,
    "outcome" TEXT NOT NULL,
    "uplift" DOUBLE PRECISION,
    "created_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "campaign_strategies" IS 'What an operator learned: this strategy, for this segment, gave this outcome.';
CREATE TABLE IF NOT EXISTS "member_manual_tags" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "tag_id" INT NOT NULL,
    "member_id" BIGINT NOT NULL,
    "value" VARCHAR(64) NOT NULL,
    "tagged_by" VARCHAR(100) NOT NULL,
    "tagged_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_member_manu_tag_id_7d1bf7" UNIQUE ("tag_id", "member_id")
);
CREATE INDEX IF NOT EXISTS "idx_member_manu_member__2c1609" ON "member_manual_tags" ("member_id");
COMMENT ON TABLE "member_manual_tags" IS 'A value of a MANUAL tag that staff gave a member.';
CREATE TABLE IF NOT EXISTS "member_tags" (
    "member_id" BIGSERIAL NOT NULL PRIMARY KEY,
    "run_id" BIGINT NOT NULL,
    "codes" SMALLINT[] NOT NULL,
    "numbers" FLOAT8[] NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "member_tags" IS 'A member''s tag codes and model numbers, laid out as the run `run_id` describes.';
CREATE TABLE IF NOT EXISTS "tag_categories" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "parent_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_tag_categor_parent__eedbaa" ON "tag_categories" ("parent_id");
COMMENT ON TABLE "tag_categories" IS 'A node of the tag category tree.';
CREATE TABLE IF NOT EXISTS "tag_definitions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "category_id" INT,
    "owner" VARCHAR(100) NOT NULL,
    "description" TEXT NOT NULL,
    "kind" VARCHAR(12) NOT NULL,
    "rule" JSONB NOT NULL,
    "refresh" VARCHAR(10) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "value_labels" JSONB NOT NULL,
    "system" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_tag_definit_categor_fad585" ON "tag_definitions" ("category_id");
COMMENT ON COLUMN "tag_definitions"."kind" IS 'ATTRIBUTE: ATTRIBUTE\nCOMPUTED: COMPUTED\nTIERED: TIERED\nMODEL: MODEL\nMANUAL: MANUAL';
COMMENT ON COLUMN "tag_definitions"."refresh" IS 'DAILY: DAILY\nHOURLY: HOURLY\nMANUAL: MANUAL';
COMMENT ON COLUMN "tag_definitions"."status" IS 'DRAFT: DRAFT\nONLINE: ONLINE\nOFFLINE: OFFLINE\nRETIRED: RETIRED';
COMMENT ON TABLE "tag_definitions" IS 'A tag: what it means, who owns it, how it is computed and whether it is in use.';
CREATE TABLE IF NOT EXISTS "tag_runs" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "job_id" BIGINT,
    "status" VARCHAR(10) NOT NULL,
    "as_of" DATE NOT NULL,
    "columns" JSONB NOT NULL,
    "numbers" JSONB NOT NULL,
    "params" JSONB NOT NULL,
    "member_count" BIGINT NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ
);
COMMENT ON COLUMN "tag_runs"."status" IS 'RUNNING: RUNNING\nPUBLISHED: PUBLISHED\nFAILED: FAILED';
COMMENT ON TABLE "tag_runs" IS 'One full computation: its column layout (tags, labels, numbers) and model parameters.';
CREATE TABLE IF NOT EXISTS "identity_lists" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "row_count" BIGINT NOT NULL,
    "member_count" BIGINT NOT NULL,
    "unmatched" JSONB NOT NULL,
    "bitmap" BYTEA NOT NULL,
    "uploaded_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "identity_lists" IS 'An uploaded list of identities resolved to members (a bitmap) with its unmatched rows.';
CREATE TABLE IF NOT EXISTS "segments" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "refresh" VARCHAR(10) NOT NULL,
    "last_size" BIGINT,
    "last_evaluated_at" TIMESTAMPTZ,
    "created_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "segments"."refresh" IS 'DAILY: DAILY\nHOURLY: HOURLY\nMANUAL: MANUAL';
COMMENT ON TABLE "segments" IS 'A saved audience definition (dsl JSON form) refreshed on its schedule.';
CREATE TABLE IF NOT EXISTS "segment_sizes" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "segment_id" BIGINT NOT NULL,
    "size" BIGINT NOT NULL,
    "as_of" DATE NOT NULL,
    "evaluated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_segment_siz_segment_1d100b" ON "segment_sizes" ("segment_id", "evaluated_at");
COMMENT ON TABLE "segment_sizes" IS 'One evaluation of a saved segment: its size on that day.';
CREATE TABLE IF NOT EXISTS "segment_snapshots" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "segment_id" BIGINT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "definition" JSONB NOT NULL,
    "size" BIGINT NOT NULL,
    "bitmap" BYTEA NOT NULL,
    "created_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_segment_sna_segment_caf04c" ON "segment_snapshots" ("segment_id");
COMMENT ON TABLE "segment_snapshots" IS 'A frozen member list of a segment (a bitmap, bit = member id) for a campaign.';
CREATE TABLE IF NOT EXISTS "rec_item_associations" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "version" BIGINT NOT NULL,
    "item_id" INT NOT NULL,
    "other_item_id" INT NOT NULL,
    "pair_count" BIGINT NOT NULL,
    "support" DOUBLE PRECISION NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "lift" DOUBLE PRECISION NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_rec_item_as_version_916e5c" ON "rec_item_associations" ("version", "item_id");
COMMENT ON TABLE "rec_item_associations" IS 'One rule item -> other_item from co-purchases, written by the rebuild of `version`.';
CREATE TABLE IF NOT EXISTS "rec_member_interests" (
    "member_id" BIGSERIAL NOT NULL PRIMARY KEY,
    "version" BIGINT NOT NULL,
    "scores" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "rec_member_interests" IS 'A member''s decayed shares per dimension ({\"brand\": {\"SHISEIDO\": 0.6}, ...}).';
CREATE TABLE IF NOT EXISTS "rec_slots" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(50) NOT NULL UNIQUE,
    "title" VARCHAR(200) NOT NULL,
    "strategies" JSONB NOT NULL,
    "size" INT NOT NULL,
    "rules" JSONB NOT NULL,
    "enabled" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "rec_slots" IS 'A front-end slot: which strategies fill it, how many items, and the rules applied.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
-- Database-side defaults for columns that raw inserts (demo loader, bulk jobs) may leave out.
ALTER TABLE "members" ALTER COLUMN "token_version" SET DEFAULT 0;
ALTER TABLE "coupons" ALTER COLUMN "operator" SET DEFAULT '';
ALTER TABLE "coupon_templates" ALTER COLUMN "point_type_code" SET DEFAULT 'POINTS';
ALTER TABLE "benefit_card_templates" ALTER COLUMN "point_type_code" SET DEFAULT 'POINTS';
ALTER TABLE "paid_plans" ALTER COLUMN "point_type_code" SET DEFAULT 'POINTS';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztfXtz2kjW91fp4p9Nqkh24klm5mGf96nCNknYweDCOJnZMEXaogFtRIvVxQ67O9/97Y"
    "sEurRkSZZES+6qmQBS/yT5nFb3uZ//dLbmEhn267+bd50e+E8Hwy0iX4KHu6ADd7vjQXrA"
    "gXcGG/dP844dgHe2Y0HNIcdW0LARObREtmbpO0c3MR05wQi4WHeAuQJ3UPu2tkwXL8GDaX"
    "0DkHzRHRvc67ZOLgxsBzroNb3u0tTIhXW8Ln4JgviXixaOuUbOBlnkQl/+IId1vETfkU1/"
    "funQ0S77QywXL+DKIeP+oKN23xYrHRnLEHH0JR3Jji+c/Y4dO9fXQ+y8Z2Ppc98tNNNwt/"
    "g4frd3NiY+AHTs0KNrhJFFHpXewbFcSjjsGoZHX5+W/G84DuEPH8As0Qq6BiU/RfMHOB7r"
    "LBbjyWxxM5gtFp0Ya3xEgNTeIc3ElK3kUW1GgDV9hFf/c3b2448/n/3w40+/vHv788/vfv"
    "nhFzKWPW/81M9/8oc5UotfitFs+GE4ntEHMsnc4ROKHviTYaADOYrx6Eh99hmj/8UGWmLq"
    "++Mj9Cd/WJT+PrXTGOAfOHLgON/rYMEWfl8YCK+dDfn55ocfUsj7qT+9+NifviCjXoaJPP"
    "ZOnfFzlN5H+n5D+zzk9YYXoq43eSWZ3SHSnmUi7VkKac/ipIXW2o7T9u83k7GYtv74CHGX"
    "uuaA/wJDt2NLSFlTuPO/KxdrlITgztUNR8f2a3rb/+tURP0UYlP60CtvbftfRpDGL676v0"
    "XJfzGanDOSmbaztthV2AXOI6w4rvjxiT7A7pYxZEgeEWINxRhzRNe3qnSuB+PL4fhDTg74"
    "sB7wvszx9HY8Zke8L3N8ORkPeoD+O8fv+8PR4LIH+Gd0E862LGValVIWpdiL4zhou3ME/E"
    "rcdIOQx7fespj0Q7Vb79mbtz+//eXHn94edtzDkbSN1t9UA/Id4VcBokZh9RH2XUMIu7NM"
    "uuzkIWoQomZqbKYSysC1QOKboe9Js/QIqXF5PsHOOBv8NkvfGbd778xoMv7gD49ul2GCk6"
    "lInz+HmHJEPElQiUqDJxa165ZIkGWZVp5pfgCUInvLS+1qZvlBz49R/JIQzdG3KGGyB4HR"
    "+e4hX/tfmqhhWgguJ9jYe3MkjTHDq8HNrH91HeLOZX82oGfOQpzxj774KfJ+HC4CPg9nHw"
    "H9Cf5BBNHoK3MYN/tHhz4TdB1zgc2HBVwGNEX/qE+1EM8NBG20cLGjG3m5HoGWwPcGvX8S"
    "sdmnSSqfNTKFCd2JpJqXzWGkertlYXuWt9vdLQtyPYxUXJeF64KX3Xv6kB3HKsb1MFKt6P"
    "IwOf5ur3Ss25tCbI5AFZ9l4zN1s62+BVw99AB17z1Aa7mInTHPzKSx8VPbs230CMRwzZhE"
    "qUmf8+jqvHHQriP2grJT3Uc8oQubjMroDu0DbYO0bzuTsLEHIKBQ6teEgFwIOBvogA20wR"
    "1CGCxNTK5gm+SkhV4RBQRQjXuLbKCTmUCWdgq00JJcax33mlZ6J4Fz9QsjBfd50ntxR2rA"
    "3ar8qlL6VY9cy86BI6Y+w2VLGBEUYfjaktXj6o9XDu1sDm3PYZHfd9S2eV2aTZ5uEwVEsQ"
    "BMKVmyyGVJqrUkYtlwSd5E00FY20+RZlphiSFxUKqoph+HLyw2PqPQNtsgsNIt2wGm62jm"
    "FnE56hvaoyURi8g0tB3uRgcPurNhUhR1jXSBaXn+dH6CRqox831cXKvoHkJBzdbMHXvVyA"
    "d50+hf2eURPUpmk0hUSJbZDgzMLDv4gBYKD79kkR1+SRYdfolJDqHXIiuJQ6AWkvmntxnI"
    "/NPbRDLTUyeLOJSbtJWIvytyf2TtLG+RzUrlCKyF1C5/Ins7dq7V4ghpIYnLjwRU0SlSRa"
    "ckkz0pOkVRPQfVlSc7eaFR6nY16jZ2dGffEWvZ/Fw3Tbneou0dshY6H6yjzP6QB7gHjgmo"
    "Qr7Guo2IZsuv9TeAoLYBL76RmdYF9KHsHdTINe6h4aKX4A4ZJl7bFGxiRFaWe+QhRc6Qqm"
    "4jVLDptejJw9XoD3Y9pWE3Q8P2OVgkS8THyizYda4/stwP9jHHnwdky5otJteD8fCyB0I/"
    "D2dvx8NJ8LT3e44vB5+GF4MFPXX4OscX/ekleYQe8L7M8eC32WA67o96wP8WfVGzpWhlyt"
    "BKSdCKCpeh1zRPfuEB1IJ486qVJL785SDwASDze1RUQTr7JYuGdPZLsopEzymp8XlKjeFE"
    "GU/wyicuhGBt8nbWIDjEhPYoN+KseG9aSF/jX9E+JjtEiO9J3VeHCzWMDX/6M80/epzHFn"
    "w4CLrhCUj+fvJXI4dvCf2bi/7loPPnaXQhj/ICTejIk8f0oMzaz46MNTHRO1wKQ0tA9Ccb"
    "GXsajEX0CaCTI6ZLrm0DSP4Dd6wMxspGDtAxcOCaHtnCnS3Secq9eJaCGhrVE8nRL2TBXe"
    "u2Q+9KdxVVVENONaeB6fD9i9nw0yCnFOyheoB/zvHVYPqBZrvzT6KaTPs39Df/LKKWlG/z"
    "3iKLLFALcjuzwPYexRba4yWzw54mUK/WyjOyUbx6RyUhyFIkMmVbg47oGteg2/Gv48nncd"
    "5FyIP1gPeFLEP9EVmU6L9z/H7Af/FPOZagO91yNkso8NNThVI8/YOYNFWyeS9DCnWpJhhz"
    "Wa5zhpAcEe1bOt5lmZvvkufmu9jc1DyfRFbq+uMVbTPQltwOYWdhbwXC4blpGgjiBCqHkR"
    "Fi3xFoVavy4Ui9b/75ZDIKmYrOh9E6BLdX5wOy8DL6k0G6kyBo+LTbufamINl9qKJ7Hrpv"
    "IMZIUBwgmwgSgMtsqu5cDcfDxfV08mHavyJCR+DXHPevr4lydH09x9eTmx4g/1C3zzn19Z"
    "zP8fDqejKd9QD/JGP609l4MCXj+Bc53Di26VoaWtiOaeULjo3g1Abx+AZxoBlcrQrR2sMp"
    "WmemtQa3O6ivc0mUAqiieGaKW2iFLKuAc0WMVxaYwqmS3qqhEVoVWW18XPvmfiUWmbDtPk"
    "bvRwplRcEtdCc3xH3s0yTVf7yzzJVuoEXxOjriKyi2S812Qne7ELdDQFVWRWYeO+Y3hBf3"
    "yLKFhshE8SWGU+VphWEfyfEJQf92MCA6IkJ62Pe/TpGRlDsoiMJu5rIZiwj5s/oojpGOv3"
    "USIznY2W6GqHaDDMyaK/5geuHhNrBpbR0Ts1gLmzwAeEDwG/BmxB68gMAmoiuLy7jXNfSy"
    "B+iNEA1DR+TtA9yJK8gVr+YewlD2cJgOPb4IHfKDnVV0e5516MRhHzLHDLaVG4F00fhblJ"
    "0HArDiRFFOJGd5iInfhMyOgoaE8s3xKuBfBfyrgP9um9JEudh8RUXGZKman84iVjPZM0cf"
    "QfL/8JJLrD0m8BKYad0R4ZZfEBCS0bJIpnGPWMImE4pd616/F5VcKueSj4dFKyFYSiHY52"
    "J+704YqMSvouKX/67l5kAEWA4Hns0rEXT0QDtviKKPaKGQVknzR14XTFRE5bFaYk/o8iM3"
    "nStxWpI7rgxdE/W1S65WEwKpdpshCVgVslEaSuM0lGsyTdAnZOkrXYMeS2J6SnxQFm1lR1"
    "HUK3aAZc7yJMBXdJoCjVwd0EBdqkpAwC55qEQDHiCZG/TMHZmTfyMoY8/KuX686l8A3Qbf"
    "0M4R5XmWffksmZ7s2nRw4EVliZ8h02TwpFKDpFSDZPYFPIPQtsN7lFU2PABaKBiWb4SmK+"
    "JiA0X5FCmZQkFQC8lcfnEf1ai75FYLSnBOJHVDBOVsUXjfdzq5XJEwvBBSsVlqNtM/zd0W"
    "e53DUBVwKRufJVF8zy2Iw2pV6EQ3TcG9o0OyKbPJbC3ZD/ZctL8nSgzJeh0VYvMKveXJu6"
    "clbcXpYbUWhJFtX67IZSLJMnpBGLE2LWEh7MO51MVU46NyVMDG1GpnrlhogYfek/cFIZGt"
    "L32wWoTVIiwLadUi3LhFOGSYhBYtKJJrWQhhWpTuXFfaUJU729BBW9Guxo6n7mg6GZF5M7"
    "MR5yW4+fX22JBwZ+kaokVFNTI/hLVKM+PUFqe2OFlIW7FVXW1x1W5xvvycb5OLoCra5pq3"
    "RASqRlJ7Uj6iBiGKonEvMd0HF2wTjBM1zU0fASpHffFgZYc81Z3riBK5kwMMwygVYRiy5J"
    "cRYUjIaUNDsE2mlksMoGqslOivQI0tlFi8Rkzra8M0NJxT4NY6lGaQQGm9YTUZBVrrjV+s"
    "MVltZfUcszfi2OxtXYMGMC0aGaljBNgFuuAbIQumYZOE1WjNe3zb4I7HTlJtRth644mXU1"
    "qu0nJlIa0y5DZay1V16FUd+qbSVgmcSuCsVeDsYxPvt6ZrnxO2cvLHZM/YmFQxFPqjF3d8"
    "eFaRFIMD1Cve9dd73daJFEkbtx3ESN6fmif8JLa/ftq1niCMHv96kViavEhGca2To8ryFj"
    "QzsaetaVYBG7jp4iL7VhCndi1Zdi3Js14H94hV1YxtVfxE6v6E7n3nQLYiPHdoA+9107UA"
    "Q3bJfrJ0dwZNiUVLasdgFXJYV7a/2HwM2WPE1XeecK0sOarh2pWa5lpWIFHV1yNDJ1SSqp"
    "RJqoz1OUWIIEaJDyrY4JTEDa4xOQWCCLSFMkFDZIBMmV4nE7plMwydxkd/Sm1TsgiUile0"
    "nUWLVInr2ieHQ4RRKhwitKyVEQ5hIQ3p9wUb94SgLdxolPJZmfJ5iVY61pMKLkWHdB9VSC"
    "nzvdGZXfgRbRLQhwCs0yCAhmE+dHlcOdMptQ3aQppHxaPM/VVJ5Mov67LKpS+XS/+0Ck+r"
    "dcngY8UoPEPfE2ZuBFafZtk5wfY/G/w2S9/+DxvMaDL+4A+PygRJUtmCr0XFhLMAWMlopc"
    "toZBsjcpZAQUyLWD2CVMBqesCqJGIRL4Z/40BvyRXWyuenU8UhzzRgH0Y+KgldI+uVV/Jx"
    "51raBtpMXnHIO6trvMyjb1s3rSUZ9U/z7m9ElnmAextYiL50S5aKt7LMLR8iEIwqu8sT5K"
    "R6rC8NEZxObLJf6ZbtLBhfCyijcbSqfCSz3dOAT2B2DKx4LTOvOac008UCTqf2LgsDW1P1"
    "sWYrt2M60FjYO4SXRVIChXDFi6IdNIiyskSFGBHHKi4U48IhJZvN6jw6bxypFN7SFV4VxZ"
    "38vjTTJSF5FPeEChodgdbNT3TT9G2uiWb1OeygvuTKaxfwOQV2RNd9QfRhjBFhOPruIAtD"
    "gzwiVTJfCpMFC11E2K7Zg9DzPojwJ9aX+Yvfl3y/8HuaHg5Qktk7qKHQUa+/Mw2co4+rgu"
    "VOvful5Coe50DmnKQjpIXxXOW3FQi+WznIHIG1kNTl+5Ikjqhq69ISXMgju0TWmR4Dti/b"
    "sfxVRbwF5yZ5CN0CJ2rVK0xExilC8qe1Lpd6mlfSuZzVwljkLaoQRrWP1OXnT1OHnCswS1"
    "EaD4gyweg8JI8EMV8uIvT20TWuItf94WXOlYRheoD+O8fX/els2B+Nfl9MB+9vx5cDdiZ6"
    "bI6PZ/1vUc3sNJsAN88WtuuqUm/KqNsOLmimuyN0c20kEv3TYmUiyBoDZg5HGhUxEy77rR"
    "cx1AZgLbTSNtcqG/feqs5yyetcM43xJeQHBAI5dCxK6Tn3YO9/nSIDJkToBo3sIx03cQr8"
    "6U96/+hxKkTlgydSacou0iYSVe7RYXMqyavjT7hHPDuLwwQvt9fZF355emF6B5HTRblLpH"
    "SX+OyKsSCR/gFEm7Ss0qqV04Yh+cq/BxDtsdWXS8+8xrIQSHmaMtiBZW4H0ej1QM5+EI0m"
    "6b9cyDwP+QSHIKpNO1fNliny1zuLwi05RGjFjMLMgFsaT16EEVGkYsLTLebF1iUhXNnNlf"
    "eiuVzgxoa8mn0QpZajXMSPWTsjvIgz4r1pIX2Nf0X7mBs8xbDZQCYkWezIYQs+HAxSodlH"
    "/nryNyPuJrro31z0LwedP08Tzu2ZSgWWv6MRNdnsF7DWZono5sNpDRfb3NLcZVrlhf6EWB"
    "CjzVObia7i43iEtijKu7wLJ5sfPeZxiLJBSrVAdVNskEeGxZiQ1qYjAFIWngwWHqUrSCAZ"
    "JXgYk3P0DgA5UvPo/VqTmncQ+IvUCwxBWxgP0BD/vwr7UGEfqaUalBaqtNDTM6HpWmhf45"
    "VLBGqof6qbpocaaLmmFW742BwdN3gq219scAcNOjWozmiS49C2kQNeQLAzCTUBnSZd8ECU"
    "SnJ0R1ih6TtoHI7cmdi1BenHpd9hjuf4K7yHOpuIX5kO+3Vlmf9GmPywyFWBBrUNuwmtDk"
    "ZEaktH9t/A13tk6av9V1o49R7Z9OQWoH+50EjWekNpfuxxBbnOgeNK95VO95W5T1VLd6mQ"
    "TsxejhjpU4rl+4AWmhzeZknneZuczvM2ls5zWAhz2huCMOWDKTa1+aaTj/BHjKJ6wQWFFk"
    "VfYLSGRcrcxsAqeydH9k4D8z37F7Php0FOe5qH6gH+OcejycWvNJeTf87xxWhyQ3/zz6jQ"
    "m2UreJNlK3iTvBW8iTeKViaYZ2iCUcXP2sZ1gb1VpuJnfbKFajCpFUvgbDeLteIwPKPB4q"
    "P5ALautmGObWCYDnVvUxV/DxzT/AZeEELrdG9/ST3ga3iPAP2zwQt/zxeYKEq6ZskNWJSF"
    "oC4LAWN1bgNBEKX6WBf21privqtplD9iFN2fFtac02iwrb+0disIL8nOPaArlmjT5iey7N"
    "eeMT3bXt3HgFwQ4eUrkwhhYGveoy25QI91L0OrFdIcYJIxvi2KmfK5gaTLvj9s9oJIt7Ku"
    "KjT4e+4Tb33Rl2i7Mx2Etf3iG9qLbP+h8QFF6g9aytRCq8Vhn1AOAjm3/zALcyyHIZxaEg"
    "vvRcnFHx+3KT2p/mNN5O9cTAeXw1kP8M85vhyc05/sY44Hv10Pp4Me4J9z/H46GPyD/Oaf"
    "c3w79o/43+b4YjK+ub0aLN5PJ/8YjMmVQ79p9bFPg+nNgBYfY1/muH/599sbclP+WcRiVX"
    "4tsvYKIZ2BYCN6YetrjJZxDVSml5HvlDQswhF093vctXFESuvgCDCHP3MzOGNvTMshf7yg"
    "8nYaW0IweXnyeQMdQDZUYwmw6YA7BBz4jbCGir5SsyUqIwo3siQ5LgaVeR8r6PQ++yHbxp"
    "G2c8S2jpBknet9iCJblP5f94Jkula+GtJHROvqRr/JNMvfpMzyN6JZDm1Rj+O0pB0f0ToK"
    "V7KO0JbE0DEFgbPJNA5iWkflSuaxck0nU7+ZTsoSikJWaeocmcJAanq4m8HMaZhZA6j7gM"
    "zQpe6AB93ZgAcqxFpoS7hrU2+i7nTJMSLFkgHo+04ntGUHLESPaOTheHtibpY0AcskJqdE"
    "+b2V3edxv2XUzOnd4mDmDP5WRk5l5JR8xVUOt+dEeL5M0ufKRfsQTJG/MPkRtHAhyS8EbK"
    "Hg1xBBTxCNFg9CDAgAebkcQqrG7DJzuRn2ntrsmpVoylQyJ4+w2EFLVOUumdQxYI2WiZ0B"
    "nZVpbRtsoZA3BvA5yAhsE8jbhieAUkk8OZJ4NGiRSbtDFq02FKd5SiXqCE5eZ+LNhiaC0w"
    "fW0RKY97TUmWcZiUeUpb4JpVVU5tQrLiiJ8I0RlzoDRno/Jd9nDN2rMrKj6XKUJHbRAVGq"
    "OJnjQaDeqW6afZQValggPjSjifTzRtc2wHINRCsvLF2NcH5DUy4g3vPKDzYg0gN4YOO8Uo"
    "XoniwyNN3CQhoi14pbRMu7rDAQNCC6sr+Zzjm//CG556HxMPvhR3eGbKbhCgLRi9y5Nq07"
    "Zi+WcK+sppJaTWWuHdFWbgR6BUbfmYyCSgzXJtG8NIFEafM1xG94m0P2uRtAtCgwqbRJG9"
    "p6M8fEBEEtnLrlB2Zz8SnfpnfEtGm5rXnLC0mFMfJTDVFM/CguTTNsIDNS6Eo1OhVtpKKN"
    "JNCqpy77o5M0a3a6m1m7XtBtK6OKfc3VXVrY36apkV1gsnPQMPaApUlSTRgCbQMxRmRe2I"
    "5pkev4zeWoRsxaosXV7HIvXXKNhOeiBj9RfkpWcKVXsZpH7CNx2WcOOdUf30IRtRLtqr1S"
    "qr/q8hgYtvh+Jf/w/hBf2UKc1XB+ItON/7A5uROEycwgydUIbzPOs/gEIIXWH9kMDxVryE"
    "zKyd00OYxqH53fZaHzu2Q6v4tnjqimyappckNIurN00xI2J03e8AIQacMpTmftNXlQm3iJ"
    "fbw4SBBfYzjc+9FkMu3klPgYqAfYxxx/7I/eL26ve8D7MscXg+GoB+i/GeW+iqvNUlGNt9"
    "LQ4C6/lBeCtmgxOYGcvYT7YjwIABUHinKALD2WUySgKwRsTCTXswx8R3hZKLfhCFP8lZm/"
    "UCvSSkA7QQsB3xzaqOBjWbw0NPbvnDaRSnTUhEd0M/hqKGLBOlPl8dewewSDFCG4Qxt4r5"
    "uu5cUospJUr3TcBRa619FDF9g0qPklTwCHYAl1Yw8MfSvKFq/g+spzozw30ptZS9M8+Xud"
    "14ETRlWlcdY6iyvumN1eF47kagtb3hdsec9H/QiwPha8aRX9lcj5HERO5sadcSbFpM3jyQ"
    "yCJqdOJuGyD2isK8218gRAJtHR6ujmA/aS4MgpQ9f24AVt2k5EP4TA0qQFL/7KMX/l51/v"
    "9oJ+KVXcQImXcomXeT2bT/JpSkbakMzzYxbL+Y/JlvMfY5ZzFRZUbVhQ68vJ31wPxpf989"
    "GgBw5f5/jDdPJ59rEH+OccT2YfB9MeYB9yuIz4zrDgK3+cQ3SnSNCrosCoOVXXHPBfYOh2"
    "ZdJn539XLtYoB8CdqxuOju3X9Lb/l9PPV4ZsRAkVko18or+46v8W5cfFaHIetZnSC5yrtq"
    "ryVGSgIW+0ssKCC3tkmcoh0iSgW6OZlVeCIUKopah5c2YyL+tu49wUMivV9lmotpa5NZO6"
    "gB5Pdh9XbXf+4Mz6LfWYvrozCVvBlnBN3xk6K+7wev2aaJku7bXiaaZku6YFR35xWHNPdI"
    "8s2jEMOxuRVlvWZZUuK5cuK72rpHnEVtpsXdoskeaSOhQkTtwQpk1OktJmLRHezK2Oc9I1"
    "glKin7TBcLLN3zZFS0kRDacYXB2Dl3BvL8zVgkm0eex0MaAcdjp6v9bY6R4Q+kbpnIcvQU"
    "xzWdIZ3kyA/6eAN69+fnrpyGosqcr+8QzsH1NeQLIjsH74p7qP2z68MpSZLR/eeAABrzEI"
    "bPduqztkWrAwT26e8EM6ycG7PSCi1WolMnc86Vol2zhUSUt6TpW0bCc3JEgbl01erjpv3F"
    "vciIybh9BhVAsJXX4EL+9RVaTYRxTZJkNV3WmgrqVtoF2o5l0Uq5RzqZVzfUvkUSI3rvKs"
    "ayFQ61rWvstkd3+XYnd/J2jEQ+6PrJ2li3pkpLThCcNaFw5Z/gZCdArHFWwd2QL2jugapz"
    "UNuhuOP+S1X3iwHvC+zHH/+no6+TS47AH/2xxPB38fXMzoMf9bNjNH1dF7vh64uMvVlyoC"
    "a1/No4oav3tUy7+fR6Aq81zm3Zwzi+zM0DYFwWiPvVYBYPterLNML9ZZyot1JkXNSNmIfJ"
    "qKhKomdyJDVE3uKuIT4X5L+9SJohO9U900+/wDNAzkLHZ8bDYDfTLLlblc6nVKmctl4kZw"
    "7qPtznQQ1vaLbyiX3iGAtk4Zr0RC4pX5chqYQqAW2s0rUfKU6VyCJYaa6jR9B41C9crjYM"
    "WKwqzgZbQKsCECVCwozAKygrvk710unvRapF2lNVWOT8WZwm9J0hUUR5RJQ5k0mmPSmLL3"
    "uJNs2PAGdLObNxZ8bVBWjlbr1SkZkt40yMuFME7ZOZSdozl2DqV9SzDxlfYtDSuU9n1yFi"
    "iNIpkhSqOoJomJCBZsrouymPi5LHqE5Q1WGkSrJVblJ5WJG0p/SGaD0h+ehcSkhNaTs4C2"
    "vclXVyuAaFFAZXllKutv3izdTK64e7NStJJJrxStChWtpM5jofPdHApXnq5j13APvu5o00"
    "+67X0FpgW2pkUGEmULfA3siF//BkyGIvfa07oPBrpHZK54ywyAeAkeyPw0H+J1Jaq6iSqq"
    "KVdRTVX3sdrgwMMrlNsjp6RapVi0gQVsP2BVT3IVO4vAmlvvLDN7UihdSYEzb4fOxZUgRr"
    "GkdJZIU3hVMt28IdpLplxhKequKv5Wxt+dpZuW7gis92kREAdIa8J4VSMSVYgzh2nlMzOI"
    "dARGFe9M93FzinJbt9pR2gS39bNhRqMrP/UvZsNPg5xag4fqAf45x6PJxa+0wBP/nGMi5d"
    "/Q3/wzalLNZoLKZIHKUe6JGpK2iXVKH2dPEF9naa7p5HoynQ0n4/4oL5uC2B4I/prj6+lw"
    "fDG87o8W74fTmxk9HTpQhGnKr6X8Wg33a/V3rDhSUqWV4OlUMeyOTKaV7izgEaBkslaLAc"
    "ky2dqCBVKRgigVSFhYJDNMp4gV8Qhr4dbRkK0ik5HpZAXoJTMcVl1/Pk23SbTE16/PnE8m"
    "v3oaRw1u8rJ1FHe3LCjuhpEtXLMaKu4K1jD29JKIu+dcTO0IRF3/VBYxN2O81o25JaIr4T"
    "JrNrwzoLMyrS3QIAZM2ulxZ+YrHYMXmunuTNw9dO1ZW+aDs+kCG1n3uoZedoHmklV8G9VT"
    "K7nJHL/YQesbvejGdC0y0jBdvEbgzjTp0Zc0Kozc1Fq+IuOcPaDDHfJ+Aea2f6kCviQM+M"
    "orM5TbrkaibJLyhQUVS1dtLB1ZcwQrQjY7po+Vmdadi8nt9WTcA/xzjq8n5H2+6QH+Occf"
    "ppPPs489wD/n+GYw/TS8GPSA92WOL25vZpMrcgX2Ocezj8Pp5eK6P5393gOBH3LYOS20RG"
    "i7oDuXWZizsYvUKHffXPTHub0It7NJD9B/CQMJnnCP/MuaSFA2Xw3GM9ZHwv8xxx/748vJ"
    "LTnqfZnj4SU5MZz9vrj4OLj4tQfCv+VgLq1ERO6/YKJBnmUxBqyRob7gVJcqVcEqSe640t"
    "dxgqcE9R0QcoT00dvm7iqLXq9fexIt4JmZRIxlgi7wRRj54v0IqRzCCLtQ/qkA3JrgoZrt"
    "pSrE6DmEGHm6/QeqD3eSdX9+vpvFz8VU68xdf//lktE60ZPNFYDAuwZXz9ESOOahhW8X3E"
    "NDXwKirMPEDK0Srqd8a1KvT02Id3qO3jX/7c9lnwqD2pRPVFqgr7+e5ZvUQVSbyFrzpHZt"
    "lHM18RFK6CzopDddS8vnvz0gZDZjyaQMq4pK9VdUkiaJTbb53lznrSCL7ftOJ5crksgWQq"
    "pcNpm5/GxD+z9Nhpc9QP8tYkwvP0Tm3tSXBdrLRmDti/iqZANT4ffJ1G9mPJLk4fee4XGK"
    "qMjpsSTJOhkY1M1iorQO41UkfqvtUyoSXx5eKAX0pPs39f7mm+wHiLIgFrdnqZyEWsIMzR"
    "0lhmnloXIQo2yH2WyHPLCskB4QgSpFQCkCmRSBC3KFS8vcdQTy/+FcJrFfo8+yJMMzRidM"
    "MAJkjdDNpa6BpU65f+eysCwWXEAv1wXoO7mGsQcm1thoDxGPTXjy1QS6xpcO+5s8gZQNZW"
    "LRH0oJkUcaSMk7ODIvh1gW4LgSzIoKZoGXJYfIEEa1UGgoP+T5sNIVEhriaCU3KLkhs9ww"
    "Q1savY6SZIfD+ezyg+NBMkc4+jGIFA1WpgVsaKAe2Fm6hrwgRN3ZdwOyAZVQWI14y8WYZh"
    "qSsfe6gdbIFoU8ln8DlZ+o8hNlIa3KT2y0wYCtQgU74AaBStQtLOr6O8Bia2JnI2BDIg8E"
    "yDbxobQgXXSPrFx6xAFQYxDI1WQ8+9ipaSUpO9bjYLXJmr93AMiRvlekIn/ny3/mvuw5J7"
    "/prt4F80NwNz2G//wjKhHKkcVHFDfmP1oQqVNDItdT4qojgrYmnrq0NWdLnk7fGTqyCpBY"
    "DK6PyERQaAiZLURTr9nfGhdf0jIhw0CVDZmeDakST09Cap4bvmCydk7xPIKUuNtpp2/YJr"
    "BNg1tHnA2ykZcVHzOnyCS3s0dkyNwBBAJonYWqWWmWekTNciwCkpgsr1guKjVMdgQGy8DZ"
    "bpq50stopeZAFd74TD2LKhn6lCu37yPIlw0dQSlLiwodlSN0VDVtr9pJrqzkJ1+zm5fWV0"
    "QTiqT0XQ/Gl8Pxhx7wvszxdPD+dnxJO/b43zKqSBUbgJl+z/LIRNl+NIgkxS4QwKWFj0ij"
    "sZZhJaDRH1E3BW2XmY98Achzphw35pFJVGCJjmNbY8yueYlWOajJDFEhZBXYY0a033pHYI"
    "rhJ7ppVhjWqz1HoLnl4jWNBKel6g1CHWSBB93ZAN2xyTFCzo1JHvkYz8Xit/yi++Jo86df"
    "UgWCyRUIZkH8LQdZ/eHtaeNZmiFBhdR5ovqPWUT1H5NF9R9VSF3tOXhQ2yx4g5K8omgYqc"
    "wFhWXRbwjtCvEgAlQsUHGN0m6SS/MBry24pBLgIqfsIcRKHCWgArlqCeTqXPN2BMcHzxeD"
    "Ud7cfiYBih0eNsDTgYD/6Cci+spCaGFv9N2O3jW+b6ZFeMWwNQZ6HY40NtLL3fHFeK2vRA"
    "bM5EDqGLAtAdXhUGpZ46iZhGLsF8H2illZJ8I2l3tlvFCVsOhOt5zNEhbjkRCsmFQKk2Sy"
    "Il9sIGabqdiW7J3uPmpRXmhsZEbD8oDmGQEOoZZgdomjEZhXQQUvqIF4o9OqU9wGTH/zuu"
    "oUtIN83oXsy6VdeY6DtVAyN0j9Eo5V4w/CHDxk4JfQbxWiqEIUG6C112w9WVnmNq9OH8K0"
    "ifalKTj57SRPtY60naLJDW4T7KtNaGp7e/1h2r8cdMGvg8E17Rh+Ofk8Zocy6uUVR1vlr6"
    "r+xILq0s3i6sNqVSjzaUKZ18UiiELIFkYQNSRiyKeJ1CFDN8ghGvSaU1Ck7h0GdB9X+Ozg"
    "2Ec1vhGL83n1QJYI4CN74GGjaxue8wgob4FuA+6D7DK17GEDHbAhT4KwTZtk6g4gB3jBKI"
    "CwoJplhfdRQUdyBR1xBi6OOaV5tiohuMZc1A/Tyee6yp6UH0pzoJ6ha7kkhBiwRpJPB4Ss"
    "9VC8HMlXkq2DO+oSY06Dp1O3Dc9CkicAte81Rf6LDTTXshBZvrlBjy7a1J7Hl+i/ecNsZu"
    "gzXbJ6AzLRAI0jBVSLBW9EBQpLvfYTdod6LE4N2S5ObP07aSTrqZXL0mvUQG2TOzMqjHpi"
    "do9sJM6X3uOVdWa9NnPTUQhW5FwuCqSbxZGVZ53VufTmI6O7WxZMdwojW2isaGi6k8B4wZ"
    "5eEgH0GupLLmXSMCuRDBoZkSqG7sjYxfYwOE/PDdfSNtBGvDHGzoC4FxAUu14oW8SegJbc"
    "oJDQeOPJl1SlcBoqacrsZ24rNwKyAHnV8pXBCSCUtK9K4EjhN2LCfV5hNgR61grBSQtPNJ"
    "t0qjLQ6bcwKsgW4UAIpxhQmAGq+ooMXHiWBbIGv10Pp7QalvdFVCBrjr1wLnLM/xZVQk8T"
    "xrWz0L1uunZu5ScCbFHapipZJA1DmmnDk7xkEbXQXRMNupNgvWPnuo/a7agSntl3TBHgaO"
    "lj5jVWap18QHepE32T4CD16Do6sro8TSTSn+6RekaV3UVFG8kVbaQK86hedw0tzOOvQnlo"
    "HMS0kM7lT2K6tudYdv3hNZbEkHrhVZYlibSDQx2iJdwXql/k49rEA1VYp1BhnZOR+bkU0j"
    "kZgQuVlWhFNYkmFmxR3etqq2mkutdJLNuo7nW1qUeSmB4vTHdnCg2P3plumtlRY2Oqb1gX"
    "KRwTbLrFKsdQRxWbckzIXhDpRDf4GdcOFJg5DCNbAbLuVamZ0689yTZFqfuxNc94q2Ir5d"
    "hilancT7w9y5J4e5aceHsmCPhzEmibLdahbqml/6k/HPXPR4O8KtYB2AOHr3M8mlz8SuMZ"
    "+Occ396w6IYb+j0eE/FpMiQ/6b8ZJdKK4x741k2rVcVZmO51DyNb6HVviJddkCnD3exxNn"
    "MJrRCfD9B6GC1Jqlnj+MwLRubZ6Y4I5VPL4FMzd5QapsCvlkziIKbGfa4evbwS97BK3Kg/"
    "ccO0lkTRsNAq19QOggrRWa604xrmNq3wm9/QF0ZVROlWrdQHj1kBv30cK7HZW3LVmy8Rju"
    "lAowgrhHDFjcJxFCYR5vPXLI3A2rf+VFNDU4W0P5OQ9lAxErtYJRK7TH5L9rI1hL2ZdOyg"
    "GysnjyPQxvC583mDMC1B+gBtYJjaN17vA2LAtueM3vWmTwKpnMczz+XWSXQiH0Z0H3cmL3"
    "wPXvVeZZUjonJEWqFgqhyRag0lye0sHvcrNqK1xezjdHDzcTK6XEzev++B0M85vujffOwB"
    "+u8cXw+mF4PxjI8L/Jjj99PBYDGZXg6mPXD8Tj2PhK7jDwPqeuTfivgbz7IpRSk6USzxZ8"
    "vsKuZqVcQYIEK3Jgq6ZkuAsyHiEC0ZXIQRArDiQ8HoTx7QTyd1DvkngmoN8UuLt9LgrsjE"
    "DsGUmbHopEbfeReYhU4Ui9zODjG6fUbHn95m2F5/epu4vdJTkVZ1OvmjFl45tfz2CQG8MT"
    "aKZ2mL4gxjFeCKcjsAVryWmdc8EKtI/uvTkl8lY2nZggJb7RZw5SArL3FFUCWJxWrSuQbK"
    "lZF5AMiRjklv2+jm3pHZrn1jFIqLxWlplyFcjZmXhyONTb1klFusLdPd5ZGBI7DWxQ2W3w"
    "FMI1N/YROCCuZ28mITRqkVp/QVh4fu2I6pCboYpdqYwsA2Fe6oWRvXbdtFedMqD5jWSDT1"
    "G/YWfoM5fasL1LPUvHsBujWVmU7ACSKfF2VDCNoiFeokqxClpthQkbYO+ajKe1zJYp0Q1L"
    "en07DISh7GqdW8eE3vRqW5Xk777/P2luWgHmAfcxwt8X3d58mt/HOOB7y6N/voFNAByk9n"
    "1Qyob4vbvwVwZROV2SbKGVbQ/h0DK17LzOtnUcNK8l1Qlao6SajhSQvQqonf85vjLMhyRh"
    "MxRVxIs54L0Kp6YXYTusqjSn4b2pVHJUmKxeC7gywMjSl7bzuCFIvIiG56m5D9lsbqIQ+z"
    "4MtBxqYhVyZGe1rMEtxZEC//YgPvesDe2w7aAvMB2YD+3cDENCXHv81h3AvdIQeR5jpkoO"
    "68jLcMqegeqhGw1LtbctaI3wM6fzesMFAVrCssaHtrBjZzydghlMzJD9JETHopBcWTEVR3"
    "hxJcA6reT+3FCfIXgXhi/QfpproqAKEUl5YpLtee/NURqCyHc+nKijcqo3YywQj4EGCuAO"
    "RtBJfkw1y6mtMDDxvodFlB/o35ALautunyBoXkZ5c1GaQjaHGBO6SRJ45rJxXcY47nuA+4"
    "UfB4bd32r6xj8JVbjb92mV5kUgXGZseD+/7X1+DryjVWusHkLn35lVxkjimC3J08K7sv/e"
    "k9K4Bk3oMtXLK/hDzQi2Ofxi7QyAQg/7KU/JdE1dIQ+zMyKlNfOt5NFofU2eCjHaux8+7C"
    "6PtOJ5NeVWM/tRyUrIepouEn1cGib1MBz3/0GjJLTp3rUX/cA/Rfmn4+vaTp59NL8n1yez"
    "0hZ/hndH0+jaffJ2xuN1QEJzNDpPE/LZEDdSNXEkcA0tyg6s5n4faNEVpmbSlUd7j1lkgH"
    "ZuHl6oiW+b3ofO6PRoNZD/DPOeaCXM8T6Gj1i9lgOu6PaPUL/k2OResofBWNInNFb5RczL"
    "kejC+H4w+0UAn7QuPGhixqbChsiTAdvL/lgWT+NzmY1UTLYLtiLrkGltMDccAoqjc2xke2"
    "kJOKxStl/q7fNHsyB1t0bktE6PK9aw/QMJCz8MmW15AhhKsgtqIre8DiF2NDujsijFRx0l"
    "LHSUO9iMcpAFP8lZm/PHoMFarbF8cqKfkpAcGEkkWUFAFY8aEYH8IurlxciEGVZFGYC1A3"
    "XFHhjWRROgBpn46ooklUNEmG/V7yaJILuCVS4Rp3RD0G/HPd1O4C3ijVVqBdbQVU7ftql/"
    "q1CQWNepPp649vXZmwalpdPhB65CHvAdDC+VtRk8uCFRjKrr0gG+0bIphkMkQULLtQbsEF"
    "xeDqGAzdpY6wqNpCctxPEFN/4E+BcIX/zFm3mDn5Pvg0mP5OaPnfm8GHq8F49t+bcf/65u"
    "Nk1gVzIhrOO392njoHqon5SXTTZoj4aUAcXIfwZEH50AP+tzmeTYcfPgxYKMnhKw0mubid"
    "Tln4yeFrNqZVHU5C7r5ei8SO5HcpAGluDF0ZK2clb42FqIacrzL1ESIHQ+j9WsOQLbJtuM"
    "612wQgcjCkUJQp2YJowxOMjHmHbjV35nIv7WazshAhEdYEYSrJfAqBGs4puKOywmR8Mfgv"
    "ExgW48Vl//cbSdlFbu9YprHwGkYJhHWk6VtoJBiO4+go9zj8tXeZpjmtUthxObgYXvVHL9"
    "51zyIVany2vI1t8vfQ0qHQHZj8bgQxcrwardpV7tzlmsYQFXDTxqDKQVjUQeiRkqc2FmND"
    "AKv48GQ+2IUi24VwxY2i3LB3NPigyNIURarwkadwoNCyFIMqHjyNB8WWJBFacaIYJ/7l6m"
    "R1Zz4YsT1RzIIIrEYn5Nmb3g8/VCWpRtI+smR9JCd9RDUFTjOUlFmeRmhUdyp554f/aSqZ"
    "oUNufufSZ8rb3U8ErW9h+bnahaW87n5Icy16xwTyphlTo8jmar+0yYZNK7psTUymcSZO1K"
    "0INy/5uIweFtPb8Zi7g/iXeBeLi8nV9Wgwo4cOX2n9i/HFYDRiR/2vc3x+e/mB3Hbw20cC"
    "ZpDokSLOprNsMS4pIS6C6hgasu28rWJCMCVEFROifA/4wtb/nbNRQQyqeFCMBypUOpkhKl"
    "S6glDpS2To98jadwSh0odz3Syh0oTjbLietQRfH/B6X3+xgeNamNaog8C/Wg9wnzVideWY"
    "M6cLTAvY3/TdDi3B3D374c1bAB0iudgOMGmpPR5xECrBV8E95tjUqABI17ukAndfjlThkd"
    "mhymZHPC9gFyqFFwFCa8vr34Wu4JGav+6qCJ6cRfAinMyovUVQbSrOXJruJnN5wWdg/Q+s"
    "X0KlLCEWPYSSOWyvoAXopyza0E/J2tBP8UpOZPHPQWFveAtJW37T9TSjQmKEfwOqmBVOVy"
    "lbky/qFlEOEVWBrKlUL+SOVY7YJ9M9pA7FiJ9uN4liW2g5aYilJDG1RxJTydh09JWuQY/8"
    "MXNJ6Hw3k8kEByAVpJo/wQxxlHZshMm7sXLIJZWlQVkaci91zSsfoAwNkuzrytBQk6HBy+"
    "LJQ+UApIUkLl8fprlRcfrO0PekiGVvfCuImyaBDn6bhYTPWMjIQQAdTcYf/OHROJImWnf8"
    "ivOdWqb0m7MsmcFnyZnBZzEb2lEyjFH6kWoZIaRSuaRTuSKhiGi7E1mT0kIQD5DWGDVKky"
    "oNaDsLZFmm4L1J3hDCqDaUHqx9V6AB9wVK+xxhqsCwbAuVJLahG4eyfL0fmyzTNmYbCp3v"
    "ZrIN2RySOZyGtXyCGJg7Ov1MCxgIWhgtyZTb6DbwLrfn7Sb5IbSmRWS7YA3vET9kuo5min"
    "pZln51VRlRrsqIp7MhSbYilr3be+9BPrqGQYqsArJ6K04+Je+IaYVeXUfNSb5m55FUA5BW"
    "ULluOdXdGfpKIKa+N0yYQPIjJELxFcU0b7VIK28yuT0fDcD1dHAxvBl6+UYHOZSdZG6rQ9"
    "WT6aA/Sgizv8u1fIRRrZjaNZRUVSkNydRXKQ0V6GJXELvQmMF1R6CIHU9207Qwz4O3ZaMX"
    "Dlxnzmm4h4aLaEYlBFf98W1/BAiaqD9EfbIduFpxdQh6eQlxRavQFYS+f4KKuf2jjn7l0J"
    "fSoX9kXUZ94Qhok7v5Wfjx2zq7g8XlyIKWR9A6AFooY5Xfq5K8++vcsmwI1EIyVyLKekTL"
    "L8mGgC0UZBsiuMruRbhi+82MSpsi0fV4NovsmkdoPSbJEkmTdsC2AcRLwC5OHpKetLvAgP"
    "qS2vABJAM3CFguBl/JP2SD/Ar4Ne+QLRJpS7/+E7wH9cgCSs7NIudy5uZjxBHTJlG39kyV"
    "JRIEdPQtC+6T0lQ8RITqcnXFKGPHurnqj0aEZF/+iBDNW6hykS2AaT3h3o8m/dkvMbK5u2"
    "VBA2AYqeQmJTeJ5SYiE11Qx54prmMSPJ0qOVErisZH5qhigsmFqLmOiixMvvHuRfZzJIik"
    "yAJQwRGSBUckNipK3izLU6xPS9qKrReqI2e1/vsdtHJHn4QwFQWfNG95UC5N5dI8nYBziV"
    "Y61pNyj8MDHhVyloexmaUcAuuBB+qE1B2wRRDbXfLTBOYDtsmhLtiYD/SUbgPN3O5cMmOZ"
    "jedhw0QY75SOgWsLhaLSr69kKCVDyUJaJUM1WobyFbS8sdEhlJKj4vndqp95xR7L4JPF6J"
    "wcwRuB1ZgS26mI1nXH8NLWzOKZ/XjJeh8r8yTv9Gez6fD8djbogcNXXpP+9lCS/pZVpJ8N"
    "vW7HQ97q+GpyORj1APsgv1iIW88LdYsKhplenNITmy3XyNXN1R8vRx+IljU7XpGzm6KvUg"
    "BeZ/uH/nD0e04OcFAPsI85/ji5ndKf/LOU16T0zuDPszHHZDwajge0kS79JL/fv/cO8C+0"
    "l/tsyFY874sc3GJBdQtCPs8gkHVxi+LkWORa1erV3tsOEpT6PTdNA0GckMx2AEU4ckdQVb"
    "HicKReqp9PJqMQ1c+HURns9up8QN6ISMdjZbt9vrZbFYPQZq4LYhLY08tjsZ+6SaZ6eqb7"
    "mI3ecrMa5ycYgRW5vWcYZ9VEe0B3qKWcTmNgwD0Nq3xBQ0JpmCXdyrt+3OXLQCjmDlrkYR"
    "1yNG6ir+wuJRvqVZYSPVdH9OY/zbvc0ZtHTIuKGtTdd7h5epfXxDCv5iVognh7PhrefGR9"
    "EP2vc/yeKM30EP+UQ9+C9sJciaUN8atxAKQJGQ0UMNJy+YmQEItMpvTIpaEGIEo5LV05TY"
    "x6TmZIctCzYsjTGcLEp1z8OCLkYEerLNReYpBmuligXGZIKTogW1Mps355yCqm3IeRSrmX"
    "RbnPYtKhEWz2phDbI1BV1VMeG45UYZfDJcKO7uxHdH8UmHJC57tpBh3dG7mgW23WmEsM3J"
    "1hwiVash2apox419GRDQiJTeOenHNML7/WBi8guNOdLdy9BA+6s2HWGRdvoaOR2Q4s80GU"
    "nVvZbZRhR+oNNNmwo+IJq40nJG9IEXkxBFPJz4XlxSZK7K1jwmG/yKPIhkBy6LKtMi3wXV"
    "30TmBoJWS4HzHROIS9w5NoG/Y+pE1tj44HohOanw/H/env4ljRcwHdz3+fDfrxiq9MAMtZ"
    "xCkCa+H2qyqSKntBaFwj0/dueDX3jqgxhHeqm6Y9etXgM+fq2ZAqbNBd6rQLHjhm+4EXS9"
    "sAdOWnfRq2L4EXH0tGk5NUjbPp7uoawhS9si6r9EKpZTSlF55KL1TZOifK1lmGcqezaiNh"
    "VP3qyGlkYJXm8czSPFjjOVv/t2DpT9t6QzAV7FXUTsLb/tEkjII6i/ACyuUlm8tLtSdRxg"
    "DZqN8uY4DKB2kz1yXPB/HsPDdUHko2A9144tKjpiAmWOVID/H2f2qrYY1luCnHuxjP4qBX"
    "pOYa1mhmCffiDJCiF3rc5vMl0vQwJLL8oSxCUlqE0ppbpnGhhP6W0q2bp4l9zK2XPUklU0"
    "SnR1RqR6HUjqdosRUosA0ipuSClozOthsMd/bGTHO6HYZkk7i80Zm9cCvL/DfCXtDkIbQS"
    "+sLSMYqySz/B//NH6suXrIs6BH53bZEzruSrK5+c1HtPUyWwtvKjST7Ryrx0tXhElWPutK"
    "WJlH5R/5qiwjBPE4ap/C7K7yID9ZtpgZc8CHPooG3ftk1Nh0ldFKJDuml6oYW0hU4AC3hE"
    "5LDI05qxgOLBq/8DJtW52NWoXrcFmvlq51raBtqItkGwdMchut7dnrfFRDT5YEnVva/3yL"
    "LJRb+KjfUV3COLHd8D0OGMQH7feaU9Sqc9BliVnQUBkBLyCgt5/qsRI33y1D8i2kT38toJ"
    "HFa4fHSN4RR1BdTdQb1QzmQY1ybS1u3qc3c70xJQ/71hwiRl/IiJUH5FQQ2kfZrLaXJ7Ph"
    "qA6+ngYngz9IwhB+mXnaSHjtWBp4P+KFZ+DK9o9QNNYPVIoXMYpkidhdSGvso3mX2AIm8S"
    "eSVRta6Yq4nsCIhojkIPXGRE9zFFy0u81z1AZh8cx/3FBkukwT2NVNpAcgGwQxZY6luEbZ"
    "a+9p95586CeDmnzzrv3Hwc3gyGlxP684fXP5G/7PXr13++FLnhyr/BEzxxPpVyqlQhmNKs"
    "lGbVSFYEBCXNtFCuAolHhBxFJVpVIFHFWie/H8209Eoeaz1F2o0hjvzxTz0qcNhGvkgf7L"
    "xCmOz+BEbb2OraBlCcg9a0iNpKN4xDE1vy3HtmlbW7rCg+s7e6BhlGHsnQ0TIh3Kf0W6gO"
    "uapDriykDTkc32XxN75Ldje+i3kbHd0xctH2AGihP7eSSJ3jUpRL8Aqh5BC+WlXRSxy/I1"
    "HwzlnFtahLs3+z/TPP3D4A5JjWrdIpEKbkEdk50lrmBVA19szz99HGtsxTClzyIqMUuAoU"
    "uD6yiHbTEehv3plumvoGj2Me092S+ax0I7l0o0RzarIIn2xMbYUQ/+5dFiH+3btkIZ6eiy"
    "Q27gRRx8kU9oa3kLrVhLya2EGi8Im01lYHiEpjyCkvnnQz+/P/A5WcSPY="
)
