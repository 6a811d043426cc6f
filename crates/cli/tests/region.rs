//! The region commands, run as a planner would: write the template, check a
//! file, run another region (crates/cli/src/region.rs).
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn urs(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_urs")).args(args).output().expect("run urs")
}

const JIAXING: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/jiaxing-2025.json");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/region/");

#[test]
fn the_template_checks_clean_and_runs_as_the_built_in_region() {
    let out = urs(&["--print-region", "--csv"]);
    assert!(out.status.success());
    assert!(out.stdout.starts_with("\u{feff}".as_bytes()), "a BOM for Excel and WPS");
    let path = std::env::temp_dir().join(format!("urs-template-{}.csv", std::process::id()));
    std::fs::write(&path, &out.stdout).unwrap();
    let check = urs(&["--check-region", path.to_str().unwrap()]);
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
    let from_csv = urs(&["--region", path.to_str().unwrap(), "--json"]);
    let builtin = urs(&["--builtin", "zhejiang-2025", "--json"]);
    assert_eq!(from_csv.stdout, builtin.stdout, "the pre-filled template is the built-in region");
    let _ = std::fs::remove_file(path);
}

#[test]
fn jiaxing_runs_on_its_own_numbers_and_lists_the_provinces_beliefs_it_keeps() {
    let check = urs(&["--check-region", JIAXING]);
    let said = String::from_utf8_lossy(&check.stdout);
    assert!(check.status.success() && said.contains("jiaxing-2025"), "{said}");
    assert!(said.contains("depreciation") && said.contains("band is wider"), "{said}");
    let out = urs(&["--region", JIAXING, "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ratio_2025 = json["years"][0]["income_ratio"].as_f64().unwrap();
    assert!((1.44..1.54).contains(&ratio_2025), "Jiaxing's ratio, not the province's 1.81: {ratio_2025}");
    // The band runs on its short history (it replays what there is).
    let band = urs(&["--region", JIAXING, "--band", "50", "--json"]);
    let band: serde_json::Value = serde_json::from_slice(&band.stdout).unwrap();
    assert!(band["band"]["draws"].as_u64().unwrap() > 0, "{}", band["band"]);
    // The province's name is not Jiaxing's built-in.
    assert!(!urs(&["--region", JIAXING, "--builtin", "zhejiang-2025"]).status.success());
}

#[test]
fn a_bad_region_file_lists_its_problems_and_exits_non_zero() {
    for (file, words) in
        [("many-problems.csv", "3 problem"), ("gbk.csv", "UTF-8"), ("yuan-for-bn.json", "typed in yuan")]
    {
        let path = format!("{FIXTURES}{file}");
        for args in [vec!["--check-region", &path], vec!["--region", &path]] {
            let out = urs(&args);
            assert_eq!(out.status.code(), Some(1), "{file} {args:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains(words) && err.contains("地区文件"), "{file}: {err}");
            assert!(out.stdout.is_empty(), "{file}: nothing runs on a refused region");
        }
    }
}
