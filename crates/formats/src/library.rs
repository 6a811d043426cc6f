//! The saved library: named scenarios, each stored on its own (one damaged
//! entry never takes the others with it), and the whole library as one file.
//!
//! Importing a library file is all or nothing: if any entry is bad the file
//! is refused with a message naming it, and the library stays as it was.

use serde::{Deserialize, Serialize};
use urs_model::i18n::Bilingual;
use urs_model::scenario::{check_name, MAX_SCENARIO_BYTES};
use urs_model::Scenario;

/// The `format` field that marks a library file.
pub const LIBRARY_FORMAT: &str = "urban-rural-sim-library";
pub const LIBRARY_VERSION: u32 = 1;
/// Largest library file accepted (bytes): 100 scenarios with room to spare.
pub const MAX_LIBRARY_BYTES: usize = 10 * MAX_SCENARIO_BYTES;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Stable id (storage key suffix): 1–40 of [a-z0-9-].
    pub id: String,
    pub name: String,
    /// When it was saved, ISO 8601 (shown to the user, not interpreted).
    pub saved_at: String,
    pub scenario: Scenario,
}

impl Entry {
    pub fn validate(&self) -> Result<(), Bilingual> {
        let id_ok = (1..=40).contains(&self.id.len())
            && self.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            return Err(Bilingual::new(format!("编号“{}”无效", self.id), format!("the id “{}” is not valid", self.id)));
        }
        check_name(&self.name)?;
        if self.saved_at.chars().count() > 40 {
            return Err(Bilingual::new("保存时间无效", "the saved time is not valid"));
        }
        self.scenario.validate()
    }

    /// Read one stored entry (the text under its storage key).
    pub fn from_json(text: &str) -> Result<Entry, Bilingual> {
        if text.len() > MAX_SCENARIO_BYTES + 10_000 {
            return Err(Bilingual::new("条目过大", "the entry is too large"));
        }
        let value = crate::json::parse(text)
            .map_err(|e| Bilingual::new(format!("条目已损坏：{e}"), format!("the entry is damaged: {e}")))?;
        Entry::from_value(value)
    }

    /// An entry from parsed JSON. Its scenario may be of an older format
    /// (entries saved under model 0.2 keep their name, data and levers).
    pub fn from_value(value: serde_json::Value) -> Result<Entry, Bilingual> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw {
            id: String,
            name: String,
            saved_at: String,
            scenario: serde_json::Value,
        }
        let raw: Raw = serde_json::from_value(value)
            .map_err(|e| Bilingual::new(format!("条目已损坏：{e}"), format!("the entry is damaged: {e}")))?;
        let entry =
            Entry { id: raw.id, name: raw.name, saved_at: raw.saved_at, scenario: Scenario::from_value(raw.scenario)? };
        entry.validate()?;
        Ok(entry)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LibraryFile {
    format: String,
    version: u32,
    entries: Vec<Entry>,
}

pub fn export(entries: &[Entry]) -> String {
    let file = LibraryFile { format: LIBRARY_FORMAT.into(), version: LIBRARY_VERSION, entries: entries.to_vec() };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// What a file turned out to be.
#[derive(Debug)]
pub enum Imported {
    /// A scenario file, with a notice when it has an older format.
    Scenario {
        scenario: Box<Scenario>,
        notice: Option<Bilingual>,
    },
    Library(Vec<Entry>),
    /// A deck file (`io::deck`), with a notice if made under another model.
    Deck(Box<crate::deck::Deck>),
}

/// Read a file the user picked: a scenario, library or deck file.
pub fn import(text: &str) -> Result<Imported, Bilingual> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_LIBRARY_BYTES {
        return Err(Bilingual::new(
            format!("文件过大（{} 字节，上限 10 MB）", text.len()),
            format!("file too large ({} bytes, limit 10 MB)", text.len()),
        ));
    }
    let value = crate::json::parse(text).map_err(|e| {
        Bilingual::new(
            format!("不是情景或情景库文件（JSON 有误：{e}）"),
            format!("not a scenario or library file (JSON: {e})"),
        )
    })?;
    if let Some(version) = value.get("format_version").map(|v| v.as_u64()) {
        let exported = crate::export::import_notice(&value);
        // An older file: what it is, and what became of each of its edits.
        return Scenario::from_value_noted(value).map(|(s, notes)| {
            let notice = version.and_then(|v| Scenario::older_file_notice(v, &notes)).or(exported);
            Imported::Scenario { scenario: Box::new(s), notice }
        });
    }
    if value.get("format").and_then(|f| f.as_str()) == Some(crate::deck::DECK_FORMAT) {
        return crate::deck::import_value(&value).map(|d| Imported::Deck(Box::new(d)));
    }
    if value.get("format").and_then(|f| f.as_str()) != Some(LIBRARY_FORMAT) {
        return Err(Bilingual::new(
            "不是情景或情景库文件（缺少 format_version 或 format）",
            "not a scenario or library file (no format_version or format)",
        ));
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(LIBRARY_VERSION) => {}
        v => {
            return Err(Bilingual::new(
                format!("不支持的情景库版本 {v:?}（本程序读取版本 {LIBRARY_VERSION}）"),
                format!("unsupported library version {v:?} (this program reads version {LIBRARY_VERSION})"),
            ))
        }
    }
    let entries = value
        .get("entries")
        .and_then(|e| e.as_array())
        .ok_or_else(|| Bilingual::new("情景库文件缺少 entries 列表", "the library file has no entries list"))?;
    let mut out = Vec::with_capacity(entries.len());
    for (i, raw) in entries.iter().enumerate() {
        let entry = Entry::from_value(raw.clone());
        match entry {
            Ok(e) => {
                if out.iter().any(|o: &Entry| o.id == e.id) {
                    return Err(Bilingual::new(
                        format!("第 {} 个条目的编号与前面重复", i + 1),
                        format!("entry {} repeats an earlier id", i + 1),
                    ));
                }
                out.push(e);
            }
            Err(e) => {
                let name = raw.get("name").and_then(|n| n.as_str()).unwrap_or("?");
                return Err(Bilingual::new(
                    format!("第 {} 个条目（{name}）有误，整个文件未导入：{}", i + 1, e.zh),
                    format!("entry {} ({name}) is bad, nothing was imported: {}", i + 1, e.en),
                ));
            }
        }
    }
    Ok(Imported::Library(out))
}
