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
        DROP TABLE IF EXISTS "analytics_coupon_daily";
        DROP TABLE IF EXISTS "analytics_item_monthly";
        DROP TABLE IF EXISTS "analytics_category_daily";
        DROP TABLE IF EXISTS "analytics_rollups";
        DROP TABLE IF EXISTS "analytics_member_monthly";
        DROP TABLE IF EXISTS "analytics_sales_daily";
        DROP TABLE IF EXISTS "analytics_members_daily";
        DROP TABLE IF EXISTS "analytics_event_daily";
        DROP TABLE IF EXISTS "analytics_points_daily";
        DROP TABLE IF EXISTS "analytics_dirty";"""


MODELS_STATE = (
    "eJztfXtzm0i691fp0j+TVCk5E08yM0d73lMl20qiHVtyyfJcNtoibdSyOEaNhosd7e5897"
    "cvIHFpMGBADe6qmUiC/gF+nqb7uT//7m2sJTKdt3+3bnsD8O8ehhtEvoQP90EPbreHg/SA"
    "C29NNu7/rFt2AN46rg11lxxbQdNB5NASObptbF3DwnTkFCPgYcMF1grcQv3+zrY8vASPln"
    "0PIPliuA54MByDXBg4LnTRW3rdpaWTCxv4rvwlCOJPD2mudYfcNbLJhb78kxw28BJ9Qw79"
    "+aVHR3vsD7E9rMGVS8b9k47a3msrA5nLCHGMJR3JjmvubsuOnRp3Y+x+ZGPpc99qumV6G3"
    "wYv925awvvAQZ26dE7hJFNHpXewbU9SjjsmaZP34CW/G84DOEPH8Is0Qp6JiU/RfMHOBzr"
    "adpkOteuR3NN6yVYEyBCpPYP6RambCWP6jAC3NFHePPfJyc//PDTyfc//Pjzh/c//fTh5+"
    "9/JmPZ8yZP/fQXf5gDtfilGM3Gn8aTOX0gi8wdPqHogb8YBrqQoxiPDtRnnwn6n62hLaZ+"
    "MD5Gf/KHxekfUDuLAcGBAwcO870JFmzgN81E+M5dk5/vvv8+g7y/Dmdnn4ezV2TU6yiRJ/"
    "6pE36O0vtA33u0K0Jef3gp6vqTV5LZHSHtSS7SnmSQ9iRJWmjfOUna/v16OhHTNhgfI+7S"
    "0F3wH2AaTmIJqWoK9/5n5WGdkhDceobpGth5S2/7v72aqJ9BbEofeuWN4/xphmn86nL4e5"
    "z8ZxfTU0Yyy3HvbHYVdoHTGCsOK35yoo+wt2EMGZNHhFhHCcYc0M2tKr2r0eR8PPlUkAMB"
    "bAD8Lws8u5lM2BH/ywKfTyejAaD/LvDH4fhidD4A/DO+CedblnKtShmLUuLFcV202boCfq"
    "VuumHI01tvVUz6vt6t9+Td+5/e//zDj+/3O+7+SNZGG2yqIfmO8KsEUeOw5gj7oSWE3doW"
    "XXaKEDUMUTM1MVMJZeCdQOKbo29ps/QAaXB5PsLOOB/9Ps/eGTc7/8zFdPIpGB7fLqMEJ1"
    "ORPn8BMeWAeJagEpcGjyxqNy2RINu27CLTfA+oRPaWl9r1zPK9np+g+DkhmmtsUMpkDwPj"
    "891Hvg2+tFHDtBFcTrG58+dIFmPGl6Pr+fDyKsKd8+F8RM+cRDgTHH31Y+z92F8E/Daefw"
    "b0J/gHEUTjr8x+3PwfPfpM0HMtDVuPGlyGNMXgaEC1CM9NBB2kedg1zKJcj0Er4HuL3j+J"
    "2BzQJJPPOpnChO5EUi3K5ihSvd2ysD3P2+1tlyW5HkUqrsvCdcHL7j99xI5jl+N6FKlWdH"
    "mYnHy3VwY2nHUpNsegis+y8Zm62Vb3IVcPPUDde4/QXmqJM9aJlTY2eWpzsokfgRjeMSZR"
    "atLnPLg6r1207Ym9oOxU/wlPqOaQUTndoUOgr5F+v7UIGwcAAgqlfk0IyIWAu4YuWEMH3C"
    "KEwdLC5AqORU7a6A1RQADVuDfIAQaZCWRpp0AbLcm17pJe01rvJHCufmGk4D5Pei/uSA25"
    "W5VfVUq/6oFr+TlwwDRnuOwII8IiDF9b8npcg/HKoZ3Poe07LIr7jro2ryuzydNtooQoFo"
    "IpJUsWuSxNtZZELBsvyZtouQjruxnSLTsqMaQOyhTVjMNwzWbjcwpt8zUCK8N2XGB5rm5t"
    "EJej7tEOLYlYRKah43I3Ong03DWToqhrpA8s2/en8xM0Uo2Z75PiWk33EApqjm5t2atGPs"
    "ibRv/KPo/oUTKbRKJCusy2Z2Bu2SEAdFB4+DmP7PBzuujwc0JyiLwWeUkcAXWQzD++z0Hm"
    "H9+nkpmeOlrEodykrUX8XZH7I3tr+4tsXirHYB2kdvUT2d+xC60WB0gHSVx9JKCKTpEqOi"
    "Wd7GnRKYrqBaiuPNnpC41St2tQt88N291dQds1fH4kdO3YiH6Wok3uYu5cQ3e0JUXl9Yxs"
    "g6tz1de2TNPbAtcimi5NRlgOwNcl3H0FhgOILgvId6b8QrCxsLv+zvH1Z3Jc5A2p+OpCxZ"
    "pflN0cKmW6Jcr0gWl5hbcDooOy2/s8stv7dNntfUJ2o++CcBtLMRdDkZ4X2btaSOQMotK9"
    "J5GnYd+X2v8jQLX9q+0/r7Udk81xJ9r49+cyt/wN2twiWzP4YAPlDod4hDu+CevWHTYcRD"
    "dcdq2/AQT1NXh1T2ZaH9CHcrZQJ9d4gKaHXoNbZFr4zqFgCyOiWDwgHyna/eu6jVAMoNei"
    "J/dXoz/Y9ZRM0A6ZIOBgmSTRACuzbNC7+sxSP9nHAv82Inv3XJtejSbj8wGI/NyfvZmMp+"
    "HT/u8FPh/9Oj4bafTU/usCnw1n5+QRBsD/ssCj3+ej2WR4MQDBt/iLmkc+OcmXoJ2Rnx2X"
    "TyKvaV4ZMALqQLpZ3TZSvvwVIPAeIPN7VNY+evJzHgPpyc/pFlJ6ThmNXqbUGM2T9QWvYu"
    "JCBNalYKcGBIeE0B7nRpIVHy0bGXf4F7RLyA4x4vtS9+X+Qi1jw1/BTAuOHuaxDR/3gm50"
    "ApK/n/zVyOVbwvD6bHhONOLj6EI+5QWa0IEnT+lBubWfLRlrYaJ3eBSGloDoTw4ydzQWm1"
    "ohDXLE8si1HQDJf+CWVcFaOcgFBgYuvKNHNnDrCC2elV48Tz0tneqJ5OgXsuDeGY5L70p3"
    "FVVTS041p4XVcIZn8/Gvo4JSsI8aAP65wJej2Sda7IZ/EtVkNrymv/lnGbWkepf3Btlkgd"
    "LI7awS23scW2qPl8wNe5w4/UYLz8lG8frjlAhBliKRKd8adEA3uAbdTH6ZTH+bFF2EfNgA"
    "+F/IMjS8IIsS/XeBP474L/4pxxJ0a9juuqD7Jox5pg9HspehmAuHSkDFIkgPiO4tHR/yzM"
    "0P6XPzQ2Ju6r5PIi91g/GKtjloS26HsKs5G4FweGpZJoI4hcpRZIzYtwRa16q8P9Lsm386"
    "nV5ETEWn43gZopvL0xFZeBn9ySDDTRE0AtptPWddkuwBVNG9CN3XEGMkqA2UTwQJwWU2Vf"
    "cux5OxdjWbfpoNL4nQEfq1wMOrK6IcXV0t8NX0egDIP9Ttc0p9PacLPL68ms7mA8A/yZjh"
    "bD4Zzcg4/kUON45jebaONMe17GK5MTGc2iCe3iD2NIOrVSla+zhF69y01uFmC427QhKlAK"
    "oonpviNloh2y7hXBHjlQWmrAUmWDV0Qqsyq02A697cr8UiE7XdJ+j9RJ3MOLiD7uSWuI8D"
    "mmT6j7e2tTJMpJUvoye+gmK71GwndHdKcTsCVFXVZOaxa90jrD0g2xEaIlPFlwROVacXhn"
    "2kxyeE/dvhgOiYCOljP/4yQ2Za6QBBFHY7l81ERMhf9UdxXBj4vpcaycHO9nNEtZtkYN5S"
    "MY+WHx7uAIeW1rMwi7VwyAOARwTvgT8jduAVBA4RXVlcxoOho9cDQG+EaBg6Im8f4E5cQa"
    "mYeu4hDGWPhunQ41rkUBDsrKLbi6xDRw77kDlmsKvcCFWLSL5F+XkgACtOlOVEepaHmPht"
    "yOwoaUio3hyvAv5VwL8K+O93KU2Ui82XVGRMl6r56TxiNZM9C7QRJv+Pz7nEOmACL4FZ9i"
    "0RbvkFASEZrYpomQ+IJWwyodizH4wHUcXFai75dFi0EoKlFIIDLhb37kSBSvwqK34F71ph"
    "DsSA1XDgxbwSYUcPdIqGKAaIDgpptfR+5mVBRTXUniol+owmf3LTuRanJbnjyjR0UVvb9G"
    "J1EZDqth2RgFUdO6WhtE5DuSLTBP2KbGNl6DCtlF1yUB5tZUtR1Cu2h+XO8iTAN3SaAp1c"
    "HdBAXapKQMAuua9EAx4hmRv0zC2Zk38jKHPHqrl/vhye0bJ092jrivI8q758nkxPdm06OP"
    "SissTPiGkyfFKpQVKqQTL7Al5AaNv+PcorG+4BHRQMqzdC0xVRW0NRPkVGplAY1EEyV1/c"
    "x2+cJJC9n+q1JJK8X2h8iRKcn6vDyCQo54vC+7Y1yOXKhOFFkIrNUrOZ/mneptzrHIWqgE"
    "vZ+CyJ4ntqQxxVqyIn+lkK7i0dkk+ZTWdrxX6wl6L9PVNiSNfrqBBbVOitTt49LmlrTg9r"
    "tCCMbPtyTS4TSZbRM8KIO8sWFsLen8tcTHU+qkAFbEytdtaKhRb46B15XxAS2fqyB6tFWC"
    "3CspBWLcKtW4Qjhklo04IihZaFCKZD6c5NpQ3VubONXbQR7WrseOaOZpARuTczB3Fegutf"
    "bg79iLe2oSNaVFQn80NYqzQ3Tm1xaouThbQ1W9XVFlfvFhfIz8U2uRiqpm2ufUtEqGoktS"
    "cVI2oYoiia9BLTfVBjm2CSqFlu+hhQOerLByu75KluPVeUyJ0eYBhFqQjDiCW/ighDQk4H"
    "moJtMrNcYgjVYKXEYAVqbaHE8jViOl8bpqXhnAK31r40gwRK6zWrySjQWq+DYo3paiur55"
    "i/Ecd65xg6NGnLXwubBkaAXaAP7glZMA2bJKxGdzaP/AS3PHaSajPC1hvPvJzScpWWKwtp"
    "lSG31VquqkOv6tC3lbZK4FQCZ6MC5xBbeLexPOeUsJWTPyF7JsZkiqEwGK3d8uF5RVIM9l"
    "C/eNd/PRiOQaRI2rhtL0by/tQ84Se1/fXzrvUMYfTw14vE0vRFMo7rnBxVlbegnYk9XU2z"
    "CtnALQ+X2bfCOLVrybJrSZ71OnpArKpmYqviJzL3J/QQOAfyFeG5RWv4YFieDRiyT/aTpb"
    "c1aUosWlI7BquQw7qyfefwMWSPEVffeca18uSoRmtX6rpn26FE1UCPjJxQSapSJqky1hcU"
    "IcIYJT6oYINjEje8xhQUCGLQDsoELZEBcmV6HU3ols0wdBwf/TG1TckiUGpe0bY2LVIlrm"
    "ufHg4RRalwiMiyVkU4hI10ZDyUbNwTgXZwo1HKZ23K5zlaGdhIK7gUH9J/UiGlzPdH53bh"
    "x7RJQB8CsE6DAJqm9djnceVMp9TXaANpHhWPMg9WJZErv6rLKpe+XC794yo8ndYlw4+VoP"
    "AcfUuZuTFYc5pl7wjb/3z0+zx7+99vMBfTyadgeFwmSJPKNL4WlRPOQmAlo1Uuo5FtjMhZ"
    "AgUxK2L1AFIBq9kBq5KIRbwY/rUL/SVXWCufn84Uh3zTgLMf+aQkdIXsN37Jx61n62voMH"
    "nFJe+sofMyj4Ft3bKXZNT/Wbd/I7LMI9w5wEb0pVuyVLyVbW34EIFgVNtdniEnNWN9aYng"
    "dGST/cqwHVdjfC2hjCbRqvKRzHZPEz6D2Qmw4rXMvOac0i0PCzid2bssCuxM1ceGrdyu5U"
    "JTc7YIL8ukBArhihdlO2gQZWWJSjEiiVVcKMeFfUo2m9VFdN4kUim8lSu8Koo7/X1pp0tC"
    "8ijuKRU0egKtm5/oZ+nbXBPN63PYQmPJldc+4HMKbImu+4rowxgjwnD0zUU2hiZ5RKpkvh"
    "YmC5a6iLBdsw+h5wMQ4U+iL/OXoC/5Tgt6mu4PUJI5W6ijyFG/vzMNnKOPq4Lljr37ZeQq"
    "HuZA7pykA6SD8VzVtxUIv1sFyByDdZDU1fuSJI6o6urSEl7IY7tE3pmeAHYv27H6VUW8BR"
    "cmeQTdASdq3StMTMYpQ/LntS6XeprX0rmc1cLQihZViKK6R+rq86epQ84TmKUojUdEmWB0"
    "HpNHgpgvFzF6B+gGV5Gr4fi84ErCMANA/13gq+FsPh5eXPyhzUYfbybnI3YmfmyBD2eDb3"
    "HN7DibADfPlrbrqlJvyqjbDS7olrcldPMcJBL9s2JlYsgGA2b2R1oVMRMt+22UMdSGYB20"
    "0rbXKpv03qrOcunrXDuN8RXkB4QCOQwsSuk59WEff5khE6ZE6IaN7BcGbuMU+CuY9MHRw1"
    "SIywfPpNKMXaRLJKrdo8PmVJpXJ5hwT3h2tP0Er7bX2Rd+eXphegeR00W5S6R0lwTsSrAg"
    "lf4hRJe0rMqqldOGIcXKv4cQ3bHVV0vPosayCEh5mnLYgWVuB9Hq9UDOfhCtJumfHmSeh2"
    "KCQxjVpZ2rYcsU+etdrXRLDhFaMaM0M+CGxpOXYUQcqZjwfIt5uXVJCFd2c+W9aC8Xbj2H"
    "GhocbQkFLwM1tKYIPjFclpm1Gk5UoBn1Tv2nBuSpg+7EtMHO4JD/+Z0DfCcB7edIDwd/Kq"
    "B/EPiXhZOdNAqb46mtNV57jZl9itpYwii1MRR6DRJ25xgvkoz4aNnIuMO/oF0iICHDxNxC"
    "JqTZTslhGz7uTYOR2Uf+evI3I+6wOxtenw3PyRQ/TmC9b7QW2GAP5ux0A2zIbp4ntp4Pp8"
    "uJY23oKkLr7dCfEAui5XmSOdEaAxyPlRfF21d34XRDsM88DlHWYKkWqH6GNfjAsAQTshqm"
    "hEDK1pbD1qa0Nglk1BRfb3q25B4gR5IkvV9nkiT3qleZyo0RaAcjM1oSiaECcFQATmbRDK"
    "WFKi30+ExouxY61HkNGYEaGpzqZ+mhJlre0VpDfGyB3ic8qfA7B9xCk04NqjNa5Dh0HOSC"
    "VxBsLUJNQKdJHzwSpZIc3RJW6MYWmvsjtxb2HEEieOV3WOAF/gofoMEm4lemw35d2da/EC"
    "Y/bHJVoEN9jQKLHRGpbQM5fwNfH5BtrHZfaQnbB+TQkxuA/vSgma71RhIu2eMKss5Dx5Xu"
    "K53uK3PHsI7uUhGdmL0cCdJntC0IAB00ObzPk1j1Pj2x6n0isWq/EBa0N4RhyhtWbmrzTa"
    "cY4Q8YRfWSCwotT69hdAfLFBxOgFUeVYE8qhZm3g7P5uNfRwXtaT5qAPjnAl9Mz36hWbX8"
    "c4HPLqbX9Df/zOfgjWWg59kK3qVvBe+SLbuVCeYFmmBUGbqucV1gb5WpDN2QbKE6TGuKEz"
    "rbz2Ot2A/PabD4bD2CjaevmWMbmJZL3dtUxd8B17LuwStCaIPu7a+pB/wOPiBA/2zwKtjz"
    "BSaKiq5ZcSscZSFoykLAWF3YQBBGqY7ipb21lrgDbhblDxhF9+cFmBc0GmyaL3LeCcJLsn"
    "OP6Iol2rT5iTz7tW9Mz7dXDzEgF0R4+cYiQhjYWA9oQy4wYH3k0GqFdBdYZExgi2KmfG4g"
    "6bPvj+udINKtqqsKDf6++8RfX4wl2mwtF2F9p92jncj2HxkfUqT+SYvK2mil7fcJ5SCQc/"
    "uPsrDAchjBqSWx9F6UXobzaZvSsypxNkT+3tlsdD6eDwD/XODz0Sn9yT4WePT71Xg2GgD+"
    "ucAfZ6PRP8hv/rnAN5PgSPBtgc+mk+uby5H2cTb9x2hCrhz5TevA/TqaXY9oGTj2ZYGH53"
    "+/uSY35Z9lLFbVV4XrrhDSGwk2oleOcYfRMqmByvQy8p2ShkW4gj6LT7s2DkhpHRwh5vBn"
    "bgdnnLVlu+SPF9RAz2JLBCYvT35bQxeQDdVcAmy54BYBF94T1lDRV2q2xGVE4UaWJscloD"
    "LvYyWd3iff59s4snaOxNYRkawLvQ9xZIcKMTS9IFmeXaya9wHRuQre73LN8ncZs/ydaJZD"
    "R9RtOitpJ0B0jsK1rCO0OTR0LUHgbDqNw5jOUbmWeaxc0+nUb6eTsoLynHWaOi8sYSA1Pd"
    "zPYeY0rbwB1ENAZujScMGj4a7BIxVibbQh3HWoN9Fw++QYkWLJAPRtaxDasgM2okd08nC8"
    "UTQ3S1qAZRKTU6L83tru87TfMm7m9G+xN3OGfysjpzJySr7iKofbSyI8XybpcxWifQSmyF"
    "+a/AjauJTkFwF2UPBriaAniEZLBiGGBICiXI4gK2CzZJaZLnG5HfaexuyatWjKVDInj6Bt"
    "oS2qN5hO6gSwQcvE1oTuyrI3LbZQyBsD+BJkBLYJFG2IFEKpJJ4CSTw6tMmk3SKbVhtK0j"
    "yjJngMJ68z8XpNE8HpAxtoCawHWurMt4wkI8oy34TKaltz6pUXlET41ohLvREjfZCSHzCG"
    "7lXPr47ZCjlKErvoiChVnMzJIFD/VD/LPsoKNWiID81pIv1tbehrYHsmopUXlp5OOL+mKR"
    "cQ73jlBwcQ6QE8snF+qUL0QBYZmm5hIx2RayUtotVdVhgIGhJd2d9M51xQ/pDcc98Cmv0I"
    "ojsjNtNoBYH4RSIlcZXVVE6rqcy1I7rKjVDXxvg7k1NQSeC6JJpXJpAobb6B+A1/c8g/d0"
    "OIDgUmVTZpI1tv7piYMKiDU7f6wGwuPhXb9A6YLi23qsGCDMzIoKugN4KKNkqf1SraqD6t"
    "euaxPzpNs2an+7m1a41uWzlV7Cuu7tLC/g5NjewDi52DprkDLE2SasIQ6GuIMSLzwnEtm1"
    "wnaPNHNWLWnC6pZld76YprJLwUNfiZ8lO6giu9itU+Yh+Iyz4LyKnB+A6KqLVoV92VUoNV"
    "l8fAsMX3K/mH94f4yhbivIbzI5lugoctyJ0wTGYGSa5G+JtxkcUnBCm1/shmeKhZQ2ZSTu"
    "H21VFU9+j8IQ+dP6TT+UMyc0S1r1btq1tC0q1tWLawTWz6hheCSBtOcTxrr8WD2sRL7NPF"
    "QcL4BsPhPl5Mp7NeQYmPgQaAfSzw5+HFR+3magD8Lwt8NhpfDAD9N6fcV3O1WSqq8VYaOt"
    "wWl/Ii0A4tJkeQs5dwV44HIaDiQFkOkKXHdssEdEWArYnkepGB7wgvS+U2HGCKvzLzF+pl"
    "WgnoR2ghEJhDWxV8LIuXhsb+ndImUqmOmuiIfg5fDUVorDNVEX8Nu0c4SBGCW7SGD4bl2X"
    "6MIitJ9cbAfWCjBwM99oFDg5pf8wRwCJbQMHfANDaibPEarq88N8pzI72ZtTLNk7/XRR04"
    "UVRdGmejs7jmjtnddeFIrraw5V1jy3sx6seAzbHgXafor0TOlyByMjfunDMpIW0eTuYQND"
    "l1cgmXQ0BjXWmulS8AMomOVke3HrGfBEdOmYa+A69o03Yi+iEElhYtePFfHPNf/Pzb7U7Q"
    "L6WOGyjxUi7xsqhn81k+TclIG5F5fshjOf8h3XL+Q8JyrsKC6g0L6nw5+eur0eR8eHoxGo"
    "D91wX+NJv+Nv88APxzgafzz6PZALAPOVxGfGfQ+Mqf5BDdKVL0qjgwbk41dBf8B5iGU5v0"
    "2fuflYd1ygFw6xmma2DnLb3t/xb081UhG1FCRWSjgOivLoe/x/lxdjE9jdtM6QVOVVtVeS"
    "oy0JA3WllB48IeWaYKiDQp6M5oZtWVYIgRailq3pybzMum2zi3hcxKtX0Rqq1tbay0LqCH"
    "k/2nVdttMDi3fks9pm9uLcJWsCFcM7amwYo7vL17S7RMj/Za8TVTsl3TgiM/u6y5J3pANu"
    "0Yht21SKut6rJKl5VLl5XeVdI+YitttiltlkhzaR0KUiduBNMlJ0lls5YIb9bGwAXpGkMp"
    "0U/aYDjZ5m+XoqWkiIZTDK6PwUu4czRrpTGJtoidLgGUw05H79cZO90jQveUzkX4Esa0ly"
    "W98fUUBH8KePfmp+eXjqzHkqrsHy/A/jHjBSR7AutHcKr/tO3DL0OZ2/LhjwcQ8BqDwPFu"
    "N4ZLpgUL8+TmiSCkkxy83QEiWq1WInPHs65VsY1DlbSk51RJy25yQ4K0cdnk5brzxv3Fjc"
    "i4RQgdRXWQ0NVH8PIeVWWKfcSRXTJUNZ0G6tn6Gjqlat7FsUo5l1o5NzZEHiVy46rIuhYB"
    "da5l7YdcdvcPGXb3D4JGPOT+yN7ahqhHRkYbniisc+GQ1W8gRKdwPcHWkS9g74BucFrToL"
    "vx5FNR+4UPGwD/ywIPr65m019H5wMQfFvg2ejvo7M5PRZ8y2fmqDt6L9ADtdtCfalisO7V"
    "PKqp8btPteL7eQyqMs9l3s05s8jODB1LEIz21GsVAnbvxTrJ9WKdZLxYJ1LUjJSNyMepSK"
    "hqcqcyRNXkriM+Ee42tE+dKDrRP9XPss8/QtNErrblY/MZ6NNZrszlUq9TylwuEzfCcx9t"
    "tpaLsL7T7lEhvUMA7ZwyXouExCvzFTQwRUAdtJvXouQp07kESww11enGFpql6pUnwYoVpV"
    "nBy2iVYEMMqFhQmgVkBffI37vUnvVaZF2lM1WOj8WZ0m9J2hUUR5RJQ5k02mPSmLH3uJdu"
    "2PAH9PObNzS+NigrR6f16owMSX8aFOVCFKfsHMrO0R47h9K+JZj4SvuWhhVK+z46C5RGkc"
    "4QpVHUk8REBAs210VZTPxcHj3C9gcrDaLTEqvyk8rEDaU/pLNB6Q8vQmJSQuvRWUDb3hSr"
    "qxVCdCigsroylc03b5ZuJtfcvVkpWumkV4pWjYpWWuexyPl+AYWrSNexK7gDX7e06Sfd9r"
    "4CywYbyyYDibIFvoZ2xK9/AxZDkXvtaN0HEz0gMlf8ZQZAvASPZH5aj8m6EnXdRBXVlKuo"
    "pqr7WG9w4P4VKuyRU1KtUiy6wAK2H7CqJ4WKncVg7a13lps9GZSupcCZv0MX4koYo1hSOU"
    "ukKbwqmW7eEu0lV66wFHVXFX9r4+/WNizbcAXW+6wIiD2kM2G8qhGJKsRZwLTyGzOI9ARG"
    "Ff9M/2lzinJbd9pR2ga39YthRqsrPw3P5uNfRwW1Bh81APxzgS+mZ7/QAk/8c4GJlH9Nf/"
    "PPuEk1nwkqlwWqQLknakjapNYpfZo9YXyTpblm06vpbD6eToYXRdkUxg5A+NcCX83Gk7Px"
    "1fBC+zieXc/p6ciBMkxTfi3l12q5X2u4ZcWR0iqthE9nimG3ZDKtDFeDB4CSyTotBqTLZH"
    "c2LJGKFEapQMLSIplpuWWsiAdYB7eOlmwVuYxMRytAL5nhsO7681m6Taolvnl95nQ6/cXX"
    "OBpwk1eto3jbZUlxN4rs4JrVUnFXsIaxp5dE3D3lYmpPIOoGp/KIuTnjta6tDRFdCZdZs+"
    "GtCd2VZW+ADjFg0s6AOzPfGBi80i1va+H+vmvPnW09uus+cJD9YOjodR/oHlnFN3E9tZab"
    "LPCrLbTv6UXXlmeTkabl4TsEbi2LHn1No8LITe3lGzLO3QE63CXvF2Bu+9cq4EvCgK+iMk"
    "O17WokyiapXlhQsXT1xtKRNUewIuSzYwZYmWndO5veXE0nA8A/F/hqSt7n6wHgnwv8aTb9"
    "bf55APjnAl+PZr+Oz0YD4H9Z4LOb6/n0klyBfS7w/PN4dq5dDWfzPwYg9EMOO6eNlghtNL"
    "pzWaU5m7hIg3L39dlwUtiLcDOfDgD9lzCQ4An3yL+siQRl8+VoMmd9JIIfC/x5ODmf3pCj"
    "/pcFHp+TE+P5H9rZ59HZLwMQ/S0Hc2klInJ/jYkGRZbFBLBBhgaCU1OqVA2rJLnjyrhLEj"
    "wjqG+PkCOkj962cFdZ9PburS/RAp6ZScRYJuiCQISRL96PkMoljHBK5Z8KwJ0JHmrYXqpC"
    "jF5CiJGv23+i+nAvXffn5/t5/FxMtc7d9fdPj4w2iJ5srQAE/jW4eo6WwLX2LXz74AGaxh"
    "IQZR2mZmhVcD3lW5N6fWpDvNNL9K4Fb38h+1QU1KV8osoCfYP1rNikDqO6RNaGJ7XnoIKr"
    "SYBQQmdJJ73l2Xox/+0eIbMZSyZlWFVUar6ikjRJbLLN9/Y6bwVZbN+2BrlcmUS2CFLlss"
    "nM5Rcb2v/rdHw+APTfMsb06kNkHixjWaK9bAzWvYivWjYwFX6fTv12xiNJHn7vGx5niIqc"
    "PkvSrJOhQf08Jkp7P15F4nfaPqUi8eXhhVJAj7p/U+9vscm+hygLYnl7lspJaCTM0NpSYl"
    "h2ESqHMcp2mM92yAPLSukBMahSBJQikEsROCNXOLetbU8g/+/P5RL7dfosSzI8Z3TCFCNA"
    "1gjDWho6WBqU+7ceC8tiwQX0cn2AvpFrmDtgYZ2N9hHJ2IRnX02ga3zpsb/JF0jZUCYW/V"
    "MpIfJIAxl5BwfmFRDLQhxXgllZwSz0shQQGaKoDgoN1Yc871e6UkJDEq3kBiU35JYb5mhD"
    "o9dRmuywP59ffnB9SO4IxyAGkaLByrKBA000AFvb0JEfhGi4u35INqASCqsRb3sY00xDMv"
    "bBMNEdckQhj9XfQOUnqvxEWUir8hNbbTBgq1DJDrhhoBJ1S4u6wQ6gbSzsrgVsSOWBANkl"
    "PlQWpIsekF1Ij9gDGgwCuZxO5p97Da0kVcd67K02efP39gA50vfKVOTvffn3IpA9F+Q33d"
    "X7YLEP7qbH8F//jEuEcmTxEcWN+Y80InXqSOR6Sl11RNDOxFNXtuZsyNMZW9NAdgkSi8HN"
    "EZkICi0hs41o6jX7W5PiS1YmZBSosiGzsyFV4ulRSM1zwzUmaxcUz2NIibud9oamYwHHMr"
    "l1xF0jB/lZ8QlzikxyO3tEhiwcQCCANlmompVmaUbUrMYiIInJ8pLlolLDZE9gsAyd7WeZ"
    "K/2MVmoOVOGNL9SzqJKhj7lyBz6CYtnQMZSytKjQUTlCR1XT9rqd5MpKfvQ1u31pfWU0oV"
    "hK39Vocj6efBoA/8sCz0YfbybntGNP8C2nilSzAZjp9yyPTJTtR4NIMuwCIVxW+Ig0GmsV"
    "VgIa/RF3U9B2mcXIF4K8ZMpxYx6ZRCWW6CS2M8bshpdolYOazhAVQlaDPeaC9lvvCUwx/E"
    "Q/ywrDerUXCDS3PXxHI8FpqXqTUAfZ4NFw18BwHXKMkHNtkUc+xHOx+K2g6L442vz5l1SB"
    "YHIFgtkQ3xcgazC8O208KzMkqJA6X1T/IY+o/kO6qP6DCqlrPAcP6muNNygpKopGkcpcUF"
    "oWvUdoW4oHMaBigYprlHaTXFqP+M6GSyoBagVlDyFW4igBFcjVSCBX74q3Izg8eLEYjOrm"
    "9gsJUOzxsAGeDgSCRz8S0Vc2QpqzNrZbetfkvpkV4ZXANhjotT/S2kgvb8sX4ztjJTJgpg"
    "dSJ4BdCaiOhlLLGkfNJBRzp4XbK+ZlnQjbXu5V8ULVwqJbw3bXS1iOR0KwYlIlTJLJiny2"
    "hphtpmJbsn+6/6RFWdPZyJyG5RHNMwIcQi3B7BIHIzCvggpeUQPx2qBVp7gNmP7mddUpaA"
    "v5vIvYlyu78gKHa6HkbpD6JRqrxh+EOXjIwC+R3ypEUYUotkBrb9h6srKtTVGdPoLpEu0r"
    "U3CK20meax3pOkXTG9ym2Ffb0NT25urTbHg+6oNfRqMr2jH8fPrbhB3KqZfXHG1VvKr6Mw"
    "uqSzeL6w+rVaHMxwllvisXQRRBdjCCqCURQwFNpA4ZukYu0aDvOAVF6t5+QP9phc8Jj31S"
    "47tgcT5vHskSAQLkADyuDX3Ncx4B5S0wHMB9kH2mlj2uoQvW5EkQdmiTTMMF5AAvGAUQFl"
    "SzrPE+KuhIrqAjzkDtkFNaZKsSghvMRf00m/7WVNmT6kNp9tQzDb2QhJAANkjy2YiQtRmK"
    "VyP5SrJ1cEddasxp+HTmtuFbSIoEoA79psjfOUD3bBuR5Zsb9OiiTe15fIn+mz/MYYY+yy"
    "OrNyATDdA4UkC1WPBOVKCw0ms/Y3doxuLUku3iyNa/o0ayHlu5rLxGDdTXhTOjoqhnZvfI"
    "RuJi6T1+WWfWa7MwHYVgRc6lViLdLImsPeusyaW3GBm97bJkulMU2UFjRUvTnQTGC/b0kg"
    "igV9BYcimThlmJZNDYiEwxdEvGapv94CI9NzxbX0MH8cYYWxPiQUhQ7PuhbDF7Alpyg0JK"
    "441nX1KVwmmppCmzn7mr3AjJAuRVK1YGJ4RQ0r4qgSOF34gJ90WF2QjoRSsERy080W7Sqc"
    "pAx9/CqCBbhgMRnGJAaQao6isycOFFFsga/X41ntFqWP4XUYGsBfbDucix4FtcCT1OGNfW"
    "Rg+G5TmFlZ8YsENpm6pkkTQMaacNT/KSRdRCd0U06F6K9Y6d6z9pt6NKeG7fMUWAg6WPmd"
    "dYqXXyAb2lQfRNgoPUo+sayO7zNJFYf7on6hnVdhcVbSRXtJEqzKN63bW0ME+wChWhcRjT"
    "QTpXP4np2l5g2Q2GN1gSQ+qFV1mWJNIO9nWIlnBXqn5RgOsSD1RhnVKFdY5G5pdSSOdoBC"
    "5VVqIT1STaWLBFda9rrKaR6l4nsWyjutc1ph5JYno8s7ytJTQ8+mf6WWZHnY2pv2FdrHBM"
    "uOkWqxxDHVVsyjEhWyPSiWHyM54TKjCzH0a2AmQ/qFIzx1970m2KUvdja5/xVsVWyrHFKl"
    "N5kHh7kifx9iQ98fZEEPDnptA2X6xD01LL8Nfh+GJ4ejEqqmLtgQOw/7rAF9OzX2g8A/9c"
    "4JtrFt1wTb8nYyJ+nY7JT/pvTom05rgHvnXTalVJFmZ73aPIDnrdW+JlF2TKcDd7ks1cQi"
    "vF5z20GUZLkmrWOj7zgpFFdroDQvnUcvjUrC2lhiXwq6WTOIxpcJ9rRi+vxT2sEjeaT9yw"
    "7CVRNGy0KjS1w6BSdJYr7biBuU0r/BY39EVRNVG6Uyv13mNWwm+fxEps9pZc9eZLhGu50C"
    "zDCiFccaN0HIVFhPniNUtjsO6tP/XU0FQh7S8kpD1SjMQpV4nEqZLfkr1sLWFvLh077MYq"
    "yOMYtDV87v22RpiWIH2EDjAt/Z7X+4AYsO05p3e97ZNAKufx3He59VKdyPsR/aedyVrgwa"
    "vfq6xyRFSOSCcUTJUjUq+hJL2dxdN+xVa0tph/no2uP08vzrXpx48DEPm5wGfD688DQP9d"
    "4KvR7Gw0mfNxoR8L/HE2GmnT2floNgCH79TzSOg6+TSirkf+rYy/8SSfUpShEyUSfzbMrm"
    "KtVmWMASJ0Z6KgG7YEuGsiDtGSwWUYIQArPpSM/uQB/XRSF5B/YqjOEL+yeCsdbstM7AhM"
    "mRnLTmr0jXeB0QyiWBR2dojR3TM6/vg+x/b64/vU7ZWeirWqM8gfpfnl1IrbJwTw1tgoXq"
    "QtijOMVYAry+0QWPFaZl7zQKwy+a/PS36VjKVVCwpstdPgykV2UeKKoEoSS9Sk80xUKCNz"
    "D5AjHZPettXNvWOzXb9nFEqKxVlplxFcg5mX+yOtTb1klNPubMvbFpGBY7DOxQ1W3wFMJ1"
    "NfcwhBBXM7fbGJotSKU/mKw0N3HNfSBV2MMm1MUWCXCnc0rI0bjuOhommVe0xnJJrmDXta"
    "0GDO2BgC9Swz716A7kxlpiNwgsjnZdkQgXZIhTrKKkSpKTZUZK1DAar2HleyWCcE9e3pNC"
    "yzkkdxajUvX9O7VWmu57Phx6K9ZTloANjHAsdLfF8NeXIr/1zgEa/uzT56JXSA6tNZdRMa"
    "m/L2bwFc2URltolyhpW0fyfAitcy8/pF1LCSfBdUpaqOEmp41AK0auIPguY4GlnOaCKmiA"
    "tZ1nMBWlUvzG9CV3lU6W9Dt/KoJEmxGH1zkY2hOWPvbU+QYhEb0c9uE7Lb0Fg95GM0vhzk"
    "bBpyaWG0o8Uswa0N8fI7B/jXA87OcdEGWI/IAfTvBhamKTnBbfbjXhkuOYh0zyUDDfd1sm"
    "VITfdQjYCl3t3Ss0aCHtDFu2FFgapgXWlB218zsFVIxo6gZE5+kCZi0k8pKJ+MoLo7VOAa"
    "UPV+Gi9OULwIxDPrP0g31VUBCKW4dExxufLlr55AZdmfy1ZW/FE5tZMpRiCAAGsFIG8juC"
    "Qf1tLT3QF4XEO3zwryr61HsPH0dZ83KCQ/+6zJIB1BiwvcIp08cVI7qeEeC7zAQ8CNgodr"
    "G05wZQODr9xq/LXP9CKLKjAOOx7e97++BV9XnrkyTCZ3Gcuv5CILTBHk7uRZ2X3pT/9ZAS"
    "TzHmzgkv0l5IFeHfo09oFOJgD5l6Xkvyaqlo7Yn5FTmfrS82+i7VNnw492qMbOuwujb1uD"
    "THpVjf3YclC6HqaKhh9VB4u/TSU8//FryCw59a4uhpMBoP/S9PPZOU0/n52T79Obqyk5wz"
    "/j6/NxPP0BYQu7oWI4mRkijf9piVxomIWSOEKQ9gZV934Tbt8YoWXelkJNh1tviHRglV6u"
    "DmiZ34veb8OLi9F8APjnAnNBbuALdLT6xXw0mwwvaPUL/k2OResgfJWNIvNEb5RczLkaTc"
    "7Hk0+0UAn7QuPGxixqbCxsiTAbfbzhgWTBNzmY1UbLYLdiLrkGVtADsccoqrc2xke2kJOa"
    "xStl/m7eNHs0B1t8bktE6Oq9a4/QNJGrBWQrasgQwlUQW9mVPWTxS7Ah2x0RRao4aanjpK"
    "FRxuMUgin+ysxfHj2GStXtS2KVlPycgGBCyTJKigCs+FCOD1EXVyEuJKBKsijNBWiYnqjw"
    "RrooHYJ0T0dU0SQqmiTHfi95NMkZ3BCp8A73RD0GgnP9zO4C/ijVVqBbbQVU7ft6l/o7Cw"
    "oa9abTNxjfuTJh9bS6fCT0KELePaCD87emJpclKzBUXXtBNtq3RDDJZYgoWXah2oILisH1"
    "MRh6SwNhUbWF9LifMKb5wJ8S4Qr/XrBuMQvyffTraPYHoeV/rkefLkeT+X+uJ8Or68/TeR"
    "8siGi46P3Ve+4cqCfmJ9VNmyPipwVxcD3CE43yYQCCbws8n40/fRqxUJL9VxpMcnYzm7Hw"
    "k/3XfEyrO5yE3P3uTiR2pL9LIUh7Y+iqWDlreWtsRDXkYpWpDxA5GELv1xmGbJDjwLtCu0"
    "0IIgdDSkWZki2INjzByFz06FZzay130m42KxsREmFdEKaSzqcIqOWcglsqK0wnZ6P/MIFB"
    "m2jnwz+uJWUXub1rW6bmN4wSCOtINzbQTDEcJ9Fx7nH4W/8ybXNaZbDjfHQ2vhxevPrQP4"
    "lVqAnY8j6xyT9A24BCd2D6uxHGyPFqdGpXufWWdzSGqISbNgFVDsKyDkKflDy1sRwbQljF"
    "h2fzwSkV2S6EK26U5YazpcEHZZamOFKFjzyHA6WWpQRU8eB5PCi3JInQihPlOPGnZ5DVnf"
    "lgxPZEMQtisAadkCfvBt9/X5ekGkv7yJP1kZ70EdcUOM1QWmZ5FqFR06nkve//u61khi65"
    "+a1Hn6lodz8RtLmF5ad6F5bquvsh3bPpHVPIm2VMjSPbq/3SJhsOreiysTCZxrk40bQi3L"
    "7k4yp6WMxuJhPuDuJfkl0szqaXVxejOT20/0rrX0zORhcX7GjwdYFPb84/kduOfv9MwAwS"
    "P1LG2XSSL8YlI8RFUB1DR45TtFVMBKaEqHJCVOAB1xzjXwUbFSSgigfleKBCpdMZokKlaw"
    "iVPkem8YDsXU8QKr0/188TKk04zoYbeUvwDQGv9/WdA1zPxrRGHQTB1QaA+6wRqyvHnDl9"
    "YNnAuTe2W7QEC+/k+3fvAXSJ5OK4wKKl9njEQaQEXw33WGBLpwIgXe/SCtx9OVCFR2ZHKp"
    "sd8LyAXaQUXgwI7Q2vfxe5gk9q/rqrInhyFsGLcTKn9hZDdak4c2W6m8zlBV+A9T+0fgmV"
    "spRY9AhK5rC9khagH/NoQz+ma0M/Jis5kcW/AIX94R0kbfVN17OMCqkR/i2oYlY6XaVqTb"
    "6sW0Q5RFQFsrZSvZQ7Vjlin033iDqUIH623SSO7aDlpCWWktTUHklMJRPLNVaGDn3yJ8wl"
    "kfP9XCYTHILUkGr+DDPEQdpxECbvxsoll1SWBmVpKLzUta98gDI0SLKvK0NDQ4YGP4unCJ"
    "VDkA6SuHp9mOZGJek7R9/SIpb98Z0gbpYEOvp9HhE+EyEjewH0Yjr5FAyPx5G00boTVJzv"
    "NTKl353kyQw+Sc8MPknY0A6SYYLST1TLiCCVyiWdyhULRUSbrcialBWCuId0xqhRmVRpQs"
    "fVkG1bgvcmfUOIorpQerDxXYEG3Jco7XOAqQLDsi1UktiGrl3K8rvdxGKZtgnbUOR8P5dt"
    "yOGQ3OE0rOUTxMDa0uln2cBE0MZoSabc2nCAf7kdbzfJD6E7WkS2D+7gA+KHLM/VLVEvy8"
    "qvriojylUZ8Xg2JMlWxKp3e/89KEbXKEiRVUBWf8UppuQdMJ3Qq5uoOcnX7CKSagjSCSo3"
    "Lad6W9NYCcTUj6YFU0h+gMQovqKY9q0WWeVNpjenFyNwNRudja/Hfr7RXg5lJ5nbal/1ZD"
    "YaXqSE2d8WWj6iqE5M7QZKqqqUhnTqq5SGGnSxS4g9aM7hXU+giB1O9rO0MN+Dt2GjNRfe"
    "5c5peICmh2hGJQSXw8nN8AIQNFF/iPrkuHC14uoQ9PMSkopWqSsIff8ElXD7xx39yqEvpU"
    "P/wLqc+sIB0CV384vw43d1doeLy5EFrYigtQd0UMaqvlcleffvCsuyEVAHyVyLKOsTrbgk"
    "GwF2UJBtieAquxfhku03cyptikTXw9k8smsRofWQJEskTdoB2wEQLwG7OHlIetLpAxMaS2"
    "rDB5AMXCNgexh8Jf+QDfIr4Ne8RY5IpK38+s/wHjQjCyg5N4+cy5lbjBEHTJdE3cYzVZZI"
    "ENAxtG24S0tT8RExqsvVFaOKHev6cnhxQUj25Z8xovkLVSGyhTCdJ9zHi+lw/nOCbN52Wd"
    "IAGEUquUnJTWK5ichEZ9SxZ4nrmIRPZ0pO1Iqi85EFqphgciFqrqMiC5Nv/HuR/RwJIiny"
    "AFRwhGTBEamNitI3y+oU6+OStmbrherIWa//fgvtwtEnEUxNwSftWx6US1O5NI8n4JyjlY"
    "GNtNzj6IAnhZzlfmxuKYfABuCROiENF2wQxE6f/LSA9YgdcqgP1tYjPWU4QLc2W4/MWGbj"
    "eVwzEcY/ZWDgOUKhqPLrKxlKyVCykFbJUK2WoQIFrWhsdASl5KhkfrfqZ16zxzL8ZAk6p0"
    "fwxmANpsT2aqJ10zG8tDWzeGY/XbI+wMo8yXvD+Xw2Pr2ZjwZg/5XXpL/Zl6S/YRXp52O/"
    "2/GYtzq+nJ6PLgaAfZBfLMRt4Ie6xQXDXC9O5YnNtmcW6uYajJejD0THmh2vyNl12VcpBG"
    "+y/cNwfPFHQQ5w0ACwjwX+PL2Z0Z/8s5LXpPLO4C+zMcd0cjGejGgjXfpJfn/86B/gX2gv"
    "9/mYrXj+Fzm4xYLqNEI+3yCQd3GL4+RY5DrV6tXZOS4SlPo9tSwTQZySzLYHxThyS1B1sW"
    "J/pFmqn06nFxGqn47jMtjN5emIvBGxjsfKdvtybbcqBqHLXBfEJLCnl8diP/PSTPX0TP8p"
    "G73t5TXOTzECK3J73zDOqokOgOFSSzmdxsCEOxpW+YqGhNIwS7qV94O4y9ehUMwttMnDuu"
    "Ro0kRf210qNtSrLCV6ronozf+zbgtHbx4wHSpq0HTf4fbpXX4Tw6Kal6AJ4s3pxfj6M+uD"
    "GHxd4I9EaaaH+Kcc+hZ0NGslljbEr8YekCVktFDAyMrlJ0JCIjKZ0qOQhhqCKOW0cuU0Ne"
    "o5nSHpQc+KIc9nCBOfCvHjgJCDHZ2yUPuJQbrlYYFymSOlaI/sTKXM5uUhu5xyH0Uq5V4W"
    "5T6PSYdGsDnrUmyPQVVVT3lsOFKFXY6XCLuGu7ug+6PAlBM5388y6Bj+SI1utXljLjHwtq"
    "YFl2jJdmiaMuJfx0AOICS2zAdyzrX8/FoHvILg1nA3cPsaPBrumllnPLyBrk5mO7CtR1F2"
    "bm23UYYdqTfQdMOOiiesN56QvCFl5MUITCU/l5YX2yixd44J+/2iiCIbAcmhy3bKtMB3dd"
    "E7gaGdkuF+wMTjEHYuT6Jt2fuQNbV9Ou6JTmh+Op4MZ3+IY0VPBXQ//WM+GiYrvjIBrGAR"
    "pxisg9uvqkiq7AWRca1M37vm1dx7osYQ/ql+lvboV4PPnavnQKqwQW9p0C544JDtB14tHR"
    "PQlZ/2adi8Bn58LBlNTlI1zqG7q2cKU/SquqzSC6WW0ZReeCy9UGXrHClbZxnJnc6rjURR"
    "zasjx5GBVZrHC0vzYI3nHONfgqU/a+uNwFSwV1k7CW/7R5MwSuoswgsol5dsLi/VnkQZA2"
    "SjfreMASofpMtclzwfxLfzXFN5KN0MdO2LS0+agphgVSA9xN//qa2GNZbhphz/YjyLg16R"
    "mmtYo5kl3IkzQMpe6Gmbz5dY08OIyPJPZRGS0iKU1dwyiwsV9LeUbt08TuxjYb3sWSqZIj"
    "o9olI7SqV2PEeLrUGBbRExJRe0ZHS2XWO4ddZWltNtPySfxOWPzu2FW9nWvxD2gyb3oZUw"
    "EJYOUZR9+gn+XzDSWL5mXdQhCLpri5xxFV9d+eSk3nvaKoF1lR9t8onW5qVrxCOqHHPHLU"
    "2k9Ivm1xQVhnmcMEzld1F+Fxmo304LvORBmGMXbYaOY+kGTOuiEB/Sz9ILbaRrBgFo8IAo"
    "YJGnNWMBxYM3/wssqnOxq1G9bgN0683Ws/U1dBBtg2Abrkt0vdsdb4uJaPLBkqp7Xx+Q7Z"
    "CLfhUb62u4Rx47vg+gwxmBgr7zSnuUTnsMsSo/C0IgJeSVFvKCVyNB+vSpf0B0ie7VtRPY"
    "r3DF6JrAKeoKqLuFRqmcySiuS6Rt2tXnbbeWLaD+R9OCacr4AROj/IqCWkj7LJfT9Ob0Yg"
    "SuZqOz8fXYN4bspV92kh46VAeejYYXifJjeEWrH+gCq0cGnaMwReo8pDaNVbHJHAAUedPI"
    "K4mqdclcTWRHQERzFHrgYiP6TylafuK94QNy++A47jsHLJEOdzRSaQ3JBcAW2WBpbBB2WP"
    "ravxe9Wxvi5YI+66J3/Xl8PRqfT+nP79/+SP6yt2/f/vVa5Iar/gbP8MQFVCqoUkVgSrNS"
    "mlUrWRESlHTLRoUKJB4QchSV6FSBRBVrnf5+tNPSK3ms9Qzp16Y48ic49aTA4ZjFIn2w+w"
    "ZhsvsTGG1ja+hrQHEuuqNF1FaGae6b2JLn3jGrrNNnRfGZvdUzyTDySKaBlinhPpXfQnXI"
    "VR1yZSFtxOH4IY+/8UO6u/FDwtvoGq5ZiLZ7QAf9ubVE6hyWokKCVwQlh/DVqYpe4vgdiY"
    "J3TmquRV2Z/Zvtn0Xm9h4gx7TulE6BMCWPyM6R1TIvhGqwZ16wj7a2ZZ5S4NIXGaXA1aDA"
    "nVGZwLJ359BglE2ocdEB/SxljtzD3LmG7mi6D9KWe9RTul36PBDoTl/IjGaX3d8oCHxRWR"
    "RymAjTVS+fc3nz+fzhLzqbLzzL8wuYMVSXrNyVSZqmgUWSZmaxpQDSJYI27Db404OsR0Mx"
    "yodRiviliQ83NEJI04Myp/kZEEcqJpRmgo2I2kjrSZdgQxKrGFE+qRCVehUiMEX+QuSXRf"
    "WxvK2F0xWf0Ol+TrWHQWpXely02ZpkYvmCneNaNtKYh0KpQNJM8r5SgapUgWJzPqcKFEN1"
    "aZ2uTAUKLR8JwqY77aKoDnruqneMGo7jCe3oWevuHtOluduwiKebkKyTBSkfAinSlya95x"
    "Sle4BQRC9NdPRta9hF6R4CKdKXJv3ScPSy1pUkVjGijXrl6IHwL1WtDJ3t59MqEUXUrlQG"
    "xZL0NcQYmUqVlGde95UqWaUqKX8ZscaUnB/f51ByfnyfquTQUzFZ218+CtA3BFEkzkFith"
    "8UlC0OGCVTtFGmoOVyLi3srsVCRfh0TqmC1WDYhDD1iBWRqjRKnJBhSitxolJxQhWXUUE5"
    "LV4LVFCOFMRXQTkSMEEF5UjCCBWU81IVHV6tJkPViQ7o51N2/LIr9as7h/ouSuGRZmr3lc"
    "JTpcLTTOmjFpDtOHujZS+RXXBjPGAU4ZWI3mYmKBFdEkYoEf1li+hOaoRD5HwhAd2pP1/4"
    "4Gt0LM/WkcYCWZW0Ls8sV9J6tbnDyiEfL8mUwyF/klWQKVGPKbySFKBzHNdBYlcfRY/RY7"
    "BbFJU8IkAle7RR9riy6J+eKnqET+eUPLYMUrvgwW7DZxv5dU/mi5I55JndSuaoVOaITva8"
    "22EU1cHN8H2ezfB9+mb4PrEZsnWkAImD8R0kbvViHcLk/kUDUUIgJWE809RaxsiqCP8swv"
    "NW9+SvMV1YjPxxpGJCG+XrmWWa3vbahaxAZbKme+h0TvnaZpCc9d0/2shZY+Q4tBumRdtq"
    "MvQAoAdkkwlFeHVon4lWRG8GXx/Jw9gbaN9/BYYDDAwMN1nVvcoLP6OWO79rkR37gOhc6f"
    "GqxKF00X3PQbEAn15MNQKsoJaqT2RZlrUMukteOpUdijsE6btdqmZuHKs4LTOnt9B2Ddb6"
    "WeM9kwt3xxThm5NTaq6+/nKElGtoonQbYOhsThHFoYjaLYDRijkhH4sRuD/ZcV5CjFXBUA"
    "ZCaWZ+lpShDISFDYSq5lRD3jLl/a3dTBhZvmNrcFaHjAiuwR4Zx1kEKuyREd4ii5E8hlRE"
    "z090FXV8JIusSoZVybAvjfgq0l4CJqhIe0kYoSLtX6qha4hsQ1/3BEYu/0w/08B1GFOpRe"
    "s5VqmXYpKqrXHxA5Go6SMlKJuu0IcgXVToP3zIo9F/+JCu0tNzMQFkW8hJ6w/vIHXf5epf"
    "/C6jf/G7ZP9ickcXicJ70hu8hiDNt3g9jvJeWTPXo25mf/1/JX05MQ=="
)
