//! The native command line, run as a user would run it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn urs(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_urs")).args(args).output().expect("run urs")
}

#[test]
fn builtin_json_carries_the_calibration_figures_with_their_published_digits() {
    let out = urs(&["--builtin", "zhejiang-2025", "--json"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for figure in [
        "\"total_completed_bn\": 169.68",
        "\"total_rate_pct\": 59.1",
        "\"urban_completed_bn\": 73.859",
        "\"urban_rate_pct\": 61.7",
        "\"rural_completed_bn\": 85.106",
        "\"rural_rate_pct\": 57.5",
    ] {
        assert!(text.contains(figure), "missing {figure}");
    }
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["completion"]["strands"].as_array().unwrap().len(), 3);
    assert_eq!(json["completion"]["overall_rate"].as_array().unwrap().len(), 12);
    // Every yearly outcome, 2025–2030, and the targets.
    let years = json["years"].as_array().unwrap();
    assert_eq!(years.len(), 6);
    assert_eq!(years[5]["year"], 2030);
    for key in [
        "income_ratio",
        "urban_income",
        "rural_income",
        "average_income",
        "standards_no_urban_rural_gap",
        "standards_no_hukou_gap",
        "urbanization",
        "registered_urbanization",
        "city_income_gap",
        "mountain_relative_income",
    ] {
        assert!(years[0][key].as_f64().is_some_and(f64::is_finite), "{key}");
    }
    assert_eq!(json["targets"].as_array().unwrap().len(), 5);
    assert_eq!(json["completion_by_year"].as_array().unwrap().len(), 6);
}

#[test]
fn the_readable_table_shows_months_outcomes_and_targets() {
    let out = urs(&["--builtin", "zhejiang-2025"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("← reported"));
    assert!(text.contains("yearly outcomes"));
    assert!(text.contains("  2030  "));
    assert!(text.contains("Urban–rural income ratio below 1.9 in 2027"));
}

#[test]
fn a_printed_builtin_scenario_file_runs_back_to_the_same_projection() {
    let dir = std::env::temp_dir().join(format!("urs-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("zhejiang.json");
    let printed = urs(&["--print-builtin", "zhejiang-2025"]);
    std::fs::write(&file, &printed.stdout).unwrap();
    let from_file = urs(&["--scenario", file.to_str().unwrap(), "--json"]);
    let builtin = urs(&["--builtin", "zhejiang-2025", "--json"]);
    assert!(from_file.status.success());
    assert_eq!(from_file.stdout, builtin.stdout);
}

#[test]
fn a_bad_scenario_file_is_refused_with_a_clear_message_and_exit_2() {
    let dir = std::env::temp_dir().join(format!("urs-cli-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases = [
        ("truncated.json", "{\"format_version\": 1, \"name\": \"x\"", "not valid JSON"),
        ("future.json", "{\"format_version\": 99}", "unsupported scenario format version 99"),
        ("shares.json", &bad_shares(), "must add up to 100 %"),
    ];
    for (name, content, expected) in cases {
        let file = dir.join(name);
        std::fs::write(&file, content).unwrap();
        let out = urs(&["--scenario", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(expected), "{name}: {err}");
        assert!(out.stdout.is_empty(), "{name}: printed a result anyway");
    }
}

fn bad_shares() -> String {
    let s = urs_model::Scenario::zhejiang_2025().to_json();
    let mut v: serde_json::Value = serde_json::from_str(&s).unwrap();
    v["levers"]["plan_allocation"]["urban"] = serde_json::json!(0.9);
    v.to_string()
}

#[test]
fn unknown_flags_and_missing_files_fail_with_exit_2() {
    for args in [&["--frobnicate"][..], &["--scenario", "/nonexistent/x.json"], &["--builtin", "mars-2090"], &[]] {
        let out = urs(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn the_band_prints_quantiles_and_target_probabilities_and_is_reproducible() {
    let out = urs(&["--builtin", "zhejiang-2025", "--band", "200", "--seed", "4"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("uncertainty band: 200 draws (seed 4)"), "{text}");
    assert!(text.contains("probability of meeting each target"));
    assert!(text.contains("income_ratio_2027"));
    assert_eq!(
        text,
        String::from_utf8(urs(&["--builtin", "zhejiang-2025", "--band", "200", "--seed", "4"]).stdout).unwrap()
    );
    let json: serde_json::Value =
        serde_json::from_slice(&urs(&["--builtin", "zhejiang-2025", "--json", "--band", "100"]).stdout).unwrap();
    assert_eq!(json["band"]["draws"], 100);
    assert_eq!(json["band"]["targets"].as_array().unwrap().len(), 5);
    assert!(!urs(&["--builtin", "zhejiang-2025", "--band", "0"]).status.success());
}

#[test]
fn docs_model_md_carries_every_generated_table() {
    let doc = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/MODEL.md");
    let copy = std::env::temp_dir().join(format!("urs-model-{}.md", std::process::id()));
    std::fs::copy(&doc, &copy).unwrap();
    assert!(urs(&["--update-doc", copy.to_str().unwrap()]).status.success());
    let (now, regenerated) = (std::fs::read_to_string(&doc).unwrap(), std::fs::read_to_string(&copy).unwrap());
    let _ = std::fs::remove_file(&copy);
    assert!(
        now == regenerated,
        "docs/MODEL.md is out of date: run `cargo run --bin urs -- --update-doc docs/MODEL.md`"
    );
}

#[test]
fn explain_and_seek_from_the_command_line() {
    let dir = std::env::temp_dir().join(format!("urs-seek-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("s.json");
    let builtin = String::from_utf8(urs(&["--print-builtin", "zhejiang-2025"]).stdout).unwrap();
    std::fs::write(&path, builtin.replace("\"hukou_reform\": 1.0", "\"hukou_reform\": 1.6")).unwrap();
    let out = urs(&["--scenario", path.to_str().unwrap(), "--explain", "income_ratio", "2030"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("attribution: 城乡居民收入比 Urban–rural income ratio 2030"), "{text}");
    assert!(text.contains("Lever(\"hukou_reform\")"), "{text}");
    // A hair below the start: met, with its cost, its years and the levers it moves.
    let start = urs_model::project(&urs_model::Scenario::zhejiang_2025()).years.last().unwrap().income_ratio;
    let goal = format!("income_ratio<={:.4}@2030", start - 0.001);
    let out = urs(&["--builtin", "zhejiang-2025", "--seek", &goal, "--free", "totals"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("All goals can be met") && text.contains("lever                          current"), "{text}");
    assert!(text.contains("Extra money (vs the start, 2025–2030)") && text.contains("新增资金"), "{text}");
    assert!(text.contains("Published commitments kept as they are"), "{text}");
    // Far out of reach, every commitment freed and every outcome allowed to worsen:
    // said to be, with what binds, and no setting.
    let out = urs(&[
        "--builtin",
        "zhejiang-2025",
        "--seek",
        "income_ratio<=1.3@2030",
        "--free",
        "all",
        "--free",
        "credit_bn",
        "--free",
        "special_funds_bn",
        "--allow-worse",
        "all",
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Out of reach") && text.contains("无法全部达成"), "{text}");
    assert!(!text.contains("lever                          current"), "no setting is offered: {text}");
    assert!(text.contains("Money the best values would take"), "{text}");
    let json: serde_json::Value = serde_json::from_slice(
        &urs(&[
            "--builtin",
            "zhejiang-2025",
            "--json",
            "--seek",
            "income_ratio<=1.3@2030",
            "--allow-worse",
            "urban_income",
        ])
        .stdout,
    )
    .unwrap();
    assert!(json["goal_seek"]["scenario"].is_null() && json["goal_seek"]["met"] == false, "{json}");
    assert_eq!(json["goal_seek"]["spending"]["by_year"].as_array().unwrap().len(), 6);
    // A name that is no commitment, or no outcome: a clear message in both languages.
    let bad = urs(&["--builtin", "zhejiang-2025", "--seek", &goal, "--free", "plan_funds_bn"]);
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8(bad.stderr).unwrap();
    assert!(err.contains("no published commitment named “plan_funds_bn”") && err.contains("已公布承诺"), "{err}");
    let bad = urs(&["--builtin", "zhejiang-2025", "--seek", &goal, "--allow-worse", "gdp"]);
    assert!(String::from_utf8(bad.stderr).unwrap().contains("--allow-worse takes all or an outcome's id"));
    let bad = urs(&["--builtin", "zhejiang-2025", "--seek", "income_ratio=1.6"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8(bad.stderr).unwrap().contains("cannot read the goal"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn goals_are_read_by_outcome_id_and_by_the_older_names() {
    // The older names (city_gap, mountain, completion.STRAND) and the ids.
    let out = urs(&[
        "--builtin",
        "zhejiang-2025",
        "--json",
        "--seek",
        "city_gap<=1.6@2025",
        "--seek",
        "mountain>=0.7@2027",
        "--seek",
        "completion.rural>=1.0@2025",
        "--seek",
        "average_income>=60000@2027",
        "--free",
        "shares",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let outcomes: Vec<&str> =
        json["goal_seek"]["goals"].as_array().unwrap().iter().map(|g| g["goal"]["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes, ["city_income_gap", "mountain_relative_income", "rural_completion", "average_income"]);
    // The wrong direction, and an outcome that cannot be a goal: a clear message.
    let wrong = urs(&["--builtin", "zhejiang-2025", "--seek", "income_ratio>=1.6@2030"]);
    assert_eq!(wrong.status.code(), Some(2));
    let err = String::from_utf8(wrong.stderr).unwrap();
    assert!(err.contains("is written income_ratio<=") && err.contains("城乡居民收入比"), "{err}");
    let not_a_goal = urs(&["--builtin", "zhejiang-2025", "--seek", "urbanization>=0.8@2030"]);
    assert_eq!(not_a_goal.status.code(), Some(2));
    let err = String::from_utf8(not_a_goal.stderr).unwrap();
    assert!(err.contains("“Resident urbanization rate” cannot be a goal"), "{err}");
}

#[test]
fn the_yearly_outcomes_and_the_band_are_named_by_the_outcome_table() {
    use urs_model::i18n::Lang;
    use urs_model::{project, Scenario, OUTCOMES};
    let out = urs(&["--builtin", "zhejiang-2025", "--band", "50"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let p = project(&Scenario::zhejiang_2025());
    for o in OUTCOMES {
        // Every outcome has its yearly row, each of the band's its quantiles.
        let named = format!("{} {}", o.name(Lang::Zh), o.name(Lang::En));
        assert_eq!(text.matches(&named).count(), if o.has_band() { 2 } else { 1 }, "{named}");
    }
    // The yearly row of the income ratio: the table's decimals, each year.
    let row = text.lines().find(|l| l.ends_with("城乡居民收入比 Urban–rural income ratio")).expect("a row");
    for y in &p.years {
        assert!(row.contains(&format!("{:.3}", y.income_ratio)), "{row}");
    }
}

#[test]
fn svg_writes_any_chart_in_the_chosen_language_to_stdout_or_a_file() {
    let out = urs(&["--svg", "income-ratio", "--lang", "en"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let svg = String::from_utf8(out.stdout).unwrap();
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    // SVG text escapes "<" (the target's label).
    assert!(svg.contains("Urban–rural income ratio") && svg.contains("target &lt; 1.9 (2025, 2027)"), "{svg}");
    let file = std::env::temp_dir().join(format!("urs-cities-{}.svg", std::process::id()));
    let out = urs(&["--svg", "cities", "--year", "2026", "--out", file.to_str().unwrap()]);
    assert!(out.status.success() && out.stdout.is_empty());
    let svg = std::fs::read_to_string(&file).unwrap();
    let _ = std::fs::remove_file(&file);
    assert!(svg.contains("杭州") && svg.contains("丽水") && !svg.contains("Hangzhou"));
}

#[test]
fn svg_refuses_an_unknown_chart_or_year_in_both_languages_and_writes_nothing() {
    for args in
        [&["--svg", "pie"][..], &["--svg", "completion", "--year", "2040"], &["--svg", "cities", "--lang", "fr"]]
    {
        let out = urs(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("错误 error:") && err.contains("usage:"), "{args:?}: {err}");
    }
}

#[test]
fn tornado_says_what_the_2030_ratio_depends_on_in_the_language_asked() {
    let out = urs(&["--tornado", "income_ratio", "--lang", "en", "--top", "3"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines[0], "What Urban–rural income ratio in 2030 depends on");
    // The trend first, and no Chinese when English is asked for.
    assert!(lines[2].contains("Yearly fall of the income ratio"), "{text}");
    assert_eq!(lines.len(), 2 + 3 + 1, "title, central value, three bars, the rest counted: {text}");
    assert!(!text.contains("收入比"), "{text}");
    let zh = String::from_utf8(urs(&["--tornado", "--lang", "zh", "--year", "2027"]).stdout).unwrap();
    assert!(zh.contains("城乡居民收入比 2027 年取决于什么") && zh.contains("山区海岛县"), "{zh}");
    // Bad input: a clear message in both languages, nothing printed.
    let bad = urs(&["--tornado", "no_such_outcome"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(bad.stdout.is_empty());
    let e = String::from_utf8(bad.stderr).unwrap();
    assert!(e.contains("没有名为 no_such_outcome 的结果") && e.contains("no outcome named no_such_outcome"), "{e}");
    let late = urs(&["--tornado", "--year", "2040"]);
    assert_eq!(late.status.code(), Some(2));
}

/// An older scenario file (model 0.2) runs, and stderr says in both
/// languages what became of its edits: mapped, or not carried over.
#[test]
fn an_older_file_says_on_stderr_what_it_lost() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/scenario-v1-model-0.2-assumptions.json");
    let out = urs(&["--scenario", fixture]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("已换算：assumptions.calibration_month：6"), "{err}");
    assert!(err.contains("mapped: assumptions.calibration_month: 6"), "{err}");
    assert!(err.contains("未转入：assumptions.funding_elasticity = 0.8"), "{err}");
    assert!(err.contains("not carried over: assumptions.funding_elasticity = 0.8"), "{err}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("funding_elasticity"));
}

/// A file saved by model 1.0.0 (starting at 2024) runs, and stderr says in
/// both languages what was updated, mapped and not carried over.
#[test]
fn a_model_1_file_says_on_stderr_what_became_of_it() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/scenario-model-1.0.0.json");
    let out = urs(&["--scenario", fixture]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("此文件由模型 1.0/1.1 保存") && err.contains("Saved by model 1.0/1.1"), "{err}");
    assert!(
        err.contains("已更新：depreciation：0.096 → 0.024") && err.contains("updated: depreciation: 0.096 → 0.024"),
        "{err}"
    );
    assert!(err.contains("未转入：start_urban_income：79000 → 81616"), "{err}");
    assert!(err.contains("not carried over: start_urban_income: 79000 → 81616"), "{err}");
}
