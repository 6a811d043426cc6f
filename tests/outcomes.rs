//! The outcome table (crates/model/inputs/src/outcome.rs) is where every surface
//! reads an outcome's name, unit and rounding: the KPI cards, the summary in
//! words, the comparison table and the CSV name the same outcome with the
//! same words (the table's name, or its short form where space is tight),
//! and every outcome appears where it is expected. (The CLI's side is in
//! crates/cli/tests/cli.rs.)
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;
use urban_rural_sim::app::compare_rows::outcome_rows;
use urban_rural_sim::app::kpi_cards::cards;
use urban_rural_sim::app::summary::summarize;
use urban_rural_sim::i18n::Lang;
use urban_rural_sim::io::csv::projection_csv;
use urban_rural_sim::model::outcome::Measure;
use urban_rural_sim::model::targets::TARGETS;
use urban_rural_sim::model::{project, Outcome, Projection, ReadOutcome, Scenario, OUTCOMES};

fn two() -> (Scenario, Projection, Projection) {
    let mut s = Scenario::zhejiang_2025();
    s.levers.plan_funds_bn = 360.0;
    s.levers.hukou_reform = 1.5;
    let (p, b) = (project(&s), project(&s.baseline()));
    (s, p, b)
}

/// English names start lower-case inside a sentence.
fn in_sentence(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => name.to_string(),
        Lang::En => name[..1].to_lowercase() + &name[1..],
    }
}

#[test]
fn every_outcome_has_both_names_a_unit_a_rounding_and_a_reading() {
    let p = project(&Scenario::zhejiang_2025());
    for o in OUTCOMES {
        for lang in [Lang::Zh, Lang::En] {
            assert!(!o.name(lang).is_empty() && !o.short(lang).is_empty(), "{o:?} {lang:?}");
        }
        // A unit: a ratio is the only outcome shown without one.
        assert_eq!(o.unit().label(Lang::Zh).is_empty(), o.unit() == Measure::Ratio, "{o:?}");
        assert!(!o.unit().file_name().is_empty());
        // A rounding, and a value in every year that it prints with.
        for y in &p.years {
            let v = o.value(y);
            assert!(v.is_finite() && v >= 0.0, "{o:?} {}: {v}", y.year);
            let text = o.number(v, o.places());
            assert_eq!(text.split_once('.').map_or(0, |(_, f)| f.len()), o.places(), "{o:?}: {text}");
        }
    }
    // Every target of the region is on an outcome of the table, read from the year.
    for t in TARGETS.iter() {
        let check = p.targets.iter().find(|c| c.id == t.id).unwrap();
        assert_eq!(check.value, t.outcome.in_year(&p.years, t.year).unwrap(), "{}", t.id);
    }
}

/// Where an outcome is shown: a KPI card, the summary in words, a row of
/// the comparison table (the CSV and the CLI show every outcome). An
/// exhaustive match: a new outcome does not compile until it is said where
/// it shows, and the tests below hold each surface to it.
struct Shown {
    kpi: bool,
    summary: bool,
    compare: bool,
}

fn shown(o: Outcome) -> Shown {
    let on = |kpi, summary, compare| Shown { kpi, summary, compare };
    match o {
        Outcome::IncomeRatio => on(true, true, true),
        Outcome::UrbanIncome | Outcome::RuralIncome => on(false, false, false),
        Outcome::AverageIncome => on(false, true, false),
        // The standards share one card (its own title: both counts).
        Outcome::StandardsNoUrbanRuralGap | Outcome::StandardsNoHukouGap => on(false, true, true),
        Outcome::Urbanization | Outcome::RegisteredUrbanization => on(false, true, true),
        Outcome::CityIncomeGap => on(true, true, true),
        Outcome::MountainRelativeIncome => on(false, true, true),
        Outcome::OverallCompletion => on(true, true, true),
        Outcome::UrbanCompletion | Outcome::RuralCompletion | Outcome::IntegrationCompletion => on(true, true, false),
    }
}

#[test]
fn every_outcome_shows_where_it_is_expected() {
    let (s, p, b) = two();
    let items =
        vec![("A".to_string(), s.baseline(), Rc::new(b.clone())), ("B".to_string(), s.clone(), Rc::new(p.clone()))];
    for lang in [Lang::Zh, Lang::En] {
        let card_names: Vec<String> = cards(&p, &b, 2, None, lang).into_iter().map(|c| c.name).collect();
        let summary = summarize(&s, &p, &b, 2, None).lines(lang).join(" ");
        let rows: Vec<String> = outcome_rows(&items, 0, lang).into_iter().map(|r| r.0).collect();
        for o in OUTCOMES {
            let expected = shown(o);
            assert_eq!(card_names.iter().any(|n| n == o.short(lang)), expected.kpi, "{o:?} on a KPI card ({lang:?})");
            assert_eq!(
                rows.iter().any(|r| r.starts_with(&format!("{} 2", o.name(lang)))),
                expected.compare,
                "{o:?} compared"
            );
            let named = summary.contains(&in_sentence(o.name(lang), lang))
                || summary.contains(&format!(
                    "{} {}",
                    in_sentence(o.short(lang), lang),
                    o.format(o.value(&p.years[2]), lang)
                ));
            // The services sentence words the two counts together (in Chinese by the table's name).
            let standards = matches!(o, Outcome::StandardsNoUrbanRuralGap | Outcome::StandardsNoHukouGap);
            if !standards {
                assert_eq!(named, expected.summary, "{o:?} in the summary ({lang:?}): {summary}");
            }
        }
    }
}

#[test]
fn the_kpi_cards_are_named_by_the_tables_short_names() {
    let (_, p, b) = two();
    let on_cards = [
        ("urban", Outcome::UrbanCompletion),
        ("rural", Outcome::RuralCompletion),
        ("integration", Outcome::IntegrationCompletion),
        ("overall", Outcome::OverallCompletion),
        ("income-ratio", Outcome::IncomeRatio),
        ("city-gap", Outcome::CityIncomeGap),
    ];
    for lang in [Lang::Zh, Lang::En] {
        let shown = cards(&p, &b, 2, None, lang);
        for (id, o) in on_cards {
            let card = shown.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("a card {id}"));
            assert_eq!(card.name, o.short(lang), "{id}");
            // Its value as the table rounds it (honest digits may add some beside a target).
            let v = o.value(&p.years[2]);
            assert!(card.value.starts_with(&o.number(v, o.places())), "{id}: {} vs {v}", card.value);
        }
    }
}

#[test]
fn the_csv_has_every_outcome_each_year_by_the_tables_name_unit_and_rounding() {
    let (_, p, b) = two();
    let csv = projection_csv(&p, &b);
    for o in OUTCOMES {
        if o.unit() == Measure::PercentOfPlan {
            // Completion comes month by month, the twelfth month being the year's end.
            continue;
        }
        for (y, by) in p.years.iter().zip(&b.years) {
            let row = format!(
                "\n{},{},{},,{},{},{}\n",
                o.name(Lang::Zh),
                o.name(Lang::En),
                y.year,
                o.number(o.value(y), o.places()),
                o.number(o.value(by), o.places()),
                o.unit().file_name()
            );
            assert!(csv.contains(&row), "{o:?}: no row {row:?}");
        }
    }
    // The year-end completion of each strand: December's cumulative rate.
    let dec = format!(
        "\n强城 累计投资完成率,Urban strengthening cumulative completion rate,2025,12,{:.1},",
        p.years[0].completion_rate[0] * 100.0
    );
    assert!(csv.contains(&dec), "{dec}");
}

#[test]
fn the_summary_names_its_outcomes_with_the_tables_words() {
    let (s, p, b) = two();
    let summary = summarize(&s, &p, &b, 2, None);
    for lang in [Lang::Zh, Lang::En] {
        let text = summary.lines(lang).join(" ");
        for o in [
            Outcome::IncomeRatio,
            Outcome::AverageIncome,
            Outcome::Urbanization,
            Outcome::RegisteredUrbanization,
            Outcome::CityIncomeGap,
            Outcome::MountainRelativeIncome,
        ] {
            let name = in_sentence(o.name(lang), lang);
            assert!(text.contains(&name), "{o:?}: {name} not in {text}");
        }
        for o in Outcome::COMPLETION.into_iter().chain([Outcome::OverallCompletion]) {
            let short = in_sentence(o.short(lang), lang);
            let v = o.format(o.value(&p.years[2]), lang);
            assert!(text.contains(&format!("{short} {v}")), "{o:?}: {short} {v} not in {text}");
        }
        assert!(text.contains(Outcome::StandardsNoUrbanRuralGap.name(Lang::Zh)) || lang == Lang::En);
    }
}

#[test]
fn the_comparison_rows_are_named_by_the_table() {
    let (s, p, b) = two();
    let items = vec![("A".to_string(), s.baseline(), Rc::new(b)), ("B".to_string(), s, Rc::new(p))];
    for lang in [Lang::Zh, Lang::En] {
        let rows = outcome_rows(&items, 0, lang);
        assert!(!rows.is_empty());
        for (name, cells) in &rows {
            let o = OUTCOMES.into_iter().find(|o| name.starts_with(o.name(lang))).unwrap_or_else(|| panic!("{name}"));
            assert!(name[o.name(lang).len()..].trim().parse::<i32>().is_ok(), "{name}: the name, then the year");
            assert_eq!(cells.len(), 2);
            let unit = o.unit().label(lang);
            assert!(cells.iter().flatten().all(|c| unit.is_empty() || c.contains(unit)), "{name}: {cells:?}");
        }
    }
}

#[test]
fn the_income_ratio_goes_by_one_name_and_one_short_form_everywhere() {
    // Before the table it was 城乡居民收入比, 城乡收入比 and 收入比 by turns.
    let (s, p, b) = two();
    let items =
        vec![("A".to_string(), s.baseline(), Rc::new(b.clone())), ("B".to_string(), s.clone(), Rc::new(p.clone()))];
    let mut texts = vec![projection_csv(&p, &b)];
    texts.extend(summarize(&s, &p, &b, 2, None).lines(Lang::Zh).iter().map(|l| l.to_string()));
    texts.extend(cards(&p, &b, 2, None, Lang::Zh).into_iter().map(|c| c.name));
    texts.extend(outcome_rows(&items, 0, Lang::Zh).into_iter().map(|r| r.0));
    let (name, short) = (Outcome::IncomeRatio.name(Lang::Zh), Outcome::IncomeRatio.short(Lang::Zh));
    for text in &texts {
        let other = text.replace(name, "").replace(short, "");
        assert!(!other.contains("收入比"), "another wording of the income ratio in: {text}");
    }
    assert!(texts.iter().any(|t| t.contains(name)) && texts.iter().any(|t| t.contains(short)));
}
