//! Every fixed string of the app comes from the text table (crates/formats/src/text.rs):
//! no Chinese text is written anywhere else in src/app, outside tests.
//! (Messages of the model and of the file formats, crates/model and crates/formats, are
//! bilingual where they are made, by design: they are web-free and tested
//! there.)

use std::path::Path;

fn is_chinese(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/app is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_ui_string_bypasses_the_text_table() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app"), &mut files);
    assert!(files.len() > 15, "found only {} files", files.len());
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a source file");
        // Tests may spell out what the screen should say.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            // Only what is inside string literals counts.
            let in_strings = code.split('"').skip(1).step_by(2).any(|s| s.chars().any(is_chinese));
            if in_strings {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "UI text outside crates/formats/src/text.rs:\n{}", found.join("\n"));
}
