//! Issue 23, item 9: a target's label never sits on a published or baseline
//! point, at any width from a phone (a 350 px plot at a 390 px screen) to a
//! wide screen; before, "目标 < 1.9（2025、2027）" covered the 2021 and 2023
//! diamonds at 390 and 1280 px.
#![cfg(feature = "svg")]

use plotters::prelude::*;
use urs_charts::shown::{self, Bands, View};
use urs_charts::spec::Layer;
use urs_charts::specs::ChartKind;
use urs_model::i18n::Lang;
use urs_model::{project, Scenario};

#[test]
fn target_labels_cover_no_data_point_at_any_width() {
    let scenario = Scenario::zhejiang_2025();
    let (scen, base) = (project(&scenario), project(&scenario.baseline()));
    let mut problems = Vec::new();
    let mut checked = 0;
    for lang in [Lang::Zh, Lang::En] {
        let lines = shown::lines(View::Alone { scenario: &scenario, projection: &scen, baseline: &base }, lang);
        for &kind in ChartKind::ALL {
            let Some(built) = shown::chart(kind, &lines, Bands::default(), 0, lang) else { continue };
            let spec = built.spec;
            for (w, h) in [(340u32, 280u32), (420, 300), (560, 300), (720, 360), (900, 380), (1200, 420), (1800, 440)] {
                let mut out = String::new();
                let (area, placed) = {
                    let root = SVGBackend::with_string(&mut out, (w, h)).into_drawing_area();
                    urs_charts::draw::draw(&root, &spec, lang, 1.0, &urs_charts::estimate_width).unwrap()
                };
                let (x0, x1) = spec.x.range();
                let to_px = |(x, y): (f64, f64)| {
                    (
                        area.left + (x - x0) / (x1 - x0) * (area.right - area.left),
                        area.top + (spec.y_max - y) / (spec.y_max - spec.y_min) * (area.bottom - area.top),
                    )
                };
                let points: Vec<(f64, f64)> = spec
                    .series
                    .iter()
                    .filter(|s| s.layer == Layer::Reference)
                    .flat_map(|s| s.points.iter().map(|&p| to_px(p)))
                    .collect();
                for t in &spec.targets {
                    // The label, or its two halves on a narrow chart.
                    let texts = placed.iter().filter(|p| {
                        t.label.starts_with(p.text.as_str())
                            || t.label.ends_with(p.text.as_str())
                            || t.likely.as_ref() == Some(&p.text)
                    });
                    for p in texts {
                        let text = &p.text;
                        checked += 1;
                        let [l, top, pw, ph] = p.label;
                        let on =
                            points.iter().filter(|(x, y)| *x > l && *x < l + pw && *y > top && *y < top + ph).count();
                        if on > 0 {
                            problems.push(format!("{kind:?} {lang:?} {w}×{h}: “{text}” covers {on} point(s)"));
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 20, "{checked} labels checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
