//! Golden outputs: the full projection of a few named scenarios is stored in
//! tests/golden/*.json and compared number by number (relative tolerance
//! 1e-9). A model change that moves results fails here and shows in review
//! as a diff of these files. To accept a deliberate change:
//!     UPDATE_GOLDEN=1 cargo test --test golden
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::path::PathBuf;
use urban_rural_sim::model::{project, Allocation, Scenario, Strand};

const TOLERANCE: f64 = 1e-9;

fn named_scenarios() -> Vec<(&'static str, Scenario)> {
    let base = Scenario::zhejiang_2025();
    let mut rural_push = base.clone();
    let a = rural_push.levers.plan_allocation;
    rural_push.levers.plan_allocation = a.set_share(Strand::Rural, a.rural + 0.10, None);
    let mut reform = base.clone();
    reform.levers.hukou_reform = 1.8;
    reform.levers.standards_effort = 1.5;
    reform.levers.county_capacity = 1.2;
    let mut austerity = base.clone();
    austerity.levers.plan_funds_bn = 250.0;
    austerity.levers.credit_take_up = 0.2;
    austerity.levers.execution_speed = 0.8;
    austerity.levers.special_funds_years = 1.0;
    let mut integration_first = base.clone();
    integration_first.levers.special_allocation = Allocation::from_array([0.0, 0.0, 1.0]);
    integration_first.levers.mountain_share = 0.5;
    integration_first.assumptions.calibration_month = 6;
    vec![
        ("zhejiang-2025", base),
        ("rural-push", rural_push),
        ("reform", reform),
        ("austerity", austerity),
        ("integration-first-june", integration_first),
    ]
}

fn compare(path: &str, expected: &Value, actual: &Value, diffs: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Number(e), Value::Number(a)) => {
            let (e, a) = (e.as_f64().unwrap_or(f64::NAN), a.as_f64().unwrap_or(f64::NAN));
            if (e - a).abs() > TOLERANCE * e.abs().max(1.0) {
                diffs.push(format!("{path}: golden {e}, now {a}"));
            }
        }
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => {
            for (i, (e, a)) in e.iter().zip(a).enumerate() {
                compare(&format!("{path}[{i}]"), e, a, diffs);
            }
        }
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                match a.get(k) {
                    Some(av) => compare(&format!("{path}.{k}"), ev, av, diffs),
                    None => diffs.push(format!("{path}.{k}: missing now")),
                }
            }
            for k in a.keys().filter(|k| !e.contains_key(*k)) {
                diffs.push(format!("{path}.{k}: new, not in the golden file"));
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            diffs.push(format!("{path}: {} items in the golden file, {} now", e.len(), a.len()))
        }
        (e, a) if e == a => {}
        (e, a) => diffs.push(format!("{path}: golden {e}, now {a}")),
    }
}

#[test]
fn named_scenarios_match_their_golden_projections() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for (name, scenario) in named_scenarios() {
        scenario.validate().unwrap();
        let actual = serde_json::to_value(project(&scenario)).unwrap();
        let file = dir.join(format!("{name}.json"));
        if update {
            std::fs::write(&file, serde_json::to_string_pretty(&actual).unwrap() + "\n").unwrap();
            continue;
        }
        let text = std::fs::read_to_string(&file)
            .unwrap_or_else(|_| panic!("{} missing: run UPDATE_GOLDEN=1 cargo test --test golden", file.display()));
        let expected: Value = serde_json::from_str(&text).unwrap();
        let mut diffs = Vec::new();
        compare(name, &expected, &actual, &mut diffs);
        if !diffs.is_empty() {
            failures.push(format!(
                "{name}: {} values moved, first: {}",
                diffs.len(),
                diffs[..diffs.len().min(5)].join("; ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
