//! docs/MODEL.zh.md, the model reference the Chinese app shows, is the
//! English reference (docs/MODEL.md) in Chinese: the same generated blocks,
//! regenerated in Chinese by `urs --update-doc`; every formula of the English
//! equation blocks, character for character; Chinese headings and prose; no
//! repository paths; every source it cites listed with its title.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn doc(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs").join(name);
    std::fs::read_to_string(path).unwrap()
}

fn cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The lines of the indented (equation) blocks.
fn code_lines(md: &str) -> Vec<&str> {
    md.lines().filter(|l| l.starts_with("    ") && !l.trim().is_empty() && !l.trim_start().starts_with("- ")).collect()
}

/// An English word of prose (not a symbol like `t`, `max(0,` or `with_gain(`).
fn word(t: &str) -> bool {
    let t = t.trim_end_matches([',', ':']);
    t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
}

/// The formulas of an equation line: its columns (two or more spaces apart)
/// without the English words around them; a column with no operator is a
/// comment and is left out.
fn formulas(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    for column in line.trim().split("  ").map(str::trim).filter(|c| !c.is_empty()) {
        let mut tokens: Vec<&str> = column.split_whitespace().collect();
        if column.contains('=') {
            let lead = tokens.iter().take_while(|t| word(t)).count();
            tokens.drain(..lead);
        }
        let end = tokens.iter().position(|t| word(t)).unwrap_or(tokens.len());
        let formula = tokens[..end].join(" ");
        if formula.contains(['=', '≥', '≤', '·', '/', '^', 'Σ', '−', '+']) {
            out.push(formula);
        }
    }
    out
}

#[test]
fn every_formula_of_the_english_reference_is_in_the_chinese_one() {
    let (en, zh) = (doc("MODEL.md"), doc("MODEL.zh.md"));
    let zh_code = code_lines(&zh)
        .iter()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n");
    let mut checked = 0;
    for line in code_lines(&en) {
        for f in formulas(line) {
            assert!(zh_code.contains(&f), "MODEL.zh.md lacks the formula `{f}` (MODEL.md: `{}`)", line.trim());
            checked += 1;
        }
    }
    assert!(checked > 60, "only {checked} formulas found in MODEL.md's equation blocks");
}

#[test]
fn the_chinese_reference_has_every_generated_block_and_is_up_to_date() {
    let (en, zh) = (doc("MODEL.md"), doc("MODEL.zh.md"));
    let markers: Vec<&str> =
        en.lines().filter(|l| l.starts_with("<!-- BEGIN ") || l.starts_with("<!-- END ")).collect();
    assert!(markers.len() >= 12, "MODEL.md has {} markers", markers.len());
    for m in &markers {
        assert!(zh.lines().any(|l| l == *m), "MODEL.zh.md lacks {m}");
    }
    let copy = std::env::temp_dir().join(format!("urs-model-{}.zh.md", std::process::id()));
    std::fs::write(&copy, &zh).unwrap();
    let ok = Command::new(env!("CARGO_BIN_EXE_urs")).args(["--update-doc", copy.to_str().unwrap()]).status().unwrap();
    let regenerated = std::fs::read_to_string(&copy).unwrap();
    let _ = std::fs::remove_file(&copy);
    assert!(ok.success());
    assert!(
        zh == regenerated,
        "docs/MODEL.zh.md is out of date: run `cargo run --bin urs -- --update-doc docs/MODEL.zh.md`"
    );
    // The generated tables are in Chinese: the parameter table's heading and
    // every parameter's Chinese citation (not the English one).
    assert!(zh.contains("| 编号 | 名称 | 角色 | 数值 | 单位 | 来源类型 |"));
    assert!(!zh.contains("in the built-in scenario") && !zh.contains("| method |"));
}

#[test]
fn the_chinese_reference_is_chinese_prose_without_repository_paths() {
    let zh = doc("MODEL.zh.md");
    let mut generated = false;
    let mut headings = 0;
    for line in zh.lines() {
        if line.starts_with("<!-- BEGIN ") || line.starts_with("<!-- END ") {
            generated = line.starts_with("<!-- BEGIN ");
            continue;
        }
        assert!(
            !line.contains("docs/") && !line.contains("src/") && !line.contains("]("),
            "a repository path or link: {line}"
        );
        if line.starts_with('#') {
            assert!(cjk(line), "an English heading: {line}");
            headings += 1;
        }
        let letters = line.chars().filter(char::is_ascii_alphabetic).count();
        if !generated && !line.starts_with("    ") && !line.starts_with('|') && letters >= 20 {
            assert!(cjk(line), "an English line: {line}");
        }
    }
    assert!(headings >= 15, "{headings} headings");
}

#[test]
fn every_source_the_chinese_reference_cites_is_listed_with_its_title() {
    let (zh, data) = (doc("MODEL.zh.md"), doc("DATA.md"));
    let listed = |s: &str| zh.lines().any(|l| l.starts_with(&format!("- **{s}** ")));
    let mut cited = std::collections::BTreeSet::new();
    for (i, _) in zh.match_indices('S') {
        let digits: String = zh[i + 1..].chars().take_while(char::is_ascii_digit).collect();
        let before = zh[..i].chars().next_back();
        if !digits.is_empty() && !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            cited.insert(format!("S{digits}"));
        }
    }
    assert!(cited.len() >= 15, "{cited:?}");
    for s in &cited {
        assert!(listed(s), "MODEL.zh.md cites {s} but its list of sources does not name it");
        assert!(data.contains(&format!("| {s} |")), "{s} is not a source of DATA.md");
    }
}
