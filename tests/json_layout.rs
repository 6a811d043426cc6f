//! The one stored expectation kept on purpose: the layout of the projection's
//! JSON, the format `urs --json` writes and docs/CLI.md documents (scripts and
//! other tools read it). Every key path, the type of its value and the length
//! of its arrays are in tests/golden/projection-layout.txt; the numbers are
//! not (tests/reference.rs says what they must be). A change of the format
//! fails here and shows in review as a diff of that file; to accept one,
//! update docs/CLI.md and run `UPDATE_GOLDEN=1 cargo test --test json_layout`.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::collections::BTreeSet;
use urban_rural_sim::model::{project, Scenario};

/// One line per key path (`$` the whole projection): `path: type`, arrays with
/// their length and their elements as `path[]` (every element's layout merged,
/// so elements of two shapes show as two sets of lines).
fn layout(path: &str, v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            out.insert(format!("{path}: object"));
            for (k, x) in m {
                layout(&format!("{path}.{k}"), x, out);
            }
        }
        Value::Array(xs) => {
            out.insert(format!("{path}: array of {}", xs.len()));
            for x in xs {
                layout(&format!("{path}[]"), x, out);
            }
        }
        Value::Number(_) => drop(out.insert(format!("{path}: number"))),
        Value::String(_) => drop(out.insert(format!("{path}: string"))),
        Value::Bool(_) => drop(out.insert(format!("{path}: bool"))),
        Value::Null => drop(out.insert(format!("{path}: null"))),
    }
}

#[test]
fn the_projection_json_keeps_its_documented_layout() {
    // The notices array is empty for the built-in scenario; a scenario with
    // money binding every strand has some, so their layout is checked too.
    let mut lines = BTreeSet::new();
    let mut austere = Scenario::zhejiang_2025();
    austere.levers.plan_funds_bn = 250.0;
    for s in [Scenario::zhejiang_2025(), austere] {
        layout("$", &serde_json::to_value(project(&s)).unwrap(), &mut lines);
    }
    // Array lengths that depend on the scenario (notices) are not the format.
    let text: String =
        lines.into_iter().filter(|l| !l.starts_with("$.notices: array")).map(|l| l + "\n").collect::<Vec<_>>().concat();
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/projection-layout.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&file, &text).unwrap();
    }
    let stored = std::fs::read_to_string(&file).expect("run UPDATE_GOLDEN=1 cargo test --test json_layout");
    let (was, now): (BTreeSet<&str>, BTreeSet<&str>) = (stored.lines().collect(), text.lines().collect());
    let gone: Vec<_> = was.difference(&now).collect();
    let new: Vec<_> = now.difference(&was).collect();
    assert!(gone.is_empty() && new.is_empty(), "the projection's JSON layout changed: gone {gone:?}, new {new:?}");
}
