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
    assert!(text.contains("attribution: IncomeRatio 2030"), "{text}");
    assert!(text.contains("Lever(\"hukou_reform\")"), "{text}");
    let out = urs(&["--builtin", "zhejiang-2025", "--seek", "income_ratio<=1.66@2030", "--free", "totals"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("goal seek: met"), "{text}");
    let bad = urs(&["--builtin", "zhejiang-2025", "--seek", "income_ratio=1.6"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8(bad.stderr).unwrap().contains("cannot read the goal"));
    let _ = std::fs::remove_dir_all(&dir);
}
