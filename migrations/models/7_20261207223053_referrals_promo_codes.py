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
    "key" VARCHAR(200) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_promo_redem_campaig_2546cb" ON "promo_redemptions" ("campaign_id", "member_id");
COMMENT ON TABLE "promo_redemptions" IS 'A member redeemed a code and got the coupon it unlocks; one per request key.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "invite_codes";
        DROP TABLE IF EXISTS "promo_codes";
        DROP TABLE IF EXISTS "referral_rules";
        DROP TABLE IF EXISTS "referrals";
        DROP TABLE IF EXISTS "referral_rewards";
        DROP TABLE IF EXISTS "promo_redemptions";
        DROP TABLE IF EXISTS "promo_campaigns";"""


MODELS_STATE = (
    "eJztfXt3m0i271eppX86WVfJ6biTdB/1uWct2VYSTduWr2z3Y6JeuIxKEmNUaHjY0cz0d7"
    "/1AMSjwIBBKnCt1R1JUD/AexdV+73/3Vtbc2Q6b/9m3fUG4N89DNeIfIke7oMe3Gx2B+kB"
    "F96ZbNw/rDt2AN45rg11lxxbQNNB5NAcObptbFzDwnTkBCPgYcMF1gLcQf1+aVsenoNHy7"
    "4HkHwxXAc8GI5BLgwcF7roLb3u3NLJhQ28rH4JgvinhzTXWiJ3hWxyoa9/ksMGnqNvyKE/"
    "v/boaI/9IbaHNbhwybg/6ajNvbYwkDmPEceY05HsuOZuN+zYsbEcY/cTG0uf+07TLdNb49"
    "34zdZdWTgEGNilR5cII5s8Kr2Da3uUcNgzTZ++AS3537Abwh8+gpmjBfRMSn6K5g+wO9bT"
    "tIvJtXY1uta0Xoo1ASJCav+QbmHKVvKoDiPAkj7Cm/8+Ovrhhx+Pvv/h408f3v/444efvv"
    "+JjGXPmz7141/8YXbU4pdiNBt/Hl9c0weyyNzhE4oe+IthoAs5ivFoR332maL/yQraYuoH"
    "4xP0J39Ykv4BtfMYEBzYcWA33/fBgjX8ppkIL90V+fnu++9zyPvrcHryZTh9RUa9jhP5wj"
    "91xM9Reu/oe4+2ZcjrD69EXX/ySjK7Y6Q9KkTaoxzSHqVJC+2lk6bt364mF2LaBuMTxJ0b"
    "ugv+A0zDSS0hdU3h3v8sPKxTEoI7zzBdAztv6W3/t9cQ9XOITelDr7x2nH+aURq/Oh/+ni"
    "T/ydnkmJHMctylza7CLnCcYMVuxU9P9BH21owhY/KIEOsoxZgden+rSu9ydHE6vvhckgMB"
    "bAD8LzM8vbm4YEf8LzN8OrkYDQD9d4Y/Dcdno9MB4J/JTbjYslRoVcpZlFIvjuui9cYV8C"
    "tz041Cnt5662LS981uvUfv3v/4/qcfPr4Pd9zwSN5GG2yqEfmO8KsCUZOw/RH2Q0sIu7Et"
    "uuyUIWoUomZqaqYSysClQOK7Rt+yZukOssfl+QA74/Xo9+v8nXG99c+cTS4+B8OT22Wc4G"
    "Qq0ucvIabsEM8SVJLS4IFF7X1LJMi2LbvMNA8Btcje8lK7mVke6vkpip8SornGGmVM9igw"
    "Od995NvgSxs1TBvB+QSbW3+O5DFmfD66uh6eX8a4czq8HtEzRzHOBEdffUy8H+FFwG/j6y"
    "+A/gR/J4Jo8pUJx13/vUefCXqupWHrUYPziKYYHA2oFuO5iaCDNA+7hlmW6wloDXxv0fsn"
    "EZsDmuTyWSdTmNCdSKpl2RxHqrdbFrYXebu9zbwi1+NIxXVZuC542f2nj9lx7GpcjyPVii"
    "4Pk9Pv9sLAhrOqxOYEVPFZNj5TN9viPuLqoQeoe+8R2nMtdcY6srLGpk+tj9bJIxDDJWMS"
    "pSZ9zp2r88pFm57YC8pO9Z/whGoOGVXQHToE+grp9xuLsHEAIKBQ6teEgFwIuCvoghV0wB"
    "1CGMwtTK7gWOSkjd4QBQRQjXuNHGCQmUCWdgq00Zxca5n2mjZ6J4Fz9SsjBfd50ntxR2rE"
    "3ar8qlL6VXdcK86BHWZ/hsuOMCIqwvC1pajHNRivHNrFHNq+w6K876hr87o2mzzdJiqIYh"
    "GYUrJkkcuyVGtJxLLxnLyJlouwvp0i3bLjEkPmoFxRzdgN12w2vqDQdr1CYGHYjgssz9Wt"
    "NeJy1D3aojkRi8g0dFzuRgePhrtiUhR1jfSBZfv+dH6CRqox831aXGvoHkJBzdGtDXvVyA"
    "d50+hf2ecRPUpmk0hUyJbZQgYWlh0CQAeFh5+KyA4/ZYsOP6Ukh9hrUZTEMVAHyfzxfQEy"
    "f3yfSWZ66mARh3KTthHxd0Huj+yN7S+yRamcgHWQ2vVPZH/HLrVa7CAdJHH9kYAqOkWq6J"
    "RssmdFpyiql6C68mRnLzRK3W5A3T41bHd7CW3X8PmR0rUTI/p5ija5i7l1Dd3R5hRV1DOy"
    "Ca7OVV/bMk1vA1yLaLo0GWE+ALdzuL0FhgOILgvId6b8QrC2sLv6zvH1Z3Jc5A2p+epCxZ"
    "pflN0cKmW6Jcr0jmlFhbcdooOy2/sistv7bNntfUp2o++CcBvLMBdDkZ4X27taSOQcotK9"
    "J5WnYd9X2v9jQLX9q+2/0PZ/YuGFsSQLHmYrcmrzj53P3fp1NlLT2dASKeJkohg0BoHH5N"
    "GN1yZT1Pat4PyqHrevka37sc9t3Q6GG2dluTSMYWGR0TQdnEVpi7PIG7lLkURz6+4fSHf5"
    "m0j5yH/yfZz8q3LO5RQNEmwrbNyJw5SQUEBIiL0SJQktnPRdIHP9pkqoZ/s1ns5/3qFlJn"
    "bvdPRpzBKb2ecM31zS/X0A+OcMT8lePyW/+WdypziMgZOQVmRoy577IUBmVsjkEOGbdxlb"
    "5g6hjJnVjZkZ6XY55S+y0uwU1ZUJWemQkuqQ4znCruFue+JALX6un6c7rtH6DtlEmmODja"
    "Lq4xA8wi035OrWEhsOokZbdq2fAYL6Cry6JzOtD+hDORuok2s8QNNDr4k+Z1p46VCwRdRD"
    "03hAPlJkQW7qNkJTMr0WPRlejf5g11N25XYojwEHqwjaAVZm2a53+YWVD2IfM/zbiGxZ19"
    "rkcnQxPh2A2M/w7M3FeBI97f+e4dPRr+OTkUZPhV9n+GQ4PSWPMAD+lxke/X49ml4MzwYg"
    "+FZFfD8qVuQrp8ZXUriMvaZFRfgYqAMlS5pWXvnyV4LAIUDm96iqjnT0UxEd6einbB2Jnl"
    "NS48uUGuO1lnzBq5y4EIN1KWFmD4JDSmhPciPNik+WjYwl/gVtU7JDgvi+1H0eXqhlbPgr"
    "mGnB0d08tuFjKOjGJyD5+8lfjVy+JQyvToano95fh9GFfMoLNKEdT57SgwprPxsy1sJE7/"
    "AoDM0B0Z8cZG5pPi+NZDHIEcsj13YAJP+BO1ZJeeEgFxgYuHBJj6zhxhFGzdR68SKuMp3q"
    "ieToV7LgLg3HpXelu4rykcmp5rSwourw5Hr866ikFOyjBoB/zvD5aPqZFkzln0Q1mQ6v6G"
    "/+KYdXYY1sskBp5HZWhe09ia20x0tmhz1Mrvdei5fLRvHmXTuEIHORyFRsDdqh97gG3Vz8"
    "cjH57aLsIuTDBsD/Qpah4RlZlOi/M/xpxH/xTzmWoDvDdlclQwCjmGfGAUr2MpQLA6QSUL"
    "ksxB2ie0vHhyJz80P23PyQmpu675MoSt1gvKJtAdqS2yHsas5aIBweW5aJIM6gchyZIPYd"
    "gTa1KodH9vvmH08mZzFT0fE4Wcr25vx4RBZeRn8yyHAzBI2AdhvPWVUkewBVdC9D9xXEGA"
    "nqyxYTQSJwmU3VvfPxxVi7nE4+T4fnROiI/Jrh4eUlUY4uL2f4cnI1AOQf6vY5pr6e4xke"
    "n19OptcDwD/JmOH0+mI0JeP4FzncOI7l2TrSHFcYKZRTXyGBUxvE0xtESDO4WFSitY9TtC"
    "5Max2uN9BYlpIoBVBF8cIUt9EC2XYF54oYrywwVS0wwaqhE1pVWW0CXPfmfiMWmbjtPkXv"
    "J3otJMEddCe3xH0c0CTXf7yxrYVhIq16KXbxFRTbpWY7obtTidsxoKrMLTOPXeseYe0B2Y"
    "7QEJkpvqRwqsOZMOwjOz4h6t+OBkQnREgf++mXKTKzys8JorDbuWymIkL+aj6K48zA973M"
    "SA52tl8gqt0kA4uWG320/PBwBzi0PLuFWayFQx4APCJ4D/wZsQWvIHCI6MriMh4MHb0eAH"
    "ojRMPQEXn7AHfiCsqNNnMPYSh7PEyHHtdih4JgZxXdXmYdOnDYh8wxg13lRiRbOv0WFeeB"
    "AKw4UZUT2VkeYuK3IbOjoiGhfnO8CvhXAf8q4L/fpTRRLjafU5ExW6rmp4uI1Uz2LFFniP"
    "w/PuUS64AJvARm2XdEuOUXBIRktLK+ZT4glrDJhGLPfjAeRFX767nk02HRSgiWUggOuFje"
    "uxMHKvGrqvgVvGulOZAA1sOBF/NKRB090CkbohggOiikHRVyph3lONOO0s403lqiXHmgKK"
    "aDdG7EaUkLAJqG7grsrNnVamKgZ1WsqRZI/j8LD7OyXICWMXYN7Lylt/3fXkN8UIVs5Hkl"
    "lIbSgIZySaYJ+hXZxsLQYVY59PSgItrKhqKoVyyEFc7yJMA3dJoCnVwd0EBdqkpAwC4ZVq"
    "IBj5DMDXrmjszJnwnK3LKOYF/Ohye0tPk92riiPM+6L18k05Ndmw6OvKgs8TNmmoyeVGqQ"
    "lGqQzL6AFxDaFr5HRWXDENBBwbB+IzRdEbUVFOVT5GQKRUEdJHMDlWl5812B7P1Uv16R5P"
    "1C40uU4PxcHUYmQblYFN63jUEuVyUML4ZUbJaazfRP89bVXuc4VAVcysZnSRTfYxviuFoV"
    "O9HPU3Dv6JBiymw2W2v2g70U7e+ZEkO2XkeF2LJCb33y7mFJ23B62F4Lwsi2LzfkMpFkGT"
    "0hjFhatrAQdngudzHV+agSFbAxtdpZCxZa4KO35H1BSGTryx+sFmG1CMtCWrUIt24Rjhkm"
    "oU0LipRaFmKYDqU77yttqMmdbeyitWhXY8dzdzSDjCi8mTmI8xJc/XLDO/BRF9PGNnREi4"
    "rqZH4Ia5UWxqktTm1xspC2Yau62uKa3eIC+bncJpdANbTNtW+JiFSNpPakckSNQhRF015i"
    "ug9qbBNMEzXPTZ8AKkd99WBllzzVneeKErlz2uHFUCrCMGbJryPCkJDTgaZgm8wtlxhB7b"
    "FSYrACtbZQYvUaMZ2vDdPScE6BWysszSCB0nrFajIKtNaroFhjttrK6jkWb8Sx2jqGDk3a"
    "V97CpoERYBfog3tCFkzDJgmr0ZI3mHfAHY+dpNqMsPXGMy+ntFyl5cpCWmXIbbWWq+rQqz"
    "r0baWtEjiVwLlXgXOILbxdW55zTNjKyZ+SPVNjcsVQGIzW7vjwoiIpBiHUL971Xw+GYxAp"
    "kjZuC8VI3p+aJ/xktr9+3rWeIYzu/nqRWJq9SCZxnZOj6vIWtDOxp6tpVhEbuOXhKvtWFK"
    "d2LVl2LcmzXkcPiFXVTG1V/ETu/oQeAudAsSI8d2gFHwzLswFD9sl+Mvc2Jk2JRXNqx2AV"
    "clhXtu8cPobsMeLqO8+4VpEc1XjtSl33bDuSqBrokbETKklVyiRVxvqSIkQUo8QHFWxwSO"
    "JG15iSAkEC2kGZoCUyQKFMr4MJ3bIZhg7joz+ktilZBErDK9rGpkWqxHXts8Mh4igVDhFb"
    "1uoIh7CRjoyHio17YtAObjRK+WxM+TxFCwMbWQWXkkP6TyqklPn+6MIu/IQ2CehDANZpEE"
    "DTtB77PK6c6ZT6Cq0hzaPiUebBqiRy5dd1WeXSl8ulf1iFp9O6ZPSxUhS+Rt8yZm4Ctj/N"
    "sneA7f969Pt1/vYfbjBnk4vPwfCkTJAllWl8LaomnEXASkarXUYj2xiRswQKYl7E6g6kAl"
    "bzA1YlEYt4MfwrF/pLrrBWPj+dKw75pgEnHPmkJHSJ7Dd+yceNZ+sr6DB5xSXvrKHzMo+B"
    "bd2y52TUP6y7n4ks8wi3DrARfenmLBVvYVtrPkQgGDV2l2fISfuxvrREcDqwyX5h2I6rMb"
    "5WUEbTaFX5SGa7pwmfwewUWPFaZl5zTumWhwWczu1dFgd2purjnq3cruVCU3M2CM+rpAQK"
    "4YoXVTtoEGVljioxIo1VXKjGhTAlm83qMjpvGqkU3toVXhXFnf2+tNMlIXkU94QKGj2B1s"
    "1P9PP0ba6JFvU5bKAx58prH/A5BTZE131F9GGMEWE4+uYiG0OTPCJVMl8LkwUrXUTYrtmH"
    "0PMBiPAn1Zf5a9CXfKsFPU3DA5RkzgbqKHbU7+9MA+fo46pguUPvfjm5irs5UDgnaQfpYD"
    "xX/W0Fou9WCTInYB0kdf2+JIkjqrq6tEQX8sQuUXSmp4Ddy3asf1URb8GlSR5Dd8CJ2vQK"
    "k5BxqpD8ea3LpZ7mjXQuZ7UwtLJFFeKo7pG6/vxp6pDzBGYpSuMRUSYYncfkkSDmy0WC3g"
    "F6j6vI5XB8WnIlYZgBoP/O8OVwej0enp39oU1Hn24uTkfsTPLYDO/OBt+SmtlhNgFunq1s"
    "11Wl3pRRtxtc0C1vQ+jmOUgk+ufFyiSQewyYCY+0KmImXvbbqGKojcA6aKVtr1U27b1Vne"
    "Wy17l2GuNryA+IBHIYWJTSc+zDPv0yRSbMiNCNGtnPDNzGKfBXMOmDo7upkJQPnkmlKbtI"
    "l0jUuEeHzaksr04w4Z7w7GjhBK+319lXfnl6YXoHkdNFuUukdJcE7EqxIJP+EUSXtKzaqp"
    "XThiHlyr9HEN2x1ddLz7LGshhIeZoK2IFlbgfR6vVAzn4QrSbpPz3IPA/lBIcoqks7154t"
    "U+Svd7XKLTlEaMWMysyAaxpPXoURSaRiwvMt5tXWJSFc2c2V96K9XLjzHGpocLQ5FLwM1N"
    "CaIfgkcHlm1no4UYNm1Dv2nxqQpw66E9MGO4Nd/ud3DvCdBLSfIz0c/KmA/kHgXxZOd9Io"
    "bY6nttZk7TVm9ilrY4mi1MZQ6jVI2Z0TvEgz4pNlI2OJf0HbVEBCjom5hUzIsp2SwzZ8DE"
    "2DsdlH/nryNyPusDsZXp0MT8kUP0xgvW+0Fthgd+bsbANsxG5eJLaeD6fLiWOt6SpC6+3Q"
    "nxALouV5kjnRGgMcj5UXxdvXd+FsQ7DPPA5R1mCpFqh+jjV4x7AUE/IapkRAytZWwNamtD"
    "YJZNQMX292tmQIkCNJkt6vM0mSoepVpXJjDNrByIyWRGKoABwVgJNbNENpoUoLPTwT2q6F"
    "DnVeQ0aghgan+nl6qInmS1priI8t0fuEJxV+54A7aNKpQXVGixyHjoNc8AqCjUWoCeg06Y"
    "NHolSSoxvCCt3YQDM8cmdhzxEkgtd+hxme4Vv4AA02EW+ZDnu7sK1/IUx+2OSqQIf6CgUW"
    "OyJS2wZyfga3D8g2FttbWsL2ATn05Bqgf3rQzNZ6YwmX7HEFWeeR40r3lU73lbljWEd3qZ"
    "hOzF6OFOlz2hYEgA6aHN4XSax6n51Y9T6VWBUuhCXtDVGY8oZVm9p80ylH+B1GUb3igkLL"
    "02sYLWGVgsMpsMqjKpFH1cLM2+HJ9fjXUUl7mo8aAP45w2eTk19oVi3/nOGTs8kV/c0/iz"
    "l4ExnoRbaCd9lbwbt0y25lgnmBJhhVhq5rXBfYW2UqQzckW6gOs5riRM72i1grwuEFDRZf"
    "rEew9vQVc2wD03Kpe5uq+FvgWtY9eEUIbdC9/TX1gC/hAwL0zwavgj1fYKKo6Zo1t8JRFo"
    "J9WQgYq0sbCKIo1VG8srfWEnfAzaP8DqPo/rwA85JGg/X+i5x3gvCS7NwjumKJNm1+osh+"
    "7RvTi+3VQwzIBRGev7GIEAbW1gNakwsMWB85tFgg3QUWGRPYopgpnxtI+uz742oriHSr66"
    "pCg7/vPvHXF2OO1hvLRVjfavdoK7L9x8ZHFKk/aVFZGy20cJ9QDgI5t/84C0sshzGcWhIr"
    "70XZZTiftik9qxLnnsjfO5mOTsfXA8A/Z/h0dEx/so8ZHv1+OZ6OBoB/zvCn6Wj0d/Kbf8"
    "7wzUVwJPg2wyeTi6ub85H2aTr5++iCXDn2m9aB+3U0vRrRMnDsywwPT/92c0Vuyj+rWKzq"
    "rwrXXSGkNxJsRK8cY4nRPK2ByvQy8p2ShkW4gj6LT7s2dkhpHRwR5vBnbgdnnJVlu+SPF9"
    "RAz2NLDCYvT35bQReQDdWcA2y54A4BF94T1lDRV2q2JGVE4UaWJceloDLvYxWd3kffF9s4"
    "8naO1NYRk6xLvQ9JZIcKMex7QbI8u1w17x2icxW83xWa5e9yZvk70SyHjqjbdF7SToDoHI"
    "UbWUdoc2joWoLA2WwaRzGdo3Ij81i5prOp304nZQ3lOZs0dZ5ZwkBqerhfwMxpWkUDqIeA"
    "zNC54YJHw12BRyrE2mhNuOtQb6Lh9skxIsWSAejbxiC0ZQdsRI/o5OF4o2hulrQAyyQmp0"
    "T5vY3d52m/ZdLM6d8iNHNGfysjpzJySr7iKofbSyI8Xybpc5WifQymyF+Z/AjauJLkFwN2"
    "UPBriaAniEZLByFGBICyXI4ha2CzZJaZLnG5Hfaevdk1G9GUqWROHkHbQFtUbzCb1CngHi"
    "0TGxO6C8tet9hCIW8M4EuQEdgmULYhUgSlknhKJPHo0CaTdoNsWm0oTfOcmuAJnLzOxKsV"
    "TQSnD2ygObAeaKkz3zKSjijLfRNqq23NqVddUBLhWyMu9UaM9EFKfsAYulc9vzpmK+QoSe"
    "yiI6JUcTKng0D9U/08+ygr1KAhPrSgifS3laGvgO2ZiFZemHs64fyKplxAvOWVHxxApAfw"
    "yMb5pQrRA1lkaLqFjXRErpW2iNZ3WWEgaER0ZX8znXNB+UNyz7AFNPsRRHfGbKbxCgLJi8"
    "RK4iqrqZxWU5lrR3SVG5Gujcl3pqCgksJ1STSvTSBR2vwe4jf8zaH43I0gOhSYVNukjW29"
    "hWNioqAOTt36A7O5+FRu09thurTcqgYLMjAjh66C3ggq2ih7Vqtoo+a06qnH/ugszZqd7h"
    "fWrjW6bRVUsS+5uksL+zs0NbIPLHYOmuYWsDRJqglDoK8gxojMC8e1bHKdoM0f1YhZc7q0"
    "ml3vpWuukfBS1OBnyk/ZCq70Klb7iL0jLvssIacG4zsoojaiXXVXSg1WXR4DwxbfW/IP7w"
    "9xyxbioobzA5lugoctyZ0oTGYGSa5G+JtxmcUnAqm0/shmeGhYQ2ZSTun21XFU9+j8oQid"
    "P2TT+UM6c0S1r1btq1tC0o1tWLawTWz2hheBSBtOcThrr8WD2sRL7NPFQaL4PYbDfTqbTK"
    "a9khIfAw0A+5jhL8OzT9rN5QD4X2b4ZDQ+GwD6b0G5r+Fqs1RU4600dLgpL+XFoB1aTA4g"
    "Z8/hthoPIkDFgcp5Pd7cQFjkSM3uOBfFPKvp3J6ityas0BoLanB4n2PDAcEfAchlDGywJn"
    "ZUXwV3WxbkRc2Xzw/uaqQr3Z03X4qaUuS9MDuMxO9K75z85UHwU8AEsDRouxvCN2iaUlsN"
    "OI01zxHGAj/JnBAorSQV2HVC1qygw9iDpeYLEa9st0rQagzYmmjVF5ncg/C8Uv7WDqb4Kz"
    "N/oV6lXYp+gDYpgcunVQkWsniiaXzzMW2Ul+mMjo/oF/BHU4TGuu+V8Umze0QDsSG4Qyv4"
    "YFie7cdhs7J7bwzcBzZ6MNBjHzg0ceM1L3IBwRwaRPA0jbWoIkYD11feaeWdlt6VVJt1jb"
    "/XZZ3UcVRTVrW9zuKYpezj+wKWso/vMy1l9NRLcVNLbpphy7vGlvdy1E8A98eCd52ivxI5"
    "X4LIeYmYj+WEemAIF7IaQ4mGFRA+Nxym6RFc4bxD6LI20zaixRF4LydeBg34lw2Kqr2yqC"
    "GThtnwsYImUc++mjDLMPjz/MRCNlyUTajyA6XMD4yzr4z3JYpTW3zlLWb3xpSifwymyP+8"
    "DE0l2r6oLlLBRs72urydng8ovscX29V9DwrEPKU/CJF16fZ8h3RrjXieAuu44ddEdchG7H"
    "o2Bo9kkliPgBqtMzMd6rmyeLdP2iX8jNp07YBdq2QbEVnZUcVVD/325YkBqkzAwTchZSVs"
    "yErIA7XKTu0oqktkVR026olTuV4hwGutg3tE8wiBv88VjYNQ2UV1ZRdJHXnim33KxgPFYN"
    "JHA3Ft1OEmJen7XamCzi8gWiSqdZRkcwKqGC01o3eKZpUEix16j+kVl6OL0/HF517ZxZbD"
    "BsD/Qpukno2GV6NT2iWVf5vhk+HFyejsjB4Mv1YTSepOuDhQheI9BS5HBELfi1JeJjyMhK"
    "KKzahiM3u1v1Kh8ZpPk7TtNTzZf9ruylnQL9bmitZPo/V7/YA7FkFH7Z/WI/YLK5NTpqFv"
    "wSuactEHDkJgbtEmKv/FMf/Fz7/dbAXu1SZuoML55ArnK5st/6w8eclIGxMOfigiHPyQLR"
    "z8kBIOVKmZZo1B2SUnnxaS21B5sndFpeLh8dloAMKvM/x5Ovnt+ssA8M8Znlx/GU0HgH1I"
    "IhWznUHjK3+aQ9k5mCngsxIxq2ky/7PwsM4SJ+88w3QN7Lylt/3fkqpNHYprI3mW0DSJVI"
    "XRElYJBEyBVZePMl0+aBkl2q1D48IeWaZKiDQZ6M5EwtbX1iNBqDkStOsuTGYfrcgsMjpX"
    "ieSO42Q2gEQzt6GfbM88NA4LMLUNa94HULctx6F53Cx9OB3EIpNlZEd7jT9/VQFKeCGJi2"
    "f1Tod/DAD5Z4Z/G41+GQD67wyfTy6oLMU+ZviP0ZBIUvTfKoLUhyJ1trLLbKWLufB41Dnc"
    "CmzBT4axBjB5PW2n5An9sC7/HSNzbRsGbr9iCfnRSK7XP4PvCSssXNL6WF8xqQhttbutll"
    "nSL1vEzblEe4Xd3jTKJtb93P+7HB6qNzcWC9rqx8CA/uGSliBRuTEvIjfGttZWZkZMeLJf"
    "IEY2GFzYYEudBm/uLMJWsCZcMzamwTpgvV2+BXPLo0Gs/lJoYVaQ5Cd3Rd8m9IDsLVhb2F"
    "2JzLR1XVYZZ+UyzkofRdk+Yivz7L7Ms0SFoBSx7BITN4aROVzvYLN2jrC1NnBJuiZQypYh"
    "bTUt2eZvS+IDCsVVSVFOSzG4OQYzpdpaaEyiLaOVp4By6OL0fp1xPD0idC+2ZWXzJYppL0"
    "t646sJCP4U8O7Nj5LaPzpeghV9I7QNFGHDVSVY5TEFjxKsaUcJVmUvfAn2winvSt8TWAuD"
    "U/2nbYV+b/vClkJ//M7t6Hh3a8Ml04LVVeSvSlBDkRy821LvyWIhMg8+61o12wRVAny9q5"
    "FKgJeJGxL0opJNv2y6GZW/uBGdsAyh46gOErr+kplwbXlkI6vQQTCJ7JJhd991NTxbJ8Jx"
    "pdymJFYZs6Q2ZhlrIo8SuXFRZl2LgfaY/9mUkSq5exTbPvL2j9QGsiD3R/bG9pehopROwD"
    "qXD1P/BvKS05qHl5fTya80gzn4RlOd/zY6ueapzvxbQWNHw+kbgR6o3QmSN/JEqhhM4lhQ"
    "mbzkIdWqFHWIQVWrF5l3c84ssjNDxxJkIzz1WkWA3Xuxjgq9WEc5L9aRFKWiZCOyqr0gl3"
    "aiai80Es8Lt2uExVVv/VP9PPv8IzRN5GobPraYgT6b5cpcLvU6pczlMnEjOvfRemO5COtb"
    "7R6V0jsE0M4p441ISLwebEkDUwzUQbt5I0qeMp1LsMRQU51ubKBZhQ8CsGJF9YAm1reyAh"
    "sSQMWCyizg9W2JtvWs1yLvKtJGm7WFM5XfkqwrKI4ok4YyabTHpDFl73Ev27DhD+gXN29o"
    "fl1zZeXosl6dk1HsT4PSzfFiOGXnUHaO9tg5lPYtwcRX2rc0rFDa98FZoDSKbIYojaKZJC"
    "YiWLC5Lspi4ueK6BG2P1hpEJ2WWJWfVCZuKP0hmw1Kf3gREpMSWg/OAlrduFwdugiiQwGV"
    "9dUpzyofm9N+JbNcbBeCL46Krd45i3dy7VaKVjbplaLVoKI19cxcZYud75dQuDRWXL6Q1t"
    "W7hFtwu4Fbvu3dAssGa8smA4myBW4jO+Ltz8BiKHKvLa37YKIHROaKv8wAiOd+Ued0XYmm"
    "bqKK0MpVhFbVSW24p3nwCpX2yCmpVikWXWAB2w9Y1ZNSxQETsPbWByzMnhxKN1IQMGjiUI"
    "YrUYxiSe0skaZQsWS6eUu0l0K5wlLUKVb8bYy/G9uwbMMVWO/zIiBCSGfCeGszpKlCnC+h"
    "EOdvzCDSExhV/DP9p80pym3daUdpG9zWL4YZra78NDy5Hv86Kqk1+KgB4J8zfDY5+YUWeO"
    "KfM0yk/Cv6m38mTarFTFCFLFAlyj1RQ9I6s07p0+yJ4vdZmms6uZxMr8eTi+FZWTZFsQMQ"
    "/TXDl9Pxxcn4cnimfRpPr67p6diBKkxTfi3l12q5X2u4YcWRsiqtRE/nimF3ZDItDFeDO4"
    "CSyTotBmTLZEsbVkhFiqJUIGFlkcy03CpWxB2sg1tHS7aKQkamgxWgl8xw2HT9+TzdJtMS"
    "v3995ngy+cXXOPbgJq9bR/E284ribhzZwTWrpeKuYA1jTy+JuHvMxdSeQNQNThURcwvGa1"
    "1ZayK6Ei6z5twbE7oLy14DHWLApJ0Bd2a+MTB4pVvexsL9sGvP0rYe3VUfOMh+MHT0ug90"
    "j6zi66Se2shNZvjVBtr39KIry7PJSNPy8BKBO8uiR1/TqDByU3v+hoxzt4AOd8n7BZjb/r"
    "UK+JIw4KuszFBvuxqJsknqFxZULF2zsXRkzRGsCMXsmAFWZlr3TiY3l5OLAeCfM3w5Ie/z"
    "1QDwzxn+PJ38dv1lAPjnDF+Npr+OT0YD4H+Z4ZObq+vJObkC+5zh6y/j6al2OZxe/zEAkR"
    "9y2DltNEdordGdy6rM2dRF9ih3X50ML0p7EW6uJwNA/yUMJHjCPfIvayJB2Xw+urhmfSSC"
    "HzP8ZXhxOrkhR/0vMzw+JSfG139oJ19GJ78MQPy3HMyllYjI/TUmGpRZFlPAPTI0EJz2pU"
    "o1sEqSOy6MZZrgOUF9IUKOkD5629JdmNHb5dugxyzPzCRiLBN0QSDCyBfvR0jlEkY4lfJP"
    "BeDOBA+pXr8qxKgptf8z1Yd72bo/P98v4udiqnXhrr//9Mhog+jJ1gJA4F+Dq+doDlwrbO"
    "HbBw/QNOase3lmhlYN11O+NanXpzbEO71E71rw9peyT8VBXconqi3QN1jPyk3qKKpLZN3z"
    "pPYcVHI1CRBK6KzopLc8Wy/nvw0RMpuxZFKGVUWl/VdUkiaJTbb53l7nrSCL7dvGIJerks"
    "gWQ6pcNpm5/GJD+3+djE8HgP5bxZhef4jMg2XMK7SXTcC6F/HVyAamwu+zqd/OeCTJw+99"
    "w+MUUZHTZ0mWdTIyqF/ERGmH41UkfqftUyoSXx5eKAX0oPs39f6Wm+whRFkQq9uzVE7CXs"
    "IMrQ0lhmWXoXIUo2yHxWyHPLCskh6QgCpFQCkChRSBE3KFU9va9ATyf3iukNiv02eZk+EF"
    "oxMmGAGyRhjW3NDB3KDcv/NYWBYLLqCX6wP0jVzD3AIL62y0j0jHJjz7agJd42uP/U2+QM"
    "qGMrHoT6WEyCMN5OQd7JhXQiyLcFwJZlUFs8jLUkJkiKM6KDTUH/IcrnSVhIY0WskNSm4o"
    "LDdcozWNXkdZskN4vrj84PqQwhGOQQwiRYOFZQMHmmgANrahIz8I0XC3/YhsQCUUViPe9j"
    "CmmYZk7INhoiVyRCGP9d9A5Seq/ERZSKvyE1ttMGCrUMUOuFGgEnUri7rBDqCtLeyuBGzI"
    "5IEA2SU+1Bakix6QXUqPCAF7DAI5n1xcf+ntaSWpO9YjtNoUzd8LAXKk71WpyN/7+u9ZIH"
    "vOyG+6q/fBLAzupsfwX38mJUI5sviI4sb8RxqROnUkcj1lrjoiaGfiqWtbc9bk6YyNaSC7"
    "AonF4P0RmQgKLSGzjWjqNftb0+JLXiZkHKiyIfOzIVXi6UFIzXPDNSZrlxTPE0iJu532hq"
    "ZjAccyuXXEXSEH+VnxKXOKTHI7e0SGLB1AIIDus1A1K82yH1GzHouAJCbLc5aLSg2TPYHB"
    "MnK2n2eu9DNaqTlQhTe+UM+iSoY+5Mod+AjKZUMnUMrSokJH5QgdVU3bm3aSKyv5wdfs9q"
    "X1VdGEEil9l6OL0/HF5wHwv8zwdPTp5uKUduwJvhVUkRo2ADP9nuWRibL9aBBJjl0ggssL"
    "H5FGY63DSkCjP5JuCtousxz5IpCXTDluzCOTqMISncZ2xpi95yVa5aBmM0SFkDVgjzmj/d"
    "Z7AlMMP9HPs8KwXu0lAs1tDy9pJDgtVW8S6iAbPBruChiuQ44Rcq4s8si7eC4WvxUU3RdH"
    "mz//kioQTK5AMBvi+xJkDYZ3p41nbYYEFVLni+o/FBHVf8gW1X9QIXV7z8GD+krjDUrKiq"
    "JxpDIXVJZF7xHaVOJBAqhYoOIapd0k59YjXtpwTiVAraTsIcRKHCWgArn2EsjVu+TtCHYP"
    "Xi4Go765/UICFHs8bICnA4Hg0Q9E9IWNkOasjM2G3jW9b+ZFeKWwewz0Co+0NtLL2/DFeG"
    "ksRAbM7EDqFLArAdXxUGpZ46iZhGJutWh7xaKsE2Hby706XqhGWHRn2O5qDqvxSAhWTKqF"
    "STJZkU9WELPNVGxL9k/3n7QoazobWdCwPKJ5RoBDqCWYXWJnBOZVUMEraiBeGbTqFLcB09"
    "+8rjoFbSCfdzH7cm1XnuFoLZTCDVK/xmPV+IMwBw8Z+DX2W4UoqhDFFmjte7aeLGxrXVan"
    "j2G6RPvaFJzydpLnWke6TtHsBrcZ9tU2NLW9ufw8HZ6O+uCX0eiSdgw/nfx2wQ4V1Msbjr"
    "YqX1X9mQXVpZvFzYfVqlDmw4QyL6tFEMWQHYwgaknEUEATqUOGrpBLNOglp6BI3QsH9J9W"
    "+Jzo2Cc1vjMW5/PmkSwRIEAOwOPK0Fc85xFQ3gLDAdwH2Wdq2eMKumBFngRhhzbJNFxADv"
    "CCUQBhQTXLBu+jgo7kCjriDNR2OaVltioheI+5qJ+nk9/2Vfak/lCakHqmoZeSEFLAPZJ8"
    "OiJk3Q/F65F8Jdk6uKMuM+Y0ejp32/AtJGUCUId+U+TvHKB7to3I8s0NenTRpvY8vkT/7A"
    "9zmKHP8sjqDchEAzSOFFAtFrwTFSis9drP2B32Y3FqyXZxYOvfQSNZD61c1l6jBuqr0plR"
    "cdQzs3tkI3G59B6/rDPrtVmajkKwIudcq5BulkY2nnW2z6W3HBm9zbxiulMc2UFjRUvTnQ"
    "TGC/b0kgigl9CYcymThlmJZNDEiFwxdEPGautwcJmeG56tr6CDeGOMjQnxICIo9v1QtoQ9"
    "Ac25QSGj8cazL6lK4bRU0pTZz9xVbkRkAfKqlSuDE0EoaV+VwJHCb8SE+7LCbAz0ohWCgx"
    "aeaDfpVGWgw29hVJCtwoEYTjGgMgNU9RUZuPAiC2SNfr8cT2k1LP+LqEDWDPvhXORY8C2p"
    "hB4mjGtjowfD8pzSyk8C2KG0TVWySBqGtNOGJ3nJImqhuyQadC/DesfO9Z+021ElvLDvmC"
    "LAztLHzGus1Dr5gN7cIPomwUHq0XUNZPd5mkiiP90T9Ywau4uKNpIr2kgV5lG97lpamCdY"
    "hcrQOIrpIJ3rn8R0bS+x7AbD91gSQ+qFV1mWJNIOwjpEc7itVL8owHWJB6qwTqXCOgcj80"
    "sppHMwAlcqK9GJahJtLNiiutftraaR6l4nsWyjutftTT2SxPR4YnkbS2h49M/088yOOhvT"
    "fMO6ROGYaNMtVjmGOqrYlGNCtkakE8PkZzwnUmAmHEa2AmQ/qFIzh197sm2KUvdja5/xVs"
    "VWyrHFKlN5kHh7VCTx9ig78fZIEPDnZtC2WKzDvqWW4a/D8dnw+GxUVsUKgQMQfp3hs8nJ"
    "LzSegX/O8M0Vi264ot/TMRG/TsbkJ/23oETacNwD37pptao0C/O97nFkB73uLfGyCzJluJ"
    "s9zWYuoVXicwjdD6MlSTVrHZ95wcgyO90OoXxqBXxq1oZSwxL41bJJHMXscZ/bj17eiHtY"
    "JW7sP3HDsudE0bDRotTUjoIq0VmutOM9zG1a4be8oS+OaojSnVqpQ49ZBb99Giux2Vty1Z"
    "svEa7lQrMKK4RwxY3KcRQWEebL1yxNwLq3/jRTQ1OFtL+QkPZYMRKnWiUSp05+S/aytYS9"
    "hXTsqBurJI8T0NbwuffbCmFagvQROsC09Hte7wNiwLbngt71tk8CqZzH177LrZfpRA5H9J"
    "92JmuBB695r7LKEVE5Ip1QMFWOSLOGkux2Fk/7FVvR2uL6y3R09WVydqpNPn0agNjPGT4Z"
    "Xn0ZAPrvDF+Opieji2s+LvJjhj9NRyNtMj0dTQdg9516HgldLz6PqOuRf6vibzwqphTl6E"
    "SpxJ81s6tYi0UVY4AI3Zko6D1bAtwVEYdoyeAqjBCAFR8qRn/ygH46qUvIPwlUZ4hfW7yV"
    "DjdVJnYMpsyMVSc1+sa7wGgGUSxKOzvE6O4ZHT++L7C9fnyfub3SU4lWdQb5ozS/nFp5+4"
    "QA3hobxYu0RXGGsQpwVbkdAStey8xrHohVJf/1ecmvkrG0bkGBrXYaXLjILktcEVRJYqma"
    "dJ6JSmVkhgA50jHpbVvd3Dsx2/V7RqG0WJyXdhnD7THzMjzS2tRLRjltaVvepowMnIB1Lm"
    "6w/g5gOpn6mkMIKpjb2YtNHKVWnNpXHB6647iWLuhilGtjigO7VLhjz9q44TgeKptWGWI6"
    "I9Hs37CnBQ3mjLUhUM9y8+4F6M5UZjoAJ4h8XpUNMWiHVKiDrEKUmmJDRd46FKAa73Eli3"
    "VCUN+eTsMqK3kcp1bz6jW9W5XmejodfirbW5aDBoB9zHCyxPflkCe38s8ZHvHq3uyjV0EH"
    "qD+dVTehsa5u/xbAlU1UZpsoZ1hF+3cKrHgtM69fRA0ryXdBVarqIKGGBy1Aqyb+IGiOo5"
    "HljCZiiriQZz0XoFX1wuImdJVHlf02dCuPSpIUi9E3F9kYmlP23vYEKRaJEf38NiHbNY3V"
    "Qz5G48tBwaYh5xZGW1rMEtzZEM+/c4B/PeBsHRetgfWIHED/bmBhmpIT3CYc98pwyUGkey"
    "4ZaLiv0y1DGrqHagQs9e6WnTUS9IAu3w0rDlQF6yoL2v6aga1SMnYMJXPygzQRk35KQfVk"
    "BNXdoQbXgKr3s/fiBOWLQDyz/oN0U10VgFCKS8cUl0tf/uoJVJbwXL6y4o8qqJ1MMAIBBF"
    "gLAHkbwTn5sOae7g7A4wq6fVaQf2U9grWnr/q8QSH52WdNBukIWlzgDunkidPaSQP3mOEZ"
    "HgJuFNxd23CCKxsY3HKr8W2f6UUWVWAcdjy679++BbcLz1wYJpO7jPktucgMUwS5O3lWdl"
    "/6039WAMm8B2s4Z38JeaBXuz6NfaCTCUD+ZSn5r4mqpSP2ZxRUpr72/JtoYeps9NF21dh5"
    "d2H0bWOQSa+qsR9aDsrWw1TR8IPqYMm3qYLnP3kNmSWn3uXZ8GIA6L80/Xx6StPPp6fk++"
    "TmckLO8M/k+nwYT39A2NJuqAROZoZI43+aIxcaZqkkjgikvUHVvd+E2zdGaF60pdC+w63X"
    "RDqwKi9XO7TM70Xvt+HZ2eh6APjnDHNBbuALdLT6xfVoejE8o9Uv+Dc5Fq2d8FU1iswTvV"
    "FyMedydHE6vvhMC5WwLzRubMyixsbClgjT0acbHkgWfJODWW20DHYr5pJrYCU9ECFGUb21"
    "MT6yhZw0LF4p8/f+TbMHc7Al57ZEhK7fu/YITRO5WkC2soYMIVwFsVVd2SMWvxQb8t0Rca"
    "SKk5Y6ThoaVTxOEZjir8z85dFjqFLdvjRWScnPCQgmlKyipAjAig/V+BB3cZXiQgqqJIvK"
    "XICG6YkKb2SL0hFI93REFU2iokkK7PeSR5OcwDWRCpe4J+oxEJzr53YX8EeptgLdaiugat"
    "83u9QvLSho1JtN32B858qENdPq8pHQowx5Q0AH529DTS4rVmCou/aCbLRviWBSyBBRsexC"
    "vQUXFIObYzD05gbComoL2XE/Ucz+A38qhCv8e8a6xczI99Gvo+kfhJb/uRp9Ph9dXP/n6m"
    "J4efVlct0HMyIaznp/9Z47B5qJ+cl00xaI+GlBHFyP8ESjfBiA4NsMX0/Hnz+PWChJ+JUG"
    "k5zcTKcs/CT8WoxpTYeTkLsvlyKxI/tdikDaG0NXx8rZyFtjI6ohl6tMvYPIwRB6v84wZI"
    "0cBy5L7TYRiBwMqRRlSrYg2vAEI3PWo1vNnTXfSrvZLGxESIR1QZhKNp9ioJZzCm6orDC5"
    "OBn9hwkM2oV2OvzjSlJ2kdu7tmVqfsMogbCOdGMNzQzDcRqd5B6Hv/Uv0zanVQ47Tkcn4/"
    "Ph2asP/aNEhZqALe9Tm/wDtA0odAdmvxtRjByvRqd2lTtvvqQxRBXctCmochBWdRD6pOSp"
    "jdXYEMEqPjybD06lyHYhXHGjKjecDQ0+qLI0JZEqfOQ5HKi0LKWgigfP40G1JUmEVpyoxo"
    "l/egZZ3ZkPRmxPFLMgAdujE/Lo3eD775uSVBNpH0WyPrKTPpKaAqcZysoszyM02ncqee/7"
    "/24rmaFLbn7n0Wcq291PBN3fwvJjswtLfd39kO7Z9I4Z5M0zpiaR7dV+aZMNh1Z0WVuYTO"
    "NCnNi3Ity+5OM6elhMby4uuDuIf0l3sTiZnF+eja7pofArrX9xcTI6O2NHg68zfHxz+pnc"
    "dvT7FwJmkOSRKs6mo2IxLjkhLoLqGDpynLKtYmIwJURVE6ICD7jmGP8q2aggBVU8qMYDFS"
    "qdzRAVKt1AqPQpMo0HZG97glDp8Fy/SKg04TgbbhQtwTcEvN7Xdw5wPRvTGnUQBFcbAO6z"
    "RqyuHHPm9IFlA+fe2GzQHMy8o+/fvQfQJZKL4wKLltrjEQexEnwN3GOGLZ0KgHS9yypw93"
    "VHFR6ZHatstsPzAnaxUngJILTXvP5d7Ao+qfnrrorgyVkEL8HJgtpbAtWl4sy16W4ylxd8"
    "Adb/yPolVMoyYtFjKJnD9ipagD4W0YY+ZmtDH9OVnMjiX4LC/vAOkrb+put5RoXMCP8WVD"
    "GrnK5StyZf1S2iHCKqAllbqV7JHascsc+me0wdShE/326SxHbQctISS0lmao8kppILyzUW"
    "hg598qfMJbHz/UImExyBNJBq/gwzxE7acRAm78bCJZdUlgZlaSi91LWvfIAyNEiyrytDw5"
    "4MDX4WTxkqRyAdJHH9+jDNjUrT9xp9y4pY9sd3grh5Eujo9+uY8JkKGQkF0LPJxedgeDKO"
    "pI3WnaDifG8vU/rdUZHM4KPszOCjlA1tJxmmKP1EtYwYUqlc0qlciVBEtN6IrEl5IYghpD"
    "NGjdqkShM6roZs2xK8N9kbQhzVhdKDe98VaMB9hdI+O5gqMCzbQiWJbejKpSxfbi8slmmb"
    "sg3FzvcL2YYcDikcTsNaPkEMrA2dfpYNTARtjOZkyq0MB/iX2/J2k/wQWtIisn2whA+IH7"
    "I8V7dEvSxrv7qqjChXZcTD2ZAkWxHr3u3996AcXeMgRVYBWf0Vp5ySt8N0Qq/eR81JvmaX"
    "kVQjkE5Qed9yqrcxjYVATP1kWjCD5DtIguILimnfapFX3mRyc3w2ApfT0cn4auznG4VyKD"
    "vJ3FZh1ZPpaHiWEWZ/V2r5iKM6MbX3UFJVpTRkU1+lNDSgi51D7EHzGi57AkVsd7Kfp4X5"
    "Hrw1G625cFk4p+EBmh6iGZUQnA8vboZngKCJ+kPUJ8eFiwVXh6Cfl5BWtCpdQej7J6iU2z"
    "/p6FcOfSkd+jvWFdQXdoAuuZtfhB+/q7M7WlyOLGhlBK0Q0EEZq/5eleTdX5aWZWOgDpK5"
    "EVHWJ1p5STYG7KAg2xLBVXYvwjnbb66ptCkSXXdni8iuZYTWXZIskTRpB2wHQDwH7OLkIe"
    "lJpw9MaMypDR9AMnCFgO1hcEv+IRvkLeDXvEOOSKSt/frP8B7sRxZQcm4ROZcztxwjdpgu"
    "ibp7z1SZI0FAx9C24TYrTcVHJKguV1eMOnasq/Ph2Rkh2dc/E0TzF6pSZItgOk+4T2eT4f"
    "VPKbJ5m3lFA2AcqeQmJTeJ5SYiE51Qx54lrmMSPZ0rOVEris5HlqhigsmFqLmOiixMvvHv"
    "RfZzJIikKAJQwRGSBUdkNirK3izrU6wPS9qGrReqI2ez/vsNtEtHn8QwDQWftG95UC5N5d"
    "I8nIBzihYGNrJyj+MDnhRy5uHYwlIOgQ3AI3VCGi5YI4idPvlpAesRO+RQH6ysR3rKcIBu"
    "rTcembHMxvO4YiKMf8rAwHOEQlHt11cylJKhZCGtkqFaLUMFClrZ2OgYSslR6fxu1c+8YY"
    "9l9MlSdM6O4E3A9pgS22uI1vuO4aWtmcUz++mS9QFW5kneG15fT8fHN9ejAQi/8pr0N2FJ"
    "+htWkf567Hc7HvNWx+eT09HZALAP8ouFuA38ULekYFjoxak9sdn2zFLdXIPxcvSB6Fiz4w"
    "U5u6r6KkXg+2z/MByf/VGSAxw0AOxjhr9Mbqb0J/+s5TWpvTP4y2zMMbk4G1+MaCNd+kl+"
    "f/rkH+BfaC/36zFb8fwvcnCLBdVphHy+QaDo4pbEybHIdarVq7N1XCQo9XtsWSaCOCOZLQ"
    "QlOHJHUE2xIjyyX6ofTyZnMaofj5My2M358Yi8EYmOx8p2+3JttyoGoctcF8QksKeXx2I/"
    "9bJM9fRM/ykbve0VNc5PMAILcnvfMM6qiQ6A4VJLOZ3GwIRbGlb5ioaE0jBLupX3g7jL15"
    "FQzA20ycO65GjaRN/YXWo21KssJXpuH9Gb/7DuSkdv7jAdKmqw777D7dO7/CaGZTUvQRPE"
    "m+Oz8dUX1gcx+DrDn4jSTA/xTzn0Leho1kIsbYhfjRCQJ2S0UMDIy+UnQkIqMpnSo5SGGo"
    "Eo5bR25TQz6jmbIdlBz4ohz2cIE59K8WOHkIMdnbJQ+4lBuuVhgXJZIKUoRHamUub+5SG7"
    "mnIfRyrlXhblvohJh0awOatKbE9AVVVPeWw4UoVdjucIu4a7PaP7o8CUEzvfzzPoGP5IjW"
    "61RWMuMfA2pgXnaM52aJoy4l/HQA4gJLbMB3LOtfz8Wge8guDOcNdw8xo8Gu6KWWc8vIau"
    "TmY7sK1HUXZuY7dRhh2pN9Bsw46KJ2w2npC8IVXkxRhMJT9XlhfbKLF3jgnhflFGkY2B5N"
    "BlO2Va4Lu66J3A0M7IcN9hknEIW5cn0bbsfcib2j4dQ6ITmh+PL4bTP8SxoscCuh//cT0a"
    "piu+MgGsZBGnBKyD26+qSKrsBbFxrUzfu+LV3HuixhD+qX6e9uhXgy+cq+dAqrBBb27QLn"
    "hgl+0HXs0dE9CVn/ZpWL8GfnwsGU1OUjXOoburZwpT9Oq6rNILpZbRlF54KL1QZescKFtn"
    "HsudLqqNxFH7V0cOIwOrNI8XlubBGs85xr8ES3/e1huDqWCvqnYS3vaPJmFU1FmEF1AuL9"
    "lcXqo9iTIGyEb9bhkDVD5Il7melQ8SC8m19ZXxUIntCWhr9s/eFXKBRc01wV9ArmIB08JL"
    "ZEftNDZwob1E5HFTpp9ubrhy2QavqKCcbR+88uXoJ22ETOIukTfkC4bUiMc6DnEbn38xnt"
    "5Dr0jteKwD0RxuxalBVS/0tDHwa6IbZkyW/VOZCqU0FeZ1Pc3jQg2NT6XbUA8TFFtaYX+W"
    "rq6IzqQElfNTJefnOeaNBiwbLSKmkrTKS1oYbpyVleeNDYcUk7j80YXdswvb+hfCfjRtGH"
    "MLA2FpF17bp5/g/wYjjflr6l8lI4O26yIvbc1XV85aqfeetkpgXeVHm5zljblv9+IqVx7b"
    "w9asUvrF/tcUFZ97mPhc5ZBTDjkZqN9O14zk0bljF62HjmPpBsxqr5Ec0s/TC22kawYBaH"
    "CHKGGRp8WEAcWDN/8LLKpzsatRvW4NdOvNxrP1FXQQ7Y9hG65LdL27Le+XimhWypyqe7cP"
    "yHbIRW/FxvoG7lHEju8D6HBGIKJiKPu9nNpjhFXFWRABKSGvspAXvBop0mdP/R2iS3Svr8"
    "9EuMKVo2sKp6groO4GGpWSaeO4LpF2364+b7OxbAH1P5kWzFLGd5gE5RcU1ELa57mcJjfH"
    "ZyNwOR2djK/GvjEklH7ZSXpoVzZ6OhqeperS4QUti6ELrB45dI7DFKmLkNo0FuUmcwBQ5M"
    "0irySq1jlzNZEdARHNUeiBS4zoP6Vo+RUZDB9Q2AfHcd85YI50uKWRSitILgA2yAZzY42w"
    "w/Ia/z3r3dkQz2f0WWe9qy/jq9H4dEJ/fv/2I/nL3r59+9drkRuu/hs8wxMXUKmkShWDKc"
    "1KaVatZEVEUNItG5WqnLlDyFFtpFOVM1UQfvb70U5Lb1YQviTixxTpV6Y48ic49aTA4Zjl"
    "In2w+wZhsvsTGO1vbOgrQHEuWtLqegvDNMPuxuS5t8wq6/RZtwRmb/VMMow8kmkIIvMbuo"
    "VqnaxaJ8tC2pjD8UMRf+OHbHfjh5S30TVcsxRtQ0AH/bmNROrslqJSglcMJYfw1alSb+L4"
    "HYmCd44aLlJem/2b7Z9l5nYIkGNad0qnQJiSR2TnyOulGEHtsZlisI+2tpeiUuCyFxmlwD"
    "WRwmEs8VgYoeOf6ecmbJAxmlE0Ficw4QIKQ3NgYJq7Csm66RgYOQ7NYAWvLJvoVHMaTAO8"
    "DTDJBLVf/wz4LGS2Xv8iVNkigH6mpbje28ww1wMNhyiE0CXge6rj0XPf0ZrulBUAfSMEML"
    "c8Pdwj74kNyCzWPdumeSIu3GSWcf8aNw2Tq/JAHpUVIofJM1uV3I8noA0L9EEs0PRNEW6V"
    "GfkKUBQ6/LKSQwkSwfsyqkoI6NJErS9cxzL8UrIlQnVCTJdIuu+2A2QD1zxR9kaeahJBqT"
    "7vJXQTqmSX3uYiIDXRK090lcFRZe5LrgZKlbLBtb2px/7oDF2Qne0X0Ae10B73tFL4xXpk"
    "ihrhMdXUjECXQvO34HqFAEaPyHEBuYbx4KdZcMeaoPHWM641wzN8y0c7X40/bwHfoMHSom"
    "26qFPvlfF/3r1+466oRucg3WPXoKokrwXARKSf6QEHbCC5C8WwWgFEyZthWq2J1g0FtLgG"
    "eguIkmo4DmK6JdAhBneI66NEGaUdwMjj31IVk2xUGr3mbZ+VEgiP6WTq3c6w/5TkEejtHM"
    "I1QN8B8Op79iSsMhmFvPE2zw55UmrmIdVMxmlOxhQXsn1rcVQHHWw/HBXwr/1wlOleo6eS"
    "hbPZIlDK/bCDyOGA6JRfLboMllBak7DO9AKuTW+N7iUljVcJZGdou+/qZkwSKam/7kDKs1"
    "Zce1UFB1TBARmo304vpuwFB/ADefFPaJCeqNbA7mw/t6U0G6fRWL/yWS8cDCh4wDU55gQk"
    "UtnCsIne51E8UbkwURXpDXMzXCpdTKl2Uu/6bfAgvhhmqEjgtCTwsYggkNxfInLARyUGKD"
    "HgwNkoC2Tb0BQJAeG5XBHA9kcV3f+xv1XTMj5Lw6Eps3NmvwUQ8Gux/ZwuGj+T7ZtHFvmQ"
    "PkAPyBbIATVdtEj9oOBy/i6yu59G/kBVSUhOeSHBtBLO2DhQOWQrSw3+21aaA3GcEtpaKb"
    "QdesY3LLZtCImQtiGLhfGtlK8pgatEbMl6IMZpnTdxA1L/mEnpH9OepuhuKxSRs9bxBPBF"
    "hzNGqFFe00iBO6hstES5yAyRiTKb2b80y55XEH/SWNVEt+oOHKVl+bcujW5N+78X89ZJpt"
    "NPWYxFL0ez90f0i+j3WiRk42k1/zea8MMUbWi7W7C0XBaMRY84LnlsHgIWXDuWRfQqONrn"
    "Q/v8Gq/TaUtN3CSZtLSh0WkwuB51KdDD1GLglyImT4NycpRC8vHlk12HzTd6u1TCUiKnaW"
    "1hIkUpo4LMRoWQtWWNCiFQGRUq76nh61RU49q9fx3Ua4sE9r3LDux7lwrs44tUCfKGgA6S"
    "96cC1P0pk7g/JWkrjwvz0FQ+TCIU21qFQngG4QPAi7Yc6ERQLF3ZYgdS2WMl4u/akiTZrQ"
    "DTpW09ilaGPKrvMIrqVd0T3obQrexuGIMp05RKllQ2KcltUhnpkrHz/WL2qHIZk2GcCoA2"
    "embGZMVrRTMmb8EabnaWpVfT0efx1fVoOjrtg0/j6dW1NpmejqavWTUd6Fu4yKhPo+l0NO"
    "2D8cWv4+vR6DVwLXLRf8/8nZ/WbMd9MPO3pPAnXyjpTxetN7R2DwuGAZbNOXX7M7hlEq65"
    "1Yi4dgtMY00TMN0VmuHInxtG00RTRZnVjVrVwnpB7FLgFbWQBYE50fEQbx/h9vXP5Mm581"
    "Njt7ulg3YVYjmQpWpSk1545zXc8kL25HF+fDM3loYLmCcV8Ivx8vZwq0J85d+DVPbmwbM3"
    "+UqhVaO3ENy9MAaVM9v5op2R3S/NlGxzXBzVGfWvvkpPkf29BF2TsP0R9oeWEFYlwqpE2M"
    "NuiioRVmXAxMa1MgPm0rbW1glcb6CxFFb1jQ/o59kmNnQokQX42MIZsQGAarrsEkw3dwYs"
    "woRr7ju1nVbfxaal3zt9QDX0RzIbicpMzQRcZxelyTZwB6VYt1SxZp8l9rFgvNrBiu1g9+"
    "RPE9N3hL01o/GYPBP027HGaB1gZaZ174r85aPTAeCfM3xzMf5/N6MB4J/J1ecAoRW+VyhY"
    "0EoJbWmozLyoOO/rb2G0QXbQBrW0qieA7k/de9fsWl+bukcWDNt1KojFMWAHpeKWSMGFUj"
    "UQnldhcQSmGCw1g23CBLt0/FQEpQKolN1GSqlX2W2yqa/sNo3ZbTLql+1O9gvYa8pUL+NR"
    "EzSvKLCp/AxuPQfNb6kdhVaWJis10R4owukDzDKFWHXrW/oSkpHOrdBCU9d1lV2mpXaZgO"
    "/lgyDjwKZ0p65yRJYaGRIVNqs/3CFYo0rYBaKQLiW61GYSoLtDCXoGw1WMggp/VrLr4WXX"
    "aSjPZUqwkSEF5NiIgFhUmvU7dlIkWtPAXC6HUlcfzaaPeAd3TsFdAT0bkTlKJNB7tM2uzV"
    "vXxYvU5ktIQrtcSZVCr2Re+dfagwm9FfKu5qpH3fNzkFUK+IvMOVTkp0fIxl5G2faHd07X"
    "PipkjT/KscYfKWv8C3InSqLCnBCOLy17ewoNphymFJj4gFz1hdzD3LqG7mi6D9LmIeopLS"
    "ab8cJ6XH438/BGgXKg7ONy7A/ZuoJqW1+hWstulqdIl6NbxVBdEnFqMxmaNM+53GoQQrpE"
    "0D3LjP/0IHYNUU2yPMpHUYr4lYkP19QRremodFWiJFIxoTITbLTwyN87r8KGNFYxojIjMK"
    "r0KsRgivylyC+L6sMMQNmKT+R0v6Daw01KTSs9QVZDWIvYsnnvRqUCyTPJ+0oFqlMFSsz5"
    "gipQAtWldbrGjJRw+UgRNq8AcxTVwejq+nOrDMfxhDkDeetuiOnS3N23g8iEZJ0s6x7agR"
    "TpK5NeHNuWR/f9h7d1jujo2yYjOymH7hGQIn1l0s8NR69qXUljFSPaqFeOHgj/MtXKyNl+"
    "Ma0SUUTjSmVQHkJfQYyRqVRJeeZ1X6mSdaqSqnBKqOR8fF9Ayfn4PlPJoacSsra/fJSgbw"
    "SiSFyAxGw/KClb7DBKpmijTDF20fqc1ygVCRXR0wWlCoNAtHUE04xYwW6jgnNkmtJKnKhV"
    "nAhmeIps2VN2h+jSaqyCctq4FqigHCmIr4JyJGCCCsqRhBEqKOelKjrnLCkuR9WJD+gXU3"
    "b8VLvm1Z1EqrJSeGSY2n2l8NSp8Kh014PujZY9R3bJjXGHUYRXInqbmaBEdEkYoUT0ly2i"
    "O5kRDrHzpQR0p/l84Z2v0bE8W0caC2RV0ro8s1xJ6/XmDiuHfLJQRwGH/FFemY6kQz62kp"
    "SgcxLXQWLXH0WP0WOwW5SVPGJAJXu0Ufa4ZN3RM0WP6OmCkgfvt9644BHvrMz6QymZQ5rZ"
    "rWSOWmUO1fNduBm+L7IZvs/eDN+X6FEnJnEb+tJJI9YhTO5fNhAlAlISxjNNrVWMrIrwzy"
    "L8wrb+hTD5a0wXliN/EqmY0Eb5emqZpre5ciHrxZWSr6OnC8rXNoMUrGT+yUbOCiPHoS10"
    "aAVxjh4A2iaHTCjCK/BoG66LMLhDC6I3g9tH8jD2Gtr3t8BwgEGrkKermNd54Wd05uF3Lb"
    "Nj7xCdq5halziULbqHHBQL8NnVU2PAGoqn+kSWZVnLoXsraqcmHIL03a5UJDeJVZyWmdMb"
    "aLsGa4uh2ejOM8ySAqIY35k2Oi9HSLmCJsq2AUbOFhRRHIpo3AIYr5gT8bEYgfuTHeclxF"
    "gVDGUglGbm50kZykBY2kCoak7tyVumvL+Nmwljy3diDc7rBh7D7bEf+GEWgTrbgUe2yHIk"
    "TyAV0YsTXUUdH8giq5JhVTLsSyO+irSXgAkq0l4SRqhI+5dq6Boi29BXPYGRyz/TzzVw7c"
    "bUatF6jlXqpZiknlkLJdvY9EAkar+PdFGFPgLpokL/4UMRjf7Dh2yVnp5LCCCbUk5af3gH"
    "qfuuUFfLdzldLd8Julpa2EWi8J6/XU0usjT3EJI0nBq6C/4DTMNp45aWQ1xKjJjyHtD01f"
    "nw9yS5T84mx0mfG73A8aE3s7/+PwikZ1A="
)
