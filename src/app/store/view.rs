//! The state's start and its view: `State::new` (the first state for a
//! scenario, a language and a window width), showing a share link's year
//! and layout, and the actions that change only the view or the messages
//! (language, year, layout, chart slots, the baseline's band, the question
//! kept solving, notices).

use super::{Action, BaselineBand, Doc, Layout, Library, Messages, Mode, State, View};
use crate::app::charts::specs::ChartKind;
use crate::i18n::{Bilingual, Lang};
use crate::model::{project, Scenario, HORIZON_YEARS};
use crate::text::T;
use std::rc::Rc;

impl State {
    /// The state for `scenario`, in `lang`, on a window `width` css px wide.
    pub fn new(scenario: Scenario, lang: Lang, width: f64) -> State {
        State {
            doc: Doc {
                projection: Rc::new(project(&scenario)),
                baseline: Rc::new(project(&scenario.baseline())),
                named: Rc::new(scenario.clone()),
                scenario,
                past: Rc::default(),
                future: Rc::default(),
                drag: None,
            },
            library: Library::default(),
            view: View {
                lang,
                year_index: 0,
                layout: Layout::for_width(width),
                slots: [ChartKind::Completion, ChartKind::IncomeRatio, ChartKind::Standards, ChartKind::Urbanization],
                baseline_band: BaselineBand::Hidden,
                keep_solving: None,
                mode: Mode::Edit,
            },
            messages: Messages::default(),
        }
    }

    /// Show the year and layout a share link was made at. A year outside the
    /// projection's horizon keeps the first year and says so (added to the
    /// link's notice), never silently.
    pub fn show_link_view(&mut self, view: crate::io::link::LinkView) {
        if let Some(year) = view.year {
            match self.doc.projection.years.iter().position(|y| y.year == year) {
                Some(i) => self.view.year_index = i,
                None => {
                    let (first, last) = match (self.doc.projection.years.first(), self.doc.projection.years.last()) {
                        (Some(f), Some(l)) => (f.year, l.year),
                        _ => return,
                    };
                    let shown = T::LinkYearOutside.fill(|_| vec![year.to_string(), format!("{first}–{last}")]);
                    self.messages.notice = Some(match self.messages.notice.take() {
                        Some(n) => Bilingual::new(format!("{}{}", n.zh, shown.zh), format!("{} {}", n.en, shown.en)),
                        None => shown,
                    });
                }
            }
        }
        if let Some(layout) = Layout::ALL.into_iter().find(|l| Some(l.count()) == view.charts.map(usize::from)) {
            self.view.layout = layout;
        }
    }

    /// An action that changes only the view or the messages (`apply` hands
    /// these over and no others).
    pub(super) fn apply_view(&mut self, action: Action) {
        match action {
            Action::SetLang(lang) => self.view.lang = lang,
            Action::SetYear(i) => self.view.year_index = i.min(HORIZON_YEARS - 1),
            Action::SetLayout(layout) => self.view.layout = layout,
            Action::SetBaselineBand(shown) => self.view.baseline_band = shown,
            Action::KeepSolving(request) => self.view.keep_solving = request,
            Action::SetSlot(i, kind) => {
                if let Some(slot) = self.view.slots.get_mut(i) {
                    *slot = kind;
                }
            }
            Action::Inform(message) => self.messages.notice = Some(message),
            Action::UpdateReady => self.messages.update_ready = true,
            Action::Dismiss => self.messages = Messages::default(),
            _ => {} // the scenario's, the library's and the decks' actions: `apply`
        }
    }
}
