//! What Cargo cannot check: the order of the files inside each layer's crate.
//! Cargo keeps a layer from using one above it (the crates' dependencies,
//! scripts/check-deps.sh); inside a crate any file may name any other, so an
//! import circle could grow there unseen (one did, in the inputs). Each
//! layer's lib.rs states its files' order as a chain `a → b → c` in a
//! comment; this test fails when a file names (`super::x`, `crate::x`) a file
//! later in the chain, or when a file is missing from it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

const LAYERS: [&str; 3] = ["inputs", "equations", "results"];

/// The chain of file names in a lib.rs's comments (`a → b → c`).
fn chain(lib: &str) -> Vec<String> {
    let comments = lib.lines().filter_map(|l| l.trim_start().strip_prefix("//"));
    let words: Vec<&str> = comments.map(|c| c.trim_start_matches('!')).flat_map(str::split_whitespace).collect();
    let Some(start) = words.windows(2).position(|w| w[1] == "→") else { return Vec::new() };
    let mut out = vec![words[start].to_string()];
    let mut i = start + 1;
    while words.get(i) == Some(&"→") {
        let Some(next) = words.get(i + 1) else { break };
        out.push(next.trim_end_matches(['.', ',', ';']).to_string());
        i += 2;
    }
    out
}

/// The modules of this crate that `text` names through `super::` or `crate::`
/// (also inside `super::{a, b}` groups), out of `modules`.
fn named(text: &str, modules: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for prefix in ["super::", "crate::"] {
        for (at, _) in text.match_indices(prefix) {
            let rest = text[at + prefix.len()..].trim_start_matches("super::");
            let names = match rest.strip_prefix('{') {
                Some(group) => top_level_items(group),
                None => vec![rest],
            };
            for name in names {
                let name: String = name.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if modules.contains(&name) && !out.contains(&name) {
                    out.push(name);
                }
            }
        }
    }
    out
}

/// The items of a `{a::X, b::{Y, Z}, c}` group (given after its `{`), at its top level.
fn top_level_items(group: &str) -> Vec<&str> {
    let (mut items, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&group[start..i]);
                return items;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&group[start..]);
    items
}

/// Every file of a layer: in the chain, and naming only files before it.
fn check_layer(dir: &Path) -> Result<usize, String> {
    let lib = std::fs::read_to_string(dir.join("lib.rs")).map_err(|e| format!("{}: {e}", dir.display()))?;
    let order = chain(&lib);
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok()?.path().file_stem()?.to_str().map(String::from))
        .filter(|f| f != "lib")
        .collect();
    files.sort();
    for file in &files {
        if !order.contains(file) {
            return Err(format!("{}: {file}.rs is not in the order of files in lib.rs: add it", dir.display()));
        }
    }
    for (i, file) in order.iter().enumerate() {
        let text = std::fs::read_to_string(dir.join(format!("{file}.rs")))
            .map_err(|e| format!("{}: {file}.rs in the order of lib.rs: {e}", dir.display()))?;
        let code: String = text.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n");
        for used in named(&code, &order) {
            let later = order.iter().position(|f| *f == used).is_some_and(|j| j > i);
            if later {
                return Err(format!("{}: {file}.rs uses {used}.rs, which comes after it in lib.rs", dir.display()));
            }
        }
    }
    Ok(files.len())
}

#[test]
fn every_file_of_a_layer_uses_only_the_files_before_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for layer in LAYERS {
        checked += check_layer(&root.join(layer).join("src")).unwrap_or_else(|e| panic!("{e}"));
    }
    assert!(checked >= 25, "only {checked} model files found");
}

#[test]
fn the_check_reads_the_chain_and_catches_a_file_using_a_later_one() {
    let lib = "//! Layer 1.\n//!\n//! Order: a → b →\n//! c.\n\npub mod a;\npub mod b;\n";
    assert_eq!(chain(lib), ["a", "b", "c"]);
    let modules: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
    assert_eq!(named("use super::c::X;\nuse crate::a::Y;", &modules), ["c", "a"]);
    assert_eq!(named("use super::{b::X, c};", &modules), ["b", "c"]);
    assert_eq!(named("use super::{a::{X, Y}, c::Z};", &modules), ["a", "c"]);
    assert_eq!(named("mod tests { use super::super::b::Z; use super::*; }", &modules), ["b"]);
    assert!(named("use super::Thing; let x = crate::json::parse(t);", &modules).is_empty());
}
