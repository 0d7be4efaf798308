from tortoise import BaseDBAsyncClient

from domain.clock import business_zone

RUN_IN_TRANSACTION = True


def _zone() -> str:
    # the backfill uses the configured business zone, never the session's
    name = business_zone().key
    if "'" in name:
        raise ValueError(f"unexpected time zone name {name!r}")
    return name


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "analytics_dirty" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "rollup" VARCHAR(40) NOT NULL,
    "day" DATE NOT NULL,
    "marked_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_analytics_d_rollup_e15a72" UNIQUE ("rollup", "day")
);
COMMENT ON TABLE "analytics_dirty" IS 'A partition of a rollup to rebuild: `day` is the day, or a month''s first day.';
        CREATE TABLE IF NOT EXISTS "analytics_category_daily" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "category_id" INT NOT NULL,
    "lines" BIGINT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "amount_cents" BIGINT NOT NULL,
    "refunded_cents" BIGINT NOT NULL,
    "net_cents" BIGINT NOT NULL,
    CONSTRAINT "uid_analytics_c_day_e2d8f6" UNIQUE ("day", "category_id")
);
        CREATE TABLE IF NOT EXISTS "analytics_coupon_daily" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "template_id" INT NOT NULL,
    "store_code" VARCHAR(50) NOT NULL,
    "issued" BIGINT NOT NULL,
    "claimed" BIGINT NOT NULL,
    "used" BIGINT NOT NULL,
    "expired" BIGINT NOT NULL,
    "discount_cents" BIGINT NOT NULL,
    CONSTRAINT "uid_analytics_c_day_61b83e" UNIQUE ("day", "template_id", "store_code")
);
        CREATE TABLE IF NOT EXISTS "analytics_event_daily" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "channel" VARCHAR(64) NOT NULL,
    "events" BIGINT NOT NULL,
    CONSTRAINT "uid_analytics_e_day_51c16f" UNIQUE ("day", "name", "channel")
);
        CREATE TABLE IF NOT EXISTS "analytics_item_monthly" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "item_id" INT NOT NULL,
    "lines" BIGINT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "amount_cents" BIGINT NOT NULL,
    "refunded_cents" BIGINT NOT NULL,
    "net_cents" BIGINT NOT NULL,
    CONSTRAINT "uid_analytics_i_day_f3b46e" UNIQUE ("day", "item_id")
);
        CREATE TABLE IF NOT EXISTS "analytics_member_monthly" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "member_id" BIGINT NOT NULL,
    "orders" BIGINT NOT NULL,
    "amount_cents" BIGINT NOT NULL,
    "refunded_cents" BIGINT NOT NULL,
    "net_cents" BIGINT NOT NULL,
    CONSTRAINT "uid_analytics_m_day_04e8fe" UNIQUE ("day", "member_id")
);
        CREATE TABLE IF NOT EXISTS "analytics_members_daily" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "channel" VARCHAR(20) NOT NULL,
    "source_store" VARCHAR(50) NOT NULL,
    "new_members" BIGINT NOT NULL,
    CONSTRAINT "uid_analytics_m_day_21c5e6" UNIQUE ("day", "channel", "source_store")
);
        CREATE TABLE IF NOT EXISTS "analytics_points_daily" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "point_type" VARCHAR(40) NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "entries" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL,
    "frozen_delta" BIGINT NOT NULL,
    CONSTRAINT "uid_analytics_p_day_8c6fee" UNIQUE ("day", "point_type", "kind")
);
        CREATE TABLE IF NOT EXISTS "analytics_rollups" (
    "rollup" VARCHAR(40) NOT NULL PRIMARY KEY,
    "watermark" TIMESTAMPTZ,
    "refreshed_at" TIMESTAMPTZ,
    "partitions_rebuilt" BIGINT NOT NULL
);
COMMENT ON TABLE "analytics_rollups" IS 'Freshness of one rollup: everything written before `watermark` is in it.';
        CREATE TABLE IF NOT EXISTS "analytics_sales_daily" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "store_code" VARCHAR(50) NOT NULL,
    "channel" VARCHAR(20) NOT NULL,
    "is_member" BOOL NOT NULL,
    "coupon_used" BOOL NOT NULL,
    "orders" BIGINT NOT NULL,
    "lines" BIGINT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "amount_cents" BIGINT NOT NULL,
    "refunded_cents" BIGINT NOT NULL,
    "net_cents" BIGINT NOT NULL,
    CONSTRAINT "uid_analytics_s_day_434de7" UNIQUE ("day", "store_code", "channel", "is_member", "coupon_used")
);
        ALTER TABLE "order_lines" ADD "business_day" DATE;
        UPDATE "order_lines" ol SET "business_day" = (o."paid_at" AT TIME ZONE '""" + _zone() + """')::date
          FROM "orders" o WHERE o."id" = ol."order_id";
        ALTER TABLE "order_lines" ALTER COLUMN "business_day" SET NOT NULL;
        COMMENT ON COLUMN order_lines."business_day" IS 'Business day of the sale: the order''s paid_at in the business time zone.';
        CREATE INDEX IF NOT EXISTS "idx_order_lines_busines_174bba" ON "order_lines" ("business_day");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_order_lines_busines_174bba";
        ALTER TABLE "order_lines" DROP COLUMN "business_day";
        DROP TABLE IF EXISTS "analytics_member_monthly";
        DROP TABLE IF EXISTS "analytics_event_daily";
        DROP TABLE IF EXISTS "analytics_rollups";
        DROP TABLE IF EXISTS "analytics_points_daily";
        DROP TABLE IF EXISTS "analytics_category_daily";
        DROP TABLE IF EXISTS "analytics_dirty";
        DROP TABLE IF EXISTS "analytics_coupon_daily";
        DROP TABLE IF EXISTS "analytics_sales_daily";
        DROP TABLE IF EXISTS "analytics_members_daily";
        DROP TABLE IF EXISTS "analytics_item_monthly";"""


MODELS_STATE = (
    "eJztfXtz27a271fB6J8mc5Wcxk3SHvXeMyPbSqJd2/LIch876sgwBVk8pkCVDzvae/e7Xz"
    "xIiQ+QJmhSAmnMtJFE4kfSa4HAeq9/d1b2HFnu23/Yt50e+HcHwxUiX6KHu6AD1+vdQXrA"
    "g7cWG/e/9i07AG9dz4GGR44toOUicmiOXMMx155pYzpyhBHwsekBewFuoXF/59g+noNH27"
    "kHkHwxPRc8mK5JLgxcD3roLb3u3DbIhU18V/4SBPGXj2aefYe8JXLIhb7+SQ6beI6+IZf+"
    "/Nqho332hzg+nsGFR8b9SUet72cLE1nzGHHMOR3Jjs+8zZodOzbvhtj7xMbS576dGbblr/"
    "Bu/HrjLW28BZjYo0fvEEYOeVR6B8/xKeGwb1kBfUNa8r9hN4Q/fAQzRwvoW5T8FM0fYHes"
    "M5tdjCazq8FkNuukWBMiIqQODhk2pmwlj+oyAtzRR3jz30dHP/zw49H3P3z86cP7H3/88N"
    "P3P5Gx7HnTp378mz/Mjlr8Uoxmw8/Diwl9IJvMHT6h6IG/GQZ6kKMYj3bUZ58p+p8soSOm"
    "fjg+QX/yhyXpH1I7jwHhgR0HdvN9HyxYwW8zC+E7b0l+vvv++xzy/tofn3zpj1+RUa/jRL"
    "4ITh3xc5TeO/reo40MeYPhpagbTF5FZneMtEeFSHuUQ9qjNGmhc+emafuPq9GFmLbh+ARx"
    "56bhgf8Ay3RTS0hVU7jzfxc+NigJwa1vWp6J3bf0tv/TqYn6OcSm9KFXXrnuX1aUxq/O+7"
    "8nyX9yNjpmJLNd785hV2EXOE6wYrfipyf6APsrxpAheUSIDZRizA69v1Wlczm4OB1efJbk"
    "QAjrgeDLFI+vLy7YkeDLFJ+OLgY9QP+d4k/94dngtAf4Z3ITLrYsFVqVchal1IvjeWi19g"
    "T8ytx0o5Cnt96qmPR9vVvv0bv3P77/6YeP77c77vZI3kYbbqoR+Y7wqwRRk7D9EfZDQwi7"
    "dmy67MgQNQrRMzU1Uwll4J1A4pugb1mzdAfZ4/J8gJ1xMvh9kr8zrjbBmbPRxedweHK7jB"
    "OcTEX6/BJiyg7xLEElKQ0eWNTet0SCHMd2ZKb5FlCJ7K0uteuZ5Vs9P0XxU0I0z1yhjMke"
    "BSbne4B8G35poobpIDgfYWsTzJE8xgzPB1eT/vlljDun/cmAnjmKcSY8+upj4v3YXgT8Np"
    "x8AfQn+CcRRJOvzHbc5J8d+kzQ9+wZth9ncB7RFMOjIdViPLcQdNHMx55pyXI9Aa2A7w16"
    "/xRic0iTXD4bZAoTuhNJVZbNcaR+u1Vhe5G321/PS3I9jtRcV4Xrgpc9ePqYHccpx/U4Uq"
    "/o6jA5/W4vTGy6y1JsTkA1n1XjM3WzLe4jrh56gLr3HqEzn6XO2Ed21tj0qdXRKnkEYnjH"
    "mESpSZ9z5+q88tC6I/aCslPdJzyhM5eMKugO7QNjiYz7tU3Y2AMQUCj1a0JALgS8JfTAEr"
    "rgFiEM5jYmV3BtctJBb4gCAqjGvUIuMMlMIEs7BTpoTq51l/aa1nongXP1KyMF93nSe3FH"
    "asTdqv2qSvpVd1wrzoEdZn+Gy5YwIirC8LWlqMc1HK8d2sUc2oHDQt531LZ5XZlNnm4TJU"
    "SxCEwrWarIZVmqtSJi2XBO3kTbQ9jYjJFhO3GJIXNQrqhm7obPHDa+oNA2WSKwMB3XA7bv"
    "GfYKcTnqHm3QnIhFZBq6Hnejg0fTWzIpirpGusB2An86P0Ej1Zj5Pi2u1XQPoaDmGvaavW"
    "rkg7xp9K/s8ogeLbMpJCpky2xbBhaWHUJAC4WHn4rIDj9liw4/pSSH2GtRlMQxUAvJ/PF9"
    "ATJ/fJ9JZnrqYBGHapO2FvF3Qe6PnLUTLLJFqZyAtZDa1U/kYMeWWi12kBaSuPpIQB2dol"
    "R0SjbZs6JTNNUlqK492dkLjVa3a1C3T03H21xCxzMDfqR07cSIbp6iTe5ibTzTcGdziirq"
    "GVmHV+eqr2Nblr8Gnk00XZqMMO+Bmznc3ADTBUSXBeQ7U34hWNnYW37nBvozOS7yhlR8da"
    "FizS/Kbg61Mt0QZXrHtKLC2w7RQtntfRHZ7X227PY+JbvRd0G4jWWYi6FIz4vtXQ0kcg5R"
    "6d6TytNw7kvt/zGg3v719l/U2o7J5rgRbfzbc7lb/gqtbpEzM/lgExUOh3iEG74JG/YdNl"
    "1EN1x2rZ8BgsYSvLonM60L6EO5a2iQazxAy0evwS2ybHznUrCNEVEsHlCAFO3+dd1GKAbQ"
    "a9GT26vRH+x6WiZohkwQcrBMkmiIVVk26Fx+Yamf7GOKfxuQvXsyG10OLoanPRD7uT17fT"
    "EcRU8Hv6f4dPDr8GQwo6e2X6f4pD8+JY/QA8GXKR78PhmML/pnPRB+S76oReSTo2IJ2jn5"
    "2Un5JPaaFpUBY6AWpJvVbSPly58EgbcAld+jsvbRo5+KGEiPfsq2kNJz2mj0MqXGeJ5sIH"
    "jJiQsxWJuCnfYgOKSE9iQ30qz4ZDvIvMO/oE1KdkgQP5C6z7cXahgb/g5nWnh0N48d+LgV"
    "dOMTkPz95K9GHt8S+lcn/VOiER9GFwooL9CEdjx5Sg8qrP2syVgbE73DpzA0B0R/cpG1ob"
    "HY1AppkiO2T67tAkj+A7esCtbCRR4wMfDgHT2ygmtXaPGs9OJF6mkZVE8kR7+SBffOdD16"
    "V7qr6Jpaaqo5DayG0z+ZDH8dSErBAaoH+OcUnw/Gn2mxG/5JVJNx/4r+5p9l1JLqXd4r5J"
    "AFakZuZ5fY3pPYUnu8Ym7Yw8Tp77XwnGoUrz9OiRBkLhKZiq1BO/Qe16Dri18uRr9dyC5C"
    "AawHgi9kGeqfkUWJ/jvFnwb8F/9UYwm6NR1vKem+iWKe6cNR7GWQc+FQCUgugnSHaN/S8a"
    "HI3PyQPTc/pOamEfgkilI3HK9pW4C25HYIezN3JRAOj23bQhBnUDmOTBD7lkDrWpW3R/b7"
    "5h+PRmcxU9HxMFmG6Pr8eEAWXkZ/Msj0MgSNkHZr312WJHsI1XSXofsSYowEtYGKiSARuM"
    "qm6s758GI4uxyPPo/750ToiPya4v7lJVGOLi+n+HJ01QPkH+r2Oaa+nuMpHp5fjsaTHuCf"
    "ZEx/PLkYjMk4/kUNN45r+46BZq5nO3K5MQmc3iCe3iC2NIOLRSlaBzhN68K0NuBqDc07KY"
    "lSANUUL0xxBy2Q45Rwrojx2gJT1gITrhoGoVWZ1SbEtW/u12KRidvuU/R+ok5mEtxCd3JD"
    "3MchTXL9x2vHXpgWmpUvoye+gma70mwndHdLcTsG1FXVVOaxZ98jPHtAjis0RGaKLymcrk"
    "4vDPvIjk+I+rejAdEJETLAfvpljKys0gGCKOxmLpupiJC/64/iODPxfSczkoOd7RaIarfI"
    "wKKlYh7tIDzcBS4trWdjFmvhkgcAjwjeg2BGbMArCFwiurK4jAfTQK97gN4I0TB0RN4+wJ"
    "24glIx9dxDGMoeD9Ohx2exQ2Gws45ul1mHDhz2oXLMYFu5EakWkX6LivNAANacKMuJ7CwP"
    "MfGbkNlR0pBQvTleB/zrgH8d8N9tU5ooF5vPqciYLVXz00XEaiZ7SrQRJv8PT7nE2mMCL4"
    "HZzi0RbvkFASEZrYpoWw+IJWwyodh3HswHUcXFai75dFi0FoKVFIJDLsp7d+JALX6VFb/C"
    "d02aAwlgNRx4Ma9E1NEDXdkQxRDRQiGtlt7PvCyoqIbaU6VEn9HkT2061+K0JHdcWKYham"
    "ubXawuBtLdtmMSsK5jpzWUxmkol2SaoF+RYy5MA2aVsksPKqKtrCmKesW2sMJZngT4hk5T"
    "YJCrAxqoS1UJCNglt5VowCMkc4OeuSVz8meCsjasmvuX8/4JLUt3j9aeKM+z6ssXyfRk16"
    "aDIy8qS/yMmSajJ7UapKQapLIv4AWEtm3fo6Ky4RbQQsGweiM0XRFnSyjKp8jJFIqCWkjm"
    "6ov7BI2TBLL3U72WRJL3C40v0YLzc3UYlQTlYlF439YmuVyZMLwYUrNZaTbTP81flXud41"
    "AdcKkanxVRfI8diONqVexEN0/BvaVDiimz2Wyt2A/2UrS/Z0oM2XodFWJlhd7q5N3Dkrbm"
    "9LC9FoRRbV+uyWWiyDJ6QhhxZzvCQtjbc7mLqcFHSVTAxtRqZy9YaEGA3pD3BSGRrS9/sF"
    "6E9SKsCmn1Ity4RThmmIQOLSgitSzEMC1Kd95X2lCdO9vQQyvRrsaO5+5oJhlReDNzEecl"
    "uPrletePeO2YBqJFRQ0yP4S1Sgvj9BantzhVSFuzVV1vcfVucaH8LLfJJVA1bXPNWyIiVS"
    "OpPUmOqFGIpmjaS0z3wRnbBNNEzXPTJ4DaUV8+WNkjT3Xre6JE7uwAwzhKRxjGLPlVRBgS"
    "crrQEmyTueUSI6g9VkoMV6DGFkosXyOm9bVhGhrOKXBrbUszKKC0XrGajAKt9Sos1pittr"
    "J6jsUbcSw3rmlAi7b8tbFlYgTYBbrgnpAF07BJwmp05/DIT3DLYyepNiNsvfHMy2ktV2u5"
    "qpBWG3IbreXqOvS6Dn1TaasFTi1w7lXg7GMbb1a27x4TtnLyp2TP1JhcMRSGo2e3fHhRkR"
    "SDLTQo3vVfD6ZrEimSNm7bipG8PzVP+Mlsf/28az1DGN399SKxNHuRTOJaJ0dV5S1oZmJP"
    "W9OsIjZw28dl9q0oTu9aquxaime9Dh4Qq6qZ2qr4idz9CT2EzoFiRXhu0RI+mLbvAIbskv"
    "1k7q8tmhKL5tSOwSrksK5s37l8DNljxNV3nnGtIjmq8dqVhuE7TiRRNdQjYyd0kqqSSaqM"
    "9ZIiRBSjxQcdbHBI4kbXGEmBIAFtoUzQEBmgUKbXwYRu1QxDh/HRH1LbVCwCpeYVbe3QIl"
    "XiuvbZ4RBxlA6HiC1rVYRDOMhA5kPJxj0xaAs3Gq181qZ8nqKFic2sgkvJId0nFVLK/GB0"
    "YRd+QpsE9CEA6zQIoGXZj10eV850SmOJVpDmUfEo83BVErnyq7qsdumr5dI/rMLTal0y+l"
    "gpCk/Qt4yZm4DtT7PsHGD7nwx+n+Rv/9sN5mx08TkcnpQJsqSyGV+LyglnEbCW0SqX0cg2"
    "RuQsgYKYF7G6A+mA1fyAVUXEIl4M/8qDwZIrrJXPT+eKQ4FpwN2OfFISukTOm6Dk49p3jC"
    "V0mbzikXfWNHiZx9C2bjtzMup/7dufiSzzCDcucBB96eYsFW/h2Cs+RCAY1XaXZ8hJ+7G+"
    "NERwOrDJfmE6rjdjfC2hjKbRuvKRynZPCz6D2Smw5rXKvOacMmwfCzid27ssDmxN1cc9W7"
    "k924PWzF0jPC+TEiiEa16U7aBBlJU5KsWINFZzoRwXtinZbFbL6LxppFZ4K1d4dRR39vvS"
    "TJeE4lHcIypodARaNz/RzdO3uSZa1OewhuacK69dwOcUWBNd9xXRhzFGhOHom4ccDC3yiF"
    "TJfC1MFix1EWG75gBCz4cgwp9UX+avYV/yzSzsabo9QEnmrqGBYkeD/s40cI4+rg6WO/Tu"
    "l5OruJsDhXOSdpAWxnNV31Yg+m5JkDkBayGpq/clKRxR1dalJbqQJ3aJojM9BWxftmP1q4"
    "p4C5YmeQzdAidq3StMQsYpQ/LntS5XeprX0rmc1cKYyRZViKPaR+rq86epQ84XmKUojQdE"
    "mWB0HpJHgpgvFwl6h+g9riKX/eGp5ErCMD1A/53iy/54Muyfnf0xGw8+XV+cDtiZ5LEp3p"
    "0NvyU1s8NsAtw8W9quq0u9aaNuO7hg2P6a0M13kUj0z4uVSSD3GDCzPdKoiJl42W+zjKE2"
    "Amuhlba5Vtm091Z3lste55ppjK8gPyASyGFiUUrPcQD79MsYWTAjQjdqZD8zcROnwN/hpA"
    "+P7qZCUj54JpXG7CJtIlHtHh02p7K8OuGEe8KzM9tO8Gp7nX3ll6cXpncQOV20u0RJd0nI"
    "rhQLMukfQbRJy6qsWjltGCJX/j2CaI+tvlp6yhrLYiDtaSpgB1a5HUSj1wM1+0E0mqR/+Z"
    "B5HuQEhyiqTTvXni1T5K/3ZqVbcojQmhmlmQFXNJ68DCOSSM2E51vMy61LQri2m2vvRXO5"
    "cOu71NDgzuZQ8DJQQ2uG4JPA5ZlZq+FEBZpR5zh4akCeOuxOTBvs9Hb5n9+5IHAS0H6O9H"
    "D4pwL6B4F/2TjdSUPaHE9trcnaa8zsI2tjiaL0xiD1GqTszglepBnxyXaQeYd/QZtUQEKO"
    "ibmBTMiynZLDDnzcmgZjs4/89eRvRtxhd9K/Oumfkil+mMD6wGgtsMHuzNnZBtiI3bxIbD"
    "0fTpcT117RVYTW26E/IRZEy/Mkc6I1hjgeKy+Kt6/uwtmG4IB5HKKtwUotUN0ca/COYSkm"
    "5DVMiYC0ra2ArU1rbQrIqBm+3uxsyS1AjSRJer/WJEluVa8ylRtj0BZGZjQkEkMH4OgAnN"
    "yiGVoL1Vro4ZnQdC20b/AaMgI1NDzVzdNDLTS/o7WG+FiJ3ic8qfA7F9xCi04NqjPa5Dh0"
    "XeSBVxCsbUJNQKdJFzwSpZIcXRNWGOYaWtsjtzb2XUEieOV3mOIpvoEP0GQT8YbpsDcLx/"
    "4XwuSHQ64KDGgsUWixIyK1YyL3Z3DzgBxzsbmhJWwfkEtPrgD6y4dWttYbS7hkjyvIOo8c"
    "17qvcrqvyh3DWrpLxXRi9nKkSJ/TtiAEtNDk8L5IYtX77MSq96nEqu1CKGlviMK0N6zc1O"
    "abjhzhdxhN9ZILCi1PP8PoDpYpOJwC6zwqiTyqBmbe9k8mw18Hkva0ANUD/HOKz0Ynv9Cs"
    "Wv45xSdnoyv6m38Wc/AmMtCLbAXvsreCd+mW3doE8wJNMLoMXdu4LrC3qlSGrk+2UANmNc"
    "WJnO0WsVZshxc0WHyxH8HKN5bMsQ0s26Pubarib4Bn2/fgFSG0Sff219QDfgcfEKB/NngV"
    "7vkCE0VF16y4FY62EOzLQsBYLW0giKJ0R/HS3lpb3AE3j/I7jKb78wLMJY0Gq/0XOW8F4R"
    "XZuQd0xRJt2vxEkf06MKYX26v7GJALIjx/YxMhDKzsB7QiF+ixPnJosUCGB2wyJrRFMVM+"
    "N5B02ffH5UYQ6VbVVYUG/8B9Eqwv5hyt1raHsLGZ3aONyPYfGx9RpP6kRWUdtJht9wntIF"
    "Bz+4+zUGI5jOH0klh6L8ouw/m0TelZlTj3RP7OyXhwOpz0AP+c4tPBMf3JPqZ48PvlcDzo"
    "Af45xZ/Gg8E/yW/+OcXXF+GR8NsUn4wurq7PB7NP49E/BxfkyrHftA7cr4Px1YCWgWNfpr"
    "h/+o/rK3JT/lnGYlV9Vbj2CiGdgWAjeuWadxjN0xqoSi8j3ylpWIQn6LP4tGtjh1TWwRFh"
    "Dn/mZnDGXdqOR/54QQ30PLbEYOry5Lcl9ADZUK05wLYHbhHw4D1hDRV9lWZLUkYUbmRZcl"
    "wKqvI+VtLpffR9sY0jb+dIbR0xyVrqfUgiW1SIYd8Lku07ctW8d4jWVfB+V2iWv8uZ5e9E"
    "sxy6om7TeUk7IaJ1FK5lHaHNoaFnCwJns2kcxbSOyrXMY+2azqZ+M52UFZTnrNPUeWYLA6"
    "np4W4BM6dlFw2g7gMyQ+emBx5NbwkeqRDroBXhrku9iabXJceIFEsGoG9rk9CWHXAQPWKQ"
    "h+ONorlZ0gYsk5icEuX31nafp/2WSTNncIutmTP6Wxs5tZFT8RVXO9xeEuH5MkmfS4r2MZ"
    "gmf2nyI+jgUpJfDNhCwa8hgp4gGi0dhBgRAGS5HENWwGbFLDNt4nIz7D17s2vWoilTyZw8"
    "wmwNHVG9wWxSp4B7tEysLegtbGfVYAuFujGAL0FGYJuAbEOkCEon8Ugk8RjQIZN2jRxabS"
    "hN85ya4Amcus7EqyVNBKcPbKI5sB9oqbPAMpKOKMt9Eyqrbc2pV15QEuEbIy51Boz0YUp+"
    "yBi6Vz2/OmYj5ChF7KIDolRxMqeDQINT3Tz7KCvUMEN8aEET6W9L01gCx7cQrbww9w3C+S"
    "VNuYB4wys/uIBID+CRjQtKFaIHssjQdAsHGYhcK20Rre6ywkDQiOjK/mY658Lyh+Se2xbQ"
    "7EcY3RmzmcYrCCQvEiuJq62malpNVa4d0VZuRLo2Jt+ZgoJKCtcm0bwygURr83uI3wg2h+"
    "JzN4JoUWBSZZM2tvUWjomJglo4dasPzObik9ymt8O0abnVDRZUYEYOXQW9EXS0Ufas1tFG"
    "9WnVY5/90VmaNTvdLaxdz+i2VVDFvuTqLi3s79LUyC6w2TloWRvA0iSpJgyBsYQYIzIvXM"
    "92yHXCNn9UI2bN6dJqdrWXrrhGwktRg58pP2UruMqrWM0j9o647FNCTg3Ht1BErUW7aq+U"
    "Gq66PAaGLb435B/eH+KGLcRFDecHMt2EDyvJnShMZQYprkYEm7HM4hOBlFp/VDM81KwhMy"
    "lHun11HNU+On8oQucP2XT+kM4c0e2rdfvqhpB07Zi2I2wTm73hRSDKhlMcztpr86A28RL7"
    "dHGQKH6P4XCfzkajcUdS4mOgHmAfU/ylf/Zpdn3ZA8GXKT4ZDM96gP5bUO6rudosFdV4Kw"
    "0DruWlvBi0RYvJAeTsOdyU40EEqDlQlgNk6XG8MgFdMWBjIrleZOA7wvNSuQ07mOavyvyF"
    "RplWAsYBWgiE5tBGBR+r4qWhsX/HtIlUpqMmPqJbwFdDETPWmUrGX8PuEQ1ShOAWLeGDaf"
    "tOEKPISlK9MXEXOOjBRI9d4NKg5tc8ARyCOTStDbDMlShbvIbra8+N9twob2atTPPk77Ws"
    "AyeOqkvj3OssrrljdntdOIqrLWx5n7HlXY76CeD+WPCuVfTXIudLEDmZG3fCmZSSNncnCw"
    "ianDqFhMs+oLGuNNcqEACZREero9uPOEiCI6cs09iAV7RpOxH9EAJzmxa8+C+O+S9+/u16"
    "I+iXUscNtHiplngp69l8lk9TMdLGZJ4filjOf8i2nP+QspzrsKB6w4JaX07+6nJwcdo/Ph"
    "v0wPbrFH8ej36bfOkB/jnFo8mXwbgH2IcaLiO+M8z4yp/mEN0pMvSqJDBpTjUND/wHWKZb"
    "m/TZ+b8LHxuUA+DWNy3PxO5betv/kfTzVSEbUULFZKOQ6K/O+78n+XFyNjpO2kzpBY51W1"
    "V1KjLQkDdaWWHGhT2yTEmINBno1mhm1ZVgSBBqLmreXJjM8323cW4KmbVq+yJUW8de2Vld"
    "QHcnu0+rtutwcGH9lnpM39zahK1gRbhmri2TFXd4e/eWaJk+7bUSaKZku6YFR37yWHNP9I"
    "Ac2jEMe0uRVlvVZbUuq5Yuq7yrpHnE1trsvrRZIs1ldSjInLgxTJucJJXNWiK82SsTS9I1"
    "gdKin7LBcKrN3zZFSykRDacZXB+D53DjzuzFjEm0Mna6FFANOx29X2vsdI8I3VM6y/Alim"
    "kuSzrDqxEI/xTw7s2Pzy8dWY8lVds/XoD9Y8wLSHYE1o/wVPdp20dQhrKw5SMYDyDgNQaB"
    "69+uTI9MCxbmyc0TYUgnOXi7AUS0WixE5o5nXatiG4cuaUnP6ZKW7eSGAmnjqsnLdeeNB4"
    "sbkXFlCB1HtZDQ1Ufw8h5VZYp9JJFtMlTtOw3Ud4wldEvVvEtitXKutHJurog8SuTGhcy6"
    "FgO1rmXth0J29w85dvcPgkY85P7IWTumqEdGThueOKx14ZDVbyBEp/B8wdZRLGBvh97jtK"
    "ZBd8OLz7L2iwDWA8GXKe5fXo5Hvw5OeyD8NsXjwT8GJxN6LPxWzMxRd/ReqAfObqX6UiVg"
    "7at5VFPj94Bq8vt5Aqozz1XezTmzyM4MXVsQjPbUaxUBtu/FOir0Yh3lvFhHStSMVI3Ih6"
    "lIqGtyZzJE1+SuIz4Rbla0T50oOjE41c2zzz9Cy0LebM3HFjPQZ7Ncm8uVXqe0uVwlbkTn"
    "PlqtbQ9hYzO7R1J6hwDaOmW8FgmJV+aTNDDFQC20m9ei5GnTuQJLDDXVGeYaWqXqlafBmh"
    "WlWcHLaJVgQwKoWVCaBWQF98nfO58967XIu0prqhwfijOl35KsK2iOaJOGNmk0x6QxZu9x"
    "J9uwEQzoFjdvzPjaoK0crdarczIkg2kgy4U4Tts5tJ2jOXYOrX0rMPG19q0MK7T2fXAWaI"
    "0imyFao6gniYkIFmyui7KY+LkieoQTDNYaRKslVu0nVYkbWn/IZoPWH16ExKSF1oOzgLa9"
    "kaurFUG0KKCyujKV+2/erNxMrrl7s1a0skmvFa0aFa2szmOx810JhUum69gl3ICbNW36Sb"
    "e9G2A7YGU7ZCBRtsBNZEe8+RnYDEXutaF1Hyz0gMhcCZYZAPEcPJL5aT+m60rUdRNdVFOt"
    "opq67mO9wYHbV0jaI6elWq1YtIEFbD9gVU+kip0lYM2td1aYPTmUrqXAWbBDS3ElitEsqZ"
    "wlyhReVUw3b4j2UihXWIm6q5q/tfF37Zi2Y3oC631eBMQW0powXt2IRBfilDCt/MYMIh2B"
    "USU4033anKLd1q12lDbBbf1imNHoyk/9k8nw14Gk1hCgeoB/TvHZ6OQXWuCJf04xkfKv6G"
    "/+mTSpFjNBFbJASZR7ooakVWad0qfZE8XvszTXeHQ5Gk+Go4v+mSybotgeiP6a4svx8OJk"
    "eNk/m30ajq8m9HTsQBmmab+W9ms13K/VX7PiSFmVVqKnc8WwWzKZFqY3gzuAlslaLQZky2"
    "R3DiyRihRF6UDC0iKZZXtlrIg7WAu3joZsFYWMTAcrQK+Y4bDu+vN5uk2mJX7/+szxaPRL"
    "oHHswU1etY7ir+clxd04soVrVkPFXcEaxp5eEXH3mIupHYGoG54qIuYWjNe6sldEdCVcZs"
    "2G1xb0FrazAgbEgEk7Pe7MfGNi8Mqw/bWNu9uuPXeO/egtu8BFzoNpoNddYPhkFV8l9dRa"
    "bjLFr9bQuacXXdq+Q0Zato/vELi1bXr0NY0KIzd15m/IOG8D6HCPvF+Aue1f64AvBQO+ZG"
    "WGatvVKJRNUr2woGPp6o2lI2uOYEUoZscMsSrTunMyur4cXfQA/5ziyxF5n696gH9O8efx"
    "6LfJlx7gn1N8NRj/OjwZ9EDwZYpPrq8mo3NyBfY5xZMvw/Hp7LI/nvzRA5Efatg5HTRHaD"
    "WjO5ddmrOpi+xR7r466V9IexGuJ6MeoP8SBhI84R75lzWRoGw+H1xMWB+J8McUf+lfnI6u"
    "ydHgyxQPT8mJ4eSP2cmXwckvPRD/rQZzaSUicv8ZEw1klsUUcI8MDQWnfalSNayS5I4L8y"
    "5N8Jygvi1CjZA+elvprrLo7d3bQKIFPDOTiLFM0AWhCKNevB8hlUcY4ZbKPxWAWxM8tGd7"
    "qQ4xegkhRoFu/5nqw51s3Z+f7xbxczHVunDX3798MtokerK9ABAE1+DqOZoDz9628O2CB2"
    "iZc0CUdZiZoVXB9bRvTen1qQnxTi/Ruxa+/VL2qTioTflElQX6huuZ3KSOotpE1j1Pat9F"
    "kqtJiNBCZ0knve07hpz/dotQ2YylkjKsKyrtv6KSMklsqs335jpvBVls39YmuVyZRLYYUu"
    "eyqczlFxva/+toeNoD9N8yxvTqQ2QebHNeor1sAta+iK9aNjAdfp9N/WbGIykefh8YHseI"
    "ipwBS7Ksk5FB3SImSmc7Xkfit9o+pSPx1eGFVkAPun9T76/cZN9CtAWxvD1L5yTsJczQXl"
    "Ni2I4MlaMYbTssZjvkgWWl9IAEVCsCWhEopAickCucOva6I5D/t+cKif0GfZY5GV4wOmGE"
    "ESBrhGnPTQPMTcr9W5+FZbHgAnq5LkDfyDWsDbCxwUYHiHRswrOvJtA1vnbY3xQIpGwoE4"
    "v+1EqIOtJATt7BjnkSYlmE41owKyuYRV4WCZEhjmqh0FB9yPN2pSslNKTRWm7QckNhuWGC"
    "VjR6HWXJDtvzxeUHL4AUjnAMYxApGixsB7jQQj2wdkwDBUGIprfpRmQDKqGwGvGOjzHNNC"
    "RjH0wL3SFXFPJY/Q10fqLOT1SFtDo/sdEGA7YKleyAGwVqUbe0qBvuALOVjb2lgA2ZPBAg"
    "28SHyoJ00QNypPSILWCPQSDno4vJl86eVpKqYz22Vpui+XtbgBrpe2Uq8ne+/nsayp5T8p"
    "vu6l0w3QZ302P47z+TEqEaWXxEcWP+oxmROg0kcj1lrjoiaGviqStbc1bk6cy1ZSKnBInF"
    "4P0RmQgKDSGzg2jqNftb0+JLXiZkHKizIfOzIXXi6UFIzXPDZ0zWlhTPE0iFu512+pZrA9"
    "e2uHXEWyIXBVnxKXOKSnI7e0SGlA4gEED3WaialWbZj6hZjUVAEZPlOctFpYbJjsBgGTnb"
    "zTNXBhmt1ByowxtfqGdRJ0MfcuUOfQRy2dAJlLa06NBRNUJHddP2up3k2kp+8DW7eWl9ZT"
    "ShRErf5eDidHjxuQeCL1M8Hny6vjilHXvCbwVVpJoNwEy/Z3lkomw/GkSSYxeI4PLCR5TR"
    "WKuwEtDoj6SbgrbLlCNfBPKSKceNeWQSlVii09jWGLP3vETrHNRshugQshrsMWe033pHYI"
    "rhJ7p5VhjWq10i0Nzx8R2NBKel6i1CHeSAR9NbAtNzyTFCzqVNHnkXz8Xit8Ki++Jo8+df"
    "UgeCqRUI5kB8L0HWcHh72nhWZkjQIXWBqP5DEVH9h2xR/QcdUrf3HDxoLGe8QYmsKBpHan"
    "NBaVn0HqF1KR4kgJoFOq5R2U1ybj/iOwfOqQQ4k5Q9hFiFowR0INdeArk6l7wdwe7B5WIw"
    "qpvbLyRAscPDBng6EAgf/UBEXzgIzdyluV7Tu6b3zbwIrxR2j4Fe2yONjfTy13wxvjMXIg"
    "NmdiB1CtiWgOp4KLWqcdRMQrE2s2h7xaKsE2Gby70qXqhaWHRrOt5yDsvxSAjWTKqESSpZ"
    "kU+WELPNVGxLDk53n7Qozww2sqBheUDzjACHUEswu8TOCMyroIJX1EC8NGnVKW4Dpr95XX"
    "UKWkM+72L25cquPMXRWiiFG6R+jceq8QdhDh4y8Gvstw5R1CGKDdDa92w9WTj2Slanj2Ha"
    "RPvKFBx5O8lzrSNtp2h2g9sM+2oTmtpeX34e908HXfDLYHBJO4afjn67YIcK6uU1R1vJV1"
    "V/ZkF15WZx/WG1OpT5MKHMd+UiiGLIFkYQNSRiKKSJ0iFDV8gjGvQdp6BI3dsO6D6t8LnR"
    "sU9qfGcszufNI1kiQIjsgcelaSx5ziOgvAWmC7gPssvUsscl9MCSPAnCLm2SaXqAHOAFow"
    "DCgmqWNd5HBx2pFXTEGTjb5ZTKbFVC8B5zUT+PR7/tq+xJ9aE0W+pZpiElIaSAeyT5eEDI"
    "uh+KVyP5KrJ1cEddZsxp9HTuthFYSGQCUPtBU+TvXGD4joPI8s0NenTRpvY8vkT/HAxzma"
    "HP9snqDchEAzSOFFAtFrwTFSis9NrP2B32Y3FqyHZxYOvfQSNZD61cVl6jBhpL6cyoOOqZ"
    "2T2qkVguvSco68x6bUrTUQjW5JzPSqSbpZG1Z53tc+mVI6O/npdMd4ojW2isaGi6k8B4wZ"
    "5eEQH0EppzLmXSMCuRDJoYkSuGrsnY2Wo7WKbnhu8YS+gi3hhjbUHciwiK3SCULWFPQHNu"
    "UMhovPHsS+pSOA2VNFX2M7eVGxFZgLxqcmVwIggt7esSOEr4jZhwLyvMxkAvWiE4aOGJZp"
    "NOVwY6/BZGBdkyHIjhNANKM0BXX1GBCy+yQNbg98vhmFbDCr6ICmRNcRDORY6F35JK6GHC"
    "uNYOejBt35VWfhLAFqVt6pJFyjCkmTY8xUsWUQvdJdGgOxnWO3au+6TdjirhhX3HFAF2lj"
    "5mXmOl1skH9Ocm0TcJDlKPrmcip8vTRBL96Z6oZ1TbXXS0kVrRRrowj+5119DCPOEqJEPj"
    "KKaFdK5+EtO1XWLZDYfvsSSG0guvtiwppB1s6xDN4aZU/aIQ1yYe6MI6pQrrHIzML6WQzs"
    "EIXKqsRCuqSTSxYIvuXre3mka6e53Cso3uXrc39UgR0+OJ7a9toeExONPNMzsabEz9DesS"
    "hWOiTbdY5RjqqGJTjgnZMyKdmBY/47uRAjPbYWQrQM6DLjVz+LUn26aodD+25hlvdWylGl"
    "usNpWHibdHRRJvj7ITb48EAX9eBm2LxTrsW2rp/9ofnvWPzwayKtYW2APbr1N8Njr5hcYz"
    "8M8pvr5i0Q1X9Hs6JuLX0ZD8pP8WlEhrjnvgWzetVpVmYb7XPY5sode9IV52QaYMd7On2c"
    "wltFJ83kL3w2hFUs0ax2deMFJmp9shtE+tgE/NXlNq2AK/WjaJo5g97nP70ctrcQ/rxI39"
    "J27YzpwoGg5aSE3tKKgUndVKO97D3KYVfuUNfXFUTZRu1Uq99ZiV8NunsQqbvRVXvfkS4d"
    "ketMqwQgjX3CgdR2ETYV6+ZmkC1r71p54amjqk/YWEtMeKkbjlKpG4VfJbsZetIewtpGNH"
    "3ViSPE5AG8Pnzm9LhGkJ0kfoAss27nm9D4gB254LetebPgmUch5PApdbJ9OJvB3RfdqZPA"
    "s9ePV7lXWOiM4RaYWCqXNE6jWUZLezeNqv2IjWFpMv48HVl9HZ6Wz06VMPxH5O8Un/6ksP"
    "0H+n+HIwPhlcTPi4yI8p/jQeDGaj8elg3AO779TzSOh68XlAXY/8Wxl/41ExpShHJ0ol/q"
    "yYXcVeLMoYA0To1kRB79kS4C2JOERLBpdhhACs+VAy+pMH9NNJLSH/JFCtIX5l8VYGXJeZ"
    "2DGYNjOWndToG+8CMzOJYiHt7BCj22d0/Pi+wPb68X3m9kpPJVrVmeSPmgXl1OTtEwJ4Y2"
    "wUL9IWxRnGKsCV5XYErHmtMq95IFaZ/NfnJb8qxtKqBQW22s3gwkOOLHFFUC2JpWrS+RaS"
    "ysjcAtRIx6S3bXRz78RsN+4ZhdJicV7aZQy3x8zL7ZHGpl4yys3uHNtfy8jACVjr4gar7w"
    "BmkKk/cwlBBXM7e7GJo/SKU/mKw0N3XM82BF2Mcm1McWCbCnfsWRs3XddHsmmVW0xrJJr9"
    "G/ZmYYM5c2UK1LPcvHsBujWVmQ7ACSKfl2VDDNoiFeogqxClpthQkbcOhajae1ypYp0Q1L"
    "en07DMSh7H6dW8fE3vRqW5no77n2R7y3JQD7CPKU6W+L7s8+RW/jnFA17dm310SugA1aez"
    "GhY0V+Xt3wK4tomqbBPlDCtp/06BNa9V5vWLqGGl+C6oS1UdJNTwoAVo9cTvhc1xZmQ5o4"
    "mYIi7kWc8FaF29sLgJXedRZb8N7cqjUiTFYvDNQw6G1pi9tx1BikViRDe/TchmRWP1UICZ"
    "8eWgYNOQcxujDS1mCW4diOffuSC4HnA3rodWwH5ELqB/N7AxTckJb7Md98r0yEFk+B4ZaH"
    "qv0y1DarqHbgSs9O6WnTUS9oCW74YVB+qCdaUF7WDNwLaUjB1DqZz8oEzEZJBSUD4ZQXd3"
    "qMA1oOv97L04gXwRiGfWf1BuqusCEFpxaZnichnIXx2ByrI9l6+sBKMKaicjjEAIAfYCQN"
    "5GcE4+7LlveD3wuIRelxXkX9qPYOUbyy5vUEh+dlmTQTqCFhe4RQZ54rR2UsM9pniK+4Ab"
    "BXfXNt3wyiYGN9xqfNNlepFNFRiXHY/u+zdvwc3CtxamxeQuc35DLjLFFEHuTp6V3Zf+DJ"
    "4VQDLvwQrO2V9CHujVrk9jFxhkApB/WUr+a6JqGYj9GQWVqa+d4Cazbeps9NF21dh5d2H0"
    "bW2SSa+rsR9aDsrWw3TR8IPqYMm3qYTnP3kNlSWnzuVZ/6IH6L80/Xx8StPPx6fk++j6ck"
    "TO8M/k+nwYT39IWGk3VAKnMkOU8T/NkQdNSyqJIwJpblB15zfh9o0RmhdtKbTvcOsVkQ7s"
    "0svVDq3ye9H5rX92Npj0AP+cYi7I9QKBjla/mAzGF/0zWv2Cf1Nj0doJX2WjyHzRG6UWcy"
    "4HF6fDi8+0UAn7QuPGhixqbChsiTAefLrmgWThNzWY1UTLYLtiLrkGJumB2GI01Rsb46Na"
    "yEnN4pU2f+/fNHswB1tybitE6Oq9a4/QspA3C8kma8gQwnUQW9mVPWLxS7Eh3x0RR+o4aa"
    "XjpKFZxuMUgWn+qsxfHj2GStXtS2O1lPycgGBCyTJKigCs+VCOD3EXlxQXUlAtWZTmAjQt"
    "X1R4I1uUjkDapyPqaBIdTVJgv1c8muQErohUeIc7oh4D4blubneBYJRuK9CutgK69n29S/"
    "2dDQWNerPpG45vXZmwelpdPhJ6yJB3C2jh/K2pyWXJCgxV115QjfYNEUwKGSJKll2otuCC"
    "ZnB9DIb+3ERYVG0hO+4nitl/4E+JcIV/T1m3mCn5Pvh1MP6D0PI/V4PP54OLyX+uLvqXV1"
    "9Gky6YEtFw2vm789w5UE/MT6abtkDETwPi4DqEJzPKhx4Iv03xZDz8/HnAQkm2X2kwycn1"
    "eMzCT7ZfizGt7nAScve7O5HYkf0uRSDNjaGrYuWs5a1xENWQ5SpT7yBqMITerzUMWSHXhX"
    "dSu00EogZDSkWZki2INjzByJp26FZza883ym42CwcREmFDEKaSzacYqOGcgmsqK4wuTgb/"
    "YQLD7GJ22v/jSlF2kdt7jm3NgoZRAmEdGeYKWhmG4zQ6yT0OfxtcpmlOqxx2nA5Ohuf9s1"
    "cfukeJCjUhW96nNvkH6JhQ6A7MfjeiGDVejVbtKrf+/I7GEJVw06ag2kFY1kEYkJKnNpZj"
    "QwSr+fBsPrilItuFcM2Nstxw1zT4oMzSlETq8JHncKDUspSCah48jwflliQRWnOiHCf+8k"
    "2yujMfjNieKGZBArZHJ+TRu97339clqSbSPopkfWQnfSQ1BU4zlJVZnkdotO9U8s73/91U"
    "MkOP3PzWp88k291PBN3fwvJjvQtLdd39kOE79I4Z5M0zpiaRzdV+aZMNl1Z0WdmYTONCnN"
    "i3Ity85OMqeliMry8uuDuIf0l3sTgZnV+eDSb00PYrrX9xcTI4O2NHw69TfHx9+pncdvD7"
    "FwJmkOSRMs6mo2IxLjkhLoLqGAZyXdlWMTGYFqLKCVGhB3zmmv+SbFSQgmoelOOBDpXOZo"
    "gOla4hVPoUWeYDcjYdQaj09ly3SKg04TgbbhYtwdcHvN7Xdy7wfAfTGnUQhFfrAe6zRqyu"
    "HHPmdIHtAPfeXK/RHEz9o+/fvQfQI5KL6wGbltrjEQexEnw13GOKbYMKgHS9yypw93VHFR"
    "6ZHatstsPzAnaxUngJIHRWvP5d7AoBqfnrrovgqVkEL8HJgtpbAtWm4syV6W4qlxd8Adb/"
    "yPolVMoyYtFjKJXD9kpagD4W0YY+ZmtDH9OVnMjiL0HhYHgLSVt90/U8o0JmhH8DqpiVTl"
    "epWpMv6xbRDhFdgaypVC/ljtWO2GfTPaYOpYifbzdJYltoOWmIpSQztUcRU8mF7ZkL04AB"
    "+VPmktj5biGTCY5Aakg1f4YZYiftuAiTd2PhkUtqS4O2NEgvdc0rH6ANDYrs69rQsCdDQ5"
    "DFI0PlCKSFJK5eH6a5UWn6TtC3rIjlYHwriJsngQ5+n8SEz1TIyFYAPRtdfA6HJ+NImmjd"
    "CSvOd/Yypd8dFckMPsrODD5K2dB2kmGK0k9Uy4ghtcqlnMqVCEVEq7XImpQXgriFtMaoUZ"
    "lUaUHXmyHHsQXvTfaGEEe1ofTg3ncFGnBforTPDqYLDKu2UCliG7ryKMvvNhc2y7RN2YZi"
    "57uFbEMuhxQOp2EtnyAG9ppOP9sBFoIORnMy5ZamC4LLbXi7SX4I3dEisl1wBx8QP2T7nm"
    "GLellWfnVdGVGtyoiHsyEptiJWvdsH74EcXeMgTVYBWYMVR07J22FaoVfvo+YkX7NlJNUI"
    "pBVU3rec6q8tcyEQUz9ZNswg+Q6SoPiCYpq3WuSVNxldH58NwOV4cDK8Ggb5Rls5lJ1kbq"
    "tt1ZPxoH+WEWZ/K7V8xFGtmNp7KKmqUxqyqa9TGmrQxc4h9qE1gXcdgSK2O9nN08ICD96K"
    "jZ558K5wTsMDtHxEMyohOO9fXPfPAEET9YeoT64HFwuuDsEgLyGtaJW6gtD3T1Apt3/S0a"
    "8d+ko69HesK6gv7ABtcje/CD9+W2d3tLgcWdBkBK0toIUyVvW9Ksm7fycty8ZALSRzLaJs"
    "QDR5STYGbKEg2xDBVXUvwjnbbyZU2hSJrruzRWRXGaF1lyRLJE3aAdsFEM8Buzh5SHrS7Q"
    "ILmnNqwweQDFwi4PgY3JB/yAZ5A/g1b5ErEmkrv/4zvAf7kQW0nFtEzuXMlWPEDtMmUXfv"
    "mSpzJAjo6DsO3GSlqQSIBNXV6opRxY51dd4/OyMk+/pngmjBQiVFtgim9YT7dDbqT35Kkc"
    "1fz0saAONILTdpuUksNxGZ6IQ69mxxHZPo6VzJiVpRDD5SoooJJhei5joqsjD5JrgX2c+R"
    "IJKiCEAHRygWHJHZqCh7s6xOsT4saWu2XuiOnPX679fQkY4+iWFqCj5p3vKgXZrapXk4Ae"
    "cULUxsZuUexwc8KeTMt2MLSzkE1gOP1AlpemCFIHa75KcN7EfskkNdsLQf6SnTBYa9Wvtk"
    "xjIbz+OSiTDBKRMD3xUKRZVfX8tQWoZShbRahmq0DBUqaLKx0TGUlqPS+d26n3nNHsvok6"
    "XonB3Bm4DtMSW2UxOt9x3DS1szi2f20yXrQ6zKk7zTn0zGw+PryaAHtl95TfrrbUn6a1aR"
    "fjIMuh0Peavj89Hp4KwH2Af5xULcekGoW1IwLPTiVJ7Y7PiWVDfXcLwafSBa1ux4Qc4uy7"
    "5KEfg+2z/0h2d/SHKAg3qAfUzxl9H1mP7kn5W8JpV3Bn+ZjTlGF2fDiwFtpEs/ye9Pn4ID"
    "/Avt5T4ZshUv+KIGt1hQ3YyQLzAIFF3ckjg1FrlWtXp1N66HBKV+j23bQhBnJLNtQQmO3B"
    "JUXazYHtkv1Y9Ho7MY1Y+HSRns+vx4QN6IRMdjbbt9ubZbHYPQZq4LYhLY06tjsR/7WaZ6"
    "eqb7lI3e8Ysa50cYgQW5fWAYZ9VEe8D0qKWcTmNgwQ0Nq3xFQ0JpmCXdyrth3OXrSCjmGj"
    "rkYT1yNG2ir+0uFRvqdZYSPbeP6M3/tW+lozd3mBYVNdh33+Hm6V1BE0NZzUvQBPH6+Gx4"
    "9YX1QQy/TvEnojTTQ/xTDX0LujN7IZY2xK/GFpAnZDRQwMjL5SdCQioymdJDSkONQLRyWr"
    "lymhn1nM2Q7KBnzZDnM4SJT1L82CHUYEerLNRBYpBh+1igXBZIKdoiW1Mpc//ykFNOuY8j"
    "tXKvinJfxKRDI9jcZSm2J6C6qqc6Nhylwi6Hc4Q909uc0f1RYMqJne/mGXTMYOSMbrVFYy"
    "4x8NeWDedoznZomjISXMdELiAktq0Hcs6zg/xaF7yC4Nb0VnD9Gjya3pJZZ3y8gp5BZjtw"
    "7EdRdm5tt9GGHaU30GzDjo4nrDeekLwhZeTFGEwnP5eWF5sosbeOCdv9QkaRjYHU0GVbZV"
    "rgu7roncDQychw32GScQgbjyfRNux9yJvaAR23RCc0Px5e9Md/iGNFjwV0P/5jMuinK74y"
    "AUyyiFMC1sLtV1ck1faC2LhGpu9d8WruHVFjiOBUN097DKrBF87VcyFV2KA/N2kXPLDL9g"
    "Ov5q4F6MpP+zSsXoMgPpaMJiepGufS3dW3hCl6VV1W64VKy2haLzyUXqizdQ6UrTOP5U4X"
    "1UbiqP2rI4eRgXWaxwtL82CN51zzX4KlP2/rjcF0sFdZOwlv+0eTMErqLMILaJeXai4v3Z"
    "5EGwNUo367jAE6H6TNXFc8HySw81xReSjbDHQViEtPmoKYYCWRHhLs/9RWwxrLcFNOcDGe"
    "xUGvSM01rNHMHG7EGSBlL/S0zedroulhTGT5U1uElLQI5TW3zONCBf0tlVs3DxP7KK2XPU"
    "sl00SnR3RqR6nUjudosTUosA0ipuKClorOtisM1+7SznO6bYcUk7iC0YW9cAvH/hfCQdDk"
    "NrQShsLSLoqySz/B/wtHmvPXrIs6BGF3bZEzruKra5+c0ntPUyWwtvKjST7R2rx0e/GIas"
    "fcYUsTaf1i/2uKDsM8TBim9rtov4sK1G+mBV7xIMyhh1Z917UNE2Z1UUgO6ebphQ4yZiYB"
    "zOAOIWGRpzVjAcWDN/8DbKpzsatRvW4FDPvN2neMJXQRbYPgmJ5HdL3bDW+LiWjywZyqez"
    "cPyHHJRW/Exvoa7lHEjh8A6HBGoLDvvNYeldMeI6wqzoIISAt5pYW88NVIkT576u8QbaJ7"
    "de0EtiucHF1TOE1dAXXX0CyVMxnHtYm0+3b1+eu17Qio/8myYZYyvsMkKL+goAbSPs/lNL"
    "o+PhuAy/HgZHg1DIwhW+mXnaSHdtWBx4P+War8GF7Q6geGwOqRQ+c4TJO6CKktcyE3mUOA"
    "Jm8WeRVRtc6Zq4nsCIhojkIPXGJE9ylFK0i8NwNAYR8cx33ngjky4IZGKi0huQBYIwfMzR"
    "XCLktf+/e0c+tAPJ/SZ512rr4MrwbD0xH9+f3bj+Qve/v27d+vRW646m/wDE9cSCVJlSoG"
    "05qV1qwayYqIoGTYDpIqkLhDqFFUolUFEnWsdfb70UxLr+Kx1mNkXFniyJ/w1JMCh2vJRf"
    "pg7w3CZPcnMNrG1jSWgOI8dEeLqC1My9o2sSXPvWFWWbfLiuIze6tvkWHkkSwTzTPCfSq/"
    "he6QqzvkqkLamMPxQxF/44dsd+OHlLfRMz1LirZbQAv9ubVE6uyWIinBK4ZSQ/hqVUUvcf"
    "yOQsE7RzXXoq7M/s32T5m5vQWoMa1bpVMgTMkjsnPktcyLoPbYMy/cRxvbMk8rcNmLjFbg"
    "6kjhMO/wUBihE5zp5iZskDEzs2gsTmjCBRSG5sDENHcVknXTNTFyXZrBCl7ZDtGp5jSYBv"
    "hrYJEJ6rz+GfBZyGy9wUWoskUA3UxLcbW3mWKuB5ouUQihR8D3VMej576jpbspKwD6Rghg"
    "bcj9DESuNSd4MosN33FonogH15nVur/GTcPkqjyQR2eFqGHyzFYl9+MJaMICfRALNH1ThF"
    "tlRr4CFIUOv6zkUIJE8F5GVdkC2jRRqwvXsc2gYqhEqM4W0yaS7ru6PNnAZ74oeyNPNYmg"
    "dDtvCd2EKtnS21wEpCd66YmuMzjKzH3F1UClUja4tjf22R+doQuys90C+uBsa497Win8Yj"
    "8yRY3wmGpqZqhLoflbMFkigNEjcj1ArmE+BGkW3LEm6K/0jGtN8RTf8NHuV/PPG8A3aHBn"
    "025M1Kn3yvw/716/8ZZUo3OR4bNrUFWS1wJgItLP9IAL1pDchWJYrQCi5E0xrdZEy0MCWl"
    "wDvQVESTVdFzHdEhgQg1vE9VGijNJGT+Txb6iKSTaqGb3mTZeVEtgeM8jUu5ni4CnJI9Db"
    "uYRrgL4D4NX37EkIm22mqb7x188OedJq5iHVTMZpTsYUF7J9a3FUCx1sPxwV8K/9cJTpXq"
    "OnkvWR2SIg5X7YQdRwQLTKrxZdBiWU1iSsNS1fK9Nbo3uJpPEqgWwNbfdd3YxJIpL66w6k"
    "PWvFtVddcEAXHFCB+s30YipecOCERjbZzuYUmoyyKQU2PqCbp8OSe1gbzzTcmRGAiAgRop"
    "5SZ7PngdDnF3gjtjcK0/e1OqbGTp2tjmm3k7TbKTrLi4vxCVSbjMiVCfIWjWuQWw22kDYR"
    "dM/S+18+ZJ3m5SgfRWnil1edVrTOwcxA0q7XJFIzoTQTHLSgUU7zMmxIYzUjSjMCo1KvQg"
    "ymyS9FflVUH9tf2zhb8Ymc7hZUexikdqXHQ6s1DbsMBDvXsx00Y3lWWgVSZpJ3tQpUpQqU"
    "mPMFVaAEqk3rdGUqUGT5SBE227wbR7XQvFt9eqfpur4wGyhv3d1i2jR39x0DZkGyTkpSPg"
    "LSpC9Net+VpXuI0EQvTXT0bW06snSPgDTpy+dUmK5R1rqSxmpGNFGvHDwQ/mWqlZGz3WJa"
    "JaKI2pXKsOWLsYQYI0urkurM665WJatUJdVvhrQ3Jefj+wJKzsf3mUoOPZWQtYPlQ4K+EY"
    "gmcQESs/1AUrbYYbRM0USZgjb9OLextxQLFdHTBaUKVkl+FcHUI1bEemtocUKFKa3FiUrF"
    "Cd0iQwflNHgt0EE5ShBfB+UowAQdlKMII3RQzktVdHjPjRxVJz6gW0zZCUpG1a/u7GpTaY"
    "VHmand1QpPlQqPLtt20L3RdubIkdwYdxhNeC2iN5kJWkRXhBFaRH/ZIrqbGeEQOy8loLv1"
    "5wvvfI2u7TsGmrFAVi2tqzPLtbRebe6wdsgnG8sUcMgf5bWVSXWVia4kEnRO4lpI7Oqj6D"
    "F6DHcLWckjBtSyRxNlj0tWtTFT9IieLih58DqQtQse8XKC92S+aJlDndmtZY5KZQ5dcVO4"
    "Gb4vshm+z94M36c2Q7aOSJA4HN9C4lYv1iFM7i8biBIBaQnjmabWMkZWTfhnEX7h2P9CmP"
    "w1lgflyJ9EaiY0Ub4e25blr688yIqBpjtTR04XlK8dBilY0v6Tg9wl6zRmL4CNEeDoHkAP"
    "yNnQ2u534NExPQ/Rsu8LojeDm0fagGwFnfsbWraeFq/30vXtq7zwMwrB87vK7Ng7ROsaKF"
    "clDmWL7lsOigX47GKqMWAFtVQDIquyrOXQXaXSqSFNUrVTEw5B+m6XqpmbxGpOq8zpNXQ8"
    "kxKAbCqIFeyXk1DEeF2AvXFCyhW0ULYNMHK2oIjiUkTtFsB4xZyIj8UM3Z/sOC8hxqpgaA"
    "OhMjM/T8rQBkJpA6GuObUnb5n2/tZuJowt34k1OK8ZSQy3x34kh1kEquxHEtki5UieQGqi"
    "Fye6jjo+kEVWJ8PqZNiXRnwdaa8AE3SkvSKM0JH2L9XQ1UeOaSw7AiNXcKaba+DajanUov"
    "Ucq9RLMUk9sxZKtrHpgUjU9JFSlM1W6COQNir0Hz4U0eg/fMhW6em5hACylnLSBsNbSN16"
    "mlza2EOi8J7sPtERyP77RB9Gea+sI/RBN7O//z872F6+"
)
