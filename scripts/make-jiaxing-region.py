# How data/jiaxing-2025.json is made from data/zhejiang-2025.json and Jiaxing's published figures
# (docs/DATA.md, "How to make a region file"; sources S61-S64). Run from the repository root: python3 scripts/make-jiaxing-region.py
import json, math, collections
z = json.load(open('data/zhejiang-2025.json'), object_pairs_hook=collections.OrderedDict)
K = 5.584 / 66.27  # Jiaxing's share of the province's residents, 2023 (S61, S15)
k_zh = "嘉兴未单独公布：全省数按嘉兴常住人口占全省比重 8.43 %（558.4 万 ÷ 6627 万，2023，S61、S15）折算"
k_en = "not published for Jiaxing: the province's figure scaled by Jiaxing's share of residents, 8.43 % (5.584 m of 66.27 m, 2023; S61, S15)"
keep_beliefs_out = []
f = collections.OrderedDict()
def fig(v, unit, rng, source, conf, zh, en):
    return collections.OrderedDict([("value", v), ("unit", unit), ("range", rng), ("source", source), ("confidence", conf), ("cite_zh", zh), ("cite_en", en)])
money = {"plan_funds_bn","special_funds_bn","credit_bn","standards_spending_bn","county_spending_bn",
         "reported_total_completed_bn","reported_urban_completed_bn","reported_rural_completed_bn"}
for k, v in z['figures'].items():
    if k in money:
        val = round(v['value'] * K, 4)
        if k.startswith('reported_'):
            rng = [round(val * 0.7, 3), round(val * 1.3, 3)]
        else:
            rng = [round(v['range'][0] * K, 3), round(v['range'][1] * K, 3)]
        f[k] = fig(val, v['unit'], rng, "assumption", "A", k_zh + "（全省：" + v['cite_zh'] + "）", k_en + " (province: " + v['cite_en'] + ")")
    elif k.startswith('reported_') and k.endswith('_rate'):
        f[k] = fig(v['value'], 'share', [0.45, 0.75], "assumption", "A",
                   "嘉兴未单独公布：取全省同期完成率（S1）", "not published for Jiaxing: the province's rate at the same date (S1)")
    elif k.startswith(('plan_share','special_share','credit_share')) or k in ('execution_speed','plan_growth','special_funds_years','hukou_reform','standards_effort','county_capacity','mountain_share','credit_take_up'):
        g = dict(v); g['cite_zh'] = "沿用全省：" + v['cite_zh']; g['cite_en'] = "the province's: " + v['cite_en']
        f[k] = g
    elif k.startswith('start_standards'):
        g = dict(v); g['cite_zh'] = "全省统一的基本公共服务标准，嘉兴同样适用（S1）"; g['cite_en'] = "the province-wide public-service standards, which apply to Jiaxing too (S1)"
        f[k] = g
    elif k in ('start_city_income_gap','start_mountain_relative_income','start_mountain_urbanization','start_registered_urbanization'):
        g = dict(v); g['source'] = 'assumption'; g['confidence'] = 'A'
        g['cite_zh'] = "嘉兴无此数：沿用全省值，仅作占位（结果不适用于嘉兴）；全省出处：" + v['cite_zh']
        g['cite_en'] = "no Jiaxing figure: the province's value kept as a placeholder (this outcome does not describe Jiaxing); province: " + v['cite_en']
        f[k] = g
    else:
        keep_beliefs_out.append(k)
# Jiaxing's own starting point and trends.
r22, ratio22 = 46276, 1.56
decline = 1 - (1.56 / 1.61) ** 0.5          # ratio's yearly relative fall 2020->2022
rural25 = r22 * 1.061 ** 3
ratio25 = ratio22 * (1 - decline) ** 3
urban25 = rural25 * ratio25
u25 = 0.746
all25 = u25 * urban25 + (1 - u25) * rural25
def around(v, p): return [round(v * (1 - p), 4 if v < 10 else 0), round(v * (1 + p), 4 if v < 10 else 0)]
f['start_urban_income'] = fig(round(urban25), 'yuan', around(urban25, 0.04), 'derived', 'D',
    "2022 年农村 46276 元 × 收入比：2022 年 1.56，按 2020–2022 年（1.61→1.56）每年 %.2f %% 的降幅推至 2025 年（S62、S63）" % (decline*100),
    "2022 rural 46,276 yuan × the ratio: 1.56 in 2022, carried to 2025 at its 2020–2022 fall of %.2f %% a year (S62, S63)" % (decline*100))
f['start_rural_income'] = fig(round(rural25), 'yuan', around(rural25, 0.04), 'derived', 'D',
    "2022 年 46276 元（S62），按当年增速 6.1 % 推至 2025 年", "46,276 yuan in 2022 (S62), carried to 2025 at that year's growth, 6.1 %")
f['start_all_income'] = fig(round(all25), 'yuan', around(all25, 0.04), 'derived', 'D',
    "城镇与农村收入按城镇化率 74.6 % 加权（推算）", "urban and rural income weighted by urbanization 74.6 % (derived)")
f['start_population_m'] = fig(5.71, 'million_people', [5.62, 5.8], 'derived', 'D',
    "2023 年 558.4 万（S61），按 2020 年普查 540.1 万（S64）以来每年约 1.1 % 的增长推至 2025 年",
    "5.584 m in 2023 (S61), carried to 2025 at the ~1.1 % a year since the 2020 census's 5.401 m (S64)")
f['start_urbanization'] = fig(u25, 'share', [0.736, 0.756], 'derived', 'D',
    "2023 年 73.2 %（S61），按每年约 0.7 个百分点推至 2025 年（假设）", "73.2 % in 2023 (S61), carried to 2025 at about 0.7 points a year (assumption)")
f['urban_income_growth'] = fig(round(1.061 * (1 - decline) - 1, 5), 'share', [0.025, 0.06], 'derived', 'D',
    "农村增速 6.1 %（S62）与收入比降幅之差", "rural growth 6.1 % (S62) less the ratio's fall")
f['income_ratio_decline'] = fig(round(decline, 5), 'share', [0.005, 0.03], 'derived', 'D',
    "2020–2022 年收入比 1.61→1.56（S63、S62）的年均降幅；只有三年，区间放宽", "the ratio's yearly fall 2020–2022, 1.61 → 1.56 (S63, S62); three years only, so a wide range")
order = list(z['figures'].keys())
figs = collections.OrderedDict((k, f[k]) for k in order if k in f)
builtin_ordinary = [round(x * K, 4) for x in z['builtin_ordinary_bn']]
region = collections.OrderedDict([
    ("format", "urban-rural-sim-region"), ("version", 1), ("id", "jiaxing-2025"), ("name", "嘉兴 2025 / Jiaxing 2025"),
    ("reported_year", 2025), ("start_year", 2025), ("city_income_gap_year", z["city_income_gap_year"]), ("mountain_relative_income_year", z["mountain_relative_income_year"]),
    ("builtin_ordinary_bn", builtin_ordinary), ("figures", figs),
    ("series", collections.OrderedDict([
        ("income_ratio", [[2020, 1.61], [2021, 1.60], [2022, 1.56]]),
        ("urban_income", [[2021, round(1.60 * 46276 / 1.061)], [2022, round(1.56 * 46276)]]),
        ("rural_income", [[2021, round(46276 / 1.061)], [2022, 46276]]),
        ("all_income", []),
        ("urbanization", [[2023, 0.732]]),
        ("urbanization_before_census", [[2015, 0.609], [2016, 0.629]]),
    ])),
    ("cities", []),
    ("targets", [
        collections.OrderedDict([("id", "income_ratio_2027"), ("zh", "2027 年城乡居民收入比低于 1.9（全省目标）"), ("en", "Urban–rural income ratio below 1.9 in 2027 (the province's target)"), ("outcome", "income_ratio"), ("year", 2027), ("below", True), ("threshold", 1.9), ("resolution", 0.01)]),
        collections.OrderedDict([("id", "average_income_2027"), ("zh", "2027 年居民人均可支配收入达到 8.5 万元（全省目标）"), ("en", "Average per-capita income at least 85,000 yuan in 2027 (the province's target)"), ("outcome", "average_income"), ("year", 2027), ("below", False), ("threshold", 85000), ("resolution", 1000)]),
    ]),
])
out = json.dumps(region, ensure_ascii=False, indent=2)
open('data/jiaxing-2025.json', 'w').write(out + "\n")
print("left to the province:", keep_beliefs_out)
print(urban25, rural25, ratio25, all25, decline)
