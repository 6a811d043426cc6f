//! Decks: an ordered list of slides for a meeting, each a copy of a saved
//! scenario with a title and a speaker note. Stored beside the library (one
//! storage key per deck) and exported/imported as one file.
//!
//! A slide holds its own copy of the scenario, not a reference to a library
//! entry: a deck exported on one laptop presents the same on another, and
//! deleting or editing a saved scenario never changes a prepared deck.
//!
//! A deck remembers the model version it was made under; opened under a
//! different one it says that the same settings may give different results
//! (`Deck::version_notice`). Like every decoder in `io`, reading a deck
//! answers bad input with a bilingual message and never panics.

use serde::{Deserialize, Serialize};
use urs_model::i18n::{Bilingual, Lang};
use urs_model::scenario::{check_name, MAX_SCENARIO_BYTES};
use urs_model::{Outcome, Scenario, MODEL_VERSION};

/// The `format` field that marks a deck file.
pub const DECK_FORMAT: &str = "urban-rural-sim-deck";
pub const DECK_VERSION: u32 = 1;
/// At most this many slides in a deck (a meeting, not a library).
pub const MAX_SLIDES: usize = 40;
/// Longest speaker note, in characters.
pub const MAX_NOTE_CHARS: usize = 2_000;
/// Largest deck file or stored deck accepted (bytes): as a library file.
pub const MAX_DECK_BYTES: usize = 10 * MAX_SCENARIO_BYTES;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deck {
    /// Stable id (storage key suffix): 1–40 of [a-z0-9-].
    pub id: String,
    pub title: String,
    /// When it was last changed, ISO 8601 (shown, not interpreted).
    pub saved_at: String,
    /// The model version the deck was made under (`MODEL_VERSION` then).
    pub model_version: String,
    pub slides: Vec<Slide>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slide {
    pub title: String,
    /// What the presenter wants to say; shown in the presenter view only.
    #[serde(default)]
    pub note: String,
    /// The year the slide shows (0 = 2025), as the KPI strip's year.
    #[serde(default)]
    pub year_index: usize,
    pub scenario: Scenario,
    /// Its headline results when it was made (under the deck's model
    /// version): shown again under another version, they say which results
    /// differ (`Recorded::differences`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded: Option<Recorded>,
    /// KPI cards the planner pinned on this slide (card ids such as
    /// "income-ratio"), shown first; the rest are the figures the slide's
    /// change moves most. Empty in decks made before pins existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cards: Vec<String>,
    /// What became of the scenario's settings when it was read from an
    /// older model's deck (`Scenario::from_value_noted`; not stored): the
    /// deck's version notice lists them.
    #[serde(skip)]
    pub older: Vec<Bilingual>,
}

/// At most this many pinned cards on a slide (a slide shows four).
pub const MAX_PINNED_CARDS: usize = 4;

/// A slide's headline results in its year, as made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recorded {
    /// All projects' year-end completion against plan (1 = 100 %).
    pub completion: f64,
    pub income_ratio: f64,
    /// Basic public service standards with no urban–rural gap (count).
    pub standards: f64,
    /// Resident urbanization (share).
    pub urbanization: f64,
    pub city_income_gap: f64,
    pub mountain_relative_income: f64,
}

impl Recorded {
    /// The results of `p` in year `year_index`.
    pub fn of(p: &urs_model::Projection, year_index: usize) -> Option<Recorded> {
        let y = p.years.get(year_index)?;
        Some(Recorded {
            completion: y.overall_completion_rate,
            income_ratio: y.income_ratio,
            standards: y.standards_no_urban_rural_gap,
            urbanization: y.urbanization,
            city_income_gap: y.city_income_gap,
            mountain_relative_income: y.mountain_relative_income,
        })
    }

    /// Each result with its outcome in the outcome table, which names it
    /// and says how it is shown.
    fn outcomes(&self) -> [(Outcome, f64); 6] {
        [
            (Outcome::OverallCompletion, self.completion),
            (Outcome::IncomeRatio, self.income_ratio),
            (Outcome::StandardsNoUrbanRuralGap, self.standards),
            (Outcome::Urbanization, self.urbanization),
            (Outcome::CityIncomeGap, self.city_income_gap),
            (Outcome::MountainRelativeIncome, self.mountain_relative_income),
        ]
    }

    /// What reads differently now than when the slide was made ("城乡居民收入比
    /// 1.794 → 1.801"), as the outcome table shows it; empty when every shown
    /// figure is the same.
    pub fn differences(&self, now: &Recorded) -> Vec<Bilingual> {
        self.outcomes()
            .into_iter()
            .zip(now.outcomes())
            .filter(|((o, was), (_, is))| o.format(*was, Lang::En) != o.format(*is, Lang::En))
            .map(|((o, was), (_, is))| {
                let one = |lang| format!("{} {} → {}", o.name(lang), o.format(was, lang), o.format(is, lang));
                Bilingual::new(one(Lang::Zh), one(Lang::En))
            })
            .collect()
    }

    fn validate(&self) -> Result<(), Bilingual> {
        let values = [
            self.completion,
            self.income_ratio,
            self.standards,
            self.urbanization,
            self.city_income_gap,
            self.mountain_relative_income,
        ];
        if values.iter().all(|v| v.is_finite() && (0.0..=1000.0).contains(v)) {
            Ok(())
        } else {
            Err(Bilingual::new("幻灯片记录的结果无效", "the slide's recorded results are not valid"))
        }
    }
}

impl Slide {
    /// A slide of a scenario in a year, titled with the scenario's name, its
    /// results recorded.
    pub fn of(scenario: Scenario, year_index: usize) -> Slide {
        let recorded = Recorded::of(&urs_model::project(&scenario), year_index);
        let (title, note, cards, older) = (scenario.name.clone(), String::new(), Vec::new(), Vec::new());
        Slide { title, note, year_index, scenario, recorded, cards, older }
    }

    pub fn validate(&self) -> Result<(), Bilingual> {
        check_name(&self.title)?;
        let chars = self.note.chars().count();
        if chars > MAX_NOTE_CHARS {
            return Err(Bilingual::new(
                format!("讲稿过长（{chars} 个字符，上限 {MAX_NOTE_CHARS}）"),
                format!("the speaker note is too long ({chars} characters, limit {MAX_NOTE_CHARS})"),
            ));
        }
        if self.note.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            return Err(Bilingual::new("讲稿含有控制字符", "the speaker note contains control characters"));
        }
        if self.year_index >= urs_model::HORIZON_YEARS {
            return Err(Bilingual::new(
                format!("年份序号 {} 超出范围", self.year_index),
                format!("the year index {} is out of range", self.year_index),
            ));
        }
        if let Some(r) = &self.recorded {
            r.validate()?;
        }
        let card_ok =
            |c: &String| (1..=24).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        if self.cards.len() > MAX_PINNED_CARDS || !self.cards.iter().all(card_ok) {
            return Err(Bilingual::new("幻灯片固定的指标无效", "the slide's pinned figures are not valid"));
        }
        self.scenario.validate()
    }
}

impl Deck {
    pub fn new(id: String, title: String, saved_at: String) -> Deck {
        Deck { id, title, saved_at, model_version: MODEL_VERSION.to_string(), slides: Vec::new() }
    }

    pub fn validate(&self) -> Result<(), Bilingual> {
        let id_ok = (1..=40).contains(&self.id.len())
            && self.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            return Err(Bilingual::new(format!("编号“{}”无效", self.id), format!("the id “{}” is not valid", self.id)));
        }
        check_name(&self.title)?;
        if self.saved_at.chars().count() > 40 || self.model_version.chars().count() > 20 {
            return Err(Bilingual::new("保存时间或模型版本无效", "the saved time or model version is not valid"));
        }
        if self.slides.len() > MAX_SLIDES {
            return Err(Bilingual::new(
                format!("幻灯片过多（{} 张，上限 {MAX_SLIDES}）", self.slides.len()),
                format!("too many slides ({}, limit {MAX_SLIDES})", self.slides.len()),
            ));
        }
        for (i, slide) in self.slides.iter().enumerate() {
            slide.validate().map_err(|e| {
                Bilingual::new(
                    format!("第 {} 张幻灯片（{}）有误：{}", i + 1, slide.title, e.zh),
                    format!("slide {} ({}) is bad: {}", i + 1, slide.title, e.en),
                )
            })?;
        }
        Ok(())
    }

    /// Said when the deck was made under another model version: which of
    /// slide `slide`'s results read differently now (`now`: its results
    /// under this model), or that none does.
    pub fn version_notice(&self, slide: usize, now: Option<&Recorded>) -> Option<Bilingual> {
        if self.model_version == MODEL_VERSION {
            return None;
        }
        let head = Bilingual::new(
            format!("此演示稿由模型版本 {} 制作，当前为 {MODEL_VERSION}", self.model_version),
            format!("This deck was made with model version {}; this is {MODEL_VERSION}", self.model_version),
        );
        let recorded = self.slides.get(slide).and_then(|s| s.recorded.as_ref());
        let tail = match (recorded, now) {
            (Some(was), Some(now)) => {
                let changed = was.differences(now);
                if changed.is_empty() {
                    Bilingual::new("：本页结果与制作时相同。", ": this slide's results are as when it was made.")
                } else {
                    Bilingual::new(
                        format!(
                            "：本页与制作时不同的结果：{}。",
                            changed.iter().map(|c| c.zh.as_str()).collect::<Vec<_>>().join("；")
                        ),
                        format!(
                            ": this slide's results that differ from when it was made: {}.",
                            changed.iter().map(|c| c.en.as_str()).collect::<Vec<_>>().join("; ")
                        ),
                    )
                }
            }
            _ => Bilingual::new("：同样的设置，结果可能不同。", ": the same settings may give different results."),
        };
        // A slide read from an older model's deck: what became of its settings.
        let older = self.slides.get(slide).map_or(&[][..], |s| &s.older[..]);
        let lines = |pick: fn(&Bilingual) -> &str| older.iter().map(|n| format!("\n• {}", pick(n))).collect::<String>();
        Some(Bilingual::new(
            format!("{}{}{}", head.zh, tail.zh, lines(|n| &n.zh)),
            format!("{}{}{}", head.en, tail.en, lines(|n| &n.en)),
        ))
    }

    /// The stored form (one storage key per deck).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Read a stored deck. Its scenarios may be of an older format.
    pub fn from_json(text: &str) -> Result<Deck, Bilingual> {
        if text.len() > MAX_DECK_BYTES {
            return Err(Bilingual::new("演示稿过大", "the deck is too large"));
        }
        let value = crate::json::parse(text)
            .map_err(|e| Bilingual::new(format!("演示稿已损坏：{e}"), format!("the deck is damaged: {e}")))?;
        Deck::from_value(value)
    }

    fn from_value(value: serde_json::Value) -> Result<Deck, Bilingual> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct RawSlide {
            title: String,
            #[serde(default)]
            note: String,
            #[serde(default)]
            year_index: usize,
            scenario: serde_json::Value,
            #[serde(default)]
            recorded: Option<Recorded>,
            #[serde(default)]
            cards: Vec<String>,
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw {
            id: String,
            title: String,
            saved_at: String,
            model_version: String,
            slides: Vec<RawSlide>,
        }
        let raw: Raw = serde_json::from_value(value)
            .map_err(|e| Bilingual::new(format!("演示稿已损坏：{e}"), format!("the deck is damaged: {e}")))?;
        if raw.slides.len() > MAX_SLIDES {
            return Err(Bilingual::new(
                format!("幻灯片过多（{} 张，上限 {MAX_SLIDES}）", raw.slides.len()),
                format!("too many slides ({}, limit {MAX_SLIDES})", raw.slides.len()),
            ));
        }
        let mut slides = Vec::with_capacity(raw.slides.len());
        for (i, s) in raw.slides.into_iter().enumerate() {
            let (scenario, older) = Scenario::from_value_noted(s.scenario).map_err(|e| {
                Bilingual::new(
                    format!("第 {} 张幻灯片（{}）的情景有误：{}", i + 1, s.title, e.zh),
                    format!("slide {} ({})'s scenario is bad: {}", i + 1, s.title, e.en),
                )
            })?;
            slides.push(Slide {
                title: s.title,
                note: s.note,
                year_index: s.year_index,
                scenario,
                recorded: s.recorded,
                cards: s.cards,
                older,
            });
        }
        let deck =
            Deck { id: raw.id, title: raw.title, saved_at: raw.saved_at, model_version: raw.model_version, slides };
        deck.validate()?;
        Ok(deck)
    }
}

#[derive(Serialize)]
struct DeckFileOut<'a> {
    format: &'static str,
    version: u32,
    deck: &'a Deck,
}

/// The deck as a file to download.
pub fn export(deck: &Deck) -> String {
    serde_json::to_string_pretty(&DeckFileOut { format: DECK_FORMAT, version: DECK_VERSION, deck }).unwrap_or_default()
}

/// Read a deck file (`library::import` sends parsed files whose `format`
/// is `DECK_FORMAT` here). All or nothing: one bad slide refuses the file,
/// naming it. The caller gives the deck a fresh id if its id is taken.
pub fn import_value(value: &serde_json::Value) -> Result<Deck, Bilingual> {
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(DECK_VERSION) => {}
        v => {
            return Err(Bilingual::new(
                format!("不支持的演示稿版本 {v:?}（本程序读取版本 {DECK_VERSION}）"),
                format!("unsupported deck version {v:?} (this program reads version {DECK_VERSION})"),
            ))
        }
    }
    let deck =
        value.get("deck").cloned().ok_or_else(|| Bilingual::new("演示稿文件缺少 deck", "the deck file has no deck"))?;
    Deck::from_value(deck)
}
