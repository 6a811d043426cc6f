//! The root component: header controls (year, layout, language), toolbar,
//! tabs, KPI strip, chart slots, summary. Wasm only.
//!
//! One App, two binaries: the first screen (src/main.rs, `start`) has no
//! `Parts`; the full app (src/bin/full_app.rs, `full::start`) has them all.
//! Where the first screen lacks a part the user asked for, it shows
//! 加载中… / Loading… and hands over to the full app (`swap.rs`).

use super::handover::{HandedBand, Handover, PrintWhat, Shown as Showing, Tab};
use super::{band, charts, citydata, files, kpi, offline, panel, state, storage, swap};
use crate::i18n::{Bilingual, Lang};
use crate::io::stamp::Stamp;
use crate::io::{csv, export, link};
use crate::model::{project, Projection, Scenario, MODEL_VERSION};
use crate::text::T;
use band::ShownBand;
use charts::cities::{CitiesChart, CityLines};
use charts::frame::XAxis;
use charts::specs::{self, build, BandOf, ChartKind, Role, Shown};
use charts::ChartView;
use citydata::CityTable;
use gloo::events::EventListener;
use kpi::KpiStrip;
use super::summary_view::SummaryView;
use panel::{AssumptionsPanel, LeverPanel};
use super::handout::{Handout, PrintJob, PrintSlide};
use super::print_menu::PrintMenu;
use state::{run_effects, use_frame_dispatch, Action, AppState, Layout, State, LANG_STORAGE_KEY};
use super::store::BaselineBand;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The parts only the full app has, as functions that render them (so the
/// first screen's binary, which never names them, links none of their code).
/// `full.rs` has the one value of this type.
pub struct Parts {
    /// The Library, Decks and Analysis tabs' content.
    pub tab: fn(TabArgs) -> Html,
    /// The QR code dialog: the link, the language, close.
    pub qr: fn(AttrValue, Lang, Callback<()>) -> Html,
    /// The comparison table of 2–4 scenarios.
    pub compare: fn(Compared, Lang) -> Html,
    /// The model reference (docs/MODEL.md).
    pub model_ref: fn(Lang) -> Html,
    /// A deck presented full screen.
    /// (The state, the store's dispatch, the frame's dispatch, the band.)
    pub present: fn(Rc<State>, Callback<Action>, Callback<Action>, Band) -> Html,
    /// Nothing on screen: what runs meanwhile ("keep solving").
    pub background: fn(&State, UseReducerDispatcher<AppState>) -> Html,
}

/// Scenarios compared: name, scenario, projection.
pub type Compared = Vec<(String, Scenario, Rc<Projection>)>;
type Band = Option<ShownBand>;

/// What a tab of the full app is given.
pub struct TabArgs {
    pub tab: Tab,
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
    pub direct: UseReducerDispatcher<AppState>,
    /// Holds a file being read (imports).
    pub reader: Rc<RefCell<Option<gloo::file::callbacks::FileReader>>>,
    pub on_print: Callback<PrintWhat>,
}

#[derive(Properties)]
pub struct AppProps {
    /// None on the first screen.
    pub parts: Option<&'static Parts>,
    /// What the first screen handed over (the full app only).
    pub handover: Option<Rc<Handover>>,
    /// Called once the full app is on screen: the first screen goes.
    pub on_shown: Option<js_sys::Function>,
}

impl PartialEq for AppProps {
    /// Given once, at mount; never changed.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The first screen (src/main.rs). A presenter's window is the full app's
/// from the start.
pub fn start() {
    crate::json::install();
    // index.html's "loading" placeholder goes as the app mounts, in the same task.
    if let Some(boot) = gloo::utils::document().get_element_by_id("boot") {
        boot.remove();
    }
    if super::presenter::is_presenter_window() {
        swap::load_full(|_| ());
    } else {
        swap::mount_first_screen();
    }
}

/// The language the user chose last time, Chinese otherwise.
fn stored_lang() -> Lang {
    storage::get_string(LANG_STORAGE_KEY).and_then(|code| Lang::from_code(&code)).unwrap_or_default()
}

/// The first state: the scenario in the address (a share link) if there is
/// one and it is valid, the built-in one otherwise (with the reason shown).
fn initial_state(handover: Option<&Handover>) -> AppState {
    if let Some(h) = handover {
        let state = State::new(Scenario::zhejiang_2025(), h.lang, 0.0)
            .with_library(storage::load())
            .with_decks(storage::load_decks());
        return AppState::new(h.apply(state));
    }
    let lang = stored_lang();
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let (scenario, notice, error) = if hash.len() > 1 {
        match link::decode(&hash) {
            Ok(d) => (d.scenario, d.notice, None),
            Err(e) => (Scenario::zhejiang_2025(), None, Some(e)),
        }
    } else {
        (Scenario::zhejiang_2025(), None, None)
    };
    let width = web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).unwrap_or(0.0);
    let mut state = State::new(scenario, lang, width).with_library(storage::load()).with_decks(storage::load_decks());
    state.messages.notice = notice;
    state.messages.error = error;
    AppState::new(state)
}

/// The share link of `scenario`: this page's address with the scenario in
/// its #fragment, as the address bar holds it.
/// Put the scenario's share link in the address bar (no new history entry).
fn write_address(scenario: &Scenario) {
    let url = format!("#{}", link::encode(scenario));
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// How long the address bar waits for the scenario to rest before taking its
/// link: `history.replaceState` costs about 1.5 ms of the main thread, and a
/// drag would pay it on every frame.
const ADDRESS_DELAY_MS: u32 = 200;

pub(super) fn share_url(scenario: &Scenario) -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    format!("{}#{}", href.split('#').next().unwrap_or_default(), link::encode(scenario))
}

/// Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (⌘ on macOS), except while typing in a text
/// box, where the browser's own text undo applies.
#[hook]
fn use_undo_keys(dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let options = gloo::events::EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |e| {
            let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
            if !(e.ctrl_key() || e.meta_key()) {
                return;
            }
            let typing = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|i| i.type_() == "text");
            if typing {
                return;
            }
            let key = e.key().to_ascii_lowercase();
            let action = match (key.as_str(), e.shift_key()) {
                ("z", false) => Action::Undo,
                ("z", true) | ("y", _) => Action::Redo,
                _ => return,
            };
            e.prevent_default();
            dispatch.dispatch(action);
        });
        move || drop(listener)
    });
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let parts = props.parts;
    let handover = props.handover.clone();
    let state = {
        let handover = handover.clone();
        use_reducer(move || initial_state(handover.as_deref()))
    };
    let dispatch = use_frame_dispatch(state.dispatcher());
    let direct = state.dispatcher();
    // The open tab, the QR dialog, the sections the root controls.
    let showing = {
        let handover = handover.clone();
        use_state(move || handover.map(|h| h.shown.clone()).unwrap_or_default())
    };
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    use_undo_keys(state.dispatcher());
    {
        let d = state.dispatcher();
        offline::use_service_worker(Callback::from(move |_| d.dispatch(Action::UpdateReady)));
    }
    // Writes the store asked for (saving, deleting, importing) run here, once
    // per action that made any; each reports back with `Action::Stored`.
    {
        let (effects, d) = (state.effects.clone(), state.dispatcher());
        use_effect_with(state.effects_seq, move |_| run_effects(&effects, &d));
    }
    let lang = state.view.lang;
    use_effect_with(lang, |lang| {
        // Remembering the language is a nicety: if storage is full or blocked
        // the app works on in the chosen language.
        let _ = storage::set_string(LANG_STORAGE_KEY, lang.code());
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.pick("zh-CN", "en"));
        }
        gloo::utils::document().set_title(T::Title.get(*lang));
    });
    // The address bar always holds the share link of the current scenario —
    // except a refused link, which stays there until the first change so the
    // planner can see what was wrong with it.
    let keep_refused_link =
        use_mut_ref(|| handover.as_ref().map_or(state.messages.error.is_some(), |h| h.keep_refused_link));
    let address_timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let keep_link = keep_refused_link.clone();
    use_effect_with(state.doc.scenario.clone(), move |scenario| {
        if std::mem::take(&mut *keep_link.borrow_mut()) {
            return;
        }
        // A newer change replaces (and so cancels) the waiting write.
        let scenario = scenario.clone();
        *address_timer.borrow_mut() =
            Some(gloo::timers::callback::Timeout::new(ADDRESS_DELAY_MS, move || write_address(&scenario)));
    });

    let (scen, base) = (state.doc.projection.clone(), state.doc.baseline.clone());
    // The band is for the scenario alone: compared scenarios show their lines.
    let handed = |b: &Option<HandedBand>| {
        b.as_ref().map(|b| ShownBand { band: Rc::new(b.band.clone()), current: b.current, elapsed_ms: b.elapsed_ms })
    };
    let band = band::use_band_from(Some(&state.doc.scenario), handover.as_ref().and_then(|h| handed(&h.band)));
    // The baseline's band, on request, from a worker of its own (started the
    // first time it is asked for; it reruns only when the assumptions change).
    let baseline_scenario = (state.view.baseline_band == BaselineBand::Shown && state.library.compare.len() < 2)
        .then(|| state.doc.scenario.baseline());
    let baseline_band =
        band::use_band_from(baseline_scenario.as_ref(), handover.as_ref().and_then(|h| handed(&h.baseline_band_shown)));
    // The built-in scenario, drawn when the assumptions differ from it.
    let builtin = use_memo((), |_| {
        let s = Scenario::zhejiang_2025();
        let p = Rc::new(project(&s));
        (s, p)
    });
    let assumptions_changed = !state.doc.scenario.same_assumptions(&builtin.0);
    // Compared scenarios are projected once per change of what is compared,
    // not on every render (a lever move re-renders, but changes only "current").
    let to_compare = if state.library.compare.len() >= 2 { state.compared() } else { Vec::new() };
    let compared = use_memo(to_compare, |items| {
        items.iter().map(|(name, s)| (name.clone(), s.clone(), Rc::new(project(s)))).collect::<Vec<_>>()
    });

    let toggle_lang = {
        let d = direct.clone();
        Callback::from(move |_| d.dispatch(Action::SetLang(lang.other())))
    };
    let simple = |action: fn() -> Action| {
        let d = direct.clone();
        Callback::from(move |_| d.dispatch(action()))
    };
    let on_share = {
        let d = direct.clone();
        let scenario = state.doc.scenario.clone();
        Callback::from(move |_| {
            let Some(window) = web_sys::window() else { return };
            write_address(&scenario);
            let url = share_url(&scenario);
            // The clipboard may be refused (permissions, no focus): the link is in
            // the address bar either way, and the message says which happened.
            let inform = |text: T, d: UseReducerDispatcher<AppState>| {
                wasm_bindgen::closure::Closure::once_into_js(move |_: wasm_bindgen::JsValue| {
                    d.dispatch(Action::Inform(Bilingual::new(text.get(Lang::Zh), text.get(Lang::En))))
                })
            };
            let copied = inform(T::LinkCopied, d.clone());
            let refused = inform(T::LinkInAddressBar, d.clone());
            // promise.then(copied, refused), with closures that free themselves.
            let promise = window.navigator().clipboard().write_text(&url);
            if let Ok(then) = js_sys::Reflect::get(&promise, &"then".into()) {
                let _ = then.unchecked_into::<js_sys::Function>().call2(&promise, &copied, &refused);
            }
        })
    };
    let on_export_scenario = {
        let scenario = state.doc.scenario.clone();
        Callback::from(move |_| {
            files::download_text(
                &format!("{}.json", files::file_stem(&scenario.name)),
                "application/json",
                &export::scenario_file(&scenario, &Stamp::new(&storage::now_local())),
            )
        })
    };
    let on_export_csv = {
        let (scen, base, scenario) = (scen.clone(), base.clone(), state.doc.scenario.clone());
        let (year_index, band) = (state.view.year_index, band.clone());
        Callback::from(move |_| {
            // The summary in words above the table, with the name, the date and the model.
            // A band still catching up with a drag is not this scenario's: no probabilities from it.
            let band = band.as_ref().filter(|b| b.current).map(|b| b.band.as_ref());
            let summary = super::summary::summarize(&scenario, &scen, &base, year_index, band);
            let header = csv::CsvHeader {
                name: scenario.name.clone(),
                stamp: Stamp::new(&storage::now_local()),
                changed: export::changed_settings(&scenario),
                lines: summary.sentences.into_iter().map(|s| s.text).collect(),
            };
            files::download_text(
                &format!("{}.csv", files::file_stem(&scenario.name)),
                "text/csv;charset=utf-8",
                &csv::summary_csv(&header, &scen, &base),
            )
        })
    };
    // Print: the handout of the scenario on screen, or of a deck, mounted
    // until the browser's print is over (`afterprint`).
    let print_job = use_state(|| None::<Rc<PrintJob>>);
    // A print started by the browser (Ctrl+P, its menu) gets the handout of
    // the scenario on screen too: mounted on `beforeprint`, before the page
    // is laid out for print (Yew renders in the microtask that follows).
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
        let decks = state.library.decks.clone();
        Callback::from(move |what: PrintWhat| {
            let then_print = what != PrintWhat::Browser;
            let slides = match what {
                PrintWhat::Current | PrintWhat::Browser => vec![PrintSlide {
                    title: scenario.name.clone(),
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
    // The handout's charts: the screen's (the small multiples are not printed).
    let print_charts: Vec<ChartKind> = {
        let on_screen: Vec<ChartKind> =
            state.view.slots[..state.view.layout.count()].iter().copied().filter(|k| *k != ChartKind::Cities).collect();
        if on_screen.is_empty() {
            ChartKind::ALL.iter().copied().filter(|k| *k != ChartKind::Cities).take(1).collect()
        } else {
            on_screen
        }
    };
    let year_buttons = scen.years.iter().enumerate().map(|(i, y)| {
        let d = direct.clone();
        let on = i == state.view.year_index;
        html! {
            <button class={classes!("seg", on.then_some("on"))} aria-pressed={on.to_string()}
                onclick={Callback::from(move |_| d.dispatch(Action::SetYear(i)))}>{ y.year }</button>
        }
    });
    let layout_buttons = Layout::ALL.map(|layout| {
        let d = direct.clone();
        let on = layout == state.view.layout;
        let n = layout.count();
        html! {
            <button class={classes!("seg", on.then_some("on"))} aria-pressed={on.to_string()}
                aria-label={format!("{} {n}", T::Layout.get(lang))}
                onclick={Callback::from(move |_| d.dispatch(Action::SetLayout(layout)))}>{ n }</button>
        }
    });
    // The model reference: fetched when first opened, then kept. The first
    // screen lacks it, so opening it hands over to the full app.
    let on_model_toggle = {
        let showing = showing.clone();
        Callback::from(move |e: Event| {
            if e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open() && !showing.model {
                showing.set(Showing { model: true, ..(*showing).clone() });
            }
        })
    };
    let loading = html! { <p class="loading" role="status">{ T::Loading.get(lang) }</p> };
    // The first screen: what the full app is handed when it takes over, as
    // of the last render (the handover is made when its code has loaded).
    let latest: swap::Latest = use_mut_ref(|| None);
    if parts.is_none() {
        let (snapshot, now, keep_link) = (state.clone(), (*showing).clone(), keep_refused_link.clone());
        let (band, baseline_band) = (band.clone(), baseline_band.clone());
        *latest.borrow_mut() = Some(Box::new(move || {
            let hand = |b: &Option<ShownBand>| {
                b.as_ref().map(|b| HandedBand { band: (*b.band).clone(), current: b.current, elapsed_ms: b.elapsed_ms })
            };
            let mut h = Handover::of(&snapshot.state, now.clone());
            h.keep_refused_link = *keep_link.borrow();
            h.band = hand(&band);
            h.baseline_band_shown = hand(&baseline_band);
            h
        }));
    }
    let needs_full = parts.is_none() && showing.needs_full();
    {
        let (latest, showing, d) = (latest.clone(), showing.clone(), direct.clone());
        use_effect_with(needs_full, move |&needs_full| {
            if needs_full {
                swap::take_over(latest, move || {
                    // Not loaded (offline before the app was cached): say so, and stay.
                    let tab = if showing.tab.first_screen() { showing.tab } else { Tab::Levers };
                    showing.set(Showing { tab, ..Showing::default() });
                    d.dispatch(Action::Refuse(Bilingual::new(T::FullAppFailed.get(Lang::Zh), T::FullAppFailed.get(Lang::En))));
                });
            }
        });
    }
    // The first screen fetches the full app once it is painted and the
    // browser is idle, so a tab opens at once.
    use_effect_with((), move |_| {
        if parts.is_none() {
            swap::prefetch_when_idle();
        }
    });
    // The full app, once on screen in the first screen's place: the first
    // screen goes, the page is where it was.
    let app_ref = use_node_ref();
    {
        let (handover, on_shown, app_ref) = (handover.clone(), props.on_shown.clone(), app_ref.clone());
        use_effect_with((), move |_| {
            if let Some(h) = handover {
                swap::shown(&app_ref, on_shown.as_ref(), &h.page);
            }
        });
    }
    let baseline_band_on = state.view.baseline_band == BaselineBand::Shown;
    let toggle_baseline_band = {
        let d = direct.clone();
        let next = if baseline_band_on { BaselineBand::Hidden } else { BaselineBand::Shown };
        Callback::from(move |_| d.dispatch(Action::SetBaselineBand(next)))
    };
    // What every chart shows: the scenario and its baseline, or the compared ones.
    let shown: Vec<Shown> = if compared.is_empty() {
        vec![
            Shown { name: T::Current.get(lang).to_string(), projection: &scen, role: Role::Scenario },
            Shown { name: T::Baseline.get(lang).to_string(), projection: &base, role: Role::Baseline },
        ]
        .into_iter()
        .chain(assumptions_changed.then(|| Shown {
            name: T::BuiltinReference.get(lang).to_string(),
            projection: &builtin.1,
            role: Role::Builtin,
        }))
        .collect()
    } else {
        compared
            .iter()
            .enumerate()
            .map(|(i, (name, _, p))| Shown { name: name.clone(), projection: p, role: Role::Compared(i) })
            .collect()
    };
    // Whose lines the charts show, for the PNG: the scenario, or the compared ones.
    let shown_names = if compared.is_empty() {
        state.doc.scenario.name.clone()
    } else {
        compared.iter().map(|(name, ..)| name.as_str()).collect::<Vec<_>>().join(" / ")
    };
    let slots = (0..state.view.layout.count()).map(|slot| {
        let kind = state.view.slots[slot];
        let d = direct.clone();
        let onchange = Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(k) = ChartKind::from_id(&select.value()) {
                d.dispatch(Action::SetSlot(slot, k));
            }
        });
        let options = ChartKind::ALL.iter().map(|&k| {
            html! { <option value={k.id()} selected={k == kind}>{ k.title(lang) }</option> }
        });
        let year = scen.years.get(state.view.year_index).map_or(2025, |y| y.year);
        let mut built = build(kind, &shown, state.view.year_index, lang);
        // The band goes under the scenario's line when the scenario is shown
        // with its baseline (compared scenarios show their lines only).
        if let (Some(b), true) = (built.as_mut(), compared.is_empty()) {
            if let Some(shown_band) = &baseline_band {
                specs::add_band(kind, &mut b.spec, &shown_band.band, BandOf::Baseline, lang);
            }
            if let Some(shown_band) = &band {
                specs::add_band(kind, &mut b.spec, &shown_band.band, BandOf::Scenario, lang);
            }
        }
        // Which year(s) the chart shows, next to its title.
        let period = match built.as_ref().map(|b| b.spec.x) {
            Some(XAxis::Years(a, b)) => format!("{a}–{b}"),
            Some(XAxis::Months) => format!("{year}"),
            None => format!("{}–{}", state.doc.scenario.start.year, scen.years.last().map_or(2030, |y| y.year)),
        };
        // The chart's title is its picker: a heading that wraps however long
        // the title, with the native select laid invisibly over it (a select
        // cannot wrap its text, so it would cut a long English title off).
        let picker = html! {
            <>
                <div class="slot-title">
                    <h2>{ kind.title(lang) }<span class="chev" aria-hidden="true">{ " ▾" }</span></h2>
                    <select class="slot-pick" aria-label={format!("{} {}", T::ChartSlot.get(lang), slot + 1)} {onchange}>
                        { for options }
                    </select>
                </div>
                <span class="chart-years">{ period.clone() }</span>
            </>
        };
        let chart = match built {
            // The small multiples (`build` gives no line chart for them).
            None => {
                let lines = shown
                    .iter()
                    .map(|s| CityLines { name: s.name.clone(), role: s.role, cities: s.projection.cities.clone() })
                    .collect::<Vec<_>>();
                html! {
                    <CitiesChart cities={state.doc.scenario.cities.clone()} lines={lines}
                        start_year={state.doc.scenario.start.year} lang={lang} header={picker} />
                }
            }
            Some(built) => html! {
                <ChartView id={format!("chart-{}", kind.id())} title={kind.title(lang)} spec={Rc::new(built.spec)}
                    subtitle={format!("{} · {period}", shown_names)}
                    lang={lang} summary={built.summary} note={built.note.map(AttrValue::from)} header={picker} />
            },
        };
        html! { <div class="slot" key={slot}>{ chart }</div> }
    });
    let notices = state.doc.projection.notices.iter().map(|n| html! { <li>{ n.get(lang) }</li> });
    let tab_button = |t: Tab, label: T| {
        let showing = showing.clone();
        let on = showing.tab == t;
        html! {
            <button role="tab" class={classes!("tab", on.then_some("on"))} aria-selected={on.to_string()}
                onclick={Callback::from(move |_| showing.set(Showing { tab: t, ..(*showing).clone() }))}>{ label.get(lang) }</button>
        }
    };

    // Presenting a deck: the slide takes the whole screen.
    if let (Some(parts), super::store::Mode::Present(_)) = (parts, &state.view.mode) {
        let d = direct.clone();
        return (parts.present)(Rc::new(state.state.clone()), Callback::from(move |a| d.dispatch(a)), dispatch.clone(), band.clone());
    }
    let tab_content = match (showing.tab, parts) {
        (Tab::Levers, _) => html! { <LeverPanel scenario={state.doc.scenario.clone()} lang={lang} dispatch={dispatch.clone()} /> },
        (Tab::Assumptions, _) => html! { <AssumptionsPanel scenario={state.doc.scenario.clone()} lang={lang} dispatch={dispatch.clone()} /> },
        (tab, Some(parts)) => (parts.tab)(TabArgs {
            tab,
            state: Rc::new(state.state.clone()),
            dispatch: dispatch.clone(),
            direct: direct.clone(),
            reader: reader.clone(),
            on_print: on_print.clone(),
        }),
        (_, None) => loading.clone(),
    };
    let close_qr = {
        let showing = showing.clone();
        Callback::from(move |_| showing.set(Showing { qr: false, ..(*showing).clone() }))
    };

    html! {
        <div class={classes!("app", print_job.is_some().then_some("printing"))} ref={app_ref}>
            if let Some(parts) = parts { { (parts.background)(&state.state, direct.clone()) } }
            if let Some(job) = &*print_job {
                <Handout job={job.clone()} charts={print_charts} lang={lang} on_ready={{
                    let then_print = job.then_print;
                    Callback::from(move |_| if then_print {
                        let _ = web_sys::window().map(|w| w.print());
                    })
                }} />
            }
            <header class="top">
                <div class="titles">
                    <h1>{ T::Title.get(lang) }</h1>
                    <p class="subtitle">{ T::Subtitle.get(lang) }</p>
                </div>
                <div class="controls">
                    <div class="segmented" role="group" aria-label={T::Year.get(lang)}>
                        <span class="seg-label">{ T::Year.get(lang) }</span>{ for year_buttons }
                    </div>
                    <div class="segmented" role="group" aria-label={T::Layout.get(lang)}>
                        <span class="seg-label">{ T::Layout.get(lang) }</span>{ for layout_buttons }
                    </div>
                    <button class="lang-toggle" onclick={toggle_lang} title={T::LanguageToggleLabel.get(lang)}
                        lang={lang.other().pick("zh-CN", "en")}>
                        { T::LanguageToggle.get(lang) }
                    </button>
                </div>
                <div class="toolbar" role="toolbar">
                    <button class="undo" onclick={simple(|| Action::Undo)} disabled={state.doc.past.is_empty()}
                        title={T::UndoHint.get(lang)}>{ format!("↶ {}", T::Undo.get(lang)) }</button>
                    <button class="redo" onclick={simple(|| Action::Redo)} disabled={state.doc.future.is_empty()}
                        title={T::RedoHint.get(lang)}>{ format!("↷ {}", T::Redo.get(lang)) }</button>
                    <button class="share" onclick={on_share}>{ T::ShareLink.get(lang) }</button>
                    <button class="qr" aria-haspopup="dialog" onclick={{
                        let showing = showing.clone();
                        Callback::from(move |_| showing.set(Showing { qr: true, ..(*showing).clone() }))
                    }}>{ T::QrCode.get(lang) }</button>
                    <button class="export-json" onclick={on_export_scenario}>{ T::ExportScenario.get(lang) }</button>
                    <button class="export-csv" onclick={on_export_csv}>{ T::ExportCsv.get(lang) }</button>
                    <PrintMenu decks={state.library.decks.clone()} lang={lang} on_print={on_print.clone()} />
                    <button class={classes!("baseline-band", baseline_band_on.then_some("on"))}
                        aria-pressed={baseline_band_on.to_string()} onclick={toggle_baseline_band}>
                        { T::BaselineBandToggle.get(lang) }
                    </button>
                </div>
            </header>
            if showing.qr {
                if let Some(parts) = parts {
                    { (parts.qr)(share_url(&state.doc.scenario).into(), lang, close_qr) }
                } else {
                    <div class="loading-dialog">{ loading.clone() }</div>
                }
            }
            if state.messages.error.is_some() || state.messages.notice.is_some() || state.messages.update_ready {
                <div class="messages" role="status">
                    if let Some(error) = &state.messages.error { <p class="error" role="alert">{ error.get(lang) }</p> }
                    if let Some(notice) = &state.messages.notice { <p class="notice">{ notice.get(lang) }</p> }
                    if state.messages.update_ready {
                        <p class="update notice">
                            { T::UpdateHint.get(lang) }{ " " }
                            <button class="update-reload" onclick={Callback::from(|_| offline::reload_into_update())}>
                                { T::UpdateReload.get(lang) }
                            </button>
                        </p>
                    }
                    <button class="dismiss" onclick={simple(|| Action::Dismiss)}>{ T::Dismiss.get(lang) }</button>
                </div>
            }
            <main class="layout">
                <aside class="levers" aria-label={T::LeversHeading.get(lang)}>
                    <div class="tabs" role="tablist">
                        { tab_button(Tab::Levers, T::TabLevers) }
                        { tab_button(Tab::Assumptions, T::TabAssumptions) }
                        { tab_button(Tab::Library, T::TabLibrary) }
                        { tab_button(Tab::Decks, T::TabDecks) }
                        { tab_button(Tab::Seek, T::TabSeek) }
                    </div>
                    // The panel scrolls under its tabs. The scroller has no rounded
                    // corners: clipping a scrolled layer to them costs the compositor
                    // a masked pass over the panel on every frame of a drag.
                    <div class="levers-scroll">{ tab_content }</div>
                </aside>
                <section class="outcomes">
                    <KpiStrip scenario={scen.clone()} baseline={base.clone()} year_index={state.view.year_index} lang={lang}
                        band={band.clone()} />
                    <div class={classes!("chart-grid", format!("layout-{}", state.view.layout.count()))}>{ for slots }</div>
                    // Below the charts, so the charts keep the first screen.
                    <SummaryView scenario={state.doc.scenario.clone()} projection={scen.clone()} baseline={base.clone()}
                        year_index={state.view.year_index} band={band.clone()} lang={lang} />
                    if let (false, Some(parts)) = (compared.is_empty(), parts) {
                        { (parts.compare)((*compared).clone(), lang) }
                    }
                    if !state.doc.projection.notices.is_empty() {
                        <section class="notices" aria-live="polite">
                            <h2>{ T::Notices.get(lang) }</h2>
                            <ul>{ for notices }</ul>
                        </section>
                    }
                    <details class="panel">
                        <summary>{ T::TabCities.get(lang) }</summary>
                        <CityTable scenario={state.doc.scenario.clone()} projected={scen.cities.clone()} lang={lang} dispatch={dispatch.clone()} />
                    </details>
                    <details class="panel" open={showing.model} ontoggle={on_model_toggle}>
                        <summary>{ T::TabModel.get(lang) }</summary>
                        if let (true, Some(parts)) = (showing.model, parts) {
                            { (parts.model_ref)(lang) }
                        } else if showing.model {
                            { loading.clone() }
                        }
                    </details>
                </section>
            </main>
            <footer>
                { format!("{} {} · {}", T::ModelVersion.get(lang), MODEL_VERSION, state.doc.scenario.name) }
            </footer>
        </div>
    }
}
