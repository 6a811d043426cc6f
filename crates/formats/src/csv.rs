//! The projection as CSV, for spreadsheets: UTF-8 with a byte-order mark (so
//! spreadsheet software shows Chinese correctly), one row per figure and
//! period, scenario and baseline side by side, bilingual metric names. The
//! yearly rows are the outcome table's (`urs_model::outcome`): its names, its
//! units, its decimals (ratios 3, yuan 0, percentages 1, standards whole);
//! the monthly completion rates are in percent of plan with 1 decimal (the
//! export table, `io::export::places`). The export puts a
//! block of comment rows above the table (`summary_csv`): the scenario's
//! name, the version stamp (app, model, data, date and time), the changed
//! settings with both values and the summary in words, each row starting
//! with `#`, so a reader that skips `#` lines (pandas `comment='#'`, R's
//! data.table) gets the table alone and a spreadsheet shows the block on top.

use super::export::Changed;
use super::stamp::Stamp;
use urs_model::i18n::{Bilingual, Lang};
use urs_model::outcome::Measure;
use urs_model::params::Unit;
use urs_model::{Projection, ReadOutcome, OUTCOMES, STRANDS};

fn field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

pub fn projection_csv(scenario: &Projection, baseline: &Projection) -> String {
    let mut out = String::from("\u{feff}指标,metric,year,month,scenario,baseline,unit\n");
    // Cumulative completion month by month, in percent of plan.
    let mut monthly = |zh: &str, en: &str, year: i32, month: usize, (s, b): (f64, f64)| {
        let (s, b) = (super::export::text(Unit::Share, s, 0), super::export::text(Unit::Share, b, 0));
        let unit = Measure::PercentOfPlan.file_name();
        out.push_str(&format!("{},{},{year},{month},{s},{b},{unit}\n", field(zh), field(en)));
    };
    for (c, cb) in scenario.completion_by_year.iter().zip(&baseline.completion_by_year) {
        for m in 0..12 {
            for st in STRANDS {
                let i = st.index();
                monthly(
                    &format!("{} 累计投资完成率", st.zh()),
                    &format!("{} cumulative completion rate", st.en()),
                    c.year,
                    m + 1,
                    (c.strands[i].completion_rate[m], cb.strands[i].completion_rate[m]),
                );
            }
            let overall = (c.overall_rate[m], cb.overall_rate[m]);
            monthly("全部项目累计投资完成率", "All projects cumulative completion rate", c.year, m + 1, overall);
        }
    }
    // Every outcome of the table, each year; the completion rates came
    // month by month above.
    let yearly: Vec<_> = OUTCOMES.into_iter().filter(|o| o.unit() != Measure::PercentOfPlan).collect();
    for (y, yb) in scenario.years.iter().zip(&baseline.years) {
        for &o in &yearly {
            let (s, b) = (o.number(o.value(y), o.places()), o.number(o.value(yb), o.places()));
            let about = o.about();
            out.push_str(&format!(
                "{},{},{},,{s},{b},{}\n",
                field(about.zh),
                field(about.en),
                y.year,
                field(o.unit().file_name())
            ));
        }
    }
    out
}

/// What goes above the table: who, which build and when, what changed, and
/// the summary in words (its sentences, Chinese first, then English).
pub struct CsvHeader {
    /// What the export is named for (`stamp::export_name`), in `lang`.
    pub name: String,
    /// The language of the export: the changed settings' amounts are in its
    /// units (亿元 in Chinese, bn yuan in English).
    pub lang: Lang,
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
        let (from, to, unit) = c.in_file(header.lang);
        row(&[changed, c.id, c.zh, c.en, &from, &to, unit]);
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
