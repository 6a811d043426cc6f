//! The uncertainty band, computed in the app's Web Worker (`worker.rs`,
//! `jobs::Job::Band`) so the main thread never waits for it. Latest wins: at most one run in
//! flight and one queued, and the queued one is always the newest scenario,
//! so a drag never piles up stale work. The deterministic line is drawn at
//! once; the band follows when the worker answers (during a drag that
//! outruns the worker, a stale answer at most every `STALE_EVERY_MS`).

use super::jobs::{Answer, Job, Reply, Request};
use super::worker::start_worker;
use crate::model::paired::Differences;
use crate::model::uncertainty::Band;
use crate::model::Scenario;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Draws per band (docs/MODEL.md, "Uncertainty"), and the fixed seed, so the
/// same scenario always shows the same band.
pub const DRAWS: usize = 1000;
pub const SEED: u64 = 1;

pub use super::shown_band::ShownBand;

#[derive(Default)]
struct Scheduler {
    worker: Option<web_sys::Worker>,
    /// The worker said it has loaded (its first message); before that,
    /// requests wait in `queued`.
    ready: bool,
    /// The scenario of the request in flight, if one is: its answer is
    /// "current" while the screen shows that scenario.
    in_flight_for: Option<Rc<Scenario>>,
    queued: Option<Request>,
    next_id: u64,
    /// When a band was last put on screen (performance.now(), ms).
    shown_at: f64,
}

/// While a drag outruns the worker, an answer that a newer request has
/// already made stale is shown at most this often: each one costs the page
/// a render and a redraw of every chart, in the frames the drag needs.
const STALE_EVERY_MS: f64 = 120.0;

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

impl Scheduler {
    fn post(&mut self, request: Request) {
        let Some(worker) = &self.worker else { return };
        let Job::Band { scenario, .. } = &request.job else { return };
        if let Ok(message) = serde_wasm_bindgen::to_value(&request) {
            if worker.post_message(&message).is_ok() {
                self.in_flight_for = Some(Rc::new(scenario.clone()));
            }
        }
    }

    /// Latest wins: run now if idle, else replace whatever was queued.
    fn submit(&mut self, scenario: Scenario, baseline: Option<Scenario>) {
        self.next_id += 1;
        let request = Request { id: self.next_id, job: Job::Band { scenario, draws: DRAWS, seed: SEED, baseline: baseline.map(Box::new) } };
        if self.in_flight_for.is_some() || !self.ready {
            self.queued = Some(request);
        } else {
            self.post(request);
        }
    }
}

type OnMessage = Closure<dyn FnMut(web_sys::MessageEvent)>;

/// A band on screen and the scenario it was drawn for.
struct Shown {
    band: Rc<Band>,
    differences: Option<Rc<Differences>>,
    scenario: Rc<Scenario>,
    elapsed_ms: f64,
}

/// Ask a worker for the band of every new scenario; None asks for nothing
/// (and shows nothing). The worker starts at the first request, so a band
/// asked for on request (the baseline's) costs nothing until it is.
#[hook]
pub fn use_band(scenario: Option<&Scenario>) -> Option<ShownBand> {
    use_band_against(scenario, None)
}

/// As `use_band`, and with a baseline also the scenario's change against
/// it on the same draws (`model::paired`; asked for only when the two
/// differ: a scenario against itself changes nothing).
#[hook]
pub fn use_band_against(scenario: Option<&Scenario>, baseline: Option<&Scenario>) -> Option<ShownBand> {
    let baseline = baseline.filter(|b| scenario.is_some_and(|s| s != *b));
    let scheduler = use_mut_ref(Scheduler::default);
    let handler = use_mut_ref(|| None::<OnMessage>);
    let shown = use_state(|| None::<Shown>);
    {
        let (scheduler, handler, shown) = (scheduler.clone(), handler.clone(), shown.setter());
        use_effect_with((scenario.cloned(), baseline.cloned()), move |(scenario, baseline)| {
            if let Some(scenario) = scenario {
                if scheduler.borrow().worker.is_none() {
                    let worker = start_worker();
                    if let Some(w) = &worker {
                        let on_message = on_message(scheduler.clone(), shown);
                        w.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                        *handler.borrow_mut() = Some(on_message);
                    }
                    scheduler.borrow_mut().worker = worker;
                }
                // Copied and posted after this task (and so, during a drag,
                // after the frame that shows the move): a band starts a
                // few ms later, the frame does not wait for the copy.
                let (scheduler, scenario, baseline) = (scheduler.clone(), scenario.clone(), baseline.clone());
                let post = Closure::once_into_js(move || scheduler.borrow_mut().submit(scenario, baseline));
                if let Some(w) = web_sys::window() {
                    let _ = w.set_timeout_with_callback(post.unchecked_ref());
                }
            }
        });
    }
    {
        // The worker ends with the component.
        let (scheduler, handler) = (scheduler.clone(), handler.clone());
        use_effect_with((), move |_| {
            move || {
                if let Some(w) = scheduler.borrow_mut().worker.take() {
                    w.terminate();
                }
                handler.borrow_mut().take();
            }
        });
    }
    let scenario = scenario?;
    shown.as_ref().map(|s| ShownBand {
        band: s.band.clone(),
        differences: s.differences.clone(),
        current: *s.scenario == *scenario,
        elapsed_ms: s.elapsed_ms,
    })
}

/// The worker's answers: show a band, note "ready", post what is queued.
fn on_message(
    scheduler: Rc<RefCell<Scheduler>>,
    shown: UseStateSetter<Option<Shown>>,
) -> OnMessage {
    Closure::new(move |e: web_sys::MessageEvent| {
        let mut s = scheduler.borrow_mut();
        let (answer, elapsed_ms) = match serde_wasm_bindgen::from_value::<Reply>(e.data()) {
            Ok(Reply { answer: Answer::Band(band), elapsed_ms, .. }) => (Some((band, None)), elapsed_ms),
            Ok(Reply { answer: Answer::BandAndDifference(band, d), elapsed_ms, .. }) => (Some((band, d)), elapsed_ms),
            Ok(Reply { answer: Answer::Ready, .. }) => {
                super::worker::give_region(s.ready, s.worker.as_ref());
                s.ready = true;
                (None, 0.0)
            }
            // A request it could not read.
            _ => {
                s.in_flight_for = None;
                (None, 0.0)
            }
        };
        if let Some((band, differences)) = answer {
            let stale = s.queued.is_some();
            let now = now_ms();
            if let Some(scenario) = s.in_flight_for.take() {
                if !stale || now - s.shown_at >= STALE_EVERY_MS {
                    s.shown_at = now;
                    let (shown, band, differences) = (shown.clone(), Rc::new(band), differences.map(Rc::new));
                    after_next_paint(move || shown.set(Some(Shown { band, differences, scenario, elapsed_ms })));
                }
            }
        }
        if let Some(next) = s.queued.take() {
            s.post(next);
        }
    })
}

/// Run `f` just after the next frame is painted: a band's render (its
/// charts and cards, a few ms) then starts a whole frame away from the next
/// one, where an answer that happened to arrive just before a frame would
/// have delayed that frame, and the lever move it shows, by as much.
fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return f() };
    let later = Closure::once_into_js(move || {
        let run = Closure::once_into_js(f);
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(run.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(later.unchecked_ref());
}
