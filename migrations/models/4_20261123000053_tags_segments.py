from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "member_manual_tags" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "tag_id" INT NOT NULL,
    "member_id" BIGINT NOT NULL,
    "value" VARCHAR(64) NOT NULL,
    "tagged_by" VARCHAR(100) NOT NULL,
    "tagged_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_member_manu_tag_id_7d1bf7" UNIQUE ("tag_id", "member_id")
);
CREATE INDEX IF NOT EXISTS "idx_member_manu_member__2c1609" ON "member_manual_tags" ("member_id");
COMMENT ON TABLE "member_manual_tags" IS 'A value of a MANUAL tag that staff gave a member.';
        CREATE TABLE IF NOT EXISTS "member_tags" (
    "member_id" BIGSERIAL NOT NULL PRIMARY KEY,
    "run_id" BIGINT NOT NULL,
    "codes" SMALLINT[] NOT NULL,
    "numbers" FLOAT8[] NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "member_tags" IS 'A member''s tag codes and model numbers, laid out as the run `run_id` describes.';
        CREATE TABLE IF NOT EXISTS "tag_categories" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "parent_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_tag_categor_parent__eedbaa" ON "tag_categories" ("parent_id");
COMMENT ON TABLE "tag_categories" IS 'A node of the tag category tree.';
        CREATE TABLE IF NOT EXISTS "tag_definitions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "category_id" INT,
    "owner" VARCHAR(100) NOT NULL,
    "description" TEXT NOT NULL,
    "kind" VARCHAR(12) NOT NULL,
    "rule" JSONB NOT NULL,
    "refresh" VARCHAR(10) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "value_labels" JSONB NOT NULL,
    "system" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_tag_definit_categor_fad585" ON "tag_definitions" ("category_id");
COMMENT ON COLUMN "tag_definitions"."kind" IS 'ATTRIBUTE: ATTRIBUTE\nCOMPUTED: COMPUTED\nTIERED: TIERED\nMODEL: MODEL\nMANUAL: MANUAL';
COMMENT ON COLUMN "tag_definitions"."refresh" IS 'DAILY: DAILY\nHOURLY: HOURLY\nMANUAL: MANUAL';
COMMENT ON COLUMN "tag_definitions"."status" IS 'DRAFT: DRAFT\nONLINE: ONLINE\nOFFLINE: OFFLINE\nRETIRED: RETIRED';
COMMENT ON TABLE "tag_definitions" IS 'A tag: what it means, who owns it, how it is computed and whether it is in use.';
        CREATE TABLE IF NOT EXISTS "tag_runs" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "job_id" BIGINT,
    "status" VARCHAR(10) NOT NULL,
    "as_of" DATE NOT NULL,
    "columns" JSONB NOT NULL,
    "numbers" JSONB NOT NULL,
    "params" JSONB NOT NULL,
    "member_count" INT NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ
);
COMMENT ON COLUMN "tag_runs"."status" IS 'RUNNING: RUNNING\nPUBLISHED: PUBLISHED\nFAILED: FAILED';
COMMENT ON TABLE "tag_runs" IS 'One full computation: its column layout (tags, labels, numbers) and model parameters.';
        CREATE TABLE IF NOT EXISTS "identity_lists" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "row_count" INT NOT NULL,
    "member_count" INT NOT NULL,
    "unmatched" JSONB NOT NULL,
    "bitmap" BYTEA NOT NULL,
    "uploaded_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "identity_lists" IS 'An uploaded list of identities resolved to members (a bitmap) with its unmatched rows.';
        CREATE TABLE IF NOT EXISTS "segments" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "refresh" VARCHAR(10) NOT NULL,
    "last_size" BIGINT,
    "last_evaluated_at" TIMESTAMPTZ,
    "created_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "segments"."refresh" IS 'DAILY: DAILY\nHOURLY: HOURLY\nMANUAL: MANUAL';
COMMENT ON TABLE "segments" IS 'A saved audience definition (dsl JSON form) refreshed on its schedule.';
        CREATE TABLE IF NOT EXISTS "segment_sizes" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "segment_id" BIGINT NOT NULL,
    "size" BIGINT NOT NULL,
    "as_of" DATE NOT NULL,
    "evaluated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_segment_siz_segment_1d100b" ON "segment_sizes" ("segment_id", "evaluated_at");
COMMENT ON TABLE "segment_sizes" IS 'One evaluation of a saved segment: its size on that day.';
        CREATE TABLE IF NOT EXISTS "segment_snapshots" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "segment_id" BIGINT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "definition" JSONB NOT NULL,
    "size" BIGINT NOT NULL,
    "bitmap" BYTEA NOT NULL,
    "created_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_segment_sna_segment_caf04c" ON "segment_snapshots" ("segment_id");
COMMENT ON TABLE "segment_snapshots" IS 'A frozen member list of a segment (a bitmap, bit = member id) for a campaign.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "tag_definitions";
        DROP TABLE IF EXISTS "member_tags";
        DROP TABLE IF EXISTS "segment_sizes";
        DROP TABLE IF EXISTS "segments";
        DROP TABLE IF EXISTS "identity_lists";
        DROP TABLE IF EXISTS "segment_snapshots";
        DROP TABLE IF EXISTS "member_manual_tags";
        DROP TABLE IF EXISTS "tag_runs";
        DROP TABLE IF EXISTS "tag_categories";"""


MODELS_STATE = (
    "eJztPftz2ka3/8oOv3zODO1N3KTNR++9M9jGCQ0GD8Zt2tAhi1hAtdiletih383/fvchCT"
    "1WsiQLLCk700aw2rPI56z2vM/5T2tDFsiwvv+FzFsd8J8WhhtEPwSH26AFt9v9IBuw4dzg"
    "8/4icz4A55ZtQs2mY0toWIgOLZClmfrW1glmM0cYAQfrNiBLMIfa3cokDl6AB2LeAUg/6L"
    "YF7nVLpwsDy4Y2+p6tuyAaXVjHq+JLUIi/HTSzyQrZa2TShT79SYd1vEBfkMW+fmqx2Q7/"
    "Q0wHz+DSpvP+ZLO2d7OljoxFCDn6gs3k4zN7t+VjZ/qqj+1LPpc993ymEcPZ4P387c5eE+"
    "wD6NhmoyuEkUkflf2CbToMcdgxDBe/Hi7F37CfIh4+ALNAS+gYDP0MWjzAfqw1mw1Hk9lN"
    "bzKbtWKk8SACqHaHNIIZWemjWhwBK/YI3/379PSHH346ffnDj2/fvP7ppzdvX76lc/nzxm"
    "/99FU8zB5bYimOs/67/nDCHojQvSM2FBv4ymGgDQUUp9Ee+/waw//5Gppy7HvzI/inf1gU"
    "/x620wjgDewpsN/vxyDBBn6ZGQiv7DX9+urlyxT0/todn7/vjk/orBdhJA/dW6fiHsP3Hr"
    "93aJcHve70Qth1N29FdncItaeZUHuagtrTOGqhubLiuP3lZjSU49abH0HuQtds8H/A0K3Y"
    "EVLWFm7999LBGkMhmDu6YevY+p797P+2DoT9FGQz/LCVN5b1txHE8clV92MU/eeD0RlHGb"
    "HslclX4QucRUixP/HjG72HnQ0nSJ8+IsQaihFmD328U6V13Rte9IfvclLAA+sA98MUj2+H"
    "Qz7ifpjii9Gw1wHs3ym+7PYHvYsOENcoE852LGU6lVIOpdiLY9tos7Ul9EpkukGQx1lvWU"
    "R6eVjWe/rq9U+v3/7w42uf4/ojaYzWY6oB+Y7SqwBSo2DHQ+ybmiB2axJ27ORBahBE7dTY"
    "TqWYgSuJxDdBX5J26R7kiMfzM3DGSe/jJJ0zbnbuncFo+M6bHmWXYYTTrcieP4eYsod4kq"
    "ASlQafWdQ+tkSCTJOYeba5D1CK7F1dbB9ml/t6fgzjFxRptr5BCZs9CBjd7y7k996HOmqY"
    "JoKLETZ27h5JI0z/qncz6V5dh6hz0Z302J3TEGW80ZMfI++Hvwj4rT95D9hX8AcVRKOvjD"
    "9v8keLPRN0bDLD5GEGFwFN0Rv1sBaiuYGghWYOtnUjL9UjoCXQvUbvX4XI7OEklc4a3cIU"
    "71RSzUvmMKR6u6tC9ixvt7NdFKR6GFJRvSpUl7zs7tOH7DhmMaqHIdWJXh0ix9/tpY51a1"
    "2IzBFQReeq0Zm52ZZ3AVcPG2DuvQdoLmaxO+SUJM2N39qcbqIjEMMVJxLDJnvOvavzxkbb"
    "ltwLym+1H/GEziw6K6M7tAu0NdLutoSSsQMgYKDMrwkBXQjYa2iDNbTAHCEMFgTTFSxCb5"
    "roO6qAAKZxb5AFdLoT6NHOAE20oGut4l7Tg/6SxLn6iaNC+DzZbwlHasDdqvyqlfSr7qmW"
    "nQJ7mOMZLhtCiKAII86WrB5Xb75yaGdzaLsOi/y+o6bt69Js8oxNFBDFAmBKyaqKXJakWl"
    "dELOsvELZ1eyeTy/x7qYLZBm3myKRsik/WUWYB7QHugE2ouKORFdUhEBWKxFo/AwS1NTi5"
    "ozutDdhDWVuo0TXuoeGgF1SUMgheWQyY7nhg6PfIhZRJZ4f6GaloxtZiN/3V2Be+nhLTqi"
    "QdJItpHgWLhK14sFWWHFrX73kwCr9M8W89ytcns9F1b9i/6IDQV//u7bA/Ct52v0/xRe/X"
    "/nlvxm75H6f4vDu+oI/QAe6HKe59nPTGw+6gA7xP0Rc1W8xYppCxlIixqOgSek3zBDz6QA"
    "1wgIeR/OPrDEj+8XUiktmtMJLF8ZcDwT5Ald+johL46dssEvjp22QJnN0LY1g5ZL4VqTEc"
    "ueMKXvnEhRBYk9SvIwgOMaE9So04KS6JifQV/oB2MdkhgnxX6r7yF6oZGb56O80b3e9jEz"
    "74gm54A9K/n/7VyBYsoXtz3r3otb4+jy7kYl6iCe1p8pgelFn72dK5BFO9w2FgaAGo/mQh"
    "Y8esw1SfADodIQ5d2wKQ/gfmPC9naSEb6BjYcMVGNnBryXSechfPkuGjMT2Rjn6iB+5Kt2"
    "z2q4yrqCyfaqo5NYzP755P+r/2ckrBLlQHiOsUX/XG71j4vbhS1WTcvWHfxbWIWlJ+OP4G"
    "mfSAmtGfIwXYexS2EI+vmBP2eTwHR02FqxrGD+84oAhZyESmbGfQHvqIZ9Dt8MNw9Nsw7y"
    "HkgnWA+4EeQ90BPZTYv1N82RPfxLUaR9BcN+31AkpSFZlCKd/+QZg0VbJ+L0MKdpkmGIvw"
    "X7H1cxwce4jmHR1vsuzNN8l7801sb2quTyIrdr35CrcZcEt/DmF7Zm0kwuEZIQaCOAHLYc"
    "gIsucU9FCnsj9y3Df/bDQahExFZ/1oYsTt1VmPHrwc/3SSbicIGh7uto61Loh2D1ThPQ/e"
    "1xBjJMlWyCaCBMCrbKpuXfWH/dn1ePRu3L2iQkfg2xR3r6+pcnR9PcXXo5sOoP8wt88Z8/"
    "WcTXH/6no0nnSAuNI53fFk2BvTeeJDNdw4FnFMDc0sm5i55PUonGIQjzMIH2dwuSyEaxdO"
    "4TozrjW42UJ9lUuilIAqjGfGuImWyDQLOFfk8MoCUzh20z01NIqrIqeNB9e8vX8Qi0zYdh"
    "/D9yOZu1HgBrqTa+I+zpT0szXJUjfQrHhin3wFRfZKk53i3SpE7RCgyvOqGo1zBBQHnbDB"
    "qN2InOPCXn4YIwPacgOlJFS4nu92LGzh6+FDDQY6vmslhhvwu+0ModcGnZgx7mDyQNwYZg"
    "tYLCONYB4QYNEHAA8I3gF3R+zACQQWla948MC9rqEXHcB+CLFYaXSPTCA8jfHwgwP9hjTe"
    "OhxLwsZnoSEvIleFYFdOyE+OTahyYFtTqbHHvuQtyk4DCbCiRFFKJKciyJFfh/SDgtpu+T"
    "ZjFZWuotJVVHo+3aPiuYxCbL5iImOyVC1uZxGrueyZo/o+/b9/ISTWDhd4KRgx51S4FQsC"
    "ijJW74EY94hnFXKh2DHv9XsiyVwsZ8nHY3eVEFxJIdijYn4XRBhQiV9FxS/vXctNgQhgOR"
    "T4Zl6JoDcCWnnj6DyIBgppB2mZQLYMIbLCuMlYDsI0EM8H8azRX1wauiarBp9c+DkEpJpU"
    "hCTgMkpCKw0l+ZVQGsoBNJQzE+KwkB26kaqVzNmUbOpIMpVLVge+FV3giZWdkqV8jdI5D+"
    "v15pfDdivUD6r8UC7Vx6x8ybEix+g5JcSKmNKiVf691MNUE7NyVKvCdBFWnZNZWFzoHX1f"
    "kKSP4mOT1SGsDuGqoFYdwrU7hEMxfNBkyT+5joUQTINCk590PlSEs/VttJFxNT6eytF0Oi"
    "MzM7OQoCW4+XALHnR7zXv7bk1dQ6wAiEb3h7SuSGY4xeIUi6sKag9c3k6xuMOyOE9+zsfk"
    "IlAHYnP1OyICFR6YPSkfUoMgCqOS3qQ6S7ljTDCfwzACqIryFffZ2vSp5o4ti2dP6QMegl"
    "KOltIdLRSdFjQkbDK1tEEA6ohVDbwTqLZFDVSjtuRDqZ5eLUnOj5+hUgGl9YbXT5BorTde"
    "YYVktZXXXsheNHO9s3QNGoCYgGBDxwjwBdrgjqIFswg4Smq0Mnm6kgXmO66gMm1GWibzic"
    "spLVdpuVVBrTLk1lrLVTXjVM24uuJWCZxK4DyqwNnFBO82xLHOKFkF+mOyZ2xOqhgKvdmz"
    "uZieVSTFwAd1c5j/6163dCpFsiLrvhgpekmxTzC5VdXT1nqCMLr/62ViafIhGYVrnBxVlr"
    "dA5TpX01w4Jw4uwreCcIprVYVrVTz4t3ePeHGRGKsSN1L5E7r3nAPZchHnaA3vdeKYgEO2"
    "KT9ZOFtDZ26xBbNj8ERBXkH9X5aYQ3mMPAnxCWtl6RwSLuGhaY7ptQ5h3UQ8PTJ0Q6UsVj"
    "JlkZM+pwgRhFHigwo2eE7kBs+YnAJBBLSBMkFNZACJ5iqEgEp0zquaYeh5fPTPqW1WLALl"
    "wCfa1mS5uvLyfsnhEGEoFQ4ROtbKCIcwkYb0+4JFdkOgDWQ0Svk8mPJ5gZY61l2CyNXQwJ"
    "T2owopI747O7MLP6JNAvYQgHcFANAwyENbxJVznVJbow1keVQiytw7lWSu/LKWVS79arn0"
    "n1fhabQuGXysGIYn6EvCzo2AHbH53jOw/0nv4ySd/fsMZjAavvOmR2WCJKlsJs6iYsJZAF"
    "jJaKXLaJSNUTlLoiCmRazugVTAanrAakXEIlET8MaG7pErLRkobqeKQ65pwPJnPioJXSPz"
    "O7eI39YxtTW0uLxi03dW1yxwh7a2Z1sn5oLO+ovMf6ayzAPcWcBE7KVb8FS8pUk2YopEMD"
    "rYrzxBTjqO9aUmgtMzm+yXumnZM07XAspoHFq1haiy3dOATyB2DFjRusq0FpTSiIMllE6u"
    "3x6GOl4m2svDHrOl5fjZxIbGzNoivCiS6ScFbwyWj14flOogC1SIEHFYRYViVPAzrfmuzq"
    "PKxiGVHlu6HquCs5Pfl3p6GioenD1iIkRLokyLG+00NVoomFldCVuoL4RO2gZiT4EtVWFP"
    "3LbcbYC+2MjE0KCPyHTHF9IcwEKLSJtRBdqBe0CUPrGuU5+8rmu7mdexxR9gKLO2UPQa90"
    "fd7lUsHo49roqBe27ul5KCmNZRPoEN1qOLfOFsuUzJcjk69wTfrRxojoA1ENXlu4gqHCjV"
    "1KMl1ptzzyWy7vQYYPOSGMs/VeQsODfKQ9AN8I0e+oSJyDhFUP60xmyV3uYH6cvGS1zM8t"
    "ZKCEM1D9Xlp0UzP5sjMUsxHPeoMsHx3KePBLE4LiL49qCPeIpcd/sXOU8SDtMB7N8pvu6O"
    "J/3uYPD7bNy7vB1e9Pid6NgU7+96n6Ka2fMwAWGeLWzXVRXclFG3GVTQiLOleHMsJBP900"
    "JgIpBHjIPxR2oVCBOu5q0XMdQGwBpopa2vVTbulFUNp5LPuXoa40sI+w/EZ+hYlqlz5oJd"
    "fhgjAyYE3gaN7AO6Tg23wFdv03uj+60QlQ+eiKUxX6RJKDq4R4fvqSSvjrfhHvHszPwNXm"
    "4Ls09iebYw+wWZ00W5SyrpLvHIFSNBIv4DEE3SskoLUGJ9QPJVdQ9ANMdWXy4+8xrLQkDK"
    "05TBDlzlLg+1Pg+q2eah1ij924Hc85ADpUEQxbZkReuxbs8KN9CQQTcJzceu0LFhAeBFCB"
    "GFVER4uiG8wHEjhW2MLby0Q0f5Gqqw0YVpIK8eHoRSp0wu5MdskxFaxAlxSUykr/AHtIs5"
    "rVPMkDUkQpJ9jQ6b8ME3H4V2H/3r6d+MhFPnvHtz3r3otb4+T/C1a9iU2On2Js9kI13Atp"
    "ol/lpMZ4VULLJhCcSs1Ar7CrEkotqdLaKoZZHYT12u5NItygh4LCOgIGXOcN4QkKr28qiB"
    "Rcn0FRB1Ehx8ySlyPkA1MuPY7zUmM86X4ItU4QuBNtAdXxP3u4q6UFEXqQUQlFqp1MrnJ0"
    "Ld1cquJkqCSPRK71Y7TbE00GLF6saIuTn6WIhMsn9ZYA4NtjWYOkjoOLQsZIMTCLaEYhOw"
    "bdIGD1RfpKNbSgpN30LDH5kT7FiS7N/Sf2GKp/gzvIc634ifqea6AJ+XJvkHYfrFpKsCDW"
    "pr/iOs5hYVqU0dWT+Dz/fI1Je7z6wc6T2y2M0NQH870EhONw5l2fHHlaQaB8aV5ls5zbfK"
    "3Z8ayqVCOjF/OWKoTylB7wE0MKbjdZZsmtfJ2TSvY9k0/kGY094QBFNOlWJbWzCdfIjfwy"
    "isFzxQWKnxGUYrWKR4bAxYJc/kSJ6pYbpl93zS/7WX057mQnWAuE7xYHT+gaVSiusUnw9G"
    "N+y7uEaF3iys4FUWVvAqmRW8irdfViaYb9AEo2qPNY3qEntrlWqPdSkL1WBSg5PA3XYWa4"
    "U/PaPB4j15ABtHW3OfNTCIzTzXTMXfAZuQO3BCEa0z3v6CObdX8B4B9meDE4/nS0wUJa2p"
    "fOOVliBTemoyUuc2EAShVHfowt5aIu9mmob5PYzC+9PCj3MaDTbHr1ndCMRXhHP32IklY9"
    "riRhZ+7RrTs/HqLgZ0QYQX3xEqhIENuUcbukCH9wRDyyXSbEDoHM8WxU35wkDS5p8f1jtJ"
    "EFtZq0oN/q77xD1f9AXabImNsLab3aGdzPYfmh9QpP5klURNtJz5fEI5CKrJ/sMkzHEchu"
    "DUkViYFyXXXnzcpvSk8otHQn/rfNy76E86QFyn+KJ3xr7yyxT3Pl73x70OENcpvhz3en/Q"
    "7+I6xbdDb8T7NMXno+HN7VVvdjke/dEb0pVD31nxr19745seq/3FP0xx9+KX2xv6o+JaxG"
    "JVfimw5gohrZ6EEZ1Y+gqjRVwDrdLLKDglC4uwJT3zHndt7CEr6+AIEEc8cz0oY62JadM/"
    "XlL4Oo0sIbDq0uS3NbQBZajGAmBigzkCNryjpGGib6XJEpURpYwsSY6LgVaZjxV0ep++zM"
    "Y40jhHjHWEJOtc70MUskHZ98c+kIhj5ivhvIdoXNnmV5l2+auUXf5KtsuhJescnJay40E0"
    "DsMHOUdYo19oE0ngbDKOgzCNw/JB9rFyTSdjv55OyhJqMh7S1Dkg0kBqNtzOYOY0SNYA6i"
    "6gO3Sh2+BBt9fggQmxJtpQ6lrMm6jbbTpGpVg6AX3Z6hS3fMBEbESjDyea/gqzJAE8NZje"
    "kqXuHux3HvdbRs2c7k/4Zs7gd2XkVEbOip+4yuH2LSFeHJPsuXLhPgSm0F8Y/QiauJDkFw"
    "JsoOBXE0FPEo0WD0IMCAB5qRyCVO3Oq0zleth7jmbXPIimzCRz+gizLTRl1eiSUR0DPKJl"
    "YmtAe0nMTY0tFNWNAfwWZATOBPJ2wQlAqSSeHEk8GjTppt0ik1UbiuM8pRB0BK66zsSbNU"
    "sEZw+sowUg98gE0LWMxCPKUt+E0upgCuwVF5Rk8LURl1o9jnovJd8jDONVGclRdzmqInbR"
    "K4gdaEzgqiWxju5vttNspG5m/IbPntlwldlUyruIiiyLq+7wtjsAFJruCPpuWjZcLkVuBX"
    "TrRciMoAVWkIZ5UiiXbe/z/FU7kwoJB8mWzD3pMvKtPUCTRLTSGFOV62M0dXfvsZ+7JfPT"
    "OjFXbjMfuCInffcpH5zNc6nSIaAGovkgCrSLtPyCbQhQ2XmV5JoguXJ+M2HSpkx03d/NIr"
    "vmEVr94mVM0mT9pizuRueLA1Ea22oDA+pU0XRsAHlhMWA6GHym/1AG+RmINefIkom0pa//"
    "hDzk48gCSs7NVLGbEzen09KHaZKoe/S+3AtZAemuacJdgm3Gg4hg/ZClo5+HY91cdQcDir"
    "JPf0aQ5h5UudAWgGk84i4Ho+7kbQxtqnqLkpsOKzdRmejc7eAoE5yCt1MlJ2ZFcVtBZk8A"
    "B5gu5Fl9uXzj/hbl5wjJpKHHAUous/KtWO2eaC9KllPy9m0tt2Vro/uJ8GsO1HrzG2izOE"
    "jyxxaaKCEmNvFYCMGoXs5x6VmleqhUjyMLOBdoqWM9qSRdeMKjQs7Cn5tZyqFgHZGTodtg"
    "gyDm2RcEkAds8dyMNXlgt3QLaGSzdeiOdVMxuAjj3tIxcCypUFT6+kqGUjJUVVCrZKhay1"
    "CegpZPiopAKTkq3rH3Acva+aRkJXsADdy5B/FYBp8shucJ+pKwdSNgDUgAT5NDex8nIRE0"
    "1hTQF0MHo+E7b3q0U+A3Vu+rO5mM+2e3E1ZA3vvIanZdXdMPrGq8+2mKJ/3emI2I6xRfjS"
    "56gw7gF/qNh7h13FC3qGCY6cU5zfLenCa/NqexkhSOIeGnyd01vfnVaK7JfrZJzTXp3XXR"
    "VykAfsRD7KLbH/yekwICqAP4ZYrfj27H7Ku4lvKalN6MoYadMi7G3ctJbsowIEoZdpni0X"
    "DQH9JTT1zp98tLd0B8YIUJJ31+4rkfqkEtHlQ3o+hzDQJZD7coXDUOuUZ1ELZ2lo02caKk"
    "pgbtgVRmUJ7MIGW7/UZstyoGoclUl8QkVKmDzASuxk6SqZ7daT9mozedrMZ51n52SX/eNY"
    "zzVjOiVLzYxsCAOxZWecJCQlmYJWPlbS/u8kUgFHMLTfqwNh2VN7k9yK+onjKVDhpMtuj/"
    "Rea5ozf3MKomadHgzRrqXePb4bA/fJdX83LBqCYlPkzx9e3ZoH/znmlX/scpvqRKMxsS12"
    "roW9CakaVc2pC/Gj5AmpBRQwEjBbFMSIhFJjN85NJQAyBKOS1dOU2Mek4mSHLQsyLI0wnC"
    "xadc9NhDVIMcjbJQu4lBmrz04WP5RNrxqx8euFV2ad5hKqiYxXT2MKTS2auis2ex1LDANG"
    "tdiOwR0NpUjlHpIse1zfQXCNu6vRswtiex0ITut9PsNLo7c8Y4aPaOgc7WIHCBFpzx8trW"
    "Yh0dWYCimBj39J5N3LRZC5xAMNftDdy+EKWxmdHFwRtoa3S3A5M8yJJuD/Yzyl5TaTtBsr"
    "1GhQkeuF8PPQHzioEhmCYlNJddu6c+8nWNcOuf7nm0yRBQNRTKRun3ggfLGCWGZkKa+R4m"
    "Ggyws0Uma812ehrzc/HoI53i/Kw/7I5/lwdsnknwfvb7pNeN5akLcSlnJaUIWAOZpWqXpL"
    "T70Lxa5tDdoBXrod6SKHzerXaarmeJSZkT5izI1CvoLHSENQT2KXfgZGEZgJ38gBUUfwHc"
    "IFVWxRdzpcti3NUxpHlyZS2rtDilxdXwaDy8FqdSZp4pZWYRSmDOqo2EoY6vjjyPDKxyLb"
    "6xXAsDWvbM0v+RHP1prDcEpiKuikZccTQilglRUGeRLqAcVFVzUMkU1HzWgDBUA2UuZQxQ"
    "xoAMr5hKyvgWqV7xpAzXznPD5KFkM9CNKy49agriglWOHA2X/zNbDe/uIkw57mIilYKtyM"
    "w1vNvLAsYbOT1poSxdsL2/ze2CHRRZVN/ralqEwiTLToUwXJMcpMdOyMitlz1JJVNIZyMq"
    "v6JQfsVTtNgDKLA1QmbFBa0qOttuMNxaa5LmdPOnZJO43NmZvXBLk/yDsBvi6AdCQk9Y2s"
    "c8ttkV/I83U1+8YG40OlODmy3UV1jmjCt5deWTqzTvqasE1lR61MknejAv3VE8osox97z1"
    "gZR+cfwzRYVhPk8YpvK7KL9LFbBfTwt8xYMwu8jUtXVLog66d9ppWiDcz3lM9Uums+oLUK"
    "2+APfItKSiZUp/6D1IA0/60zdvssjwb94ky/DsXsRaupWIMskYdqc3ELuH4aME20iWnpZW"
    "tMYHUbpRTt3oWZnZ1/8HnESnkw=="
)
