//! Issue 23, item 6: the comparison table takes its differences against the
//! reference column (the baseline by default), between the values as shown:
//! every difference equals the shown value less the shown reference, to the
//! last digit (before: 1.725 appeared with −0.002 and −0.001 against 1.727).
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;
use urban_rural_sim::app::compare_rows::outcome_rows;
use urban_rural_sim::i18n::Lang;
use urban_rural_sim::model::params::find;
use urban_rural_sim::model::{project, Scenario};

/// The first number of `text` and the one in brackets after it, if any.
fn numbers(text: &str) -> (f64, Option<f64>) {
    let clean = |t: &str| -> f64 {
        let t: String = t.chars().filter(|c| c.is_ascii_digit() || *c == '.' || *c == '−' || *c == '+').collect();
        let neg = t.starts_with('−');
        let v: f64 = t.trim_start_matches(['−', '+']).parse().unwrap_or_else(|_| panic!("{text}"));
        if neg {
            -v
        } else {
            v
        }
    };
    match text.split_once(" (") {
        Some((value, d)) => (clean(value.split(' ').next().unwrap()), Some(clean(d.trim_end_matches(')')))),
        None => (clean(text.split(' ').next().unwrap()), None),
    }
}

fn item(name: &str, s: Scenario) -> (String, Scenario, Rc<urban_rural_sim::model::Projection>) {
    let p = Rc::new(project(&s));
    (name.to_string(), s, p)
}

#[test]
fn differences_are_against_the_reference_and_between_shown_values() {
    let base = Scenario::zhejiang_2025();
    let mut items = vec![item("base", base.clone())];
    for (i, (id, v)) in [("plan_funds_bn", 374.4), ("hukou_reform", 1.37), ("execution_speed", 0.93)].iter().enumerate()
    {
        let mut s = base.clone();
        (find(id).unwrap().set)(&mut s, *v);
        items.push(item(&format!("s{i}"), s));
    }
    for reference in 0..items.len() {
        for (name, cells) in outcome_rows(&items, reference, Lang::Zh) {
            let Some(r) = cells[reference].as_deref() else { continue };
            let (r, r_diff) = numbers(r);
            assert!(r_diff.is_none(), "{name}: the reference column has no difference");
            let places = cells.iter().flatten().map(|c| {
                let v = c.split(' ').next().unwrap();
                v.split_once('.').map_or(0, |(_, d)| d.len())
            });
            let scale = 10f64.powi(places.max().unwrap_or(0) as i32);
            for cell in cells.iter().flatten() {
                let (v, d) = numbers(cell);
                let expected = ((v - r) * scale).round() / scale;
                assert_eq!(d.unwrap_or(0.0), expected, "{name} against column {reference}: {cell} vs {r}");
            }
        }
    }
}
