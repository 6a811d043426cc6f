//! Which region a saved scenario, a deck or an exported file was made for
//! (issue 22). Saved entries and decks carry the region's id when it is not
//! the built-in one (none: the built-in region, as everything saved before
//! regions existed); exported scenario and deck files always carry it, with
//! the data version, and a file made for a loaded region carries that
//! region's file too (`with_region_file`), so it can be loaded elsewhere. Opening any
//! of them in a browser using another region is refused with a message
//! (`Foreign`) that offers the carried file when there is one: never the
//! scenario on the wrong data.

use crate::stamp::{builtin_region, region_id, DATA_ID};
use serde_json::Value;
use urs_model::i18n::Bilingual;

/// The tag a saved entry or deck gets: none for the built-in region.
pub fn tag() -> Option<String> {
    (!builtin_region()).then(|| region_id().to_string())
}

/// The region a tag names (none: the built-in one).
pub fn of(tag: Option<&str>) -> &str {
    tag.unwrap_or(DATA_ID)
}

/// Put the region in use's file into `object` (a JSON object's text, as
/// serde_json writes it) as its last member, `"region_file"`, when the region
/// is not the built-in one: an exported file carries its region, so another
/// computer can load it. Spliced as text: the file is the one loaded.
pub fn with_region_file(object: String) -> String {
    let Some(file) = urs_model::region::installed_json().filter(|_| !builtin_region()) else { return object };
    match object.trim_end().strip_suffix('}') {
        Some(open) => format!("{},\n  \"region_file\": {}\n}}", open.trim_end(), file.trim()),
        None => object,
    }
}

/// The region file an exported scenario or deck file carries (`region_file`,
/// at the top or in `exported`), as JSON text for the region check. The
/// region worker runs it, not the page.
pub fn carried_region(file: &str) -> Option<String> {
    let v = crate::json::parse(file.trim_start_matches('\u{feff}')).ok()?;
    let carried = v.get("region_file").or_else(|| v.get("exported")?.get("region_file"))?;
    carried.is_object().then(|| carried.to_string())
}

/// A file or entry made for a region this browser is not using.
#[derive(Clone, Debug, PartialEq)]
pub struct Foreign {
    /// The region's id as the file names it.
    pub id: String,
    /// The carried region's name, when the file carries its region.
    pub name: Option<String>,
    /// The whole file, when it carries its region (`carried_region` takes
    /// the region out, in the region worker, checked like any loaded file).
    pub file: Option<String>,
}

impl Foreign {
    /// `Some` when `region` is not the region in use. `carrier` is the part
    /// of the file (`text`) that may hold a `region_file` member.
    pub fn check(region: &str, carrier: Option<&Value>, text: &str) -> Option<Foreign> {
        if region == region_id() {
            return None;
        }
        let id: String = region.chars().filter(|c| !c.is_control()).take(40).collect();
        let carried = carrier.and_then(|c| c.get("region_file")).filter(|f| f.is_object());
        let name = carried.and_then(|f| f.get("name")?.as_str()).map(|n| n.chars().take(80).collect());
        let file = carried.map(|_| text.to_string());
        Some(Foreign { id, name, file })
    }

    /// What the planner reads: which region, which is in use, what to do.
    pub fn message(&self) -> Bilingual {
        let here = crate::stamp::region_name();
        let (zh_do, en_do) = if self.file.is_some() {
            ("文件附带该地区的数据文件，可先载入它（载入后页面重新开始，再打开此文件）", "the file carries that region's file: load it first (the page starts again on it), then open this file again")
        } else if self.id == DATA_ID {
            ("请先改用内置地区（假设与数据页）", "switch to the built-in region first (Assumptions tab)")
        } else {
            ("请先在“假设与数据”页载入该地区的数据文件", "load that region's file first (Assumptions tab)")
        };
        // The carried region's name in each language ("嘉兴 2025 / Jiaxing 2025"), with its id.
        let id = &self.id;
        let (zh, en) = match self.name.as_deref().map(|n| n.split_once(" / ").unwrap_or((n, n))) {
            Some((zh, en)) => (format!("{zh}”（{id}）"), format!("{en}” ({id})")),
            None => (format!("{id}”"), format!("{id}”")),
        };
        Bilingual::new(
            format!("此内容属于地区“{zh}，当前使用的是“{}”，未打开，以免用错数据：{zh_do}。", here.zh),
            format!("This was made for the region “{en}; this browser uses “{}”. It was not opened on the wrong data: {en_do}.", here.en),
        )
    }
}
