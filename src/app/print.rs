//! Print: the handout (`handout.rs`) of the scenario on screen, or of a
//! deck, mounted until the browser's print is over (`afterprint`). A print
//! the browser starts itself (Ctrl+P, its menu) gets the handout of the
//! scenario on screen too: mounted on `beforeprint`, before the page is laid
//! out for print (Yew renders in the microtask that follows).

use super::band::ShownBand;
use super::charts::specs::ChartKind;
use super::handout::{Handout, PrintJob, PrintSlide};
use super::state::{Action, AppState, State};
use super::storage;
use crate::i18n::{Bilingual, Lang};
use crate::text::T;
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

/// What to print.
#[derive(Clone, Debug, PartialEq)]
pub enum PrintWhat {
    /// The scenario on screen, at the year on screen.
    Current,
    /// A saved deck, by id.
    Deck(String),
    /// The scenario on screen, for a print the browser started (Ctrl+P).
    Browser,
}

/// The handout being printed, if one is, and how to start one.
pub struct Print {
    pub job: Option<Rc<PrintJob>>,
    pub on_print: Callback<PrintWhat>,
}

#[hook]
pub fn use_print(state: &State, band: &Option<ShownBand>, direct: &UseReducerDispatcher<AppState>) -> Print {
    let print_job = use_state(|| None::<Rc<PrintJob>>);
    let print_now = use_mut_ref(|| None::<Callback<PrintWhat>>);
    let print_open = use_mut_ref(|| false);
    *print_open.borrow_mut() = print_job.is_some();
    {
        let (print_job, print_now, print_open) = (print_job.clone(), print_now.clone(), print_open.clone());
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let after = EventListener::new(&window, "afterprint", move |_| print_job.set(None));
            let before = EventListener::new(&window, "beforeprint", move |_| {
                if !*print_open.borrow() {
                    if let Some(print) = &*print_now.borrow() {
                        print.emit(PrintWhat::Browser);
                    }
                }
            });
            move || drop((after, before))
        });
    }
    let on_print = {
        let (print_job, d) = (print_job.clone(), direct.clone());
        let (scenario, year_index, band) = (state.doc.scenario.clone(), state.view.year_index, band.clone());
        let name = super::exports::export_name(state);
        let decks = state.library.decks.clone();
        Callback::from(move |what: PrintWhat| {
            let then_print = what != PrintWhat::Browser;
            let slides = match what {
                PrintWhat::Current | PrintWhat::Browser => vec![PrintSlide {
                    // No title of its own: the page is headed by its name.
                    title: String::new(),
                    name: name.clone(),
                    scenario: scenario.clone(),
                    year_index,
                    band: band.clone().filter(|b| b.current),
                }],
                PrintWhat::Deck(id) => decks.decks.iter().find(|deck| deck.id == id).map(PrintSlide::deck).unwrap_or_default(),
            };
            if slides.is_empty() {
                d.dispatch(Action::Refuse(Bilingual::new(T::DeckEmpty.get(Lang::Zh), T::DeckEmpty.get(Lang::En))));
                return;
            }
            print_job.set(Some(Rc::new(PrintJob { slides, made_at: storage::now_local(), then_print })));
        })
    };
    *print_now.borrow_mut() = Some(on_print.clone());
    Print { job: (*print_job).clone(), on_print }
}

/// The handout's charts: the screen's (the small multiples are not printed).
pub fn print_charts(state: &State) -> Vec<ChartKind> {
    let on_screen: Vec<ChartKind> =
        state.view.slots[..state.view.layout.count()].iter().copied().filter(|k| *k != ChartKind::Cities).collect();
    if on_screen.is_empty() {
        ChartKind::ALL.iter().copied().filter(|k| *k != ChartKind::Cities).take(1).collect()
    } else {
        on_screen
    }
}

/// The handout of `job`, printed once its charts are drawn (unless the
/// browser started the print itself).
pub fn handout(job: &Rc<PrintJob>, state: &State) -> Html {
    let then_print = job.then_print;
    let on_ready = Callback::from(move |_| {
        if then_print {
            let _ = web_sys::window().map(|w| w.print());
        }
    });
    html! { <Handout job={job.clone()} charts={print_charts(state)} lang={state.view.lang} on_ready={on_ready} /> }
}
