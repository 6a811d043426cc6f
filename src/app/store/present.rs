//! Presenting a deck, as pure state changes: each slide's scenario is put
//! into `doc.scenario`, so the KPI strip, the charts, the band and the
//! summary are the ones the planner knows; the scenario being edited before
//! is kept in `Presenting` and comes back on leaving. A lever moved during a
//! slide is a live what-if: an ordinary (undoable) change of `doc.scenario`,
//! dropped on the next step, kept as a new slide after the current one, or,
//! on leaving, kept or dropped as the presenter says (never silently).

use super::deck::{no_deck, no_slide, LoadedDecks};
use super::{Effect, State};
use crate::i18n::Bilingual;
use crate::io::deck::{Deck, Recorded, Slide, MAX_SLIDES};
use crate::model::{Scenario, HORIZON_YEARS};
use crate::text::T;
use std::rc::Rc;

/// Editing scenarios, or presenting a deck.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Mode {
    #[default]
    Edit,
    Present(Presenting),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Presenting {
    /// The deck's id.
    pub deck: String,
    /// The slide on screen (0-based).
    pub slide: usize,
    /// What was being edited before presenting, its year and its undo
    /// history: back on leaving. (A presentation's undo covers only the live
    /// change of the slide on screen.)
    pub editing: Rc<Scenario>,
    pub editing_year: usize,
    pub editing_past: Rc<Vec<Scenario>>,
    pub editing_future: Rc<Vec<Scenario>>,
    /// A live change kept as slide `kept`, being written: shown when storage
    /// has it (a full storage leaves the live change on the slide it was made on).
    pub kept: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PresentAction {
    Start {
        deck: String,
        slide: usize,
    },
    /// To slide `i` (the last one if `i` is past it); a live change is dropped.
    Go(usize),
    /// The next or previous slide; nothing at either end of the deck.
    Next,
    Previous,
    /// Keep the live change as a new slide after the current one, and go to
    /// it once storage has it.
    Keep {
        at: String,
    },
    /// Drop the live change: the slide's own scenario again.
    Drop,
    /// Back to editing. A live change on screen is kept as a new slide
    /// (written at `at`) unless `drop`; the notice says which.
    Leave {
        at: String,
        drop: bool,
    },
}

impl State {
    /// The deck and slide being presented, if presenting.
    pub fn presenting(&self) -> Option<(&Presenting, &Deck, &Slide)> {
        let super::View { mode: Mode::Present(p), .. } = &self.view else { return None };
        let deck = self.find_deck(&p.deck)?;
        Some((p, deck, deck.slides.get(p.slide)?))
    }

    /// Presenting, with a lever moved away from the slide's scenario.
    pub fn live_change(&self) -> bool {
        self.presenting().is_some_and(|(_, _, slide)| slide.scenario != self.doc.scenario)
    }

    /// A presentation step: the scenario to show (`scenario`) and the new
    /// mode in `next`; writes (a kept live change) go to the effects.
    pub(super) fn apply_present(
        &self,
        scenario: &mut Scenario,
        next: &mut State,
        op: PresentAction,
    ) -> Result<Vec<Effect>, Bilingual> {
        let show = |next: &mut State, scenario: &mut Scenario, deck: &Deck, i: usize| -> Result<(), Bilingual> {
            let slide = deck.slides.get(i).ok_or_else(no_slide)?;
            // Under another model version: which of this slide's results differ.
            if deck.model_version != crate::model::MODEL_VERSION {
                let now = Recorded::of(&crate::model::project(&slide.scenario), slide.year_index);
                next.messages.notice = deck.version_notice(i, now.as_ref());
            }
            *scenario = slide.scenario.clone();
            (next.doc.past, next.doc.future) = (Rc::default(), Rc::default());
            next.view.year_index = slide.year_index.min(HORIZON_YEARS - 1);
            if let Mode::Present(p) = &mut next.view.mode {
                p.slide = i;
            }
            Ok(())
        };
        if let PresentAction::Start { deck: id, slide } = op {
            let deck = self.find_deck(&id).ok_or_else(no_deck)?;
            if deck.slides.is_empty() {
                return Err(T::DeckEmpty.fill(|_| vec![]));
            }
            // Made for another region: not presented on this one's data (issue 22).
            let region = crate::io::region_tag::of(deck.region.as_deref());
            if let Some(other) = crate::io::region_tag::Foreign::check(region, None, "") {
                return Err(other.message());
            }
            let presenting = match &self.view.mode {
                Mode::Present(p) => Presenting { deck: id, slide, kept: None, ..p.clone() },
                Mode::Edit => Presenting {
                    deck: id,
                    slide,
                    editing: Rc::new(self.doc.scenario.clone()),
                    editing_year: self.view.year_index,
                    editing_past: self.doc.past.clone(),
                    editing_future: self.doc.future.clone(),
                    kept: None,
                },
            };
            next.view.mode = Mode::Present(presenting);
            show(next, scenario, deck, slide)?;
            return Ok(Vec::new());
        }
        let Some((p, deck, _)) = self.presenting() else { return Err(no_deck()) };
        let last = deck.slides.len() - 1;
        match op {
            PresentAction::Start { .. } => unreachable!("handled above"),
            PresentAction::Go(i) => show(next, scenario, deck, i.min(last))?,
            PresentAction::Next => show(next, scenario, deck, (p.slide + 1).min(last))?,
            PresentAction::Previous => show(next, scenario, deck, p.slide.saturating_sub(1))?,
            PresentAction::Drop => show(next, scenario, deck, p.slide)?,
            PresentAction::Leave { at, drop } => {
                let live = self.live_change() && p.kept.is_none();
                let mut effects = Vec::new();
                if live && drop {
                    next.messages.notice = Some(T::LiveDroppedOnLeave.fill(|_| vec![]));
                } else if live {
                    effects = self.apply_present(scenario, next, PresentAction::Keep { at })?;
                    let title = |lang| self.kept_title(p.slide, lang);
                    next.messages.notice = Some(T::LiveKeptOnLeave.fill(|lang| vec![title(lang)]));
                }
                next.leave(scenario, p);
                return Ok(effects);
            }
            PresentAction::Keep { at } => {
                if !self.live_change() || p.kept.is_some() {
                    return Ok(Vec::new());
                }
                if deck.slides.len() >= MAX_SLIDES {
                    return Err(T::DeckFull.fill(|_| vec![MAX_SLIDES.to_string()]));
                }
                let mut deck = deck.clone();
                let kept = Slide {
                    title: crate::io::check_name(&self.kept_title(p.slide, self.view.lang))?,
                    recorded: Recorded::of(&self.doc.projection, self.view.year_index),
                    cards: deck.slides[p.slide].cards.clone(),
                    ..Slide::of(self.doc.scenario.clone(), self.view.year_index)
                };
                deck.slides.insert(p.slide + 1, kept);
                deck.saved_at = at;
                if let Mode::Present(p) = &mut next.view.mode {
                    p.kept = Some(p.slide + 1);
                }
                return Ok(vec![Effect::WriteDeck(Box::new(deck))]);
            }
        }
        Ok(Vec::new())
    }

    /// The title of a live change on slide `slide` kept as a slide.
    fn kept_title(&self, slide: usize, lang: crate::i18n::Lang) -> String {
        let base = self.presenting().and_then(|(_, d, _)| d.slides.get(slide)).map_or("", |s| s.title.as_str());
        let long = format!("{base}{}", T::LiveSuffix.get(lang));
        long.chars().take(crate::io::MAX_NAME_CHARS).collect()
    }

    /// What "before" is for the slide on screen, whichever way the presenter
    /// came to it: during a live change the slide itself; else the slide
    /// before it in the deck; for the first slide the baseline (title None).
    /// The state a replay shows first, and what the slide's KPI cards are
    /// chosen against (`slide_cards::choose_cards`), the live change's cards
    /// being its slide's.
    pub fn replay_before(&self) -> Option<(Option<String>, Scenario)> {
        let (p, deck, slide) = self.presenting()?;
        if self.live_change() {
            return Some((Some(slide.title.clone()), slide.scenario.clone()));
        }
        Some(match p.slide.checked_sub(1).and_then(|i| deck.slides.get(i)) {
            Some(previous) => (Some(previous.title.clone()), previous.scenario.clone()),
            None => (None, slide.scenario.baseline()),
        })
    }

    /// The decks as storage now holds them. A presented deck that was
    /// deleted (in another window) ends the presentation; a live change kept
    /// as a slide is shown as that slide if storage took it.
    pub(super) fn take_decks(&self, next: &mut State, scenario: &mut Scenario, decks: LoadedDecks) {
        next.library.decks = Rc::new(decks);
        if let Mode::Present(p) = &mut next.view.mode {
            // A kept live change is its own slide once storage holds it.
            if let Some(i) = p.kept.take() {
                let deck = next.library.decks.decks.iter().find(|d| d.id == p.deck);
                if deck.and_then(|d| d.slides.get(i)).is_some_and(|s| s.scenario == *scenario) {
                    p.slide = i;
                }
            }
        }
        if let Mode::Present(p) = next.view.mode.clone() {
            let p = &p;
            let gone = next.find_deck(&p.deck).is_none_or(|d| p.slide >= d.slides.len());
            if gone {
                next.leave(scenario, p);
            }
        }
    }

    /// Back to editing what was edited before the presentation.
    fn leave(&mut self, scenario: &mut Scenario, p: &Presenting) {
        *scenario = (*p.editing).clone();
        self.view.year_index = p.editing_year;
        (self.doc.past, self.doc.future) = (p.editing_past.clone(), p.editing_future.clone());
        self.view.mode = Mode::Edit;
    }
}
