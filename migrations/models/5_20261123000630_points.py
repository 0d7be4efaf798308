from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
    "points" INT NOT NULL,
    "per_cents" INT NOT NULL,
    "channel" VARCHAR(20),
    "store_code" VARCHAR(50),
    "category_id" INT,
    "brand_id" INT,
    "priority" INT NOT NULL,
    "rounding" VARCHAR(10) NOT NULL,
    "per_order_cap" INT,
    "per_day_cap" INT,
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
    "points" INT NOT NULL,
    "daily_limit" INT NOT NULL,
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
COMMENT ON TABLE "point_receipts" IS 'A receipt a member submitted for points, reviewed by staff.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "point_event_bonus_rules";
        DROP TABLE IF EXISTS "point_earnings";
        DROP TABLE IF EXISTS "point_types";
        DROP TABLE IF EXISTS "point_promotions";
        DROP TABLE IF EXISTS "point_earning_rules";
        DROP TABLE IF EXISTS "point_receipts";"""


MODELS_STATE = (
    "eJztXXtzm0i2/ypd/medKiWbOPFMrnbvrZJtOdFEllyyPK9oSmmhlsQaNRoe9mh3891vP0"
    "Di0WDAIDe4q2YCgj4NPqfp/p1n/+dobc6RYb/5yZwdtcF/jjBcI3ISvNwCR3Cz2V+kFxw4"
    "M1i7f5kzdgHObMeCmkOuLaBhI3JpjmzN0jeObmLacogRcLHuAHMBZlC7W1qmi+fgwbTuAC"
    "QnumODe93WScfAdqCD3tB+56ZGOtbxsngXhOJPF00dc4mcFbJIR1//IJd1PEd/IZv+/HpE"
    "W7vsD7FcPIULh7T7g7ba3E0XOjLmIeboc9qSXZ862w27dqYve9i5ZG3pe8+mmmm4a7xvv9"
    "k6KxPvCHTs0KtLhJFFXpU+wbFcyjjsGobHX5+X/G/YN+EvH6CZowV0Dcp+Ss1fYH/taDod"
    "DMfTm+54Oj2KicanCLDau6SZmIqVvKrNGLCkr/D6f05O3r//8eTt+x8+nn748cfTj28/kr"
    "bsfeO3fvzOX2bPLd4V41nvU28wpi9kkrHDBxS98J3RQAdyKiajPffZMcb/8xW0xNz320f4"
    "T/6wKP99bqcJwL+wl8B+vB9CBGv419RAeOmsyM93b9+msPfnzuj8c2d0TFq9CjN54N064f"
    "cov/f8vUPbPOz1mhfirjd4JRndIdaeZGLtSQprT+KshdbSjvP2p5vhQMxbv32EuXNdc8B/"
    "gaHbsSmkrCF89M+FizXKQjBzdcPRsf2GPvb/jirifgqzKX9oz2vb/tMI8vj4qvNrlP3n/e"
    "EZY5lpO0uL9cI6OIuIYj/jxwd6F7trJpAeeUWINRQTzJ76cLPK0XV3cNEbfMopAZ+sDbyT"
    "CR7dDgbsincywRfDQbcN6L8TfNnp9bsXbcCP0UU427SUaVZKmZRiH47joPXGEcgrcdENkj"
    "y+9JYlpLfVLr0n7z78+OHj+x8+7Fbc3ZW0hdZfVAP4jsirAFOjZIdj7GlNGLuxTDrt5GFq"
    "kESN1NhIJZyBSwHiG6O/kkbpnuSA0/MzrIzj7q/j9JVxvfXu9IeDT37z6HIZZjgZivT9c8"
    "CUPcWTgEoUDT4z1D40IkGWZVp5hvmOoBTsLS+3qxnlOz0/xvELwjRHX6OEwR4kjI53j/KN"
    "f1JHDdNCcD7ExtYbI2mC6V11b8adq+uQdC464y69cxKSjH/1+IfI97HrBPzSG38G9Cf4nQ"
    "DR6Cezazf+/Yi+E3Qdc4rNhymcBzRF/6rPtZDMDQRtNHWxoxt5pR4hLUHuNfr+JBKzz5NU"
    "OWtkCBO+E6SaV8xhSvV1yyL2LF+3u5kXlHqYUkldFqkLPnbv7UN2HKuY1MOUakaXR8jxb3"
    "uhY91eFRJzhFTJWTY5Uzfb4i7g6qEXqHvvAVrzaeyOeWImtY3fWp+so1cghksmJMpN+p57"
    "V+eNgzZHYi8ou9V6xBM6tUmrjO7QDtBWSLvbmESMbQABJaV+TQhIR8BZQQesoA1mCGEwNz"
    "HpwTbJTQu9JgoIoBr3GtlAJyOBTO2U0EJz0tcy7jWt9EkC5+pXxgru86TP4o7UgLtV+VWl"
    "9KvupZZdAnuawxkuGyKIIIThc0tWj6vfXjm0szm0PYdFft9R08Z1aTZ5ukwUgGIBMqVkyY"
    "LLklRrSWBZb46woztbES7b3UsFZmu0niGLLFOssY4yA7QHuAWOSeCOZi6JDoEIKOJ9/QMg"
    "qK3A8R0ZaS1AX8reQI30cQ8NF70iUMow8dKmxGTEA0O/Rx6lCJ1V9RghNKN90Zu73ugP1p"
    "+CaTKhg2SY5kuwSNiKTyszcji6/syCUdhhgn/pknV9PB1edwe9izYI/dzdvR30hsHb3u8J"
    "vuj+3DvvTumt3ekEn3dGF+QV2sA7meDur+PuaNDpt4F/Fv1Qs8WMZQoZS4kYi0KX0GeaJ+"
    "BxR9QAB3iYyT98yMDkHz4kMpneCjOZT385GLwjkPk7KorATz5mQeAnH5MROL0X5rByyLwU"
    "1BiO3PGAVz64ECJrkvp1AOAQA+1RacRFcWlaSF/iL2gbww4R5nuo+2rXUc3E8N0faf7V/T"
    "i24MMO6IYHIPn7yV+NHL4kdG7OOxfdo+/Powt5nBdoQnuZPKYHZdZ+NqStiYne4VIyNAdE"
    "f7KRsaXWYaJPAJ1cMV3Stw0g+Q/MWF7OwkYO0DFw4JJeWcONLdJ5yu08S4aPRvVEcvUrmX"
    "CXuu3Qp9JVRWX5yKnm1DA+v3M+7v3czYmCPao24McJvuqOPtHwe34kqsmoc0N/82MRtaT8"
    "cPw1ssgENSWPMwss71HaQmu8ZE7Y5/EcHDQVTjaOV+84IAyZiyBTtjloT33AOeh28GUw/G"
    "WQdxLyyNrAOyHTUKdPJiX67wRfdvkvfpRjCprplrOaQ0GqIlUoxcM/SJOmStbvY0jhLtUE"
    "YxH+S9p/joljT9G8qeM0y9g8TR6bp7GxqXk+iazc9dsr3mbgLXkcws7UXgvA4ZlpGgjiBC"
    "6HKSPMnhHSqmbl3ZXDfvlnw2E/ZCo660UTI26vzrpk4mX8J410JwFo+LzbuPaqINt9UsX3"
    "PHxfQYyRIFshGwQJkMtsqj666g160+vR8NOoc0VAR+DXBHeur4lydH09wdfDmzYg/1C3zx"
    "n19ZxNcO/qejgatwE/kjad0XjQHZF2/EQON45tupaGprZjWrnwepROLRCPLxA7nsHFohCv"
    "PTrF68y81uB6A/VlLkQpIFUcz8xxCy2QZRVwrojplQWmcOymN2tohFdFZhufrnljvxKLTN"
    "h2H+P3I5m7UeIGupNr4j7OlPSzscyFbqBp8cQ+cQ9K7FKLnfDdLiTtEKHK85JNxjkCioNO"
    "2GDUbgTneLSXX0bIgI7YQCkIFa7ntx0LW/hefahBX8d3R4nhBuxuK0PotUEaZow7GD+YXg"
    "yzDWyakWZiFhBgkxcADwjeAW9EbMExBDbBVyx44F7X0Ks2oA9CNFYa3SMLcE9jPPygomcI"
    "463DsST0+jR0yY/IVSHY0oH85NgEmQPbmiqNPfcFX1F2GQiIlSSKSiI5FUHM/DqkHxTUds"
    "u3GauodBWVrqLS8+kekucycth8RSFjMqrmt7PAaoY9c1TfJ//3LjhibTPAS8hMa0bALe8Q"
    "EJbReg+mcY9YViEDxa51r9+bgszFcrp8PHZXgWApQbAvxfwuiDChgl9F4Zf/reWWQISwHA"
    "m8mE8i6I2Adt44Op+igSCtki0TzA1liKgwbjKXgzQN5HMlnjXyxIWha6Jq8MmFn0NEapOK"
    "EAIuoyS00lCSPwmloVSgoZxZEIdBduhGqlYyo02yqSPJUi5ZHXgpusATKzslo3yNyDnP0u"
    "u3L2fZlWg/qPJDudQ+ZuUjR0mm0XMiiKVpCYtW7e6lTqYab5WjWhUmndDqnNTC4lFvyfeC"
    "BPsoPtZYTcJqEpaFtWoSrt0kHIrhgxZN/sk1LYRoGhSa/KT5QZKVreegtWhVY9dTVzSdtM"
    "i8mNmIyxLcfLkFD7qzYnv7bixdQ7QAiEbGh7CuSGY6tcSpJU4W1lZc3k4tcdUucT5+zrfI"
    "RagqWubqN0UEKjxQe1I+pgZJFEcFe5PqNOWOLoL5HIYRQlWUr7jP1iFvNXMdUTx7yj7gIS"
    "rlaCnd0ULYaUNDsEymljYIUB2wqoE/A9W2qIHaqC15UqqnV0uQ87PLUJFAab1h9RMEWuuN"
    "X1ghWW1ltReyF81cbW1dgwYwLWBiQ8cIsA5a4I6wBdMIOCJqtLRYupINZlumoFJtRlgm84"
    "ndKS1XabmysFYZcmut5aqacapmXF15qwCnApwHBZwdbOLt2nTtMyJWzv4Y9oy1SYWh0G89"
    "nfHmWSEpBjtSL4f57/e6rRMUSYus72Ak30uKnsHkraqe1tcTwOj+rxfB0uRJMkrXOBxVlr"
    "dA5TrLaS6cmS4usm4F6dSqJcuqJXnwb/ceseIisaWK30hdn9C97xzIlos4Qyt4r5uuBRhl"
    "i6wnc3dj6NQtNqd2DJYoyCqo/83mbcgaI05CfEJfWXYOCZfw0DTX8rcOobuJ+Hpk6IZKWZ"
    "QyZZGJPieECNIo+KCCDZ6TucE5JicgiJA2EBPUBAMINFcOAqTYOU82w9Dz+OifU9uULAKl"
    "4hltY9FcXXF5v+RwiDCVCocITWtlhENYSEP6fcEiuyHSBi40SvmsTPm8QAsd655AxGpooE"
    "nrUYWUCt9rndmFH9EmAX0JwHYFANAwzIcWjytnOqW2QmtI86h4lLk/K4lc+WV1q1z6crn0"
    "n1fhabQuGXytGIfH6K+EkRshO+Dme8+w/I+7v47Tl//dAtMfDj75zaOYIAmVTflcVAycBY"
    "gVRisdo5FljOAsgYKYFrG6J1IBq+kBq5LAIl4T8MaB3pQrLBnIb6fCIc80YO9aPoqErpH1"
    "2ivit3EtbQVthlcc8s3qmg3u0MbxbeumNSet/mXO/kGwzAPc2sBC9KObs1S8hWWueRMBMK"
    "rsKU/ASYexvtQEOD2zyX6hW7YzZXItoIzGqdW2EDLbPQ34BGHHiJWsZZY1l5Rmulgg6eT6"
    "7WGqw2Wiva12mi0tx88xHWhM7Q3C8yKZfkLyxnD54PVBiQ4yR4UEEadVUigmhV2mNRvVeV"
    "TZOKXSY0vXY1VwdvL3Uk9Pg+TB2UMKIY4EyjS/0UpTo7mCmdWVsIH6nOukLcDHFNgQFfbY"
    "25a7BdBfDrIwNMgrUt3xlTAHsFAnws2oAtuB+0REPrFdp776u65tp/6OLbsLlGX2BvK9xn"
    "dXvd2raDwcfV0VA/fcq19KCmLajvIJy2A9dpEvnC2XKVkux849wW8rB5sjZA1kdfkuIokD"
    "pZo6tcT25tyvEllHeoyweUmM5c8q4iU4N8tD1A3wjVY9w0QwThGWP21jNqmHeSX7srESF9"
    "O8tRLCVM1jdflp0dTP5grMUpTHXaJMMD73yCtBzKeLCL996gPOIted3kXOmYTRtAH9d4Kv"
    "O6Nxr9Pv/zYddS9vBxdddid6bYL3d/2zqGb2PIsAN88WtuuqCm7KqNsMKWimuyF8c20kgv"
    "5pITARygPGweyu1CoQJlzNWy9iqA2QNdBKW1+rbNwpqzacSp7n6mmMLyHsPxCfoWNRps6Z"
    "R3b5ZYQMmBB4GzSy90k/NRwC3/1B71/dD4UoPngil0askyaxqHKPDhtTSV4df8A94tmZ7g"
    "Z4uVuYfeXd047pE0ROF+UukdJd4osrJoJE/gcomqRllRagRPcByVfVPUDRHFt9ufzMaywL"
    "ESlPUwY7sMy7PNR6PpBzm4das/RPFzLPQw6WBknUsiUqWo91Z1p4Aw0RdZPYfOgKHWsaAF"
    "5EEFFKJYSnG8ILTDdC2sbYwkubdJSvQYaBzk0DefXwIJWaZXIxP2abjMgiLohL00L6En9B"
    "25jTOsUMWUMhJNnXyGULPuzMR6HRR/568jcj7tQ579ycdy66R9+fJ/jaM2wK7HR7k2eykS"
    "5gW80Sf82b00IqtrmmCcS01Ar9CbEgotprzaOoRZHYT+2u5NItygh4KCMgF2XOcN4Qkar2"
    "8qiBRWF6CaBOgoMvOUVuRyBHZhx9XmMy43YIvkgVvhBpA93xNXG/q6gLFXWRWgBBqZVKrX"
    "x+IdRdrexovCSIQK/0b7XSFEsDzZe0bgxvm2MfC55J9jcbzKBBhwZVB01yHdo2csAxBBuT"
    "cBPQYdICD0RfJFc3RBSavoHG7srMxK4tyP4t/QkTPMHf4D3U2UD8RjTXOfi2sMx/I0x+WK"
    "RXoEFtxR5Ca24RSG3pyP4H+HaPLH2x/UbLkd4jm95cA/SnC43kdONQlh17XUGqceC60nyl"
    "03xl3v2poatUSCdmH0eM9Skl6H2CBsZ0fMiSTfMhOZvmQyybZjcR5rQ3BMmUU6XY0OaLTj"
    "7G72kU1wtOKLTU+BSjJSxSPDZGrJJnciTP1DDdsnM+7v3czWlP86jagB8nuD88/0JTKflx"
    "gs/7wxv6mx+joDfLUvAuy1LwLnkpeBffflmZYF6gCUbVHmua1AX2Vplqj3XIEqrBpA1OAn"
    "dbWawVu+YZDRafzQewdrUV81kDw3So55qq+FvgmOYdOCaM1una/oo6t5fwHgH6Z4Njf80X"
    "mChK6lP5xqVGkCl7alJR5zYQBKnU7tCFvbWmeDfTNM7vaRTfnxZ+nNNosD58zepGMF6Slb"
    "tLZyzRos1vZFmvPWN6trW6gwHpEOH5a5OAMLA279GadNBme4KhxQJpDjBJG98WxUz53EDS"
    "YucPq60giK2sXoUGf8994s0v+hytN6aDsLad3qGtyPYfah9QpP6glUQttJju1gnlIJBz+Q"
    "+LMMd0GKJTU2LhtSi59uLjNqUnlV88EPuPzkfdi964Dfhxgi+6Z/QnO0xw99fr3qjbBvw4"
    "wZejbvd38psfJ/h24F/xzyb4fDi4ub3qTi9Hw9+7A9Jz6Dct/vVzd3TTpbW/2MkEdy5+ur"
    "0hD+XHIhar8kuBNReEHHUFC9GxrS8xmsc1UJk+Rr5S0rAIR7Bn3uOujT2ltA6OgHD4O9dD"
    "MvbKtBzyxwsKX6eJJUQmr0x+WUEHkAXVmANsOmCGgAPviGgo9JVaLFGMKFzIknBcjFTmda"
    "yg0/vkbbaFI23liC0dIWSd63uIUjYo+/7QE5LpWvlKOO8pGle2+V2mUf4uZZS/E41yaIt2"
    "Dk5L2fEpGsfhSuYRutEvdExB4Gwyj4M0jeNyJeNYuaaTuV9PJ2UJNRmrNHX2TWEgNb3cym"
    "DmNMysAdQdQEboXHfAg+6swAMFsRZaE+na1JuoOy1yjaBY0gD9tdEJb9kFC9ErGnk5vukv"
    "N0uagKUGk1ui1N3KnvO43zJq5vQesTNzBn8rI6cycko+4yqH20tiPJ8m6Xvl4n2ITLG/MP"
    "sRtHAh5BcibCDwqwnQE0SjxYMQAwAgr5RDlGq7c5mlXA97z8HsmpVoyhSZk1eYbqAlqkaX"
    "zOoY4QEtExsDOgvTWtfYQiFvDOBLwAhsEci7C06ASiXx5Eji0aBFBu0GWbTaUJznKYWgI3"
    "TyOhNvVjQRnL6wjubAvEcWgJ5lJB5RlvollFYHk3OvOFAS0dcGLh11Gev9lHxfMHStyiiO"
    "uuMoSeyiXaJUcTbHg0C9W600+ygr1DBFvGlGE+kvK11bAcs1EK28MHc1IvkVTbmAeMsrP9"
    "iAoAfwwNp5VQjRPZlkaLqFhTRE+opbRMvrVhgIGoCu7G+mY85b6ekzd/v+sh9+dGfIZhqu"
    "IBDtZObatO6YPZ3DrbKaSmo1lbl2RFOlEdiqL/rNZAQqMbomQfPSAInS5g8Qv+EtDtnHbo"
    "CiQYFJ5VWTDy69mWNigkQNHLrlB2Zz+JRv0dvTNGm6PfCSF0KFMfZTDVHM/ChdmmZYQ2Gk"
    "8JVqdCraSEUbSaBVj1z2Rydp1ux2K7N2PaXLVkYV+5qru7Rmv01TI1vAZPegYWwBS5Okmj"
    "AE2gpijMi4sB3TIv34e7tRjZjtSBZXs8vtuuQaCS9FDX4ifkpWcKVXserH7D1z2TEHTvXb"
    "NxCiVqJdJaHUmkNUf8rlATBs5v1G/uGbQ3xjs3BWq3nZI3r3GnmYHqSRme/PNk94S2eeqS"
    "JAUmi2kM1MULE+yzBJ7h2Gw1TN4/NpFj6fJvP5NJ7noXYYVjsM14SlG0s3rXxbfgZJpA1+"
    "eD7brMlD0MRT7OOlPIL0Bwxeu+wPh6OjnBCNEbUBO0zw507/cnp73QbeyQSfd3v9NqD/Zg"
    "RqFdeGpSCMb3yhwU1O8BaiUzOJGBXP4bYAawNUirHCctOWUyRYKkRYmyipFxlUjvC8UN7A"
    "nkzJV2b5Qq1ImX7tGcrz+6bGWgX2yuIBoXF1Z3SDpkQnSLhFK4MfhFJM2a5PeXwh7BnBAE"
    "AIZmgF73XTtbz4P1bu6bWOW8BC9zp6aAGbBgy/4snVEMyhbmyBoa9FmdgV9K+8Isor8nLM"
    "nfy7zuscCVNVpR82aTfqhrpHnm3csll7ymbtHEyNUB2Os+9qwlYFEF8CQGQ+zTEXUgwb7m"
    "9mgIWcO5mgYAfQqE+adeTBNYa/aJ1w8wF76WDklqFrW3BMty8nQA0hMDdp6Ye/c5q/8/tv"
    "NlvBziFVPECBQbnAYF6v4ZP8hZKxNoRQ3mexSr9Ptkq/j1mlVYBMtQEyjS+sfnPdHVx0zv"
    "rdNtidTvCn0fCX8ec24McJHo4/d0dtwA5yuGP4yjDlM39cQnSlSNCCooRR46euOeC/wNDt"
    "ynDl0T8XLtaoBMDM1Q1Hx/Yb+tj/y+lDKwMbUUaFsJHP9OOrzq9ReZz3h2dRCyft4ExtMC"
    "pPbQIaKEZrDEw52CPTVA5Ik0CtdK7H2DwXbWOcmc3zQ29oXBc2K9X2Rai2lrk2k/bD3N9s"
    "Pa7abvzGmfVb6t98PTOJWMGaSE3fGDorc/Bm+YZomS7ddcTTTMlyTUtvfHTYNpfoHll07y"
    "zsrERabVndKl1WLl1WesdG/ZittNlDabMEzSXV6k8cuCEa5dUQeTUQNtc6zsnXCJWCftKG"
    "rsk2fpsU2yRF7JoScHUCnsOtPTUXU4Zo89jpYoRy2Ono8xpjp3tA6I7yOY9cgjT1FclR72"
    "YI/D8FvHv949OLKFZjSVX2jxdg/xjxUopHAuuHf6v1uO3DK8iY2fLhtQcQ8Gp7wHZna90h"
    "w4IFZXLzhB+ASS7OtoBAq8VCZO54Ul8l2zhUcUd6TxV3bKY0JEjJlg0vV52T7U1uBOPmYX"
    "SYqoGMLj/elu/WlFQf4/F9nppZJePQNWNdS1tBu1D1tyitUs6lVs71NcGjBDcu8sxrIaLG"
    "bd56msnufppidz8VbElDno+sjaWLdotI2ZAmTNa4cMjyFxCiUziuYOnIFrC3pz7gsKZBd7"
    "3Bp7z2C4+sDbyTCe5cX4+GP3cv2sA/m+BR96fu+Zhe88+ymTmqjt7z9cDpLNcOTRGy5tUT"
    "qmgLdI9r+dfzCKnKE5d5NefCmhbZ8T5C2LwP6yTTh3WS8mGdZK+eWGGNb9mY/CwaiqpOnS"
    "wQVZ26Avv8FcQuNMZQuOvT/mYrzUbvGT3XrPXUgVn3fuqAe2i4iMYGQnDVGdx2+oBQA4du"
    "YM9s6GAJ79HO8i6yzhfoQbijE6HyrLZ7E2501yZlqpfSVL8XXcb4pD1Bk2xppUUnKdfHcy"
    "IANqHlgbg7AmWHz2BGId/+MrdyHiJqIJsr0c09puVHsiHCBgLZmgDXRMVcFuTK1psxRZsi"
    "6Lq/mwW75gGtnORvNkOa1NtsA4jngHVOXpLetFvAgPocmK4DoM2SYCwXg2/kH7JAfgO8zx"
    "myRZC29P6fEIRyGCygcG4WnMuFm08Qe5omQd1DG2XoNxjne8ey4DbBGONTRLheZfzo86xY"
    "N1edfp+w7Osf8YQcOlHlYluApvGMu+wPO+OPMba5m3lBA2CYUuEmhZvEuIlgonNvTw0RcA"
    "reTkVO1Iribc6hZ6+5hUlH1FxHIQvDN/5OcI6FkAgNPU6g8ojlyiNWNbEqs16oLOKK3Z7Q"
    "ooVk86W/B2kq8nzWb3pQLk3l0nw+gHOBFjrWk8quhBs8CnLmu7bZK6/AZRs8UCek7oA1gt"
    "hukZ8mLfxpk0stsDIf6C3dBpq53rg0mYjaeB5WDMJ4t3QMXFsIikrvX2EohaFkYa3CULXG"
    "UDJv81i/KWLPVzK3I0EVluSBuyNo4MitxGMZfLMYn8for8RyNyGyBuSNpOHQ7q/jEASNlQ"
    "LYwdD+cPDJbx6tD/DCShF3xuNR7+x23G2D3ekEnw+vrm9ZCoN/NsHjXndEr/DjBF8NL7r9"
    "NmAH8ouFuLW9ULcoMMz04Zxk+W5Okj+bk1gMvrdjU1h4yVU2/PZyVNhoVHFiCy3IXUEtmo"
    "x7rO7JDziJXXR6/d9ySoATtQE7TPDn4e2I/uTHUj6T0vOCapi/dTHqXI5zS4YSEcnQwwQP"
    "B/3egMx6/Eh+X156F/gJzeMa90Y8jYudyCEtFlQ3JezzDAJZJ7conRyTXKMqO9lb20GCwt"
    "+pdYP2RKriep6K68p2+0JstyoGoclSF8QksLeXx2I/cpNM9fRO6zEbveVmNc4PMQIL8njP"
    "MA7p9TbblYsPY2DALQ2rPKYhoTTMki7lLT/u8lUgFHMDLfKyDrkaN9FX9hRVUEzqoMFki/"
    "6/zFnu6M09jcqoLRq8WUO9a3Q7GBSom+GREU2Kn0zw9e1Zv3fzmWpXu9MJviRKM73Ej3Lo"
    "W5AWxBWjDfGnsSNIAxk1BBgpjKUgIRaZTPmRS0MNkCjltHTlNDHqOVkgyUHPSiBPFwiDT7"
    "nksaeQQxyNslB7iUEaLWkYF8pj+UQ7ssMls7ytFgyVu6VEIZ09TKl0dll09iyWGhqYZq8K"
    "iT1CqupfyWOakSqasjdH2NGdbZ8uewILTeh+K81Oo3stp3QFzRpKiYG7MUw4R3O28NJMEK"
    "8fHdmAsNg07sk9x/TSZm1wDMFMd9Zw82q/4bqL19DRyGgHlvkgSrqt7DHKXiO1nSDZXqPC"
    "BKsNEyRfSG4YGKJpUkJz2bV76oOva8Tb3eyeR5sMEcmhUDZKv+drsGihxNBKSDPf00SDAb"
    "YOz2St2UhPW/w8Pu6YTnh+1ht0Rr+JAzbPBHw/+23c7cTy1DlcyllJKULWwMWykshkFYeR"
    "zP1mafeSaH03aLkm6s+RQOHzb7XSdD2bN8qcMGdDql5Bd64jrCGwT7kDx3PbAHTmp7ttrV"
    "8BL0iVtCY3qdJl09XVNYR5cmV1q7Q4pcXVcGqsXotTKTPPlDIzDyUwZ9VGwlSHV0eeBwOr"
    "XIsXlmthQNuZ2vq/RbvLpiy9ITIVcVU04oqxEdFMiII6i7AD5aCSzUElUlDzWQPCVA3EXM"
    "oYoIwBGT4xlZTxEqUueVKGZ+e5oXgo2Qx048GlR01BDFjlyNHw1n9qq2G7u3BTjtcZT6Wg"
    "PVJzDdvtZQ634jSMoh09bvP5uvvbuNEmBFn+UBYhKS1CYZFll0KYrkkO0kMnZOTWy56kki"
    "mm0ysqv6JQfsVTtNgKFNgaMVNyoCWjs+0Gw429MtOcbrsm2RCX1zqzF25hmf9G2Atx3AVC"
    "Qh8s7WMeW/QI/tdvqc9fUTcaaanB9QbqSyxyxpXcu/LJSb321BWBNVUedfKJVualO4hHVD"
    "nmnrc+kNIvDj+nqDDM5wnDVH4X5XeRgfv1tMBLHoTZQZaurY4E6qB3p5WmBcJ9m8dUv2Q5"
    "q30B5NoX4B5ZthBapuwPvSdp4Ex/cnqaBcOfniZjeHovYi3dCKBMMoe95g3kbjXrqIkdJE"
    "pPSytasyNRulFO3ehZF7Pv/w9Qcl69"
)
