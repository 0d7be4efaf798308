from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
COMMENT ON TABLE "ledger_lots" IS 'A credit with what remains of it, when it expires, where it came from and who funds it.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "ledger_accounts";
        DROP TABLE IF EXISTS "ledger_lots";
        DROP TABLE IF EXISTS "ledger_entries";
        DROP TABLE IF EXISTS "ledger_allocations";"""


MODELS_STATE = (
    "eJztXXtz27aW/yoY/XOdGbebuHaSVe/sjGzTqRpb8shymm3UYSAKknhNASwfcrR3890vQJ"
    "ASHyBN0pRMMphpIwnEAenfAXGeOPh3Z0VmyLB//p1MO13w7w6GK0S/hJuPQQea5q6RNThw"
    "anj9/kWmXgOc2o4FNYe2zaFhI9o0Q7Zm6aajE8x6DjECLtYdQOZgCrWHhUVcPAOPxHoAkH"
    "7RHRusdVunAwPbgQ76mY07IxodWMeL8kNQir9dpDpkgZwlsuhAX/6izTqeoW/IZj+/dFhv"
    "1/tDLBercO7Qfn+xXuaDOteRMYuAo89YT69ddTam13auL/rYufL6sueeqhox3BXe9Tc3zp"
    "LgLYGOHda6QBhZ9FHZHRzLZcBh1zB8fAMs+d+w68IfPkQzQ3PoGgx+Rs0fYNfWUdXBcKze"
    "KWNV7SRYE1CEoPabNIIZW+mj2h4AC/YIP/33yckvv7w7ef3L2/dnp+/enb1//Z729Z43ee"
    "ndd/4wO7T4UB5m/Q/9wZg9EKFzh08o1vDdo4EO5FQej3boe58J/C+W0BKjH/SP4U//sDj+"
    "AdpZDAgadhzYzfdDsGAFv6kGwgtnSX++ef06A95PvdHFb73REe31KgrywL90wq8xvHf4Pq"
    "BNEXj97qXQ9SdvTWZ3BNqTXNCeZEB7koQWWgs7ie3vd8OBGNugfwzcma454P+BoduJJaSq"
    "Kdz559zFGoMQTF3dcHRs/8xu+z+dPaGfATbDh428su2/jTDGRze9z3H4L66H5x5kxHYWlj"
    "eKN8B5jBW7FT850RXsrjyG9OkjQqyhBGN21IdbVTq3yuCyP/hQkAMBWRf4XyZ4dD8YeC3+"
    "lwm+HA6ULmD/TvBVr3+tXHYB/4wL4XzLUq5VKWNRSrw4joNWpiPgV6rQDZM8LXqrYtLr/Y"
    "rekzen707f//L2dCtxty1ZgjYQqiH9jvKrBKhxssMBe9YQYE2LsGWnCKhhEjlTEzOVIgMX"
    "Ao1vjL6lzdIdyQGX5xeQjGPl8zhbMq42/pXr4eBD0D0uLqOA06nInr+AmrKjeJaiEtcGX1"
    "jVPrRGgiyLWEWm+ZagEt27vmjvZ5Zv7fwE4pcUNEdfoZTJHiaMz3ef8ufgSxMtTAvB2RAb"
    "G3+OZDGmf6PcjXs3txHuXPbGCrtyEuFM0Hr0NvZ+bAcBf/THvwH2E/xJFdH4K7PtN/6zw5"
    "4Jug5RMXlU4SxkKQatAWoRnhsI2kh1saMbRbkeI62A7w16/2rE5gCTTD5rdApT3KmmWpTN"
    "UUr5dteF7XnebtecleR6lFJyvS5cF7zs/tNH/DhWOa5HKeWKXh8mJ9/tuY51e1mKzTFSye"
    "e68ZmF2eYPoVAPa2DhvUdozdTEFXJC0vomL61OVvEWiOHCYxJDkz3nLtR55yCzI46CepeO"
    "n4iEqjbtlTMc2gPaEmkPJqFs7AIIGCmLa0JABwLOEjpgCW0wRQiDGcF0BJvQixb6iRoggF"
    "ncK2QDnc4EurQzQgvN6FiLZNR0r3cSBFe/eFDwmCe7Fw+khsKtMq5ay7jqjmv5ObCjOZzj"
    "siWMCKswfG3JG3EN+suAdr6Ath+wKB47atu8rswnz8RECVUsRCaNrLroZWmmdU3Usv4MYU"
    "d3NiK9bHstUzFbodUUWVRMeZ11lFtBe4Qb4BCq7mhkQW0IRJUiPtavAEFtCY4e6Ew7Buyh"
    "bBNqdIw1NFz0iqpSBsELmxHTGQ8MfY18SpF2tq/bCFUzNha7uB2N/fDGk2panbSDdDUt4G"
    "CZtJWAts6aQ+f2Ny8ZxfuY4D8UKtfH6vBWGfQvuyDyc3v1ftAfhi/7vyf4UvnUv1BUdmn7"
    "dYIveqNL+ghd4H+ZYOXzWBkNetddEHyLv6j5csZypYxlZIzFVZfIa1ok4XFL1IIAeBTkt6"
    "c5QH57mgoyuxQFmS9/BQDeEtT5PSqrgZ+8z6OBn7xP18DZtSjCMiDzo2iN0cwdX/Eqpi5E"
    "yNpkfh1AcUgo7XFuJFlxRSykL/BHtEnoDjHwfa37ZjtQw9jwPZhpQetuHlvwcavoRicg/f"
    "vpX40cLhJ6dxe9S6Xz/WVsIR95gSW048lTdlBu68ekfQmmdofLyNAMUPvJRsaGeYepPQF0"
    "2kJcOrYNIP0PTL19OXMbOUDHwIEL1rKCpi2yeaodPM8OH43ZibT1C11wF7rtsLsyqSJ3+d"
    "TTzGlgfn7vYtz/pBTUgn2qLuCfE3yjjD6w9Hv+SU2TUe+O/eafZcyS6tPxV8iiC5RKb0dK"
    "iPc4bSkZX7Mg7MtEDg66Fa5uiO8/cEABmYlUpnxr0I76gGvQ/eDjYPjHoOgi5JN1gf+FLk"
    "O9a7oosX8n+Erhv/hnPZagqW45yxkUbFVkBqV4+odpskzJ5r0MGegySzCR4b9g4xdYOHYU"
    "7Vs6zvLMzbP0uXmWmJuaH5PIi27QX2KbA1t6O4Qd1V4JlMNzQgwEcQrKUcoY2FNKuq9Ved"
    "ty2Df/fDi8jriKzvvxjRH3N+cKXXg9/Gkn3UlRNALsTNdeloQ9IJW4F8F9CTFGgt0K+VSQ"
    "EHmdXdWdm/6gr96Ohh9GvRuqdIR+TXDv9pYaR7e3E3w7vOsC+g8L+5yzWM/5BPdvboejcR"
    "fwT9qnNxoPlBHtx7/UI4xjE9fSkGo7xCqkr8fppIB4WkBsMYPzeSmsfTqJdW6sNbgyob4o"
    "pFEKSCXiuRG30BxZVongipheemBK5276q4ZGsSqz2gR07Zv7e/HIRH33Cbyf2LkbJ25hOL"
    "kh4eNcm35Mi8x1A6nlN/aJR5BsrzXbKe52KW5HCOU+r7rxuEBCcTgIG87ajek5Pu3VxxEy"
    "oCN2UApShZv5bifSFr7vP9XgWscPndR0A+/qcY7Ua4N2zJl3MH4kfg6zDWy2I41gLyHApg"
    "8AHhF8AP6M2IAjCGyqX3nJA2tdQ6+6gN0IsVxptEYW4JHGZPrBnu4hzLeO5pKwdjXSFGTk"
    "yhTs2in56bkJdU5says3dugL3qL8PBAQS06U5UT6VgQx+E3YflDS2q3eZyyz0mVWusxKL2"
    "Z71HwvI1ebb5jKmK5V88t51GpP9yxQfZ/+37/kGmvXU3gpGbGmVLnlAwIKGav3QIw18nYV"
    "ekqxa631NRHsXKxmyKdzd6USXEslOOBi8RBElFCqX2XVr+BdK8yBGGE1HPhhXolwNALaRf"
    "PoAooWKml7OTKBmAwQUWHcdJTDNC3EeS+RNXrHuaFromrw6YWfI0TykIqIBlxFSWhpoaS/"
    "EtJC2YOFcm5BHFWyIxcyrZIp65LPHEnncsXmwI9iCzyzslO6lq9RPhcRvUH/asRujc6Dqj"
    "6VS55jVr3mWJNl9IIyYkEsYdGq7bXMxVTjvQpUq8J0EFadk3lYfOoNfV+Q4BzFpzrLRVgu"
    "wnWBVi7CjVuEIzl80GKbfwotCxGaFqUmP2t9qIlk6ztoJZJqXnumRNNpj9zCzEacl+Du4z"
    "141J2ld7avaekaYgVANDo/hHVFctNJESdFXF2g3XN5Oyni9iviAv25mJCLUe1JzDVviQhV"
    "eGD+pGKghkkkooKzSXW25Y4JwWIBwxihLMpXPmbr0Keauo4onz3jHPAIlQy0VB5ooXDa0B"
    "CIyczSBiGqA1Y1CFagxhY1kAe1pS9KzYxqCfb8bHeo1MBovfPqJwis1rugsEK62erVXshf"
    "NHO5sXUNGoBYgGBDxwh4AxyDBwoLZhlwlNVoYXnblWww3XgGKrNmhGUynzmctHKllVsXaK"
    "Ujt9FWrqwZJ2vGNRVbqXBKhfOgCmcPE7xZEdc+p2zl8Cd0z0SfTDUUBr3VKe+eVyXFYEvq"
    "72H+r7Vu61SLZEXWt2okP0uKfYPpR1U9b6xnKKO7v16klqYvknG61ulRVUUL5F7neroLp8"
    "TFZeRWmE5KrbpIrZon/ypr5BUXSYgqfiFTPqF1EBzItxdxipZwrRPXAh7lMZUnM9c0dBYW"
    "mzE/hrdR0Kug/g+b96EyRrwJ8Rlj5Tk5JFrCQ9NcKzg6hJ0mEtiRkQtyy2Ittyx6rC+oQo"
    "RppPogkw1eEtzwGlNQIYiRtlAnaIgOILBcuRJQi5Pz6uYYepkY/UtamzXLQNnzimZabK+u"
    "uLxfejpElEqmQ0SWtSrSISykIX1dsshuhLSFgkYan3szPi/RXMe6zxCxGRrqcvykQcqY7/"
    "fOHcKPWZOAPQTwTgUA0DDI4zHPK/dsSm2JVpDto+JZ5sGqJArlVzWsDOnXK6T/sgZPq23J"
    "8GMlEB6jbykzN0Z2wMP3XkD8j5XP42zxvxUw18PBh6B7XCdI08pUvhaVU85CxFJHq1xHo2"
    "KM6lkCAzErY3VHJBNWsxNWa6IW8ZqAdw70l1xhyUB+OVMd8l0D9rbnk5rQLbJ+8ov4ma6l"
    "LaHt6SsOfWd1zQYPyHQC3zqxZrTXv8j0V6rLPMKNDSzEXrqZtxVvbpEV7yJQjPZ2l2foSY"
    "fxvjREcXphl/1ct2xH9fhawhhNUstjIers9zTgM5idIJa8rjOvOac04mIBp9Prt0epDrcT"
    "7fV+l9nK9vg5xIGGapsIz8rs9BOStwblg9cHpTbIDJViRJJWcqEcF7Y7rb1ZXcSUTVJKO7"
    "ZyO1YmZ6e/L82MNNQ8OXvIVIiOwJjmF46zzGhuYOYNJZhQn3Gb9BjwOQVMasIe+cdyHwP0"
    "zUEWhgZ9RGY7vhLuASw1iPAwqtBx4AER5U/i1KkvwalrGzU4sWXbwCCzTcjPGt+2+qdXsX"
    "w49rgyB+6lpV/GFsSsE+VTxGAzTpEvvVsu12a5Aif3hN+tAjDHyFoIdfUhohonSrV1aUmc"
    "zbmTEnlneoKwfZsYq19VxCK4MOQR6hbERve9wsR0nDKQP+9gtlpP872cy+aVuFCL1kqIUr"
    "UP6uq3RbM4mytwSzGMFWpMeDj36SNBzJeLGN4B9QFXkdte/7LgSuLRdAH7d4Jve6Nxv3d9"
    "/b/qSLm6H1wq3pV42wTvrgbf4pbZywgB7p4t7deVFdykU7cdXNCIa1LcXBuJVP+sFJgY5Q"
    "HzYLYtjUqEiVbz1ss4akNkLfTSNtcrmwzKygOn0te5ZjrjK0j7D+Vn6Fi0U+fcJ7v6OEIG"
    "TEm8DTvZr+k4DZwC34NJH7TupkJcP3gmSiNvkDZBtPeIjjen0qI6wYR7IrKjbid4tUeYfe"
    "HDs4HZHURBFxkuqWW4JGBXggWp+Ico2mRlVZagxM4BKVbVPUTRHl99tXgWdZZFiGSkKYcf"
    "uM6nPDR6PajnMQ+NhvRvF3qRhwKQhkmk2BIVrce6o5Y+QENE3SaYD12hY8USwMswIk4pmf"
    "B8R3iJ5UZI2xpfeGWLjow11GGic9dAUTs8TCVXmULgJ3yTMV4kGXFFLKQv8Ee0SQStM9yQ"
    "DWRCmn+NNlvwces+isw++tfTvxnxoM5F7+6id6l0vr9M8rXv2BT46XYuz3QnXci3mif/mn"
    "dnhVRssmIbiFmpFfYTYkFGtd+bZ1GLMrGfO1zFpVukE/BQTkDOyoLpvBEiWe3lSQeL1Olr"
    "oOqkBPjSt8htCeqxM47drzU747YafJkqfBHSFobjGxJ+l1kXMusiswCCNCulWfnyTGi6Wd"
    "nTeEkQgV0ZXDrOMiwNNFuwujG8b4FzLPhOsn/YYAoNNjWYOUhoO7Rt5IAjCExC0QRsmhyD"
    "R2ov0laTskLTTWhsW6YEu7Zg92/ld5jgCf4K11D3JuJXarnOwNe5Rf4PYfrDoqMCDWpL7y"
    "as5hZVqS0d2b+Cr2tk6fPNV1aOdI1sdnEF0N8uNNK3G0d22XmPK9hqHGqXlm/tLN86n/7U"
    "UikVsYm9lyMBfUYJ+oCghTkdp3l205ym76Y5Teym2S6EBf0NYTIZVCk3tbnQKQb8jkaiXn"
    "JBYaXGVYwWsEzx2ASx3DxTYPNMA7db9i7G/U9KQX+aT9UF/HOCr4cXH9lWSv45wRfXwzv2"
    "m3/Gld48ouBNHlHwJl0UvEkevyxdMD+gC0bWHmsb1wX+1jrVHutREarBtANOQleP83grtt"
    "1zOix+I49g5WpLL2YNDOKwyDUz8TfAIeQBHFGgdSbbX7Hg9gKuEWB/NjgKZL7ARVHRmDI2"
    "XmsNMuNMTcbqwg6CMJU8Hbp0tJaITzPNQn5HI3F/XvpxQafB6vA1q1sBfE0kt8JWLJHQ5h"
    "fyyGvfmZ5PVvcwoAMiPPuJUCUMrMgaregAXe9MMDSfI80BhPYJfFGeK587SI6974/LjSCJ"
    "rapRhQ5/P3ziry/6DK1M4iCsbdQHtBH5/iP9Q4bUX6ySqIXm6lZOyABBPcV/lIUFlsMInV"
    "wSS8ui9NqLT/uUnlV+8UDwdy5GymV/3AX8c4IvlXP20/uYYOXzbX+kdAH/nOCrkaL8SX/z"
    "zwm+HwQtwbcJvhgO7u5vFPVqNPxTGdCRI79Z8a9PyuhOYbW/vC8T3Lv8/f6O3pR/lvFYVV"
    "8KrL1KSEcRCKIjW19gNEtaoHV6GbmkZGkRjuDMvKdDGzvK2gY4Qszhz9wMzthLYjn0jxcU"
    "vs5iS4Ssvjz5YwkdQAWqMQOYOGCKgAMfKGuY6ltrtsR1RKEgS9PjEqR1lmMlg94nr/MJji"
    "zJkRAdEc260PsQp2zR7vtDL0jEtYqVcN5RtK5s85tcs/xNxix/I5rl0BadHJy1ZSegaB3C"
    "e1lH2EG/0CGCxNl0jMM0rUN5L/NYhqbT0W9mkLKCmoz7dHVeE2EiNWs+zuHmNEjeBOoeoD"
    "N0pjvgUXeW4JEpsRZaUe7aLJqoO8e0jWqxtAP6ZuoUW6/BQqxFow/HD/3lbkkCvK3B9JJo"
    "6+7e7vN03DLu5vRvsXVzhn9LJ6d0ctZ8xZUBtx8JeL5MsucqhH2ETMJfGn4ELVxK84sQtl"
    "Dxa4iiJ8hGSyYhhhSAolyOUMrjzuvM5Wb4ew7m19yLpcw0c/oIqgktUTW6dKgThAf0TJgG"
    "dObEWjXYQ1HfHMAfQUfwhEDRU3BCVHITT4FNPBq06KQ1kcWqDSUxzygEHaOrbzDxbsk2gr"
    "MH1tEMkDWyAPQ9I8mMssw3obI6mBy98oqSiL4x6lJH8aAPtuQHjGGyKic7mq5H1cQv2kOW"
    "ri07oo0b/MpxlncU7vpUerbIc7ZJ/Cj+w2cuROmeQbo42nqxIGOIpIV6/cnZWZ4449lZep"
    "yRXYu5/+hLVQBhv3sL0d1PfJFgR6jMpFf9C5Ecvu7fyzgcKqvw96LC7Pt/ALbUxZo="
)
