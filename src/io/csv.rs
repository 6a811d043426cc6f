//! The projection as CSV, for spreadsheets: UTF-8 with a byte-order mark (so
//! spreadsheet software shows Chinese correctly), one row per figure and
//! period, scenario and baseline side by side, bilingual metric names. The
//! export puts a block of comment rows above the table (`summary_csv`): the
//! scenario's name, the date, the model version and the summary in words,
//! each row `#,label,text`, so a reader that skips `#` lines (pandas
//! `comment='#'`, R's data.table) gets the table alone and a spreadsheet
//! shows the block on top.

use crate::i18n::Bilingual;
use crate::model::{Projection, STRANDS};

fn field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

pub fn projection_csv(scenario: &Projection, baseline: &Projection) -> String {
    let mut out = String::from("\u{feff}指标,metric,year,month,scenario,baseline,unit\n");
    let mut row = |zh: &str, en: &str, year: i32, month: Option<usize>, s: f64, b: f64, unit: &str| {
        out.push_str(&format!(
            "{},{},{year},{},{s},{b},{}\n",
            field(zh),
            field(en),
            month.map_or(String::new(), |m| m.to_string()),
            field(unit)
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
                    c.strands[i].completion_rate[m],
                    cb.strands[i].completion_rate[m],
                    "fraction of plan",
                );
            }
            row(
                "全部项目累计投资完成率",
                "All projects cumulative completion rate",
                c.year,
                Some(m + 1),
                c.overall_rate[m],
                cb.overall_rate[m],
                "fraction of plan",
            );
        }
    }
    for (y, yb) in scenario.years.iter().zip(&baseline.years) {
        let figures: [(&str, &str, f64, f64, &str); 10] = [
            ("城镇居民人均可支配收入", "Urban per-capita disposable income", y.urban_income, yb.urban_income, "yuan"),
            ("农村居民人均可支配收入", "Rural per-capita disposable income", y.rural_income, yb.rural_income, "yuan"),
            ("城乡居民收入比", "Urban–rural income ratio", y.income_ratio, yb.income_ratio, "ratio"),
            (
                "居民人均可支配收入（近似）",
                "Average per-capita income (approximation)",
                y.average_income,
                yb.average_income,
                "yuan",
            ),
            (
                "无城乡差异的基本公共服务标准",
                "Standards with no urban–rural gap",
                y.standards_no_urban_rural_gap,
                yb.standards_no_urban_rural_gap,
                "of 101",
            ),
            (
                "无户籍差异的基本公共服务标准",
                "Standards with no household-registration gap",
                y.standards_no_hukou_gap,
                yb.standards_no_hukou_gap,
                "of 101",
            ),
            ("常住人口城镇化率", "Resident urbanization rate", y.urbanization, yb.urbanization, "fraction"),
            (
                "户籍人口城镇化率",
                "Registered urbanization rate",
                y.registered_urbanization,
                yb.registered_urbanization,
                "fraction",
            ),
            (
                "设区市居民收入最高最低倍差",
                "Highest ÷ lowest city income",
                y.city_income_gap,
                yb.city_income_gap,
                "ratio",
            ),
            (
                "山区海岛县收入相对全省",
                "Mountain and island counties relative income",
                y.mountain_relative_income,
                yb.mountain_relative_income,
                "fraction",
            ),
        ];
        for (zh, en, s, b, unit) in figures {
            row(zh, en, y.year, None, s, b, unit);
        }
    }
    out
}

/// What goes above the table: who, when, which model, and the summary in
/// words (its sentences, Chinese first, then English).
pub struct CsvHeader {
    pub name: String,
    /// The export date, as the caller has it (ISO 8601: 2025-07-05).
    pub date: String,
    pub model_version: String,
    pub lines: Vec<Bilingual>,
}

/// The export: the header block as `#` rows, then `projection_csv`'s table.
pub fn summary_csv(header: &CsvHeader, scenario: &Projection, baseline: &Projection) -> String {
    let mut out = String::from("\u{feff}");
    let mut row = |label: &str, text: &str| {
        // One line per row, whatever the text holds.
        let text = text.replace(['\r', '\n'], " ");
        out.push_str(&format!("#,{},{}\n", field(label), field(&text)));
    };
    row("情景 / scenario", &header.name);
    row("日期 / date", &header.date);
    row("模型版本 / model version", &header.model_version);
    for line in &header.lines {
        row("要点", &line.zh);
    }
    for line in &header.lines {
        row("in words", &line.en);
    }
    out.push_str(projection_csv(scenario, baseline).trim_start_matches('\u{feff}'));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{project, Scenario};

    #[test]
    fn csv_starts_with_a_bom_and_has_a_row_per_figure() {
        let s = project(&Scenario::zhejiang_2025());
        let csv = projection_csv(&s, &s);
        assert!(csv.starts_with("\u{feff}指标,metric,year,month,scenario,baseline,unit\n"));
        // 6 years × 12 months × 4 completion rows + 6 years × 10 outcomes + header.
        assert_eq!(csv.lines().count(), 6 * 12 * 4 + 6 * 10 + 1);
        assert!(csv.contains("城乡居民收入比,Urban–rural income ratio,2030,,"));
        assert!(csv.contains(
            "强城 累计投资完成率,Urban strengthening cumulative completion rate,2025,5,0.617,0.617,fraction of plan"
        ));
    }
}
