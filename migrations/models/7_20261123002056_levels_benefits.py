from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
    "quantity" INT NOT NULL,
    "used" INT NOT NULL,
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
    "count" INT NOT NULL,
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
    "active" BOOL NOT NULL
);
COMMENT ON COLUMN "benefit_card_templates"."drops" IS '[{\"benefit\": code, \"quantity\": n}]';
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
    "active" BOOL NOT NULL
);
COMMENT ON COLUMN "paid_plans"."benefits" IS '[{\"benefit\", \"quantity\"}]';
COMMENT ON TABLE "paid_plans" IS 'A paid membership plan for an audience, at a tier, with price, validity and benefits.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "member_levels";
        DROP TABLE IF EXISTS "level_changes";
        DROP TABLE IF EXISTS "benefit_grants";
        DROP TABLE IF EXISTS "member_cards";
        DROP TABLE IF EXISTS "paid_plans";
        DROP TABLE IF EXISTS "paid_memberships";
        DROP TABLE IF EXISTS "benefit_redemptions";
        DROP TABLE IF EXISTS "benefit_appointments";
        DROP TABLE IF EXISTS "benefit_card_templates";
        DROP TABLE IF EXISTS "benefits";
        DROP TABLE IF EXISTS "benefit_card_drops";
        DROP TABLE IF EXISTS "levels";
        DROP TABLE IF EXISTS "level_settings";"""


MODELS_STATE = (
    "eJztXXtz2za2/yoY/bPJjJJtnKTtVe+9M7ItJ9rYkkeW+9ioo8AUJHFNgSofdrV7+90vHi"
    "TFB0iTNCmBNGbaSCJwQPocEPidJ/7T2ZgLZNhv/2HedXrgPx0MN4h8CV/ugg7cbvcX6QUH"
    "3hms37/MO3YB3tmOBTWHXFtCw0bk0gLZmqVvHd3EtOcYI+Bi3QHmEtxB7X5lmS5egEfTug"
    "eQfNEdGzzotk4GBrYDHfSWjrswNTKwjlflhyAUf7ho7pgr5KyRRQb6+ju5rOMF+hPZ9OfX"
    "Du3tsj/EcvEcLh3S73faa3s/X+rIWESYoy9oT3Z97uy27Nqpvhpi54L1pc99N9dMw93gff"
    "/tzlmbOCDQsUOvrhBGFnlUegfHcinjsGsYHn99XvK/Yd+FP3yIZoGW0DUo+yk1f4D9tc58"
    "PhpP5zeD6XzeSYjGpwix2rukmZiKlTyqzRiwoo/w5r9OTt6//+Hku/ff//jxww8/fPzxux"
    "9JX/a8yaYf/uIPs+cWH4rxbPhpOJrSBzLJ3OETil74i9FAB3IqJqM999lngv9na2iJue/3"
    "j/Gf/GFx/vvczhKAf2Evgf18P4QINvDPuYHwylmTn++++y6DvT/3J2ef+5NXpNfrKJNHXt"
    "MJb6P83vP3Hu2KsNfrXoq73uSVZHZHWHuSi7UnGaw9SbIWWis7ydt/3IxHYt76/WPMXeia"
    "A/4PGLqdWEKqmsKd/166WKMsBHeubjg6tt/S2/5vpybuZzCb8oeOvLHtP4wwj19d9X+Ns/"
    "/scnzKWGbazspio7ABTmOi2K/4yYk+wO6GCWRIHhFiDSUEs6c+3KrSuR6MzoejTwUl4JP1"
    "gPdlhie3oxG74n2Z4fPxaNAD9N8ZvugPLwfnPcA/45twvmUp16qUsSglXhzHQZutI5BX6q"
    "YbJnl6661KSN/Vu/WevPvww4cf33//IdhxgytZG62/qYbwHZFXCabGyQ7H2I8NYezWMumy"
    "U4SpYRI1UxMzlXAGrgSIb4r+TJule5IDLs9H2Bmng1+n2TvjZue1XI5Hn/zu8e0yynAyFe"
    "nzF4Ape4pnAZU4Gjwy1D40IkGWZVpFpnlAUAn2lpfb9czyQM9PcPycMM3RNyhlsocJ4/Pd"
    "o3zrf2mihmkhuBhjY+fNkSzBDK8GN9P+1XVEOuf96YC2nEQk41999X3s/QgGAb8Mp58B/Q"
    "n+SYBo/JUJ+k3/2aHPBF3HnGPzcQ4XIU3Rv+pzLSJzA0EbzV3s6EZRqcdIK5B7g94/icTs"
    "8yRTzhqZwoTvBKkWFXOUUr3dsog9z9vtbhclpR6lVFKXReqCl917+ogdxyon9SilWtHlEX"
    "Ly3V7qWLfXpcQcI1Vylk3O1M22vA+5eugF6t57hNZinmgxT8y0vsmmzckmfgViuGJCotyk"
    "z7l3dd44aNsRe0FZU/cJT+jcJr1yukP7QFsj7X5rEjH2AASUlPo1ISADAWcNHbCGNrhDCI"
    "OFickItkkaLfSGKCCAatwbZAOdzASytFNCCy3IWKuk17TWOwmcq18ZK7jPk96LO1JD7lbl"
    "V5XSr7qXWn4J7GkOZ7hsiSDCEIavLXk9rn5/5dDO59D2HBbFfUdtm9eV2eTpNlECioXIlJ"
    "IlCy5LU60lgWXDBcKO7uxEuCxoywRmG7S5QxbZplhnHeUGaI9wBxyTwB3NXBEdAhFQxMf6"
    "CSCorcGrezLTuoA+lL2FGhnjARouek2glGHilU2JyYwHhv6APEoROqvrNkJoRseijcFo9A"
    "cbT8E0mdBBOkzzJVgmbMWnlRk5dK4/s2AU9jHDvwzIvj6dj68Ho+F5D0R+Bq23o+E43Oz9"
    "nuHzwc/Ds8GcNgVfZ/isPzknj9AD3pcZHvw6HUxG/cse8L/FX9R8MWO5QsYyIsbi0CXymh"
    "YJeAyIWuAAjzL5+w85mPz9h1Qm06Yok/nyV4DBAYHM71FZBH7yYx4EfvJjOgKnbVEOK4fM"
    "S0GN0cgdD3gVgwsRsjapXwcADgnQHpdGUhQXpoX0Ff6CdgnsEGO+h7qvgoEaJoa//JnmX9"
    "3PYws+BkA3OgHJ30/+auTwLaF/c9Y/H3T+Oo4u5HFeoAntZfKUHpRb+9mSviYmeodLydAC"
    "EP3JRsaOWoeJPgF0csV0ydg2gOQ/cMfycpY2coCOgQNX9MoGbm2RzlPt4HkyfDSqJ5KrX8"
    "mCu9Jth96V7ioqy0dONaeB8fn9s+nw50FBFOxR9QD/nOGrweQTDb/nn0Q1mfRv6G/+WUYt"
    "qT4cf4MsskDNye3MEtt7nLbUHi+ZE/Y4noODpsLJxvH6HQeEIQsRZMq3Bu2pD7gG3Y6+jM"
    "a/jIouQh5ZD3hfyDLUvySLEv13hi8G/Bf/lGMJutMtZ72AglRFqlCKp3+YJkuVbN7LkMFd"
    "qgkmIvxXdPwCC8eeon1Lx8c8c/Nj+tz8mJibmueTyMtdv7/ibQ7ektsh7MztjQAcnpqmgS"
    "BO4XKUMsbsO0Ja16ocXDnsm386Hl9GTEWnw3hixO3V6YAsvIz/pJPupAANn3db116XZLtP"
    "qvhehO9riDESZCvkgyAhcplN1Z2r4Wg4v56MP036VwR0hH7NcP/6mihH19czfD2+6QHyD3"
    "X7nFJfz+kMD6+ux5NpD/BP0qc/mY4GE9KPf5HDjWObrqWhue2YViG8HqdTG8TTG0TAM7hc"
    "luK1R6d4nZvXGtxsob4qhCgFpIrjuTluoSWyrBLOFTG9ssCUjt30Vg2N8KrMauPTtW/u12"
    "KRidruE/x+InM3TtxCd3JD3Me5kn62lrnUDTQvn9gnHkGJXWqxE77bpaQdIVR5XrLJuEBA"
    "cdgJG47ajeEcj/biywQZ0BEbKAWhws18txNhC3/VH2pwqeP7Tmq4AWvt5gi9NkjHnHEH00"
    "fTi2G2gU0z0kzMAgJs8gDgEcF74M2IHXgFgU3wFQseeNA19LoH6I0QjZVGD8gC3NOYDD+o"
    "6R7CeOtoLAm9Po9c8iNyVQi2dCA/PTZB5sC2tkpjz33BW5RfBgJiJYmykkhPRRAzvwnpBy"
    "W13eptxioqXUWlq6j0YrqH5LmMHDZfUciYjqp5cx5YzbBnger75P/hOUesPQZ4CZlp3RFw"
    "ywcEhGW03oNpPCCWVchAsWs96A+mIHOxmiGfjt1VIFhKEOxLsbgLIkqo4FdZ+OW/a4UlEC"
    "OsRgIv5pUIeyOgXTSOzqdoIUir5cgEc0sZIiqMm87lME0L+VyLZ43ccWnomqgafHrh5wiR"
    "OqQigoCrKAmtNJT0V0JpKDVoKKcWxFGQHWnI1EruaJd86ki6lCtWB16KLvDMyk7pKF8jci"
    "6y9fr9q9l2JToPqvpQLnWOWfXIUZJl9IwIYmVawqJVQVvmYqrxXgWqVWEyCK3OSS0sHvWO"
    "vC9IcI7iU53VIqwWYVlYqxbhxi3CkRg+aNHkn0LLQoSmRaHJz1ofJNnZhg7aiHY1dj1zR9"
    "NJj9ybmY24LMHNl1vwqDtrdrbv1tI1RAuAaGR+COuK5KZTW5za4mRhbc3l7dQWV+8W5+Pn"
    "YptcjKqmba55S0SowgO1JxVjaphEcVRwNqlOU+7oJljMYRgjVEX5yvtsHfJUd64jimfPOA"
    "c8QqUcLZU7Wgg7bWgItsnM0gYhqgNWNfBXoMYWNVAHtaUvSs30aglyfoIMFQmU1htWP0Gg"
    "td74hRXS1VZWeyF/0cz1ztY1aADTAiY2dIwAG6AL7glbMI2AI6JGK4ulK9ngbscUVKrNCM"
    "tkPnM4peUqLVcW1ipDbqO1XFUzTtWMaypvFeBUgPOggLOPTbzbmK59SsTK2Z/Anok+mTAU"
    "+r3nd7x7XkiKQUDq5TD//UG3dYIiaZH1AEbys6ToN5h+VNXzxnoGGN3/9SJYmr5Ixulah6"
    "Oq8haoXGc5zYV3povL7FthOrVrybJrSR78O3hArLhIYqviDZn7E3rwnQP5chHv0Bo+6KZr"
    "AUbZJfvJwt0aOnWLLagdgyUKsgrqf7N5H7LHiJMQnzFWnpNDoiU8NM21/KND6Gkivh4ZaV"
    "Api1KmLDLRF4QQYRoFH1SwwTGZG15jCgKCGGkLMUFDMIBAc+UgQIqT82QzDB3HR39MbVOy"
    "CJSaV7StRXN1xeX90sMholQqHCKyrFURDmEhDekPJYvsRkhbuNEo5bM25fMcLXWsewIRq6"
    "GhLt0nFVIqfK93bhd+TJsE9CEAOxUAQMMwH7s8rpzplNoabSDNo+JR5v6qJHLlVzWscunL"
    "5dI/rsLTal0y/FgJDk/RnykzN0Z2wMP3jrD9Twe/TrO3/2CDuRyPPvnd45ggDZXN+VpUDp"
    "yFiBVGqxyjkW2M4CyBgpgVsbonUgGr2QGrksAiXhPwxoHekissGcibM+GQZxqwg55PIqFr"
    "ZL3xivhtXUtbQ5vhFYe8s7pmg3u0dXzbumktSK9/mXc/ESzzCHc2sBB96RYsFW9pmRveRQ"
    "CMarvLM3DSYawvDQFORzbZL3XLduZMriWU0SS1OhZCZrunAZ8h7ASxkrXMsuaS0kwXCySd"
    "Xr89SnW4TLTv6l1mK8vxc0wHGnN7i/CiTKafkLw1XD54fVCigyxQKUEkaZUUykkhyLRms7"
    "qIKpukVHps5XqsCs5Of1+a6WmQPDh7TCFER6BM84ZulhrNFcy8roQt1BdcJ+0CPqfAlqiw"
    "r7xjubsA/ekgC0ODPCLVHV8LcwBLDSI8jCp0HLhPROSTOHXqq3/q2m7un9gSXKAss7eQnz"
    "UeXPVOr6LxcPRxVQzcsXe/jBTErBPlU7bBZpwiXzpbLleyXIGTe8LvVgE2x8hayOrqXUQS"
    "B0q1dWlJnM253yXyzvQEYfuSGKtfVcRbcGGWR6hb4Bute4WJYZwyLH/ewWxST/NazmVjJS"
    "7mRWslRKnax+rq06Kpn80VmKUojwdEmWB8HpJHgpgvFzF++9QHXEWu+8PzgisJo+kB+u8M"
    "X/cn02H/8vK3+WRwcTs6H7CW+LUZ3rf63+Ka2XE2AW6eLW3XVRXclFG3HVLQTHdL+ObaSA"
    "T9s0JgYpQHjIMJrjQqECZazVsvY6gNkbXQSttcq2zSKasOnEpf55ppjK8g7D8Un6FjUabO"
    "qUd28WWCDJgSeBs2sl+ScRo4Bf7yJ71/dT8V4vjgmVyasEHaxKLaPTpsTqV5dfwJ94RnZx"
    "5M8GqPMPvKh6cD0zuInC7KXSKlu8QXV0IEqfwPUbRJy6osQImeA1KsqnuIoj22+mr5WdRY"
    "FiFSnqYcdmCZT3lo9Hog5zEPjWbpHy5knocCLA2TqG1LVLQe68689AEaIuo2sfnQFTo2NA"
    "C8jCDilEoIzzeEl1huhLStsYVXtugoX4MME52bBorq4WEqtcoUYn7CNhmTRVIQF6aF9BX+"
    "gnYJp3WGGbKBQkizr5HLFnwMzEeR2Uf+evI3I+7UOevfnPXPB52/jhN87Rk2BXa6vckz3U"
    "gXsq3mib/m3WkhFdvc0ARiWmqF/oRYEFHt9eZR1KJI7OcOV3HpFmUEPJQRkIuyYDhvhEhV"
    "e3nSwKIwvQRQJ8XBl54iFxDIkRlH79eazLgAwZepwhchbaE7viHudxV1oaIuMgsgKLVSqZ"
    "XHF0LT1cq+xkuCCPRKv6mbpVgaaLGidWN43wLnWPBMsr/Z4A4adGpQddAk16FtIwe8gmBr"
    "Em4COk264JHoi+TqlohC07fQCK7cmdi1Bdm/ld9hhmf4G3yAOpuI34jmugDflpb5b4TJD4"
    "uMCjSordlNaM0tAqktHdk/gW8PyNKXu2+0HOkDsmnjBqA/XGikpxtHsuzY4wpSjUPXleYr"
    "neYr8+lPLd2lIjoxezkSrM8oQe8TtDCm40OebJoP6dk0HxLZNMFCWNDeECZTTpVyU5tvOs"
    "UYv6dRXC+5oNBS43OMVrBM8dgEsUqeKZA808B0y/7ZdPjzoKA9zaPqAf45w5fjsy80lZJ/"
    "zvDZ5fiG/uafcdCbZyt4l2creJe+FbxLHr+sTDAv0ASjao+1TeoCe6tMtcf6ZAvVYNoBJ6"
    "HWbh5rRdA9p8His/kINq62Zj5rYJgO9VxTFX8HHNO8B68Io3W6t7+mzu0VfECA/tnglb/n"
    "C0wUFY2pfONSI8iMMzWpqAsbCMJU6nTo0t5aU3yaaRbn9zSK788LPy5oNNgcvmZ1Kxgvyc"
    "49oCuWaNPmDXn2a8+Ynm+v7mNABkR48cYkIAxszAe0IQP02JlgaLlEmgNM0se3RTFTPjeQ"
    "dNn3x/VOEMRW1ahCg7/nPvHWF32BNlvTQVjbze/RTmT7j/QPKVK/00qiFlrOg31COQjk3P"
    "6jIiywHEbo1JJYei9Kr734tE3pWeUXD8T+ztlkcD6c9gD/nOHzwSn9yT5mePDr9XAy6AH+"
    "OcMXk8Hgn+Q3/5zh25F/xf82w2fj0c3t1WB+MRn/czAiI0d+0+JfPw8mNwNa+4t9meH++T"
    "9ub8hN+WcZi1X1pcDaC0I6A8FG9MrWVxgtkhqoTC8j3ylpWIQjODPvadfGnlJaB0dIOPyZ"
    "myEZe21aDvnjBYWvs8QSIZNXJr+soQPIhmosADYdcIeAA++JaCj0lVoscYwo3MjScFyCVO"
    "Z9rKTT++S7fBtH1s6R2DoiyLrQ+xCnbFH2/aEXJNO1ipVw3lO0rmzzu1yz/F3GLH8nmuXQ"
    "Fp0cnJWy41O0jsO1rCP0oF/omILA2XQeh2lax+Va5rFyTadzv5lOygpqMtZp6rw0hYHU9H"
    "I3h5nTMPMGUPcBmaEL3QGPurMGjxTEWmhDpGtTb6LudMk1gmJJB/TnVie8ZRcsRK9o5OH4"
    "ob/cLGkClhpMmkSpu7Xd52m/ZdzM6d0iMHOGfysjpzJySr7iKofbS2I8XybpcxXifYRMsb"
    "80+xG0cCnkFyFsIfBrCNATRKMlgxBDAKColCOU6rhzmaXcDHvPweyatWjKFJmTR5hvoSWq"
    "RpfO6gThAS0TWwM6S9PaNNhCIW8M4EvACGwTKHoKTohKJfEUSOLRoEUm7RZZtNpQkucZha"
    "BjdPI6E2/WNBGcPrCOFsB8QBaAnmUkGVGW+SZUVgeTc688UBLRNwYudQaM9X5Kvi8Yulfl"
    "FEfTcZQkdtEBUao4m5NBoF5TN8s+ygo1zBHvmtNE+sta19bAcg1EKy8sXI1Ifk1TLiDe8c"
    "oPNiDoATyyfl4VQvRAFhmabmEhDZGxkhbR6oYVBoKGoCv7m+mc83Z6es/g3F/2w4/ujNhM"
    "oxUE4oPcuTatO2bPF3CnrKaSWk1lrh3RVmmEjuqLvzM5gUqCrk3QvDJAorT5A8RveJtD/r"
    "kbomhRYFJ11eTDW2/umJgwUQunbvWB2Rw+Fdv09jRtWm4PvOVFUGGC/VRDFDM/TpelGTZQ"
    "GBl8pRqdijZS0UYSaNUTl/3RaZo1a+7m1q7ndNvKqWJfc3WX1uy3aWpkF5isDRrGDrA0Sa"
    "oJQ6CtIcaIzAvbMS0yjn+2G9WI2YlkSTW72qErrpHwUtTgZ+KndAVXehWreczeM5d9FsCp"
    "fv8WQtRatKs0lNpwiOovuTwAhq2838g//HCIb2wVzms1r3pGB49RhOlhGpn5frR1wts6iy"
    "wVIZJSq4VsZoKa9VmGSQqfMBylah+fP+bh88d0Pn9M5nmoE4bVCcMNYenW0k2r2JGfYRJp"
    "gx+OZ5s1eQiaeIl9upRHmP6AwWsXl+PxpFMQojGiHmAfM/y5f3kxv73uAe/LDJ8Nhpc9QP"
    "/NCdRqrg1LQRg/+EKD24LgLUKnVhIxKl7AXQnWhqgUY4Xlpi2nTLBUhLAxUVIvMqgc4UWp"
    "vIE9mZKvzPKFWpky/doRyvP7psZGBfbK4gGhcXWn9ICmVCdItEc3hx+EUszZqU9FfCHsHu"
    "EAQAju0Bo+6KZrefF/rNzTGx13gYUedPTYBTYNGH7Nk6shWEDd2AFD34gysWsYX3lFlFfk"
    "5Zg7+Xtd1DkSpapLP2zTadQtdY8cbd6yVXvOVu0CTI1RHY6z7xrCVgUQXwJAZD7NKRdSAh"
    "vuG3PAQs6dXFCwD2jUJ8068uAaw1+0Trj5iL10MNJk6NoOvKLHlxOghhBYmLT0w985zd95"
    "+9vtTnBySB03UGBQLjBY1Gv4LH+hZKyNIJT3eazS79Ot0u8TVmkVIFNvgEzrC6vfXA9G5/"
    "3Ty0EPBF9n+NNk/Mv0cw/wzxkeTz8PJj3APuRwx/CdYc5X/qSE6E6RogXFCePGT11zwP8B"
    "Q7drw5Wd/166WKMSAHeubjg6tt/S2/5vQR9aFdiIMiqCjXymv7rq/xqXx9nl+DRu4aQDnK"
    "oDRuWpTUADxWiNgTkHe2SZKgBpUqiVzvUUmxeiY4xzs3lx6AONm8Jmpdq+CNXWMjdm2nmY"
    "+8bu06rt1u+cW7+l/s03dyYRK9gQqelbQ2dlDt6u3hIt06WnjniaKdmuaemNHx12zCV6QB"
    "Y9Ows7a5FWW9WwSpeVS5eV3rHRPGYrbfZQ2ixBc2m1+lMnboRGeTVEXg2EzY2OC/I1RqWg"
    "n7Sha7LN3zbFNkkRu6YEXJ+AF3Bnz83lnCHaIna6BKEcdjp6v9bY6R4Ruqd8LiKXME1zRd"
    "IZ3oyB/6eAd29+eH4RxXosqcr+8QLsHxNeSrEjsH74Td2nbR9eQcbclg+vP4CAV9sDtnu3"
    "0R0yLVhQJjdP+AGY5OLdDhBotVyKzB3PGqtiG4cq7kjbVHHHdkpDgpRs2fBy3TnZ3uJGMG"
    "4RRkepWsjo6uNt+WlNafUxnj7nqZ1VMg5dM9a1tDW0S1V/i9Mq5Vxq5VzfEDxKcOOyyLoW"
    "IWrd4a0fc9ndP2bY3T8KjqQh90fW1tJFp0VkHEgTJWtdOGT1GwjRKRxXsHXkC9jbUx9wWt"
    "Ogu+HoU1H7hUfWA96XGe5fX0/GPw/Oe8D/NsOTwT8GZ1N6zf+Wz8xRd/SerwfO7wqd0BQj"
    "a189oZqOQPe4Vnw/j5GqPHGZd3MurHmZE+9jhO17sU5yvVgnGS/WSf7qiTXW+JaNyUfRUF"
    "R16nSBqOrUdcQnwt2Gntgmik70mrpZ9vlHaBjImW9533wG+nSRK3O51OuUMpfLJI3w3Eeb"
    "rekgrO3m96iQ3iEgbZ0yXgtC4oXvChqYIkQttJvXouQp07kESww11Wn6Fhpl5CAgVqIoLQ"
    "pe9KqEGGKESgSlRUBWcJf8vYv5s16LrFFaU0H4WJIp/ZakjaAkokwayqTRHJPGhL3HnXTD"
    "htehm9+8Medrg7JytFqvzsiQ9KZBUSlE6ZSdQ9k5mmPnUNq3BBNfad/SiEJp30cXgdIo0g"
    "WiNIp6kpgIsGBzXZTFxNvy6BGW11lpEK1GrMpPKpM0lP6QLgalP7wIxKRA69FFQA+pKVZX"
    "K0TRooDKJh+MLN1MrvlkZKVopbNeKVo1Klpp54RF2rsFFK4iZ4Rdwx34tqWHb9Jt7xswLb"
    "AxLdKRKFvgW2hH/PYTMBkVudeO1n0w0AMic8VbZgDEC/BI5qf5mKwrUddNVFFNuYpqqrqP"
    "9QYHBq9QYY+cQrVKsWiDCNh+wKqeFCp2FiNrbr2z3OLJ4HQtBc68HbqQVMI0SiSVi0Sawq"
    "uS6eYN0V5y5QpLUXdVybc2+W4t3bR0R2C9z4qACEhaE8arDiJRhTgLmFZ+YQaRjsCo4rV0"
    "nzanKLd1qx2lTXBbvxhhNLryU/9sOvx5UFBr8Kh6gH/O8OX47Ast8MQ/Z5ig/Bv6m3/GTa"
    "r5TFC5LFAFyj1RQ9ImtU7p0+IJ0x+yNNdkfD2eTIfjUf+yqJjCtD0Q/jXD15Ph6Gx43b+c"
    "XwwnN1PaHLlQRmjKr6X8Wg33a/W3rDhSWqWVcHMmDLsjk2mpO3O4J1CYrNUwIB2TrSxYIh"
    "UpTKUCCUtDMsN0ylgR92Qt3DoaslXkMjIdrQC9ZIbDuuvPZ+k2qZb4w+szp+PxF0/jOICb"
    "vGodxd0uSsLdKGUL16yGwl3BGsaeXhK4e8phakcAdf2mPDA3Z7zWjbkh0JVImR02vDWgsz"
    "StDdAgBgzt9Lgz842OwSvNdLcm7gan9qws89FZd4GNrAddQ6+7QHPJKr6J66m13GSGX22h"
    "dU8HXZuuRXoapotXCNyZJr36mkaFkZtaizekn7MDtLtD3i/A3PavVcCXhAFfRTFDtcfVSJ"
    "RNUj1YULF09cbSkTVHsCLks2P6tDLzunM2vr0ej3qAf87w9Zi8zzc9wD9n+NNk/Mv0cw/w"
    "zxm+GUx+Hp4NesD7MsNntzfT8RUZgX3O8PTzcHI+v+5Ppr/1QOiHHHZOCy0Q2szpzmWWlm"
    "xikAPi7puz/qiwF+F2Ou4B+i8RIKEn0iP/skMkqJivBqMpO0fC/zHDn/uj8/Etuep9meHh"
    "OWkYTn+bn30enH3pgehvOYRLKxGR+88ZNCiyLCYIDyhQHzgdSpWqYZUkd1zqqyTDM4L6Ag"
    "o5QvrobQufKovert56iBbwzEwCYxnQBT6EkS/ej7DKIYKwS+WfCohbEzx0YHupCjF6CSFG"
    "nm7/ierDnXTdn7d38/i5mGqd+9TfP1zSWyd6srkEEHhjcPUcLYBjBkf4dsEDNPQFIMo6TM"
    "3QqmA85VuTen1qQrzTS/Su+W9/IftUlKhN+USVBfr661kBroZJFE8FPHVtVGSW+t1bAyQr"
    "Y6RtupZWzNsaUMhsdJJJdVX1jw5f/0ialDPZ5ntzXa2CnLM/tzoZrkzaWYRSZZ7JLOUXG4"
    "j/83h43gP03zKm7+oDWh5MfVHiMNgYWfvis2rZwFSwfDr3mxk9JHmwvGcmnCAKOT2RpNkS"
    "Q526eQyKVtBfxc232pqk4ublkYVSQI+6f1NfbQETVdBf2fuEybgqMSA5cauP9TO3lBmmVY"
    "TLYRplEsxnEuTRXaXgfYxU4XuF73Ph+zMywrllbjsCWB+05ULzGn2WBemeM0RgjBEga4Ru"
    "LnQNLHQq/TuXxUYxDz8drgvQn2QMYwdMrLHeHkUyQODZowlUiK8d9jd5OJN1ZWjnd6VbyI"
    "NnM4L/98LLL4KwxFsEuQ59RNr+ZSkAGaJULQQN1ccdBytdKdCQpFa4QeGG3LhhijY0hByl"
    "YYegPT9+cDyS3GGGfiAgpQZL0wI2NFAPbC1dQ14koO7suiFsQBEKK9RuuRjTdD/S90E30A"
    "rZorjD6m+gkgRVkqAsrFVJgo02GLBVqOQxtGFCBXVLQ11/B5hvTOysBWJIlYGAsk1yqMzK"
    "ix6QVUiPCAgOGNtxNR5NP3cOtJJUHcIRWG3yJtEFBHLk0JUpi9/5+p+Zjz1n5Dfd1btgFg"
    "RZ02v4r9/jiFCOVDqiuDHP0JygTg0V8iiJSFUAdHzN2ZCn07eGjqwSLBYTH47JBCg0hM0W"
    "ovnP7G9NwpesdMQooUpJzE5JVNmfLy3784olv1EjTEdgnAm1drNMM14KHTV9qAitF+pFUd"
    "mXx9QufXtosfTLGJXSKlX0mxzRb+qU6LodgsoiePQ1u3mZScVFkMhKuh6MzoejTz3gfZnh"
    "yeDidnROjwjxv+WzpdRt7GK6DEuFESUsUYd5hg4UostylecQlGQhpBlcpp7uuEmWns9XjH"
    "0hkpfMOW64IJOoxBKdpG2N4e7AS7RKo0sXiAqXqcEec0kPeO4ITDG8oZtlhWGHQxcIqrVc"
    "vKJRr7Q2tkG4gyzwqDtroDs2uUbYuTbJI+9jV1isil/lWxxZ+/whVdCLXEEvFsT3Bdjqd2"
    "/PuYGVGRJU+JAH1d/ngerv06H6exU+dPB8I6it5/xEhKJQNEqpzAWlseg9QttSMogRKhGo"
    "GC5pN8mF+YhXFlxQBDgviD2EtKW4LJnlQAWtPCdopXPN65/vHzyhuxxobr+QYKwODxvgqQ"
    "/Af/QjMX1pITS31/p2S++a3DezolkStAcMagmuNCqqJXqAHV+MV/pSZMBMDxpNELYleDQa"
    "NiprzChDKMZuHj7PLa/oRLTNlV4VL1QtIrrTLWe9gOVkJCRWQqpESDJZkc/WELPNVGxL9p"
    "q7T1qU5xrrmdOwPKA5FYCTUEswG2JvBOaFHMEraiBe67TCDrcB09+8NDQl2kI+7yL25cpG"
    "nuFw3YfcJzJ+jcaq8QdhDh7S8WvktwpRVCGKDdDaD2w9WVrmpqhOH6FpE+8rU3CK20meax"
    "1pO0fTT9RMsa824RTN2+tPk/75oAu+DAbX9Iji8/EvI3Ypp15ec7RV8cLQz6wJLd0srj+s"
    "VoUyHyeUeVUugihC2cIIooZEDPk8kTpk6AY5RINecQ6K1L2gQ/dphc8O931S47tkcT5vHs"
    "kSAXzKHnhc69qaHz0KqGyBbgPug+wytexxDR2wJk+CsE1P5dMdQC7w4jgAYUHlvhrvo4KO"
    "5Ao64gKcM6lyPhXYqoTEB6zwwM8hr8uKVXcoTcA9Q9cKIYQE4QFZPhkQth6G49UgX0m2Du"
    "6oS405DTdnbhuehaRIAGrfO4X1bzbQXMtCZPnmBj26aFN7Hl+if/K62czQZ7pk9QZkogEa"
    "RwqoFgveiYqxVTr2M3aHw1icGrJdHNn6d9RI1mMrl5XX44DaunBmVJTqmdk9srG4WHqPV8"
    "KWHRdYmI9CYsXOxbxEulmSsvass0MuvcXY6G4XJdOdopQtNFY0NN1JYLxgTy8JAL2G+oKj"
    "TBpmJcKgsR6ZMHRL+s43Qeci5wu4lraGNuKHAGwNiHshoNj1Qtli9gS04AaFlEMGnj2kKo"
    "XTUKQps5+5rdIIYQHyqhUrgxOiUGhflcCRwm/kHSReDMxGiF60QnDUwhPNZp2qDHT8LYwC"
    "2TISiNApAZQWgKq+IoMUXmSBrMGv18MJrYblfREVyJphL5yLXPO/xZXQ44RxbS30oJuuXV"
    "j5iRG2KG1TlSySRiDNtOFJXrKIWuiuiQbdSbHesbbuk3Y7qoTn9h1TCrC39DHzGjt0i3xA"
    "d6ETfZPQQerRdXRkdXmaSOwsrifqGdV2FxVtJFe0kSrMo871amhhHn8VKsLjME0L+Vz9JK"
    "Zre4Fl1+9+wJIYUi+8yrIkkXYQ1CFawF2p+kU+XZtkoArrlCqsczQ2v5RCOkdjcKmyEq2o"
    "JtHEgi3qpK5aaxpJYma5gtiFxhSuOqJI/aCxmyNOf8N6zx2YN8WrT60ZrhfKdNUf3fYvAa"
    "EGDo1csh24XIIVfECkkd9BZEwpMYLAUPKV/DErz0a8j5f5XcVFyQM20w0te9HlVaUCAgU3"
    "RXBTxZkdV5VyCxleAoIWWl2+/5DD6vL9h1SrC22KWV3gima/3xUKN4sQtZDNtRgRPaYVdx"
    "hGCFvoL2yIf1AQ4y+Vg5CH70+huDpBqDUPdi0CWoMsUIo0qdfGZs44Njh5SObX6wKDevlY"
    "9qfNisVZLgbfyD9kg/wG+Jh3SOgfrHx8lWnaICSQkWnqigPQM6PG3DaGoB869oW+g0m+9y"
    "0L7tJ9uSKTVZ22quPsWDdX/ctLwrKvv8d9tHyhKsS2EE3rGXdxOe5Pf0ywTeVKKtxUL24i"
    "mOiMCH1lWjsRcAo3ZyInakXReE89bxnfPsBkIP8oN4ZvvHuR/RwhERp6mkAFPqnAJ1lYW7"
    "P1QgU+1Zset4W0rE/BNM8wTU0B5s1bHlTkuIocPx7AOUdLHeueOEQQJ9ThSZCzCPrmRjmE"
    "rMcLMOgO2CCI7S75aQLzEdvkUheszUfapNtAMzdbl8xYr2YDgzBek46BawtBUeXjKwylMJ"
    "QsrFUYqtEYylfQiqGoGJXCUQkcRdZ2UcB4+sQNCFo4c2vxWIafLMHnKfozLfgzSnbAArWd"
    "mnidhUMHv04jEDQRahjA0Mvx6JPfPR5/mPdojKfzsRtxTEZ/Op0MT2+nNCHb/zrDZ+Ora/"
    "LlvAf8bzM8HQ5Ymjb/nOGr8fngsgfYB/nFQtx6XqhbHBjmenFO8rw3J+mvzUniiA3XEOyn"
    "6RG9fn85onnpbRt9NlysvgRpFZzjne9VCpEfcBE77w8vfysoAU7UA+xjhj+Pbyf0J/+s5D"
    "WpvIRB86pOdM4n/Yui9c85EZEM/Zjh8ehyOCKrHv8kvy8uvAv8Cy1DMeWFKbwvckiLBdXN"
    "Cfs8g0DexS1OJ8ci1/gDMCMv0s520CYplMy8hD2ROmy5wGHLynabvgK1y3arYhDaLHVBTI"
    "JM9ZqncDVx00z1tKX7lI3ecvMa52kR5SW5vWcYh/Q6L6HMpzEw4I6GVb6iIaE0zJJu5V0/"
    "7vJ1KBRzCy3ysA65Ki7VXMtdVPVmqYMG0y36/zLvCkdv7mlU4bKywZsN1Lsmt6PRcPSpqO"
    "blkRFNin+Z4evb08vhzWeqXQVfZ/iCKM30Ev+UQ9+C9txcitGG+NUICF50UV3Oj0IaaohE"
    "KaeVK6epUc/pAkkPelYCeb5AGHwqJI89hRziaJWF2ksMYsVSkkJ5Kp8oIFO1VQQwxyqns0"
    "cplc4ui86ex1JDA9PsdSmxx0grkLtk6kZDxCx7ushwgVihoku67QksNJH2bpadRvd6zukO"
    "mjeUEgN3a5hwgRZs46WZIN44OrIBYbFpPPDjrfxTV19BcKc7G7h9zQvnUqOLizfQoYdE0p"
    "NYRUm3td1G2WukthOk22tUmGC9YYLkDSkMAyM0bUporrp2T3PwdYN4G6zuRbTJCJEcCmWr"
    "9Hu+B4s2SgytlDTzPU08GGDn8EzWhs30rM3P42PAdMLz0+GoP/lNHLB5KuD76W/TQT+Rp8"
    "7hUsFKSjGyFm6WtUQmqziMdO63S7uXROu7QasNrWMsUPj8pm6WrmfzTrkT5mxI1Sv/DAGw"
    "T7kDrxa2AejKT49I2bwGXpAq6U0aqdJl093VNYR5clUNq7Q4pcU1cGmsX4tTKTNHSplZRB"
    "KY82ojUarDqyPHwcAq1+KF5VoY0Hbmtv5vUfX6jK03QqYirspGXDE2IpoJUVJnEQ6gHFSy"
    "OahECmoxa0CUqoWYSxkDlDEgxyumkjJeotQlT8rw7Dw3FA+lm4FuPLj0pCmIAasCORre/k"
    "9tNex0F27K8QbjqRR0RGquYae9LOBOnIZRdqCnbT5fg7+NG20ikOV3ZRGS0iIUFVl+KUTp"
    "2uQgPXRCRmG97FkqmWI6vaLyK0rlVzxHi61BgW0QMyUHWjI6224w3NprM8vpFnTJh7i83r"
    "m9cEvL/DfCXohjEAgJfbC0j3ns0k/wP35PffGautFITw1utlBfYZEzruLRlU9O6r2nqQis"
    "rfJokk+0Ni/dQTyiyjF33PpASr84/JqiwjCPE4ap/C7K7yID95tpgZc8CLOPLF1bdwTqoN"
    "fSzdIC4b7PU6pfupzVuQBynQvwgCxbCC0zzofek7RwpT/5+DEPhv/4MR3D07aYtXQrgDLp"
    "HPa6t5C79eyjJnaQKD0tq2hNQKJ0o4K60VE3s7/+H/4jdh8="
)
