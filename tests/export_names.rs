//! Issue 23, items 4 and 5: every export of a scenario is named for what it
//! holds (an unsaved change says so, with what it is based on), its file name
//! carries the name, the year and the time, and what changed lists only what
//! the planner changed, in the export's language and the screen's units.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::app::summary::{summarize, Topic};
use urban_rural_sim::i18n::Lang;
use urban_rural_sim::io::csv::{summary_csv, CsvHeader};
use urban_rural_sim::io::export::{changed_settings, scenario_file};
use urban_rural_sim::io::stamp::{export_name, export_subtitle, file_name, Stamp};
use urban_rural_sim::model::params::find;
use urban_rural_sim::model::{project, Scenario, Strand};

fn set(s: &mut Scenario, id: &str, v: f64) {
    (find(id).expect("a parameter").set)(s, v);
}

/// The built-in scenario with ordinary funds at 374.4 bn (3744 亿元).
fn more_funds() -> Scenario {
    let mut s = Scenario::zhejiang_2025();
    set(&mut s, "plan_funds_bn", 374.4);
    s
}

#[test]
fn an_unsaved_change_is_named_as_one_and_the_saved_scenario_by_its_name() {
    let builtin = Scenario::zhejiang_2025();
    let none: [&Scenario; 0] = [];
    let name = export_name(&builtin, none);
    assert_eq!((name.zh.as_str(), name.en.as_str()), ("浙江 2025", "Zhejiang 2025"));
    // Before: a changed scenario exported as "浙江 2025 / Zhejiang 2025".
    let changed = more_funds();
    let name = export_name(&changed, none);
    assert_eq!(name.zh, "未保存的情景（基于 浙江 2025）");
    assert_eq!(name.en, "Unsaved scenario (based on Zhejiang 2025)");
    // Saved under a name: that name, until it is changed again.
    let mut saved = changed.clone();
    saved.name = "兴村优先 A".into();
    assert_eq!(export_name(&saved, [&saved]).zh, "兴村优先 A");
    let mut moved = saved.clone();
    set(&mut moved, "execution_speed", 1.2);
    assert_eq!(export_name(&moved, [&saved]).zh, "未保存的情景（基于 兴村优先 A）");
    assert_eq!(export_name(&moved, [&saved]).en, "Unsaved scenario (based on 兴村优先 A)");
    // A share only locked is no change (float noise in the last digits).
    let mut locked = Scenario::zhejiang_2025();
    let a = locked.levers.plan_allocation;
    locked.levers.plan_allocation = a.set_share(Strand::Integration, a.integration - 2e-7, None);
    assert_ne!(locked.levers.plan_allocation, a);
    assert_eq!(export_name(&locked, none).zh, "浙江 2025");
}

#[test]
fn file_names_carry_the_name_the_year_and_the_time_and_never_collide() {
    let name = export_name(&more_funds(), std::iter::empty()).zh;
    let a = file_name(&name, "2030", "completion@2x", "2026-12-07 20:40", "png");
    let b = file_name(&name, "2030", "completion@2x", "2026-12-07 20:41", "png");
    let c = file_name("浙江 2025", "2030", "completion@2x", "2026-12-07 20:40", "png");
    assert_eq!(a, "未保存的情景-基于-浙江-2025_2030_completion-2x_2026-12-07-2040.png");
    assert!(a != b && a != c, "{a} {b} {c}");
    let csv = file_name("Unsaved scenario (based on Zhejiang 2025)", "2025–2030", "table", "2026-12-07 20:40", "csv");
    assert_eq!(csv, "Unsaved-scenario-based-on-Zhejiang-2025_2025-2030_table_2026-12-07-2040.csv");
    for bad in ["../../etc", "a/b\\c:d*e?f\"g<h>i|j", ""] {
        let f = file_name(bad, "", "x", "", "json");
        assert!(!f.contains(['/', '\\', ':', '*', '?', '"', '<', '>', '|']) && !f.starts_with('.'), "{f}");
    }
    assert_eq!(
        export_subtitle(&name, "2030", "2026-12-07 20:40", Lang::Zh),
        "未保存的情景（基于 浙江 2025） · 2030 · 2026-12-07 20:40"
    );
}

#[test]
fn json_and_csv_say_the_same_name() {
    let s = more_funds();
    let name = export_name(&s, std::iter::empty());
    let stamp = Stamp::new("2026-12-07 20:40");
    let file: serde_json::Value = serde_json::from_str(&scenario_file(&s, &name.zh, &stamp)).unwrap();
    assert_eq!(file["exported"]["name"], "未保存的情景（基于 浙江 2025）");
    let (p, b) = (project(&s), project(&s.baseline()));
    let header =
        CsvHeader { name: name.en.clone(), lang: Lang::En, stamp, changed: changed_settings(&s), lines: vec![] };
    let csv = summary_csv(&header, &p, &b);
    assert!(csv.contains("#,情景 / scenario,Unsaved scenario (based on Zhejiang 2025)\n"), "{csv:.300}");
}

#[test]
fn what_changed_lists_only_the_planners_changes_in_the_exports_units() {
    // A share only locked: before, "融合 4.42972 % → 4.42970 %" was listed.
    let mut locked = Scenario::zhejiang_2025();
    let a = locked.levers.plan_allocation;
    locked.levers.plan_allocation = a.set_share(Strand::Integration, a.integration - 2e-7, None);
    assert!(changed_settings(&locked).is_empty(), "{:?}", changed_settings(&locked));
    let (p, b) = (project(&locked), project(&locked.baseline()));
    let summary = summarize(&locked, &p, &b, 0, None);
    let levers: Vec<_> = summary.sentences.iter().filter(|s| s.topic == Topic::Levers).collect();
    assert_eq!(levers.len(), 1);
    assert!(levers[0].text.zh.contains("与基准相同") || !levers[0].text.zh.contains('%'), "{}", levers[0].text.zh);

    // The CSV's changed rows in Chinese: 亿元 as on screen, not bn yuan.
    let s = more_funds();
    let (p, b) = (project(&s), project(&s.baseline()));
    let row = |lang| {
        let header =
            CsvHeader { name: "x".into(), lang, stamp: Stamp::new("t"), changed: changed_settings(&s), lines: vec![] };
        let csv = summary_csv(&header, &p, &b);
        csv.lines().find(|l| l.contains(",plan_funds_bn,")).map(String::from).expect("a changed row")
    };
    assert!(row(Lang::Zh).ends_with(",3244.0,3744.0,亿元"), "{}", row(Lang::Zh));
    assert!(row(Lang::En).ends_with(",324.40,374.40,bn yuan"), "{}", row(Lang::En));
}

/// Issue 23, item 5: an applied goal-seek answer carries no float noise into
/// the link (before: 0.10000000000000002 and 1.1448028308076046, a link of
/// 509 characters and an 89×89 QR code).
#[test]
fn an_applied_goal_seek_answer_is_rounded_to_what_its_levers_mean() {
    use urban_rural_sim::io::export::rounded_levers;
    use urban_rural_sim::io::link;
    use urban_rural_sim::model::goal_seek::{seek, Freedom, Goal, Objective, Rules};
    use urban_rural_sim::model::Outcome;
    let current = Scenario::zhejiang_2025();
    // Within reach under goal seek's rules (model 1.2: the best with every lever is about 1.656).
    let goals = [Goal::new(Outcome::IncomeRatio, 2030, 1.66).unwrap()];
    let sol = seek(&current, &goals, Freedom::AllLevers, Objective::LeastExtraMoney, &Rules::default());
    let answer = sol.scenario.expect("a goal within reach gets a setting");
    let noisy = link::encode(&answer);
    let applied = rounded_levers(&answer);
    applied.validate().unwrap();
    let clean = link::encode(&applied);
    let longest_number =
        |text: &str| text.split([';', '=', ',']).filter(|t| t.parse::<f64>().is_ok()).map(str::len).max().unwrap_or(0);
    assert!(longest_number(&clean) <= 9, "{clean}");
    assert!(!clean.contains(";j="), "{clean}");
    assert!(clean.len() < noisy.len() || longest_number(&noisy) <= 9, "{noisy}\n{clean}");
    // Rounding moves no result a planner can see.
    let (a, b) = (project(&answer), project(&applied));
    let ratio = |p: &urban_rural_sim::model::Projection| p.years.last().unwrap().income_ratio;
    assert!((ratio(&a) - ratio(&b)).abs() < 5e-4, "{} {}", ratio(&a), ratio(&b));
    // Shares still add up, and a value already clean stays as it is.
    let builtin = Scenario::zhejiang_2025();
    assert_eq!(rounded_levers(&more_funds()).levers.plan_funds_bn, 374.4);
    assert_eq!(rounded_levers(&builtin).levers.execution_speed, builtin.levers.execution_speed);
}
