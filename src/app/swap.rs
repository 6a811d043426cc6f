//! The first screen hands over to the full app (ARCHITECTURE.md, "Two
//! apps, one page"). index.html's inline script defines `ursLoadFull()`: it
//! imports the full app's module once (src/bin/full_app.rs, its hashed names
//! written there by scripts/postbuild.mjs) and starts its wasm, whose `main`
//! defines `ursMountFull(handover, oldHost, done)` (`register_full`).
//!
//! When the user asks for a part the first screen lacks, the first screen
//! (`take_over`) waits for that module, makes the `Handover` of its latest
//! render and where the page is, and calls `ursMountFull`. The full app
//! renders into a hidden host laid over the first screen's, so its charts
//! are drawn at their size before anything changes; its first effect
//! (`shown`) calls `done` — the first screen's app is destroyed and its host
//! removed — then shows its own host in the same place, with the folds, the
//! scroll and the focus the page had, all in one task: no frame shows the
//! page half swapped.

use super::handover::{Handover, Page};
use super::root::{App, AppProps, Parts};
use js_sys::{Function, Promise, Reflect};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::AppHandle;

/// The class of the element each app renders into.
const HOST_CLASS: &str = "urs-host";

thread_local! {
    /// The first screen's app and its host, until the full app takes over.
    static FIRST: RefCell<Option<(AppHandle<App>, web_sys::Element)>> = const { RefCell::new(None) };
    /// A takeover is under way.
    static TAKING_OVER: Cell<bool> = const { Cell::new(false) };
}

/// What the first screen hands over, as of its last render.
pub type Latest = Rc<RefCell<Option<Box<dyn Fn() -> Handover>>>>;

fn host() -> Option<web_sys::Element> {
    let document = gloo::utils::document();
    let host = document.create_element("div").ok()?;
    host.set_class_name(HOST_CLASS);
    document.body()?.append_child(&host).ok()?;
    Some(host)
}

/// The first screen (src/main.rs): the App without the full app's parts.
pub fn mount_first_screen() {
    let Some(host) = host() else { return };
    let props = AppProps { parts: None, handover: None, on_shown: None };
    let handle = yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
    FIRST.with(|first| *first.borrow_mut() = Some((handle, host)));
    // Yew's scheduler yields to the browser once a run has taken 16 ms
    // (yew 0.23 scheduler.rs, YIELD_DEADLINE_MS), and the first render takes
    // longer: the effects (the charts' first draw among them) would wait for
    // a later task, after the browser has laid out and painted a first frame
    // without charts. `flush` (yew's "test" feature: nothing else of it is
    // used) runs what is left at once, in the same task, so the first frame
    // has the charts (docs/BENCHMARKS.md, cold start).
    wasm_bindgen_futures::spawn_local(yew::scheduler::flush());
}

fn global(name: &str) -> Option<Function> {
    Reflect::get(&gloo::utils::window(), &name.into()).ok()?.dyn_into::<Function>().ok()
}

/// Load and start the full app's module (once; index.html's `ursLoadFull`),
/// then `then(loaded)`.
pub fn load_full(then: impl FnOnce(bool) + 'static) {
    let promise = global("ursLoadFull").and_then(|f| f.call0(&JsValue::NULL).ok()).and_then(|p| p.dyn_into::<Promise>().ok());
    let Some(promise) = promise else { return then(false) };
    wasm_bindgen_futures::spawn_local(async move { then(JsFuture::from(promise).await.is_ok()) });
}

/// Fetch and start the full app once the first screen is painted and the
/// browser has nothing else to do (a second later where there is no
/// `requestIdleCallback`).
pub fn prefetch_when_idle() {
    let fetch = Closure::once_into_js(|| load_full(|_| ()));
    let window = gloo::utils::window();
    match global("requestIdleCallback") {
        Some(idle) => drop(idle.call1(&window, &fetch)),
        None => drop(window.set_timeout_with_callback_and_timeout_and_arguments_0(fetch.unchecked_ref(), 1000)),
    }
}

/// Hand over to the full app once it has loaded; `failed` if it cannot
/// (offline before it was ever cached): the first screen stays.
pub fn take_over(latest: Latest, failed: impl FnOnce() + 'static) {
    if TAKING_OVER.with(|t| t.replace(true)) {
        return;
    }
    load_full(move |loaded| {
        if !(loaded && hand_over(&latest)) {
            TAKING_OVER.with(|t| t.set(false));
            failed();
        }
    });
}

fn hand_over(latest: &Latest) -> bool {
    let Some(mount) = global("ursMountFull") else { return false };
    let Some(mut handover) = latest.borrow().as_ref().map(|make| make()) else { return false };
    let Some(host) = FIRST.with(|first| first.borrow().as_ref().map(|(_, host)| host.clone())) else { return false };
    handover.page = capture(&host);
    let Ok(value) = serde_wasm_bindgen::to_value(&handover) else { return false };
    // Nothing typed into the first screen meanwhile is lost.
    let _ = host.set_attribute("inert", "");
    let done = Closure::once_into_js(move || {
        if let Some((handle, host)) = FIRST.with(|first| first.borrow_mut().take()) {
            host.remove();
            handle.destroy();
        }
    });
    if mount.call3(&JsValue::NULL, &value, &host, &done).is_err() {
        let _ = host.remove_attribute("inert");
        return false;
    }
    true
}

/// The full app (src/bin/full_app.rs): define `ursMountFull`.
pub fn register_full(parts: &'static Parts) {
    type Mount = dyn FnMut(JsValue, web_sys::Element, Function) -> Result<(), JsValue>;
    let mount = Closure::<Mount>::new(move |value: JsValue, old: web_sys::Element, done: Function| {
        let handover: Handover = serde_wasm_bindgen::from_value(value)?;
        let host = host().ok_or_else(|| JsValue::from_str("no document body"))?;
        // Over the first screen's host, laid out but not seen: the charts
        // are drawn at their size before the swap.
        let window = gloo::utils::window();
        let rect = old.get_bounding_client_rect();
        let (x, y) = (window.scroll_x().unwrap_or(0.0), window.scroll_y().unwrap_or(0.0));
        let style = format!(
            "position:absolute;top:{}px;left:{}px;width:{}px;visibility:hidden;pointer-events:none",
            rect.top() + y,
            rect.left() + x,
            rect.width()
        );
        host.set_attribute("style", &style)?;
        let props = AppProps { parts: Some(parts), handover: Some(Rc::new(handover)), on_shown: Some(done) };
        yew::Renderer::<App>::with_root_and_props(host, props).render();
        Ok(())
    });
    let _ = Reflect::set(&gloo::utils::window(), &"ursMountFull".into(), mount.as_ref());
    mount.forget();
}

/// The full app's first effect: the first screen goes, this one shows in
/// its place, the page as it was.
pub fn shown(app: &yew::NodeRef, done: Option<&Function>, page: &Page) {
    if let Some(done) = done {
        let _ = done.call0(&JsValue::NULL);
    }
    let Some(host) = app.cast::<web_sys::Element>().and_then(|app| app.parent_element()) else { return };
    let _ = host.remove_attribute("style");
    restore(&host, page);
}

/// Elements under `root` in document order, depth first.
fn walk(root: &web_sys::Element, visit: &mut dyn FnMut(&web_sys::Element)) {
    let mut child = root.first_element_child();
    while let Some(element) = child {
        visit(&element);
        walk(&element, visit);
        child = element.next_element_sibling();
    }
}

/// The open state of every `<details>` among the outcomes (summary, city
/// table, model reference: the same on both apps).
fn folds(host: &web_sys::Element) -> Vec<web_sys::HtmlDetailsElement> {
    let mut found = Vec::new();
    if let Ok(Some(outcomes)) = host.query_selector(".outcomes") {
        walk(&outcomes, &mut |e| found.extend(e.dyn_ref::<web_sys::HtmlDetailsElement>().cloned()));
    }
    found
}

fn capture(host: &web_sys::Element) -> Page {
    let window = gloo::utils::window();
    let mut focus = Vec::new();
    let active = gloo::utils::document().active_element();
    let mut at = active.filter(|a| host.contains(Some(a)));
    while let Some(element) = at.filter(|e| e != host) {
        let mut index = 0;
        let mut before = element.previous_element_sibling();
        while let Some(b) = before {
            index += 1;
            before = b.previous_element_sibling();
        }
        focus.push(index);
        at = element.parent_element();
    }
    focus.reverse();
    Page {
        scroll_x: window.scroll_x().unwrap_or(0.0),
        scroll_y: window.scroll_y().unwrap_or(0.0),
        levers_scroll: host.query_selector(".levers-scroll").ok().flatten().map_or(0.0, |e| f64::from(e.scroll_top())),
        folds: folds(host).iter().map(|d| d.open()).collect(),
        focus,
    }
}

fn restore(host: &web_sys::Element, page: &Page) {
    let details = folds(host);
    if details.len() == page.folds.len() {
        for (d, &open) in details.iter().zip(&page.folds) {
            if d.open() != open {
                d.set_open(open);
            }
        }
    }
    if let Ok(Some(levers)) = host.query_selector(".levers-scroll") {
        levers.set_scroll_top(page.levers_scroll as i32);
    }
    if !page.focus.is_empty() {
        let mut at = Some(host.clone());
        for &index in &page.focus {
            let mut child = at.and_then(|e| e.first_element_child());
            for _ in 0..index {
                child = child.and_then(|c| c.next_element_sibling());
            }
            at = child;
        }
        if let Some(element) = at.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    }
    gloo::utils::window().scroll_to_with_x_and_y(page.scroll_x, page.scroll_y);
}
