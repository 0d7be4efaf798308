from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "coupons" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "template_id" INT NOT NULL,
    "member_id" BIGINT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "state" VARCHAR(10) NOT NULL,
    "valid_from" TIMESTAMPTZ NOT NULL,
    "valid_until" TIMESTAMPTZ NOT NULL,
    "source" VARCHAR(50) NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "order_ref" VARCHAR(100),
    "store_code" VARCHAR(50),
    "discount_cents" BIGINT,
    "order_total_cents" BIGINT,
    "void_reason" VARCHAR(200),
    "created_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_coupons_templat_6289ac" ON "coupons" ("template_id");
CREATE INDEX IF NOT EXISTS "idx_coupons_member__a761ef" ON "coupons" ("member_id");
CREATE INDEX IF NOT EXISTS "idx_coupons_valid_u_99171f" ON "coupons" ("valid_until");
CREATE INDEX IF NOT EXISTS "idx_coupons_order_r_5b8577" ON "coupons" ("order_ref");
CREATE INDEX IF NOT EXISTS "idx_coupons_member__cf083e" ON "coupons" ("member_id", "template_id");
CREATE INDEX IF NOT EXISTS "idx_coupons_state_601203" ON "coupons" ("state", "valid_until");
COMMENT ON COLUMN "coupons"."state" IS 'AVAILABLE: AVAILABLE\nLOCKED: LOCKED\nUSED: USED\nEXPIRED: EXPIRED\nVOID: VOID';
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
    "total_stock" INT NOT NULL,
    "issued" INT NOT NULL,
    "per_member_limit" INT NOT NULL,
    "per_day_limit" INT,
    "issued_day" DATE,
    "day_issued" INT NOT NULL,
    "state" VARCHAR(10) NOT NULL,
    "claim_starts_at" TIMESTAMPTZ,
    "claim_ends_at" TIMESTAMPTZ,
    "points_price" INT,
    "refund_restores" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "coupon_templates"."kind" IS 'THRESHOLD_OFF: THRESHOLD_OFF\nCASH: CASH\nPERCENT_OFF: PERCENT_OFF\nFREE_ORDER: FREE_ORDER\nEXCHANGE: EXCHANGE';
COMMENT ON COLUMN "coupon_templates"."state" IS 'DRAFT: DRAFT\nACTIVE: ACTIVE\nPAUSED: PAUSED\nENDED: ENDED';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "coupon_templates";
        DROP TABLE IF EXISTS "coupons";"""


MODELS_STATE = (
    "eJztXXtz2za2/yoY/bPJjJJtnKTtVe+9M7ItJ9rYkkeW03ajDkNTkMSNBKp82NHu7Xe/eJ"
    "AUHyBN0KQE0phpI4nEIelzQOB33v/pbKw5XDuv/2HddXrgPx2kbyD+Ej3cBR19u90fJAdc"
    "/W5Nx/3LuqMH9DvHtXXDxccW+tqB+NAcOoZtbl3TQmTkGEHgIdMF1gLc6ca3pW15aA4eLP"
    "sb0PEX03XAvemY+MLAcXUXvibXnVsGvrCJluUvgSn+9KDmWkvorqCNL/TlD3zYRHP4HTrk"
    "55cOGe3RP8T2kKYvXDzuDzJq+01bmHA9jzHHnJOR9Ljm7rb02Km5HCL3go4lz32nGdba26"
    "D9+O3OXVkoJDCRS44uIYI2flRyB9f2COOQt177/A14yf6G/RD28BGaOVzo3pqwn1CzB9gf"
    "62jaaDzVbgZTTeukRBNQRFjtHzIsRMSKH9WhDFiSR3j1Xycnb9/+dPLD2x9/fv/up5/e//"
    "zDz3gsfd70qZ/+Yg+z5xa7FOXZ8MNwNCUPZOG5wyYUOfAXpdFdnVFRGe25Tz9T/D9b6Taf"
    "+8H4BP/xH5bkf8DtPAEEB/YS2M/3Q4hgo3/X1hAt3RX++eaHH3LY+7k/OfvYn7zAo17GmT"
    "zyT52wc4Tfe/5+gzsR9vrDS3HXn7ySzO4Ya08KsfYkh7Unadbq9tJJ8/YfN+MRn7fB+ARz"
    "56bhgv8Da9NJLSFVTeHOfy88ZBAWgjvPXLsmcl6T2/5vpybu5zCb8IdceeM4f66jPH5x1f"
    "8tyf6zy/EpZZnluEubXoVe4DQhiv2Kn57oA+RtqECG+BF1ZMCUYPbUh1tVOteD0flw9EFQ"
    "AgFZD/hfZmhyOxrRI/6XGTofjwY9QP6doYv+8HJw3gPsM7kJF1uWCq1KOYtS6sVxXbjZuh"
    "x5ZW66UZLHt96qhPRDvVvvyZt3P737+e2P78IdNzySt9EGm2oE32F5lWBqkuxwjH3fEMZu"
    "bYssOyJMjZKomZqaqZgz+pKD+Kbwe9Ys3ZMccHk+ws44Hfw2zd8ZNzv/zOV49CEYntwu4w"
    "zHU5E8vwBM2VM8Cagk0eCRofahEQm0bcsWmeYhQSXYW15u1zPLQz0/xfFzzDTX3MCMyR4l"
    "TM53n/J18KWJGqYN9fkYrXf+HMkTzPBqcDPtX13HpHPenw7ImZOYZIKjL35MvB/hRcCvw+"
    "lHQH6Cf2IgmnxlwnHTf3bIM+mea2nIetD0eURTDI4GXIvJfA11B2oecs21qNQTpBXIvUHv"
    "n0RiDniSK2cDT2HMd4xURcUcp1RvtyxiL/J2e9t5SanHKZXUZZE652X3nz5mx7HLST1OqV"
    "Z0eYScfrcXJjKdVSkxJ0iVnGWTM3GzLb5FXD3kAHHvPej2XEudsU6srLHpU5uTTfKIjvQl"
    "FRLhJnnOvavzxoXbDt8LSk91H/GEag4eVdAd2gfGChrfthYWYw/ogJASv6YO8IWAu9JdsN"
    "IdcAchAnML4Ss4Fj5pw1dYAQFE495AB5h4JuClnRDacI6vtUx7TWu9E8e5+oWygvk8yb2Y"
    "IzXiblV+VSn9qnupFZfAnuZwhsuWCCIKYdjaUtTjGoxXDu1iDm3fYSHuO2rbvK7MJk+2iR"
    "JQLEKmlCxZcFmWai0JLBvOIXJNd8fDZeG5XGC2gZs7aONtig42YWGA9qDvgGthuGNYS6xD"
    "QAyK2LV+AVA3VuDFNzzTuoA8lLPVDXyNe33twZcYSq0ttHQIMZ7xYG3eQ5+Sh87qug0Xmp"
    "FrkZPh1cgPej0F02RCB9kwLZBgmbCVgFZm5NC5/kiDUejHDP06wPv6VBtfD0bD8x6I/QzP"
    "3o6G4+hp//cMnQ8+D88GGjkVfp2hs/7kHD9CD/hfZmjw23QwGfUveyD4lnxRi8WMFQoZy4"
    "kYS0KX2GsqEvAYErXAAR5n8o/vCjD5x3eZTCan4kxmy58Ag0MCmd+jsgj85OciCPzk52wE"
    "Ts7FOawcMs8FNcYjd3zgJQYXYmRtUr8OABxSoD0pjbQoLiwbmkv0Ce5S2CHBfB91X4UXap"
    "gY/gpmWnB0P49t/SEEuvEJiP9+/FdDl20J/Zuz/vmg89dxdCGf8xxNaC+Tx/SgwtrPFo+1"
    "ENY7PEIG5wDrTw5c74h1GOsTwMRHLA9f2wE6/g/c0bychQNdYCLg6ktyZKNvHZ7OU+3Fi2"
    "T4GERPxEe/4AV3aTouuSvZVVSWj5xqTgPj8/tn0+HngSAK9ql6gH3O0NVg8oGE37NPrJpM"
    "+jfkN/sso5ZUH46/gTZeoDR8O6vE9p6kLbXHS+aEPY7n4KCpcLJxvH7HAWbInAeZiq1Be+"
    "oDrkG3o0+j8a8j0UXIJ+sB/wtehvqXeFEi/87QxYD9Yp9yLEF3pu2u5jonVZEolPzpH6XJ"
    "UyWb9zLkcJdogqkI/yW5vsDCsado39LxvsjcfJ89N9+n5qbh+ySKcjcYr3hbgLf4dhC5mr"
    "PhgMNTy1pDHWVwOU6ZYPYdJq1rVQ6PHPbNPx2PL2OmotNhMjHi9up0gBdeyn88yHQzgEbA"
    "u63nrEqyPSBVfBfh+0pHCHKyFYpBkAi5zKbqztVwNNSuJ+MPk/4VBh2RXzPUv77GytH19Q"
    "xdj296AP9D3D6nxNdzOkPDq+vxZNoD7BOP6U+mo8EEj2Nf5HDjOJZnG1BzXMsWwutJOrVB"
    "PL5BhDzTF4tSvPbpFK8L89rQN1vdXAohSg6p4nhhjttwAW27hHOFT68sMKVjN/1Vw8C8Kr"
    "PaBHTtm/u1WGTitvsUvx/J3E0St9Cd3BD3caGkn61tLcw11Mon9vGvoMQutdgx351S0o4R"
    "qjwv2WQsEFAcdcJGo3YTOMenvfg0gWvd5RsoOaHCzXy3U2ELf9UfanBpom+dzHADerZbIP"
    "R6jQcWjDuYPlh+DLMDHJKRZiEaEODgBwAPUP8G/BmxAy904GB8RYMH7k0DvuwBciNIYqXh"
    "PbQB8zSmww9qugc33joeS0KOa7FDQUSuCsGWDuRnxybIHNjWVmnsuc95i4rLgEOsJFFWEt"
    "mpCHzmNyH9oKS2W73NWEWlq6h0FZUupntInsvIYPMVgYzZqJqdLgKrKfYUqL6P/x+eM8Ta"
    "o4AXk1n2HQa37IIAs4zUe7DW95BmFVJQ7Nn35r3FyVys5pKPx+4qECwlCA6kKO6CiBMq+F"
    "UWfgXvmrAEEoTVSODZvBJRb4TuiMbRBRQtBGm1tEywtoQhvMK42VyO0rSQz7V41vAdF2vT"
    "4FWDzy78HCNSTSpiCLiKktBKQ8l+JZSGUoOGcmrrKA6yYydytZI7MqSYOpIt5YrVgeeiCz"
    "yxslM2yjewnEW23mB8NduuRP2gqg/lUn3MqkeOkiyjZ1gQS8vmFq0Kz+UupgYbJVCtCuGL"
    "kOqcxMLiU+/w+wI5fRQfG6wWYbUIy8JatQg3bhGOxfDpNkn+EVoWYjQtCk1+0vogyc42dO"
    "GGt6vR47k7molHFN7MHMhkCW4+3YIH013R3r5b2zQgKQBi4PnBrStSmE5tcWqLk4W1NZe3"
    "U1tcvVtcgJ/FNrkEVU3bXPOWiEiFB2JPEmNqlERxlNOb1CQpd2QTFHMYJghVUb7yPlsXP9"
    "Wd5/Li2XP6gMeolKOlckcLZqejrznbZG5pgwjVAasaBCtQY4saqEZt2YtSM71anJyfMENF"
    "AqX1htZP4GitN0FhhWy1ldZeKF40c7VzTENfA8sGFlqbCAJ6gS74htmCSAQcFjVc2jRdyQ"
    "F3O6qgEm2GWybziZdTWq7ScmVhrTLkNlrLVTXjVM24pvJWAU4FOA8KOPvIQruN5TmnWKyM"
    "/SnsmRqTC0P1YLR2x4YXhaQIhKR+DvPf703HxCiSFFkPYSTrJUW+6dmtqp52rSeA0f1fz4"
    "Ol2Ytkkq51OKoqb4HKdZbTXHhneajMvhWlU7uWLLuW5MG/g3tIi4uktip2Ind/gveBc6BY"
    "LuIdXOn3puXZgFJ28X4y97Zrk7jF5sSOQRMFaQX1vzlsDN5j+EmIT7hWkc4h8RIehuHZQe"
    "sQ0k0k0CNjJ1TKopQpi1T0ghAiSqPggwo2OCZzo2uMICBIkLYQEzQEA3A0VwYCpOicJ5th"
    "6Dg++mNqm5JFoNS8om1tkqvLL++XHQ4Rp1LhELFlrYpwCBsa0LwvWWQ3RtrCjUYpn7Upn+"
    "dwYSLTFwhfDY0M6T6qkBLh+6MLu/AT2iQgDwFoVwCgr9fWQ5fFlVOd0ljBjU7yqFiUebAq"
    "8Vz5VV1WufTlcukfV+FptS4ZfawUh6fwe8bMTZAdsPneEbb/6eC3af72H24wl+PRh2B4Eh"
    "NkoTKNrUXlwFmEWGG0yjEa3sYwzuIoiHkRq3siFbCaH7AqCSxiNQFvXN1fcrklA9npXDjk"
    "mwaccOSjSOga2q/8In5bzzZWukPxiovfWdNwwDe4dQPbumXP8ah/WXe/YCzzoO8cYEPy0s"
    "1pKt7CtjZsCAcY1XaXJ+Ckw1hfGgKcjmyyX5i242pUriWU0TS1agshs91zrT9B2CliJWuZ"
    "Zc0kZVge4kg6u357nOpwmWg/1LvMVpbj51quvtacLUTzMpl+XPLWcPng9UGxDjKHpQSRpl"
    "VSKCeFMNOazmoRVTZNqfTYyvVYFZyd/b4009MgeXD2mECIDkeZZie6eWo0UzCLuhK2ujln"
    "OmkXsDkFtliFfeG35e4C+N2FNtLX+BGJ7viSmwNY6iLcZlSRduABEZZPquvUl6Dr2k4LOr"
    "aEBwjLnK3Oeo2HR/3uVSQejjyuioE79u6Xk4KY11E+YxtsRhf50tlyhZLlBDr3RN8tATYn"
    "yFrI6updRBIHSrV1aUn15tzvEkVneoqwfUmM1a8q/C1YmOUx6hb4RuteYRIYpwzLn9aYTe"
    "ppXktfNlriQhOtlRCnah+rq0+LJn42j2OWIjweYGWC8nmIH0lHbLlI8DugPuAqct0fnguu"
    "JJSmB8i/M3Tdn0yH/cvL37XJ4OJ2dD6gZ5LHZmh/NviW1MyOswkw82xpu66q4KaMuu2Qgm"
    "F5W8w3z4E86J8XApOgPGAcTHikUYEw8WreZhlDbYSshVba5lpl005Z1XAqe51rpjG+grD/"
    "SHyGiXiZOqc+2cWnCVzrGYG3USP7Jb5OA6fAX8GkD47up0ISHzyRSxN6kTaxqHaPDp1TWV"
    "6dYMI94tnRwglebQuzL+zy5MLkDjyni3KXSOkuCcSVEkEm/yMUbdKyKgtQIn1AxKq6Ryja"
    "Y6uvlp+ixrIYkfI0FbADy9zlodHrgZxtHhrN0j89nXoeBFgaJVHbFq9oPTJdrXQDDR51m9"
    "h86AodGxIAXkYQSUolhKcbwkssN1za1tjCK1t0lK9BhonOTAOieniUSq0yQsxP2SYTskgL"
    "4sKyoblEn+Au5bTOMUM2UAhZ9jV82NYfQvNRbPbhvx7/zZA5dc76N2f980Hnr+MEX/uGTY"
    "6dbm/yzDbSRWyrReKv2XBSSMWxNiSBmJRaIT91xImo9kezKGpeJPZTL1dx6RZlBDyUEZCJ"
    "UjCcN0akqr08amBRmF4CqJPh4MtOkQsJ5MiMI/drTWZciODLVOGLkbbQHd8Q97uKulBRF7"
    "kFEJRaqdTK4wuh6Wpl32AlQTh6ZXCqm6dYruF8SerGsLECfSxYJtnfHHCnr8nUIOqghY/r"
    "jgNd8EIHWwtzE5Bp0gUPWF/ER7dYFIa51dfhkTsLeQ4n+7fyO8zQDH3V73WTTsSvWHOdg6"
    "8L2/o3RPiHja8KDN1Y0ZuQmlsYUtsmdH4BX++hbS52X0k50nvokJMbAP/09HV2unEsy44+"
    "LifVOHJcab7Sab4yd39q6S4V04npy5FifU4J+oCghTEd74pk07zLzqZ5l8qmCRdCQXtDlE"
    "w5VcpNbbbpiDF+T6O4XnJBIaXGNQSXepnisSlilTwjkDzTwHTL/tl0+HkgaE/zqXqAfc7Q"
    "5fjsE0mlZJ8zdHY5viG/2WcS9BbZCt4U2QreZG8Fb9Ltl5UJ5hmaYFTtsbZJnWNvlan2WB"
    "9voYae1eAkcrZbxFoRDi9osPhoPYCNZ6yozxqsLZd4romKvwOuZX0DLzCjTbK3vyTO7aV+"
    "DwH5s8GLYM/nmCgquqbyjUuNIHN6ahJRCxsIolSqO3Rpb63F72aax/k9jeL708KPBY0Gm8"
    "PXrG4F4yXZuQdkxeJt2uxEkf3aN6YX26v7COALQjR/ZWEQBjbWPdzgC/RoTzC4WEDDBRYe"
    "E9iiqCmfGUi69PvDascJYqvqqlyDv+8+8dcXcw43W8uFyNhp3+COZ/uPjY8oUn+QSqI2XG"
    "jhPqEcBHJu/3ERCiyHMTq1JJbei7JrLz5uU3pS+cUDsb9zNhmcD6c9wD5n6HxwSn7Sjxka"
    "/HY9nAx6gH3O0MVkMPgn/s0+Z+h2FBwJvs3Q2Xh0c3s10C4m438ORvjKsd+k+NfnweRmQG"
    "p/0S8z1D//x+0Nvin7LGOxqr4UWHtBSGfA2YheOOYSwXlaA5XpZWQ7JQmLcDk98x53bewp"
    "pXVwRITDnrkZknFWlu3iP55T+DpPLDEyeWXy60p3Ad5Q13OALBfcQeDq37BoCPSVWixJjM"
    "jdyLJwXIpU5n2spNP75IdiG0fezpHaOmLIWuh9SFK2KPv+0AuS5dliJZz3FK0r2/ym0Cx/"
    "kzPL3/Bmue7wOgfnpewEFK3jcC3rCGn0q7sWJ3A2m8dRmtZxuZZ5rFzT2dxvppOygpqMdZ"
    "o6Ly1uIDU53C1g5lxbRQOo+wDP0LnpggfTXYEHAmJtuMHSdYg30XS7+BhGsXgA/L41MW/p"
    "ARuSIwZ+ONb0l5klLUBTg/EpXupubfd53G+ZNHP6twjNnNHfysipjJySr7jK4facGM+WSf"
    "JcQryPkSn2l2Y/1G1UCvnFCFsI/BoC9DjRaOkgxAgAEJVyjFK1O5dZys2w9xzMrlmLpkyQ"
    "OX4EbavbvGp02axOER7QMrFd6+7CsjcNtlDIGwP4HDAC3QREu+BEqFQSj0ASj6HbeNJuoU"
    "2qDaV5nlMIOkEnrzPxZkUSwckDm3AOrHtoA923jKQjynLfhMrqYDLulQdKPPrGwKXOgLI+"
    "SMkPBEP2qoLiaDqOksQuOsBKFWNzOgjUP9XNs4/SQg0aZEMLmkh/XZnGCtjeGpLKC3PPwJ"
    "JfkZQLHe1Y5QcHYPQAHug4vwohvMeLDEm3sKEB8bXSFtHqLssNBI1AV/o3kznn7/TknmHf"
    "X/ojiO6M2UzjFQSSF7nzHFJ3zNHm+k5ZTSW1mspcO6Kt0oi06ku+MwWBSoquTdC8MkCitP"
    "kDxG/4m0PxuRuhaFFgUnXV5KNbb+GYmChRC6du9YHZDD6JbXp7mjYttwfe8mKoMMV+oiHy"
    "mZ+ky9MMGyiMHL4SjU5FG6loIwm06olH/+gszZqe7hbWrjWybRVUsa+Zuktq9jskNbILLH"
    "pOX693gKZJEk1YB8ZKRwjieeG4lo2vE/R2Ixox7UiWVrOrvXTFNRKeixr8RPyUreBKr2I1"
    "j9l75tJPAZwajG8hRK1Fu8pCqQ2HqMGSywJg6Mr7Ff/DmkN8patwUat51TM6fAwRpkdpZO"
    "b70dYJf+sUWSoiJKVWC9nMBDXrsxSTCHcYjlO1j8/vi/D5fTaf36fzPFSHYdVhuCEs3dqm"
    "ZYu1/IySSBv8cDzbrMVC0PhL7OOlPKL0Bwxeu7gcjycdQYhGiXqAfszQx/7lhXZ73QP+lx"
    "k6Gwwve4D8WxCo1VwbloAw1vjC0LeC4C1Gp1YSPiqe67sSrI1QKcZyy03bbplgqRhhY6Kk"
    "nmVQOUTzUnkDezIlX5nlqxtlyvQbRyjPH5gaGxXYK4sHhMTVnZIGTZlOkPiIbgE/CKHQaN"
    "cnEV8IvUc0AFAHd3Cl35uWZ/vxf7Tc0ysTdYEN70340AUOCRh+yZKrdTDXzfUOrM0NLxO7"
    "husrr4jyijwfcyd7r0WdI3GquvTDNnWjbql75Gjzlq7aGl21BZiaoDocZ980hK0KID4HgE"
    "h9mlMmpBQ23J8sAAsZdwpBwT4gUZ8k68iHaxR/kTrh1gPy08HwqbVp7MAL0r4cAzUIwdwi"
    "pR/+zmj+zs6/3u44nUPquIECg3KBQVGv4ZP8hZKxNoZQ3haxSr/Ntkq/TVmlVYBMvQEyrS"
    "+sfnM9GJ33Ty8HPRB+naEPk/Gv0489wD5naDz9OJj0AP2Qwx3DdgaNrfxpCZGdIkMLShIm"
    "jZ+m4YL/A2vTqQ1Xdv574SGDSADceebaNZHzmtz2fwV9aFVgI8KoGDYKmP7iqv9bUh5nl+"
    "PTpIWTXOBUNRiVpzYBCRQjNQY0BvbwMiUAaTKolc71GJvnvDbGhdk8P3RD46awWam2z0K1"
    "ta2NldUPc3+y+7hquw0GF9ZviX/z1Z2FxQo2WGrmdm3SMgevl6+xlumRriO+Zoq3a1J642"
    "eXtrmE99AmvbOQu+JptVVdVumycumy0js2msdspc0eSpvFaC6rVn/mxI3RKK8Gz6sBkbUx"
    "kSBfE1QK+kkbuibb/G1TbJMUsWtKwPUJeK7vHM1aaBTRitjpUoRy2OnI/Vpjp3uA8Bvhs4"
    "hcojTNFUlneDMGwZ8C3rz66elFFOuxpCr7xzOwf0xYKcUOx/oRnOo+bvvwCzIWtnz444EO"
    "WLU94Hh3G9PF04IGZTLzRBCAiQ/e7QCGVosFz9zxpGtVbONQxR3JOVXcsZ3SkCAlWza8XH"
    "dOtr+4YYwrwug4VQsZXX28LevWlFUf4/E+T+2sknHomrGebax0p1T1tyStUs6lVs7NDcaj"
    "GDcuRNa1GFHrmre+L2R3f59jd3/PaUmD7w/trW3yukXkNKSJk7UuHLL6DQTrFK7H2TqKBe"
    "ztqQ84rUnQ3XD0QdR+4ZP1gP9lhvrX15Px58F5DwTfZmgy+MfgbEqOBd+KmTnqjt4L9EDt"
    "TqhDU4KsffWEamqB7nNNfD9PkKo8cZl3cyYsrUzH+wRh+16sk0Iv1knOi3VSvHpijTW+ZW"
    "PyUTQUVZ06WyCqOnUd8Yn6bkM6tvGiE/1T3Tz7/IO+XkNX27KxxQz02SJX5nKp1yllLpdJ"
    "GtG5Dzdby4XI2GnfoJDewSFtnTJeC0Jihe8EDUwxohbazWtR8pTpXIIlhpjqDHOrr8vIgU"
    "OsRFFaFKzoVQkxJAiVCEqLAK/gHv5759qTXou8q7SmgvCxJFP6Lcm6gpKIMmkok0ZzTBoT"
    "+h53sg0b/oBucfOGxtYGZeVotV6dkyHpTwNRKcTplJ1D2TmaY+dQ2rcEE19p39KIQmnfRx"
    "eB0iiyBaI0inqSmDCwoHOdl8XEzhXRI2x/sNIgWo1YlZ9UJmko/SFbDEp/eBaISYHWo4uA"
    "NKkRq6sVoWhRQGWTGyNLN5Nr7oysFK1s1itFq0ZFK6tPWOx8V0DhEukRdq3vwNctab5Jtr"
    "2vwLLBxrLxQKxsga+RHfHrL8CiVPheO1L3YQ3vIZ4r/jIDdDQHD3h+Wg/puhJ13UQV1ZSr"
    "qKaq+1hvcGD4Cgl75BSqVYpFG0RA9wNa9USo2FmCrLn1zgqLJ4fTtRQ483doIalEaZRIKh"
    "eJNIVXJdPNG6K9FMoVlqLuqpJvbfLd2qZlmy7Hep8XARGStCaMVzUiUYU4BUwrv1KDSIdj"
    "VPHPdB83pyi3dasdpU1wWz8bYTS68lP/bDr8PBDUGnyqHmCfM3Q5PvtECjyxzxnCKP+G/G"
    "afSZNqMRNUIQuUQLknYkjaZNYpfVw8UfpDluaajK/Hk+lwPOpfioopStsD0V8zdD0Zjs6G"
    "1/1L7WI4uZmS07EDZYSm/FrKr9Vwv1Z/S4sjZVVaiZ7OhWF3eDItTFfT9wQKk7UaBmRjsq"
    "Wtl0hFilKpQMLSkGxtuWWsiHuyFm4dDdkqChmZjlaAXjLDYd315/N0m0xL/OH1mdPx+JOv"
    "cRzATV61juJt5yXhbpyyhWtWQ+EuZw2jTy8J3D1lMLXDgbrBqSIwt2C81o21wdAVS5k2G9"
    "6udXdh2Rtg6AhQtNNjzsxXJgIvDMvbWqgbdu1Z2taDu+oCB9r3pgFfdoHh4VV8k9RTa7nJ"
    "DL3Y6vY3ctGV5dl45Nry0BKCO8siR1+SqDB8U3v+Co9zd4AMd/H7Bajb/qUK+JIw4EsUM1"
    "TbrkaibJLqwYKKpas3lg6vOZwVoZgdM6CVmdeds/Ht9XjUA+xzhq7H+H2+6QH2OUMfJuNf"
    "px97gH3O0M1g8nl4NugB/8sMnd3eTMdX+Ar0c4amH4eTc+26P5n+3gORH3LYOW04h3CjkZ"
    "3LKi3Z1EUOiLtvzvojYS/C7XTcA+RfLEBMj6WH/6VNJIiYrwajKe0jEfyYoY/90fn4Fh/1"
    "v8zQ8ByfGE5/184+Ds4+9UD8txzCJZWI8P01Cg1ElsUU4QEFGgCnQ6lSNayS+I4Lc5lmeE"
    "5QX0ghR0gfua1wV1n4evnaR7SAZWZiGEuBLgggjHzxfphVLhaEUyr/lEPcmuChA9tLVYjR"
    "cwgx8nX7D0Qf7mTr/ux8t4ifi6rWhbv+/unh0SbWk60F0IF/DaaewzlwrbCFbxfc62tzDr"
    "CyrmdmaFVwPeVbk3p9akK803P0rgVvv5B9Kk7UpnyiygJ9g/VMgKtREsVTDk89B4rM0mB4"
    "a4BkZYx0LM82xLytIYXMRieZVFdV/+jw9Y+kSTmTbb4319XKyTn7vjXx5cqkncUoVeaZzF"
    "J+toH4n8fD8x4g/5YxfVcf0HJvmfMSzWATZO2Lz6plA1PB8tncb2b0kOTB8r6ZcAIJ5PRF"
    "kmVLjAzqFjEo2uF4FTffamuSipuXRxZKAT3q/k18tQImqnC8svdxk3FVYkB64lYf62dtCT"
    "MsW4TLURplEixmEmTRXaXgfYJU4XuF7wvh+zN8hXPb2nY4sD48VwjNG+RZ5nh4wRCBMYIA"
    "rxGmNTcNMDeJ9O88GhtFPfzkcl0Av+NrrHfAQgYd7VOkAwSefDWOCvGlQ/8mH2fSoRTt/K"
    "F0C3nwbE7w/154xUUQlXiLINehW6TtXxYByBCnaiFoqD7uOFzpSoGGNLXCDQo3FMYNU7gh"
    "IeQwCzuE54vjB9cnKRxmGAQCEmqwsGzg6GvYA1vbNKAfCWi6u24EGxCEQgu12x5CJN0Pj7"
    "0313AJHV7cYfU3UEmCKklQFtaqJMFGGwzoKlSyDW2UUEHd0lA32AG0jYXcFUcMmTLgULZJ"
    "DpVZeeE9tIX0iJDggLEdV+PR9GPnQCtJ1SEcodWmaBJdSCBHDl2ZsvidL/+ZBdhzhn+TXb"
    "0LZmGQNTmG/vojiQjlSKXDihv1DGkYdRpQyKPEI1UB0Mk1Z4OfztyuTWiXYDGf+HBMxkCh"
    "IWy2Icl/pn9rGr7kpSPGCVVKYn5Kosr+fG7Zn1c0+Y0YYToc40zkbDfPNOOn0BHTh4rQeq"
    "ZeFJV9eUztMrCHiqVfJqiUVqmi3+SIflNdout2CCqL4NHX7OZlJomLIJWVdD0YnQ9HH3rA"
    "/zJDk8HF7eictAgJvhWzpdRt7KK6DE2F4SUsEYd5jg4UoctzlRcQlGQhpDlcJp7upEmW9O"
    "cTY1+E5Dlzjhku8CQqsUSnaVtjuDvwEq3S6LIFosJlarDHXJIGzx2OKYad6OZZYWhzaIGg"
    "WttDSxL1SmpjrzF3oA0eTHcFTNfBxzA7VxZ+5H3sCo1VCap88yNrn35JFfQiV9CLraNvAm"
    "wNhrenb2BlhgQVPuRD9bdFoPrbbKj+VoUPHTzfSDdWGuuIIApF45TKXFAai36DcFtKBglC"
    "JQIVwyXtJjm3HtDS1ucEAWqC2INLW4rLklkOVNDKU4JWOtes/vn+wVO6y4Hm9jMJxuqwsA"
    "GW+gCCRz8S0xc2hJqzMrdbctf0vpkXzZKiPWBQS3ikUVEt8QZ2bDFemgueATM7aDRF2Jbg"
    "0XjYqKwxoxShrHdatJ9bUdHxaJsrvSpeqFpEdGfa7mqul5MRl1gJqRIhyWRFPlvpiG6mfF"
    "uyf7r7qEVZM+jIgoblAcmpAIyEWILpJfZGYFbIEbwgBuKVSSrsMBsw+c1KQxOirc7mXcy+"
    "XNmVZyha96FwR8Yv8Vg19iDUwYMHfon9ViGKKkSxAVr7ga0nC9vaiOr0MZo28b4yBUfcTv"
    "JU60jbOZrdUTPDvtqELpq31x8m/fNBF3waDK5Ji+Lz8a8jeqigXl5ztJV4Yegn1oSWbhbX"
    "H1arQpmPE8q8LBdBFKNsYQRRQyKGAp5IHTJ0A12sQS8ZB3nqXjig+7jC50THPqrxXdI4n1"
    "cPeIkAAWUPPKxMY8VajwIiW2A6gPkgu1Qte1jpLljhJ4HIIV35TBfgA6w4DoCIU7mvxvuo"
    "oCO5go6YADUqVcYnga2KS3zACg+sD3ldVqy6Q2lC7q1NQwghpAgPyPLJALP1MByvBvlKsn"
    "UwR11mzGn0dO624VtIRAJQ+34X1r85wPBsG+Llmxn0yKJN7Hlsif7FH+ZQQ5/l4dUb4IkG"
    "SBwpIFoseMMrxlbptZ+wOxzG4tSQ7eLI1r+jRrIeW7msvB6HbqyEM6PiVE/M7pGNxWLpPX"
    "4JW9ouUJiPXGLFzrlWIt0sTVl71tkhl14xNnrbecl0pzhlC40VDU134hgv6NNLAkCvdXPO"
    "UCYJs+Jh0MSIXBi6xWO1TThYpL+AZxsr3YGsCcB2raNeBCh2/VC2hD0BzplBIaPJwJMvqU"
    "rhNBRpyuxnbqs0IlgAv2piZXAiFArtqxI4UviN/EbiYmA2RvSsFYKjFp5oNutUZaDjb2EE"
    "yJaRQIxOCaC0AFT1FRmk8CwLZA1+ux5OSDUs/wuvQNYM+eFc+FjwLamEHieMa2vDe9PyHG"
    "HlJ0HYorRNVbJIGoE004YneckiYqG7xhp0J8N6R891H7XbESW8sO+YUIC9pY+a12jTLfyh"
    "e3MT65uYTiceXdeEdpeliSR6cT1Sz6i2u6hoI7mijVRhHtXXq6GFeYJVSITHUZoW8rn6SU"
    "zWdoFlNxh+wJIYUi+8yrIkkXYQ1iGa67tS9YsCujbJQBXWKVVY52hsfi6FdI7G4FJlJVpR"
    "TaKJBVtUp65aaxpJYmY5s7ytxTWy+Ge6eSYWg46pvzlXokhGtMEQrZJBjPJ01lFAoeGV2F"
    "yrehmSxjFJ3VSqeRYoFSAmhw6k7H1B9uBJkezBk+zswRNO1JKbwdtiDttDJ2v2P/eHl/3T"
    "y4EoTgwJeyD8OkOX47NPxCnLPmfo9oa6aG/I97Rj9/N4iH+Sf+Vw3rI9mZTcEXUdxilb6D"
    "psiKuQE+7PfIVpMTPoVUrOIelhBC1Jvkzj5Myq3onsdHsK5Rgo4BhQcdGHj4u27DmGwDZc"
    "iHA7RlSKz3Jl9R3As0gKaEJNFCrHqWridKvWkNAgXcItlqZVYXNllUK2RLiWq6/LiIJLrq"
    "RR2k1pYZgpXhIwQda+9aeeEnUqYvSZRIzGcv2dcon+TpXyluxla4h4M7U/qVxVU98P0Ml0"
    "WYUjuo+7rrTArVC/D0tF36ro21boFir6tl4dObtQ+OPOjkYUDZ9+nAxuPo4vz7XxxUUPxH"
    "7O0Fn/5mMPkH9n6HowORuMpmxc5McMXUwGA208OR9MemD/nbhDMF9HHwbEH8K+lXGCnBTD"
    "wzlwOBVSvaEqtbVYlNEDedStiS87sBIYNgwvIwgOsZJDyWx0FipJJrUA/klQtYb51fUD17"
    "dlJnaMTFmYyk5q+J3V19dMrFgI27n51O2zN/34rsD2+uO7zO2VnEo0ATLxH6X5hWrEzQ8c"
    "cmWGkM0MkZY3ra1TVtoRYiVrmWXNokPKZBY9La1IMpFWDRToaqfpCxfaoszlkSoklqr246"
    "2hUK5LSCBHogu5baPbpiZmu/GNcigNi/MSWmJ0qlG3QKNuyjltaVveVgQDJ8gOGLRb11Sv"
    "u7eKgae+5mCGcuZ29mITp1IrTuUrDovacFzLEOuiGaNS+dC8wrGO40Ehp1lIoFAKxwynBY"
    "12zI0pkvXMI1XlKXgMxiC5FHdjdEqJyVoKCJ/4RoC89SCgqr0zhyyaP6cqL5lgwstpnEgt"
    "qbwCo41KVzuf9C9EG90xoh6gHzOUrDd63WdJauxzhgas1Cj9KOORrT4tzVjr5qa8yZhDrs"
    "yIMpsRmcBKmoxTxErWMsuadml1NFrgSwRyJcgU4sqqYa5hYZGkHJ6XOc+cxqFWhWKK29RU"
    "TH32PG9XTL0kMddXOvL09VRfdjjh1vuT3QJtfDd0tObqRTvA90mxY8/vdHbVH932LwGmBi"
    "5pbIaB12IBlvo9xCfZHXi1lktcgRPJ/QX/MUu/QMq+WsofTwnwVuWGyLmDlBsKRVfUBBsS"
    "KOurqjIkxeyOBUN4QjFlIYHMIeHSxJHhdx/vg9qdUNWFGFEL2VxLloPPNHEkGyNsIZBtCH"
    "DN1MNlQa50v5kStMmDrvuzRbCrCGhlJH9zKNIkMbwO7dVBL44fkrb96II1aQJieS7Q8cAV"
    "BLaHwFf8D94gvwJ2zTvIbR9S+fWfkLp4GCygcG4RnMuEKyaIPU2boO4RCj9y7GB929Z32c"
    "mmPNtXnfE2x9mxbq76l5eYZV/+SCaRsoVKiG0RmtYz7uJy3J/+nGKbt52XNADGKRVuUriJ"
    "j5swJjrDQl9a9o4HnKKnc5ETsaIYbKRZsLoCBjcIX4iY6whkofjGvxfezyHkoaHHCVRlBl"
    "WZQRbW1my9UJUZ6i1ptdVtknsstCzEaGpyKDdveVAuTeXSPB7AOYcLE5m+OHgQJzLgUZAz"
    "D8cWRjmYrAceiBPSdMEG6sjp4p8WsB6Qgw91wcp6IKdMBxjWZuvhGUttPA8rCmH8UyYCns"
    "MFRZVfX2EohaFkYa3CUI3GUIGCJoaiElQKR6UrDT8gXj/ZnOrlAUELZ24tHsvok6X4PIXf"
    "s7Il4mQtSGjNw6GD36YxCJrKpAxh6OV49CEYnkyvfGYF8frT6WR4ejsl+RPB1xk6G19d4y"
    "/nPRB8m6HpcECb/bDPGboanw8ue4B+4F80xK3nh7olgWGhF6dI76Y32b2b3qR6N5GiBmnh"
    "5RdB4OlzKiP5yRnJNlyQ6nVlX6UI+SFzk/rDy98FJcCIeoB+zNDH8e2E/GSflbwmlWcjkb"
    "Qvj+MOK5405vEcY5JnjY1Hl8MRXvXYJ/59ceEfYF9maDKYsvZm/hc5pEWD6jTMPt8gUHRx"
    "S9LJsciV6Wgs7SLn7BwXcjrN5Vd5CYlUiReVjqJst/ktHlQMQsukzolJoE8vj8V+4mWZ6s"
    "mZ7mM2etsrapwfIwgW+Pa+YVwnx3vAdImlnExjsNZ3JKzyBQkJJWGWZCvvBnGXLyOhmFvd"
    "xg/r4qNpE31td6nYUK+ylMi5Q0Rv/su6E47e3NO0KFH5wMGbDdS7Jrej0XD0QVTz8smwJs"
    "W+zND17enl8OYjLdMRfJ2hC6w0k0PsUw59S3c0i1MlPrvCT0jwxOI+sgGMHMZyqvswfghp"
    "qBESpZxWrpxmRj1nCyQ76FkJ5OkCofBJSB57CjnE0SoLtZ8YRNvPpoXyWD5RSKZKknGLfZ"
    "fS2eOUSmeXRWcvYqkhgWnOqpTYE6Sq3JU8phmpoimHc4hc091dkm2PY6GJne/m2WlMf6RG"
    "dtCioZQIeNu1pc/hnG68JBPEv44JHYBZbK3v8TnX8tNmHfBCB3emu9G3L8GD6a6o0cVDG9"
    "018GwHtvXAS7qt7TbKXiO1nSDbXqPCBOsNE8RviDAMjNG0KaG56to9zcHXDeJtuLqLaJMx"
    "IjkUylbp92wP5m2USLcz0sz3NMlggJ3fJ7xhMz1v8/P5GDId8/x0OOpPfucHbJ5y+H76+3"
    "TQT+WpM7gkWEkpQdbCzbKWyGQVh5HN/XZp95JofTdwucHqT4ej8AWnunm6nsMGFU6Yc3Si"
    "Xune3ITIgGCfcgdezJ01ICs/WFj25iXwg1TxaHySKF0O2V29NTdPrqrLKi1OaXENXBrr1+"
    "JUysyRUmbmsQTmotpInOrw6shxMLDKtXhmuRZrnbQ+NP/N6wWas/XGyFTEVdmIK8pGSDIh"
    "Suos3AsoB5VsDiqegipmDYhTtRBzKWOAMgYUeMVUUsZzlLrkSRm+neeG4KFsM9CND5ceNQ"
    "VRYCWQo+Hv/8RWQ7u7MFOOfzGWSkGuSMw1tNvLXN/x0zDKXuhxm8+X8G9jRpsYZPlDWYSk"
    "tAjFRVZcCnG6NjlID52QIayXPUklU0wnR1R+Ran8iqdosTUosA1ipuRAS0Zn2w3St87Kyn"
    "O6hUOKIS5/dGEv3MK2/g2RH+IYBkLqAVjaxzx2ySf4n2CkOX9J3Gh4pKFvtrq5RDxnXMVX"
    "Vz45qfeepiKwtsqjST7R2rx0B/GIKsfccesDKf3i8GuKCsM8Thim8rsov4sM3G+mBV7yIM"
    "w+tE1j1eGog/6Zbp4WqO/HPKb6ZctZ9QWQqy/APbQdLrTM6Q+9J2nhSn/y/n0RDP/+fTaG"
    "J+cS1tItB8pkc9gf3kLu1rOPWsiFvPS0vKI1IYnSjQR1o6NuZn/9PwjMTmk="
)
