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
    "erased_at" TIMESTAMPTZ
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
CREATE TABLE IF NOT EXISTS "member_stats" (
    "member_id" BIGSERIAL NOT NULL PRIMARY KEY,
    "first_order_at" TIMESTAMPTZ,
    "last_order_at" TIMESTAMPTZ,
    "order_count" INT NOT NULL,
    "total_spend_cents" BIGINT NOT NULL,
    "refunded_cents" BIGINT NOT NULL,
    "category_spend" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "member_stats" IS 'Per-member purchase statistics kept by the order job; always rebuildable from orders.';
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
    "quantity" INT NOT NULL,
    "unit_price_cents" BIGINT NOT NULL,
    "amount_cents" BIGINT NOT NULL,
    "refunded_quantity" INT NOT NULL,
    "refunded_cents" BIGINT NOT NULL,
    "order_id" BIGINT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_order_lines_order_i_1dcd54" UNIQUE ("order_id", "line_no")
);
CREATE INDEX IF NOT EXISTS "idx_order_lines_item_id_bdaa37" ON "order_lines" ("item_id");
CREATE TABLE IF NOT EXISTS "refunds" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "refund_no" VARCHAR(64) NOT NULL UNIQUE,
    "amount_cents" BIGINT NOT NULL,
    "lines" JSONB NOT NULL,
    "refunded_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_id" BIGINT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "refunds" IS 'A refund of some or all of an order, unique per refund number.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXf9z2jgW/1c0/HLdmWyvpU2by97cDAm0ZZtAhtDd3jY7HmEEaGMk1l9Imb387ydZtv"
    "EX2bEdA8armTaArCfM58lP75ue/mot6RQZ1suf6aR1Dv5qEbhE7E24+QS04Gq1beQNNpwY"
    "br8/6MRtgBPLNqFus7YZNCzEmqbI0k28sjElvOeQIOAQbAM6AxOo389N6pApeKDmPYDsDb"
    "YtsMYWZgMDy4Y2esnHnVKdDYzJvPwQjOJPB2k2nSN7gUw20LffWTMmU/QdWfzjtxbv7bg/"
    "xHSIBmc26/c777W612YYGdMIOHjKe7rtmr1ZuW0XeN4n9ge3L7/viaZTw1mSbf/Vxl5QEh"
    "BgYvPWOSLIZLfKv8E2HQ4ccQzDw9fHUvyGbRdx8yGaKZpBx+Dwc2pxA9u2lqYNhmPttjfW"
    "tFaCNT5FCGqvSaeEs5XdquUCMOe38OO/2u03b963X715d3b69v3707NXZ6yve7/JS+8fxc"
    "1s0RJDuZj1P/YHY35DlM0dMaF4w6NLA20oqFwebdF3XxP4Xy6gKUff7x/Dn/2wOP4+2lkM"
    "8Bu2HNjO932wYAm/awYic3vBPr5+9SoD3l86o8tPndEL1uuHKMgD71JbXON4b/G9R5si8H"
    "rdS6HrTd6azO4ItO1c0LYzoG0noYXm3Epi+/PtcCDH1u8fA3eKdRv8DxjYSoiQqqZw698z"
    "h+gcQjBxsGFjYr3kX/uf1o7QzwCb48NHXlrWn0YY4xfXna9x+C+vhhcuZNSy56Y7ijvARY"
    "wVW4mfnOg94ixdhvTZLUKiowRjttT7kyqtm96g2x98LMgBn+wceG/uyOjLYOC2eG/uSHc4"
    "6J0D/veOfOj0r3rdcyBe44twPrGUSyplCKXEg2PbaLmyJfxKXXTDJE8vvVUx6dVul97267"
    "fv3569efc2WHGDlqyF1l9UQ/od41cJUONk+wP29EiAXZmUi50ioIZJ1ExNzFSGDJxLNL4x"
    "+p42S7ckexTPB1gZx72v4+yVcbnxrlwNBx/97vHlMgo4m4r8/guoKVuKZykqcW3wwKr2vj"
    "USZJrULDLNA4JKdO/6or2bWR7Y+QnEuww0Gy9RymQPE8bnu0f50n9zjBamieB0SIyNN0ey"
    "GNO/7t2OO9c3Ee50O+Mev9KOcMZvffEu9nwEg4Bf++NPgH8EvzFFNP7IBP3Gv7X4PUHHph"
    "qhDxqchixFv9VHLcJzA0ELaQ6xsVGU6zHSCvh+RM9fjdjsY5LJZ51NYYY701SLsjlKqZ7u"
    "urA9z9PtrKYluR6lVFyvC9clD7t39xE/jlmO61FKJdHrw+Tksz3DBFuLUmyOkSo+143PPM"
    "w2uw+FengDD+89QHOqJa7QNk3rm7y0bC/jLZDAucskjia/Ty/U2Z8ipt3Zm5YkDBpcO8mK"
    "hS7RcoJMDYvOGOUMjHbAA9wAmwIT6XTOJisCEIixfgII6gvw4p5NrRPAb8paQZ2NsYaGg3"
    "4AE2RQMrc4MSWI2dlr5FEmg6e7+xpJgPVbi4/FLwaj8Q/ueCKwGgq/qjhrLeOsPgfLxEd8"
    "2jrHXFs3n9yoh/tyR37tXX7qjLXhTW/Q756DyMfg6pdBfxi+7H2+I93eL/3LnsYvBW/vyG"
    "Vn1GW3cA68N3ek93XcGw06V+fAf1cmwNLOF5vMCE3GAyyRx7RIZD0gaoCnNQryu7c5QH73"
    "NhVkfikKshB/BQAOCOr8HJXNXWif5YkSts/Sw4T82qOy/BttA+ax/APFq5i6ECHbX+CtEY"
    "pDQmmPcyPJig/URHhOPqNNQneIge9p3dfBQEfGhkd/pvmt23lswodA0Y1OQPb72a9GtlgS"
    "OreXnW6v9XgYW8hDXmIJbXnylB2U2/pZsb6UMLvD4WRoCpj9ZCFjAywKmD0BMGuhDhvbAp"
    "D9AxM3AXRmIRtgAmw45y1LuLJkNk+1g+dJJdW5nchavzGBO8eWzb+VryoqnbSeZs4RJoJ1"
    "Lsf9X3oFtWCP6hyI1zty3Rt95Hle4pWZJqPOLf8sXsuYJdXnfS2RyQSUxr6Ollje47Sl1v"
    "iaefv2+dAcKOe6bojvPuWaATKVqUz5ZNCWeo8y6Mvg82D466CoEPLIzoH3homhzhUTSvzv"
    "HfnQE5/Eaz1E0ASb9mIKJTnx3KCUT/8wTZYpeXwPQwa63BJMpJLN+fgFBMeWonmi4zTP3D"
    "xNn5unibmpezGJvOj6/RW2ObBlX4eIrVlLiXJ4QamBIElBOUoZA3vCSHcllYOW/T75F8Ph"
    "VcRVdNGPZ+B9ub7oMcHr4s86YTtF0fCxWznWoiTsPqnCvQjuC0gIkqTF5VNBQuR1dlW3rv"
    "uDvnYzGn4cda6Z0hH6dEc6NzfMOLq5uSM3w9tzwP7wsM8Fj/Vc3JH+9c1wND4H4pX16YzG"
    "g96I9RNv6hHGsahj6kizbGoW0tfjdGqBeHqBCDCDs1kprD06hXVurHW4XEE8L6RRSkgV4r"
    "kRN9EMmWaJ4IqcXnlgynpgfKmhM6zKSBufrnlzfycemajvPoH3E1tE4sQNDCcfSfg4V3bp"
    "yqQzbCCtfAa5fATF9lqzneFuleJ2hFAlFNeNxwUSisNB2HDWbkzP8Wg/fB4hA9pyB6UkVf"
    "g4n+1E2sLj7lMNrnmsrpWabyAun+RIvnaDfgUqUrH//S5wqc7dhABGRs0JmnoJzoBNLMDm"
    "IzXWyE2A5n0sx1zjNZUkWVcz5NNpBiqXoJ65BB4Xi1tLUcJdJaM1lSOhQjHes1aYAzHCaj"
    "jwt3kkwoYTtIqG/HyKOruOSxqnOykjRlccEFmxiHSUwzQNxHknTgD2jTMD67IKSenFUCJE"
    "qnBbxFCookyKSvFPfySaleJfk42hwgS5taEHstRCEZfzWChW0PNJA+UGmT96NsPKMfUFtE"
    "RdWyY+sG6Be7SywWTj2g/UnLJef9DJTwAaD3BjMQuDP/9T/u1gZtKl6CJJkt7ZtzzDjNnP"
    "jg5l1OQxambYtGzN5Wup7fdxauUwq5vDLFIjCT6D2Qlixes681pwSqcOkXA6VcjGqFTFyr"
    "gJbFMbGpq1QmSq6YjIzIesRUxK3hiU9+6OYObQFJViRJJWcaEcF3SGzpyaGzGrC1nTCUpl"
    "UlduUqvKaenPy3Ga1JLlP4jk1cCkvjAhiRl84QsnWWb0hHfJZ0Cnc7niCNvfJbz2TBUp3c"
    "bUGZ+LeLP9/tV4smt07Ej1iZzquJzqgzE1EaOXnnIkk6TBtUxh6qlXBWrVETYIP3+LuwN9"
    "5Yw9L0hyXNdTnZUQVkK4LtAqIXx0QjiSwQtNvvWvkFiI0DRoY8Kz5ENNVra+jZayVc1tz1"
    "zRMOuRezGzkOAluP38BTxge+EeIbkysY54+R/X7yNb13LTqSVOLXF1gXbHxS3VErfbJS7w"
    "hBYSDDGqHS1zxyciQvVduD+pGKhhEoWo5Ag8zDfcFg+4xAhVSc7yadA2u6uJY8t2s2QcNx"
    "uhUoGWygMtDE4LGpJlMrOwSYhqjzVNfAl0tCVNVFQrXSipqNYOjNZbt3qKxGq99cuqpJut"
    "buWV/CVzFxsL69AA1ASUGJjwjE02wAm4Z7AQvqmMsRrNTXezosXTN7mByq0ZaZHcZw6nrF"
    "xl5dYFWuXIPWorV1WMVBUjjxVbpXAqhXOvCmeHULJZUse6YGwV8Cd0z0SfTDUU+r21ieie"
    "VyUlICAFU7TGOvrnGluYaZH8iIVAjRQnyfF3MP2guueN9QxldPvrZWppupCM0zVOj6oqWp"
    "Custb5CJ+mbvkK+cCpQ8qsW2E6tWrVZdWq+X7a3hq5pYUSS5W4kLk+obUfHMhX3meCFnCN"
    "qWMCl/KErSdTZ2VgHhab+rtaLff8hH9Yog9bY+R1fZ4xVp5zg6KHQem6Y/oHB/GzhHw7Mn"
    "KhkFdFVQGqVnqmr2Uu6wuqEGEapT6oZINDghuWMQUVghhpA3WCI9EBcu3/PZjSXTfH0GFi"
    "9Ie0NmuWgbJjibYyefkreXHP9HSIKJVKh4iItSrSIUykI7wuWWI7QtrAhUYZnzszPrtohg"
    "n2GCI3Q0NdTp40SDnzvd65Q/gxaxLwmwDumSAAGgZ9OBF55a5NqS/QEvJ9VCLL3JdKslB+"
    "VcOqkH69QvqHNXgabUuGbyuB8Bh9T5m5MbI9Hr15gOV/3Ps6zl7+gwXmajj46HeP6wRpWp"
    "kmZFE55SxErHS0ynU0towxPUtiIGZlrG6JVMJqdsJqTdSiIa/pJVOGxIVMFUhUfMyr96wg"
    "nooikSdAsBew5xi88E4QPAFM4CKTQIPdIncz/CBNWCw1iESn+RY+udAnYnqr8K1H/PPeAR"
    "Eb7R6LEiVBA4fMWkFxLGLQuoYGm7qu857frnLYH9rzkpEvmXX4ZUpe1HEceFk6tS9XZl+B"
    "gynDz1YBmGNkDYS6en22xl7dpoqWxDFC21Ui70xPEDYv47J6qSJfggtDHqFugCG3awkT03"
    "HKQB5QNm+av26f5QCc9Uo/ioJfix3/yffjaEU3dkSpmgf1Do69taHtSKJE+Y5B31LvUYrc"
    "dPrdgpLEpeFHl/e74iTzfufq6r/aqPfhy6Db64pDzaNtd2R71X8Xt8wOswiIesmlCy2r7e"
    "aqynIzuKBTZ8VwcywkU/2z/HUxyj067YKWo/LaRUuP4VInBm/JGhi8PpJgda4sKXXgVLqc"
    "+9vmKIQOTMHkuWcGu072KzbOEU6BR3/Sxw8NTuoHz0Rp5A7SJIh2HtFx51RaVMefcE9Edr"
    "Rggldbb/2bGJ4PzL9BFnRR4ZJahkt8diVYkIp/iKJJVlZlFdN40dJiJehCFM3x1VeLZ1Fn"
    "WYRIRZpy+IHrXJLyqOVBPWtSHjWkfzrQjTwUgDRMopYtWYU9gm2tdLVPGXWTYN73dqIlP5"
    "GxDCPilIoJz3eElxA3UtrG+MIrEzoq1lCHiS5cA0Xt8DCVkjKFwE/4JmO8SDLiAzURnpPP"
    "aJMIWme4IY+QCWn+NdZswofAfRSZfezXs9+MRFDnsnN72en2Wo+HSb72HJsSP93W5ZnupA"
    "v5VvPkX4vufNeXRZeIV3yFhsE/QiLJqPZ6iyxqWSb2c4ereJ+ZcgLuywkoWFkwnTdCpLam"
    "PelgUTp9DVSdlABf+ta0gKAe29H49zVmO1qgwZcpGRAhbWA4/kjC7yrrQmVdpHBdmZXKrK"
    "wLE47drOwgE+uLlqwmtLhyklkJetun0rQPVUXkgFVE1si0Ch6vECJpYEy8fXqaZzvC6Wn6"
    "fgR+LWa1sYeqAMJe9wai+zrXCSGvM04IeS05B5MS26sTnNcgC5Hs3yQ7jL5fmfF10AIVj/"
    "8HIjw65g=="
)
