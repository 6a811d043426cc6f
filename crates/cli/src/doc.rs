//! The generated tables of docs/MODEL.md, written from the model so the doc
//! cannot drift from it (`urs --update-doc`, `--params-markdown`,
//! `--replay-markdown`; tests/cli.rs checks the doc is up to date).

use urs_model::backtest::{backtest, HORIZONS, METHODS};
use urs_model::coverage::{coverage, group, pooled, HORIZON_GROUPS};
use urs_model::history::{fit, latest_published_year, out_of_sample, OUT_OF_SAMPLE_FIT_UNTIL, WINDOW};
use urs_model::i18n::{Bilingual, Lang};
use urs_model::params::PARAMS;
use urs_model::region::INCOME_RATIO;
use urs_model::uncertainty::uncertainty;
use urs_model::{project, Scenario};

/// Replace the generated parts of docs/MODEL.md (between `<!-- BEGIN X -->`
/// and `<!-- END X -->` markers) with the current tables.
pub fn update_doc(path: &str) -> Result<(), Bilingual> {
    let mut text = std::fs::read_to_string(path)
        .map_err(|e| Bilingual::new(format!("无法读取 {path}：{e}"), format!("cannot read {path}: {e}")))?;
    let builtin = Scenario::zhejiang_2025();
    for (name, table) in [
        ("PARAMS", params_markdown()),
        ("OUT_OF_SAMPLE", out_of_sample_markdown(builtin.assumptions.outcomes.urbanization_ceiling)),
        ("BACKTEST", backtest_markdown()),
        ("COVERAGE", coverage_markdown(&builtin)),
        ("RESULTS", results_markdown(&builtin)),
        ("SENSITIVITY", crate::tornado::markdown(&builtin)),
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

/// A number with at most four decimals, trailing zeros dropped.
fn trim(v: f64) -> String {
    let s = format!("{v:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The out-of-sample table for docs/MODEL.md.
pub fn out_of_sample_markdown(ceiling: f64) -> String {
    let trends = fit(OUT_OF_SAMPLE_FIT_UNTIL, ceiling);
    let mut out = format!(
        "Fitted on data up to {OUT_OF_SAMPLE_FIT_UNTIL} (window {WINDOW} years): urban income growth {:.2} % a year, \
         income ratio falling {:.2} % a year, urbanization closing {:.1} % of its distance to {:.0} % a year.\n\n\
         | series | year | published | predicted | error |\n|---|---|---|---|---|\n",
        trends.urban_income_growth * 100.0,
        trends.income_ratio_decline * 100.0,
        trends.urbanization_speed * 100.0,
        ceiling * 100.0
    );
    for s in out_of_sample(ceiling) {
        for p in &s.points {
            let (published, model, error) = match s.id {
                "income_ratio" => {
                    (format!("{:.3}", p.published), format!("{:.3}", p.model), format!("{:+.3}", p.error))
                }
                "urbanization" => (
                    format!("{:.1} %", p.published * 100.0),
                    format!("{:.1} %", p.model * 100.0),
                    format!("{:+.1} pp", p.error * 100.0),
                ),
                _ => (
                    format!("{:.0}", p.published),
                    format!("{:.0}", p.model),
                    format!("{:+.1} %", p.error / p.published * 100.0),
                ),
            };
            out.push_str(&format!("| {} {} | {} | {published} | {model} | {error} |\n", s.zh, s.en, p.year));
        }
    }
    out
}

/// The rolling-origin backtest of the income ratio for docs/MODEL.md: mean
/// absolute error by method and horizon, the origins per horizon, and the
/// method chosen.
pub fn backtest_markdown() -> String {
    let b = backtest(&INCOME_RATIO, latest_published_year());
    let (first, last) = (b.origins.first().copied().unwrap_or(0), b.origins.last().copied().unwrap_or(0));
    let heads: String = (1..=HORIZONS).map(|h| format!(" {h} y |")).collect();
    let rule: String = (0..=HORIZONS).map(|_| "---|").collect();
    let mut out = format!(
        "Urban–rural income ratio, published {}–{}; origins {first}–{last}; mean absolute error of the ratio \
         (forecast − published) by years ahead, and over every origin and horizon.\n\n\
         | method |{heads} all |\n|---|{rule}\n",
        INCOME_RATIO.first().map_or(0, |p| p.0),
        b.until,
    );
    let chosen = b.chosen();
    for m in METHODS {
        let cells: String = (1..=HORIZONS).map(|h| format!(" {:.4} |", b.mean_absolute_error(m, h))).collect();
        let name =
            if m == chosen { format!("**{} {}** (chosen)", m.zh(), m.en()) } else { format!("{} {}", m.zh(), m.en()) };
        out.push_str(&format!("| {name} |{cells} {:.4} |\n", b.overall(m)));
    }
    let counts: String = (1..=HORIZONS).map(|h| format!(" {} |", b.origins_at(h))).collect();
    out.push_str(&format!("| origins |{counts} {} |\n", b.forecasts.len() / METHODS.len()));
    let bias: String = (1..=HORIZONS)
        .map(|h| {
            let e = b.errors(chosen, h);
            format!(" {:+.4} |", e.iter().sum::<f64>() / e.len() as f64)
        })
        .collect();
    out.push_str(&format!("| mean error of the chosen method |{bias} |\n"));
    out
}

/// The band's coverage of the backtest errors for docs/MODEL.md.
pub fn coverage_markdown(s: &Scenario) -> String {
    let c = coverage(s, 1000, 1);
    let mut out = String::from(
        "| years ahead | band 10 % ÷ central | band 90 % ÷ central | origins | published inside | share |\n|---|---|---|---|---|---|\n",
    );
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
    out.push_str(&format!("| all | | | {n} | {k} | {:.0} % |\n", pooled(&c) * 100.0));
    out
}

/// The built-in scenario's results for docs/MODEL.md.
fn results_markdown(s: &Scenario) -> String {
    let p = project(s);
    let mut out = String::from(
        "| year | strand | plan (bn) | money (bn) | capacity (bn) | year end (bn) | of plan | limit |\n|---|---|---|---|---|---|---|---|\n",
    );
    for c in p.completion_by_year.iter().filter(|c| [2025, 2027, 2030].contains(&c.year)) {
        for st in &c.strands {
            out.push_str(&format!(
                "| {} | {} | {:.2} | {:.2} | {:.2} | {:.2} | {:.1} % | {:?} |\n",
                c.year,
                st.strand.zh(),
                st.plan_bn,
                st.funds_bn,
                st.capacity_bn,
                st.year_end_bn(),
                st.year_end_rate() * 100.0,
                st.limit
            ));
        }
    }
    out.push_str(
        "\n| year | income ratio | urban / rural / all residents (yuan) | no urban–rural gap / no hukou gap | urbanization resident / registered | city gap | mountain counties |\n|---|---|---|---|---|---|---|\n",
    );
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
    out.push_str("\n| target | year | projected | status | probability (1,000 draws) |\n|---|---|---|---|---|\n");
    for t in &p.targets {
        let outcome = urs_model::targets::TARGETS.iter().find(|x| x.id == t.id).map(|x| x.outcome);
        out.push_str(&format!(
            "| {} | {} | {} | {:?} | {:.0} % |\n",
            t.en,
            t.year,
            outcome.map_or(format!("{:.3}", t.value), |o| o.format(t.value, Lang::En)),
            t.status,
            band.probability(t.id).unwrap_or(f64::NAN) * 100.0
        ));
    }
    out
}
