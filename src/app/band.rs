//! The uncertainty band, computed in a Web Worker (`src/bin/band_worker.rs`)
//! so the main thread never waits for it. Latest wins: at most one run in
//! flight and one queued, and the queued one is always the newest scenario,
//! so a drag never piles up stale work. The deterministic line is drawn at
//! once; the band follows when the worker answers.

use crate::model::uncertainty::Band;
use crate::model::Scenario;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Draws per band (docs/MODEL.md, "Uncertainty"), and the fixed seed, so the
/// same scenario always shows the same band.
pub const DRAWS: usize = 1000;
pub const SEED: u64 = 1;

/// The loader Trunk writes beside the page for the worker binary
/// (`data-loader-shim` in index.html); relative, so any sub-path works.
pub const WORKER_URL: &str = "./band-worker_loader.js";

#[derive(Serialize, Deserialize)]
pub struct BandRequest {
    pub id: u64,
    pub scenario: Scenario,
    pub draws: usize,
    pub seed: u64,
}

#[derive(Serialize, Deserialize)]
pub struct BandReply {
    pub id: u64,
    pub band: Option<Band>,
    pub error: Option<String>,
    /// How long the worker took for the draws, ms (docs/BENCHMARKS.md).
    #[serde(default)]
    pub elapsed_ms: f64,
}

/// The band the screen shows, and whether it is for the scenario on screen
/// (false while the worker catches up with a drag).
#[derive(Clone, PartialEq)]
pub struct ShownBand {
    pub band: Rc<Band>,
    pub current: bool,
    /// The worker's time for it, ms.
    pub elapsed_ms: f64,
}

#[derive(Default)]
struct Scheduler {
    worker: Option<web_sys::Worker>,
    /// The worker said it has loaded (its first message); before that,
    /// requests wait in `queued`.
    ready: bool,
    in_flight: bool,
    queued: Option<BandRequest>,
    next_id: u64,
    /// The id of the newest request (what "current" means).
    newest: u64,
}

impl Scheduler {
    fn post(&mut self, request: BandRequest) {
        let Some(worker) = &self.worker else { return };
        if let Ok(message) = serde_wasm_bindgen::to_value(&request) {
            if worker.post_message(&message).is_ok() {
                self.in_flight = true;
            }
        }
    }

    /// Latest wins: run now if idle, else replace whatever was queued.
    fn submit(&mut self, scenario: &Scenario) {
        self.next_id += 1;
        self.newest = self.next_id;
        let request = BandRequest { id: self.next_id, scenario: scenario.clone(), draws: DRAWS, seed: SEED };
        if self.in_flight || !self.ready {
            self.queued = Some(request);
        } else {
            self.post(request);
        }
    }
}

/// Start the worker once; ask it for the band of every new scenario.
#[hook]
pub fn use_band(scenario: &Scenario) -> Option<ShownBand> {
    let scheduler = use_mut_ref(Scheduler::default);
    let shown = use_state(|| None::<(u64, Rc<Band>, f64)>);
    {
        let scheduler = scheduler.clone();
        let shown = shown.setter();
        use_effect_with((), move |_| {
            let worker = start_worker();
            let handler = worker.as_ref().map(|w| {
                let scheduler: Rc<RefCell<Scheduler>> = scheduler.clone();
                let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                    let mut s = scheduler.borrow_mut();
                    match serde_wasm_bindgen::from_value::<BandReply>(e.data()) {
                        Ok(BandReply { id, band: Some(band), elapsed_ms, .. }) => {
                            s.in_flight = false;
                            shown.set(Some((id, Rc::new(band), elapsed_ms)));
                        }
                        // The worker's "ready" (id 0) or a request it could not read.
                        Ok(BandReply { id: 0, .. }) => s.ready = true,
                        _ => s.in_flight = false,
                    }
                    if let Some(next) = s.queued.take() {
                        s.post(next);
                    }
                });
                w.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                on_message
            });
            scheduler.borrow_mut().worker = worker;
            let scheduler = scheduler.clone();
            move || {
                if let Some(w) = scheduler.borrow_mut().worker.take() {
                    w.terminate();
                }
                drop(handler);
            }
        });
    }
    {
        let scheduler = scheduler.clone();
        use_effect_with(scenario.clone(), move |scenario| {
            scheduler.borrow_mut().submit(scenario);
        });
    }
    let newest = scheduler.borrow().newest;
    shown.as_ref().map(|(id, band, ms)| ShownBand { band: band.clone(), current: *id == newest, elapsed_ms: *ms })
}

/// A classic worker: Trunk's loader shim calls `importScripts`.
fn start_worker() -> Option<web_sys::Worker> {
    web_sys::Worker::new(WORKER_URL).ok()
}
