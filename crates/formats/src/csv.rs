//! The projection as CSV, for spreadsheets: UTF-8 with a byte-order mark (so
//! spreadsheet software shows Chinese correctly), one row per figure and
//! period, scenario and baseline side by side, bilingual metric names, every
//! number rounded by the export table (`io::export::places`: rates in
//! percent with 1 decimal, ratios 3, yuan 0, standards 1). The export puts a
//! block of comment rows above the table (`summary_csv`): the scenario's
//! name, the version stamp (app, model, data, date and time), the changed
//! settings with both values and the summary in words, each row starting
//! with `#`, so a reader that skips `#` lines (pandas `comment='#'`, R's
//! data.table) gets the table alone and a spreadsheet shows the block on top.

use super::export::{unit_name, Changed};
use super::stamp::Stamp;
use urs_model::i18n::Bilingual;
use urs_model::params::Unit;
use urs_model::{Projection, STRANDS};

fn field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The unit column of a row.
fn unit_label(unit: Unit, of_plan: bool) -> String {
    match (unit, of_plan) {
        (Unit::Share, true) => "% of plan".into(),
        (Unit::Count, _) => "standards".into(),
        _ => unit_name(unit).into(),
    }
}

pub fn projection_csv(scenario: &Projection, baseline: &Projection) -> String {
    let mut out = String::from("\u{feff}指标,metric,year,month,scenario,baseline,unit\n");
    let mut row =
        |zh: &str, en: &str, year: i32, month: Option<usize>, (s, b): (f64, f64), unit: Unit, of_plan: bool| {
            let (s, b) = (super::export::text(unit, s, 0), super::export::text(unit, b, 0));
            out.push_str(&format!(
                "{},{},{year},{},{s},{b},{}\n",
                field(zh),
                field(en),
                month.map_or(String::new(), |m| m.to_string()),
                field(&unit_label(unit, of_plan))
            ));
        };
    for (c, cb) in scenario.completion_by_year.iter().zip(&baseline.completion_by_year) {
        for m in 0..12 {
            for st in STRANDS {
                let i = st.index();
                row(
                    &format!("{} 累计投资完成率", st.zh()),
                    &format!("{} cumulative completion rate", st.en()),
                    c.year,
                    Some(m + 1),
                    (c.strands[i].completion_rate[m], cb.strands[i].completion_rate[m]),
                    Unit::Share,
                    true,
                );
            }
            row(
                "全部项目累计投资完成率",
                "All projects cumulative completion rate",
                c.year,
                Some(m + 1),
                (c.overall_rate[m], cb.overall_rate[m]),
                Unit::Share,
                true,
            );
        }
    }
    for (y, yb) in scenario.years.iter().zip(&baseline.years) {
        let figures: [(&str, &str, f64, f64, Unit); 10] = [
            (
                "城镇居民人均可支配收入",
                "Urban per-capita disposable income",
                y.urban_income,
                yb.urban_income,
                Unit::Yuan,
            ),
            (
                "农村居民人均可支配收入",
                "Rural per-capita disposable income",
                y.rural_income,
                yb.rural_income,
                Unit::Yuan,
            ),
            ("城乡居民收入比", "Urban–rural income ratio", y.income_ratio, yb.income_ratio, Unit::Ratio),
            (
                "居民人均可支配收入（近似）",
                "Average per-capita income (approximation)",
                y.average_income,
                yb.average_income,
                Unit::Yuan,
            ),
            (
                "无城乡差异的基本公共服务标准",
                "Standards with no urban–rural gap",
                y.standards_no_urban_rural_gap,
                yb.standards_no_urban_rural_gap,
                Unit::Count,
            ),
            (
                "无户籍差异的基本公共服务标准",
                "Standards with no household-registration gap",
                y.standards_no_hukou_gap,
                yb.standards_no_hukou_gap,
                Unit::Count,
            ),
            ("常住人口城镇化率", "Resident urbanization rate", y.urbanization, yb.urbanization, Unit::Share),
            (
                "户籍人口城镇化率",
                "Registered urbanization rate",
                y.registered_urbanization,
                yb.registered_urbanization,
                Unit::Share,
            ),
            (
                "设区市居民收入最高最低倍差",
                "Highest ÷ lowest city income",
                y.city_income_gap,
                yb.city_income_gap,
                Unit::Ratio,
            ),
            (
                "山区海岛县收入相对全省",
                "Mountain and island counties relative income",
                y.mountain_relative_income,
                yb.mountain_relative_income,
                Unit::Ratio,
            ),
        ];
        for (zh, en, s, b, unit) in figures {
            row(zh, en, y.year, None, (s, b), unit, false);
        }
    }
    out
}

/// What goes above the table: who, which build and when, what changed, and
/// the summary in words (its sentences, Chinese first, then English).
pub struct CsvHeader {
    pub name: String,
    pub stamp: Stamp,
    /// `io::export::changed_settings` of the scenario.
    pub changed: Vec<Changed>,
    pub lines: Vec<Bilingual>,
}

/// The export: the header block as `#` rows, then `projection_csv`'s table.
/// Rows: `#,label,text` for the name, the stamp and the sentences; the
/// changed settings under their own heading row, `#,改动 / changed,id,
/// 设置,setting,baseline,scenario,unit`.
pub fn summary_csv(header: &CsvHeader, scenario: &Projection, baseline: &Projection) -> String {
    let mut out = String::from("\u{feff}");
    let mut row = |fields: &[&str]| {
        // One line per row, whatever the text holds.
        let fields: Vec<String> = fields.iter().map(|f| field(&f.replace(['\r', '\n'], " "))).collect();
        out.push_str(&format!("#,{}\n", fields.join(",")));
    };
    let s = &header.stamp;
    row(&["情景 / scenario", &header.name]);
    row(&["导出时间 / exported", &s.made_at]);
    row(&["程序版本 / app version", &s.app_version]);
    row(&["模型版本 / model version", &s.model_version]);
    row(&["数据版本 / data version", &s.data_version]);
    let changed = "改动 / changed";
    row(&[changed, "id", "设置", "setting", "基准 / baseline", "情景 / scenario", "单位 / unit"]);
    for c in &header.changed {
        let (from, to) = c.values();
        row(&[changed, c.id, c.zh, c.en, &from, &to, unit_name(c.unit)]);
    }
    for line in &header.lines {
        row(&["要点", &line.zh]);
    }
    for line in &header.lines {
        row(&["in words", &line.en]);
    }
    out.push_str(projection_csv(scenario, baseline).trim_start_matches('\u{feff}'));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use urs_model::{project, Scenario};

    #[test]
    fn csv_starts_with_a_bom_and_has_a_row_per_figure() {
        let s = project(&Scenario::zhejiang_2025());
        let csv = projection_csv(&s, &s);
        assert!(csv.starts_with("\u{feff}指标,metric,year,month,scenario,baseline,unit\n"));
        // 6 years × 12 months × 4 completion rows + 6 years × 10 outcomes + header.
        assert_eq!(csv.lines().count(), 6 * 12 * 4 + 6 * 10 + 1);
        assert!(csv.contains("城乡居民收入比,Urban–rural income ratio,2030,,"));
        assert!(csv
            .contains("强城 累计投资完成率,Urban strengthening cumulative completion rate,2025,5,61.7,61.7,% of plan"));
    }
}
