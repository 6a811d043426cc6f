//! Decks, as pure state changes (presenting them is `present.rs`; the rest
//! of the store is in `mod.rs` and `reduce.rs`).
//!
//! A deck change is written through `Effect::WriteDeck` and shows in the
//! state when the edge answers with `Action::DecksStored`, as the library's
//! changes do.

use super::{Effect, State};
use crate::i18n::Bilingual;
use crate::io::deck::{Deck, Slide, MAX_SLIDES};
use crate::model::Scenario;
use crate::text::T;

/// Storage keys of decks: this prefix and the deck's id.
pub const DECK_KEY_PREFIX: &str = "urban-rural-sim.deck.";

pub fn deck_key(id: &str) -> String {
    format!("{DECK_KEY_PREFIX}{id}")
}

/// What storage held: the good decks (newest first) and the damaged ones.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LoadedDecks {
    pub decks: Vec<Deck>,
    /// (storage key, what is wrong) — left in storage, reported, deletable.
    pub damaged: Vec<(String, Bilingual)>,
}

/// Where a new slide's scenario comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlideSource {
    /// The scenario on screen, at the year on screen.
    Current,
    /// A saved scenario (library id), at the year on screen.
    Saved(String),
}

/// Deck operations. Ids and times are made at the edge and come in here.
#[derive(Clone, Debug, PartialEq)]
pub enum DeckAction {
    Create {
        id: String,
        title: String,
        at: String,
    },
    Rename {
        deck: String,
        title: String,
        at: String,
    },
    Delete(String),
    /// Remove a damaged deck from storage (by its key).
    DeleteDamaged(String),
    AddSlide {
        deck: String,
        from: SlideSource,
        at: String,
    },
    /// Move slide `from` to position `to` (both 0-based).
    MoveSlide {
        deck: String,
        from: usize,
        to: usize,
        at: String,
    },
    SetSlideTitle {
        deck: String,
        slide: usize,
        title: String,
        at: String,
    },
    SetSlideNote {
        deck: String,
        slide: usize,
        note: String,
        at: String,
    },
    RemoveSlide {
        deck: String,
        slide: usize,
        at: String,
    },
    /// The KPI cards pinned on a slide (card ids, `slide_cards::CARD_SCALES`).
    SetSlideCards {
        deck: String,
        slide: usize,
        cards: Vec<String>,
        at: String,
    },
    /// A deck file; `fresh_id` replaces its id if a deck has it already.
    Import {
        deck: Box<Deck>,
        fresh_id: String,
    },
}

pub(super) fn no_deck() -> Bilingual {
    T::NoSuchDeck.fill(|_| vec![])
}

pub(super) fn no_slide() -> Bilingual {
    T::NoSuchSlide.fill(|_| vec![])
}

impl State {
    pub fn find_deck(&self, id: &str) -> Option<&Deck> {
        self.library.decks.decks.iter().find(|d| d.id == id)
    }

    /// A deck operation: the deck to write (the state changes when the edge
    /// reports the write with `Action::DecksStored`).
    pub(super) fn apply_deck(&self, scenario: &Scenario, op: DeckAction) -> Result<Vec<Effect>, Bilingual> {
        let edit = |id: &str, at: String, change: &dyn Fn(&mut Deck) -> Result<(), Bilingual>| {
            let mut deck = self.find_deck(id).cloned().ok_or_else(no_deck)?;
            change(&mut deck)?;
            deck.saved_at = at;
            deck.validate()?;
            Ok(vec![Effect::WriteDeck(Box::new(deck))])
        };
        let year = self.view.year_index;
        match op {
            DeckAction::Create { id, title, at } => {
                let deck = Deck::new(id, crate::io::check_name(&title)?, at);
                Ok(vec![Effect::WriteDeck(Box::new(deck))])
            }
            DeckAction::Rename { deck, title, at } => edit(&deck, at, &|d| {
                d.title = crate::io::check_name(&title)?;
                Ok(())
            }),
            DeckAction::Delete(id) => {
                Ok(vec![Effect::RemoveDeckKey { key: deck_key(&self.find_deck(&id).ok_or_else(no_deck)?.id) }])
            }
            DeckAction::DeleteDamaged(key) => Ok(vec![Effect::RemoveDeckKey { key }]),
            DeckAction::AddSlide { deck, from, at } => {
                // The current scenario's slide is titled as its exports are
                // named: an unsaved change says so (`io::stamp::export_name`).
                let title = matches!(from, SlideSource::Current).then(|| {
                    let name = self.export_name_of(scenario);
                    name.get(self.view.lang).chars().take(crate::io::MAX_NAME_CHARS).collect::<String>()
                });
                let source = match from {
                    SlideSource::Current => scenario.clone(),
                    SlideSource::Saved(id) => {
                        let entry = self.library.saved.entries.iter().find(|e| e.id == id);
                        entry.ok_or_else(|| T::NotInLibrary.fill(|_| vec![]))?.scenario.clone()
                    }
                };
                edit(&deck, at, &|d| {
                    if d.slides.len() >= MAX_SLIDES {
                        return Err(T::DeckFull.fill(|_| vec![MAX_SLIDES.to_string()]));
                    }
                    let mut slide = Slide::of(source.clone(), year);
                    if let Some(title) = &title {
                        slide.title = title.clone();
                    }
                    d.slides.push(slide);
                    Ok(())
                })
            }
            DeckAction::MoveSlide { deck, from, to, at } => edit(&deck, at, &|d| {
                if from >= d.slides.len() || to >= d.slides.len() {
                    return Err(no_slide());
                }
                let slide = d.slides.remove(from);
                d.slides.insert(to, slide);
                Ok(())
            }),
            DeckAction::SetSlideTitle { deck, slide, title, at } => edit(&deck, at, &|d| {
                d.slides.get_mut(slide).ok_or_else(no_slide)?.title = crate::io::check_name(&title)?;
                Ok(())
            }),
            DeckAction::SetSlideNote { deck, slide, note, at } => edit(&deck, at, &|d| {
                d.slides.get_mut(slide).ok_or_else(no_slide)?.note = note.clone();
                Ok(())
            }),
            DeckAction::SetSlideCards { deck, slide, cards, at } => edit(&deck, at, &|d| {
                d.slides.get_mut(slide).ok_or_else(no_slide)?.cards = cards.clone();
                Ok(())
            }),
            DeckAction::RemoveSlide { deck, slide, at } => edit(&deck, at, &|d| {
                if slide >= d.slides.len() {
                    return Err(no_slide());
                }
                d.slides.remove(slide);
                Ok(())
            }),
            DeckAction::Import { deck, fresh_id } => {
                let mut deck = *deck;
                if self.find_deck(&deck.id).is_some() {
                    deck.id = fresh_id;
                }
                deck.validate()?;
                Ok(vec![Effect::WriteDeck(Box::new(deck))])
            }
        }
    }
}
