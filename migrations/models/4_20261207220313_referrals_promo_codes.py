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
        DROP TABLE IF EXISTS "referral_rewards";
        DROP TABLE IF EXISTS "invite_codes";
        DROP TABLE IF EXISTS "promo_codes";
        DROP TABLE IF EXISTS "referral_rules";
        DROP TABLE IF EXISTS "promo_campaigns";
        DROP TABLE IF EXISTS "promo_redemptions";
        DROP TABLE IF EXISTS "referrals";"""


MODELS_STATE = (
    "eJztfXt32ki271epxT+drEtyOu4k3Yc+96yFbZIwbYMvxv2Y0AvLogCNRYnRww4z09/91k"
    "MSepRklSxBSa61ugNI9ZPkvUtV+73/3dlYC2g6b/9m3XV64N8dpG0g/hI93AUdbbvdHyQH"
    "XO3OpOP+Yd3RA9qd49qa7uJjS810ID60gI5uG1vXsBAZOUYQeMhwgbUEd5p+v7ItDy3Ao2"
    "XfAw1/MVwHPBiOgS8MHFdz4Vty3YWl4wsbaFX+EhjxTw/OXWsF3TW08YW+/okPG2gBv0GH"
    "/PzaIaM9+ofYHpprSxeP+5OM2t7PlwY0FzHiGAsykh6fu7stPXZqrIbI/UTHkue+m+uW6W"
    "3Qfvx2564tFAIM5JKjK4igjR+V3MG1PUI45JmmT9+Aluxv2A9hDx/BLOBS80xCfoJmD7A/"
    "1pnPR+Pp/Hownc87KdYEiAip/UO6hQhb8aM6lAAr8ghv/vvk5Icffjz5/oePP314/+OPH3"
    "76/ic8lj5v+tSPf7GH2VOLXYrSbPh5OJqSB7Lw3GETihz4i2I0V2MoyqM99elniv5na83m"
    "Uz8Yn6A//sOS9A+onceA4MCeA/v5fggWbLRvcxOilbvGP999/30OeX/tT86+9Cev8KjXcS"
    "KP/FMn7Byh956+93AnQl5/eCnq+pNXktkdI+1JIdKe5JD2JE1azV45adr+7Xo84tM2GJ8g"
    "7sLQXfAfYBpOagmpagp3/mfpIZ2QENx5hukayHlLbvu/nZqon0NsQh9y5Y3j/NOM0vjVZf"
    "/3JPnPLsanlGSW465sehV6gdMEK/YrfnqiD5C3oQwZ4kfUkA5TjNmjD7eqdK4Go/Ph6LMg"
    "BwJYD/hfZmhyMxrRI/6XGTofjwY9QP6doU/94cXgvAfYZ3ITLrYsFVqVchal1IvjunCzdT"
    "n8ytx0o5Cnt96qmPR9vVvvybv3P77/6YeP78MdNzySt9EGm2pEvsP8KkHUJOxwhP3QEMJu"
    "bYssOyJEjULUTE3NVEwZbcWR+KbwW9Ys3UMOuDwfYWecDn6f5u+Mm51/5mI8+hwMT26XcY"
    "LjqUieX0BM2SOeJagkpcEji9qHlkigbVu2yDQPAZXI3vJSu55ZHur5KYqfY6K5xgZmTPYo"
    "MDnffeTb4EsTNUwbaosxMnf+HMljzPBycD3tX17FuHPenw7ImZMYZ4Kjrz4m3o/wIuC34f"
    "QLID/B37EgmnxlwnHTv3fIM2mea82R9TjXFhFNMTgaUC3GcxNqDpx7yDVMUa4noBXwvUHv"
    "n0RsDmiSy2cdT2FMdyypirI5jlRvtyxsL/J2e9tFSa7HkYrrsnCd87L7Tx+z49jluB5Hqh"
    "VdHian3+2lgQxnXYrNCajis2x8Jm625X3E1UMOEPfeo2Yv5qkz1omVNTZ9anOySR7RkLai"
    "TCLUJM+5d3Veu3Db4XtB6anuE57QuYNHFXSH9oG+hvr91sJs7AENECjxa2oAXwi4a80Fa8"
    "0BdxAisLAQvoJj4ZM2fIMVEEA07g10gIFnAl7aCdCGC3ytVdprWuudOM7Vr5QUzOdJ7sUc"
    "qRF3q/KrSulX3XOtOAf2mMMZLlvCiKgIw9aWoh7XYLxyaBdzaPsOC3HfUdvmdWU2ebJNlB"
    "DFIjClZMkil2Wp1pKIZcMFfhMtFyJ9N4G6ZcclhsxBuaKasR8+t+n4gkLbdA3B0rAdF1ie"
    "q1sbyOSoe7iDCywW4WnouMyNDh4Nd02lKOIa6QLL9v3p7ASJVKPm+7S4VtM9uIKao1tb+q"
    "rhD/ymkb+yyyJ6lMwmkaiQLbOFDCwsOwSAFgoPPxWRHX7KFh1+SkkOsdeiKIljoBaS+eP7"
    "AmT++D6TzOTU0SIO5SZtLeLvEt8f2lvbX2SLUjkBayG1q5/I/o4ttFrsIS0kcfWRgCo6Ra"
    "rolGyyZ0WnKKoLUF15srMXGqVu16Bunxu2u7vSbNfw+ZHStRMjunmKNr6LuXMN3ZkvCKqo"
    "Z2QbXJ2pvrZlmt4WuBbWdEkywqIHbhfa7hYYDsC6LMDfqfKrgY2F3PV3jq8/4+M8b0jFV+"
    "cq1uyi9OaaUqYbokzvmVZUeNsjWii7vS8iu73Plt3ep2Q38i5wt7EMc7HG0/Nie1cDiZxD"
    "VLL3pPI07PtS+38MqLZ/tf0X2v7PLLQ0VnjBQ3RFTm3+sfO5W79OR851OlQgRRxPFIPEIL"
    "CYPLLx2niK2r4VnF3VY/Y1vHU/dpmt20Ha1llbLgljWFp4NEkHp1Ha/CzyWu5SJNHcuvsH"
    "1F32JhI+sp9sH8f/qpxzOUWDBNsKG3fiMCUkFBASYq+EIKG5k74NZK7eVKnp2X6Np/Of92"
    "iZid05H3wa0sRm+jlDN1dkf+8B9jlDE7zXT/Bv9pncKY5j4MSk5Rnasud+CJCZFTI5RNjm"
    "LWLL3COUMbO8MTMj3S6n/EVWmp2iujIhKx1SUh1yuIDINdxdhx+oxc5183THDdzcQRtLc3"
    "SwUVR97INHbccMubq1QoYDidGWXutnADV9DV7d45nWBeShnK2m42s8aKYHX2N9zrTQyiFg"
    "C6uHpvEAfSTPglzXbbimZHItcjK8GvlBr6fsys1QHgMOlhG0A6zMsl3n6gstH0Q/Zui3Ad"
    "6ypvPx1WA0PO+B2M/w7M1oOI6e9n/P0Png1+HZYE5OhV9n6Kw/OceP0AP+lxka/D4dTEb9"
    "ix4IvpUR30+KFfnKqfGVFC5jr2lRET4GakHJkrqVV7b8CRA4BMj8HpXVkU5+KqIjnfyUrS"
    "ORc0pqfJlSY7zWki94iYkLMVibEmYOIDikhPYkN9Ks+GTZ0FihX+AuJTskiO9L3ZfhhRrG"
    "hr+CmRYc3c9jW3sMBd34BMR/P/6rocu2hP71Wf980PnrOLqQT3mOJrTnyVN6UGHtZ4vHWg"
    "jrHR6BwQXA+pMDzR3J5yWRLAY+Ynn42g7Q8H/gjlZSXjrQBQYCrrYiRzba1uFGzVR68SKu"
    "Mp3oifjoV7zgrgzHJXclu4rykcmp5jSwomr/bDr8dSAoBfuoHmCfM3Q5mHwmBVPZJ1ZNJv"
    "1r8pt9yuFV2EAbL1BzfDurxPaexJba4yWzwx4n1/ugxctlo3j9rh1MkAVPZCq2Bu3RB1yD"
    "bka/jMa/jUQXIR/WA/4XvAz1L/CiRP6doU8D9ot9yrEE3Rm2uxYMAYxinhkHKNnLIBYGSC"
    "QgsSzEPaJ9S8eHInPzQ/bc/JCam7rvkyhK3WC8om0B2uLbQeTOnQ1HODy1LBNqKIPKcWSC"
    "2HcYWteqHB457Jt/Oh5fxExFp8NkKduby9MBXngp/fEgw80QNALabT1nXZLsAVTRXYTuaw"
    "0hyKkvW0wEicBlNlV3Loej4fxqMv486V9ioSPya4b6V1dYObq6mqGr8XUP4H+I2+eU+HpO"
    "Z2h4eTWeTHuAfeIx/cl0NJjgceyLHG4cx/JsHc4dlxsplFNfIYFTG8TTG0RIM225LEVrH6"
    "doXZjWurbZasZKSKLkQBXFC1Pchkto2yWcK3y8ssCUtcAEq4aOaVVmtQlw7Zv7tVhk4rb7"
    "FL2f6LWQBLfQndwQ93FAk1z/8da2loYJ5+VLsfOvoNguNdsx3Z1S3I4BVWVumXnsWvcQzR"
    "+g7XANkZniSwqnOpxxwz6y4xOi/u1oQHRChPSxn36ZQDOr/BwnCruZy2YqIuSv+qM4Lgx0"
    "38mM5KBnuwWi2k08sGi50UfLDw93gEPKs1uIxlo4+AHAI9TugT8jduCVBhwsutK4jAdDh6"
    "97gNwIkjB0iN8+wJy4nHKj9dyDG8oeD9Mhx+exQ0Gws4puF1mHjhz2IXPMYFu5EcmWTr9F"
    "xXnAAStOlOVEdpYHn/hNyOwoaUio3hyvAv5VwL8K+O+2KU2Uic2XRGTMlqrZ6SJiNZU9Be"
    "oM4f+H50xi7VGBF8Ms+w4Lt+yCAJOMVNa3zAdIEzapUOzZD8YDr2p/NZd8OixaCcFSCsEB"
    "F8W9O3GgEr/Kil/BuybMgQSwGg68mFci6ujRHNEQxQDRQiHtpJAz7STHmXaSdqax1hJi5Y"
    "GimBbSuRanJSkAaBq6y7GzZleriYGeVbGmXCD5/yw9RMtyAVLG2DWQ85bc9n87NfFBFbKR"
    "55VQGkoNGsoVnibwV2gbS0PXssqhpwcV0Va2BEW8YiGscJYnBr4h0xTo+OqABOoSVUID9J"
    "JhJRrwqOG5Qc7c4Tn5M0aZO9oR7Mtl/4yUNr+HW5eX51n15YtketJrk8GRF5UmfsZMk9GT"
    "Sg2SUg2S2RfwAkLbwveoqGwYAlooGFZvhCYr4nyt8fIpcjKFoqAWkrmGyrSs+S5H9n6qXy"
    "9P8n6h8SVKcH6uDiOToFwsCu/b1sCXKxOGF0MqNkvNZvKneZtyr3McqgIuZeOzJIrvqa2h"
    "uFoVO9HNU3DvyJBiymw2Wyv2g70U7e+ZEkO2XkeEWFGhtzp597ikrTk97KAFYWTbl2tymU"
    "iyjJ5hRqwsm1sIOzyXu5jqbJRABWxErHbWkoYW+Ogdfl8g5Nn68gerRVgtwrKQVi3CjVuE"
    "Y4ZJzSYFRYSWhRimRenOh0obqnNnG7pww9vV6PHcHc3AIwpvZg5kvATXv9ywDnzExbS1DR"
    "2SoqI6nh/cWqWFcWqLU1ucLKSt2aqutrh6t7hAfhbb5BKomra55i0RkaqRxJ4kRtQoRFE0"
    "7SUm++CcboJpoua56RNA5agvH6zs4qe681xeIndOO7wYSkUYxiz5VUQYYnI6msnZJnPLJU"
    "ZQB6yUGKxAjS2UWL5GTOtrwzQ0nJPj1gpLM0igtF7TmowcrfU6KNaYrbbSeo7FG3Gsd46h"
    "aybpK28h00AQ0At0wT0mCyJhk5jVcMUazDvgjsVOEm2G23rjmZdTWq7ScmUhrTLkNlrLVX"
    "XoVR36ptJWCZxK4DyowNlHFtptLM85xWxl5E/JnqkxuWKoFoye37HhRUVSBEKoX7zrvx4M"
    "x8BSJGncFoqRrD81S/jJbH/9vGs9Qxjd//U8sTR7kUziWidHVeUtaGZiT1vTrCI2cMtDZf"
    "atKE7tWrLsWpJnvQ4eIK2qmdqq2Inc/Qk+BM6BYkV47uBaezAszwYU2cX7ycLbmiQlFi6I"
    "HYNWyKFd2b5z2Bi8x/Cr7zzjWkVyVOO1K3Xds+1IomqgR8ZOqCRVKZNUKesFRYgoRokPKt"
    "jgmMSNrjGCAkEC2kKZoCEyQKFMr6MJ3bIZho7joz+mtilZBErNK9rWJkWq+HXts8Mh4igV"
    "DhFb1qoIh7ChDo2Hko17YtAWbjRK+axN+TyHSwMZWQWXkkO6TyqkhPn+6MIu/IQ2CchDAN"
    "ppEGimaT12WVw51Sn1NdxoJI+KRZkHqxLPlV/VZZVLXy6X/nEVnlbrktHHSlF4Cr9lzNwE"
    "7HCaZecI2/908Ps0f/sPN5iL8ehzMDwpE2RJZXO2FpUTziJgJaNVLqPhbQzLWRwFMS9idQ"
    "9SAav5AauSiEWsGP61q/lLLrdWPjudKw75pgEnHPmkJHQF7Td+ycetZ+trzaHyiovfWUNn"
    "ZR4D27plL/Cof1h3P2NZ5lHbOcCG5KVb0FS8pW1t2BCOYFTbXZ4hJx3G+tIQwenIJvulYT"
    "vunPK1hDKaRqvKRzLbPU3tGcxOgRWvZeY145RueYjD6dzeZXFga6o+HtjK7VquZs6dLUSL"
    "MimBXLjiRdkOGlhZWcBSjEhjFRfKcSFMyaazWkTnTSOVwlu5wquiuLPfl2a6JCSP4h4TQa"
    "PD0brZiW6evs000aI+h61mLJjy2gVsToEt1nVfYX0YIYgZDr+50EaaiR+RKJmvucmCpS7C"
    "bdfsQ8j5AIT5k+rL/DXoS76bBz1NwwOEZM5W02HsqN/fmQTOkcdVwXLH3v1ychX3c6BwTt"
    "Ie0sJ4rurbCkTfLQEyJ2AtJHX1viSJI6raurREF/LELlF0pqeA7ct2rH5V4W/BwiSPoVvg"
    "RK17hUnIOGVI/rzW5VJP81o6l9NaGHPRogpxVPtIXX3+NHHIeRyzFKHxACsTlM5D/EgaYs"
    "tFgt4B+oCryFV/eC64klBMD5B/Z+iqP5kO+xcXf8wng083o/MBPZM8NkP7s8G3pGZ2nE2A"
    "mWdL23VVqTdl1G0HF3TL22K6eQ7kif55sTIJ5AEDZsIjjYqYiZf9NsoYaiOwFlppm2uVTX"
    "tvVWe57HWumcb4CvIDIoEcBuKl9Jz6sE+/TKCpZUToRo3sFwZq4hT4K5j0wdH9VEjKB8+k"
    "0oRepE0kqt2jQ+dUllcnmHBPeHbm4QSvttfZV3Z5cmFyB57TRblLpHSXBOxKsSCT/hFEm7"
    "SsyqqVk4YhYuXfI4j22OqrpaeosSwGUp6mAnZgmdtBNHo9kLMfRKNJ+k9Po54HMcEhimrT"
    "znVgyxT+69156ZYcPLRiRmlmaBsST16GEUmkYsLzLebl1iUuXNnNlfeiuVy48xxiaHDmC4"
    "3zMhBDa4bgk8DlmVmr4UQFmlHn1H9qgJ866E5MGuz09vmf3znAdxKQfo7kcPCnAvIHgX9Z"
    "KN1JQ9gcT2ytydpr1OwjamOJotTGIPQapOzOCV6kGfHJsqGxQr/AXSogIcfE3EAmZNlO8W"
    "FbewxNg7HZh/96/DdD5rA761+f9c/xFD9OYL1vtObYYPfm7GwDbMRuXiS2ng0ny4ljbcgq"
    "QurtkJ8a4kTLsyRzrDUGOBYrz4u3r+7C2YZgn3kMoqzBUi1Q3Rxr8J5hKSbkNUyJgJStrY"
    "CtTWltEsioGb7e7GzJECBHkiS5X2uSJEPVq0zlxhi0hZEZDYnEUAE4KgAnt2iG0kKVFnp8"
    "JjRdC+3rrIYMRw0NTnXz9FATLlak1hAbK9D7hCUVfueAO80kU4PojBY+rjkOdMErDWwtTE"
    "1ApkkXPGKlEh/dYlboxlYzwyN3FvIcTiJ45XeYoRm61R40g07EW6rD3i5t618Q4R82virQ"
    "NX0NA4sdFqltAzo/g9sHaBvL3S0pYfsAHXJyA+A/Pc3M1npjCZf0cTlZ55HjSveVTveVuW"
    "NYS3epmE5MX44U6XPaFgSAFpoc3hdJrHqfnVj1PpVYFS6EgvaGKEx5w8pNbbbpiBF+j1FU"
    "L7mgkPL0cwRXWpmCwymwyqMSyKNqYOZt/2w6/HUgaE/zUT3APmfoYnz2C8mqZZ8zdHYxvi"
    "a/2WcxB28iA73IVvAueyt4l27ZrUwwL9AEo8rQtY3rHHurTGXo+ngL1bWspjiRs90i1opw"
    "eEGDxRfrEWw8fU0d28C0XOLeJir+DriWdQ9eYUIbZG9/TTzgK+0BAvJng1fBns8xUVR0zY"
    "pb4SgLwaEsBJTVwgaCKEp1FC/trbX4HXDzKL/HKLo/L8Bc0GiwOXyR81YQXpKde0BWLN6m"
    "zU4U2a99Y3qxvbqPAL4gRIs3FhbCwMZ6gBt8gR7tIweXS6i7wMJjAlsUNeUzA0mXfn9c7z"
    "iRblVdlWvw990n/vpiLOBma7kQ6bv5PdzxbP+x8RFF6k9SVNaGy3m4TygHgZzbf5yFAsth"
    "DKeWxNJ7UXYZzqdtSs+qxHkg8nfOJoPz4bQH2OcMnQ9OyU/6MUOD36+Gk0EPsM8Z+jQZDP"
    "6Of7PPGboZBUeCbzN0Nh5d31wO5p8m478PRvjKsd+kDtyvg8n1gJSBo19mqH/+t5trfFP2"
    "WcZiVX1VuPYKIZ0BZyN65RgrBBdpDVSml5HtlCQswuX0WXzatbFHSuvgiDCHPXMzOOOsLd"
    "vFfzynBnoeW2IweXny21pzAd5QzQVAlgvuIHC1e8waIvpKzZakjMjdyLLkuBRU5n2spNP7"
    "5PtiG0fezpHaOmKStdD7kES2qBDDoRcky7PFqnnvEa2r4P2u0Cx/lzPL3/Fmuebwuk3nJe"
    "0EiNZRuJZ1hDSH1lyLEzibTeMopnVUrmUeK9d0NvWb6aSsoDxnnabOC4sbSE0OdwuYOU2r"
    "aAB1H+AZujBc8Gi4a/BIhFgbbjB3HeJNNNwuPoalWDwAftsamLb0gA3JER0/HGsUzcySFq"
    "CZxPgUL7+3tvs87bdMmjn9W4RmzuhvZeRURk7JV1zlcHtJhGfLJHkuIdrHYIr8pckPNRuV"
    "kvxiwBYKfg0R9DjRaOkgxIgAIMrlGLICNktmmWkTl5th7zmYXbMWTZlI5vgR5lvN5tUbzC"
    "Z1CnhAy8TW1NylZW8abKGQNwbwJcgIdBMQbYgUQakkHoEkHl2z8aTdQptUG0rTPKcmeAIn"
    "rzPxek0SwckDG3ABrAdS6sy3jKQjynLfhMpqWzPqlReUePjGiEudASV9kJIfMIbsVc+vjt"
    "kIOUoSu+gAK1WMzOkgUP9UN88+Sgs1zCEbWtBE+tva0NfA9kxIKi8sPB1zfk1SLjS0Y5Uf"
    "HIClB/BIx/mlCuEDXmRIuoUNdYivlbaIVndZbiBoRHSlfzOZc0H5Q3zPsAU0/RFEd8Zspv"
    "EKAsmLxEriKqupnFZTmWtHtJUbka6NyXemoKCSwrVJNK9MIFHa/AHiN/zNofjcjSBaFJhU"
    "2aSNbb2FY2KioBZO3eoDs5n4JLbp7TFtWm5VgwUZmJFDV05vBBVtlD2rVbRRfVr1xKN/dJ"
    "ZmTU93C2vXc7JtFVSxr5i6Swr7OyQ1sgssek4zzR2gaZJEE9aAvtYQgnheOK5l4+sEbf6I"
    "Rkyb06XV7GovXXGNhJeiBj9TfspWcKVXsZpH7D1x6aeAnBqMb6GIWot21V4pNVh1WQwMXX"
    "xv8T+sP8QtXYiLGs6PZLoJHlaQO1GYzAySXI3wN2ORxScCKbX+yGZ4qFlDplKOcPvqOKp9"
    "dP5QhM4fsun8IZ05otpXq/bVDSHp1jYsm9smNnvDi0CkDac4nrXXYkFt/CX26eIgUfwBw+"
    "E+XYzHk46gxEdBPUA/ZuhL/+LT/OaqB/wvM3Q2GF70APm3oNxXc7VZIqqxVhq6thWX8mLQ"
    "Fi0mR5CzF9quHA8iQMWBshzAS4/tlgnoigEbE8n1IgPfIVqUym3YwxR/ZeavppdpJaAfoY"
    "VAYA5tVPCxLF4aEvt3SppIZTpq4iO6BXw1BDGnnalE/DX0HtEgRQ3cwbX2YFie7cco0pJU"
    "bwzUBTZ8MOBjFzgkqPk1SwDXwEIzzB0wjQ0vW7yG6yvPjfLcSG9mrUzzZO+1qAMnjqpL4z"
    "zoLK65Y3Z7XTiSqy10eZ/T5V2M+gng4VjwrlX0VyLnSxA5qRt3ypiUkjb3JwsImow6hYTL"
    "PiCxriTXyhcAqURHqqNbj8hPgsOnTEPfgVekaTsW/SAEC4sUvPgvhvkvdv7tdsfpl1LHDZ"
    "R4KZd4KerZfJZPUzLSxmSeH4pYzn/Itpz/kLKcq7CgesOCWl9O/vpqMDrvn14MeiD8OkOf"
    "J+Pfpl96gH3O0Hj6ZTDpAfohh8uI7QxztvKnOUR2igy9KglMmlMN3QX/Aabh1CZ9dv5n6S"
    "GdcADceYbpGsh5S277v4J+vipkI0KomGwUEP3VZf/3JD/OLsanSZspucCpaqsqT0UGEvJG"
    "KivMmbCHlykBkSYD3RrNrLoSDAlCLXjNmwuTeXHoNs5NIbNSbV+EamtbGyurC+j+ZPdp1X"
    "YbDC6s3xKP6Zs7C7MVbDDXjK1p0OIOb1dvsZbpkV4rvmaKt2tScOQnlzb3hA/QJh3DkLvm"
    "abVVXVbpsnLpstK7SppHbKXNHkqbxdJcVoeCzIkbw7TJSVLZrMXCm7UxkCBdEygl+kkbDC"
    "fb/G1TtJQU0XCKwfUxeKHtnLm1nFOJVsROlwLKYacj92uNne4RwntCZxG+RDHNZUlneD0G"
    "wZ8C3r358fmlI+uxpCr7xwuwf0xYAckOx/oRnOo+bfvwy1AWtnz444EGWI1B4Hh3G8PF04"
    "KGeTLzRBDSiQ/e7QAWrZZLnrnjWdeq2MahSlqSc6qkZTu5IUHauGzyct154/7ihmVcEULH"
    "US0kdPURvKxHVZliH0lkmwxVh04D9Wx9rTmlat4lsUo5l1o5NzZYHsVy41JkXYuBWtey9k"
    "Mhu/uHHLv7B04jHnx/aG9tg9cjI6cNTxzWunDI6jcQrFO4HmfrKBawt0cfcFqToLvh6LOo"
    "/cKH9YD/ZYb6V1eT8a+D8x4Ivs3QZPC3wdmUHAu+FTNz1B29F+iB8zuhvlQJWPtqHtXU+N"
    "2nmvh+noCqzHOZd3PGLLwza47FCUZ76rWKANv3Yp0UerFOcl6sEylqRspG5ONUJFQ1uTMZ"
    "ompy1xGfqO02pE8dLzrRP9XNs88/aqYJ3fmWjS1moM9muTKXS71OKXO5TNyIzn242VouRP"
    "pufg+F9A4OtHXKeC0SEqvMJ2hgioFaaDevRclTpnMJlhhiqtONrWaWqleeBitWlGYFK6NV"
    "gg0JoGJBaRbgFdzDf+9i/qzXIu8qralyfCzOlH5Lsq6gOKJMGsqk0RyTxoS+x51sw4Y/oF"
    "vcvDFna4OycrRar87JkPSngSgX4jhl51B2jubYOZT2LcHEV9q3NKxQ2vfRWaA0imyGKI2i"
    "niQmLFjQuc7LYmLniugRtj9YaRCtlliVn1Qmbij9IZsNSn94ERKTElqPzgLS9kasrlYE0a"
    "KAyurKVB6+ebN0M7nm7s1K0comvVK0alS0sjqPxc53BRQuka5jV9oO3G5J00+y7d0CywYb"
    "y8YDsbIFbiM74u3PwKIofK8dqftgwgeI54q/zAANLcAjnp/WY7quRF03UUU15Sqqqeo+1h"
    "scGL5Cwh45JdUqxaINLKD7Aa16IlTsLAFrbr2zwuzJoXQtBc78HVqIK1GMYknlLJGm8Kpk"
    "unlDtJdCucJS1F1V/K2Nv1vbsGzD5Vjv8yIgQkhrwnhVIxJViFPAtPIbNYh0OEYV/0z3aX"
    "OKclu32lHaBLf1i2FGoys/9c+mw18HglqDj+oB9jlDF+OzX0iBJ/Y5Q1jKvya/2WfSpFrM"
    "BFXIAiVQ7okYkjaZdUqfZk8Uf8jSXJPx1XgyHY5H/QtRNkWxPRD9NUNXk+HobHjVv5h/Gk"
    "6up+R07EAZpim/lvJrNdyv1d/S4khZlVaip3PFsDs8mZaGO9f2ACWTtVoMyJbJVrZWIhUp"
    "ilKBhKVFMtNyy1gR97AWbh0N2SoKGZmOVoBeMsNh3fXn83SbTEv84fWZ0/H4F1/jOICbvG"
    "odxdsuSoq7cWQL16yGirucNYw+vSTi7ikTUzscUTc4VUTMLRivdW1tsOiKuUybDW9NzV1a"
    "9gboGgJU2ukxZ+YbA4FXuuVtLdQNu/asbOvRXXeBA+0HQ4evu0D38Cq+Seqptdxkhl5tNf"
    "ueXHRteTYeaVoeWkFwZ1nk6GsSFYZvai/e4HHuDpDhLn6/AHXbv1YBXxIGfInKDNW2q5Eo"
    "m6R6YUHF0tUbS4fXHM6KUMyOGWBlpnXnbHxzNR71APucoasxfp+ve4B9ztDnyfi36ZceYJ"
    "8zdD2Y/Do8G/SA/2WGzm6up+NLfAX6OUPTL8PJ+fyqP5n+0QORH3LYOW24gHAzJzuXVZqz"
    "qYscUO6+PuuPhL0IN9NxD5B/MQMxHnMP/0ubSBA2Xw5GU9pHIvgxQ1/6o/PxDT7qf5mh4T"
    "k+MZz+MT/7Mjj7pQfiv+VgLqlEhO8/p6KByLKYAh6QoYHgdChVqoZVEt9xaazSBM8J6gsR"
    "coT0kdsKd5WFb1dvfYkWsMxMLMZSQRcEIox88X6YVC5mhFMq/5QDbk3w0IHtpSrE6CWEGP"
    "m6/WeiD3eydX92vlvEz0VV68Jdf//p4dEG1pOtJdCAfw2mnsMFcK2whW8XPGimsQBYWdcy"
    "M7QquJ7yrUm9PjUh3ukleteCt1/IPhUHtSmfqLJA32A9E5vUUVSbyHrgSe05UHA1CRBK6C"
    "zppLc8Wxfz34YImc1YMinDqqLS4SsqSZPEJtt8b67zlpPF9m1r4MuVSWSLIVUum8xcfrGh"
    "/b+Oh+c9QP4tY0yvPkTmwTIWJdrLJmDti/iqZQNT4ffZ1G9mPJLk4fe+4XECicjpsyTLOh"
    "kZ1C1iorTD8SoSv9X2KRWJLw8vlAJ61P2beH/FJnsIURbE8vYslZNwkDBDa0uIYdkiVI5i"
    "lO2wmO2QBZaV0gMSUKUIKEWgkCJwhq9wblvbDkf+D88VEvt18iwLPLxgdMIYQYDXCMNaGD"
    "pYGIT7dx4Ny6LBBeRyXQC/4WuYO2AhnY72EenYhGdfjaNrfO3Qv8kXSOlQKhb9qZQQeaSB"
    "nLyDPfMExLIIx5VgVlYwi7wsAiJDHNVCoaH6kOdwpSslNKTRSm5QckNhuWEKNyR6HWbJDu"
    "H54vKD60MKRzgGMYgEDZaWDRzNhD2wtQ0d+kGIhrvrRmQDIqHQGvG2hxDJNMRjHwwTrqDD"
    "C3ms/gYqP1HlJ8pCWpWf2GiDAV2FSnbAjQKVqFta1A12gPnGQu6aw4ZMHnCQbeJDZUG68A"
    "HaQnpECDhgEMjleDT90jnQSlJ1rEdotSmavxcC5EjfK1ORv/P137NA9pzh32RX74JZGNxN"
    "jqG//kxKhHJk8WHFjfqP5ljq1CHP9ZS56vCgrYmnrmzN2eCnM7amAe0SJOaDD0dkLCg0hM"
    "w2JKnX9G9Niy95mZBxoMqGzM+GVImnRyE1yw2fU1lbUDxPICXudtrpm44FHMtk1hF3DR3o"
    "Z8WnzCkyye30ESlSOICAAz1koWpamuUwomY1FgFJTJaXNBeVGCY7HINl5Gw3z1zpZ7QSc6"
    "AKb3yhnkWVDH3MlTvwEYhlQydQytKiQkflCB1VTdvrdpIrK/nR1+zmpfWV0YQSKX1Xg9H5"
    "cPS5B/wvMzQZfLoZnZOOPcG3gipSzQZgqt/TPDJeth8JIsmxC0RweeEj0misVVgJSPRH0k"
    "1B2mWKkS8CecmUY8Y8PIlKLNFpbGuM2QdeolUOajZDVAhZDfaYC9JvvcMxxbAT3TwrDO3V"
    "LhBobntoRSLBSal6E1MH2uDRcNfAcB18DJNzbeFH3sdz0fitoOg+P9r8+ZdUgWByBYLZGr"
    "oXIGswvD1tPCszJKiQOl9U/6GIqP5Dtqj+gwqpO3gOnqav56xBiagoGkcqc0FpWfQewm0p"
    "HiSAigUqrlHaTXJhPaKVrS2IBDgXlD24WImjBFQg10ECuTpXrB3B/sHFYjCqm9svJECxw8"
    "IGWDoQCB79SERf2hDOnbWx3ZK7pvfNvAivFPaAgV7hkcZGenlbthivjCXPgJkdSJ0CtiWg"
    "Oh5KLWscNZVQzN082l6xKOt42OZyr4oXqhYW3Rm2u15o5XjEBSsmVcIkmazIZ2sN0c2Ub0"
    "v2T3eftCjPdTqyoGF5QPKMAIMQSzC9xN4IzKqgglfEQLw2SNUpZgMmv1lddQLaamzexezL"
    "lV15hqK1UAo3SP0aj1VjD0IdPHjg19hvFaKoQhQboLUf2HqytK2NqE4fw7SJ9pUpOOJ2ku"
    "daR9pO0ewGtxn21SY0tb25+jzpnw+64JfB4Ip0DD8f/zaihwrq5TVHW4lXVX9mQXXpZnH9"
    "YbUqlPk4ocyrchFEMWQLI4gaEjEU0ETqkKFr6GINesUoyFP3wgHdpxU+Jzr2SY3vgsb5vH"
    "nESwQIkD3wuDb0Nct5BIS3wHAA80F2qVr2uNZcsMZPApFDmmQaLsAHWMEoABGnmmWN91FB"
    "R3IFHTEGzvc5pSJbFRd8wFzUz5Pxb4cqe1J9KE1IPdPQhSSEFPCAJJ8MMFkPQ/FqJF9Jtg"
    "7mqMuMOY2ezt02fAuJSABq32+K/J0DdM+2IV6+mUGPLNrEnseW6J/9YQ419FkeXr0BnmiA"
    "xJECosWCd7wChZVe+xm7w2EsTg3ZLo5s/TtqJOuxlcvKa9Ro+lo4MyqOemZ2j2wkFkvv8c"
    "s6016bwnTkghU5F/MS6WZpZO1ZZ4dcesXI6G0XJdOd4sgWGisamu7EMV7Qp5dEAL3SjAWT"
    "MkmYFU8GTYzIFUO3eOx8Ew4W6bnh2fpacyBrjLE1NdSLCIpdP5QtYU+AC2ZQyGi88exLql"
    "I4DZU0ZfYzt5UbEVkAv2piZXAiCCXtqxI4UviNqHAvKszGQC9aIThq4Ylmk05VBjr+FkYE"
    "2TIciOEUA0ozQFVfkYELL7JA1uD3q+GEVMPyv/AKZM2QH86FjwXfkkroccK4tjZ8MCzPEV"
    "Z+EsAWpW2qkkXSMKSZNjzJSxYRC90V1qA7GdY7eq77pN2OKOGFfccEAfaWPmpeo6XW8Yfm"
    "LQysb2KcRjy6rgHtLksTSfSne6KeUW13UdFGckUbqcI8qtddQwvzBKuQCI2jmBbSufpJTN"
    "Z2gWU3GH7AkhhSL7zKsiSRdhDWIVpou1L1iwJcm3igCuuUKqxzNDK/lEI6RyNwqbISragm"
    "0cSCLap73cFqGqnudRLLNqp73cHUI0lMj2eWt7W4hkf/TDfP7KjTMfU3rEsUjok23aKVY4"
    "ijik45KmTPsXRimOyM50QKzITD8FYA7QdVaub4a0+2TVHqfmzNM96q2Eo5tlhlKg8Sb0+K"
    "JN6eZCfennAC/twM2haLdTi01NL/tT+86J9eDERVrBDYA+HXGboYn/1C4hnY5wzdXNPohm"
    "vyPR0T8et4iH+SfwtKpDXHPbCtm1SrSrMw3+seR7bQ694QLzsnU4a52dNsZhJaKT6H0MMw"
    "WpJUs8bxmRWMFNnp9gjlUyvgU7O2hBoWx6+WTeIo5oD73GH08lrcwypx4/CJG5a9wIqGDZ"
    "dCUzsKKkVnudKODzC3SYVfcUNfHFUTpVu1UocesxJ++zRWYrO35Ko3WyJcy9XMMqzgwhU3"
    "SsdRWFiYF69ZmoC1b/2pp4amCml/ISHtsWIkTrlKJE6V/JbsZWsIewvp2FE3liCPE9DG8L"
    "nz2xoiUoL0UXOAaen3rN6HhgDdngt615s+CaRyHk99l1sn04kcjug+7UyeBx68+r3KKkdE"
    "5Yi0QsFUOSL1Gkqy21k87VdsRGuL6ZfJ4PrL+OJ8Pv70qQdiP2forH/9pQfIvzN0NZicDU"
    "ZTNi7yY4Y+TQaD+XhyPpj0wP478Txiuo4+D4jrkX0r4288KaYU5ehEqcSfDbWrWMtlGWMA"
    "D92aKOgDWwLcNRaHSMngMozggBUfSkZ/soB+MqkF5J8EqjXEryzeSte2ZSZ2DKbMjGUnNf"
    "zGusDMDaxYCDs7+Oj2GR0/vi+wvX58n7m9klOJVnUG/qPmfjk1cfsEB94YG8WLtEUxhtEK"
    "cGW5HQErXsvMaxaIVSb/9XnJr5KxtGpBga52c23pQluUuDyoksRSNek8EwplZIYAOdIxyW"
    "0b3dw7Mdv1e0qhtFicl3YZwx0w8zI80tjUS0q5+cq2vK2IDJyAtS5usPoOYDqe+nMHE5Qz"
    "t7MXmzhKrTiVrzgsdMdxLZ3TxSjXxhQHtqlwx4G1ccNxPCiaVhliWiPRHN6wNw8azBkbg6"
    "Oe5ebdc9Ctqcx0BE5g+bwsG2LQFqlQR1mFCDX5hoq8dShA1d7jShbrBKe+PZmGZVbyOE6t"
    "5uVrejcqzfV80v8k2luWgXqAfsxQssT3VZ8lt7LPGRqw6t70o1NCB6g+nVU3NWNT3v7NgS"
    "ubqMw2UcawkvbvFFjxWmZev4gaVpLvgqpU1VFCDY9agFZN/F7QHGeOlzOSiMnjQp71nINW"
    "1QuLm9BVHlX229CuPCpJUiwG31xoI82c0Pe2w0mxSIzo5rcJ2W1IrB70MXO2HBRsGnJpIb"
    "gjxSzBna2hxXcO8K8HnJ3jwg2wHqEDyN8NLERScoLbhONeGS4+CHXPxQMN93W6ZUhN91CN"
    "gKXe3bKzRoIe0OLdsOJAVbCutKDtrxnIEpKxYyiZkx+kiZj0UwrKJyOo7g4VuAZUvZ+DFy"
    "cQLwLxzPoP0k11VQBCKS4tU1yufPmrw1FZwnP5yoo/qqB2MkYQBBBgLYHG2ggu8Ie18HS3"
    "Bx7XmtulBfnX1iPYePq6yxoU4p9d2mSQjCDFBe6gjp84rZ3UcI8ZmqE+YEbB/bUNJ7iygc"
    "AtsxrfdqleZBEFxqHHo/v+7Vtwu/TMpWFSuctY3OKLzBBB4LvjZ6X3JT/9ZwUanvdgoy3o"
    "X4If6NW+T2MX6HgC4H9pSv5rrGrpkP4ZBZWprx3/JvMwdTb6aPtq7Ky7MPy2NfCkV9XYjy"
    "0HZethqmj4UXWw5NtUwvOfvIbMklPn6qI/6gHyL0k/n5yT9PPJOf4+vrka4zPsM7k+H8fT"
    "HxBW2A2VwMnMEGn8TwvoaoYplMQRgTQ3qLrzG3f7RhAuirYUOnS49QZLB1bp5WqPlvm96P"
    "zWv7gYTHuAfc4QE+R6vkBHql9MB5NR/4JUv2Df5Fi09sJX2Sgyj/dGycWcq8HofDj6TAqV"
    "0C8kbmxIo8aG3JYIk8GnGxZIFnyTg1lNtAy2K+aSaWCCHogQo6je2Bgf2UJOahavlPn78K"
    "bZoznYknNbIkJX71171EwTuvOAbKKGDC5cBbGVXdkjFr8UG/LdEXGkipOWOk5aM8p4nCIw"
    "xV+Z+cuix2Cpun1prJKSnxMQjClZRknhgBUfyvEh7uIS4kIKqiSL0lzQDNPjFd7IFqUjkP"
    "bpiCqaREWTFNjvJY8mOdM2WCpcoQ6vx0BwrpvbXcAfpdoKtKutgKp9X+9Sv7I0TqPebPoG"
    "41tXJqyeVpePmB4i5A0BLZy/NTW5LFmBoeraC7LRviGCSSFDRMmyC9UWXFAMro/BmrcwIO"
    "JVW8iO+4liDh/4UyJc4d8z2i1mhr8Pfh1M/sC0/M/14PPlYDT9z/Wof3X9ZTztghkWDWed"
    "vzrPnQP1xPxkumkLRPw0IA6ug3kyJ3zogeDbDE0nw8+fBzSUJPxKgknObiYTGn4Sfi3GtL"
    "rDSfDdVyue2JH9LkUgzY2hq2LlrOWtsSHRkMUqU+8hcjCE3K81DNlAx9FWQrtNBCIHQ0pF"
    "meItiDQ8QdCcdchWc2ctdtJuNksbYhIhnROmks2nGKjhnNK2RFYYj84G/6ECw3w0P+//cS"
    "0pu/DtXdsy537DKI6wDnVjo5kZhuM0Osk9Bn/rX6ZpTqscdpwPzoaX/YtXH7oniQo1AVve"
    "pzb5B802NK47MPvdiGLkeDVatavceYsViSEq4aZNQZWDsKyD0CclS20sx4YIVvHh2XxwSk"
    "W2c+GKG2W54WxJ8EGZpSmJVOEjz+FAqWUpBVU8eB4Pyi1JPLTiRDlO/NMz8OpOfTB8eyKf"
    "BQnYAZ2QJ+96339fl6SaSPsokvWRnfSR1BQYzWBWZnkeoeGhU8k73/93U8msufjmdx55Jt"
    "Hufjzo4RaWH+tdWKrr7gd1zyZ3zCBvnjE1iWyu9kuabDikosvGQngaF+LEoRXh5iUfV9HD"
    "YnIzGjF3EPuS7mJxNr68uhhMyaHwK6l/MTobXFzQo8HXGTq9Of+Mbzv4/QsGU0jySBln00"
    "mxGJecEBdOdQwdOo5oq5gYTAlR5YSowAM+d4x/CTYqSEEVD8rxQIVKZzNEhUrXECp9Dk3j"
    "Adq7DidUOjzXLRIqjTlOhxtFS/D1Aav39Z0DXM9GpEadBoKr9QDzWUNaV446c7rAsoFzb2"
    "y3cAFm3sn3794DzcWSi+MCi5TaYxEHsRJ8NdxjhiydCIBkvcsqcPd1TxUWmR2rbLbHswJ2"
    "sVJ4CaBmb1j9u9gVfFKz110VwZOzCF6CkwW1twSqTcWZK9PdZC4v+AKs/5H1i6uUZcSix1"
    "Ayh+2VtAB9LKINfczWhj6mKznhxV+Awv7wFpK2+qbreUaFzAj/BlQxK52uUrUmX9Ytohwi"
    "qgJZU6leyh2rHLHPpntMHUoRP99uksS20HLSEEtJZmqPJKaSkeUaS0PXfPKnzCWx891CJh"
    "MUgdSQav4MM8Re2nEgwu/G0sWXVJYGZWkQXuqaVz5AGRok2deVoeFAhgY/i0eEyhFIC0lc"
    "vT5McqPS9J3Cb1kRy/74VhA3TwId/D6NCZ+pkJFQAL0Yjz4Hw5NxJE207gQV5zsHmdLvTo"
    "pkBp9kZwafpGxoe8kwReknqmXEkErlkk7lSoQiws2WZ03KC0EMIa0xalQmVZqa486hbVuc"
    "9yZ7Q4ij2lB68OC7Agm4L1HaZw9TBYZlW6gksQ1du4Tlq93Iopm2KdtQ7Hy3kG3IYZDC4T"
    "S05ZOGgLUl08+ygQk1G8EFnnJrwwH+5Xas3SQ7BFekiGwXrLQHyA5ZnqtbvF6WlV9dVUaU"
    "qzLi8WxIkq2IVe/2/nsgRtc4SJGVQ1Z/xRFT8vaYVujVh6g5ydZsEUk1AmkFlQ8tp3pb01"
    "hyxNRPpqVlkHwPSVB8STDNWy3yypuMb04vBuBqMjgbXg/9fKNQDqUnqdsqrHoyGfQvMsLs"
    "74SWjziqFVP7ACVVVUpDNvVVSkMNutilhjzNnGqrDkcR25/s5mlhvgdvQ0fPXW1VOKfhQT"
    "M9SDIqNXDZH930LwBGY/UHq0+Oqy2XTB3S/LyEtKJV6gpc3z9Gpdz+SUe/cuhL6dDfs66g"
    "vrAHtMnd/CL8+G2d3dHicnhBExG0QkALZazqe1Xid38lLMvGQC0kcy2irE80cUk2BmyhIN"
    "sQwVV2L8Il3W+mRNrkia77s0VkVxGhdZ8kiyVN0gHbARpaAHpx/JDkpNMFpmYsiA0faHjg"
    "GgLbQ+AW/4M3yFvArnkHHZ5IW/n1n+E9OIwsoOTcInIuY64YI/aYNom6B89UWUBOQEfftr"
    "VdVpqKj0hQXa6uGFXsWNeX/YsLTLKvfyaI5i9UQmSLYFpPuE8X4/70pxTZvO2ipAEwjlRy"
    "k5Kb+HITlonOiGPP4tcxiZ7OlZyIFUVnIwWqmCB8IWKuIyILlW/8e+H9HHIiKYoAVHCEZM"
    "ERmY2KsjfL6hTr45K2ZuuF6shZr/9+q9nC0ScxTE3BJ81bHpRLU7k0jyfgnMOlgYys3OP4"
    "gCeFnEU4trCUg2E98EickIYLNlBDThf/tID1iBx8qAvW1iM5ZThAtzZbD89YauN5XFMRxj"
    "9lIOA5XKGo8usrGUrJULKQVslQjZahAgVNNDY6hlJyVDq/W/Uzr9ljGX2yFJ2zI3gTsAOm"
    "xHZqovWhY3hJa2b+zH66ZH2AlXmSd/rT6WR4ejMd9ED4ldWkvwlL0t/QivTTod/teMhaHV"
    "+OzwcXPUA/8C8a4tbzQ92SgmGhF6fyxGbbM4W6uQbj5egD0bJmx0t8dl32VYrAD9n+oT+8"
    "+EOQAwzUA/Rjhr6MbybkJ/us5DWpvDP4y2zMMR5dDEcD0kiXfOLfnz75B9gX0st9OqQrnv"
    "9FDm7RoLo5Jp9vECi6uCVxcixyrWr16uwcF3JK/Z5algk1lJHMFoISHLnDqLpYER45LNVP"
    "x+OLGNVPh0kZ7ObydIDfiETHY2W7fbm2WxWD0Gauc2IS6NPLY7GfeFmmenKm+5SN3vaKGu"
    "fHCIIlvr1vGKfVRHvAcImlnExjYGo7Elb5ioSEkjBLspV3g7jL15FQzK1m44d18dG0ib62"
    "u1RsqFdZSuTcIaI3/2HdCUdv7jEtKmpw6L7DzdO7/CaGopoXpwnizenF8PoL7YMYfJ2hT1"
    "hpJofYpxz6lubMrSVf2uC/GiEgT8hooICRl8uPhYRUZDKhh5CGGoEo5bRy5TQz6jmbIdlB"
    "z4ohz2cIFZ+E+LFHyMGOVlmo/cQg3fIQR7kskFIUIltTKfPw8pBdTrmPI5VyL4tyX8SkQy"
    "LYnHUptiegqqqnPDYcqcIuhwuIXMPdXZD9kWPKiZ3v5hl0DH/knGy1RWMuEfC2pqUt4ILu"
    "0CRlxL+OAR2ASWyZD/ica/n5tQ54pYE7w91o29fg0XDX1DrjoY3m6ni2A9t65GXn1nYbZd"
    "iRegPNNuyoeMJ64wnxG1JGXozBVPJzaXmxiRJ765gQ7hciimwMJIcu2yrTAtvVee8E0uyM"
    "DPc9JhmHsHNZEm3D3oe8qe3TMSQ6pvnpcNSf/MGPFT3l0P30j+mgn674SgUwwSJOCVgLt1"
    "9VkVTZC2LjGpm+d82quXd4jSH8U9087dGvBl84V8/RiMKmeQuDdMED+2w/8GrhmICs/KRP"
    "w+Y18ONj8Wh8kqhxDtldPZObolfVZZVeKLWMpvTCY+mFKlvnSNk6i1judFFtJI46vDpyHB"
    "lYpXm8sDQP2njOMf7FWfrztt4YTAV7lbWTsLZ/JAmjpM7CvYByecnm8lLtSZQxQDbqt8sY"
    "oPJB2sz1rHyQWEiura+Nh1JsT0Abs392rqELLGKuCf4CfBULmBZaQTtqp7GBq9kriB83Zf"
    "pp54Yrl23wmgjK2fbBa1+OftJGSCVugbwhXzAkRjzacYjZ+PyLsfQeckVix6MdiBbajp8a"
    "VPZCTxsDvya6YcZk2T+VqVBKU2Fe19M8LlTQ+FS6DfU4QbHCCvuzdHVFdColqJyfMjk/zz"
    "Fv1GDZaBAxlaQlLmkhbeusrTxvbDikmMTljy7snl3a1r8g8qNpw5hbLRCW9uG1XfIJ/m8w"
    "0li8Jv5VPDJou87z0lZ8deWslXrvaaoE1lZ+NMlZXpv79iCucuWxPW7NKqVfHH5NUfG5x4"
    "nPVQ455ZCTgfrNdM1IHp07dOGm7ziWbmhZ7TWSQ7p5eqEN9bmBAXNtjxCwyJNiwoDgwZv/"
    "BRbRuejViF63Abr1ZuvZ+lpzIOmPYRuui3W9ux3rlwpJVsqCqHu3D9B28EVv+cb6Gu5RxI"
    "7vA8hwSiCsYij7vZzaY4RVxVkQASkhr7SQF7waKdJnT/09ok10r67PRLjCidE1hVPU5VB3"
    "qxmlkmnjuDaR9tCuPm+7tWwO9T+ZlpaljO8xCcovCaiBtM9zOY1vTi8G4GoyOBteD31jSC"
    "j90pPk0L5s9GTQv0jVpUNLUhZD51g9cugchylSFyG1aSzFJnMAUOTNIq8kqtYldTXhHQFi"
    "zZHrgUuM6D6laPkVGQwfUNgHx3DfOWABdW1HIpXWGr4A2EIbLIwNRA7Na/z3rHNna2gxI8"
    "8661x/GV4Phudj8vP7tx/xX/b27du/XvPccNXf4BmeuIBKgipVDKY0K6VZNZIVEUFJt2wo"
    "VDlzj5Cj2kirKmeqIPzs96OZlt6sIHxJxI8J1K9NfuRPcOpJgcMxxSJ9kPsGIrz7Yxjpb2"
    "zoa0BwLlyR6npLwzTD7sb4uXfUKut0abcEam/1TDwMP5JpcCLza7qFap2sWifLQtqYw/FD"
    "EX/jh2x344eUt9E1XFOItiGghf7cWiJ19kuRkOAVQ8khfLWq1Bs/fkei4J2TmouUV2b/pv"
    "unyNwOAXJM61bpFBAR8vDsHHm9FCOoAzZTDPbRxvZSVApc9iKjFLg6UjiMFRpyI3T8M93c"
    "hA08Zm4UjcUJTLiAwOACGIjkrmp43XQMBB2HZLCCV5aNdaoFCaYB3haYeILar38GbBZSW6"
    "9/EaJsYUA301Jc7W1miOmBhoMVQs3F4Hui45Fz35Ga7oQVAH7DBDB3LD3cw++JDfAs1j3b"
    "JnkirrbNLOP+NW4axldlgTwqK0QOk2e2KnkYT0ATFuijWKDJm8LdKjPyFTRe6PDLSg7FSK"
    "jdi6gqIaBNE7W6cB3L8EvJCoTqhJg2kfTQbQfwBj73eNkbeapJBKX6vAvoJkTJFt7mIiA1"
    "0UtPdJXBUWbuS64GSpWywbS9iUf/6AxdkJ7tFtAH56E97mml8Iv1SBU1zGOiqRmBLgUXb8"
    "F0DQGCj9BxAb6G8eCnWTDHGqfx1jOuNUMzdMtGO1+NP28B26DByiJtuohT75Xxf969fuOu"
    "iUbnQN2j1yCqJKsFQEWkn8kBB2w1fBeCobUCsJI3Q6RaE6kbCkhxDfgWYCXVcBxIdUugaw"
    "jcQaaPYmWUdADDj39LVEy8Uc3JNW+7tJRAeEzHU+92hvynxI9AbudgrgHyDoBX39MnoZXJ"
    "COSNt312yJNSM4+pZlJOMzKmuJDtW4ujWuhg++GkgH/th5NM9xo5lSycTRcBIffDHiKHA6"
    "JVfrXoMiigtCZhrekFXJneGt1LBI1XCWRraHvo6mZUEhHUX/cg5Vkrrr2qggOq4IAM1G+m"
    "F1P2ggPoAb/4ZyRIj1drYH+2m9tSmo6bk1g/8awXBgYE3GOaHHUCYqlsadhY7/MIHqtcCK"
    "uK5Ia5GS6lLqZUO6l3/SZ4EF8MM1QkcFoS+FhEEEjuLxE54KMSA5QYcORslCW0bc3kCQHh"
    "uVwRwPZHFd3/kb9VkzI+K8MhKbMLar8FGmDXovs5WTR+xts3iyzyIV0AH6DNkQMqumiR+k"
    "HB5fxdZH+/Of4DVSUhOeWFBNMEnLFxoHLIlpYa/LdNmANxnBLaGim0HXvG1yy2bTGJ4HyL"
    "Fwvjm5CvKYErRWzJeiDGaZ03cQNS/5hJ6R/TnqbobssVkbPW8QTwRYczRqghrmmkwC1UNh"
    "qiXGSGyESZTe1fc8telBB/0ljVRLfsDhylpfhbl0Y3pv3fi3nrJNPpJzTGopOj2fsjukX0"
    "+3kkZONpNf83kvBDFW3NdndgZbk0GIsccVz82CwELLh2LIvoVXC0y4Z22TVep9OW6rhJMm"
    "lpS6LTtOB6xKVADhOLgV+KGD8NzMlRCsnHlk96HTrfyO1SCUuJnKaNhbAUpYwKMhsVQtaK"
    "GhVCoDIqlN5Tw9epqMa1f/9aqNcWCex7lx3Y9y4V2McWKQHyhoAWkvenAtT9KZO4PyVpK4"
    "8L89hUPk4iFN1auUJ4BuEDwIu2HOhYUBSubLEHqewxgfi7piRJtivAdGVbj7yVIY/qe4yi"
    "eln3hLfFdBPdDWMwZZpSyZLKJiW5TSojXTJ2vlvMHiWWMRnGqQDNhs/MmCx5rWjG5C3YaN"
    "u9ZenVZPB5eD0dTAbnXfBpOLmezseT88HkNa2mo/kWLjzq02AyGUy6YDj6dTgdDF4D18IX"
    "/ffM3/lJzXbUBTN/Swp/soWS/HThZktq99BgGGDZjFO3P4NbKuGauzkW126BaWxIAqa7hj"
    "MU+XPDaJpoqii1uhGrWlgviF4KvCIWsiAwJzpeQ7tHbff6Z/zkzPk5p7e7JYP2FWIZkKZq"
    "EpNeeOeNtmOF7PHj/PhmYawMF1BPKmAXY+XttZ0K8ZV/D1LZm0fP3mQrxbwcvbng9oUxqJ"
    "zZ1hftjOx+aaZkm+PiqNaof9VVeors7wJ0TcIOR9gfGkJYlQirEmGPuymqRFiVARMb18gM"
    "mCvb2lhn2marGStuVd/4gG6ebWJLhmJZgI0tnBEbAIimSy9BdXOnRyNMmOa+V9tJ9V1kWv"
    "q90wVEQ3/EsxGrzMRMwHR2XppsDXdQinVDFWv6KbCPBePVDlZsB7vHfxqfvgPkbSiNh/iZ"
    "NL8da4zWAVZmWneu8V8+OO8B9jlDN6Ph/7sZ9AD7TK4+Rwit8L1CwYImJLSloTLzouS8r7"
    "6F0RbaQRtUYVWPAz2cuveu3rW+MnUPLxi265QQi2PAFkrFDZGCC6VqQLQow+IITDFYagbb"
    "mAm2cPxUBKUCqJTdRkqpV9ltsqmv7Da12W0y6pftT3YL2GtEqpexqAmSVxTYVH4Gt54DF7"
    "fEjkIqS+OVGmsPBOF0AaKZQrS69S15CfFI55Zroanqusou01C7TMB38SDIOLAu3amtHJGl"
    "RoZEhc2qD3cI1igBu0AU0qZEl8pMAmR3EKBnMFzFKKjwZyW7Hl92nYTyXKYEGxlSQI6NCI"
    "hFpVm/YydBwg0JzGVyKHH1kWz6iHdw7xTcF9CzIZ6jWAK9h7vs2rxVXbxIbb6EJLTPlVQp"
    "9ErmlX+tPZrQWyLvaqF61D0/B1mlgL/InENFfnIEb+wiyrY/vHW69kkha/xJjjX+RFnjX5"
    "A7URIV5gxzfGXZu3PNoMphSoGJD8hVX/A9zJ1r6M5c90HzRYh6SovJZjy3HpffzTy8UaAc"
    "KPu4HPtDtq6g2taXqNayn+Up0uXoVjFUm0ScykyGJslzFlsNQkibCHpgmfGfnoZcg1eTLI"
    "/yUZQifmniaxviiJ7rULgqURKpmFCaCTZcevjvXZRhQxqrGFGaEQiWehViMEV+IfLLovpQ"
    "A1C24hM53S2o9jCTUt1KT5DVENYitmzWu1GpQPJM8q5SgapUgRJzvqAKlEC1aZ2uMCMlXD"
    "5ShM0rwBxFtTC6uvrcKsNxPG7OQN66G2LaNHcP7SAyNbxOirqH9iBF+tKk58e25dH98OFt"
    "rSM6/LbNyE7KoXsEpEhfmvQLw9HLWlfSWMWIJuqVgwfMv0y1MnK2W0yrhARRu1IZlIfQ1x"
    "pC0FSqpDzzuqtUySpVSVU4JVRyPr4voOR8fJ+p5JBTCVnbXz4E6BuBKBIXIDHdDwRliz1G"
    "yRRNlCmGLtxcshqlPKEierqgVGFgyHwTwdQjVtDbqOAcmaa0EicqFSeCGZ4iW/aU3SPatB"
    "qroJwmrgUqKEcK4qugHAmYoIJyJGGECsp5qYrOJU2Ky1F14gO6xZQdP9WufnUnkaqsFB4Z"
    "pnZXKTxVKjwq3fWoe6NlL6AtuDHuMYrwSkRvMhOUiC4JI5SI/rJFdCczwiF2XkhAd+rPF9"
    "77Gh3Ls3U4p4GsSlqXZ5Yrab3a3GHlkE8W6ijgkD/JK9ORdMjHVhIBOidxLSR29VH0CD4G"
    "u4Wo5BEDKtmjibLHFe2Onil6RE8XlDxYv/XaBY94Z2XaH0rJHNLMbiVzVCpzqJ7v3M3wfZ"
    "HN8H32ZvheoEcdn8RN6EsnjVgHEb6/aCBKBKQkjGeaWssYWRXhn0X4pW39CyL815iuJkb+"
    "JFIxoYny9cQyTW977Wq0F1dKvo6eLihf2xRSsJL5Jxs6awQdh7TQIRXEGboHSJscPKEwr8"
    "CjbbguROAOLrHeDG4f8cPYG82+vwWGAwxShTxdxbzKCz+jMw+7q8iOvUe0rmJqVeJQtuge"
    "cpAvwGdXT40BKyie6hNZlmUth+6NqJ2acAiSd7tUkdwkVnFaZk5vNds1aFuMuQ3vPMMUFB"
    "D5+Na00Xk5Qsq1ZsJsG2DkbEERxSGI2i2A8Yo5ER+LEbg/6XFWQoxWwVAGQmlmfp6UoQyE"
    "wgZCVXPqQN4y5f2t3UwYW74Ta3BeN/AY7oD9wI+zCFTZDjyyRYqRPIFURC9OdBV1fCSLrE"
    "qGVcmwL434KtJeAiaoSHtJGKEi7V+qoasPbUNfdzhGLv9MN9fAtR9TqUXrOVapl2KSemYt"
    "lGxj0wOWqP0+0kUV+gikjQr9hw9FNPoPH7JVenIuIYBshZy0/vAWUvddoa6W73K6Wr7jdL"
    "W0kAt54T1/ux6PsjT3EJI0nBq6C/4DTMNp4paWQ1xCjJjyHtD01WX/9yS5zy7Gp0mfG7nA"
    "6bE3s7/+P3qwbyE="
)
