//! Which region a saved scenario, a deck or an exported file was made for
//! (issue 22). Saved entries and decks carry the region's id when it is not
//! the built-in one (none: the built-in region, as everything saved before
//! regions existed); exported scenario and deck files always carry it, with
//! the data version, and a file made for a loaded region carries that
//! region's file too, so it can be loaded on another computer. Opening any
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

/// The region in use's file, as a JSON value, when it is not the built-in
/// one (an exported file's `region_file`: another computer can load it).
pub fn carried_file() -> Option<Value> {
    let file = urs_model::region::installed_json().filter(|_| !builtin_region())?;
    crate::json::parse(file).ok()
}

/// A file or entry made for a region this browser is not using.
#[derive(Clone, Debug, PartialEq)]
pub struct Foreign {
    /// The region's id as the file names it.
    pub id: String,
    /// The region file the file carries, as JSON text (checked like any
    /// loaded region file before it is used).
    pub file: Option<String>,
}

impl Foreign {
    /// `Some` when `region` is not the region in use. `carrier` holds the
    /// file's `region_file` member, if any.
    pub fn check(region: &str, carrier: Option<&Value>) -> Option<Foreign> {
        if region == region_id() {
            return None;
        }
        let id: String = region.chars().filter(|c| !c.is_control()).take(40).collect();
        let file = carrier.and_then(|c| c.get("region_file")).filter(|f| f.is_object()).map(Value::to_string);
        Some(Foreign { id, file })
    }

    /// What the planner reads: which region, which is in use, what to do.
    pub fn message(&self) -> Bilingual {
        let here = crate::stamp::region_name();
        let (id, zh_do, en_do) = if self.file.is_some() {
            (&self.id, "文件附带该地区的数据文件，可先载入它（载入后页面重新开始，再打开此文件）", "the file carries that region's file: load it first (the page starts again on it), then open this file again")
        } else if self.id == DATA_ID {
            (&self.id, "请先改用内置地区（假设与数据页）", "switch to the built-in region first (Assumptions tab)")
        } else {
            (&self.id, "请先在“假设与数据”页载入该地区的数据文件", "load that region's file first (Assumptions tab)")
        };
        Bilingual::new(
            format!("此内容属于地区“{id}”，当前使用的是“{}”，未打开，以免用错数据：{zh_do}。", here.zh),
            format!("This was made for the region “{id}”; this browser uses “{}”. It was not opened on the wrong data: {en_do}.", here.en),
        )
    }
}
