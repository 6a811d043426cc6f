//! The generated tables of docs/MODEL.md and its Chinese twin
//! docs/MODEL.zh.md, written from the model so the docs cannot drift from it
//! (`urs --update-doc`, `--params-markdown`, `--replay-markdown`; tests/cli.rs
//! checks both docs are up to date). A file named `*.zh.md` gets the tables
//! in Chinese, any other in English.

use urs_model::backtest::{backtest, HORIZONS, METHODS};
use urs_model::coverage::{coverage, group, pooled, HORIZON_GROUPS};
use urs_model::history::{fit, latest_published_year, out_of_sample, OUT_OF_SAMPLE_FIT_UNTIL, WINDOW};
use urs_model::i18n::{Bilingual, Lang};
use urs_model::params::PARAMS;
use urs_model::region::INCOME_RATIO;
use urs_model::uncertainty::uncertainty;
use urs_model::{project, Scenario};

/// Replace the generated parts of docs/MODEL.md (between `<!-- BEGIN X -->`
/// and `<!-- END X -->` markers) with the current tables, in Chinese when the
/// file is named `*.zh.md` (docs/MODEL.zh.md).
pub fn update_doc(path: &str) -> Result<(), Bilingual> {
    let lang = if path.ends_with(".zh.md") { Lang::Zh } else { Lang::En };
    let mut text = std::fs::read_to_string(path)
        .map_err(|e| Bilingual::new(format!("无法读取 {path}：{e}"), format!("cannot read {path}: {e}")))?;
    let builtin = Scenario::zhejiang_2025();
    for (name, table) in [
        ("PARAMS", params_markdown_in(lang)),
        ("OUT_OF_SAMPLE", out_of_sample_markdown_in(builtin.assumptions.outcomes.urbanization_ceiling, lang)),
        ("BACKTEST", backtest_markdown(lang)),
        ("COVERAGE", coverage_markdown(&builtin, lang)),
        ("RESULTS", results_markdown(&builtin, lang)),
        ("SENSITIVITY", crate::tornado::markdown(&builtin, lang)),
    ] {
        let begin = format!("<!-- BEGIN {name} -->\n");
        let end = format!("<!-- END {name} -->");
        let (Some(b), Some(e)) = (text.find(&begin), text.find(&end)) else {
            return Err(Bilingual::new(format!("{path} 缺少 {name} 标记"), format!("{path} has no {name} markers")));
        };
        text.replace_range(b + begin.len()..e, &table);
    }
    std::fs::write(path, text)
        .map_err(|e| Bilingual::new(format!("无法写入 {path}：{e}"), format!("cannot write {path}: {e}")))
}

/// The parameter table as Markdown, in model units, for docs/MODEL.md.
pub fn params_markdown() -> String {
    params_markdown_in(Lang::En)
}

/// The parameter table in `lang`: in Chinese, the Chinese name, unit, source
/// kind and citation, the citation's repository paths written as the app
/// shows them ("来源 S1", `screen_citation`).
pub fn params_markdown_in(lang: Lang) -> String {
    if lang == Lang::Zh {
        let mut out = String::from(
            "| 编号 | 名称 | 角色 | 数值 | 单位 | 来源类型 | 可信度 | 依据 | 合理范围 |\n|---|---|---|---|---|---|---|---|---|\n",
        );
        for p in PARAMS.iter() {
            out.push_str(&format!(
                "| `{}` | {} | {} | {} | {} | {} | {:?} | {} | {} – {} |\n",
                p.id,
                p.zh,
                role_zh(&format!("{:?}", p.role)),
                trim(p.builtin_value()),
                p.unit.label(Lang::Zh),
                p.source.label(Lang::Zh),
                p.confidence,
                urs_formats::show::screen_citation(p.citation_zh, Lang::Zh).replace('|', "／"),
                trim(p.min),
                trim(p.max),
            ));
        }
        return out;
    }
    let mut out = String::from(
        "| id | 中文 | English | role | value | unit | source | conf. | citation | plausible range |\n|---|---|---|---|---|---|---|---|---|---|\n",
    );
    for p in PARAMS.iter() {
        out.push_str(&format!(
            "| `{}` | {} | {} | {:?} | {} | {} | {} | {:?} | {} | {} – {} |\n",
            p.id,
            p.zh,
            p.en,
            p.role,
            trim(p.builtin_value()),
            p.unit.label(Lang::En),
            p.source.label(Lang::En),
            p.confidence,
            p.citation_en,
            trim(p.min),
            trim(p.max),
        ));
    }
    out
}

/// A parameter's role in Chinese.
fn role_zh(role: &str) -> &str {
    match role {
        "Lever" => "调节项",
        "Data" => "数据",
        "Assumption" => "假设",
        other => other,
    }
}

/// A number with at most four decimals, trailing zeros dropped.
fn trim(v: f64) -> String {
    let s = format!("{v:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The out-of-sample table for docs/MODEL.md.
pub fn out_of_sample_markdown(ceiling: f64) -> String {
    out_of_sample_markdown_in(ceiling, Lang::En)
}

/// The out-of-sample table in `lang`.
pub fn out_of_sample_markdown_in(ceiling: f64, lang: Lang) -> String {
    let trends = fit(OUT_OF_SAMPLE_FIT_UNTIL, ceiling);
    let mut out = if lang == Lang::Zh {
        format!(
            "用截至 {OUT_OF_SAMPLE_FIT_UNTIL} 年的数据拟合（窗口 {WINDOW} 年）：城镇居民收入年增 {:.2} %，\
             城乡居民收入比年降 {:.2} %，城镇化率每年缩小与 {:.0} % 上限距离的 {:.1} %。\n\n\
             | 序列 | 年份 | 公布值 | 预测值 | 误差 |\n|---|---|---|---|---|\n",
            trends.urban_income_growth * 100.0,
            trends.income_ratio_decline * 100.0,
            ceiling * 100.0,
            trends.urbanization_speed * 100.0,
        )
    } else {
        format!(
        "Fitted on data up to {OUT_OF_SAMPLE_FIT_UNTIL} (window {WINDOW} years): urban income growth {:.2} % a year, \
         income ratio falling {:.2} % a year, urbanization closing {:.1} % of its distance to {:.0} % a year.\n\n\
         | series | year | published | predicted | error |\n|---|---|---|---|---|\n",
        trends.urban_income_growth * 100.0,
        trends.income_ratio_decline * 100.0,
        trends.urbanization_speed * 100.0,
        ceiling * 100.0
    )
    };
    for s in out_of_sample(ceiling) {
        for p in &s.points {
            let (published, model, error) = match s.id {
                "income_ratio" => {
                    (format!("{:.3}", p.published), format!("{:.3}", p.model), format!("{:+.3}", p.error))
                }
                "urbanization" => (
                    format!("{:.1} %", p.published * 100.0),
                    format!("{:.1} %", p.model * 100.0),
                    format!("{:+.1} {}", p.error * 100.0, lang.pick("个百分点", "pp")),
                ),
                _ => (
                    format!("{:.0}", p.published),
                    format!("{:.0}", p.model),
                    format!("{:+.1} %", p.error / p.published * 100.0),
                ),
            };
            let name = if lang == Lang::Zh { s.zh.to_string() } else { format!("{} {}", s.zh, s.en) };
            out.push_str(&format!("| {name} | {} | {published} | {model} | {error} |\n", p.year));
        }
    }
    out
}

/// The rolling-origin backtest of the income ratio for docs/MODEL.md: mean
/// absolute error by method and horizon, the origins per horizon, and the
/// method chosen.
/// In `lang` (docs/MODEL.zh.md in Chinese).
pub fn backtest_markdown(lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let b = backtest(&INCOME_RATIO, latest_published_year());
    let (first, last) = (b.origins.first().copied().unwrap_or(0), b.origins.last().copied().unwrap_or(0));
    let heads: String = (1..=HORIZONS).map(|h| format!(" {h} {} |", lang.pick("年", "y"))).collect();
    let rule: String = (0..=HORIZONS).map(|_| "---|").collect();
    let mut out = if zh {
        format!(
            "城乡居民收入比，公布值 {}–{} 年；预测起点 {first}–{last} 年；收入比的平均绝对误差\
             （预测 − 公布），按提前年数分列，以及全部起点和提前年数合计。\n\n\
             | 方法 |{heads} 合计 |\n|---|{rule}\n",
            INCOME_RATIO.first().map_or(0, |p| p.0),
            b.until,
        )
    } else {
        format!(
            "Urban–rural income ratio, published {}–{}; origins {first}–{last}; mean absolute error of the ratio \
         (forecast − published) by years ahead, and over every origin and horizon.\n\n\
         | method |{heads} all |\n|---|{rule}\n",
            INCOME_RATIO.first().map_or(0, |p| p.0),
            b.until,
        )
    };
    let chosen = b.chosen();
    for m in METHODS {
        let cells: String = (1..=HORIZONS).map(|h| format!(" {:.4} |", b.mean_absolute_error(m, h))).collect();
        let name = match (zh, m == chosen) {
            (true, true) => format!("**{}**（采用）", m.zh()),
            (true, false) => m.zh().to_string(),
            (false, true) => format!("**{} {}** (chosen)", m.zh(), m.en()),
            (false, false) => format!("{} {}", m.zh(), m.en()),
        };
        out.push_str(&format!("| {name} |{cells} {:.4} |\n", b.overall(m)));
    }
    let counts: String = (1..=HORIZONS).map(|h| format!(" {} |", b.origins_at(h))).collect();
    out.push_str(&format!("| {} |{counts} {} |\n", lang.pick("起点数", "origins"), b.forecasts.len() / METHODS.len()));
    let bias: String = (1..=HORIZONS)
        .map(|h| {
            let e = b.errors(chosen, h);
            format!(" {:+.4} |", e.iter().sum::<f64>() / e.len() as f64)
        })
        .collect();
    out.push_str(&format!("| {} |{bias} |\n", lang.pick("采用方法的平均误差", "mean error of the chosen method")));
    out
}

/// The band's coverage of the backtest errors for docs/MODEL.md.
/// In `lang`.
pub fn coverage_markdown(s: &Scenario, lang: Lang) -> String {
    let c = coverage(s, 1000, 1);
    let mut out = String::from(lang.pick(
        "| 提前年数 | 区间 10 % ÷ 中线 | 区间 90 % ÷ 中线 | 起点数 | 公布值落在区间内 | 比例 |\n|---|---|---|---|---|---|\n",
        "| years ahead | band 10 % ÷ central | band 90 % ÷ central | origins | published inside | share |\n|---|---|---|---|---|---|\n",
    ));
    for h in &c {
        out.push_str(&format!(
            "| {} | {:.4} | {:.4} | {} | {} | {:.0} % |\n",
            h.horizon,
            h.low,
            h.high,
            h.origins,
            h.covered,
            h.share() * 100.0
        ));
    }
    for (from, to) in HORIZON_GROUPS {
        let (n, k) = group(&c, (from, to));
        out.push_str(&format!("| {from}–{to} | | | {n} | {k} | {:.0} % |\n", k as f64 / n.max(1) as f64 * 100.0));
    }
    let (n, k) = c.iter().fold((0, 0), |(n, k), h| (n + h.origins, k + h.covered));
    out.push_str(&format!("| {} | | | {n} | {k} | {:.0} % |\n", lang.pick("合计", "all"), pooled(&c) * 100.0));
    out
}

/// The built-in scenario's results for docs/MODEL.md.
fn results_markdown(s: &Scenario, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let p = project(s);
    let mut out = String::from(lang.pick(
        "| 年份 | 方向 | 计划（十亿元） | 资金（十亿元） | 能力（十亿元） | 年末完成（十亿元） | 占计划 | 约束 |\n|---|---|---|---|---|---|---|---|\n",
        "| year | strand | plan (bn) | money (bn) | capacity (bn) | year end (bn) | of plan | limit |\n|---|---|---|---|---|---|---|---|\n",
    ));
    for c in p.completion_by_year.iter().filter(|c| [2025, 2027, 2030].contains(&c.year)) {
        for st in &c.strands {
            out.push_str(&format!(
                "| {} | {} | {:.2} | {:.2} | {:.2} | {:.2} | {:.1} % | {} |\n",
                c.year,
                st.strand.zh(),
                st.plan_bn,
                st.funds_bn,
                st.capacity_bn,
                st.year_end_bn(),
                st.year_end_rate() * 100.0,
                if zh { limit_zh(&format!("{:?}", st.limit)) } else { format!("{:?}", st.limit) }
            ));
        }
    }
    out.push_str(lang.pick(
        "\n| 年份 | 城乡居民收入比 | 城镇 / 农村 / 全体居民（元） | 无城乡差异 / 无户籍差异的标准数 | 常住 / 户籍人口城镇化率 | 设区市收入倍差 | 山区海岛县 |\n|---|---|---|---|---|---|---|\n",
        "\n| year | income ratio | urban / rural / all residents (yuan) | no urban–rural gap / no hukou gap | urbanization resident / registered | city gap | mountain counties |\n|---|---|---|---|---|---|---|\n",
    ));
    for y in p.years.iter().filter(|y| [2025, 2027, 2030].contains(&y.year)) {
        out.push_str(&format!(
            "| {} | {:.3} | {:.0} / {:.0} / {:.0} | {:.1} / {:.1} | {:.1} % / {:.1} % | {:.3} | {:.3} |\n",
            y.year,
            y.income_ratio,
            y.urban_income,
            y.rural_income,
            y.average_income,
            y.standards_no_urban_rural_gap,
            y.standards_no_hukou_gap,
            y.urbanization * 100.0,
            y.registered_urbanization * 100.0,
            y.city_income_gap,
            y.mountain_relative_income
        ));
    }
    let band = uncertainty(s, 1000, 1, 1.0);
    out.push_str(lang.pick(
        "\n| 目标 | 年份 | 预计 | 状态 | 达成概率（1,000 次抽样） |\n|---|---|---|---|---|\n",
        "\n| target | year | projected | status | probability (1,000 draws) |\n|---|---|---|---|---|\n",
    ));
    for t in &p.targets {
        let outcome = urs_model::targets::TARGETS.iter().find(|x| x.id == t.id).map(|x| x.outcome);
        out.push_str(&format!(
            "| {} | {} | {} | {} | {:.0} % |\n",
            lang.pick(t.zh, t.en),
            t.year,
            outcome.map_or(format!("{:.3}", t.value), |o| o.format(t.value, lang)),
            if zh { status_zh(&format!("{:?}", t.status)) } else { format!("{:?}", t.status) },
            band.probability(t.id).unwrap_or(f64::NAN) * 100.0
        ));
    }
    out
}

/// A completion limit's name in Chinese (the results table).
fn limit_zh(limit: &str) -> String {
    match limit {
        "Pace" => "进度",
        "Capacity" => "能力",
        "Money" => "资金",
        other => other,
    }
    .to_string()
}

/// A target's status in Chinese (the results table).
fn status_zh(status: &str) -> String {
    match status {
        "Met" => "达成",
        "Missed" => "未达成",
        "TooClose" => "差距在精度内",
        other => other,
    }
    .to_string()
}
