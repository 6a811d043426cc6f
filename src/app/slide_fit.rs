//! What does not fit on a slide at the room's type size is left out, never
//! shrunk: on a crowded slide the completion chart (`slide::slide_charts`),
//! then the summary's sentences one at a time (`slide::LEAVE_OUT_FIRST`).
//! All is tried again when `key` changes (the slide's scenario, the state a
//! replay shows, the year, the language, the window).

use super::slide::{LEAVE_OUT_FIRST, MIN_CHART_UNITS};
use yew::prelude::*;

pub struct Fit {
    /// The completion chart is left out.
    pub crowded: bool,
    /// How many of the summary's sentences are left out.
    pub left_out: usize,
    /// Put on the summary's list and on the charts' box.
    pub summary: NodeRef,
    pub charts: NodeRef,
}

#[hook]
pub fn use_fit<K: PartialEq + 'static>(key: K, size: (f64, f64)) -> Fit {
    let (width, height) = size;
    let summary = use_node_ref();
    let charts = use_node_ref();
    let left_out = use_state(|| 0usize);
    let crowded = use_state(|| false);
    {
        let fit_key = use_mut_ref(|| None);
        let (left_out, crowded, summary, charts) = (left_out.clone(), crowded.clone(), summary.clone(), charts.clone());
        let unit = (width / 1920.0).min(height / 1080.0);
        use_effect(move || {
            if fit_key.borrow().as_ref() != Some(&key) {
                *fit_key.borrow_mut() = Some(key);
                if *left_out != 0 || *crowded {
                    left_out.set(0);
                    crowded.set(false);
                    return;
                }
            }
            let chart = charts.cast::<web_sys::Element>().and_then(|c| c.query_selector(".chart-stack").ok().flatten());
            if !*crowded && chart.is_some_and(|c| f64::from(c.client_height()) < MIN_CHART_UNITS * unit) {
                crowded.set(true);
                return;
            }
            let overflowing =
                summary.cast::<web_sys::Element>().is_some_and(|list| list.scroll_height() > list.client_height() + 1);
            if overflowing && *left_out < LEAVE_OUT_FIRST.len() {
                left_out.set(*left_out + 1);
            }
        });
    }
    Fit { crowded: *crowded, left_out: *left_out, summary, charts }
}
