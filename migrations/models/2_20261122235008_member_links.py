from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "member_links" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "member_id" BIGINT NOT NULL,
    "other_member_id" BIGINT NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "value" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_member_link_member__b94e20" UNIQUE ("member_id", "other_member_id", "kind", "value")
);
CREATE INDEX IF NOT EXISTS "idx_member_link_member__9650f6" ON "member_links" ("member_id");
CREATE INDEX IF NOT EXISTS "idx_member_link_other_m_8cf1f5" ON "member_links" ("other_member_id");
COMMENT ON TABLE "member_links" IS 'Two members seen on the same weak identity (a shared device): linked, never merged.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "member_links";"""


MODELS_STATE = (
    "eJztXW1z2zYS/isYfblkxs0lbpzk1JubkW05VWNLHllpc407HIiCJNQUoPLFjqbn/34A+E"
    "6CNElTEsVgJrEoAAtSz4KLXexi8XdnRWfIsF79QqedLvi7Q+AKsYto8RHowPU6LOQFNpwa"
    "ot2fdCoK4NSyTajbrGwODQuxohmydBOvbUwJbzkiCDgE24DOwRTqdwuTOmQGHqh5ByC7wL"
    "YF7rGFWcfAsqGNXvF+Z1RnHWOyqN4Fo/jLQZpNF8heIpN19PUPVozJDH1DFv/6tcNbO+KH"
    "mA7R4Nxm7f7grdZ32hwjYxYDB894S1Gu2Zu1KDvFiwGxL0Rb/txTTaeGsyJh+/XGXlISEG"
    "Bi89IFIshkj8rvYJsOB444huHh62Pp/oawifvwEZoZmkPH4PBzavcBwrKOpg1HE+2mP9G0"
    "Too1PkUEaq9Ip4SzlT2qJQBY8Ef44V/Hxz/++P749Y/vPpy8ff/+5MPrD6yteN501ftH92"
    "FCtNyuBGaDj4PhhD8QZWPHHVC84FHQQBu6VIJHIfriM4X/2RKacvT99gn82Q9L4u+jnccA"
    "vyDkQDjed8GCFfymGYgs7CX7+ub16xx4f+2Nz37ujV+wVi/jIA+9qmO3juMd4nuHNmXg9Z"
    "pXQtcbvA0Z3TFojwtBe5wD7XEaWmgurDS2v9yMhnJs/fYJcGdYt8H/gIGtlAipawh3/j13"
    "iM4hBFMHGzYm1it+2/90toR+DtgcH97zyrL+MqIYv7jqfUnCf3Y5OhWQUctemKIX0cFpgh"
    "WhxE8P9D5xVoIhA/aIkOgoxZiQendSpXPdH54Phh9LcsAn6wLv4paMPw+HosS7uCXno2G/"
    "C/jfW3LRG1z2z7vA/UxOwsXEUiGplCOUUi+ObaPV2pbwK3PSjZI8PfXWxaTX2516j9+8ff"
    "/2w4/v3gYzblCSN9H6k2pEv2P8qgBqkmx3wJ4cCLBrk3KxUwbUKIkaqamRypCBC4nGN0Hf"
    "skZpSLJD8byHmXHS/zLJnxlXG6/mcjT86DdPTpdxwNlQ5M9fQk0JKZ6lqCS1wT2r2rvWSJ"
    "BpUrPMMA8IatG9m4v2dkZ5YOenED9noNl4hTIGe5QwOd49ylf+xSFamCaCsxExNt4YyWPM"
    "4Kp/M+ldXce4c96b9HnNcYwzfumLd4n3I+gE/DaY/Az4V/A7U0STr0zQbvJ7hz8TdGyqEf"
    "qgwVnEUvRLfdRiPDcQtJDmEBsbZbmeIK2B7wf0/jWIzT4muXzW2RBmuDNNtSyb45Tq7W4K"
    "24u83c56VpHrcUrF9aZwXfKye08fW8cxq3E9TqkkenOYnH6355hga1mJzQlSxeem8Zm72e"
    "Z3EVcPL+DuvQdozrRUDT2mWW3TVavjVbIEErgQTOJo8ucMXZ03Nlp35F5QUXX0hCdUs1ir"
    "gu7QHtCXSL9bU8bGLoCAk3K/JgSsI2AvoQ2W0AJThAiYUcJ6sCirNNEPzAAB3OJeIQtgNh"
    "KYaOeEJpqxvhZpr+lW7yRxrn4VULg+T34v15Eacbcqv2oj/aoh14pzIKTZ3cJlSxgRVWFc"
    "2VLU4+q3Vw7tYg5tz2FR3nfUtnFd25o8nyYqqGIRMmVkNUUvyzKtG6KWDWaI2NjeyPSyoC"
    "5XMVuh1RSZbJoSjTEqrKA9wA2wKVN3dLpgNgRiSpHb108AQX0JXtyxkXYE+ENZa6izPu6h"
    "4aCXTJUyKFlYnJiNeGDge+RRyrSzbd1Gqprxvnhl0Bv/IvpTalqTtINsNc3nYJWwFZ+2yZ"
    "pD5/pnEYwiPm7Jb302r0+00XV/ODjvgtjXoPbzcDCKVnvfb8l5/9fBWV/jVcHlLTnrjc/Z"
    "I3SBd3FL+l8m/fGwd9kF/lXyRS0WM1YoZCwnYiypusRe0zIBjwFRCxzgcZDfvS0A8ru3mS"
    "DzqjjIrvgrAXBA0OT3qKoGfvyhiAZ+/CFbA+d1cYSVQ+Z70RrjkTue4lVOXYiRtcn82oHi"
    "kFLak9xIs+KCmggvyCe0SekOCfA9rfsq6OjA2PDojzS/NBzHJnwIFN34AGS/n/1qZLtTQu"
    "/mrHfe7zzuxxbykJdYQiFPnrKDCls/a9aWEmZ3OJwMzQCznyxkbPjqMLMnAGYl1GF9WwCy"
    "f2Aq9uXMLWQDTIANF7xkBdeWzOapt/MiO3x0biey0q9M4C6wZfO78llF7fJppplzgPH5vb"
    "PJ4Nd+SS3Yo+oC9/OWXPXHH3n4vfvJTJNx74Z/dz+rmCX1h+OvkMkElMZuRytM70naSnN8"
    "w5yw+/Ec7HQrXNMQ377jgAEyk6lMxWRQSL1DGfR5+Gk4+m1YVgh5ZF3gXTAx1LtkQon/vS"
    "UXffeb+9kMETTFpr2cQclWRW5Qyod/lCbPlDy8lyEHXW4JpiL8F7z/EoIjpGif6DgpMjZP"
    "ssfmSWps6p5Poii6fnuFbQFs2e0QsTVrJVEOTyk1ECQZKMcpE2BPGem2pHJQsts3/3Q0uo"
    "wtFZ0OkhsjPl+d9pngFfizRtjOUDR87NaOtawIu0+qcC+D+xISgiS7FYqpIBHyJi9Vd64G"
    "w4F2PR59HPeumNIR+XZLetfXzDi6vr4l16ObLmB/uNvnlPt6Tm/J4Op6NJ50gfvJ2vTGk2"
    "F/zNq5F81w41jUMXWkWTY1S+nrSTo1QTw9QQSYwfm8EtYencK6MNY6XK0hXpTSKCWkCvHC"
    "iJtojkyzgnNFTq9WYCrHbnpSQ2dYVZE2Pl37xv5WVmTia/cpvJ/YuZskbqE7+UDcx4U2/a"
    "xNOscG0qpv7JP3oNjeaLYz3K1K3I4Rqn1eTeNxiYDiqBM2GrWb0HM82otPY2RAW75AKQkV"
    "Psx3OxW28Lj9UINLTO46meEGovaoQOi1wRoWjDuYPFAvhtkCFt+RRokICLDYA4AHBO+ANy"
    "I24AUEFtOvRPDAPdbRyy7gN0I8VhrdIxO4nsZ0+MGW7iGNt47HkvByLVbkR+SqEOzGKfnZ"
    "sQlNDmxrKzdC9CVvUXEeSIgVJ6pyInsrghz8Q9h+UNHarX/NWEWlq6h0FZVezvZo+F5GV2"
    "2+4ipjtlbtVhdRq4XuWSL7Pvs/OHc11q5QeBkZNadMuXU7BAwynu+BGvdI7CoUSrFj3uN7"
    "Ktm5WE+XT8fuKiW4kUqwz8XyLog4oVK/qqpf/rtWmgMJwno48N28ElFvBLTKxtH5FC1U0r"
    "ZyZAJdc0BkiXGzUY7StBDnrXjW2B3nBtZl2eCzEz/HiNQhFTENuI6U0MpCyX4llIWyBQvl"
    "1IQkrmTHKnKtkilvUswcyeZyzebA92ILPDOzU7aWrzM+l5l6/fb1TLsNOg+q/lAudY5Z/Z"
    "pjQ8ToGWPEgprSpFVBXa4w1d1WJbJVEdYJz87JV1g86g17X5DkHMWnGishrIRwU6BVQvjg"
    "hHAshg+afPNPKbEQo2lRaPKz5ENDZraBjVayWU2U585omLUoPJlZyOUluPn0GTxgeynO9l"
    "2bWEc8AYjOxoc0r0hhOjXFqSmuKdBuOb2dmuK2O8X5+nO5SS5BtaVp7vBERCTDA19PKgdq"
    "lEQhKjmbFPMtd3wSLOcwTBCqpHzVfbY2e6qpY8vi2XPOAY9RKUdL7Y4WBqcFDck0mZvaIE"
    "K1w6wGvgQ62KQG6qC2bKF0mF4tyZ6fYIdKA4zWG5E/QWK13viJFbLNVpF7oXjSzOXGwjo0"
    "ADUBJQYmCIgOjsAdg4XwCDjGarQwxXYlC0w3wkDl1ow0TeYzu1NWrrJymwKtWsg9aCtX5Y"
    "xTOeMOFVulcCqFc6cKZ49QsllRxzplbHXhT+meqTa5aij0W2tTt3lRlZSAgNTbw/zPe2xh"
    "pkXyJOuBGumeJcWvYPZRVc/r6xnKaPjrZWpptpBM0rVOj6rLW6D2OjdzuXBKHVJl3orSqV"
    "mrKbNWw4N/+/dIJBdJTVVuRe78hO5950CxvYhTtIT3mDomEJRHbD6ZOWsDc7fYjK9jiI2C"
    "IoP6Pyy3DZtj5JsQn9FXkZND4ik8dN0x/aND+Gkivh0Zq1BbFhu5ZVGwvqQKEaVR6oMKNt"
    "gnuFEZU1IhSJC2UCc4EB1AYrm6SkAjTs5r2sLQfnz0+7Q2GxaBsmWJtjb5Xl15er/scIg4"
    "lQqHiIm1OsIhTKQjfF8xyW6MtIUTjTI+t2Z8nqM5JthjiNwMjTQ5etIg5cz3Whd24SesSc"
    "AfAohTAQA0DPpw5MaVC5tSX6IV5Puo3ChzXyrJXPl1datc+s1y6e/X4Gm1LRl9rBTCE/Qt"
    "Y+QmyHZ4+N4epv9J/8skf/oPJpjL0fCj3zypE2RpZZori6opZxFipaPVrqOxaYzpWRIDMS"
    "9iNSRSAav5AasNUYvcnIA3NvRErjRloFudqw55SwNW0PJJTegamT94SfzWjqkvoSX0FZu9"
    "s1i3wB1a2/7aOjVnrNWfdPoT02Ue4MYCJuIv3UxsxZubdOU2kShGW7vLM/Sk3ay+HIjitO"
    "cl+zk2LVsTfK1gjKap1bEQTV73NOAzmJ0iVrxuMq9dTunUIRJOZ+dvj1Ptbifa6+2K2dr2"
    "+NnUhoZmrRGZVdnpJyVvDco7zw/KbJAZqsSINK3iQjUuBDutxaguY8qmKZUdW7sdq4Kzs9"
    "+Xw/Q0NDw4e8RViI7EmHYrjvLMaNfALOpKWEM8c23SI+COKbBmJuwL71juI4C+2cgk0GCP"
    "yG3Hl9I9gJU6kR5GFTkO3Cdi/EmdOvXVP3Vto/kntgQFHDJrDd2zxoNS7/QqHg/HH1fFwO"
    "179svZgph3onzGNHgYp8hX3i1XaLNciZN7ou9WCZgTZC2Eun4XUYMDpdoqWlJnc4azRNGR"
    "niJs3ybG+qWKfAouDXmMugW+0W1LmISOUwXy5x3M1uhhvpVz2USKC61sroQ4Vfugrn9bNP"
    "ezOZJlKY5xnxkTAucBeyRIXHGRwNun3qEUue4NzktKEkHTBfzvLbnujSeD3uXlf7Vx/+Lz"
    "8LwvapJltySs9a+Sltl+JgF3ebbyuq7K4KYWddvBBZ06a4abYyGZ6p8XApOg3GEcTFByUI"
    "Ew8WzeuMpCbYSshau0h7sqm3bKqgOnsuXcYS7G1xD2H4nPwES2U+fUI7v4NEYGzAi8jS6y"
    "X7J+DnAIPPqD3i8Nh0JSP3gmSmPRSZsg2rpHR4ypLK+OP+Ce8OxowQCv9wizr273vGN+B5"
    "nTRblLGuku8dmVYkEm/hGKNllZtQUo8XNAymV1j1C0Z62+XjzLLpbFiJSnqcA6cJNPeTho"
    "edDMYx4OGtK/HCg8DyUgjZKoaUuWtJ5gW6t8gIaMuk0w7zpDx4oHgFdhRJJSMeH5C+EVxI"
    "2UtjVr4bUJHeVraMJAd5cGytrhUSolZUqBn1qbTPAizYgLaiK8IJ/QJuW0zlmGPEAmZK2v"
    "sWITPgTLR7HRx349+83Ideqc9W7Oeuf9zuN+gq+9hU3JOl245Jm9SBdZWy0Sf+0254lULL"
    "riG4h5qhX+FRJJRLXX2o2ilkViP7e7mlO3qEXAXS0CuqwsGc4bI1LZXp5cYFE6fQNUnQwH"
    "X/YWuYCgGTvj+P1aszMu0OCrZOGLkbbQHX8g7ncVdaGiLnITICizUpmV+2fCoZuVPWRifd"
    "mRmJVezVHu4Uphm1rDPp5j3X0vpt3WEnPeI9MqeWJhhKSFPvHjk5Mi2xFOTrL3I/C6hNXG"
    "XqoSCHvNW4jum0KHbr7JOXTzTfrQTXZHG8nyI+XkLAlJdm+S7Uffr8342muCisf/Ayum2R"
    "k="
)
