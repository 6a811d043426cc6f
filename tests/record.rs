//! What the screen says about how sure it is (issues 19 and 23, branch
//! `record`): the change against the baseline with its 80 % range on the
//! same draws, targets only in their own years, projected values marked as
//! such, when each figure was last published, why a probability disagrees
//! with its point, and a legend entry for every band.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::app::charts::shown::{self, Bands, View};
use urban_rural_sim::app::charts::specs::ChartKind;
use urban_rural_sim::app::kpi_cards::{cards, cards_with, Card};
use urban_rural_sim::app::kpi_notes::point_vs_draws;
use urban_rural_sim::app::summary::{summarize, summarize_with};
use urban_rural_sim::i18n::Lang;
use urban_rural_sim::model::paired::band_and_difference;
use urban_rural_sim::model::targets::TARGETS;
use urban_rural_sim::model::uncertainty::uncertainty;
use urban_rural_sim::model::{project, Outcome, ReadOutcome, Scenario};

fn more_money() -> Scenario {
    let mut s = Scenario::zhejiang_2025();
    s.levers.plan_funds_bn *= 1.3;
    s
}

/// A change that moves 2025's ratio at its published digits (1.808 →
/// 1.809; the money levers move it by less than 0.0005, their yuan coming
/// into service over the next years).
fn reform() -> Scenario {
    let mut s = Scenario::zhejiang_2025();
    s.levers.hukou_reform = 5.0;
    s
}

fn card<'a>(cards: &'a [Card], id: &str) -> &'a Card {
    cards.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("no card {id}"))
}

fn year_index(p: &urban_rural_sim::model::Projection, year: i32) -> usize {
    p.years.iter().position(|y| y.year == year).expect("year in the horizon")
}

#[test]
fn a_target_shows_only_in_its_year_and_elsewhere_the_card_says_which_year_it_is_for() {
    let s = Scenario::zhejiang_2025();
    let (p, b) = (project(&s), project(&s.baseline()));
    for lang in [Lang::Zh, Lang::En] {
        let at_2030 = cards(&p, &b, year_index(&p, 2030), None, lang);
        let ratio = card(&at_2030, "income-ratio");
        assert!(ratio.target.is_none(), "{lang:?}: no income-ratio target in 2030, yet the card judges one");
        let note = ratio.target_note.as_deref().expect("the card says which year the target is for");
        assert!(note.contains("2025") && note.contains("2027") && note.contains("1.9"), "{note}");
        let gap = card(&at_2030, "city-gap");
        assert!(gap.target.is_none());
        assert!(gap.target_note.as_deref().is_some_and(|n| n.contains("2025") && n.contains("1.55")), "{lang:?}");
        // In a target's own year the card judges it.
        let at_2027 = cards(&p, &b, year_index(&p, 2027), None, lang);
        assert!(card(&at_2027, "income-ratio").target.is_some());
        assert!(card(&at_2027, "income-ratio").target_note.is_none());
        assert!(card(&at_2027, "city-gap").target.is_none(), "the city gap's target is for 2025 only");
    }
    assert_eq!(
        card(&cards(&p, &b, year_index(&p, 2030), None, Lang::Zh), "income-ratio").target_note.as_deref(),
        Some("目标 < 1.9 为 2025、2027 年")
    );
}

#[test]
fn projected_values_say_so_and_each_card_says_when_it_was_last_published() {
    let s = Scenario::zhejiang_2025();
    let (p, b) = (project(&s), project(&s.baseline()));
    assert_eq!(p.start.year, 2025, "model 1.1 starts from the published 2025");
    let at_2025 = cards(&p, &b, year_index(&p, 2025), None, Lang::Zh);
    let ratio = card(&at_2025, "income-ratio");
    assert!(!ratio.projected, "2025's ratio is published history: {}", ratio.value);
    assert_eq!(ratio.latest, "最新公布：2025 年");
    let gap = card(&at_2025, "city-gap");
    assert!(gap.projected, "the city gap was last published for {}", p.start.city_income_gap_year);
    assert_eq!(gap.latest, format!("最新公布：{} 年", p.start.city_income_gap_year));
    // Year-end completion is projected from the monthly report.
    let overall = card(&at_2025, "overall");
    assert!(overall.projected);
    assert_eq!(overall.latest, format!("最新公布：2025 年 {} 月", p.completion.calibration_month));
    let en = cards(&p, &b, year_index(&p, 2026), None, Lang::En);
    assert!(card(&en, "income-ratio").projected);
    assert_eq!(card(&en, "income-ratio").latest, "Latest published: 2025");
    // A change moves 2025's ratio off the published value: a model result.
    let changed = reform();
    let (pc, bc) = (project(&changed), project(&changed.baseline()));
    let moved = cards(&pc, &bc, 0, None, Lang::Zh);
    assert_ne!(card(&moved, "income-ratio").value, ratio.value, "the change must move 2025 for this check");
    assert!(card(&moved, "income-ratio").projected);
}

#[test]
fn the_summary_says_projected_where_its_numbers_are_projections() {
    let s = Scenario::zhejiang_2025();
    let (p, b) = (project(&s), project(&s.baseline()));
    let income = |year_index: usize, s: &Scenario, p, b, lang| {
        let summary = summarize(s, p, b, year_index, None);
        summary.sentences.iter().find(|x| x.topic.id() == "income").unwrap().text.get(lang).to_string()
    };
    let published = income(0, &s, &p, &b, Lang::Zh);
    assert!(published.starts_with("2025 年城乡居民收入比为 1.808"), "{published}");
    assert!(!published.contains("预计为"), "{published}");
    let later = income(5, &s, &p, &b, Lang::Zh);
    assert!(later.contains("预计为"), "{later}");
    assert!(income(5, &s, &p, &b, Lang::En).contains("projected at"));
    let changed = reform();
    let (pc, bc) = (project(&changed), project(&changed.baseline()));
    let moved = income(0, &changed, &pc, &bc, Lang::Zh);
    assert!(moved.contains("预计为"), "a changed 2025 is the model's, not the statistic: {moved}");
    // The regions' figures were last published before 2025.
    let summary = summarize(&s, &p, &b, 0, None);
    let regions = summary.sentences.iter().find(|x| x.topic.id() == "regions").unwrap();
    assert!(regions.text.get(Lang::Zh).contains("预计"), "{}", regions.text.get(Lang::Zh));
}

#[test]
fn the_change_has_its_80_percent_range_on_the_same_draws_on_the_card_and_in_the_summary() {
    let s = more_money();
    let base = s.baseline();
    let (band, d) = band_and_difference(&s, &base, 400, 1, 1.0);
    let d = d.expect("scenario and baseline share their draws");
    let (p, b) = (project(&s), project(&base));
    let i = year_index(&p, 2030);
    let (lo, hi) = d.range(Outcome::IncomeRatio, 2030).unwrap();
    // The central run's change sits at the range's edge (-0.0027 against
    // -0.0027..-0.0008 here): many draws lack the capacity or money to
    // spend the extra funds, the central run has both; the same side, though.
    let point = p.years[i].income_ratio - b.years[i].income_ratio;
    assert!(point < 0.0 && lo < 0.0, "the central change {point}, its range {lo}..{hi}");
    assert!(hi < 0.0, "more money lowers the ratio in every draw's 80 %: {lo}..{hi}");
    // Narrower than the level's band: what both share cancels.
    let level = band.outcome(Outcome::IncomeRatio).unwrap().quantiles[i];
    assert!(hi - lo < 0.5 * (level[4] - level[0]), "{lo}..{hi} vs level {level:?}");
    let card_zh = cards_with(&p, &b, i, Some(&band), Some(&d), Lang::Zh);
    let range = card(&card_zh, "income-ratio").deltas[0].range.clone().expect("a range beside the change");
    // A bound that rounds to zero is written without a sign.
    let end = |x: f64| if format!("{:.3}", x.abs()) == "0.000" { "0.000".to_string() } else { format!("−{:.3}", -x) };
    assert_eq!(range, format!("80 % 区间 {} 至 {}", end(lo), end(hi)));
    let summary = summarize_with(&s, &p, &b, i, Some(&band), Some(&d));
    let zh = summary.lines(Lang::Zh).join("");
    let expected = format!("这一调整使 2030 年城乡收入比下降 {:.3}–{:.3}（80 % 区间，{} 次抽样）", -hi, -lo, d.draws);
    assert!(zh.contains(&expected), "{zh}\nlooked for {expected}");
    let en = summary.lines(Lang::En).join(" ");
    assert!(en.contains(&format!(" income ratio in 2030 by {:.3}–{:.3} (80 % range", -hi, -lo)), "{en}");
    assert!(en.contains("This change lowers the "), "{en}");
    // No range where nothing changed.
    let same = band_and_difference(&base, &base, 50, 1, 1.0).1.unwrap();
    let (pb, bb) = (project(&base), project(&base.baseline()));
    assert!(cards_with(&pb, &bb, i, None, Some(&same), Lang::Zh)
        .iter()
        .all(|c| c.deltas.iter().all(|x| x.range.is_none())));
}

#[test]
fn a_probability_that_disagrees_with_its_point_is_explained() {
    let t = TARGETS.iter().find(|t| t.id == "city_gap_2025").unwrap();
    // The point meets the target (1.5496 < 1.55) with a 34 % chance.
    let zh = point_vs_draws(t, 1.5496, Some(0.34), 1000, Lang::Zh).expect("explained");
    assert_eq!(zh, "中线为基准参数下的结果，概率来自 1000 次抽样");
    assert!(point_vs_draws(t, 1.5496, Some(0.34), 1000, Lang::En).unwrap().contains("1000 draws"));
    assert_eq!(point_vs_draws(t, 1.5496, Some(0.8), 1000, Lang::Zh), None, "they agree");
    assert_eq!(point_vs_draws(t, 1.56, Some(0.2), 1000, Lang::Zh), None, "both say missed");
    assert!(point_vs_draws(t, 1.56, Some(0.7), 1000, Lang::Zh).is_some());
    // On the card, from a real band: explained exactly when they disagree.
    let s = Scenario::zhejiang_2025();
    let (p, b) = (project(&s), project(&s.baseline()));
    let band = uncertainty(&s, 300, 1, 1.0);
    for c in cards(&p, &b, 0, Some(&band), Lang::Zh) {
        let Some(target) = &c.target else { continue };
        let t = TARGETS.iter().find(|t| t.year == 2025 && t.outcome.short(Lang::Zh) == c.name).unwrap();
        let v = t.outcome.value(&p.years[0]);
        let meets = if t.below { v < t.threshold } else { v >= t.threshold };
        let p_met = target.probability.unwrap();
        assert_eq!(target.explain.is_some(), (meets && p_met < 0.5) || (!meets && p_met > 0.5), "{}", c.id);
    }
}

#[test]
fn every_band_on_a_chart_has_a_legend_entry_and_the_baseline_s_is_told_apart() {
    let s = more_money();
    let base = s.baseline();
    let (p, b) = (project(&s), project(&base));
    let (band, base_band) = (uncertainty(&s, 100, 1, 1.0), uncertainty(&base, 100, 1, 1.0));
    let lines = shown::lines(View::Alone { scenario: &s, projection: &p, baseline: &b }, Lang::Zh);
    for kind in [ChartKind::IncomeRatio, ChartKind::Urbanization, ChartKind::CityGap, ChartKind::Mountain] {
        let bands = Bands { scenario: Some(&band), baseline: Some(&base_band) };
        let spec = shown::chart(kind, &lines, bands, 0, Lang::Zh).unwrap().spec;
        assert_eq!(spec.bands.len(), 2, "{kind:?}");
        let areas: Vec<String> = spec.legend().into_iter().filter(|e| e.area).map(|e| e.label).collect();
        assert_eq!(areas, ["灰色阴影：基准的 80 % 可能区间", "阴影：80 % 可能区间（深色：50 %）"], "{kind:?}");
        let none = shown::chart(kind, &lines, Bands::default(), 0, Lang::Zh).unwrap().spec;
        assert!(none.legend().iter().all(|e| !e.area), "no band, no entry");
    }
}

#[test]
fn the_record_chart_draws_each_start_year_s_forecast_over_the_published_history() {
    use urban_rural_sim::app::charts::specs::build;
    use urban_rural_sim::app::charts::specs::{Role, Shown};
    use urban_rural_sim::model::backtest::backtest;
    use urban_rural_sim::model::history::latest_published_year;
    use urban_rural_sim::model::region::INCOME_RATIO;
    let s = Scenario::zhejiang_2025();
    let p = project(&s);
    let shown = [Shown { name: s.name.clone(), projection: &p, role: Role::Scenario }];
    assert_eq!(ChartKind::from_id("record"), Some(ChartKind::Record));
    assert_eq!(ChartKind::Record.title(Lang::Zh), "这些预测过去的表现");
    assert_eq!(ChartKind::Record.title(Lang::En), "How these forecasts have done");
    let record = backtest(&INCOME_RATIO, latest_published_year());
    let method = record.chosen();
    for lang in [Lang::Zh, Lang::En] {
        let spec = build(ChartKind::Record, &shown, 0, lang).expect("a line chart").spec;
        let (published, forecasts) = spec.series.split_first().unwrap();
        assert_eq!(published.points.len(), INCOME_RATIO.len(), "the whole published history");
        assert_eq!(forecasts.len(), record.origins.len(), "one line per start year");
        for (line, origin) in forecasts.iter().zip(&record.origins) {
            assert_eq!(line.points[0].0, f64::from(*origin));
            for &(x, y) in &line.points[1..] {
                let f = record
                    .forecasts
                    .iter()
                    .find(|f| f.method == method && f.origin == *origin && f64::from(f.origin + f.horizon as i32) == x)
                    .expect("each point is a backtest forecast");
                assert_eq!(y, f.forecast);
            }
        }
        // What the record shows: from 2017 the trend missed 2023 by more than 0.1.
        let from_2017 = &forecasts[0];
        let at_2023 = from_2017.points.iter().find(|p| p.0 == 2023.0).unwrap().1;
        assert!(at_2023 - 1.86 > 0.1, "{at_2023}");
        // Two legend entries: the history and the forecasts.
        assert_eq!(spec.legend().len(), 2, "{lang:?}");
    }
}
