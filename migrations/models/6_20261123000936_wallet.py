from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "wallet_payments" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "order_ref" VARCHAR(100) NOT NULL,
    "amount_cents" BIGINT NOT NULL,
    "principal_cents" BIGINT NOT NULL,
    "bonus_cents" BIGINT NOT NULL,
    "refunded_principal_cents" BIGINT NOT NULL,
    "refunded_bonus_cents" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_wallet_paym_member__f77c47" ON "wallet_payments" ("member_id");
        CREATE TABLE IF NOT EXISTS "wallet_payment_refunds" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "payment_id" BIGINT NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "amount_cents" BIGINT NOT NULL,
    "principal_cents" BIGINT NOT NULL,
    "bonus_cents" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_wallet_paym_payment_8dd8b2" ON "wallet_payment_refunds" ("payment_id");
        CREATE TABLE IF NOT EXISTS "wallet_recharges" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "amount_cents" BIGINT NOT NULL,
    "bonus_cents" BIGINT NOT NULL,
    "rule_id" INT,
    "channel" VARCHAR(20) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_wallet_rech_member__57e184" ON "wallet_recharges" ("member_id");
        CREATE TABLE IF NOT EXISTS "wallet_recharge_rules" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "pay_cents" BIGINT NOT NULL,
    "bonus_cents" BIGINT NOT NULL,
    "level_codes" JSONB NOT NULL,
    "channels" JSONB NOT NULL,
    "starts_at" TIMESTAMPTZ,
    "ends_at" TIMESTAMPTZ,
    "priority" INT NOT NULL,
    "active" BOOL NOT NULL
);
COMMENT ON TABLE "wallet_recharge_rules" IS 'Pay `pay_cents` or more, get `bonus_cents`; optionally by level, channel and window.';
        CREATE TABLE IF NOT EXISTS "wallets" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL UNIQUE,
    "status" VARCHAR(10) NOT NULL,
    "pay_mode" VARCHAR(20) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "wallets"."status" IS 'ACTIVE: ACTIVE\nLOCKED: LOCKED\nCLOSED: CLOSED';
COMMENT ON COLUMN "wallets"."pay_mode" IS 'PROPORTIONAL: PROPORTIONAL\nPRINCIPAL_FIRST: PRINCIPAL_FIRST';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "wallet_recharge_rules";
        DROP TABLE IF EXISTS "wallets";
        DROP TABLE IF EXISTS "wallet_recharges";
        DROP TABLE IF EXISTS "wallet_payments";
        DROP TABLE IF EXISTS "wallet_payment_refunds";"""


MODELS_STATE = (
    "eJztXWtz4jjW/isqvmx3FdM7nenM9DL7bhVJSDfTBFKEzK2ZooUR4I2RGV+SYXf7v7+62O"
    "CL7NiOTWRHVTMNWDqyc44sPeeq/7Y25gIZ9pufzHmrA/7bwnCDyJfg5TZowe32cJFecODc"
    "YP3+bc7ZBTi3HQtqDrm2hIaNyKUFsjVL3zq6iWnPEUbAxboDzCWYQ+1uZZkuXoAH07oDkH"
    "zRHRvc67ZOBga2Ax30ho67MDUysI5XxYcgFH+6aOaYK+SskUUG+vwHuazjBfoL2fTn5xbt"
    "7bI/xHLxDC4d0u8P2mt7N1vqyFiEmKMvaE92febstuzamb7qY+eS9aXPPZ9ppuFu8KH/du"
    "esTbwn0LFDr64QRhZ5VHoHx3Ip47BrGB5/fV7yv+HQhT98gGaBltA1KPspNX+Aw7XWbDYc"
    "TWY3vcls1oqJxqcIsNq7pJmYipU8qs0YsKKP8M0/Tk6+++6Hk2+/+/796bsffjh9/+170p"
    "c9b7zph6/8YQ7c4kMxnvU/9IcT+kAmmTt8QtELXxkNdCCnYjI6cJ99xvh/voaWmPt+/wj/"
    "yR8W5b/P7TQB+BcOEjjM92OIYAP/mhkIr5w1+fn2229T2Ptzd3z+sTt+RXq9DjN56DWd8D"
    "bK7wN/79AuD3u97oW4601eSWZ3iLUnmVh7ksLakzhrobWy47z96WY0FPPW7x9h7kLXHPA/"
    "YOh2bAkpawq3/rl0sUZZCOaubjg6tt/Q2/6rVRH3U5hN+UNH3tj2n0aQx6+uur9G2X8+GJ"
    "0xlpm2s7LYKGyAs4goDit+fKL3sLthAumTR4RYQzHBHKiPt6q0rnvDi/7wQ04J+GQd4H2Z"
    "4vHtcMiueF+m+GI07HUA/XeKL7v9Qe+iA/hndBPOtixlWpVSFqXYi+M4aLN1BPJK3HSDJI"
    "9vvWUJ6dtqt96Tt+9+ePf+u+/f7Xfc/ZW0jdbfVAP4jsirAFOjZMdj7GlNGLu1TLrs5GFq"
    "kETN1NhMJZyBKwHim6C/kmbpgeSIy/Mz7IyT3q+T9J1xs/NaBqPhB797dLsMM5xMRfr8OW"
    "DKgeJJQCWKBp8Zah8bkSDLMq0803xPUAr2lpfb1czyvZ4f4/gFYZqjb1DCZA8SRue7R/nG"
    "/1JHDdNCcDHCxs6bI2mC6V/1bibdq+uQdC66kx5tOQlJxr/66vvI+7EfBPzSn3wE9Cf4nQ"
    "DR6Cuz7zf5vUWfCbqOOcPmwwwuApqif9XnWkjmBoI2mrnY0Y28Uo+QliD3Gr1/EonZ50mq"
    "nDUyhQnfCVLNK+YwpXq7ZRF7lrfb3S4KSj1MqaQui9QFL7v39CE7jlVM6mFKtaLLI+T4u7"
    "3UsW6vC4k5QqrkLJucqZtteRdw9dAL1L33AK3FLNZinphJfeNNm5NN9ArEcMWERLlJn/Pg"
    "6rxx0LYl9oKypvYjntCZTXpldId2gbZG2t3WJGLsAAgoKfVrQkAGAs4aOmANbTBHCIOFic"
    "kItkkaLfQNUUAA1bg3yAY6mQlkaaeEFlqQsVZxr2mldxI4Vz8zVnCfJ70Xd6QG3K3Kryql"
    "X/UgtewSONAcz3DZEEEEIQxfW7J6XP3+yqGdzaHtOSzy+46aNq9Ls8nTbaIAFAuQKSVLFl"
    "yWpFpLAsv6C4Qd3dmJcNm+LRWYbdBmjiyyTbHOOsoM0B7gDjgmgTuauSI6BCKgiI/1I0BQ"
    "W4NXd2SmtQF9KHsLNTLGPTRc9JpAKcPEK5sSkxkPDP0eeZQidFbVbYTQjI5FG/ej0R9sPA"
    "XTZEIHyTDNl2CRsBWfVmbk0Lr+yIJR2McU/9Ij+/pkNrruDfsXHRD6uW+9HfZHwWbv9xRf"
    "9H7un/dmtGn/dYrPu+ML8ggd4H2Z4t6vk9542B10gP8t+qJmixnLFDKWEjEWhS6h1zRPwO"
    "OeqAEO8DCTv3+Xgcnfv0tkMm0KM5kvfzkYvCeQ+T0qisBP3mdB4CfvkxE4bQtzWDlkXgpq"
    "DEfueMArH1wIkTVJ/ToCcIiB9qg04qK4NC2kr/AntIthhwjzPdR9tR+oZmL46s80/+phHl"
    "vwYQ90wxOQ/P3kr0YO3xK6N+fdi17r6/PoQh7nBZrQQSaP6UGZtZ8t6Wtione4lAwtANGf"
    "bGTsqHWY6BNAJ1dMl4xtA0j+A3OWl7O0kQN0DBy4olc2cGuLdJ5yB8+S4aNRPZFc/UwW3J"
    "VuO/SudFdRWT5yqjk1jM/vnk/6P/dyomCPqgP45xRf9cYfaPg9/ySqybh7Q3/zzyJqSfnh"
    "+BtkkQVqRm5nFtjeo7SF9njJnLDP4zk4aiqcbByv3nFAGLIQQaZsa9CB+ohr0O3w03D0yz"
    "DvIuSRdYD3hSxD3QFZlOi/U3zZ47/4pxxL0Fy3nPUCClIVqUIpnv5BmjRVsn4vQwp3qSYY"
    "i/Bf0fFzLBwHiuYtHadZ5uZp8tw8jc1NzfNJZOWu31/xNgNvye0Qdmb2RgAOz0zTQBAncD"
    "lMGWH2nJBWtSrvrxz3zT8bjQYhU9FZP5oYcXt11iMLL+M/6aQ7CUDD593WtdcF2e6TKr7n"
    "4fsaYowE2QrZIEiAXGZTdeuqP+zPrsejD+PuFQEdgV9T3L2+JsrR9fUUX49uOoD8Q90+Z9"
    "TXczbF/avr0XjSAfyT9OmOJ8PemPTjX+Rw49ima2loZjumlQuvR+nUBvH4BrHnGVwuC/Ha"
    "o1O8zsxrDW62UF/lQpQCUsXxzBy30BJZVgHnipheWWAKx256q4ZGeFVktfHpmjf3K7HIhG"
    "33MX4/krkbJW6gO7km7uNMST9by1zqBpoVT+wTj6DELrXYCd/tQtIOEao8L9lknCOgOOiE"
    "DUbtRnCOR3v5aYwM6IgNlIJQ4Xq+27Gwha/VhxoMdHzXSgw3YK3tDKHXBumYMe5g8mB6Mc"
    "w2sGlGmolZQIBNHgA8IHgHvBmxA68gsAm+YsED97qGXncAvRGisdLoHlmAexrj4QcV3UMY"
    "bx2OJaHXZ6FLfkSuCsGWDuQnxybIHNjWVGkcuC94i7LLQECsJFFUEsmpCGLm1yH9oKC2W7"
    "7NWEWlq6h0FZWeT/eQPJeRw+YrChmTUTVvzgKrGfbMUX2f/N+/4Ii1wwAvITOtOQG3fEBA"
    "WEbrPZjGPWJZhQwUu9a9fm8KMhfLGfLx2F0FgqUEwb4U87sgwoQKfhWFX/67llsCEcJyJP"
    "BiXomgNwLaeePofIoGgrRKjkwwt5QhosK4yVwO0jSQz5V41sgdl4auiarBJxd+DhGpQypC"
    "CLiMktBKQ0l+JZSGUoGGcmZBHAbZoYZUrWROu2RTR5KlXLI68FJ0gSdWdkpG+RqRc56t1+"
    "9fzrYr0XlQ5YdyqXPMykeOkiyj50QQK9MSFq3at6UuphrvlaNaFSaD0Oqc1MLiUe/I+4IE"
    "5yg+1lktwmoRloW1ahGu3SIciuGDFk3+ybUshGgaFJr8pPVBkp2t76CNaFdj11N3NJ30yL"
    "yZ2YjLEtx8ugUPurNmZ/tuLV1DtACIRuaHsK5IZjq1xaktThbWVlzeTm1x1W5xPn7Ot8lF"
    "qCra5uq3RAQqPFB7Uj6mBkkURwVnk+o05Y5ugvkchhFCVZSvuM/WIU81dx1RPHvKOeAhKu"
    "VoKd3RQthpQ0OwTaaWNghQHbGqgb8C1baogTqoLXlRqqdXS5Dzs89QkUBpvWH1EwRa641f"
    "WCFZbWW1F7IXzVzvbF2DBjAtYGJDxwiwAdrgjrAF0wg4Imq0sli6kg3mO6agUm1GWCbzic"
    "MpLVdpubKwVhlya63lqppxqmZcXXmrAKcCnEcFnF1s4t3GdO0zIlbO/hj2jPVJhaHQ7z2b"
    "8+5ZISkGe1Ivh/nv97qtExRJi6zvYSQ/S4p+g8lHVT1trCeA0cNfL4KlyYtklK5xOKosb4"
    "HKdZbTXDg3XVxk3wrSqV1Lll1L8uDf3j1ixUViWxVvSN2f0L3vHMiWizhHa3ivm64FGGWb"
    "7CcLd2vo1C22oHYMlijIKqj/zeZ9yB4jTkJ8wlhZTg4Jl/DQNNfyjw6hp4n4emSoQaUsSp"
    "myyESfE0IEaRR8UMEGz8nc4BqTExBESBuICWqCAQSaKwcBUpycJ5th6Hl89M+pbUoWgVLx"
    "ira1aK6uuLxfcjhEmEqFQ4SWtTLCISykIf2+YJHdEGkDNxqlfFamfF6gpY51TyBiNTTQpf"
    "2oQkqF7/XO7MKPaJOAPgRgpwIAaBjmQ5vHlTOdUlujDaR5VDzK3F+VRK78soZVLn25XPrP"
    "q/A0WpcMPlaMwxP0V8LMjZAd8fC9Z9j+J71fJ+nb/36DGYyGH/zuUUyQhMpmfC0qBs4CxA"
    "qjlY7RyDZGcJZAQUyLWD0QqYDV9IBVSWARrwl440BvyRWWDOTNqXDIMw3Y+56PIqFrZH3j"
    "FfHbupa2hjbDKw55Z3XNBndo6/i2ddNakF7/Nuc/EizzAHc2sBB96RYsFW9pmRveRQCMKr"
    "vLE3DScawvNQFOz2yyX+qW7cyYXAsoo3FqdSyEzHZPAz5B2DFiJWuZZc0lpZkuFkg6uX57"
    "mOp4mWjfVrvMlpbj55gONGb2FuFFkUw/IXljuHz0+qBEB1mgQoKI0yopFJPCPtOazeo8qm"
    "ycUumxpeuxKjg7+X2pp6dB8uDsEYUQLYEyzRvaaWo0VzCzuhK2UF9wnbQN+JwCW6LCvvKO"
    "5W4D9JeDLAwN8ohUd3wtzAEsNIjwMKrAceA+EZFP7NSpz/6pa7uZf2LL/gJlmb2F/Kzx/V"
    "Xv9CoaD0cfV8XAPfful5KCmHaifMI2WI9T5Atny2VKlstxck/w3crB5ghZA1ldvotI4kCp"
    "pi4tsbM5D7tE1pkeI2xeEmP5q4p4C87N8hB1A3yjVa8wEYxThOVPO5hN6mleyblsrMTFLG"
    "+thDBV81hdflo09bO5ArMU5XGPKBOMz33ySBDz5SLCb5/6iKvIdbd/kXMlYTQdQP+d4uvu"
    "eNLvDga/zca9y9vhRY+1RK9N8aHV/xbVzJ5nE+Dm2cJ2XVXBTRl1myEFzXS3hG+ujUTQPy"
    "0EJkJ5xDiY/ZVaBcKEq3nrRQy1AbIGWmnra5WNO2XVgVPJ61w9jfElhP0H4jN0LMrUOfPI"
    "Lj+NkQETAm+DRvYBGaeGU+CrP+n9q4epEMUHT+TSmA3SJBZV7tFhcyrJq+NPuEc8O7P9BC"
    "/3CLPPfHg6ML2DyOmi3CVSukt8ccVEkMj/AEWTtKzSApToOSD5qroHKJpjqy+Xn3mNZSEi"
    "5WnKYAeW+ZSHWq8Hch7zUGuW/ulC5nnIwdIgidq2REXrse7MCh+gIaJuEpuPXaFjQwPAiw"
    "giSqmE8HRDeIHlRkjbGFt4aYuO8jXIMNG5aSCvHh6kUqtMLubHbJMRWcQFcWlaSF/hT2gX"
    "c1qnmCFrKIQk+xq5bMGHvfkoNPvIX0/+ZsSdOufdm/PuRa/19XmCrz3DpsBOdzB5JhvpAr"
    "bVLPHXvDstpGKbG5pATEut0J8QCyKqvd48iloUif3U4Uou3aKMgMcyAnJR5gznDRGpai+P"
    "GlgUppcA6iQ4+JJT5PYEcmTG0fs1JjNuj+CLVOELkTbQHV8T97uKulBRF6kFEJRaqdTK5x"
    "dC3dXKrsZLggj0Sr+pnaZYGmixonVjeN8c51jwTLK/2WAODTo1qDpokuvQtpEDXkGwNQk3"
    "AZ0mbfBA9EVydUtEoelbaOyvzE3s2oLs39LvMMVT/AXeQ51NxC9Ec12AL0vL/A/C5IdFRg"
    "Ua1NbsJrTmFoHUlo7sH8GXe2Tpy90XWo70Htm0cQPQny40ktONQ1l27HEFqcaB60rzlU7z"
    "lfn0p4buUiGdmL0cMdanlKD3CRoY0/EuSzbNu+RsmnexbJr9QpjT3hAkU06VYlObbzr5GH"
    "+gUVwvuKDQUuMzjFawSPHYGLFKnsmRPFPDdMvu+aT/cy+nPc2j6gD+OcWD0fknmkrJP6f4"
    "fDC6ob/5ZxT0ZtkK3mbZCt4mbwVv48cvKxPMCzTBqNpjTZO6wN4qU+2xLtlCNZh0wEmgtZ"
    "3FWrHvntFg8dF8ABtXWzOfNTBMh3quqYq/A45p3oFXhNE63dtfU+f2Ct4jQP9s8Mrf8wUm"
    "ipLGVL5xqRFkypmaVNS5DQRBKnU6dGFvrSk+zTSN8wcaxfenhR/nNBpsjl+zuhGMl2Tn7t"
    "EVS7Rp84Ys+7VnTM+2V3cxIAMivPjGJCAMbMx7tCEDdNiZYGi5RJoDTNLHt0UxUz43kLTZ"
    "94f1ThDEVtaoQoO/5z7x1hd9gTZb00FY283u0E5k+w/1DyhSf9BKohZazvb7hHIQyLn9h0"
    "WYYzkM0aklsfBelFx78XGb0pPKLx6J/a3zce+iP+kA/jnFF70z+pN9THHv1+v+uNcB/HOK"
    "L8e93u/kN/+c4tuhf8X/NsXno+HN7VVvdjke/d4bkpFDv2nxr59745serf3Fvkxx9+Kn2x"
    "tyU/5ZxGJVfimw5oKQVk+wEb2y9RVGi7gGKtPLyHdKGhbhCM7Me9y1caCU1sEREA5/5npI"
    "xl6blkP+eEHh6zSxhMjklckva+gAsqEaC4BNB8wRcOAdEQ2FvlKLJYoRhRtZEo6Lkcq8jx"
    "V0ep98m23jSNs5YltHCFnneh+ilA3Kvj/2gmS6Vr4SzgeKxpVtfptplr9NmeVvRbMc2qKT"
    "g9NSdnyKxnG4knWEHvQLHVMQOJvM4yBN47hcyTxWrulk7tfTSVlCTcYqTZ0DUxhITS+3M5"
    "g5DTNrAHUXkBm60B3woDtr8EBBrIU2RLo29SbqTptcIyiWdEB/bXXCW3bBQvSKRh6OH/rL"
    "zZImYKnBpEmUulvZfR73W0bNnN4t9mbO4G9l5FRGTslXXOVwe0mM58skfa5cvA+RKfYXZj"
    "+CFi6E/EKEDQR+NQF6gmi0eBBiAADklXKIUh13LrOU62HvOZpdsxJNmSJz8gizLbRE1eiS"
    "WR0jPKJlYmtAZ2lamxpbKOSNAXwJGIFtAnlPwQlQqSSeHEk8GrTIpN0ii1YbivM8pRB0hE"
    "5eZ+LNmiaC0wfW0QKY98gC0LOMxCPKUt+E0upgcu4VB0oi+trApVaPsd5PyfcFQ/eqjOKo"
    "O46SxC7aI0oVZ3M8CNRraqfZR1mhhhniXTOaSH9Z69oaWK6BaOWFhasRya9pygXEO175wQ"
    "YEPYAH1s+rQojuySJD0y0spCEyVtwiWt6wwkDQAHRlfzOdc95OT++5P/eX/fCjO0M203AF"
    "geggc9emdcfs2QLulNVUUqupzLUjmiqNwFF90XcmI1CJ0TUJmpcGSJQ2f4T4DW9zyD53Ax"
    "QNCkwqr5p8cOvNHBMTJGrg1C0/MJvDp3yb3oGmScvtkbe8ECqMsZ9qiGLmR+nSNMMaCiOF"
    "r1SjU9FGKtpIAq167LI/OkmzZs3tzNr1jG5bGVXsa67u0pr9Nk2NbAOTtUHD2AGWJkk1YQ"
    "i0NcQYkXlhO6ZFxvHPdqMaMTuRLK5mlzt0yTUSXooa/ET8lKzgSq9i1Y/ZB+ayzxw41e/f"
    "QIhaiXaVhFJrDlH9JZcHwLCV9wv5hx8O8YWtwlmt5mXP6P1j5GF6kEZmvj/bOuFtnXmWig"
    "BJodVCNjNBxfoswyS5TxgOUzWPz6dZ+HyazOfTeJ6HOmFYnTBcE5ZuLd208h35GSSRNvjh"
    "+WyzJg9BEy+xj5fyCNIfMXjtcjAajVs5IRoj6gD2McUfu4PL2e11B3hfpvi81x90AP03I1"
    "CruDYsBWH84AsNbnOCtxCdWknEqHgBdwVYG6BSjBWWm7acIsFSIcLaREm9yKByhBeF8gYO"
    "ZEq+MssXakXK9GvPUJ7fNzXWKrBXFg8Ijas7owc0JTpBwj3aGfwglGLGTn3K4wth9wgGAE"
    "IwR2t4r5uu5cX/sXJP3+i4DSx0r6OHNrBpwPBrnlwNwQLqxg4Y+kaUiV3B+MororwiL8fc"
    "yd/rvM6RMFVV+mGTTqNuqHvk2eYtW7VnbNXOwdQI1fE4+7YmbFUA8SUARObTnHAhxbDhoT"
    "EDLOTcyQQFu4BGfdKsIw+uMfxF64SbD9hLByNNhq7twCt6fDkBagiBhUlLP/yd0/ydt7/Z"
    "7gQnh1RxAwUG5QKDeb2GT/IXSsbaEEL5LotV+rtkq/R3Mau0CpCpNkCm8YXVb657w4vu2a"
    "DXAfuvU/xhPPpl8rED+OcUjyYfe+MOYB9yuGP4zjDjK39cQnSnSNCCooRR46euOeB/wNDt"
    "ynBl659LF2tUAmDu6oajY/sNve2/cvrQysBGlFEhbOQz/dVV99eoPM4Ho7OohZMOcKYOGJ"
    "WnNgENFKM1BmYc7JFlKgekSaBWOtdjbF6IjjHOzObFsQ80rgublWr7IlRby9yYSedhHhrb"
    "j6u2W79zZv2W+je/mZtErGBDpKZvDZ2VOXizekO0TJeeOuJppmS7pqU33jvsmEt0jyx6dh"
    "Z21iKttqxhlS4rly4rvWOjfsxW2uyxtFmC5pJq9SdO3BCN8mqIvBoImxsd5+RrhEpBP2lD"
    "12Sbv02KbZIidk0JuDoBL+DOnpnLGUO0eex0MUI57HT0fo2x0z0gdEf5nEcuQZr6iqTVvx"
    "kB/08Bb7/54elFFKuxpCr7xwuwf4x5KcWWwPrhN7Uft314BRkzWz68/gACXm0P2O58oztk"
    "WrCgTG6e8AMwycX5DhBotVyKzB1PGqtkG4cq7kjbVHHHZkpDgpRs2fBy1TnZ3uJGMG4eRo"
    "epGsjo8uNt+WlNSfUxHj/nqZlVMo5dM9a1tDW0C1V/i9Iq5Vxq5VzfEDxKcOMyz7oWImrc"
    "4a2nmezupyl291PBkTTk/sjaWrrotIiUA2nCZI0Lhyx/AyE6heMKto5sAXsH6iNOaxp01x"
    "9+yGu/8Mg6wPsyxd3r6/Ho595FB/jfpnjc+6l3PqHX/G/ZzBxVR+/5euBsnuuEpghZ8+oJ"
    "VXQEuse1/Pt5hFTlicu8m3NhzYqceB8hbN6LdZLpxTpJebFOsldPrLDGt2xMfhYNRVWnTh"
    "aIqk5dRXwi3G3oiW2i6ESvqZ1mn3+AhoGc2Zb3zWagTxa5MpdLvU4pc7lM0gjOfbTZmg7C"
    "2m52h3LpHQLSxinjlSAkXvgup4EpRNRAu3klSp4ynUuwxFBTnaZvoVFEDgJiJYrCouBFrw"
    "qIIUKoRFBYBGQFd8nfu5g96bVIG6UxFYSfSzKF35KkEZRElElDmTTqY9IYs/e4lWzY8Dq0"
    "s5s3ZnxtUFaORuvVKRmS3jTIK4UwnbJzKDtHfewcSvuWYOIr7VsaUSjt+9lFoDSKZIEoja"
    "KaJCYCLNhcF2Ux8bYseoTldVYaRKMRq/KTyiQNpT8ki0HpDy8CMSnQ+uwioIfU5KurFaBo"
    "UEBlnQ9Glm4mV3wyslK0klmvFK0KFa2kc8JC7e0cCleeM8Ku4Q582dLDN+m29wWYFtiYFu"
    "lIlC3wJbAjfvkRmIyK3GtH6z4Y6B6RueItMwDiBXgg89N8iNeVqOomqqimXEU1Vd3HaoMD"
    "969Qbo+cQrVKsWiCCNh+wKqe5Cp2FiGrb72zzOJJ4XQlBc68HTqXVII0SiSli0SawquS6e"
    "Y10V4y5QpLUXdVybcy+W4t3bR0R2C9T4uA2JM0JoxXHUSiCnHmMK38wgwiLYFRxWtpP25O"
    "UW7rRjtK6+C2fjHCqHXlp+75pP9zL6fW4FF1AP+c4sHo/BMt8MQ/p5ig/Bv6m39GTarZTF"
    "CZLFA5yj1RQ9ImsU7p4+IJ0h+zNNd4dD0aT/qjYXeQV0xB2g4I/pri63F/eN6/7g5ml/3x"
    "zYQ2hy4UEZryaym/Vs39WlcQu9CYwJUIfx0aUyGYt5luWO+ZA1eZq6HfQ8NF9AQ2CK66w9"
    "vuABBq4KyhwyuVgxW8R/v65qIa6AVGEGC9z+SPWXlo4AAN/lAQUB7UkQwBD6LLqHQfCJpk"
    "3C9N65YHUr/ESFC2oIkxm5jve4IGOmbLL1ZL3v1V7hKoIaIGsrkS/7fHtPxINkTYQCBbE+"
    "CaaPKWBbmy/WZC0aYIuh5as2DXPKCVk/zNZkiTualZqBMbnDwkbbTbwID6ApiuA6DNjhq2"
    "XAy+kH/IBvkF8DHnyBZB2tLHf4Jx8zhYQOHcLDiXCzefIA40TYK6x87qFEewdC0L7hKMMQ"
    "nBK1WGSDzPjnVz1R0MCMs+/xE/9pguVLnYFqBpPOMuB6Pu5H2Mbe52UdAAGKZUuEnhJjFu"
    "IpjonAh9ZVo7EXAKNqciJ2pF0XhPPWsAexdgMhA111HIwvCNdy+ynyMkQkOPE6jAcrkCy/"
    "MejlfusXgSZa2Wb71QMfsVHy4BraQqWikB+9YTK2g9HpJXv+VBuTSVS/P5AM4FWupY98Qh"
    "gjiBDo+CnMW+b2aUQ8g64IE6IXUHbBDEdpv8NIH5gG1yqQ3W5gNt0m2gmZutS49sZulyaw"
    "ZhvCYdA9cWgqLSx1cYSmEoWVirMFStMZSvoOVDUREqhaNiOIqs7cjKM3H3BA2cuZV4LINP"
    "FuPzBP2VMHUjZA04nTcNh/Z+nYQgaCz5bQ9DB6PhB797NCMuzPg7HQvWimxhqj6tzJO81Z"
    "1Mxv2z2wkNIfa/TvH56Or6lh0U63+b4km/N6ZX+OcUX40ueoMOYB/kFwtx63ihblFgmOnF"
    "Ocny3pwkvzYnsZNOvYoXYeElJ5L6/eVIIqW3bUwSqYWWpHVd9FUKkB9xEbvo9ge/5ZQAJ+"
    "oA9jHFH0e3Y/qTf5bympQejl/DXImLcfdyklsylIhIhn5M8Wg46A/Jqsc/ye/LS+8C/0JP"
    "y570x/ywbPZFDmmxoLoZYV/OLPkonRyLXLMy5Xe2gzZxoaQmhR6IjpgUur9Sq6xQZbvNtg"
    "I1y3arYhCaLHVBTAJ7enks9mM3yVRPW9qP2egtN6txfoQRWJLbe4ZxSK93gO5QSzmdxsCA"
    "OxpW+YqGhNIwS7qVt/24y9eBUMwttMjDOuRq3ERf2V1UorrUQYPJFv1/m/Pc0ZsHmgaV2V"
    "U56o8h+PHtcNgffsireXlkRJPiX6b4+vZs0L/5SLWr/dcpviRKM73EP+XQt6A9MwXnVVO0"
    "IX419gRpIKOGACOFsRQkxCKTKT/y1XE7kCjltHTlNDHqOVkgyUHPSiBPFwiDT7nkcaCQQx"
    "yNslB7iUEaPT8jLpTH8on2ZKpUmgDmWMV09jCl0tll0dmzWGpoYJq9LiT2CKmqLCmPaUaq"
    "aMr+AmFHd3YDuu0JLDSh9naanUb3es7oDpo1lBIDd2uYcIEWbOOlmSDeODqyAWGxadyTNs"
    "f00mZt8AqCue5s4PY1eNCdNTO6uHgDHY3MdmCZD6Kk28puo+w1UtsJ1PEIzxUmSN6Q3DAw"
    "RNOkhOaya/fUB1/XiLf71T2PNhkikkOhbJR+z/dg0UaJoZWQZn6giQYD7ByeyVqzmZ62+X"
    "l83DOd8PysP+yOfxMHbJ4J+H7226TXjeWpc7iUs5JShKyBm2UlkckqDiOZ+83S7iXR+m7Q"
    "akPUn5ZA4fOb2mm6ns07ZU6YsyFVr6C70BHWEDik3IFXC9sAdOUHS9PavAZekCrpTRqp0m"
    "XT3dU1hHlyZQ2rtDilxdVwaaxei1MpM8+UMrMIJTBn1UbCVMdXR54HA6tcixeWa2FA25nZ"
    "+n9ERwelbL0hMhVxVTTiirER0UyIgjqLcADloJLNQSVSUPNZA8JUDcRcyhigjAEZXjGVlP"
    "ESpS55UoZn57mheCjZDHTjwaVHTUEMWOXI0fD2f2qrYae7cFOONxhPpaAjUnMNO+1lAXfi"
    "NIyiAz1u8/m8/9u40SYEWf5QFiEpLUJhkWWXQpiuSQ7SYydk5NbLnqSSKabTKyq/olB+xV"
    "O02AoU2BoxU3KgJaOz7QbDrb0205xu+y7ZEJfXO7MXbmmZ/0HYC3HcB0JCHywdYh7b9BP8"
    "n99TX7ymbjTSU4ObLdRXWOSMK3l05ZOTeu+pKwJrqjzq5BOtzEt3FI+ocsw9b30gpV8cf0"
    "1RYZjPE4ap/C7K7yID9+tpgZc8CLOLLF1btwTqoNfSTtMC4aHPY6pfspzVuQBynQtwjyxb"
    "CC1Tzoc+kDRwpT85Pc2C4U9PkzE8bYtYS7cCKJPMYa97A7lbzT5qYgeJ0tPSitbsSZRulF"
    "M3etbN7Ov/A4CGPyU="
)
