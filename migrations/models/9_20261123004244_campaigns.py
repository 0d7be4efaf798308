from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "campaigns" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "goal" VARCHAR(200) NOT NULL,
    "owner" VARCHAR(100) NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "audience" JSONB NOT NULL,
    "mode" VARCHAR(10) NOT NULL,
    "trigger" JSONB NOT NULL,
    "rewards" JSONB NOT NULL,
    "message" JSONB NOT NULL,
    "frequency" JSONB NOT NULL,
    "control_percent" DECIMAL(5,2) NOT NULL,
    "variants" JSONB NOT NULL,
    "budget_points" BIGINT,
    "budget_coupons" INT,
    "budget_cost_cents" BIGINT,
    "spent_points" BIGINT NOT NULL,
    "spent_coupons" INT NOT NULL,
    "spent_cost_cents" BIGINT NOT NULL,
    "quiet_start" VARCHAR(5) NOT NULL,
    "quiet_end" VARCHAR(5) NOT NULL,
    "attribution_days" INT NOT NULL,
    "recurring_days" JSONB NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "processed" INT NOT NULL,
    "audience_size" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "campaigns"."audience" IS '{\"kind\": EVERYONE|SEGMENT|SNAPSHOT, \"id\"}';
COMMENT ON COLUMN "campaigns"."mode" IS 'ONE_SHOT: ONE_SHOT\nTRIGGERED: TRIGGERED\nRECURRING: RECURRING';
COMMENT ON COLUMN "campaigns"."message" IS '{\"channel\", \"body\"}';
COMMENT ON COLUMN "campaigns"."frequency" IS '{\"cap\": ONCE|EVERY_N_DAYS}';
COMMENT ON COLUMN "campaigns"."recurring_days" IS 'days of month';
COMMENT ON COLUMN "campaigns"."status" IS 'DRAFT: DRAFT\nRUNNING: RUNNING\nPAUSED: PAUSED\nCOMPLETED: COMPLETED\nCANCELLED: CANCELLED\nBUDGET_EXHAUSTED: BUDGET_EXHAUSTED';
        CREATE TABLE IF NOT EXISTS "campaign_deliveries" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "campaign_id" INT NOT NULL,
    "member_id" BIGINT NOT NULL,
    "occurrence" VARCHAR(60) NOT NULL,
    "arm" VARCHAR(30) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "cost_cents" BIGINT NOT NULL,
    "points" BIGINT NOT NULL,
    "coupons" INT NOT NULL,
    "delivered_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_campaign_de_campaig_5dc87a" UNIQUE ("campaign_id", "member_id", "occurrence")
);
CREATE INDEX IF NOT EXISTS "idx_campaign_de_campaig_f44581" ON "campaign_deliveries" ("campaign_id", "arm");
CREATE INDEX IF NOT EXISTS "idx_campaign_de_member__6dab08" ON "campaign_deliveries" ("member_id", "delivered_at");
COMMENT ON TABLE "campaign_deliveries" IS 'A member''s turn in a campaign: rewarded, control, or skipped — at most one per';
        CREATE TABLE IF NOT EXISTS "campaign_notifications" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "campaign_id" INT NOT NULL,
    "member_id" BIGINT NOT NULL,
    "occurrence" VARCHAR(60) NOT NULL,
    "channel" VARCHAR(20) NOT NULL,
    "body" TEXT NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "send_after" TIMESTAMPTZ NOT NULL,
    "attempts" INT NOT NULL,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ,
    CONSTRAINT "uid_campaign_no_campaig_267202" UNIQUE ("campaign_id", "member_id", "occurrence")
);
CREATE INDEX IF NOT EXISTS "idx_campaign_no_campaig_84172f" ON "campaign_notifications" ("campaign_id");
CREATE INDEX IF NOT EXISTS "idx_campaign_no_status_e5aa29" ON "campaign_notifications" ("status", "send_after");
        CREATE TABLE IF NOT EXISTS "campaign_strategies" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "campaign_id" INT,
    "segment_id" INT,
    "strategy" VARCHAR(200) NOT NULL,
    "outcome" TEXT NOT NULL,
    "uplift" DOUBLE PRECISION,
    "created_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "campaign_strategies" IS 'What an operator learned: this strategy, for this segment, gave this outcome.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "campaign_notifications";
        DROP TABLE IF EXISTS "campaigns";
        DROP TABLE IF EXISTS "campaign_strategies";
        DROP TABLE IF EXISTS "campaign_deliveries";"""


MODELS_STATE = (
    "eJztfXtz2zbW91fB6J9NZtRs4yZtH+3zPjOyLSfayJJHltN2ow4DU5DEDUVqebGr3e13f3"
    "EhJV5AmqBJCaQx00YSiUPS54DA79z/09nYC2S6b/5u33d64D8dC24Q/hI93AUduN0eDpID"
    "Hrw36bh/2vf0ALx3PQfqHj62hKaL8KEFcnXH2HqGbZGREwsB3zI8YC/BPdS/rRzbtxbg0X"
    "a+AYi/GJ4LHgzXwBcGrgc99IZcd2Hr+MKGtSp/CUzxLx9pnr1C3ho5+EJffseHDWuB/kAu"
    "+fmlQ0b79A9xfEuDSw+P+52M2n7TlgYyFzHmGAsykh7XvN2WHjs3VkPLu6JjyXPfa7pt+h"
    "vrMH6789a2tScwLI8cXSELOfhRyR08xyeMs3zTDPgb8pL9DYch7OEjNAu0hL5J2E+o2QMc"
    "jnU0bTyZabeDmaZ1UqIJKSKsDg7ptkXEih/VpQxYkUf47n/Ozn744aez73/48ef373766f"
    "3P3/+Mx9LnTZ/66U/2MAdusUtRng0/DMcz8kA2njtsQpEDf1Ia6EFGRWV04D79TPH/Yg0d"
    "PvfD8Qn+4z8syf+Q23kCCA8cJHCY78cQwQb+oZnIWnlr/PPt99/nsPdzf3rxsT99hUe9jj"
    "N5HJw6Y+cIvw/8/YZ2IuwNhpfibjB5JZndMdaeFWLtWQ5rz9Kshc7KTfP277eTMZ+34fgE"
    "cxeG7oH/AtNwU0tIVVO4879L39IJC8G9b5ieYblvyG3/r1MT93OYTfhDrrxx3X+ZUR6/uu"
    "7/mmT/xWhyTllmu97KoVehFzhPiOKw4qcn+sDyN1QgQ/yI0NJRSjAH6uOtKp2bwfhyOP4g"
    "KIGQrAeCL3Nrejce0yPBl7l1ORkPeoD8O7eu+sPR4LIH2GdyEy62LBValXIWpdSL43los/"
    "U48srcdKMkT2+9VQnp+3q33rO373569/MPP77b77j7I3kbbbipRvAdllcJpibJjsfY9w1h"
    "7NaxybIjwtQoiZqpqZmKOQNXHMQ3Q39kzdIDyRGX5xPsjLPBr7P8nXGzC86MJuMP4fDkdh"
    "lnOJ6K5PkFYMqB4llAJYkGTwy1j41IkOPYjsg03xNUgr3l5XY9s3yv56c4fomZ5hkblDHZ"
    "o4TJ+R5Qvgm/NFHDdBBcTCxzF8yRPMEMrwe3s/71TUw6l/3ZgJw5i0kmPPrqx8T7sb8I+G"
    "U4+wjIT/APDESTr8x+3OwfHfJM0PdszbIfNbiIaIrh0ZBrMZmbCLpI8y3PMEWlniCtQO4N"
    "ev8kEnPIk1w563gKY75jpCoq5jilertlEXuRt9vfLkpKPU6ppC6L1Dkve/D0MTuOU07qcU"
    "q1ossj5PS7vTQsw12XEnOCVMlZNjkTN9vyW8TVQw4Q994jdBZa6ox9ZmeNTZ/anG2SR6AF"
    "V1RIhJvkOQ+uzlsPbTt8Lyg91X3CE6q5eFRBd2gf6Gukf9vaWIw9AAEhJX5NCPCFgLeGHl"
    "hDF9wjZIGFbeEruDY+6aDvsAICiMa9QS4w8EzASzshdNACX2uV9prWeieOc/ULZQXzeZJ7"
    "MUdqxN2q/KpS+lUPUisugQPN8QyXLRFEFMKwtaWoxzUcrxzaxRzagcNC3HfUtnldmU2ebB"
    "MloFiETClZsuCyLNVaElg2XCDLM7wdD5ftz+UCsw3a3CMHb1N0sIEKA7RHuAOejeGObq+w"
    "DoEwKGLX+htAUF+DV9/wTOsC8lDuFur4Gg/Q9NFrDKVM21q5hBjPeGAaDyig5KGzum7DhW"
    "bkWuTk/mrkB72egmkyoYNsmBZKsEzYSkgrM3Lo3HykwSj0Y279MsD7+kyb3AzGw8seiP3c"
    "n70bDyfR08HvuXU5+Dy8GGjk1P7r3LroTy/xI/RA8GVuDX6dDabj/qgHwm/JF7VYzFihkL"
    "GciLEkdIm9piIBj3uiFjjA40z+8V0BJv/4LpPJ5FScyWz5E2DwnkDm96gsAj/7uQgCP/s5"
    "G4GTc3EOK4fMS0GN8cidAHiJwYUYWZvUryMAhxRoT0ojLYor20HGyvqEdinskGB+gLqv9x"
    "dqmBj+DGdaePQwjx34uAe68QmI/378VyOPbQn924v+5aDz52l0oYDzHE3oIJOn9KDC2s8W"
    "j7UtrHf4hAwtANafXGTuiHUY6xPAwEdsH1/bBRD/B+5pXs7SRR4wLODBFTmygVuXp/NUe/"
    "EiGT460RPx0S94wV0ZrkfuSnYVleUjp5rTwPj8/sVs+HkgiIIDqh5gn3PrejD9QMLv2SdW"
    "Tab9W/KbfZZRS6oPx98gBy9QGr6dXWJ7T9KW2uMlc8KexnNw1FQ42Thev+MAM2TBg0zF1q"
    "AD9RHXoLvxp/Hkl7HoIhSQ9UDwBS9D/RFelMi/c+tqwH6xTzmWoHvD8dYLyElVJAolf/pH"
    "afJUyea9DDncJZpgKsJ/Ra4vsHAcKNq3dLwvMjffZ8/N96m5qQc+iaLcDccr3hbgLb4dsj"
    "zN3XDA4bltmwhaGVyOUyaYfY9J61qV90eO++afTyajmKnofJhMjLi7Ph/ghZfyHw8yvAyg"
    "EfJu67vrkmwPSRXfRfi+hpaFONkKxSBIhFxmU3XnejgeajfTyYdp/xqDjsivudW/ucHK0c"
    "3N3LqZ3PYA/oe4fc6Jr+d8bg2vbybTWQ+wTzymP52NB1M8jn2Rw43j2r6jI831bEcIryfp"
    "1Abx9Aax5xlcLkvxOqBTvC7Max1uttBYCSFKDqnieGGOO2iJHKeEc4VPrywwpWM3g1VDx7"
    "wqs9qEdO2b+7VYZOK2+xS/n8jcTRK30J3cEPdxoaSfrWMvDRNp5RP7+FdQYpda7Jjvbilp"
    "xwhVnpdsMhYIKI46YaNRuwmcE9BefZoiE3p8AyUnVLiZ73YqbOHP+kMNRob1rZMZbkDPdg"
    "uEXpt4YMG4g9mjHcQwu8AlGWm2RQMCXPwA4BHBbyCYETvwCgIX4ysaPPBg6Oh1D5AbIRIr"
    "jR6QA5inMR1+UNM9uPHW8VgSclyLHQojclUItnQgPzs2QebAtrZK48B9zltUXAYcYiWJsp"
    "LITkXgM78J6Qcltd3qbcYqKl1FpauodDHdQ/JcRgabrwlkzEbV7HQRWE2xp0D1ffz/8JIh"
    "1h4FvJjMdu4xuGUXBJhlpN6DbT4gmlVIQbHvPBgPNidzsZpLPh27q0CwlCA4lKK4CyJOqO"
    "BXWfgVvmvCEkgQViOBF/NKRL0R0BWNowspWgjSammZYG8JQ3iFcbO5HKVpIZ9r8azhOy5N"
    "Q+dVg88u/BwjUk0qYgi4ipLQSkPJfiWUhlKDhnLuQCsOsmMncrWSezKkmDqSLeWK1YGXog"
    "s8s7JTNsrXsZxFtt5wfDXbrkT9oKoP5VJ9zKpHjpIsoxdYECvb4Rat2p/LXUx1NkqgWpWF"
    "L0KqcxILS0C9w+8L4vRRfGqwWoTVIiwLa9Ui3LhFOBbDBx2S/CO0LMRoWhSa/Kz1QZKdbe"
    "ihDW9Xo8dzdzQDjyi8mbmIyRLcfroDj4a3pr19t46hI1IARMfzg1tXpDCd2uLUFicLa2su"
    "b6e2uHq3uBA/i21yCaqatrnmLRGRCg/EniTG1CiJ4iinN6lBUu7IJijmMEwQqqJ85X22Hn"
    "6qe9/jxbPn9AGPUSlHS+WOFsxOF5qcbTK3tEGE6ohVDcIVqLFFDVSjtuxFqZleLU7Ozz5D"
    "RQKl9ZbWT+BorbdhYYVstZXWXiheNHO9cw0dmsB2gG2ZhoUAvUAXfMNssUgEHBY1Wjk0Xc"
    "kF9zuqoBJthlsm85mXU1qu0nJlYa0y5DZay1U141TNuKbyVgFOBTiPCjj7lm3tNrbvnmOx"
    "MvansGdqTC4MheFo7Z4NLwpJLbAnDXKY//pguAZGkaTI+h5Gsl5S5BvMblX1vGs9A4we/n"
    "oeLM1eJJN0rcNRVXkLVK6znObCe9u3yuxbUTq1a8mya0ke/Dt4QLS4SGqrYidy9yf0EDoH"
    "iuUi3qM1fDBs3wGUsov3k4W/NQ3iFlsQOwZNFKQV1P/isjF4j+EnIT7jWkU6h8RLeOi674"
    "StQ0g3kVCPjJ1QKYtSpixS0QtCiCiNgg8q2OCUzI2uMYKAIEHaQkzQEAzA0VwZCJCic55s"
    "hqHT+OhPqW1KFoFS84q2dUiuLr+8X3Y4RJxKhUPElrUqwiEcpCPjoWSR3RhpCzcapXzWpn"
    "xeoqVhGYFA+GpoZEj3SYWUCD8YXdiFn9AmAXkIQLsCAGia9mOXxZVTnVJfow0keVQsyjxc"
    "lXiu/Kouq1z6crn0T6vwtFqXjD5WisMz9EfGzE2QHbH53gm2/9ng11n+9r/fYEaT8YdweB"
    "ITZKEyja1F5cBZhFhhtMoxGt7GMM7iKIh5EasHIhWwmh+wKgksYjUBbz0YLLnckoHsdC4c"
    "CkwD7n7kk0joBjnfBUX8tr6jr6FL8YqH31lDd8E3tPVC27rtLPCof9r3f8NY5hHuXOAg8t"
    "ItaCre0rE3bAgHGNV2l2fgpONYXxoCnE5ssl8ajutpVK4llNE0tWoLIbPd04TPEHaKWMla"
    "ZlkzSem2b3EknV2/PU51vEy07+tdZivL8fNsD5qau0XWokymH5e8NVw+en1QrIMsUClBpG"
    "mVFMpJYZ9pTWe1iCqbplR6bOV6rArOzn5fmulpkDw4e0IgRIejTLMT3Tw1mimYRV0JW2gs"
    "mE7aBWxOgS1WYV8Fbbm7AP3hIceCJn5Eoju+5uYAlroItxlVpB14SITlk+o69SXsurbTwo"
    "4t+wOEZe4Wsl7j+6NB9yoSD0ceV8XAnXr3y0lBzOson7ENNqOLfOlsuULJcgKde6LvlgCb"
    "E2QtZHX1LiKJA6XaurSkenMedomiMz1F2L4kxupXFf4WLMzyGHULfKN1rzAJjFOG5c9rzC"
    "b1NK+lLxstcaGJ1kqIU7WP1dWnRRM/m88xSxEeD7AyQfk8xI8ELbZcJPgdUh9xFbnpDy8F"
    "VxJK0wPk37l105/Ohv3R6DdtOri6G18O6Jnksbl1OBt+S2pmp9kEmHm2tF1XVXBTRt12SE"
    "G3/S3mm+8iHvTPC4FJUB4xDmZ/pFGBMPFq3kYZQ22ErIVW2uZaZdNOWdVwKnuda6YxvoKw"
    "/0h8hmHxMnXOA7KrT1NkwozA26iRfYSv08Ap8Gc46cOjh6mQxAfP5NKUXqRNLKrdo0PnVJ"
    "ZXJ5xwT3h2tP0Er7aF2Rd2eXJhcgee00W5S6R0l4TiSokgk/8RijZpWZUFKJE+IGJV3SMU"
    "7bHVV8tPUWNZjEh5mgrYgWXu8tDo9UDONg+NZum/fEg9DwIsjZKobYtXtN4yPK10Aw0edZ"
    "vYfOwKHRsSAF5GEElKJYTnG8JLLDdc2tbYwitbdJSvQYaJzkwDonp4lEqtMkLMT9kmE7JI"
    "C+LKdpCxsj6hXcppnWOGbKAQsuxr+LADH/fmo9jsw389/psRc+pc9G8v+peDzp+nCb4ODJ"
    "scO93B5JltpIvYVovEX7PhpJCKa29IAjEptUJ+QosTUR2MZlHUvEjs516u4tItygh4LCMg"
    "E6VgOG+MSFV7edLAojC9BFAnw8GXnSK3J5AjM47crzWZcXsEX6YKX4y0he74hrjfVdSFir"
    "rILYCg1EqlVp5eCE1XK/s6KwnC0SvDU908xdJEixWpG8PGCvSxYJlkf3HBPTTJ1CDqoI2P"
    "Q9dFHngFwdbG3ARkmnTBI9YX8dEtFoVubKG5P3JvW77Lyf6t/A5za259hQ/QoBPxK9ZcF+"
    "Dr0rH/jSz8w8FXBTrU1/QmpOYWhtSOgdy/ga8PyDGWu6+kHOkDcsnJDUD/8qGZnW4cy7Kj"
    "j8tJNY4cV5qvdJqvzN2fWrpLxXRi+nKkWJ9Tgj4kaGFMx7si2TTvsrNp3qWyafYLoaC9IU"
    "qmnCrlpjbbdMQYf6BRXC+5oJBS45qFVrBM8dgUsUqeEUieaWC6Zf9iNvw8ELSnBVQ9wD7n"
    "1mhy8YmkUrLPuXUxmtyS3+wzCXqLbAVvi2wFb7O3grfp9svKBPMCTTCq9ljbpM6xt8pUe6"
    "yPt1AdZjU4iZztFrFW7IcXNFh8tB/BxtfX1GcNTNsjnmui4u+AZ9vfwCvMaIPs7a+Jc3sF"
    "HxAgfzZ4Fe75HBNFRddUvnGpEWROT00iamEDQZRKdYcu7a21+d1M8zh/oFF8f174saDRYH"
    "P8mtWtYLwkO/eArFi8TZudKLJfB8b0Ynt13wL4gshafGdjEAY29gPa4Av0aE8wtFwi3QM2"
    "HhPaoqgpnxlIuvT743rHCWKr6qpcg3/gPgnWF2OBNlvbQ5a+076hHc/2HxsfUaR+J5VEHb"
    "TU9vuEchDIuf3HRSiwHMbo1JJYei/Krr34tE3pWeUXj8T+zsV0cDmc9QD7nFuXg3Pyk37M"
    "rcGvN8PpoAfY59y6mg4G/8C/2efcuhuHR8Jvc+tiMr69ux5oV9PJPwZjfOXYb1L86/Ngej"
    "sgtb/ol7nVv/z73S2+KfssY7GqvhRYe0FIZ8DZiF65xspCi7QGKtPLyHZKEhbhcXrmPe3a"
    "OFBK6+CICIc9czMk465tx8N/PKfwdZ5YYmTyyuSXNfQA3lDNBbBsD9wj4MFvWDQE+kotli"
    "RG5G5kWTguRSrzPlbS6X32fbGNI2/nSG0dMWQt9D4kKVuUfX/sBcn2HbESzgeK1pVtflto"
    "lr/NmeVvebMcurzOwXkpOyFF6zhcyzpCGv1Cz+YEzmbzOErTOi7XMo+Vazqb+810UlZQk7"
    "FOU+fI5gZSk8PdAmZO0y4aQN0HeIYuDA88Gt4aPBIQ66ANlq5LvImG18XHMIrFA9AfWwPz"
    "lh5wEDmi44djTX+ZWdIGNDUYn+Kl7tZ2n6f9lkkzZ3CLvZkz+lsZOZWRU/IVVzncXhLj2T"
    "JJnkuI9zEyxf7S7EfQsUohvxhhC4FfQ4AeJxotHYQYAQCiUo5RqnbnMku5Gfaeo9k1a9GU"
    "CTLHj6BtocOrRpfN6hThES0TWxN6S9vZNNhCIW8M4EvACHQTEO2CE6FSSTwCSTw6dPCk3S"
    "KHVBtK8zynEHSCTl5n4u2aJIKTBzbQAtgPyAEwsIykI8py34TK6mAy7pUHSjz6xsClzoCy"
    "PkzJDwVD9qqC4mg6jpLELjrAShVjczoINDjVzbOP0kINGmJDC5pIf1kb+ho4volI5YWFr2"
    "PJr0nKBbR2rPKDCzB6AI90XFCFED3gRYakWzhIR/haaYtodZflBoJGoCv9m8mcC3Z6cs99"
    "31/6I4zujNlM4xUEkhe5911Sd8zVFnCnrKaSWk1lrh3RVmlEWvUl35mCQCVF1yZoXhkgUd"
    "r8EeI3gs2h+NyNULQoMKm6avLRrbdwTEyUqIVTt/rAbAafxDa9A02bltsjb3kxVJhiP9EQ"
    "+cxP0uVphg0URg5fiUanoo1UtJEEWvXUp390lmZNT3cLa9ca2bYKqtg3TN0lNftdkhrZBT"
    "Y9B01zB2iaJNGEIdDX0LIQnheuZzv4OmFvN6IR045kaTW72ktXXCPhpajBz8RP2Qqu9CpW"
    "85h9YC79FMCp4fgWQtRatKsslNpwiBouuSwAhq68X/E/rDnEV7oKF7WaVz2j948hwvQojc"
    "x8P9k6EWydIktFhKTUaiGbmaBmfZZiEuEOw3Gq9vH5fRE+v8/m8/t0nofqMKw6DDeEpVvH"
    "sB2xlp9REmmDH05nm7VZCBp/iX26lEeU/ojBa1ejyWTaEYRolKgH6Mfc+tgfXWl3Nz0QfJ"
    "lbF4PhqAfIvwWBWs21YQkIY40vdLgVBG8xOrWS8FHxAu5KsDZCpRjLLTfteGWCpWKEjYmS"
    "epFB5chalMobOJAp+cosX6iXKdOvn6A8f2hqbFRgryweEBJXd04aNGU6QeIjugX8IIRCo1"
    "2fRHwh9B7RAEAI7tEaPhi27wTxf7Tc03eG1QUOejDQYxe4JGD4NUuuhmABDXMHTGPDy8Su"
    "4frKK6K8Ii/H3Mnea1HnSJyqLv2wTd2oW+oeOdm8pau2RldtAaYmqI7H2bcNYasCiC8BIF"
    "Kf5owJKYUNDycLwELGnUJQsA9I1CfJOgrgGsVfpE64/WgF6WD4lGnoO/CKtC/HQA0hsLBJ"
    "6Ye/Mpq/svNvtjtO55A6bqDAoFxgUNRr+Cx/oWSsjSGUH4pYpX/Itkr/kLJKqwCZegNkWl"
    "9Y/fZmML7sn48GPbD/Orc+TCe/zD72APucW5PZx8G0B+iHHO4YtjNobOVPS4jsFBlaUJIw"
    "afw0dA/8F5iGWxuu7Pzv0rd0IgFw7xumZ1juG3Lb/xP0oVWBjQijYtgoZPqr6/6vSXlcjC"
    "bnSQsnucC5ajAqT20CEihGagxoDOzhZUoA0mRQK53rKTYveG2MC7N5ceyGxk1hs1JtX4Rq"
    "69gbO6sf5uFk92nVdhsOLqzfEv/md/c2FivYYKkZW9OgZQ7erN5gLdMnXUcCzRRv16T0xs"
    "8ebXOJHpBDemdZ3pqn1VZ1WaXLyqXLSu/YaB6zlTZ7LG0Wo7msWv2ZEzdGo7waPK8GsuyN"
    "YQnyNUGloJ+0oWuyzd82xTZJEbumBFyfgBdw52r2UqOIVsROlyKUw05H7tcaO90jQt8In0"
    "XkEqVprkg6w9sJCP8U8Pa7n55fRLEeS6qyf7wA+8eUlVLscKwf4anu07aPoCBjYctHMB5A"
    "wKrtAde/3xgenhY0KJOZJ8IATHzwfgcwtFoueeaOZ12rYhuHKu5Izqniju2UhgQp2bLh5b"
    "pzsoPFDWNcEUbHqVrI6OrjbVm3pqz6GE/3eWpnlYxj14z1HX0N3VLV35K0SjmXWjk3NhiP"
    "Yty4FFnXYkSta976vpDd/X2O3f09pyUNvj9yto7B6xaR05AmTta6cMjqNxCsU3g+Z+soFr"
    "B3oD7itCZBd8PxB1H7RUDWA8GXudW/uZlOPg8ueyD8Nremg78PLmbkWPitmJmj7ui9UA/U"
    "7oU6NCXI2ldPqKYW6AHXxPfzBKnKE5d5N2fC0sp0vE8Qtu/FOiv0Yp3lvFhnxasn1ljjWz"
    "Ymn0RDUdWpswWiqlPXEZ8IdxvSsY0XnRic6ubZ5x+haSJP27KxxQz02SJX5nKp1yllLpdJ"
    "GtG5jzZb20OWvtO+ISG9g0PaOmW8FoTECt8JGphiRC20m9ei5CnTuQRLDDHV6cYWmmXkwC"
    "FWoigtClb0qoQYEoRKBKVFgFdwH/+9C+1Zr0XeVVpTQfhUkin9lmRdQUlEmTSUSaM5Jo0p"
    "fY872YaNYEC3uHlDY2uDsnK0Wq/OyZAMpoGoFOJ0ys6h7BzNsXMo7VuCia+0b2lEobTvk4"
    "tAaRTZAlEaRT1JTBhY0LnOy2Ji54roEU4wWGkQrUasyk8qkzSU/pAtBqU/vAjEpEDryUVA"
    "mtSI1dWKULQooLLJjZGlm8k1d0ZWilY265WiVaOildUnLHa+K6BwifQIu4E78HVLmm+Sbe"
    "8rsB2wsR08ECtb4GtkR/z6N2BTKnyvHan7YKIHhOdKsMwAaC3AI56f9mO6rkRdN1FFNeUq"
    "qqnqPtYbHLh/hYQ9cgrVKsWiDSKg+wGteiJU7CxB1tx6Z4XFk8PpWgqcBTu0kFSiNEoklY"
    "tEmsKrkunmDdFeCuUKS1F3Vcm3NvluHcN2DI9jvc+LgNiTtCaMVzUiUYU4BUwrv1CDSIdj"
    "VAnOdJ82pyi3dasdpU1wW78YYTS68lP/Yjb8PBDUGgKqHmCfc2s0ufhECjyxz7mFUf4t+c"
    "0+kybVYiaoQhYogXJPxJC0yaxT+rR4ovTHLM01ndxMprPhZNwfiYopStsD0V9z62Y6HF8M"
    "b/oj7Wo4vZ2R07EDZYSm/FrKr9Vwv1Z/S4sjZVVaiZ7OhWH3eDItDU+DBwKFyVoNA7Ix2c"
    "qBJVKRolQqkLA0JDNtr4wV8UDWwq2jIVtFISPTyQrQS2Y4rLv+fJ5uk2mJP74+cz6ZfAo0"
    "jiO4yavWUfztoiTcjVO2cM1qKNzlrGH06SWBu+cMpnY4UDc8VQTmFozXurU3GLpiKdNmw1"
    "sTekvb2QAdWoCinR5zZn5nWOCVbvtb2+ruu/asHPvRW3eBi5wHQ0evu0D38Sq+Seqptdxk"
    "br3aQucbueja9h080rR9a4XAvW2To69JVBi+qbP4Do/zdoAM9/D7Bajb/rUK+JIw4EsUM1"
    "TbrkaibJLqwYKKpas3lg6vOZwVoZgdM6SVmdedi8ndzWTcA+xzbt1M8Pt82wPsc259mE5+"
    "mX3sAfY5t24H08/Di0EPBF/m1sXd7Wxyja9AP+fW7ONweqnd9Kez33og8kMOO6eDFghtNL"
    "Jz2aUlm7rIEXH37UV/LOxFuJtNeoD8iwWI6bH08L+0iQQR8/VgPKN9JMIfc+tjf3w5ucNH"
    "gy9za3iJTwxnv2kXHwcXn3og/lsO4ZJKRPj+GoUGIstiivCIAg2B07FUqRpWSXzHpbFKMz"
    "wnqG9PIUdIH7mtcFdZ9Gb1JkC0gGVmYhhLgS4IIYx88X6YVR4WhFsq/5RD3JrgoSPbS1WI"
    "0UsIMQp0+w9EH+5k6/7sfLeIn4uq1oW7/v7Lx6MNrCfbSwBBcA2mnqMF8Ox9C98ueICmsQ"
    "BYWYeZGVoVXE/51qRen5oQ7/QSvWvh2y9kn4oTtSmfqLJA33A9E+BqlETxlMNT30UiszQc"
    "3hogWRkjXdt3dDFv655CZqOTTKqrqn90/PpH0qScyTbfm+tq5eSc/bE18OXKpJ3FKFXmmc"
    "xSfrGB+J8nw8seIP+WMX1XH9DyYBuLEs1gE2Tti8+qZQNTwfLZ3G9m9JDkwfKBmXCKCOQM"
    "RJJlS4wM6hYxKDr78SpuvtXWJBU3L48slAJ60v2b+GoFTFT78crex03GVYkB6YlbfayfvS"
    "XMsB0RLkdplEmwmEmQRXeVgvcJUoXvFb4vhO8v8BUuHXvb4cD6/blCaF4nz7LAwwuGCEws"
    "BPAaYdgLQwcLg0j/3qexUdTDTy7XBegPfA1zB2xLp6MDinSAwLOvxlEhvnTo3xTgTDqUop"
    "3flW4hD57NCf4/CK+4CKISbxHkOnaLtMPLIgAZ4lQtBA3Vxx3vV7pSoCFNrXCDwg2FccMM"
    "bUgIOcrCDvvzxfGDF5AUDjMMAwEJNVjaDnChiXpg6xg6CiIBDW/XjWADglBooXbHtyyS7o"
    "fHPhgmWiGXF3dY/Q1UkqBKEpSFtSpJsNEGA7oKlWxDGyVUULc01A13AG1jW96aI4ZMGXAo"
    "2ySHyqy86AE5QnrEnuCIsR3Xk/HsY+dIK0nVIRx7q03RJLo9gRw5dGXK4ne+/GceYs85/k"
    "129S6Y74OsyTHrz9+TiFCOVDqsuFHPkIZRp46EPEo8UhUAnVxzNvjpjK1pIKcEi/nEx2My"
    "BgoNYbODSP4z/VvT8CUvHTFOqFIS81MSVfbnS8v+vKbJb8QI0+EYZyJnu3mmmSCFjpg+VI"
    "TWC/WiqOzLU2qXoT1ULP0yQaW0ShX9Jkf0m+oSXbdDUFkET75mNy8zSVwEqaykm8H4cjj+"
    "0APBl7k1HVzdjS9Ji5DwWzFbSt3GLqrL0FQYXsIScZjn6EARujxXeQFBSRZCmsNl4ulOmm"
    "RJfz4x9kVIXjLnmOECT6ISS3SatjWGuyMv0SqNLlsgKlymBnvMiDR47nBMMexEN88KQ5tD"
    "CwTVOr61IlGvpDa2ibmDHPBoeGtgeC4+htm5tvEjH2JXaKxKWOWbH1n7/EuqoBe5gl4caH"
    "0TYGs4vD19AyszJKjwoQCq/1AEqv+QDdV/UOFDR883gvpaYx0RRKFonFKZC0pj0W8IbUvJ"
    "IEGoRKBiuKTdJBf2o7Vy4IIgQE0Qe3BpS3FZMsuBClp5TtBK54bVPz88eEp3OdLcfiHBWB"
    "0WNsBSH0D46Cdi+tJBSHPXxnZL7preN/OiWVK0Rwxq2R9pVFRLvIEdW4xXxpJnwMwOGk0R"
    "tiV4NB42KmvMKEUo5k6L9nMrKjoebXOlV8ULVYuI7g3HWy9gORlxiZWQKhGSTFbkizW06G"
    "bKtyUHp7tPWpQ1nY4saFgekJwKwEiIJZhe4mAEZoUcwStiIF4bpMIOswGT36w0NCHaQjbv"
    "Yvblyq48t6J1Hwp3ZPwSj1VjD0IdPHjgl9hvFaKoQhQboLUf2XqydOyNqE4fo2kT7ytTcM"
    "TtJM+1jrSdo9kdNTPsq03oonl382Havxx0wafB4Ia0KL6c/DKmhwrq5TVHW4kXhn5mTWjp"
    "ZnH9YbUqlPk0ocyrchFEMcoWRhA1JGIo5InUIUO3yMMa9IpxkKfu7Qd0n1b43OjYJzW+EY"
    "3z+e4RLxEgpOyBx7Whr1nrUUBkCwwXMB9kl6plj2vogTV+EmS5pCuf4QF8gBXHAcjiVO6r"
    "8T4q6EiuoCMmQI1KlfFJYKviEh+xwgPrQ16XFavuUJo990xDF0IIKcIjsnw6wGw9DserQb"
    "6SbB3MUZcZcxo9nbttBBYSkQDUftCF9S8u0H3HQXj5ZgY9smgTex5bov8WDHOpoc/28eoN"
    "8EQDJI4UEC0WvOUVY6v02s/YHY5jcWrIdnFi699JI1lPrVxWXo8D6mvhzKg41TOze2RjsV"
    "h6T1DClrYLFOYjl1ixc6GVSDdLU9aedXbMpVeMjf52UTLdKU7ZQmNFQ9OdOMYL+vSSANAb"
    "aCwYyiRhVjwMmhiRC0O3eKy22Q8W6S/gO/oauog1Adia0OpFgGI3CGVL2BPQghkUMpoMPP"
    "uSqhROQ5GmzH7mtkojggXwqyZWBidCodC+KoEjhd8oaCQuBmZjRC9aIThp4Ylms05VBjr9"
    "FkaAbBkJxOiUAEoLQFVfkUEKL7JA1uDXm+GUVMMKvvAKZM2tIJwLHwu/JZXQ04RxbR30YN"
    "i+K6z8JAhblLapShZJI5Bm2vAkL1lELHQ3WIPuZFjv6Lnuk3Y7ooQX9h0TCnCw9FHzGm26"
    "hT+gvzCwvonpIPHoegZyuixNJNGL64l6RrXdRUUbyRVtpArzqL5eDS3ME65CIjyO0rSQz9"
    "VPYrK2Cyy74fAjlsSQeuFVliWJtIN9HaIF3JWqXxTStUkGqrBOqcI6J2PzSymkczIGlyor"
    "0YpqEk0s2KI6ddVa00gSM8uF7W9trpElONPNM7HodEz9zbkSRTKiDYZolQxilKezjgIKDa"
    "/EhqnqZUgaxyR1U6nmWaBUgJgcOpCy94XZg2dFsgfPsrMHzzhRS14Gb4s5bI+drNn/3B+O"
    "+uejgShO3BP2wP7r3BpNLj4Rpyz7nFt3t9RFe0u+px27nydD/JP8K4fzlu3JpOSOqOswTt"
    "lC12FDXIWccH/mK0yLmUGvUnLekx5H0JLkyzROzqzqnchOd6BQjoECjgEVF338uGjbWWAI"
    "7KClCLdjRKX4LFdW3xE8i6SAJtJEoXKcqiZOt2oN2RukS7jF0rQqbK6sUsiWCM/2oFlGFF"
    "xyJY3Sbkobw0zxkoAJsvatP/WUqFMRoy8kYjSW6++WS/R3q5S3ZC9bQ8Sbqf1J5aqaBX6A"
    "TqbLaj+i+7TrSgvdCvX7sFT0rYq+bYVuoaJv69WRswuFP+3saETR8NnH6eD242R0qU2urn"
    "og9nNuXfRvP/YA+Xdu3QymF4PxjI2L/JhbV9PBQJtMLwfTHjh8J+4QzNfxhwHxh7BvZZwg"
    "Z8XwcA4cToVUb6hKbS+XZfRAHnVr4suOrATuG4aXEQSHWMmhZDY6C5Ukk1oA/ySoWsP86v"
    "qBw22ZiR0jUxamspMa/cHq62sGViyE7dx86vbZm358V2B7/fFd5vZKTiWaABn4j9KCQjXi"
    "5gcOuTJDyGaGSMub1tYpK+0IsZK1zLJm0SFlMouel1YkmUirBgp0tdPg0kOOKHN5pAqJpa"
    "r9+CYSynXZE8iR6EJu2+i2qYnZrn+jHErD4ryElhidatQt0Kibck5bOba/FcHACbIjBu3W"
    "NdXr7q2i46mvuZihnLmdvdjEqdSKU/mKw6I2XM/WxbpoxqhUPjSvcKzr+kjIabYnUCiFY4"
    "bTwkY7xsYQyXrmkaryFDwGY5BcirsxOqXEZC0FhE98I0DeehBS1d6ZQxbNn1OVl0ww4eU0"
    "TqSWVF6B0Ualq11O+1eije4YUQ/Qj7mVrDd602dJauxzbg1YqVH6UcYjW31amm5CY1PeZM"
    "whV2ZEmc2ITGAlTcYpYiVrmWVNu7S6Gi3wJQK5EmQKcWXVMNewsEhSDs/LnGdO41CrQjHF"
    "bWoqpj57nrcrpl6WmGu42UJjxS8QFJ7r5sZZB6NUgHW7AqxVFHC96VMrG3LqKOQ0Sg/Gt8"
    "5hUk++96PFq76bk+sdErRw/taU6V1Ssa5apZaN9w0BJoX0rJLadLV6tBJwfQLOrgSf7VnO"
    "qQR/BL9yiXyU/8xp3swcfx98Hkx/w7z87+3gw/VgPPvv7bh/c/txMiM1Ww085M9ixstjO5"
    "s3mZHGT1ucN5WmvtUkIywTjcihB8Jvc2s2HX74MKDFz/ZfSV+ri7vpdDj+QBpbBV/lsDjj"
    "u69WPNiR/S5FSFSIRuVvjYOIhiwWo3cgkUMgZcpRSyuQDXJduBLabSIkcgikzBtCtiCS+m"
    "Ehk5UHv7cXO2k3m6WDMIssneNzz5ZTjKjhkoJbghUm44vBfylg0MbaZf+3W0nFhW/vObaZ"
    "3dbgEunGBppZcYIp6qT0GPmb4DJ1SbAu739ewMTgYnjdH7163z1LmOZDsbzjVDt1DMhNv8"
    "t+N6I0crwardpV7v3FCnka8+6l5ZKXFpkibZFL8MipkQErIy0DClrk04QtEkJ1zVVCLrml"
    "iv5xyVvE52P3mN6SJPUyK06SsjXhdSeRgPhqk6JrjQCqi28MWFRupeFRt4bHR57k//INvG"
    "hTj4mIMytBdkSX4dnb3vff14UrE4WvitS9yi57lcT1jGcoqzRTHqPRsWsydb7/n6ayGXr4"
    "5vc+eSbRrGQe6fEWlp8asng7SPcdcscM9uaZPpOUzdVVSQ6DC+wl2NgWnsaFJHGClGXP50"
    "ioeB6Bz5OS5IkE07vxmDlv2Jd0KsHF5PpmNJiRQ/uvpGzc+GIwGtGj4de5dX53+QHfdvDr"
    "R0xMSZJHyriGqi8Pt3VsHbmuUBpOjKY1CKqyhS50Q2uu8W+RIPAUnWKtCkNWYcgnDUO+RK"
    "bxgJxdhxOGvD/XLRKGjCVOhxsFKz53+oClOP/FBZ7vWMCwAATh1XqA+YPRogsCR0kX2A5w"
    "vxnbLVqAuX/2/dt3AHoYZ7gesC0EtsybH51Jddxjbtk6gWtkJXvT2b8gsfjpLweusKjnWC"
    "fIAz3rpBprx5oghM6GNWKNXSFgNXvdVTdWObuxJiRZcJNMUKkyFQ1rx/oCTPCR9YurQmXE"
    "eceoZA6JK2mv+bGI7vJjtu7yY7q0tcNp7JnN4WB4C1lbfWmnPBNAZvT80dX+IybaVK13l3"
    "ViKPdFJSXAS/hHlWf0uVwX94kqb2gOzItpOSme5ptDkrQtNIg0xACSmQ0jiQVkbHvG0tBh"
    "wP6UFSR2vlvIEmJFSGrIzn6GdeEAYlxkLVihYWVAUAYE8aWueRn3yn4gCUxS9oMj2Q+CxB"
    "cRLkdIWsji6tVckk6U5u8M/ZEVDRyMbwVz8xDo4NdZDHym4jb2AHQ0GX8IhyeDOZpotOnc"
    "DMaXYWps/SUmzook055lJ9OepUxjB2SY4vQTBSZilErlkk7lSsQDos2WZyTKiwPckyhzRR"
    "LWmND1NOQ4Nue9yd4Q4lRt6Eh29F2BRL2XqIZzIFMlR2VbqCSxDd16ROSr3djmt0WPne8W"
    "sg25jKRwlMwva+gBaAF7S6af7QATQcdCCzzl1oYLgsvtumCJz7FDaLXBc7sLVvABsUO27+"
    "n2hoWrxOJjKr+6KiYoVzHB09mQJFsRK0/VYu+BGF/jRIqtvAr/bMURU/IONK3Qq49RppGt"
    "2SJINULSCi4fG6f6W9NYcmDqlWnDDJYfSBIcXxKa5q0WeRVBJnfnowG4mQ4uhrfDIOlnj0"
    "PpSeq22hcKmQ76o4zo+Xuh5SNO1YqpfYQqpCpTIZv7KlOhBl3sGlo+NGdw1eEoYoeT3Twt"
    "LPDgbehozYOrwqkKD9D0EUlrhOC6P77rjwCmxuoPVp9cDy6XTB2CQbpBWtEqdQWu7x9Tpd"
    "z+SUe/cuhL6dA/iK6gvnAgaJO7+UX48ds6u2Pd430hD/6eoIUY68d3RZz377Kd9+9SNW3h"
    "aiWMZWNELWRzLVA2YJo4ko0RthDINgS4yu5FuKb7zYygTR50PZwtgl1FQOsh9xUjTR1f0g"
    "XQWgB6cfyQ5KTbBSY0FsSGDyAeuEbA8S3wFf+DN8ivgF3zHrk8SFv59Z/hPTgOFlA4twjO"
    "ZcIVE8SBpk1Q9+gJKAte48C+48BdVgLKgtssUK5GElXsWLfX/dEIs+zL7wmmBQuVENsiNK"
    "1n3NVo0p/9nGKbv12UNADGKRVuUriJj5swJrogjj2bX54kejoXOREris5GChQnsfCFiLmO"
    "QBaKb4J74f0ccSIpihCo4AjJgiMye/tkb5bVKdanZW3N1gvVxLJe//0WOsLRJzGamoJPmr"
    "c8KJemcmmeDuBcoqVhGVm5x/EBT4KcxX5sYZSDyXrgkTghDQ9sELTcLv5pA/vRcvGhLljb"
    "j+SU4QLd3mx9PGOpjedxTSFMcMqwgO9yQVHl11cYSmEoWVirMFSjMVSooInGRseoFI5K53"
    "erFuA1eyyjT5bic3YEb4KsBQ3tjx3DS7oZ82f203XjQ1qZJ3mnP5tNh+d3s0EP7L+ywvB3"
    "+7rwd7Qs/GwYNAgesu7A15PLwagH6Af+RUPcekGoWxIYFnpxKk9sdnxTqAFqOF6OZgwt6w"
    "+8xGfXZV+lCPkxezD0h6PfBCXAiHqAfsytj5O7KfnJPit5TSpvpv0yu2NMxqPheEB6z5JP"
    "/PvqKjjAvpD257MhXfGCL3JIiwbVaZh9gUGg6OKWpJNjkWtVd1R353qIU8H33LZNBK2MZL"
    "Y9UUIi95iqLlHsjxyX6+eTySjG9fNhEoPdXZ8P8BuRaBKsbLcv13arYhDaLHVOTAJ9enks"
    "9lM/y1RPznSfstE7flHj/MRCYIlvHxjGaTXRHjA8Yikn0xiYcEfCKl+RkFASZkm28m4Yd/"
    "k6Eoq5hQ5+WA8fTZvoa7tLxYZ6laVEzh0jevOf9r1w9OaBpkVFDY7dV7l5elfQSVBU8+J0"
    "Irw7Hw1vP9JmhOHXuXWFlWZyiH3KoW9BV7OXfLTBfzX2BHkgo4EAIy+XH4OEVGQy4YeQhh"
    "ohUcpp5cppZtRztkCyg56VQJ4vEAqfhORxoJBDHK2yUAeJQbrtWxzl8ql8oj2ZKpPJgTlO"
    "OZ09Tql0dll09iKWGhKY5q5LiT1Bqop1ymOakSqacrhAlmd4uxHZ9jgWmtj5bp6dxghGam"
    "QHLRpKaQF/a9pwgRZ04yWZIMF1DOQCzGLbfMDnPDtIm3XBKwjuDW8Dt6/Bo+GtqdHFtzbQ"
    "0/FsB479yEu6re02yl4jtZ0g216jwgTrDRPEb4gwDIzRtCmhueraPc3B1w3i7X51F9EmY0"
    "RyKJSt0u/ZHszbKC3oZKSZH2iSwQA7j2WyNmym521+AR/3TMc8Px+O+9Pf+AGb5xy+n/82"
    "G/TTZVcpXBKspJQga+FmqcqCKu0+Nq6ROXS3rKR6h9edITjVzdP1gpLshRPmXEjUK+gvDN"
    "KKDhxS7sCrhWsCsvKTZgmb1yAIUsWj8UmidLlkd/VNbp5cVZdVWpzS4hq4NNavxamUmROl"
    "zCxiCcxFtZE41fHVkdNgYJVr8cJyLWj3N9f4N2fpz9t6Y2Qq4qpsxBXrvUcyIUrqLNwLKA"
    "eVbA4q1SNEGQNk4367jAEqKaPNUpc8KSOw89wSPJRtBroN4NKTpiAKrARyNIL9n9hqaHcX"
    "ZsoJLsZSKcgVibmGdntZwB0/DaPshZ62+XxJdB6MQZbflUVISotQXofJPClU0GRSunXzNA"
    "kZwnrZs1QyxXRyROVXlMqveI4WW4MC2yBmSg60ZHS23Vpw667tPKfbfkgxxBWMLuyFWzr2"
    "v5EVhDjuAyFhCJYOMY9d8gn+XzjSWLymrcwhCFtc85xxFV9d+eSk3nuaisDaKo8m+URr89"
    "IdxSOqHHOnrQ+k9IvjrykqDPM0YZjK76L8LjJwv5kWeMmDMPvIMfR1h6MOBme6eVogPIx5"
    "SvXLlrPqCyBXX4AH5LhcaJnTH/pA0sKV/uz9+yIY/v37bAxPziWspVsOlMnmcDC8hdytZx"
    "+1LQ/x0tPyitbsSZRuJKgbnXQz+/P/A3BQ0ew="
)
