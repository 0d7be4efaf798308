from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "job_steps" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "job_id" BIGINT NOT NULL,
    "step" VARCHAR(100) NOT NULL,
    "attempt" INT NOT NULL,
    "done_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_job_steps_job_id_d0f63f" UNIQUE ("job_id", "step")
);
COMMENT ON TABLE "job_steps" IS 'A checkpoint: a step of a job that has been done, so a re-run resumes instead of redoing.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "job_steps";"""


MODELS_STATE = (
    "eJztXXtz2rgW/yoa/rndmWxvS5s2N3vnzpBAu2wTyBC627vNjkfYArQxEusHKbM33/1Kfj"
    "9kx3YMGFczbQBZR5jfkY/OS0d/d1ZUQ7r58hc665yDvzsErhB7E20+AR24XoeNvMGCM93p"
    "9yedOQ1wZloGVC3WNoe6iViThkzVwGsLU8J7jgkCNsEWoHMwg+r9wqA20cADNe4BZG+wZY"
    "INNjEbGJgWtNBLPq5GVTYwJovqQzCKv2ykWHSBrCUy2EBf/2DNmGjoGzL5x68d3tt2fohh"
    "EwXOLdbvD95rfa/MMdK1GDhY4z2ddsXarp22C7wYEuuD05ff90xRqW6vSNh/vbWWlAQEmF"
    "i8dYEIMtit8m+wDJsDR2xd9/D1sXR/Q9jFvfkIjYbm0NY5/JzavYGwraMoo/FUuR1MFaWT"
    "Yo1PEYHaa1Ip4Wxlt2o6ACz4Lfz4r273zZv33Vdv3p2dvn3//vTs1Rnr69xv+tL7R/dmQr"
    "TcoRzMhh+Hoym/IcrmjjuheMOjQwMt6FI5PArRd15T+F8uoSFG3++fwJ/9sCT+Ptp5DPAb"
    "Qg6E830fLFjBb4qOyMJaso+vX73KgffX3uTy597kBev1QxzkkXep617jeIf43qNtGXi97p"
    "XQ9SZvQ2Z3DNpuIWi7OdB209BCY2Gmsf3ldjwSY+v3T4CrYdUC/wM6NlMipK4p3Pn33CYq"
    "hxDMbKxbmJgv+df+p7Mj9HPA5vjwkVem+ZcexfjFde9LEv7Lq/GFAxk1rYXhjOIMcJFgRS"
    "jx0xN9QOyVw5Ahu0VIVJRiTEi9P6nSuRmM+sPRx5Ic8MnOgffmjkw+j0ZOi/fmjvTHo8E5"
    "4H/vyIfe8GrQPwfua3IRLiaWCkmlHKGUenAsC63WloBfmYtulOTppbcuJr3a7dLbff32/d"
    "uzN+/eBitu0JK30PqLakS/Y/yqAGqSbH/Anh4JsGuDcrFTBtQoiZypqZnKkIELgcY3Rd+y"
    "ZmlIskfxfICVcTr4Ms1fGVdb78rVePTR755cLuOAs6nI77+EmhJSPEtRSWqDB1a1962RIM"
    "OgRplpHhDUons3F+3dzPLAzk8h3megWXiFMiZ7lDA53z3Kl/6bY7QwDQS1MdG33hzJY8zw"
    "enA77V3fxLjT700H/Eo3xhm/9cW7xPMRDAJ+G05/Bvwj+J0poslHJug3/b3D7wnaFlUIfV"
    "CgFrEU/VYftRjPdQRNpNjEwnpZridIa+D7ET1/DWKzj0kun1U2hRnuTFMty+Y4pXy6m8L2"
    "Ik+3vdYqcj1OKbneFK4LHnbv7mN+HKMa1+OUUqI3h8npZ3uOCTaXldicIJV8bhqfeZhtfh"
    "8J9fAGHt57gIampK7QLs3qm7606q6SLZDAhcMkjia/zzDUeWuhdUccBXUunTwRCVVM1qtg"
    "OLQH1CVS79eUsfEcQMBJeVwTAjYQsJbQAktoghlCBGiUsBFMyi4a6EdmgABuca+QCTCbCU"
    "y0c0IDaWysRTpqutNvEgRXvzpQuDFP/l1uIDUSbpVx1UbGVUOuFedASLM/x2VLGBFVYVzZ"
    "UjTi6veXAe1iAW0vYFE+dtS2eV2bT54vExVUsQiZNLKaopdlmdYNUcuGGiIWtrYivSy4lq"
    "uYrdBqhgy2TDmdMSqsoD3ALbAoU3dUumA2BGJKkTvWTwBBdQle3LOZdgL4TZlrqLIxNlC3"
    "0Q9MldIpWZicmM14oOMN8ihF2tmuvkaomvGx+MVgNP7BGU+qaU3SDrLVNJ+DVdJWfNomaw"
    "6dm5+dZBTn5Y78NmDr+lQZ3wxGw/45iH0Mrn4eDcfRy97nO9If/Dq8HCj8UvD2jlz2Jn12"
    "C+fAe3NHBl+mg8mod3UO/HfJB7VYzlihlLGcjLGk6hJ7TMskPAZELQiAx0F+97YAyO/eZo"
    "LML8VBdsVfCYADgiY/R1U18O5ZEQ28e5atgfNrcYRlQOZ70RrjmTue4lVOXYiRtcn82oPi"
    "kFLak9xIs+IDNRBekE9om9IdEuB7Wvd1MNCRseHRn2l+aziPDfgQKLrxCch+P/vVyHKXhN"
    "7tZa8/6DwexhbykBdYQiFPnrKDCls/a9aXEmZ32JwMaYDZTybSt9w7zOwJgFkLtdnYJoDs"
    "H5g5+3LmJrIAJsCCC96ygmtTZPPUO3iRHT4qtxNZ61cmcBfYtPi38lVF7vJppplzhPn5vc"
    "vp8NdBSS3YozoH7usduR5MPvL0e/eVmSaT3i3/7L5WMUvqT8dfIYMJKIV9Ha2wvCdpK63x"
    "DQvCHiZysNetcE1DfPeBAwaIJlKZismgkHqPMujz6NNo/NuorBDyyM6B94aJod4VE0r87x"
    "35MHA/ua/NEEEzbFhLDQq2KnKDUjz9ozR5puTxPQw56HJLMJXhv+DjlxAcIUX7RMdpkbl5"
    "mj03T1NzU/ViEkXR9ftLbAtgy74OEUsxVwLl8IJSHUGSgXKcMgH2jJHuSioHLft98i/G46"
    "uYq+himNwY8fn6YsAEr4M/64StDEXDx25tm8uKsPukEvcyuC8hIUiwW6GYChIhb7KrunM9"
    "HA2Vm8n446R3zZSOyKc70ru5YcbRzc0duRnfngP2h4d9Lnis5+KODK9vxpPpOXBfWZ/eZD"
    "oaTFg/900zwjgmtQ0VKaZFjVL6epJOLhBPLxABZnA+r4S1RyexLoy1CldriBelNEoBqUS8"
    "MOIGmiPDqBBcEdNLD0zl3E1PaqgMqyrSxqdr39zfiUcm7rtP4f3Ezt0kcQvDyUcSPi606W"
    "dt0DnWkVJ9Y594BMn2RrOd4W5W4naMUO7zahqPSyQUR4Ow0azdhJ7j0X74NEE6tMQOSkGq"
    "8HE+26m0hcfdpxpc81hdJzPfwL18UiD52gn6lSgUyv4P+8ChOncSAhgZNWZI8xKcAZtYfG"
    "sa1TfISYDmfUzb2OANFSRZ1zPk02kGMpegmbkEHhfLW0txwl0lo7WVI5EtWN6zVpoDCcJ6"
    "OPDdPBJRwwmaZUN+PkWTXccVjdOdVHelaw6IqIZXNspRmhbivBMnAPvGuY5VUeHK7Bp1MS"
    "JZTzdmKNRRvU6m+Gc/Eu1K8W/IxlDXBLm1oAey0EJxLxexUMyg55MGyg0yfvRshrVtqEto"
    "uscNMPGBVRPco7UFZlvHfqCGxnr9SWc/Aag/wK3JLAz+/Gv828HcoCu3iyBJemff8gwzZj"
    "87OqRRU8SomWPDtBSHr5WqIiWppcOsaQ6zWOlK+Axmp4glr5vMa5dTKrVJmZolCSpZSDxp"
    "AlvUgrpirhHRFBURkfmQt4gJyVuD8t7dEcwc0lAlRqRpJReqcUFl6CyosXVndSlrOkUpTe"
    "raTWpZ0Db7eTlOk1qw/AeRvAaY1BcGJAmDL3rhJM+MnvEuxQzobC7XHGH7XsJrz1SRsm1M"
    "lfG5jDfb71+PJ7tBp8HVn8gpTzGsPxjTEDF66SlHIkkaXMsVpp56VaJWHWGD8Nq83B3oK2"
    "fseUGCU1Sf6iyFsBTCTYFWCuGjE8KxDF5o8K1/pcRCjKZFGxOeJR8asrINLbQSrWpOe+6K"
    "hlmPwouZiVxegttPn8EDtpbOyd5rA6uIl/9x/D6ida0wnVzi5BLXFGh3XNxSLnG7XeICT2"
    "gpwZCg2tEyd3wiIlLfhfuTyoEaJZGICk4mxnzDbfmAS4JQluSsngZtsbua2ZZoN0t2sCVO"
    "JQMttQdaGJwm1AXLZG5hkwjVHmua+BLoaEuayKhWtlCSUa0dGK23TvUUgdV665dVyTZbnc"
    "orxUvmLrcmVqEOqAEo0THhGZtsgBNwz2AhfFMZYzVaGM5mRZOnb3IDlVszwiK5zxxOWrnS"
    "ym0KtNKRe9RWrqwYKStGHiu2UuGUCudeFc4eoWS7orZ5wdjqwp/SPVN9ctVQ6PdWZm73oi"
    "opAQEp0NAGq+ifG2xipkXyIxYCNdI9SY6/g9kH1T1vrGcoo+GvF6ml2UIySdc6PaquaEG2"
    "ytrkI3zauuUr4gOnNqmybkXp5KrVlFWr4ftpBxvklBZKLVXuhdz1CW384ECx8j4ztIQbTG"
    "0DOJQnbD3R7LWOeVhM83e1ms75Cf8w3T5sjRHX9XnGWEXODYofBqWqtuEfHMTPEvLtyNiF"
    "Ul4VWQWoXumZvZY5rC+pQkRppPogkw0OCW5UxpRUCBKkLdQJjkQHKLT/92BKd9McQ4eJ0R"
    "/S2mxYBsqOJdra4OWvxMU9s9Mh4lQyHSIm1upIhzCQivCmYontGGkLFxppfO7M+OyjOSbY"
    "Y4jYDI10OXnSIOXM93oXDuEnrEnAbwI4Z4IAqOv04cTNK3dsSnWJVpDvo3KzzH2pJArl1z"
    "WsDOk3K6R/WIOn1bZk9LZSCE/Rt4yZmyDb49GbB1j+p4Mv0/zlP1hgrsajj373pE6QpZUp"
    "riyqppxFiKWOVruOxpYxpmcJDMS8jNWQSCas5iesNkQtGvOaXiJlyL2QqwK5FR+L6j1riD"
    "W3SOQJcNkL2HMMXngnCJ4AJnCRQaDObpG7GX4QJixWGkSg03yNnlzoEzG91fWtx/zz3gER"
    "W+UeuyVKggYOmbmG7rGIQesG6mzqOs57frvSYX9oz0tOvmTe4ZcZeVHHceBl5dS+Qpl9JQ"
    "6mjD5bJWBOkLUQ6vr12QZ7ddsqWlLHCIWrRNGZniJsX8Zl/VJFvASXhjxG3QJDbtcSJqHj"
    "VIE8oGzfNH/dPSsAOOuVfRQFv5Y4/pPvx1HKbuyIU7UP6h0ce2tByxZEiYodgx5S71GK3P"
    "SG/ZKSxKHhR5cP++5J5sPe1dV/lcngw+dRf9B3DzWPt92R8Kr/LmmZHWYRcOslVy60LLeb"
    "yyrL7eCCSu01w802kUj1z/PXJSj36LQLWo7KaxcvPYYrnRgckrUweH0kwepCWVLywKlsOf"
    "fd5ihEDkzB5LlnBjtO9is2zhFOgUd/0icPDU7rB89EaeIM0iaIdh7RceZUVlTHn3BPRHaU"
    "YILXW2/9qzs8H5h/gyjoIsMljQyX+OxKsSAT/whFm6ys2iqm8aKl5UrQRSja46uvF8+yzr"
    "IYkYw0FfADN7kk5VHLg2bWpDxqSP+yoRN5KAFplEQuW6IKewRbSuVqnyLqNsG87+1EK34i"
    "YxVGJCklE57vCK8gboS0rfGF1yZ0ZKyhCRPddQ2UtcOjVFLKlAI/5ZtM8CLNiA/UQHhBPq"
    "FtKmid44Y8QiZk+ddYswEfAvdRbPaxX89+M3KDOpe928tef9B5PEzytefYFPjpQpdntpMu"
    "4lstkn/tdue7vky6QrziK9R1/hESQUa119vNohZlYj93uJr3mUkn4L6cgC4rS6bzxojk1r"
    "QnHSxSp2+AqpMR4MvemhYQNGM7Gv++1mxHCzT4KiUDYqQtDMcfSfhdZl3IrIsMrkuzUpqV"
    "TWHCsZuVPWRgddkR1YR2r5zkVoIO+9Sa9iGriBywisgGGWbJ4xUiJC2MiXdPT4tsRzg9zd"
    "6PwK8lrDb2UJVA2OveQnRfFzoh5HXOCSGvBedgUmJ5dYKLGmQRkv2bZIfR92szvg5aoOLx"
    "/9Q8QqA="
)
