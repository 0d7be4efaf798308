"""The world the demo data is drawn from: member kinds, channels, cities, the category tree,
brands, names and event definitions, with the weights that shape them."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np

END = datetime(2026, 11, 1, tzinfo=UTC)
DAY = 86_400.0
KINDS = np.array(["LOYALIST", "REGULAR", "CHURNER", "ONE_TIMER", "PROSPECT"])
KIND_WEIGHTS = np.array([12, 33, 20, 17, 18], dtype=float)
CYCLE_DAYS = {"LOYALIST": (6.0, 14.0), "REGULAR": (18.0, 45.0), "CHURNER": (12.0, 30.0)}
CHANNELS = np.array(["MINI_PROGRAM", "APP", "POS", "WEB", "IMPORT", "PARTNER"])
CHANNEL_WEIGHTS = np.array([40, 22, 22, 7, 5, 4], dtype=float)
ORDER_CHANNELS = np.array(["MINI_PROGRAM", "APP", "POS", "WEB"])
# Where members of each registration channel usually buy (index into ORDER_CHANNELS).
HOME_ORDER_CHANNEL = np.array([0, 1, 2, 3, 2, 0])
# Shanghai local hour of purchases: lunch and evening peaks.
HOUR_WEIGHTS = np.array(
    [2, 1, 1, 1, 1, 1, 2, 4, 6, 8, 10, 12, 14, 12, 10, 10, 11, 12, 14, 17, 20, 20, 15, 6],
    dtype=float,
)
LOCAL_OFFSET_HOURS = 8
# fmt: off
CITIES = [
    ("Shanghai", "East China"), ("Beijing", "North China"), ("Guangzhou", "South China"),
    ("Shenzhen", "South China"), ("Hangzhou", "East China"), ("Chengdu", "Southwest"),
    ("Chongqing", "Southwest"), ("Wuhan", "Central China"), ("Nanjing", "East China"),
    ("Suzhou", "East China"), ("Xi'an", "Northwest"), ("Tianjin", "North China"),
    ("Changsha", "Central China"), ("Qingdao", "East China"), ("Shenyang", "Northeast"),
    ("Xiamen", "East China"), ("Kunming", "Southwest"), ("Harbin", "Northeast"),
]
CITY_WEIGHTS = np.array([13, 12, 8, 8, 7, 6, 6, 5, 5, 5, 4, 4, 4, 3, 3, 3, 2, 2], dtype=float)
DISTRICTS = ["Central", "Riverside", "East Gate", "Station", "Plaza", "Outlet", "Airport", "Park"]
# Top-level code -> (name, "LEAF_CODE:Leaf name|...").
_TREE = {
    "BEAUTY": ("Beauty", "SKINCARE:Skincare|MAKEUP:Makeup|FRAGRANCE:Fragrance|HAIRCARE:Haircare"),
    "APPAREL": ("Apparel", "WOMENSWEAR:Womenswear|MENSWEAR:Menswear|SHOES:Shoes|BAGS:Bags"),
    "SPORTS": ("Sports", "RUNNING:Running|FITNESS:Fitness|OUTDOOR:Outdoor"),
    "FOOD": ("Food", "SNACKS:Snacks|DRINKS:Drinks|COFFEE_TEA:Coffee & Tea|DAIRY:Dairy"),
    "HOME": ("Home", "KITCHEN:Kitchen|BEDDING:Bedding|APPLIANCES:Appliances"),
    "BABY": ("Baby", "DIAPERS:Diapers|FORMULA:Formula|TOYS:Toys"),
}
TREE = {
    top: (name, [tuple(leaf.split(":")) for leaf in leaves.split("|")])
    for top, (name, leaves) in _TREE.items()
}
TOP_WEIGHTS = np.array([26, 22, 12, 20, 10, 10], dtype=float)
PRICE_MEDIAN_YUAN = np.array([260, 200, 330, 35, 150, 140], dtype=float)
CONSUMABLE_TOPS = [3, 5]
# Preference multipliers per top-level category for FEMALE, MALE, UNKNOWN.
GENDER_AFFINITY = np.array(
    [[2.2, 1.3, 0.7, 1.0, 1.0, 1.3], [0.4, 1.0, 1.8, 1.1, 1.0, 0.8], [1.0] * 6]
)
BRANDS = {
    top: names.split("|")
    for top, names in {
        "BEAUTY": "Shiseido|Lancome|Estee Lauder|SK-II|Perfect Diary|Florasis|L'Oreal|Clinique|"
        "Kiehl's|Pechoin|Proya|Winona|Sulwhasoo|Laneige",
        "APPAREL": "Uniqlo|Zara|Bosideng|Peacebird|Urban Revivo|Semir|H&M|Metersbonwe|JNBY|"
        "Heilan Home",
        "SPORTS": "Nike|Adidas|Li-Ning|Anta|Decathlon|Xtep|361 Degrees|Peak",
        "FOOD": "Three Squirrels|Nongfu Spring|Luckin|Bestore|Yili|Mengniu|Want Want|"
        "Master Kong|Heytea",
        "HOME": "Muji|Supor|Midea|Luolai|Joyoung|Gree",
        "BABY": "Pampers|Feihe|Babycare|Beingmate|Goodbaby",
    }.items()
}
ITEM_WORDS = [
    "Classic", "Essence", "Light", "Plus", "Pro", "Mini", "Limited", "Daily", "Gift Set",
    "Value Pack", "Fresh",
]
SURNAMES = [
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun",
    "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo",
]
GIVEN_NAMES = [
    "Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie",
    "Tao", "Ming", "Chao", "Xiuying", "Xia", "Ping", "Hui", "Ling", "Hao", "Yu", "Xin", "Zihan",
    "Yutong", "Haoran", "Yichen",
]
# Mainland mobile number segments (first three digits) of the three carriers.
PHONE_SEGMENTS = np.array([
    130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 145, 147, 150, 151, 152, 153, 155, 156,
    157, 158, 159, 166, 170, 171, 173, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 186,
    187, 188, 189, 191, 193, 195, 196, 198, 199,
])
# fmt: on
EVENT_DEFINITIONS = {
    "view_item": {"item_id": {"type": "integer", "required": True}},
    "add_to_cart": {"item_id": {"type": "integer", "required": True}},
    "pay_order": {
        "order_id": {"type": "integer", "required": True},
        "amount_cents": {"type": "integer"},
    },
    "sign_in": {},
    # The recommendation tracking events, as domain.recs.slots defines them.
    **{
        name: {
            "slot": {"type": "string", "required": True},
            "strategy": {"type": "string"},
            "item_id": {"type": "integer"},
            "item_code": {"type": "string"},
            "position": {"type": "integer"},
        }
        for name in ("rec_impression", "rec_click")
    },
}
WECHAT_APP_ID = "wx8c3f5a2b9d1e4f60"
