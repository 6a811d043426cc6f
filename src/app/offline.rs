//! Offline use: registers the service worker (`static/sw.js`, which caches
//! every file of the build under the build's id) and says when a new build
//! is installed beside the running one, so the messages area offers to reload
//! (`Action::UpdateReady`). The reload hands over to the new build.
//!
//! Only a release build registers it (a debug build would be cached while
//! being worked on), and only where browsers allow service workers: over
//! https or on localhost, never from a file nor in the single-file build.
//! Elsewhere the app works as before, online.

use gloo::events::EventListener;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};
use yew::prelude::*;

/// Beside the page, so its scope is the page's folder (works under /sim/).
const SW_URL: &str = "sw.js";
/// How often a page left open asks whether a new build is served.
const CHECK_EVERY_MS: u32 = 15 * 60 * 1000;

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// The user asked to reload into the new build: the next change of
    /// controller reloads the page.
    static RELOADING: Cell<bool> = const { Cell::new(false) };
}

fn container() -> Option<ServiceWorkerContainer> {
    // Not from a file (no browser registers one there) nor in the single
    // file, which has no sw.js beside it wherever it is opened.
    if cfg!(debug_assertions) || super::assets::from_file() || super::assets::single_file() {
        return None;
    }
    let navigator = web_sys::window()?.navigator();
    // Absent outside secure contexts (plain http to another machine).
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the service worker once; `on_update` is called when a new build
/// is installed and waiting while this page runs an older one (or another
/// tab already switched to it).
#[hook]
pub fn use_service_worker(on_update: Callback<()>) {
    use_effect_with((), move |_| {
        let mut listeners = Vec::new();
        let mut interval = None;
        if let Some(sw) = container() {
            // A change of controller is a first visit being taken over (no
            // controller before: nothing to say), the reload the user asked
            // for, or another tab switching to a new build while this page
            // runs the old one.
            let had_controller = Cell::new(sw.controller().is_some());
            let on_change = on_update.clone();
            listeners.push(EventListener::new(&sw, "controllerchange", move |_| {
                if RELOADING.get() {
                    let _ = web_sys::window().map(|w| w.location().reload());
                } else if had_controller.replace(true) {
                    on_change.emit(());
                }
            }));
            let sw2 = sw.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(reg) = wasm_bindgen_futures::JsFuture::from(sw2.register(SW_URL)).await else { return };
                let reg: ServiceWorkerRegistration = reg.unchecked_into();
                watch(&sw2, &reg, on_update);
                REGISTRATION.with(|r| *r.borrow_mut() = Some(reg));
                // Each start asks for sw.js again: a page opened from the
                // cache still learns of a new build while the server is there.
                check_for_update();
            });
            interval = Some(gloo::timers::callback::Interval::new(CHECK_EVERY_MS, check_for_update));
            listeners.push(EventListener::new(&gloo::utils::document(), "visibilitychange", |_| {
                if gloo::utils::document().visibility_state() == web_sys::VisibilityState::Visible {
                    check_for_update();
                }
            }));
        }
        move || drop((listeners, interval))
    });
}

/// Tells `on_update` about a new build that is waiting now or installs later.
fn watch(sw: &ServiceWorkerContainer, reg: &ServiceWorkerRegistration, on_update: Callback<()>) {
    // A build installed while a page of this app runs (a first visit's own
    // install has no running build to update from: no controller then).
    if reg.waiting().is_some() && sw.controller().is_some() {
        on_update.emit(());
    }
    let reg2 = reg.clone();
    let sw = sw.clone();
    let on_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = reg2.installing() else { return };
        let (worker, sw, on_update) = (installing.clone(), sw.clone(), on_update.clone());
        // Lives as long as the worker being installed: leaked once per build found.
        EventListener::new(&installing, "statechange", move |_| {
            if worker.state() == ServiceWorkerState::Installed && sw.controller().is_some() {
                on_update.emit(());
            }
        })
        .forget();
    });
    reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}

/// Asks the server for sw.js again (a new build is a new sw.js).
fn check_for_update() {
    REGISTRATION.with(|r| {
        if let Some(reg) = r.borrow().as_ref() {
            // Offline, the check fails quietly; the cached build runs on.
            if let Ok(promise) = reg.update() {
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                });
            }
        }
    });
}

/// The "updated — reload" button: the waiting build takes over, then the page
/// reloads into it (on the change of controller). With nothing waiting (or
/// no service worker at all) it simply reloads.
pub fn reload_into_update() {
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|reg| reg.waiting()));
    let reload = || {
        let _ = web_sys::window().map(|w| w.location().reload());
    };
    match waiting {
        Some(worker) if container().and_then(|c| c.controller()).is_some() => {
            RELOADING.set(true);
            if worker.post_message(&"skip-waiting".into()).is_err() {
                reload();
            }
        }
        _ => reload(),
    }
}
