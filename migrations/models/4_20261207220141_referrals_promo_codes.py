from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "invite_codes" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL UNIQUE,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "invite_codes" IS 'A member''s invite code: made once on first use, then stable.';
        CREATE TABLE IF NOT EXISTS "referrals" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "referrer_id" BIGINT NOT NULL,
    "invitee_id" BIGINT NOT NULL UNIQUE,
    "code" VARCHAR(16) NOT NULL,
    "phone_prefix" VARCHAR(7),
    "registered_on" DATE NOT NULL,
    "registered_at" TIMESTAMPTZ NOT NULL,
    "first_order_id" BIGINT,
    "first_order_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_referrals_referre_ff9598" ON "referrals" ("referrer_id", "registered_on");
COMMENT ON TABLE "referrals" IS 'An invitee registered with a referrer''s code; one per invitee, ever.';
        CREATE TABLE IF NOT EXISTS "referral_rewards" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "referral_id" BIGINT NOT NULL,
    "stage" VARCHAR(12) NOT NULL,
    "party" VARCHAR(8) NOT NULL,
    "member_id" BIGINT NOT NULL,
    "month" DATE NOT NULL,
    "capped" BOOL NOT NULL,
    "points" BIGINT NOT NULL,
    "growth" BIGINT NOT NULL,
    "coupon_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_referral_re_referra_99c91f" UNIQUE ("referral_id", "stage", "party")
);
CREATE INDEX IF NOT EXISTS "idx_referral_re_member__eb17b4" ON "referral_rewards" ("member_id", "month");
COMMENT ON TABLE "referral_rewards" IS 'What one party got for one stage of a referral; unique per (referral, stage, party),';
        CREATE TABLE IF NOT EXISTS "referral_rules" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "point_type" VARCHAR(32) NOT NULL,
    "growth_point_type" VARCHAR(32),
    "rewards" JSONB NOT NULL,
    "monthly_cap" INT NOT NULL,
    "prefix_limit" INT NOT NULL,
    "active" BOOL NOT NULL,
    "created_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "referral_rules" IS 'How referrals are rewarded. The newest active rule applies.';
        CREATE TABLE IF NOT EXISTS "promo_campaigns" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "coupon_template" VARCHAR(50) NOT NULL,
    "per_member_limit" INT NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "retired" BOOL NOT NULL,
    "created_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "promo_campaigns"."kind" IS 'SHARED: SHARED\nUNIQUE: UNIQUE';
COMMENT ON TABLE "promo_campaigns" IS 'A campaign of promo codes: the coupon template it unlocks, its window and limits.';
        CREATE TABLE IF NOT EXISTS "promo_codes" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "campaign_id" BIGINT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "max_uses" INT NOT NULL,
    "used" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_promo_codes_campaig_abb228" ON "promo_codes" ("campaign_id");
COMMENT ON TABLE "promo_codes" IS 'A code of a campaign; `used` counts redemptions, never past `max_uses`.';
        CREATE TABLE IF NOT EXISTS "promo_redemptions" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "campaign_id" BIGINT NOT NULL,
    "code_id" BIGINT NOT NULL,
    "member_id" BIGINT NOT NULL,
    "coupon_id" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_promo_redem_campaig_2546cb" ON "promo_redemptions" ("campaign_id", "member_id");
COMMENT ON TABLE "promo_redemptions" IS 'A member redeemed a code and got the coupon it unlocks.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "referral_rules";
        DROP TABLE IF EXISTS "referrals";
        DROP TABLE IF EXISTS "referral_rewards";
        DROP TABLE IF EXISTS "promo_campaigns";
        DROP TABLE IF EXISTS "invite_codes";
        DROP TABLE IF EXISTS "promo_codes";
        DROP TABLE IF EXISTS "promo_redemptions";"""


MODELS_STATE = (
    "eJztfXt3m0i271eppX86WVfJ6biTdB/1uWct2VYSTTuWryz3Y6JeGKOSxAQVGh52NDP93W"
    "89APEoMIVBKnCt1R1JUD/AexdV+73/3dvYC2i5r/9m3/UG4N89pG8g/hI/3Ac9fbvdHyQH"
    "PP3OouP+Yd/RA/qd6zm64eFjS91yIT60gK7hmFvPtBEZOUEQ+Mj0gL0Ed7rxdeXYPlqAB9"
    "v5CnT8xfRccG+6Jr4wcD3dg6/JdRe2gS9solX1S2DEP32oefYKemvo4At9+RMfNtECfoMu"
    "+fmlR0b79A9xfKTpSw+P+5OM2n7Vlia0FgnimAsykh7XvN2WHjs1V2PkfaBjyXPfaYZt+R"
    "u0H7/deWsbRQATeeToCiLo4Ecld/AcnxAO+ZYV0DekJfsb9kPYw8cwC7jUfYuQn6DZA+yP"
    "9TTtcjLTrkczTetlWBMiYqQODhk2ImzFj+pSAqzII7z675OTH3748eT7H97/9O7tjz++++"
    "n7n/BY+rzZUz/+xR5mTy12KUqz8cfx5Yw8kI3nDptQ5MBfFKN7OkNRHu2pTz8z9D9b6w6f"
    "+uH4FP3xH5amf0jtIgaEB/Yc2M/3Q7Bgo3/TLIhW3hr/fPP99wXk/XU4Pfs0nL7Ao14miX"
    "wZnDph5wi99/T9Cnci5A2GV6JuMHklmd0J0p6UIu1JAWlPsqTVnZWbpe3frieXfNqG41PE"
    "XZiGB/4DLNPNLCF1TeHe/yx9ZBASgjvftDwTua/Jbf+31xD1C4hN6EOuvHHdf1pxGr/4PP"
    "w9Tf6zi8kpJZnteiuHXoVe4DTFiv2Kn53oI+RvKEPG+BF1ZMAMY/bow60qvavR5fn48qMg"
    "B0LYAARf5mh6c3lJjwRf5uh8cjkaAPLvHH0Yji9G5wPAPtObcLllqdSqVLAoZV4cz4Obrc"
    "fhV+6mG4c8vvXWxaTvm916T968/fHtTz+8fxvtuNGRoo023FRj8h3mVwWipmGHI+y7lhB2"
    "69hk2REhahyiZmpmpmLK6CuOxDeD3/Jm6R5ywOX5CDvjbPT7rHhn3OyCMxeTy4/h8PR2mS"
    "Q4nork+QXElD3iSYJKWho8sqh9aIkEOo7tiEzzCFCL7C0vtZuZ5ZGen6H4OSaaZ25gzmSP"
    "A9PzPUC+Dr+0UcN0oL6YIGsXzJEixow/j65nw89XCe6cD2cjcuYkwZnw6Iv3qfcjugj4bT"
    "z7BMhP8HcsiKZfmWjc7O898ky679kash80fRHTFMOjIdUSPLeg7kLNR55piXI9Ba2B7y16"
    "/yRic0iTQj4beApjumNJVZTNSaR6u2Vhe5m3298uKnI9iVRcl4XrnJc9ePqEHcepxvUkUq"
    "3o8jA5+24vTWS660psTkEVn2XjM3GzLb/GXD3kAHHvPejOQsucsU/svLHZU5uTTfqIjvQV"
    "ZRKhJnnOvavz2oPbHt8LSk/1H/GEai4eVdIdOgTGGhpftzZm4wDogECJX1MH+ELAW+seWO"
    "suuIMQgYWN8BVcG5904CusgACicW+gC0w8E/DSToAOXOBrrbJe00bvxHGufqGkYD5Pci/m"
    "SI25W5VfVUq/6p5r5TmwxxzOcNkRRsRFGLa2lPW4huOVQ7ucQztwWIj7jro2r2uzyZNtoo"
    "IoFoMpJUsWuSxPtZZELBsv8JtoexAZuyk0bCcpMeQOKhTVzP1wzaHjSwptszUES9NxPWD7"
    "nmFvIJOjvsIdXGCxCE9D12NudPBgemsqRRHXSB/YTuBPZydIpBo132fFtYbuwRXUXMPe0l"
    "cNf+A3jfyVfRbRo2Q2iUSFfJktYmBp2SEEdFB4+KmM7PBTvujwU0ZySLwWZUmcAHWQzO/f"
    "liDz+7e5ZCanjhZxKDdpGxF/l/j+0Nk6wSJblsopWAepXf9EDnZsodViD+kgieuPBFTRKV"
    "JFp+STPS86RVFdgOrKk52/0Ch1uwF1+9x0vN2V7nhmwI+Mrp0a0S9StPFdrJ1nGq62IKiy"
    "npFteHWm+jq2Zflb4NlY0yXJCIsBuF3ou1tgugDrsgB/p8qvDjY28tbfuYH+jI/zvCE1X5"
    "2rWLOL0pvrSpluiTK9Z1pZ4W2P6KDs9raM7PY2X3Z7m5HdyLvA3cZyzMU6T89L7F0tJHIB"
    "Ucnek8nTcL5W2v8TQLX9q+2/1PZ/ZqOlucILHqIrcmbzT5wv3PoNOlIz6FCBFHE8UUwSg8"
    "Bi8sjG6+Ap6gRWcHZVn9nX8Nb90Ge2bhfpW3dteySMYWnj0SQdnEZp87PIG7lLmURz++4f"
    "0PDYm0j4yH6yfRz/q3LO5RQNUmwrbdxJwpSQUEJISLwSgoTmTvoukLl+U6Vu5Ps1Hs9/3q"
    "NlJnbvfPRhTBOb6ecc3VyR/X0A2OccTfFeP8W/2Wd6pziOgROTlmdoy5/7EUBmVsjkEGGb"
    "t4gtc49QxszqxsycdLuC8hd5aXaK6sqErHRISXXI8QIiz/R2PX6gFjvXL9IdN3BzBx0szd"
    "HBZln1cQge9B0z5Br2CpkuJEZbeq2fAdSNNXjxFc+0PiAP5W51A1/jXrd8+BLrc5aNVi4B"
    "21g9tMx7GCB5FuSmbsM1JZNrkZPR1cgPej1lV26H8hhysIqgHWJllu16V59o+SD6MUe/jf"
    "CWNdMmV6PL8fkAJH5GZ28ux5P46eD3HJ2Pfh2fjTRyKvo6R2fD6Tl+hAEIvszR6PfZaHo5"
    "vBiA8FsV8f2kXJGvghpfaeEy8ZqWFeEToA6ULGlaeWXLnwCBI4DM71FVHenkpzI60slP+T"
    "oSOaekxucpNSZrLQWCl5i4kIB1KWHmAIJDRmhPcyPLig+2A80V+gXuMrJDiviB1P05ulDL"
    "2PBXONPCo/t57OgPkaCbnID478d/NfTYljC8Phuej3p/HUcXCijP0YT2PHlMDyqt/WzxWB"
    "thvcMnMLgAWH9yobUj+bwkksXER2wfX9sFOv4P3NFKyksXesBEwNNX5MhG37rcqJlaL17G"
    "VWYQPREf/YIX3JXpeuSuZFdRPjI51ZwWVlQdns3Gv44EpeAANQDsc44+j6YfScFU9olVk+"
    "nwmvxmn3J4FTbQwQuUhm9nV9je09hKe7xkdtjj5HoftHi5bBRv3rWDCbLgiUzl1qA9+oBr"
    "0M3lL5eT3y5FF6EANgDBF7wMDS/wokT+naMPI/aLfcqxBN2ZjrcWDAGMY54YByjZyyAWBk"
    "gkILEsxD2ie0vHuzJz813+3HyXmZtG4JMoS91wvKJtCdri20Hkae6GIxye2rYFdZRD5SQy"
    "Rew7DG1qVY6OHPbNP51MLhKmotNxupTtzefTEV54Kf3xINPLETRC2m19d12R7CFU0V2E7m"
    "sdIcipL1tOBInBZTZV9z6PL8fa1XTycTr8jIWO2K85Gl5dYeXo6mqOribXA4D/IW6fU+Lr"
    "OZ2j8eeryXQ2AOwTjxlOZ5ejKR7HvsjhxnFt3zGg5nrcSKGC+gopnNogHt8gIprpy2UlWg"
    "c4RevStDb0zVY3V0ISJQeqKF6a4g5cQsep4Fzh45UFpqoFJlw1DEyrKqtNiOve3G/EIpO0"
    "3Wfo/UivhTS4g+7klriPQ5oU+o+3jr00LahVL8XOv4Jiu9Rsx3R3K3E7AVSVuWXmsWd/hU"
    "i7h47LNUTmii8ZnOpwxg37yI9PiPu34wHRKREywH74ZQqtvPJznCjsdi6bmYiQv5qP4rgw"
    "0ddebiQHPdsvEdVu4YFly40+2EF4uAtcUp7dRjTWwsUPAB6g/hUEM2IHXujAxaIrjcu4Nw"
    "34cgDIjSAJQ4f47QPMicspN9rMPbih7MkwHXJcSxwKg51VdLvIOnTksA+ZYwa7yo1YtnT2"
    "LSrPAw5YcaIqJ/KzPPjEb0NmR0VDQv3meBXwrwL+VcB/v0tpokxs/kxExnypmp0uI1ZT2V"
    "OgzhD+f3zOJNYBFXgxzHbusHDLLggwyUhlfdu6hzRhkwrFvnNv3vOq9tdzycfDopUQLKUQ"
    "HHJR3LuTBCrxq6r4Fb5rwhxIAevhwLN5JeKOHt0VDVEMER0U0k5KOdNOCpxpJ1lnGmstIV"
    "YeKI7pIJ0bcVqSAoCWaXgcO2t+tZoE6EkVa6oFkv/P0ke0LBcgZYw9E7mvyW3/t9cQH1Qh"
    "G3leCaWhNKChXOFpAn+Fjrk0DT2vHHp2UBltZUtQxCsWwUpneWLgKzJNgYGvDkigLlEldE"
    "AvGVWiAQ86nhvkzB2ekz9jlLWjHcE+fR6ekdLmX+HW4+V51n35Mpme9NpkcOxFpYmfCdNk"
    "/KRSg6RUg2T2BTyD0LboPSorG0aADgqG9RuhyYqorXVePkVBplAc1EEyN1CZljXf5cjej/"
    "Xr5UnezzS+RAnOT9VhZBKUy0Xhfdua+HJVwvASSMVmqdlM/jR/U+11TkJVwKVsfJZE8T11"
    "dJRUqxIn+kUK7h0ZUk6ZzWdrzX6w56L9PVFiyNfriBArKvTWJ+8el7QNp4cdtCCMbPtyQy"
    "4TSZbRM8yIle1wC2FH5woXU4ONEqiAjYjVzl7S0IIAvcPvC4Q8W1/xYLUIq0VYFtKqRbh1"
    "i3DCMKk7pKCI0LKQwHQo3flQaUNN7mxjD254uxo9XrijmXhE6c3MhYyX4PqXG9aBj7iYto"
    "5pQFJU1MDzg1urtDRObXFqi5OFtA1b1dUW1+wWF8rPYptcCtXQNte+JSJWNZLYk8SIGoco"
    "ima9xGQf1OgmmCVqkZs+BVSO+urByh5+qjvf4yVyF7TDS6BUhGHCkl9HhCEmp6tbnG2ysF"
    "xiDHXASonhCtTaQonVa8R0vjZMS8M5OW6tqDSDBErrNa3JyNFar8NijflqK63nWL4Rx3rn"
    "moZukb7yNrJMBAG9QB98xWRBJGwSsxquWIN5F9yx2EmizXBbbzzxckrLVVquLKRVhtxWa7"
    "mqDr2qQ99W2iqBUwmcBxU4h8hGu43tu6eYrYz8GdkzM6ZQDNXD0dodG15WJEUgggbFu/7r"
    "3nRNLEWSxm2RGMn6U7OEn9z210+71hOE0f1fzxNL8xfJNK5zclRd3oJ2JvZ0Nc0qZgO3fV"
    "Rl34rj1K4ly64ledbr6B7SqpqZrYqdKNyf4H3oHChXhOcOrvV70/YdQJF9vJ8s/K1FUmLh"
    "gtgxaIUc2pXtO5eNwXsMv/rOE65VJkc1WbvSMHzHiSWqhnpk4oRKUpUySZWyXlCEiGOU+K"
    "CCDY5J3PgaIygQpKAdlAlaIgOUyvQ6mtAtm2HoOD76Y2qbkkWgNLyibR1SpIpf1z4/HCKJ"
    "UuEQiWWtjnAIBxrQvK/YuCcB7eBGo5TPxpTPc7g0kZlXcCk9pP+oQkqYH4wu7cJPaZOAPA"
    "SgnQaBbln2Q5/FlVOd0ljDjU7yqFiUebgq8Vz5dV1WufTlcukfV+HptC4Zf6wMhWfwW87M"
    "TcEOp1n2jrD9z0a/z4q3/2iDuZhcfgyHp2WCPKlMY2tRNeEsBlYyWu0yGt7GsJzFURCLIl"
    "b3IBWwWhywKolYxIrhX3t6sORya+Wz04XiUGAacKORj0pCV9B5FZR83PqOsdZdKq94+J01"
    "DVbmMbSt284Cj/qHffczlmUe9J0LHEheugVNxVs69oYN4QhGjd3lCXLSYawvLRGcjmyyX5"
    "qO62mUrxWU0SxaVT6S2e5p6U9gdgaseC0zrxmnDNtHHE4X9i5LAjtT9fHAVm7P9nRLc7cQ"
    "LaqkBHLhihdVO2hgZWUBKzEii1VcqMaFKCWbzmoRnTeLVApv7QqviuLOf1/a6ZKQPIp7Qg"
    "SNHkfrZif6Rfo200TL+hy2urlgymsfsDkFtljXfYH1YYQgZjj85kEH6RZ+RKJkvuQmC1a6"
    "CLddcwAh50MQ5k+mL/OXsC/5Tgt7mkYHCMncrW7AxNGgvzMJnCOPq4Lljr37FeQq7udA6Z"
    "ykPaSD8Vz1txWIv1sCZE7BOkjq+n1JEkdUdXVpiS/kqV2i7EzPALuX7Vj/qsLfgoVJnkB3"
    "wIna9AqTknGqkPxprculnuaNdC6ntTA00aIKSVT3SF1//jRxyPkcsxSh8QgrE5TOY/xIOm"
    "LLRYreIfqAq8jVcHwuuJJQzACQf+foajidjYcXF39o09GHm8vzET2TPjZH+7Pht7RmdpxN"
    "gJlnK9t1Vak3ZdTtBhcM299iuvku5In+RbEyKeQBA2aiI62KmEmW/TarGGpjsA5aadtrlc"
    "16b1Vnufx1rp3G+BryA2KBHCbipfScBrAPv0yhpedE6MaN7BcmauMU+Cuc9OHR/VRIywdP"
    "pNKUXqRLJGrco0PnVJ5XJ5xwj3h2tGiC19vr7Au7PLkwuQPP6aLcJVK6S0J2ZViQS/8Yok"
    "taVm3VyknDELHy7zFEd2z19dJT1FiWAClPUwk7sMztIFq9HsjZD6LVJP2nr1PPg5jgEEd1"
    "aec6sGUK//WeVrklBw+tmFGZGfqGxJNXYUQaqZjwdIt5tXWJC1d2c+W9aC8X7nyXGBpcba"
    "FzXgZiaM0RfFK4IjNrPZyoQTPqnQZPDfBTh92JSYOdwT7/8zsXBE4C0s+RHA7/VED+IPAv"
    "G2U7aQib44mtNV17jZp9RG0scZTaGIReg4zdOcWLLCM+2A40V+gXuMsEJBSYmFvIhDzbKT"
    "7s6A+RaTAx+/Bfj/9myBx2Z8Prs+E5nuLHCawPjNYcG+zenJ1vgI3ZzcvE1rPhZDlx7Q1Z"
    "RUi9HfJTR5xoeZZkjrXGEMdi5Xnx9vVdON8QHDCPQZQ1WKoFql9gDd4zLMOEooYpMZCytZ"
    "WwtSmtTQIZNcfXm58tGQHkSJIk9+tMkmSkelWp3JiAdjAyoyWRGCoARwXgFBbNUFqo0kKP"
    "z4S2a6FDg9WQ4aih4al+kR5qwcWK1BpiYwV6n7Ckwu9ccKdbZGoQndHGx3XXhR54oYOtja"
    "kJyDTpgwesVOKjW8wKw9zqVnTkzka+y0kEr/0OczRHt/q9btKJeEt12NulY/8LIvzDwVcF"
    "hm6sYWixwyK1Y0L3Z3B7Dx1zubslJWzvoUtObgD8p69b+VpvIuGSPi4n6zx2XOm+0um+Mn"
    "cM6+guldCJ6cuRIX1B24IQ0EGTw9syiVVv8xOr3mYSq6KFUNDeEIcpb1i1qc02HTHC7zGK"
    "6hUXFFKeXkNwpVcpOJwBqzwqgTyqFmbeDs9m419Hgva0ADUA7HOOLiZnv5CsWvY5R2cXk2"
    "vym32Wc/CmMtDLbAVv8reCN9mW3coE8wxNMKoMXde4zrG3ylSGboi3UEPPa4oTO9svY62I"
    "hpc0WHyyH8DGN9bUsQ0s2yPubaLi74Bn21/BC0xok+ztL4kHfKXfQ0D+bPAi3PM5Joqarl"
    "lzKxxlITiUhYCyWthAEEepjuKVvbU2vwNuEeX3GEX3pwWYCxoNNocvct4Jwkuyc4/IisXb"
    "tNmJMvt1YEwvt1cPEcAXhGjxysZCGNjY93CDLzCgfeTgcgkND9h4TGiLoqZ8ZiDp0+8P6x"
    "0n0q2uq3IN/oH7JFhfzAXcbG0PImOnfYU7nu0/MT6mSP1Jiso6cKlF+4RyEMi5/SdZKLAc"
    "JnBqSay8F+WX4XzcpvSkSpwHIn/vbDo6H88GgH3O0fnolPykH3M0+v1qPB0NAPucow/T0e"
    "jv+Df7nKOby/BI+G2OziaX1zefR9qH6eTvo0t85cRvUgfu19H0ekTKwNEvczQ8/9vNNb4p"
    "+6xisaq/Klx3hZDeiLMRvXDNFYKLrAYq08vIdkoSFuFx+iw+7trYI6V1cMSYw565HZxx17"
    "bj4T+eUwO9iC0JmLw8+W2tewBvqNYCINsDdxB4+lfMGiL6Ss2WtIzI3cjy5LgMVOZ9rKLT"
    "++T7chtH0c6R2ToSkrXQ+5BGdqgQw6EXJNt3xKp57xGdq+D9ptQsf1Mwy9/wZrnu8rpNFy"
    "XthIjOUbiRdYQ0h9Y9mxM4m0/jOKZzVG5kHivXdD712+mkrKE8Z5OmzgubG0hNDvdLmDkt"
    "u2wA9RDgGbowPfBgemvwQIRYB24wd13iTTS9Pj6GpVg8AH7bmpi29IADyREDPxxrFM3Mkj"
    "agmcT4FC+/t7H7PO63TJs5g1tEZs74b2XkVEZOyVdc5XB7ToRnyyR5LiHaJ2CK/JXJD3UH"
    "VZL8EsAOCn4tEfQ40WjZIMSYACDK5QSyBjZLZpnpEpfbYe85mF2zEU2ZSOb4EbSt7vDqDe"
    "aTOgM8oGVia+ne0nY2LbZQyBsD+BxkBLoJiDZEiqFUEo9AEo+hO3jSbqFDqg1laV5QEzyF"
    "k9eZeL0mieDkgU24APY9KXUWWEayEWWFb0Jtta0Z9aoLSjx8a8Sl3oiSPkzJDxlD9qqnV8"
    "dshRwliV10hJUqRuZsEGhwql9kH6WFGjTIhpY0kf62No01cHwLksoLC9/AnF+TlAsd7Vjl"
    "Bxdg6QE80HFBqUJ4jxcZkm7hQAPia2UtovVdlhsIGhNd6d9M5lxY/hDfM2oBTX+E0Z0Jm2"
    "mygkD6IomSuMpqKqfVVObaEV3lRqxrY/qdKSmoZHBdEs1rE0iUNn+A+I1gcyg/d2OIDgUm"
    "1TZpE1tv6ZiYOKiDU7f+wGwmPoltentMl5Zb1WBBBmYU0JXTG0FFG+XPahVt1JxWPfXpH5"
    "2nWdPT/dLatUa2rZIq9hVTd0lhf5ekRvaBTc/plrUDNE2SaMI6MNY6QhDPC9ezHXydsM0f"
    "0Yhpc7qsml3vpWuukfBc1OAnyk/5Cq70Klb7iL0nLv0UkFPD8R0UURvRrrorpYarLouBoY"
    "vvLf6H9Ye4pQtxWcP5kUw34cMKcicOk5lBkqsRwWYssvjEIJXWH9kMDw1ryFTKEW5fnUR1"
    "j87vytD5XT6d32UzR1T7atW+uiUk3Tqm7XDbxOZveDGItOEUx7P22iyojb/EPl4cJI4/YD"
    "jch4vJZNoTlPgoaADoxxx9Gl580G6uBiD4Mkdno/HFAJB/S8p9DVebJaIaa6Vh6FtxKS8B"
    "7dBicgQ5e6HvqvEgBlQcqMoBvPQ4XpWArgSwNZFczzLwHaJFpdyGPUzxV2b+6kaVVgLGEV"
    "oIhObQVgUfy+KlIbF/p6SJVK6jJjmiX8JXQxAa7Uwl4q+h94gHKergDq71e9P2nSBGkZak"
    "emWiPnDgvQkf+sAlQc0vWQK4Dha6ae2AZW542eINXF95bpTnRnoza22aJ3uvRR04SVRTGu"
    "dBZ3HDHbO768KRXG2hy7tGl3cx6qeAh2PBm07RX4mcz0HkpG7cGWNSRtrcnywhaDLqlBIu"
    "h4DEupJcq0AApBIdqY5uP6AgCQ6fskxjB16Qpu1Y9IMQLGxS8OK/GOa/2PnX2x2nX0oTN1"
    "DipVzipahn80k+TclIm5B5fihjOf8h33L+Q8ZyrsKCmg0L6nw5+eur0eX58PRiNADR1zn6"
    "OJ38Nvs0AOxzjiazT6PpANAPOVxGbGfQ2Mqf5RDZKXL0qjQwbU41DQ/8B1im25j02fufpY"
    "8MwgFw55uWZyL3Nbnt/wr6+eqQjQihErJRSPQXn4e/p/lxdjE5TdtMyQVOVVtVeSoykJA3"
    "UllBY8IeXqYERJocdGc0s/pKMKQIteA1by5N5sWh2zi3hcxKtX0Wqq1jb+y8LqD7k/3HVd"
    "ttOLi0fks8pq/ubMxWsMFcM7eWSYs7vF69xlqmT3qtBJop3q5JwZGfPNrcE95Dh3QMQ96a"
    "p9XWdVmly8qly0rvKmkfsZU2eyhtFktzeR0KciduAtMlJ0ltsxYLb/bGRIJ0TaGU6CdtMJ"
    "xs87dL0VJSRMMpBjfH4IW+czV7qVGJVsROlwHKYacj9+uMne4Bwq+EziJ8iWPay5Le+HoC"
    "wj8FvHn149NLRzZjSVX2j2dg/5iyApI9jvUjPNV/3PYRlKEsbfkIxgMdsBqDwPXvNqaHpw"
    "UN82TmiTCkEx+82wEsWi2XPHPHk65Vs41DlbQk51RJy25yQ4K0cdnk5abzxoPFDcu4IoRO"
    "ojpI6PojeFmPqirFPtLILhmqDp0G6jvGWncr1bxLY5VyLrVybm6wPIrlxqXIupYAda5l7b"
    "tSdvd3BXb3d5xGPPj+0Nk6Jq9HRkEbniSsc+GQ9W8gWKfwfM7WUS5gb48+4LQmQXfjy4+i"
    "9osANgDBlzkaXl1NJ7+Ozgcg/DZH09HfRmczciz8Vs7M0XT0XqgHandCfalSsO7VPGqo8X"
    "tANfH9PAVVmecy7+aMWXhn1l2bE4z22GsVA3bvxTop9WKdFLxYJ1LUjJSNyMepSKhqcucy"
    "RNXkbiI+Ud9tSJ86XnRicKpfZJ9/0C0LetqWjS1noM9nuTKXS71OKXO5TNyIz3242doeRM"
    "ZO+wqF9A4OtHPKeCMSEqvMJ2hgSoA6aDdvRMlTpnMJlhhiqjPMrW5VqleeBStWVGYFK6NV"
    "gQ0poGJBZRbgFdzHf+9Ce9JrUXSVzlQ5PhZnKr8leVdQHFEmDWXSaI9JY0rf416+YSMY0C"
    "9v3tDY2qCsHJ3WqwsyJINpIMqFJE7ZOZSdoz12DqV9SzDxlfYtDSuU9n10FiiNIp8hSqNo"
    "JokJCxZ0rvOymNi5MnqEEwxWGkSnJVblJ5WJG0p/yGeD0h+ehcSkhNajs4C0vRGrqxVDdC"
    "igsr4ylYdv3izdTG64e7NStPJJrxStBhWtvM5jifN9AYVLpOvYlb4Dt1vS9JNse7fAdsDG"
    "dvBArGyB29iOePszsCkK32tH6j5Y8B7iuRIsM0BHC/CA56f9kK0r0dRNVFFNuYpqqrqPzQ"
    "YHRq+QsEdOSbVKsegCC+h+QKueCBU7S8HaW++sNHsKKN1IgbNghxbiShyjWFI7S6QpvCqZ"
    "bt4S7aVUrrAUdVcVfxvj79Yxbcf0ONb7ogiICNKZMF7ViEQV4hQwrfxGDSI9jlElONN/3J"
    "yi3NaddpS2wW39bJjR6spPw7PZ+NeRoNYQoAaAfc7RxeTsF1LgiX3OEZbyr8lv9pk2qZYz"
    "QZWyQAmUeyKGpE1undLH2RPHH7I013RyNZnOxpPL4YUom+LYAYj/mqOr6fjybHw1vNA+jK"
    "fXM3I6caAK05RfS/m1Wu7XGm5pcaS8Sivx04Vi2B2eTEvT0/Q9QMlknRYD8mWylaNXSEWK"
    "o1QgYWWRzLK9KlbEPayDW0dLtopSRqajFaCXzHDYdP35It0m1xJ/eH3mdDL5JdA4DuAmr1"
    "tH8beLiuJuEtnBNaul4i5nDaNPL4m4e8rE1B5H1A1PlRFzS8ZrXdsbLLpiLtNmw1tL95a2"
    "swGGjgCVdgbMmfnKROCFYftbG/Wjrj0rx37w1n3gQufeNODLPjB8vIpv0npqIzeZoxdb3f"
    "lKLrq2fQePtGwfrSC4s21y9CWJCsM3dRav8DhvB8hwD79fgLrtX6qALwkDvkRlhnrb1UiU"
    "TVK/sKBi6ZqNpcNrDmdFKGfHDLEy07p3Nrm5mlwOAPuco6sJfp+vB4B9ztHH6eS32acBYJ"
    "9zdD2a/jo+Gw1A8GWOzm6uZ5PP+Ar0c45mn8bTc+1qOJ39MQCxH3LYOR24gHCjkZ3LrszZ"
    "zEUOKHdfnw0vhb0IN7PJAJB/MQMxHnMP/0ubSBA2fx5dzmgfifDHHH0aXp5PbvDR4Mscjc"
    "/xifHsD+3s0+jslwFI/paDuaQSEb6/RkUDkWUxAzwgQ0PB6VCqVAOrJL7j0lxlCV4Q1Bch"
    "5AjpI7cV7ioLX69eBxItYJmZWIylgi4IRRj54v0wqTzMCLdS/ikH3JngoQPbS1WI0XMIMQ"
    "p0+49EH+7l6/7sfL+Mn4uq1qW7/v7Tx6NNrCfbS6CD4BpMPYcL4NlRC98+uNctcwGwsq7n"
    "ZmjVcD3lW5N6fWpDvNNz9K6Fb7+QfSoJ6lI+UW2BvuF6Jjap46gukfXAk9p3oeBqEiKU0F"
    "nRSW/7jiHmv40QMpuxZFKGVUWlw1dUkiaJTbb53l7nLSeL7dvWxJerksiWQKpcNpm5/GxD"
    "+3+djM8HgPxbxZhef4jMvW0uKrSXTcG6F/HVyAamwu/zqd/OeCTJw+8Dw+MUEpEzYEmedT"
    "I2qF/GROlE41UkfqftUyoSXx5eKAX0qPs38f6KTfYIoiyI1e1ZKifhIGGG9pYQw3ZEqBzH"
    "KNthOdshCyyrpAekoEoRUIpAKUXgDF/h3LG3PY78H50rJfYb5FkWeHjJ6IQJggCvEaa9MA"
    "2wMAn373walkWDC8jl+gB+w9ewdsBGBh0dILKxCU++GkfX+NKjf1MgkNKhVCz6Uykh8kgD"
    "BXkHe+YJiGUxjivBrKpgFntZBESGJKqDQkP9Ic/RSldJaMiildyg5IbScsMMbkj0OsyTHa"
    "Lz5eUHL4CUjnAMYxAJGixtB7i6BQdg65gGDIIQTW/Xj8kGREKhNeIdHyGSaYjH3psWXEGX"
    "F/JY/w1UfqLKT5SFtCo/sdUGA7oKVeyAGwcqUbeyqBvuANrGRt6aw4ZcHnCQXeJDbUG68B"
    "46QnpEBDhgEMjnyeXsU+9AK0ndsR6R1aZs/l4EkCN9r0pF/t6Xf89D2XOOf5NdvQ/mUXA3"
    "OYb++jMtEcqRxYcVN+o/0rDUaUCe6yl31eFBOxNPXduas8FPZ24tEzoVSMwHH47IWFBoCZ"
    "kdSFKv6d+aFV+KMiGTQJUNWZwNqRJPj0JqlhuuUVlbUDxPISXudtobWq4NXNti1hFvDV0Y"
    "ZMVnzCkyye30ESlSOICAAz1koWpamuUwomY9FgFJTJafaS4qMUz2OAbL2Nl+kbkyyGgl5k"
    "AV3vhMPYsqGfqYK3foIxDLhk6hlKVFhY7KETqqmrY37SRXVvKjr9ntS+urogmlUvquRpfn"
    "48uPAxB8maPp6MPN5Tnp2BN+K6kiNWwApvo9zSPjZfuRIJICu0AMVxQ+Io3GWoeVgER/pN"
    "0UpF2mGPlikOdMOWbMw5OowhKdxXbGmH3gJVrloOYzRIWQNWCPuSD91nscUww70S+ywtBe"
    "7QKB5o6PViQSnJSqtzB1oAMeTG8NTM/FxzA51zZ+5H08F43fCovu86PNn35JFQgmVyCYo6"
    "OvAmQNh3enjWdthgQVUheI6j+UEdV/yBfVf1AhdQfPwdONtcYalIiKokmkMhdUlkW/Qrit"
    "xIMUULFAxTVKu0ku7Ae0cvQFkQA1QdmDi5U4SkAFch0kkKt3xdoR7B9cLAajvrn9TAIUey"
    "xsgKUDgfDRj0T0pQOh5q7N7ZbcNbtvFkV4ZbAHDPSKjrQ20svfssV4ZS55Bsz8QOoMsCsB"
    "1clQalnjqKmEYu20eHvFsqzjYdvLvTpeqEZYdGc63nqhV+MRF6yYVAuTZLIin611RDdTvi"
    "05ON1/1KKsGXRkScPyiOQZAQYhlmB6ib0RmFVBBS+IgXhtkqpTzAZMfrO66gS01dm8S9iX"
    "a7vyHMVroZRukPolGavGHoQ6ePDAL4nfKkRRhSi2QGs/sPVk6dgbUZ0+gekS7WtTcMTtJE"
    "+1jnSdovkNbnPsq21oantz9XE6PB/1wS+j0RXpGH4++e2SHiqplzccbSVeVf2JBdWlm8XN"
    "h9WqUObjhDKvqkUQJZAdjCBqScRQSBOpQ4auoYc16BWjIE/diwb0H1f43PjYRzW+Cxrn8+"
    "oBLxEgRA7Aw9o01iznERDeAtMFzAfZp2rZw1r3wBo/CUQuaZJpegAfYAWjAEScapYN3kcF"
    "HckVdMQYqO1zSkW2Ki74gLmoH6eT3w5V9qT+UJqIepZpCEkIGeABST4dYbIehuL1SL6SbB"
    "3MUZcbcxo/XbhtBBYSkQDUYdAU+TsXGL7jQLx8M4MeWbSJPY8t0T8Hw1xq6LN9vHoDPNEA"
    "iSMFRIsFb3gFCmu99hN2h8NYnFqyXRzZ+nfUSNZjK5e116jRjbVwZlQS9cTsHtlILJbeE5"
    "R1pr02henIBStyLrQK6WZZZONZZ4dcesXI6G8XFdOdksgOGitamu7EMV7Qp5dEAL3SzQWT"
    "MkmYFU8GTY0oFEO3eKy2iQaL9NzwHWOtu5A1xthaOhrEBMV+EMqWsifABTMo5DTeePIlVS"
    "mclkqaMvuZu8qNmCyAXzWxMjgxhJL2VQkcKfxGVLgXFWYToGetEBy18ES7SacqAx1/CyOC"
    "bBUOJHCKAZUZoKqvyMCFZ1kga/T71XhKqmEFX3gFsuYoCOfCx8JvaSX0OGFcWwfem7bvCi"
    "s/KWCH0jZVySJpGNJOG57kJYuIhe4Ka9C9HOsdPdd/1G5HlPDSvmOCAHtLHzWv0VLr+EP3"
    "FybWNzFOJx5dz4ROn6WJpPrTPVLPqLG7qGgjuaKNVGEe1euupYV5wlVIhMZxTAfpXP8kJm"
    "u7wLIbDj9gSQypF15lWZJIO4jqEC30XaX6RSGuSzxQhXUqFdY5GpmfSyGdoxG4UlmJTlST"
    "aGPBFtW97mA1jVT3OollG9W97mDqkSSmxzPb39pcw2Nwpl9kdjTomOYb1qUKx8SbbtHKMc"
    "RRRaccFbI1LJ2YFjvju7ECM9EwvBVA516Vmjn+2pNvU5S6H1v7jLcqtlKOLVaZysPE25My"
    "ibcn+Ym3J5yAPy+HtuViHQ4ttQx/HY4vhqcXI1EVKwIOQPR1ji4mZ7+QeAb2OUc31zS64Z"
    "p8z8ZE/DoZ45/k35ISacNxD2zrJtWqsiws9ronkR30urfEy87JlGFu9iybmYRWic8R9DCM"
    "liTVrHV8ZgUjRXa6PUL51Er41OwtoYbN8avlkziOOeA+dxi9vBH3sErcOHzihu0ssKLhwK"
    "XQ1I6DKtFZrrTjA8xtUuFX3NCXRDVE6U6t1JHHrILfPouV2OwtuerNlgjP9nSrCiu4cMWN"
    "ynEUNhbmxWuWpmDdW3+aqaGpQtqfSUh7ohiJW60SiVsnvyV72VrC3lI6dtyNJcjjFLQ1fO"
    "79toaIlCB90F1g2cZXVu9DR4BuzyW9622fBFI5j2eBy62X60SORvQfdyZroQevea+yyhFR"
    "OSKdUDBVjkizhpL8dhaP+xVb0dpi9mk6uv40uTjXJh8+DEDi5xydDa8/DQD5d46uRtOz0e"
    "WMjYv9mKMP09FIm0zPR9MB2H8nnkdM18uPI+J6ZN+q+BtPyilFBTpRJvFnQ+0q9nJZxRjA"
    "Q3cmCvrAlgBvjcUhUjK4CiM4YMWHitGfLKCfTGoB+SeF6gzxa4u3MvRtlYmdgCkzY9VJDb"
    "+xLjCaiRULYWcHH909o+P7tyW21/dvc7dXcirVqs7Ef5QWlFMTt09w4K2xUTxLWxRjGK0A"
    "V5XbMbDitcy8ZoFYVfJfn5b8KhlL6xYU6Gqn6UsPOqLE5UGVJJapSedbUCgjMwLIkY5Jbt"
    "vq5t6p2W58pRTKisVFaZcJ3AEzL6MjrU29pJTTVo7tb0Vk4BSsc3GD9XcAM/DU11xMUM7c"
    "zl9skii14tS+4rDQHdezDU4Xo0IbUxLYpcIdB9bGTdf1oWhaZYTpjERzeMOeFjaYMzcmRz"
    "0rzLvnoDtTmekInMDyeVU2JKAdUqGOsgoRavINFUXrUIhqvMeVLNYJTn17Mg2rrORJnFrN"
    "q9f0blWa6/l0+EG0tywDDQD9mKN0ie+rIUtuZZ9zNGLVvelHr4IOUH86q2Hp5qa6/ZsDVz"
    "ZRmW2ijGEV7d8ZsOK1zLx+FjWsJN8FVamqo4QaHrUArZr4g7A5joaXM5KIyeNCkfWcg1bV"
    "C8ub0FUeVf7b0K08KklSLEbfPOgg3ZrS97bHSbFIjegXtwnZbUisHgwwGlsOSjYN+WwjuC"
    "PFLMGdo6PFdy4IrgfcnevBDbAfoAvI3w1sRFJywttE416YHj4IDd/DA03vZbZlSEP3UI2A"
    "pd7d8rNGwh7Q4t2wkkBVsK6yoB2sGcgWkrETKJmTH6SJmAxSCqonI6juDjW4BlS9n4MXJx"
    "AvAvHE+g/STXVVAEIpLh1TXK4C+avHUVmic8XKSjCqpHYyQRCEEGAvgc7aCC7wh73wDW8A"
    "Hta616cF+df2A9j4xrrPGhTin33aZJCMIMUF7qCBnzirnTRwjzmaoyFgRsH9tU03vLKJwC"
    "2zGt/2qV5kEwXGpcfj+/7ta3C79K2laVG5y1zc4ovMEUHgu+NnpfclP4NnBTqe92CjL+hf"
    "gh/oxb5PYx8YeALgf2lK/kusahmQ/hkllakvveAmWpQ6G3+0fTV21l0YftuaeNKrauzHlo"
    "Py9TBVNPyoOlj6barg+U9fQ2bJqXd1MbwcAPIvST+fnpP08+k5/j65uZrgM+wzvT4fx9Mf"
    "ElbYDZXCycwQafxPC+jppiWUxBGDtDeouvcbd/tGEC7KthQ6dLj1BksHduXlao+W+b3o/T"
    "a8uBjNBoB9zhET5AaBQEeqX8xG08vhBal+wb7JsWjtha+qUWQ+742SizlXo8vz8eVHUqiE"
    "fiFxY2MaNTbmtkSYjj7csECy8JsczGqjZbBbMZdMAxP0QEQYRfXWxvjIFnLSsHilzN+HN8"
    "0ezcGWntsSEbp+79qDblnQ00KyiRoyuHAVxFZ1ZY9Z/DJsKHZHJJEqTlrqOGndrOJxisEU"
    "f2XmL4seg5Xq9mWxSkp+SkAwpmQVJYUDVnyoxoeki0uICxmokiwqc0E3LZ9XeCNflI5Buq"
    "cjqmgSFU1SYr+XPJrkTN9gqXCFerweA+G5fmF3gWCUaivQrbYCqvZ9s0v9ytY5jXrz6RuO"
    "71yZsGZaXT5geoiQNwJ0cP421OSyYgWGumsvyEb7lggmpQwRFcsu1FtwQTG4OQbr/sKEiF"
    "dtIT/uJ445fOBPhXCFf89pt5g5/j76dTT9A9PyP9ejj59Hl7P/XF8Or64/TWZ9MMei4bz3"
    "V++pc6CZmJ9cN22JiJ8WxMH1ME80wocBCL/N0Ww6/vhxRENJoq8kmOTsZjql4SfR13JMaz"
    "qcBN99teKJHfnvUgzS3hi6OlbORt4aBxINWawy9R4iB0PI/TrDkA10XX0ltNvEIHIwpFKU"
    "Kd6CSMMTBK15j2w1d/ZiJ+1ms3QgJhEyOGEq+XxKgFrOKX1LZIXJ5dnoP1Rg0C618+Ef15"
    "KyC9/ec2xLCxpGcYR1aJgb3coxHGfRae4x+OvgMm1zWhWw43x0Nv48vHjxrn+SqlATsuVt"
    "ZpO/1x1T57oD89+NOEaOV6NTu8qdv1iRGKIKbtoMVDkIqzoIA1Ky1MZqbIhhFR+ezAe3Um"
    "Q7F664UZUb7pYEH1RZmtJIFT7yFA5UWpYyUMWDp/Gg2pLEQytOVOPEP30Tr+7UB8O3J/JZ"
    "kIId0Al58mbw/fdNSaqptI8yWR/5SR9pTYHRDOZllhcRGh46lbz3/X+3lcy6h29+55NnEu"
    "3ux4MebmH5sdmFpb7uftDwHXLHHPIWGVPTyPZqv6TJhksqumxshKdxKU4cWhFuX/JxHT0s"
    "pjeXl8wdxL5ku1icTT5fXYxm5FD0ldS/uDwbXVzQo+HXOTq9Of+Ibzv6/RMGU0j6SBVn00"
    "m5GJeCEBdOdQwDuq5oq5gETAlR1YSo0AOuuea/BBsVZKCKB9V4oEKl8xmiQqUbCJU+h5Z5"
    "D51djxMqHZ3rlwmVxhynw82yJfiGgNX7+s4Fnu8gUqNOB+HVBoD5rCGtK0edOX1gO8D9am"
    "63cAHm/sn3b94C3cOSi+sBm5TaYxEHiRJ8DdxjjmyDCIBkvcsrcPdlTxUWmZ2obLbHswJ2"
    "iVJ4KaDubFj9u8QVAlKz110VwZOzCF6KkyW1txSqS8WZa9PdZC4v+Ays/7H1i6uU5cSiJ1"
    "Ayh+1VtAC9L6MNvc/Xht5nKznhxV+AwsHwDpK2/qbrRUaF3Aj/FlQxq5yuUrcmX9Utohwi"
    "qgJZW6leyR2rHLFPpntCHcoQv9huksZ20HLSEktJbmqPJKaSS9szl6ahB+TPmEsS5/ulTC"
    "YoBmkg1fwJZoi9tONChN+NpYcvqSwNytIgvNS1r3yAMjRIsq8rQ8OBDA1BFo8IlWOQDpK4"
    "fn2Y5EZl6TuD3/IiloPxnSBukQQ6+n2WED4zISORAHoxufwYDk/HkbTRuhNWnO8dZEq/OS"
    "mTGXySnxl8krGh7SXDDKUfqZaRQCqVSzqVKxWKCDdbnjWpKAQxgnTGqFGbVGnprqdBx7E5"
    "703+hpBEdaH04MF3BRJwX6G0zx6mCgzLtlBJYhu69gjLV7tLm2baZmxDifP9UrYhl0FKh9"
    "PQlk86AvaWTD/bARbUHQQXeMqtTRcEl9uxdpPsEFyRIrJ9sNLvITtk+55h83pZ1n51VRlR"
    "rsqIx7MhSbYi1r3bB++BGF2TIEVWDlmDFUdMydtjOqFXH6LmJFuzRSTVGKQTVD60nOpvLX"
    "PJEVM/WLaeQ/I9JEXxJcG0b7UoKm8yuTm9GIGr6ehsfD0O8o0iOZSepG6rqOrJdDS8yAmz"
    "vxNaPpKoTkztA5RUVSkN+dRXKQ0N6GKfdeTr1kxf9TiK2P5kv0gLCzx4Gzpa8/RV6ZyGe9"
    "3yIcmo1MHn4eXN8AJgNFZ/sPrkevpyydQhPchLyCpala7A9f1jVMbtn3b0K4e+lA79PetK"
    "6gt7QJfczc/Cj9/V2R0vLocXNBFBKwJ0UMaqv1clfvdXwrJsAtRBMjciygZEE5dkE8AOCr"
    "ItEVxl9yJ8pvvNjEibPNF1f7aM7CoitO6TZLGkSTpgu0BHC0Avjh+SnHT7wNLNBbHhAx0P"
    "XEPg+Ajc4n/wBnkL2DXvoMsTaWu//hO8B4eRBZScW0bOZcwVY8Qe0yVR9+CZKgvICegYOo"
    "6+y0tTCRApqsvVFaOOHev68/DiApPsy58pogULlRDZYpjOE+7DxWQ4+ylDNn+7qGgATCKV"
    "3KTkJr7chGWiM+LYs/l1TOKnCyUnYkUx2EiBKiYIX4iY64jIQuWb4F54P4ecSIoyABUcIV"
    "lwRG6jovzNsj7F+rikbdh6oTpyNuu/3+qOcPRJAtNQ8En7lgfl0lQuzeMJOOdwaSIzL/c4"
    "OeBRIWcRjS0t5WDYADwQJ6TpgQ3UkdvHP21gPyAXH+qDtf1ATpkuMOzN1sczltp4HtZUhA"
    "lOmQj4Llcoqv36SoZSMpQspFUyVKtlqFBBE42NTqCUHJXN71b9zBv2WMafLEPn/AjeFOyA"
    "KbG9hmh96Bhe0pqZP7MfL1kfYmWe5L3hbDYdn97MRgMQfWU16W+ikvQ3tCL9bBx0Ox6zVs"
    "efJ+ejiwGgH/gXDXEbBKFuacGw1ItTe2Kz41tC3VzD8XL0gehYs+MlPruu+irF4Ids/zAc"
    "X/whyAEGGgD6MUefJjdT8pN91vKa1N4Z/Hk25phcXowvR6SRLvnEvz98CA6wL6SX+2xMV7"
    "zgixzcokF1GiZfYBAou7ilcXIscp1q9eruXA9ySv2e2rYFdZSTzBaBUhy5w6imWBEdOSzV"
    "TyeTiwTVT8dpGezm8+kIvxGpjsfKdvt8bbcqBqHLXOfEJNCnl8diP/XzTPXkTP8xG73jlz"
    "XOTxAES3z7wDBOq4kOgOkRSzmZxsDSdySs8gUJCSVhlmQr74dxly9joZhb3cEP6+GjWRN9"
    "Y3ep2VCvspTIuUNEb/7DvhOO3txjOlTU4NB9h9undwVNDEU1L04TxJvTi/H1J9oHMfw6Rx"
    "+w0kwOsU859C3d1ewlX9rgvxoRoEjIaKGAUZTLj4WETGQyoYeQhhqDKOW0duU0N+o5nyH5"
    "Qc+KIU9nCBWfhPixR8jBjk5ZqIPEIMP2EUe5LJFSFCE7Uynz8PKQU025TyKVci+Lcl/GpE"
    "Mi2Nx1JbanoKqqpzw2HKnCLscLiDzT212Q/ZFjykmc7xcZdMxgpEa22rIxlwj4W8vWF3BB"
    "d2iSMhJcx4QuwCS2rXt8zrOD/FoXvNDBnelt9O1L8GB6a2qd8dFG9ww824FjP/Cycxu7jT"
    "LsSL2B5ht2VDxhs/GE+A2pIi8mYCr5ubK82EaJvXNMiPYLEUU2AZJDl+2UaYHt6rx3AulO"
    "Tob7HpOOQ9h5LIm2Ze9D0dQO6BgRHdP8dHw5nP7BjxU95dD99I/ZaJit+EoFMMEiTilYB7"
    "dfVZFU2QsS41qZvnfNqrn3eI0hglP9Iu0xqAZfOlfP1YnCpvsLk3TBA/tsP/Bi4VqArPyk"
    "T8PmJQjiY/FofJKocS7ZXX2Lm6JX12WVXii1jKb0wmPphSpb50jZOotE7nRZbSSJOrw6ch"
    "wZWKV5PLM0D9p4zjX/xVn6i7beBEwFe1W1k7C2fyQJo6LOwr2AcnnJ5vJS7UmUMUA26nfL"
    "GKDyQbrM9bx8kERIrmOszftKbE9BW7N/9q6hB2xirgn/AnwVG1g2WkEnbqdxgKc7K4gfN2"
    "P66eaGK5dt8JoIyvn2wetAjn7URkglboG8oUAwJEY82nGI2fiCi7H0HnJFYsejHYgW+o6f"
    "GlT1Qo8bA7+kumEmZNk/lalQSlNhUdfTIi7U0PhUug31OEGxwgr7k3R1RXQqJaicnyo5P0"
    "8xbzRg2WgRMZWkJS5pIX3rru0ib2w0pJzEFYwu7Z5dOva/IAqiaaOYWz0UlvbhtX3yCf5v"
    "ONJcvCT+VTwybLvO89LWfHXlrJV672mrBNZVfrTJWd6Y+/YgrnLlsT1uzSqlXxx+TVHxuc"
    "eJz1UOOeWQk4H67XTNSB6dO/bgZui6tmHqee010kP6RXqhAw3NxABN3yMELPKkmDAgePDq"
    "f4FNdC56NaLXbYBhv9r6jrHWXUj6Yzim52Fd727H+qVCkpWyIOre7T10XHzRW76xvoF7lL"
    "HjBwAynBIIqxjKfi+n9hhjVXkWxEBKyKss5IWvRob0+VN/j+gS3evrMxGtcGJ0zeAUdTnU"
    "3epmpWTaJK5LpD20q8/fbm2HQ/0Plq3nKeN7TIrySwJqIe2LXE6Tm9OLEbiajs7G1+PAGB"
    "JJv/QkObQvGz0dDS8ydenQkpTFMDhWjwI6J2GK1GVIbZlLsckcAhR588griar1mbqa8I4A"
    "sebI9cClRvQfU7SCigxmACjtg2O471ywgIa+I5FKax1fAGyhAxbmBiKX5jX+e967c3S0mJ"
    "NnnfeuP42vR+PzCfn5/ev3+C97/fr1Xy95brj6b/AET1xIJUGVKgFTmpXSrFrJipigZNgO"
    "FKqcuUfIUW2kU5UzVRB+/vvRTktvXhC+JOLHFBrXFj/yJzz1qMDhWmKRPsh7BRHe/TGM9D"
    "c2jTUgOA+uSHW9pWlZUXdj/Nw7apV1+7RbArW3+hYehh/JMjmR+Q3dQrVOVq2TZSFtwuH4"
    "roy/8V2+u/FdxtvomZ4lRNsI0EF/biOROvulSEjwSqDkEL46VeqNH78jUfDOScNFymuzf9"
    "P9U2RuRwA5pnWndAqICHl4do6iXoox1AGbKYb7aGt7KSoFLn+RUQpcEykc5gqNuRE6wZl+"
    "YcIGHqOZZWNxQhMuIDC4ACYiuas6XjddE0HXJRms4IXtYJ1qQYJpgL8FFp6gzsufAZuF1N"
    "YbXIQoWxjQz7UU13ubOWJ6oOlihVD3MPgr0fHIue9ITXfCCgC/YQJYO5Ye7uP3xAF4Fhu+"
    "45A8EU/f5pZx/5I0DeOrskAelRUih8kzX5U8jCegDQv0USzQ5E3hbpU5+Qo6L3T4eSWHYi"
    "TUv4qoKhGgSxO1vnAd2wxKyQqE6kSYLpH00G0H8Aau+bzsjSLVJIZSfd4FdBOiZAtvczGQ"
    "muiVJ7rK4Kgy9yVXA6VK2WDa3tSnf3SOLkjP9kvog1pkj3tcKfxkP1BFDfOYaGpmqEvBxW"
    "swW0OA4AN0PYCvYd4HaRbMscZpvPWEa83RHN2y0e4X889bwDZosLJJmy7i1Hth/p83L195"
    "a6LRudDw6TWIKslqAVAR6WdywAVbHd+FYGitAKzkzRGp1kTqhgJSXAO+BlhJNV0XUt0SGD"
    "oCd5Dpo1gZJR3A8OPfEhUTb1QaueZtn5YSiI4ZeOrdzlHwlPgRyO1czDVA3gHw4nv6JLQy"
    "GYG88rdPDnlSauYx1UzKaUbGDBfyfWtJVAcdbD+clPCv/XCS614jp9KFs+kiIOR+2EPkcE"
    "B0yq8WXwYFlNY0rDO9gGvTW+N7iaDxKoXsDG0PXd2MSiKC+usepDxr5bVXVXBAFRyQgfrt"
    "9GLKXnAA3eMX/4wE6fFqDezP9gtbStNxGon1E896YWBAwAOmyVEnIJbKlqaD9T6f4LHKhb"
    "CqSG5YmOFS6WJKtZN612+DB/HZMENFAmclgfdlBIH0/hKTA94rMUCJAUfORllCx9EtnhAQ"
    "nSsUAZxgVNn9HwVbNSnjszJdkjK7oPZboAN2Lbqfk0XjZ7x9s8iiANIH8B46HDmgpouWqR"
    "8UXi7YRfb30/AfqCoJySkvpJgm4IxNApVDtrLUELxtwhxI4pTQ1kqh7dgzvmGxbYtJBLUt"
    "XizMb0K+phSuErEl64GYpHXRxA1J/WMupX/Mepriuy1XRM5bx1PAZx3OGKOGuKaRAXdQ2W"
    "iJcpEbIhNnNrV/abazqCD+ZLGqiW7VHThOS/G3LotuTfu/Z/PWSabTT2mMRa9Asw9G9Mvo"
    "91osZONxNf83kvBDFW3d8XZgZXs0GIsccT382CwELLx2IovoRXi0z4b22TVeZtOWmrhJOm"
    "lpS6LT9PB6xKVADhOLQVCKGD8NLMhRisjHlk96HTrfyO0yCUupnKaNjbAUpYwKMhsVItaK"
    "GhUioDIqVN5To9eprMa1f/86qNeWCex7kx/Y9yYT2McWKQHyRoAOkvenEtT9KZe4P6VpK4"
    "8L89hUPk4iFN1auUJ4DuFDwLO2HBhYUBSubLEHqewxgfi7tiRJdivAdOXYD7yVoYjqe4yi"
    "elX3hL/FdBPdDRMwZZpSyZLKJiW5TSonXTJxvl/OHiWWMRnFqQDdgU/MmKx4rXjG5C3Y6N"
    "u9ZenFdPRxfD0bTUfnffBhPL2eaZPp+Wj6klbT0QMLFx71YTSdjqZ9ML78dTwbjV4Cz8YX"
    "/fc82PlJzXbUB/NgS4p+soWS/PTgZktq99BgGGA7jFO3P4NbKuFaOw2La7fAMjckAdNbwz"
    "mK/blRNE08VZRa3YhVLaoXRC8FXhALWRiYEx+vo92Dvnv5M35y5vzU6O1uyaB9hVgGpKma"
    "xKQX3Xmj71ghe/w4P75amCvTA9STCtjFWHl7fadCfOXfg1T25tGzN9lKoVWjNxfcvTAGlT"
    "Pb+aKdsd0vy5R8c1wS1Rn1r75KT7H9XYCuadjhCPtDSwirEmFVIuxxN0WVCKsyYBLjWpkB"
    "c+XYG/tM32x1c8Wt6psc0C+yTWzJUCwLsLGlM2JDANF06SWobu4OaIQJ09z3ajupvoss2/"
    "jq9gHR0B/wbMQqMzETMJ2dlybbwB2UYt1SxZp+Cuxj4Xi1g5Xbwb7iP41P3xHyN5TGY/xM"
    "etCONUHrECszrXvX+C8fnQ8A+5yjm8vx/7sZDQD7TK8+RwitCLxC4YImJLRloTLzouK8r7"
    "+F0RY6YRtUYVWPAz2cuvem2bW+NnUPLxiO51YQixPADkrFLZGCS6VqQLSowuIYTDFYagY7"
    "mAmOcPxUDKUCqJTdRkqpV9lt8qmv7DaN2W1y6pftT/ZL2GtEqpexqAmSVxTaVH4Gt74LF7"
    "fEjkIqS+OVGmsPBOH2AaKZQrS69S15CfFI95Zroanrusou01K7TMh38SDIJLAp3amrHJGl"
    "RoZEhc3qD3cI1ygBu0Ac0qVEl9pMAmR3EKBnOFzFKKjwZyW7Hl92nUbyXK4EGxtSQo6NCY"
    "hlpdmgYydBwg0JzGVyKHH1kWz6mHdw7xTML8Nb4TplKu6l5Jt9BqRKjFeSrPwr6NFE2QrZ"
    "VAvVee7pmcUqsftZZhIq8mclYiVLd8iRJYnwfIY5vrKd3bluUrUkIzonBxQKzvge1s4zDV"
    "czApC2iFCPyc/5jOdWggr6aEc3CgVYZZmVYw3Ll2dVw/QKdUL2szxDugL5P4Hq0jZcm7HK"
    "Ihm2YqtBBOkSQQ8s1/zT15Fn8qphFVE+jlLEr0x8fUNcoJoBhevhpJGKCZWZ4MClj//eRR"
    "U2ZLGKEZUZgWClVyEBU+QXIr8sqg81UuQrPrHT/ZJqDzN7NK30hPH0URVc22FdA5UKJM8k"
    "7ysVqE4VKDXnS6pAKVSX1ukacyGi5SND2KLSv3FUB+N668/qMV3X50arF627EaZLc/fQVn"
    "RLx+ukqAtjD1Kkr0x6flRVEd0PH1jVOaLDb9ucvJgCusdAivSVSb8wXaOqdSWLVYxoo145"
    "usf8y1UrY2f75bRKSBCNK5VhYQJjrSMELaVKyjOv+0qVrFOVVCU7IiXn/dsSSs77t7lKDj"
    "mVkrWD5UOAvjGIInEJEtP9QFC22GOUTNFGmWLswc1nVh2TJ1TET5eUKkwM0TYxTDNiBb2N"
    "Cs6RaUorcaJWcSKc4Rmy5U/ZPaJLq7EKymnjWqCCcqQgvgrKkYAJKihHEkaooJznquh8po"
    "lbBapOckC/nLITpIM1r+6k0mmVwiPD1O4rhadOhUelZB51b7SdBXQEN8Y9RhFeiehtZoIS"
    "0SVhhBLRn7eI7uZGOCTOCwnobvP5wntfo2v7jgE1GsiqpHV5ZrmS1uvNHVYO+aRD/qRMYP"
    "dJfmD3SSawO7GSCNA5jesgseuPokfwIdwtRCWPBFDJHm2UPa5oX+5c0SN+uqTkwTp9Ny54"
    "JHv60s5ESuaQZnYrmaNWmUN1G+duhm/LbIZv8zfDtwLd0fgkbkNHNGnEOojw/UUDUWIgJW"
    "E80dRaxciqCP8kwi8d+18Q4b/G8nQx8qeRigltlK+ntmX522tPp12gMvJ1/HRJ+dqhkJI1"
    "tD840F0j6LqkeYuNIGDoASANWvCEwrwCD47peRCBO7jEejO4fcAP42x05+stMF1gkqLY2a"
    "LadV74CT1h2F1Fduw9onN9MeoSh/JF94iDfAE+v3pqAlhD8dSAyLIsawV0b0Xt1JRDkLzb"
    "lYrkprGK0zJzeqs7nkkbMmgOvPNNS1BA5OM708Dl+Qgp17oF822AsbMlRRSXIBq3ACYr5s"
    "R8LGbo/qTHWQkxWgVDGQilmflFUoYyEAobCFXNqQN5y5T3t3EzYWL5Tq3BRX2oE7gDdqI+"
    "ziJQZyPq2BYpRvIUUhG9PNFV1PGRLLIqGVYlwz434qtIewmYoCLtJWGEirR/roauIXRMY9"
    "3jGLmCM/1CA9d+TK0WradYpZ6LSeqJtVDyjU33WKIOOhiXVehjkC4q9O/eldHo373LV+nJ"
    "uZQAshVy0gbDO0jdN9+XsZfgUbnUpefSCjzyIC+852/Xk8s8zT2CpA2npuGB/wDLdNu4pR"
    "UQlxAjobyHNH3xefh7mtxnF5PTtM+NXOD02JvZX/8fHYPyWg=="
)
