//! The chart descriptions (crates/charts/src/specs.rs) and which lines a view
//! shows (crates/charts/src/shown.rs), natively: each chart
//! alone and compared has the same axes, targets and published points, and
//! its targets come from the province's target table.

use urban_rural_sim::app::charts::spec::{ChartSpec, Layer, XAxis};
use urban_rural_sim::app::charts::specs::{build, ChartKind, Role, Shown};
use urban_rural_sim::i18n::Lang;
use urban_rural_sim::model::targets::TARGETS;
use urban_rural_sim::model::{project, Outcome, Projection, Scenario};

fn two() -> (Projection, Projection) {
    let s = Scenario::zhejiang_2025();
    let mut faster = s.clone();
    faster.levers.execution_speed = 1.2;
    (project(&faster), project(&s.baseline()))
}

fn single<'a>(p: &'a Projection, b: &'a Projection) -> [Shown<'a>; 2] {
    [
        Shown { name: "当前".into(), projection: p, role: Role::Scenario },
        Shown { name: "基准".into(), projection: b, role: Role::Baseline },
    ]
}

fn compared<'a>(p: &'a Projection, b: &'a Projection) -> [Shown<'a>; 2] {
    [
        Shown { name: "A".into(), projection: p, role: Role::Compared(0) },
        Shown { name: "B".into(), projection: b, role: Role::Compared(1) },
    ]
}

#[test]
fn every_line_chart_has_the_same_axes_targets_and_published_points_alone_and_compared() {
    let (p, b) = two();
    for &kind in ChartKind::ALL.iter().filter(|k| **k != ChartKind::Cities) {
        let one = build(kind, &single(&p, &b), 0, Lang::Zh).unwrap().spec;
        let many = build(kind, &compared(&p, &b), 0, Lang::Zh).unwrap().spec;
        assert_eq!(one.x, many.x, "{kind:?}: x axis");
        assert_eq!(one.y, many.y, "{kind:?}: format");
        assert_eq!(one.targets, many.targets, "{kind:?}: targets");
        let published = |s: &ChartSpec| s.series.iter().filter(|s| s.points_only).cloned().collect::<Vec<_>>();
        assert_eq!(published(&one), published(&many), "{kind:?}: published points");
        for s in one.series.iter().chain(&many.series) {
            for &(_, v) in &s.points {
                assert!(v >= one.y_min.min(many.y_min) && v <= one.y_max.max(many.y_max), "{kind:?}: {v} off axis");
            }
        }
    }
}

#[test]
fn every_chart_has_a_unique_id_that_reads_back_and_a_title_in_both_languages() {
    let (p, b) = two();
    for &kind in ChartKind::ALL {
        assert_eq!(ChartKind::from_id(kind.id()), Some(kind));
        assert!(!kind.title(Lang::Zh).is_empty() && !kind.title(Lang::En).is_empty());
        assert_eq!(
            build(kind, &single(&p, &b), 0, Lang::Zh).is_none(),
            kind == ChartKind::Cities,
            "{kind:?}: only the city chart has no line definition"
        );
    }
    assert_eq!(ChartKind::from_id("nonsense"), None);
}

#[test]
fn the_city_chart_is_not_a_line_chart_and_never_falls_through_to_another() {
    let (p, b) = two();
    assert!(build(ChartKind::Cities, &single(&p, &b), 0, Lang::Zh).is_none());
    assert!(build(ChartKind::Cities, &compared(&p, &b), 0, Lang::Zh).is_none());
}

#[test]
fn target_lines_come_from_the_target_table_with_every_year_they_apply_to() {
    let (p, b) = two();
    let spec = |k| build(k, &single(&p, &b), 0, Lang::En).unwrap().spec;
    let ratio = spec(ChartKind::IncomeRatio).targets;
    assert_eq!(ratio.len(), 1);
    assert_eq!(ratio[0].label, "target < 1.9 (2025, 2027)");
    let threshold = |o| TARGETS.iter().find(|t| t.outcome == o).unwrap().threshold;
    assert_eq!(ratio[0].value, threshold(Outcome::IncomeRatio));
    assert_eq!(spec(ChartKind::CityGap).targets[0].value, threshold(Outcome::CityIncomeGap));
    let mountain = spec(ChartKind::Mountain).targets;
    assert_eq!(mountain[0].label, "target ≥ 75 % (2027)");
    assert_eq!(mountain[0].value, threshold(Outcome::MountainRelativeIncome));
    let zh = build(ChartKind::IncomeRatio, &single(&p, &b), 0, Lang::Zh).unwrap().spec;
    assert_eq!(zh.targets[0].label, "目标 < 1.9（2025、2027）");
}

#[test]
fn urbanization_shows_the_post_census_published_points_alone_and_compared() {
    // From the 2020 census on: the older series is on another population base
    // (docs/MODEL.md), so it is not drawn as if comparable.
    let (p, b) = two();
    for shown in [single(&p, &b), compared(&p, &b)] {
        let spec = build(ChartKind::Urbanization, &shown, 0, Lang::Zh).unwrap().spec;
        assert_eq!(spec.x, XAxis::Years(2020, 2030));
        assert!(spec.series.iter().any(|s| s.points_only && s.points.first() == Some(&(2020.0, 0.722))));
    }
}

#[test]
fn the_standards_axis_leaves_room_for_the_all_standards_line_in_both_views() {
    let (p, b) = two();
    for shown in [single(&p, &b), compared(&p, &b)] {
        let spec = build(ChartKind::Standards, &shown, 0, Lang::Zh).unwrap().spec;
        let all = spec.targets.iter().find(|t| !t.is_target).unwrap();
        assert_eq!(all.value, p.start.standards_total);
        assert_eq!(all.label, "全部 101 项");
        assert!(spec.y_max >= all.value + 4.0);
    }
}

#[test]
fn the_scenario_is_solid_and_in_front_the_baseline_dashed_behind() {
    let (p, b) = two();
    let spec = build(ChartKind::Completion, &single(&p, &b), 0, Lang::Zh).unwrap().spec;
    let front: Vec<_> = spec.series.iter().filter(|s| s.layer == Layer::Scenario).collect();
    let back: Vec<_> = spec.series.iter().filter(|s| s.layer == Layer::Reference).collect();
    assert_eq!((front.len(), back.len()), (4, 4), "three strands and overall each");
    assert!(front.iter().all(|s| !s.dashed) && back.iter().all(|s| s.dashed));
    assert_eq!(spec.y_min, 0.0);
    assert!(spec.guide.is_some(), "the reporting month is marked in the reported year");
    assert!(build(ChartKind::Completion, &single(&p, &b), 1, Lang::Zh).unwrap().spec.guide.is_none());
}

#[test]
fn compared_scenarios_differ_in_colour_and_are_labelled_by_name() {
    let (p, b) = two();
    let spec = build(ChartKind::Urbanization, &compared(&p, &b), 0, Lang::Zh).unwrap().spec;
    let labels: Vec<_> = spec.series.iter().filter(|s| !s.points_only).map(|s| s.label.as_str()).collect();
    assert_eq!(
        labels,
        ["A · 常住人口城镇化率", "A · 户籍人口城镇化率", "B · 常住人口城镇化率", "B · 户籍人口城镇化率"]
    );
    let colors: Vec<_> = spec.series.iter().filter(|s| !s.points_only).map(|s| s.color).collect();
    assert_ne!(colors[0], colors[2]);
    let note = build(ChartKind::Completion, &compared(&p, &b), 0, Lang::Zh).unwrap().note;
    assert_eq!(note, None, "no 'dashed = baseline' note where dashes mean another scenario");
    // Issue 23, item 6: the completion chart compared draws the overall line
    // only, and says so (before: "A", "B").
    let spec = build(ChartKind::Completion, &compared(&p, &b), 0, Lang::Zh).unwrap().spec;
    let labels: Vec<_> = spec.series.iter().filter(|s| !s.points_only).map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["A · 全部项目", "B · 全部项目"]);
}

#[test]
fn changed_assumptions_add_the_builtin_line_and_bands_go_under_the_lines() {
    use urban_rural_sim::app::charts::specs::{add_band, BandOf};
    use urban_rural_sim::model::uncertainty::uncertainty;
    let builtin = Scenario::zhejiang_2025();
    let mut changed = builtin.clone();
    changed.assumptions.outcomes.income_ratio_decline *= 1.5;
    assert!(!changed.same_assumptions(&builtin) && builtin.same_assumptions(&builtin.baseline()));
    let (p, b, r) = (project(&changed), project(&changed.baseline()), project(&builtin));
    let mut shown = single(&p, &b).into_iter().collect::<Vec<_>>();
    shown.push(Shown { name: "内置情景".into(), projection: &r, role: Role::Builtin });
    let mut spec = build(ChartKind::IncomeRatio, &shown, 0, Lang::Zh).unwrap().spec;
    let line = spec.series.iter().find(|s| s.label == "内置情景").expect("the built-in line");
    assert!(line.dashed && line.layer == Layer::Reference);
    assert_eq!(line.points.last().unwrap().1, r.years.last().unwrap().income_ratio);
    // The scenario's band carries the probabilities; the baseline's does not.
    let band = uncertainty(&changed, 100, 1, 1.0);
    add_band(
        ChartKind::IncomeRatio,
        &mut spec,
        &uncertainty(&changed.baseline(), 100, 1, 1.0),
        BandOf::Baseline,
        Lang::Zh,
    );
    assert!(spec.targets.iter().all(|t| t.likely.is_none()));
    add_band(ChartKind::IncomeRatio, &mut spec, &band, BandOf::Scenario, Lang::Zh);
    assert_eq!(spec.bands.len(), 2);
    assert!(spec.targets.iter().filter(|t| t.is_target).all(|t| t.likely.as_deref().unwrap().starts_with("达成概率")));
    assert_ne!(spec.bands[0].color, spec.bands[1].color);
}

/// Which lines a chart shows is decided once (`charts::shown`): the screen's
/// chart slots, the presentation's slides and the printed handout each ask
/// `shown::lines` for the scenario alone and `shown::chart` for a chart, so
/// all three draw the built-in scenario's grey line exactly when the
/// assumptions differ from the built-in ones (the levers do not count).
#[test]
fn the_builtin_line_is_shown_exactly_when_the_assumptions_differ_from_the_builtin_ones() {
    use urban_rural_sim::app::charts::shown::{self, Bands, View};
    let builtin = Scenario::zhejiang_2025();
    let mut levers_only = builtin.clone();
    levers_only.levers.execution_speed = 1.2;
    let mut changed = builtin.clone();
    changed.assumptions.outcomes.income_ratio_decline *= 1.5;
    for (scenario, expected) in [(&builtin, false), (&levers_only, false), (&changed, true)] {
        let (p, b) = (project(scenario), project(&scenario.baseline()));
        for lang in [Lang::Zh, Lang::En] {
            let lines = shown::lines(View::Alone { scenario, projection: &p, baseline: &b }, lang);
            let roles: Vec<Role> = lines.iter().map(|s| s.role).collect();
            assert_eq!(roles.contains(&Role::Builtin), expected, "{roles:?}");
            assert_eq!(&roles[..2], [Role::Scenario, Role::Baseline]);
            // The record chart (the backtest's history) draws no scenario.
            for &kind in ChartKind::ALL.iter().filter(|k| !matches!(k, ChartKind::Cities | ChartKind::Record)) {
                let spec = shown::chart(kind, &lines, Bands::default(), 0, lang).unwrap().spec;
                let name = if lang == Lang::Zh { "内置情景" } else { "Built-in scenario" };
                let grey = spec.series.iter().find(|s| s.label.starts_with(name));
                assert_eq!(grey.is_some(), expected, "{kind:?} {lang:?}");
                if let Some(grey) = grey {
                    // The built-in projection's own values, not the scenario's.
                    assert!(grey.dashed && grey.layer == Layer::Reference);
                    assert!(grey.points.iter().all(|p| p.1.is_finite()));
                }
            }
        }
    }
    // The built-in line's values are the built-in scenario's.
    let (p, b) = (project(&changed), project(&changed.baseline()));
    let lines = shown::lines(View::Alone { scenario: &changed, projection: &p, baseline: &b }, Lang::Zh);
    let spec = shown::chart(ChartKind::IncomeRatio, &lines, Bands::default(), 0, Lang::Zh).unwrap().spec;
    let grey = spec.series.iter().find(|s| s.label == "内置情景").unwrap();
    let builtin_ratio = project(&builtin).years.last().unwrap().income_ratio;
    assert_eq!(grey.points.last().unwrap().1, builtin_ratio);
    assert_ne!(builtin_ratio, p.years.last().unwrap().income_ratio, "the assumption changes the ratio");
}

#[test]
fn bands_go_under_a_scenario_alone_and_never_under_compared_scenarios() {
    use urban_rural_sim::app::charts::shown::{self, Bands, View};
    use urban_rural_sim::model::uncertainty::uncertainty;
    let s = Scenario::zhejiang_2025();
    let (p, b) = (project(&s), project(&s.baseline()));
    let (band, base_band) = (uncertainty(&s, 100, 1, 1.0), uncertainty(&s.baseline(), 100, 1, 1.0));
    let bands = Bands { scenario: Some(&band), baseline: Some(&base_band) };
    let alone = shown::lines(View::Alone { scenario: &s, projection: &p, baseline: &b }, Lang::Zh);
    let spec = shown::chart(ChartKind::IncomeRatio, &alone, bands, 0, Lang::Zh).unwrap().spec;
    assert_eq!(spec.bands.len(), 2, "the baseline's band, then the scenario's");
    let only = Bands { scenario: Some(&band), baseline: None };
    assert_eq!(shown::chart(ChartKind::IncomeRatio, &alone, only, 0, Lang::Zh).unwrap().spec.bands.len(), 1);
    let compared = shown::lines(View::Compared(vec![("A".into(), &p), ("B".into(), &b)]), Lang::Zh);
    assert_eq!(compared.iter().map(|s| s.role).collect::<Vec<_>>(), [Role::Compared(0), Role::Compared(1)]);
    let spec = shown::chart(ChartKind::IncomeRatio, &compared, bands, 0, Lang::Zh).unwrap().spec;
    assert!(spec.bands.is_empty() && spec.targets.iter().all(|t| t.likely.is_none()));
}

/// Issue 23, item 9: a chart's note speaks its axis's unit (before: "起点
/// 0.73" under a % axis).
#[test]
fn notes_speak_the_unit_of_their_axis() {
    use urban_rural_sim::app::charts::spec::YFormat;
    let (p, b) = two();
    for lang in [Lang::Zh, Lang::En] {
        for &kind in ChartKind::ALL {
            let Some(built) = build(kind, &single(&p, &b), 0, lang) else { continue };
            let Some(note) = built.note else { continue };
            if built.spec.y == YFormat::Percent {
                let fraction =
                    note.split(|c: char| !(c.is_ascii_digit() || c == '.')).any(|t| t.starts_with("0.") && t.len() > 2);
                assert!(!fraction, "{kind:?}: {note}");
            }
        }
    }
    let note = build(ChartKind::Mountain, &single(&p, &b), 0, Lang::Zh).unwrap().note.unwrap();
    assert!(note.contains("73 %"), "{note}");
}
