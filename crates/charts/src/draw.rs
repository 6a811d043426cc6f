//! Drawing one chart: a description (`ChartSpec`) in, any plotters backend
//! out (the app's canvas, SVG). Two layers, so the app can keep the one that
//! rarely changes: `draw_back` draws the grid, axis labels, targets, guide,
//! baseline and published history; `draw_front` the bands and the scenario's
//! lines over it; `draw` both, in one pass (exports, SVG).
//!
//! Labels are drawn as anchored text and measured by the caller's `Measure`
//! (the canvas's own measureText in the browser, an estimate natively), so
//! plotters never measures text itself. Every length is given in css pixels
//! and scaled by `device` (drawing units per css pixel: the canvas's
//! devicePixelRatio, 1 for SVG) times the spec's zoom.

pub use crate::labels::Placed;
use crate::labels::{place_label, Labels, LABEL_PX};
use crate::spec::{ChartSpec, Layer, Marker, Series};
use crate::style::{err, rgb, Measure, TEXT_COLOR};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

const GRID_COLOR: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);
const TARGET_COLOR: RGBColor = RGBColor(0xb3, 0x26, 0x1e);
const GUIDE_COLOR: RGBColor = RGBColor(0x66, 0x66, 0x66);

/// Pixel geometry of the plotting area, css pixels from the root's top left,
/// for hover read-outs.
#[derive(Clone, Copy, PartialEq, Debug, Default)]
pub struct PlotArea {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

type Chart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The same plotting area on both layers: it depends only on these sizes.
fn frame<'a, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    dpr: f64,
) -> Result<Chart<'a, DB>, String> {
    let px = |v: f64| (v * dpr).round() as i32;
    let (x0, x1) = spec.x.range();
    ChartBuilder::on(root)
        .margin_top(px(12.0))
        .margin_right(px(16.0))
        .margin_left(px(4.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(58.0))
        .build_cartesian_2d(x0..x1, spec.y_min..spec.y_max)
        .map_err(err)
}

/// The back layer: background, grid, tick labels, targets, guide, reference
/// series; the plotting area and where each label went.
pub fn draw_back<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    lang: crate::i18n::Lang,
    device: f64,
    measure: Measure,
) -> Result<(PlotArea, Vec<Placed>), String> {
    // Drawn `zoom` times larger (text, margins, lines, markers) on the same
    // surface: presentation slides read from the back of a room.
    let dpr = device * spec.zoom;
    let px = |v: f64| (v * dpr).round() as i32;
    root.fill(&WHITE).map_err(err)?;
    let mut chart = frame(root, spec, dpr)?;
    let (x0, x1) = spec.x.range();
    let base = root.get_base_pixel();
    let mut labels = Labels { root, measure, base, dpr, device, placed: Vec::new() };
    let grid = ShapeStyle::from(GRID_COLOR).stroke_width(px(1.0) as u32);

    // Horizontal grid and y tick labels.
    let mut y = spec.y_min;
    let mut ticks = Vec::new();
    while y <= spec.y_max + spec.y_step * 1e-6 {
        ticks.push(y);
        y += spec.y_step;
    }
    chart.draw_series(ticks.iter().map(|&v| PathElement::new(vec![(x0, v), (x1, v)], grid))).map_err(err)?;
    let area = chart.plotting_area().get_pixel_range();
    let label_x = area.0.start - px(8.0);
    // A grid line at every tick, a label only where it has room: on a short
    // chart (a crowded slide, a phone held sideways) every other one or fewer,
    // counted from the bottom.
    let spacing = match ticks.as_slice() {
        [a, b, ..] => f64::from((chart.backend_coord(&(x0, *a)).1 - chart.backend_coord(&(x0, *b)).1).abs()),
        _ => f64::MAX,
    };
    let every = (LABEL_PX * 1.2 * dpr * 1.1 / spacing.max(1.0)).ceil().max(1.0) as usize;
    for &v in ticks.iter().step_by(every) {
        let (_, py) = chart.backend_coord(&(x0, v));
        labels.draw(spec.y.tick(v), (label_x, py), TEXT_COLOR, HPos::Right, VPos::Center)?;
    }
    // X tick labels (thinned to every other one when they would crowd) and the axis line.
    let ticks_x = spec.x.ticks();
    let room = f64::from(area.0.end - area.0.start) / dpr / ticks_x.len().max(1) as f64;
    let every = (44.0 / room.max(1.0)).ceil().max(1.0) as usize;
    for (i, &x) in ticks_x.iter().enumerate() {
        if !crate::grid::shown_tick(i, ticks_x.len(), every) {
            continue;
        }
        let (px_x, _) = chart.backend_coord(&(x, spec.y_min));
        // Low enough that the first year never touches the lowest y label,
        // which is centred on the axis (they met on a phone).
        labels.draw(spec.x.label(x, lang), (px_x, area.1.end + px(10.0)), TEXT_COLOR, HPos::Center, VPos::Top)?;
    }
    let axis = ShapeStyle::from(TEXT_COLOR).stroke_width(px(1.0) as u32);
    chart.draw_series([PathElement::new(vec![(x0, spec.y_min), (x1, spec.y_min)], axis)]).map_err(err)?;

    // The back layer's own data points (published history, the baseline), in
    // backend pixels: target labels go where they cover none of them.
    let published: Vec<(i32, i32)> = spec
        .series
        .iter()
        .filter(|s| s.layer == Layer::Reference)
        .flat_map(|s| s.points.iter().map(|&p| chart.backend_coord(&p)))
        .collect();
    // Targets (red, labelled at the right end) and references (grey, at the
    // left); their labels go on last, over the data.
    let mut target_labels = Vec::new();
    for t in &spec.targets {
        let color = if t.is_target { TARGET_COLOR } else { GUIDE_COLOR };
        let style = ShapeStyle::from(color).stroke_width(px(2.0) as u32);
        chart
            .draw_series(DashedLineSeries::new(vec![(x0, t.value), (x1, t.value)], px(10.0), px(4.0), style))
            .map_err(err)?;
        let (at, anchor) = if t.is_target { (x1, HPos::Right) } else { (x0, HPos::Left) };
        let (lx, ly) = chart.backend_coord(&(at, t.value));
        let nudge = if t.is_target { -px(4.0) } else { px(4.0) };
        let other = if t.is_target { area.0.start + px(4.0) } else { area.0.end - px(4.0) };
        let place = |lines: &[String]| {
            let widths: Vec<f64> = lines.iter().map(|l| labels.width(l)).collect();
            place_label(&widths, (lx + nudge, ly), anchor, other, &published, (area.1.start, area.1.end), dpr)
        };
        let mut lines: Vec<String> = std::iter::once(t.label.clone()).chain(t.likely.clone()).collect();
        let mut placed = place(&lines);
        // No clear place on a narrow chart: the years on a line of their own
        // ("目标 < 1.9" / "（2025、2027）"), narrower, wherever that is clear.
        if placed.3 > 0 {
            if let Some(cut) = t.label.find(['（', '(']) {
                let split: Vec<String> = [t.label[..cut].trim_end().to_string(), t.label[cut..].to_string()]
                    .into_iter()
                    .chain(t.likely.clone())
                    .collect();
                let again = place(&split);
                if again.3 < placed.3 {
                    (lines, placed) = (split, again);
                }
            }
        }
        let (x, h, tops, _) = placed;
        for (line, top) in lines.into_iter().zip(tops) {
            target_labels.push((line, (x, top), color, h));
        }
    }
    if let Some((gx, label)) = &spec.guide {
        let style = ShapeStyle::from(GUIDE_COLOR).stroke_width(px(2.0) as u32);
        chart
            .draw_series(DashedLineSeries::new(vec![(*gx, spec.y_min), (*gx, spec.y_max)], px(3.0), px(5.0), style))
            .map_err(err)?;
        let (gxp, top) = chart.backend_coord(&(*gx, spec.y_max));
        labels.draw(format!(" {label}"), (gxp, top + px(2.0)), GUIDE_COLOR, HPos::Left, VPos::Top)?;
    }
    for s in spec.series.iter().filter(|s| s.layer == Layer::Reference) {
        draw_series(&mut chart, s, dpr)?;
    }
    for (text, at, color, h) in target_labels {
        labels.draw_veiled(text, at, color, h)?;
    }
    let css = |v: i32, from: i32| f64::from(v - from) / device;
    let plot = PlotArea {
        left: css(area.0.start, base.0),
        right: css(area.0.end, base.0),
        top: css(area.1.start, base.1),
        bottom: css(area.1.end, base.1),
    };
    Ok((plot, labels.placed))
}

/// The front layer: the uncertainty bands, then the scenario's series, over
/// whatever the root already holds (the back layer).
pub fn draw_front<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    device: f64,
) -> Result<(), String> {
    let dpr = device * spec.zoom;
    let mut chart = frame(root, spec, dpr)?;
    for band in &spec.bands {
        for (area, alpha) in [(&band.outer, 0.14), (&band.inner, 0.22)] {
            let mut polygon: Vec<(f64, f64)> = area.iter().map(|&(x, lo, _)| (x, lo)).collect();
            polygon.extend(area.iter().rev().map(|&(x, _, hi)| (x, hi)));
            if polygon.len() >= 4 {
                chart
                    .draw_series(std::iter::once(Polygon::new(polygon, rgb(band.color).mix(alpha).filled())))
                    .map_err(err)?;
            }
        }
    }
    for s in spec.series.iter().filter(|s| s.layer == Layer::Scenario) {
        draw_series(&mut chart, s, dpr)?;
    }
    Ok(())
}

/// The whole chart in one pass: back, then front.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    lang: crate::i18n::Lang,
    device: f64,
    measure: Measure,
) -> Result<(PlotArea, Vec<Placed>), String> {
    let back = draw_back(root, spec, lang, device, measure)?;
    draw_front(root, spec, device)?;
    Ok(back)
}

fn draw_series<DB: DrawingBackend>(chart: &mut Chart<'_, DB>, s: &Series, dpr: f64) -> Result<(), String> {
    let px = |v: f64| (v * dpr).round() as i32;
    let style = ShapeStyle::from(rgb(s.color)).stroke_width(px(if s.dashed { 2.0 } else { 3.0 }) as u32);
    let points = s.points.clone();
    if !s.points_only {
        if s.dashed {
            chart.draw_series(DashedLineSeries::new(points.clone(), px(8.0), px(6.0), style)).map_err(err)?;
        } else {
            chart.draw_series(LineSeries::new(points.clone(), style)).map_err(err)?;
        }
    }
    let fill = ShapeStyle::from(rgb(s.color)).filled();
    let r = px(if s.points_only { 4.0 } else { 5.0 });
    match s.marker {
        Marker::Circle => chart.draw_series(points.iter().map(|&p| Circle::new(p, r, fill))).map(|_| ()),
        Marker::Triangle => {
            // plotters' TriangleMarker's corners (at -90°, -210° and -330°,
            // r + 1 from the point) without its sin and cos, which alone
            // compiled libm's argument reduction into the wasm (issue 10).
            let t = r + px(1.0);
            let (half_width, below) = (f64::from(t) * 0.866_025_403_784_438_6, (f64::from(t) * 0.5).ceil() as i32);
            let (left, right) = (-half_width.floor() as i32, half_width.ceil() as i32);
            chart
                .draw_series(
                    points.iter().map(|&p| {
                        EmptyElement::at(p) + Polygon::new(vec![(0, -t), (left, below), (right, below)], fill)
                    }),
                )
                .map(|_| ())
        }
        Marker::Square => chart
            .draw_series(points.iter().map(|&p| EmptyElement::at(p) + Rectangle::new([(-r, -r), (r, r)], fill)))
            .map(|_| ()),
        Marker::Diamond => chart
            .draw_series(points.iter().map(|&p| {
                EmptyElement::at(p) + Polygon::new(vec![(0, -r - 1), (r + 1, 0), (0, r + 1), (-r - 1, 0)], fill)
            }))
            .map(|_| ()),
        Marker::None => Ok(()),
    }
    .map_err(err)
}
