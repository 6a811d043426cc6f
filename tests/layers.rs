//! The model's layers (crates/model/src/lib.rs): `inputs` uses nothing above it,
//! `equations` uses `inputs`, `results` uses both; nothing in the model uses
//! the web app or the file formats. This test reads every model file and
//! fails on a path that reaches a layer above the file's own, so an import
//! cycle cannot creep in unnoticed.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

const LAYERS: [&str; 3] = ["inputs", "equations", "results"];

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("model directory") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The layers a path in this line reaches, by any spelling
/// (`super::super::results`, `crate::model::results`, `model::results`).
fn layers_named(line: &str) -> Vec<usize> {
    LAYERS
        .iter()
        .enumerate()
        .filter(|(_, name)| {
            [format!("super::{name}"), format!("model::{name}")].iter().any(|p| line.contains(p.as_str()))
        })
        .map(|(i, _)| i)
        .collect()
}

#[test]
fn no_model_file_reaches_a_layer_above_its_own() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/model/src");
    let mut checked = 0;
    for path in rust_files(&root) {
        let relative = path.strip_prefix(&root).expect("under crates/model/src");
        let Some(own) = LAYERS.iter().position(|l| relative.starts_with(l)) else { continue };
        let text = std::fs::read_to_string(&path).expect("readable");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for layer in layers_named(code) {
                assert!(
                    layer <= own,
                    "{}:{}: the {} layer uses the {} layer above it: {}",
                    relative.display(),
                    n + 1,
                    LAYERS[own],
                    LAYERS[layer],
                    line.trim()
                );
            }
            // The root re-exports (crate::model::Scenario) would hide a layer:
            // model files name the layer they use.
            assert!(
                !code.contains("crate::model::") || layers_named(code).len() == 1,
                "{}:{}: name the layer (crate::model::inputs::…), not the root: {}",
                relative.display(),
                n + 1,
                line.trim()
            );
            for outside in ["crate::app", "crate::io", "yew", "web_sys", "gloo", "wasm_bindgen"] {
                assert!(!code.contains(outside), "{}:{}: the model uses {outside}", relative.display(), n + 1);
            }
        }
        checked += 1;
    }
    assert!(checked >= 12, "only {checked} model files found");
}

#[test]
fn the_check_catches_a_violation() {
    assert_eq!(layers_named("use super::super::results::projection::project;"), vec![2]);
    assert_eq!(layers_named("use crate::model::equations::outcomes::YearOutcome;"), vec![1]);
    assert!(layers_named("use super::assumptions::StartingPoint;").is_empty());
}
