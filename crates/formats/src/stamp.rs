//! The version stamp: which program, model and data made an export, and
//! when. One place makes it; every export (CSV, scenario JSON, PNG, the
//! printed handout) and the share link (`d=`, the data digest) carry it.
//!
//! - app: the Cargo package version of this build;
//! - model: `MODEL_VERSION` (the equations: the same settings under another
//!   model version may give other results);
//! - data: the built-in region file — its id, the date of the newest report
//!   the built-in scenario is calibrated to (the seed, 2025-07-05; the
//!   statistics run to 2024) and a digest of the file, which any edit to it
//!   changes, so two builds with different data never show the same stamp;
//! - the date and time, given by the caller (the browser's clock is at the edge).

use crate::text::T;
use urs_model::i18n::{Bilingual, Lang};
use urs_model::region::ZHEJIANG_2025_JSON;
use urs_model::{Scenario, MODEL_VERSION};

/// This build's version (Cargo.toml).
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// The built-in region file's `id`.
pub const DATA_ID: &str = "zhejiang-2025";
/// The newest report the built-in data is calibrated to: the seed article
/// (docs/DATA.md S1, 经济日报 2025-07-05); statistics up to 2024.
pub const DATA_AS_OF: &str = "2025-07-05";
/// FNV-1a (32 bit) of the built-in region file, computed when compiling.
pub const DATA_DIGEST: u32 = fnv1a(ZHEJIANG_2025_JSON.as_bytes());

const fn fnv1a(bytes: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// The data digest as 8 hex digits (the share link's `d=`).
pub fn data_digest() -> String {
    format!("{DATA_DIGEST:08x}")
}

/// The data version as people read it: `zhejiang-2025 2025-07-05 #1a2b3c4d`.
pub fn data_version() -> String {
    format!("{DATA_ID} {DATA_AS_OF} #{}", data_digest())
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stamp {
    pub app_version: String,
    pub model_version: String,
    pub data_version: String,
    /// When the export was made, as the caller gives it (`2025-07-05 14:03`).
    pub made_at: String,
}

impl Stamp {
    /// This build's versions, made at `made_at`.
    pub fn new(made_at: &str) -> Stamp {
        Stamp {
            app_version: APP_VERSION.to_string(),
            model_version: MODEL_VERSION.to_string(),
            data_version: data_version(),
            made_at: made_at.to_string(),
        }
    }

    /// One line: `程序 0.1.0 · 模型 1.0.0 · 数据 zhejiang-2025 … · 2025-07-05 14:03`.
    pub fn line(&self) -> Bilingual {
        T::StampLine.fill(|_| {
            vec![self.app_version.clone(), self.model_version.clone(), self.data_version.clone(), self.made_at.clone()]
        })
    }

    pub fn text(&self, lang: Lang) -> String {
        self.line().get(lang).to_string()
    }
}

/// A scenario's name in each language: the built-in one is written
/// "浙江 2025 / Zhejiang 2025" and reads "浙江 2025" in Chinese, "Zhejiang
/// 2025" in English; a planner's name is the same in both.
pub fn scenario_name(name: &str) -> Bilingual {
    match (name == Scenario::zhejiang_2025().name).then(|| name.split_once(" / ")).flatten() {
        Some((zh, en)) => Bilingual::new(zh.trim(), en.trim()),
        None => Bilingual::new(name, name),
    }
}

/// The two scenarios hold the same settings, to the digits they mean (a
/// share only locked, 4.42972 % against 4.42970 %, is the same), and the
/// same cities.
fn same_settings(a: &Scenario, b: &Scenario) -> bool {
    let params = urs_model::params::PARAMS.iter();
    a.cities == b.cities && params.into_iter().all(|p| !crate::export::differs(p.unit, (p.get)(a), (p.get)(b)))
}

/// What an export of `s` is named for, the same in every export (PNG and
/// SVG subtitle, handout, scenario JSON, CSV, deck slide): the scenario's
/// name while it holds what was saved under that name (`saved`: the library's
/// scenarios of that name; the built-in scenario counts as saved), else
/// "未保存的情景（基于 浙江 2025）" / "Unsaved scenario (based on Zhejiang 2025)".
pub fn export_name<'a>(s: &Scenario, saved: impl IntoIterator<Item = &'a Scenario>) -> Bilingual {
    let builtin = Scenario::zhejiang_2025();
    let as_saved = |k: &Scenario| k.name == s.name && same_settings(k, s);
    let as_saved = as_saved(&builtin) || saved.into_iter().any(as_saved);
    let name = scenario_name(&s.name);
    if as_saved {
        name
    } else {
        T::UnsavedBasedOn.fill(|lang| vec![name.get(lang).to_string()])
    }
}

/// An export's subtitle: the name, the year(s) it shows and when it was made
/// ("未保存的情景（基于 浙江 2025）· 2030 年 · 2026-12-07 20:40").
pub fn export_subtitle(name: &str, period: &str, made_at: &str, lang: Lang) -> String {
    T::ExportSubtitle.fill(|_| vec![name.to_string(), period.to_string(), made_at.to_string()]).get(lang).to_string()
}

/// A file name that says what it holds: the name, the year(s), what it is
/// and when it was made, so two exports never overwrite each other:
/// `未保存的情景-基于-浙江-2025_2030_completion_2026-12-07-2040.png`.
/// Only letters, digits and `-` in each part (no path or reserved characters).
pub fn file_name(name: &str, period: &str, what: &str, made_at: &str, ext: &str) -> String {
    let part = |text: &str, max: usize| {
        let p: String = text.chars().map(|c| if c.is_alphanumeric() || c == '-' { c } else { '-' }).take(max).collect();
        let mut out = String::new();
        for c in p.trim_matches('-').chars() {
            if !(c == '-' && out.ends_with('-')) {
                out.push(c);
            }
        }
        out
    };
    let parts = [part(name, 60), part(period, 12), part(what, 30), part(&made_at.replace(":", ""), 20)];
    let stem = parts.iter().filter(|p| !p.is_empty()).cloned().collect::<Vec<_>>().join("_");
    format!("{}.{ext}", if stem.is_empty() { "scenario".into() } else { stem })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_version_names_the_region_file_it_digests() {
        let region = urs_model::region::Region::from_json(ZHEJIANG_2025_JSON).unwrap();
        assert_eq!(region.id, DATA_ID);
        assert_eq!(DATA_DIGEST, fnv1a(ZHEJIANG_2025_JSON.as_bytes()));
        // One changed byte is another digest.
        let edited = ZHEJIANG_2025_JSON.replacen("324.4", "324.5", 1);
        assert_ne!(fnv1a(edited.as_bytes()), DATA_DIGEST);
        assert!(include_str!("../../../docs/DATA.md").contains(&format!("(Jing Ji Ri Bao), {DATA_AS_OF}")));
        assert_eq!(data_digest().len(), 8);
    }
}
