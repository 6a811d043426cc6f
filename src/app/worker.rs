//! A job run off the main thread (`jobs.rs`): `use_work` starts a worker
//! (static/worker.js, running the app's own wasm: `start.rs`) at the first
//! job it is asked for and keeps it
//! for the component's life. Latest wins: at most one job in flight and one
//! queued, a newer job replaces the queued one, and only the answer to the
//! newest job asked for is shown; `pending` is true until it has come, so
//! the component can say 计算中… / Computing… meanwhile. The band has its
//! own scheduler (`band.rs`), which also shows answers a drag has outrun.

use super::jobs::{Answer, Job, Reply, Request};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The worker's script (static/worker.js, copied beside the page: index.html;
/// `assets.rs` finds it, also in the single-file build).
pub const WORKER_FILE: &str = "worker.js";

/// A worker running this very wasm: it is handed the compiled module
/// (no second download, no second compile from bytes) as its first message,
/// and says it is ready once started (`start.rs`). A module worker, but in
/// the single file a classic one (`assets::single_file`).
pub fn start_worker() -> Option<web_sys::Worker> {
    let options = web_sys::WorkerOptions::new();
    if !super::assets::single_file() {
        options.set_type(web_sys::WorkerType::Module);
    }
    let worker = web_sys::Worker::new_with_options(&super::assets::url(WORKER_FILE), &options).ok()?;
    worker.post_message(&wasm_bindgen::module()).ok()?;
    Some(worker)
}

/// When a worker first says it is ready: a loaded region goes to it before
/// any job, so its model reads the same region as the page's.
pub fn give_region(was_ready: bool, worker: Option<&web_sys::Worker>) {
    if let (false, Some(text), Some(w)) = (was_ready, super::region_panel::stored(), worker) {
        if let Ok(m) = serde_wasm_bindgen::to_value(&Request { id: 0, job: Job::Region(text) }) {
            let _ = w.post_message(&m);
        }
    }
}

/// What became of the newest job asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Asked, not answered yet.
    Pending,
    Answered(Rc<Answer>),
    /// The worker could not be loaded (offline before it was ever cached).
    Failed,
}

/// The newest job's outcome, with its id (None: nothing asked yet).
pub struct Work {
    pub latest: Option<(u64, Outcome)>,
    ask: Callback<Job>,
}

impl Work {
    pub fn ask(&self, job: Job) {
        self.ask.emit(job)
    }

    /// `ask` as a callback, to move into an event handler.
    pub fn asker(&self) -> Callback<Job> {
        self.ask.clone()
    }

    pub fn pending(&self) -> bool {
        matches!(self.latest, Some((_, Outcome::Pending)))
    }

    /// The newest job's answer, once it has come.
    pub fn answer(&self) -> Option<&Answer> {
        match &self.latest {
            Some((_, Outcome::Answered(a))) => Some(a),
            _ => None,
        }
    }
}

#[derive(Default)]
struct Client {
    worker: Option<web_sys::Worker>,
    ready: bool,
    in_flight: bool,
    queued: Option<Request>,
    next_id: u64,
}

impl Client {
    fn post_queued(&mut self) {
        if !self.ready || self.in_flight {
            return;
        }
        let (Some(worker), Some(request)) = (&self.worker, self.queued.take()) else { return };
        if let Ok(message) = serde_wasm_bindgen::to_value(&request) {
            self.in_flight = worker.post_message(&message).is_ok();
        }
    }
}

type Listener = Closure<dyn FnMut(web_sys::MessageEvent)>;
type ErrorListener = Closure<dyn FnMut(web_sys::Event)>;

#[hook]
pub fn use_work() -> Work {
    let client = use_mut_ref(Client::default);
    let listeners = use_mut_ref(|| None::<(Listener, ErrorListener)>);
    let latest = use_state(|| None::<(u64, Outcome)>);
    let ask = {
        let (client, listeners, latest) = (client.clone(), listeners.clone(), latest.clone());
        Callback::from(move |job: Job| {
            let mut c = client.borrow_mut();
            if c.worker.is_none() {
                c.worker = start_worker();
                c.ready = false;
                c.in_flight = false;
                if let Some(w) = &c.worker {
                    let l = (on_message(client.clone(), latest.setter()), on_error(client.clone(), latest.setter()));
                    w.set_onmessage(Some(l.0.as_ref().unchecked_ref()));
                    w.set_onerror(Some(l.1.as_ref().unchecked_ref()));
                    *listeners.borrow_mut() = Some(l);
                }
            }
            c.next_id += 1;
            let id = c.next_id;
            c.queued = Some(Request { id, job });
            c.post_queued();
            let failed = c.worker.is_none();
            latest.set(Some((id, if failed { Outcome::Failed } else { Outcome::Pending })));
        })
    };
    {
        // The worker ends with the component.
        let (client, listeners) = (client.clone(), listeners.clone());
        use_effect_with((), move |_| {
            move || {
                if let Some(w) = client.borrow_mut().worker.take() {
                    w.terminate();
                }
                listeners.borrow_mut().take();
            }
        });
    }
    Work { latest: (*latest).clone(), ask }
}

fn on_message(client: Rc<RefCell<Client>>, latest: UseStateSetter<Option<(u64, Outcome)>>) -> Listener {
    Closure::new(move |e: web_sys::MessageEvent| {
        let mut c = client.borrow_mut();
        match serde_wasm_bindgen::from_value::<Reply>(e.data()) {
            Ok(Reply { answer: Answer::Ready, .. }) => {
                give_region(c.ready, c.worker.as_ref());
                c.ready = true;
            }
            // A request the worker could not read: unless a newer job waits,
            // the newest job has no answer coming.
            Ok(Reply { answer: Answer::Refused(_), .. }) => {
                c.in_flight = false;
                if c.queued.is_none() {
                    latest.set(Some((c.next_id, Outcome::Failed)));
                }
            }
            Ok(Reply { id, answer, .. }) => {
                c.in_flight = false;
                // Latest wins: an answer to a job since replaced is dropped.
                if id == c.next_id {
                    latest.set(Some((id, Outcome::Answered(Rc::new(answer)))));
                }
            }
            Err(_) => c.in_flight = false,
        }
        c.post_queued();
    })
}

/// The worker's script or wasm could not be loaded: the newest job fails
/// (the component says so); the next job starts a new worker.
fn on_error(client: Rc<RefCell<Client>>, latest: UseStateSetter<Option<(u64, Outcome)>>) -> ErrorListener {
    Closure::new(move |_: web_sys::Event| {
        let mut c = client.borrow_mut();
        if let Some(w) = c.worker.take() {
            w.terminate();
        }
        c.queued = None;
        latest.set(Some((c.next_id, Outcome::Failed)));
    })
}
