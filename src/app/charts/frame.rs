//! Drawing one chart: a description (`ChartSpec`) in, two canvases out.
//!
//! Speed: the back canvas holds what rarely changes (grid, axis labels,
//! targets, the baseline and published history) and is redrawn only when
//! that changes; a lever move redraws just the front canvas (the scenario's
//! lines). Labels are drawn as anchored text, so plotters never measures
//! text through the DOM. plotters is used for the coordinate mapping and
//! shapes.
//!
//! Sharpness: plotters knows nothing of devicePixelRatio, so each canvas gets
//! css size × dpr pixels and every length handed to plotters is scaled by dpr.

use crate::text::T;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

/// System CJK fonts first; never a downloaded font.
pub const FONT: &str = "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif";
pub const TEXT_COLOR: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);
const GRID_COLOR: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);
const TARGET_COLOR: RGBColor = RGBColor(0xb3, 0x26, 0x1e);
const GUIDE_COLOR: RGBColor = RGBColor(0x66, 0x66, 0x66);

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Marker {
    Circle,
    Triangle,
    Square,
    Diamond,
    None,
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum XAxis {
    /// Months 1–12 of one year.
    Months,
    /// Calendar years, inclusive.
    Years(i32, i32),
}

impl XAxis {
    pub fn range(self) -> (f64, f64) {
        match self {
            XAxis::Months => (0.5, 12.5),
            XAxis::Years(a, b) => (f64::from(a) - 0.5, f64::from(b) + 0.5),
        }
    }

    pub fn ticks(self) -> Vec<f64> {
        match self {
            XAxis::Months => (1..=12).map(f64::from).collect(),
            XAxis::Years(a, b) => {
                let step = if b - a > 8 { 2 } else { 1 };
                (a..=b).filter(|y| (b - y) % step == 0).map(f64::from).collect()
            }
        }
    }

    pub fn label(self, x: f64, lang: crate::i18n::Lang) -> String {
        match self {
            XAxis::Months => format!("{}{}", x.round(), T::MonthSuffix.get(lang)),
            XAxis::Years(..) => format!("{}", x.round()),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum YFormat {
    /// A fraction shown as a whole percentage (0.591 → "59 %").
    Percent,
    /// A ratio with two decimals (1.83).
    Ratio,
    /// A count (standards).
    Count,
}

impl YFormat {
    pub fn tick(self, v: f64) -> String {
        match self {
            YFormat::Percent => format!("{:.0} %", v * 100.0),
            YFormat::Ratio => format!("{v:.2}"),
            YFormat::Count => format!("{v:.0}"),
        }
    }

    /// Value for the hover read-out: one more digit than the ticks.
    pub fn value(self, v: f64) -> String {
        match self {
            YFormat::Percent => format!("{:.1} %", v * 100.0),
            YFormat::Ratio => format!("{v:.3}"),
            YFormat::Count => format!("{v:.1}"),
        }
    }
}

/// Which layer a series belongs to.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Layer {
    /// Redrawn on every lever move.
    Scenario,
    /// Baseline or published history: the back canvas.
    Reference,
}

#[derive(Clone, PartialEq, Debug)]
pub struct Series {
    pub label: String,
    pub color: RGBColor,
    pub dashed: bool,
    pub marker: Marker,
    /// Draw only the markers (published history), no line.
    pub points_only: bool,
    pub layer: Layer,
    pub points: Vec<(f64, f64)>,
}

#[derive(Clone, PartialEq, Debug)]
pub struct TargetLine {
    pub label: String,
    pub value: f64,
    /// A province target (red) or a plain reference such as "plan 100 %" (grey).
    pub is_target: bool,
}

/// The uncertainty band around a line: the 10–90 % and 25–75 % ranges, one
/// (x, low, high) per year. Drawn under the lines on the front canvas.
#[derive(Clone, PartialEq, Debug)]
pub struct BandArea {
    pub color: RGBColor,
    pub outer: Vec<(f64, f64, f64)>,
    pub inner: Vec<(f64, f64, f64)>,
}

#[derive(Clone, PartialEq, Debug)]
pub struct ChartSpec {
    pub x: XAxis,
    pub y: YFormat,
    pub y_min: f64,
    pub y_max: f64,
    pub y_step: f64,
    pub series: Vec<Series>,
    pub targets: Vec<TargetLine>,
    /// A vertical guide (the reporting month) with its label.
    pub guide: Option<(f64, String)>,
    /// Uncertainty bands (front canvas; they follow the worker, not the drag).
    pub bands: Vec<BandArea>,
}

impl ChartSpec {
    /// Everything the back canvas depends on; the front canvas depends on the rest.
    pub fn back_key(&self) -> ChartSpec {
        ChartSpec {
            series: self.series.iter().filter(|s| s.layer == Layer::Reference).cloned().collect(),
            bands: Vec::new(),
            ..self.clone()
        }
    }

    /// Nice bounds and step for values, always containing `must` (e.g. 0 or a target).
    pub fn nice_range(values: impl Iterator<Item = f64>, must: &[f64], ticks: f64) -> (f64, f64, f64) {
        let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
        for v in values.chain(must.iter().copied()).filter(|v| v.is_finite()) {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        if !lo.is_finite() || !hi.is_finite() {
            return (0.0, 1.0, 0.2);
        }
        if hi - lo < 1e-9 {
            hi = lo + 1.0;
        }
        let raw = (hi - lo) / ticks;
        let mag = 10f64.powf(raw.log10().floor());
        let step = [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag);
        ((lo / step).floor() * step, (hi / step).ceil() * step, step)
    }
}

/// Pixel geometry of the plotting area, css pixels, for hover read-outs.
#[derive(Clone, Copy, PartialEq, Debug, Default)]
pub struct PlotArea {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

pub fn device_pixel_ratio() -> f64 {
    web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()).clamp(1.0, 4.0)
}

/// A size to draw at instead of the canvas's own: css width, css height, dpr
/// (for PNG export at 2× from an off-screen canvas).
pub type Size = Option<(f64, f64, f64)>;

/// Give the canvas css size × dpr pixels; returns dpr.
fn fit(canvas: &HtmlCanvasElement, size: Size) -> f64 {
    let (css_w, css_h, dpr) = size.unwrap_or((
        f64::from(canvas.client_width().max(120)),
        f64::from(canvas.client_height().max(100)),
        device_pixel_ratio(),
    ));
    let w = (css_w * dpr).round() as u32;
    let h = (css_h * dpr).round() as u32;
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    dpr
}

type Chart<'a> = ChartContext<'a, CanvasBackend, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The same plotting area on both canvases: it depends only on these sizes.
fn frame<'a>(
    root: &'a DrawingArea<CanvasBackend, plotters::coord::Shift>,
    spec: &ChartSpec,
    dpr: f64,
) -> Result<Chart<'a>, String> {
    let px = |v: f64| (v * dpr).round() as i32;
    let (x0, x1) = spec.x.range();
    ChartBuilder::on(root)
        .margin_top(px(12.0))
        .margin_right(px(16.0))
        .margin_left(px(4.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(58.0))
        .build_cartesian_2d(x0..x1, spec.y_min..spec.y_max)
        .map_err(|e| e.to_string())
}

fn err<E: std::fmt::Display>(e: E) -> String {
    e.to_string()
}

/// Back canvas: background, grid, tick labels, targets, guide, reference series.
pub fn draw_back(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    lang: crate::i18n::Lang,
    size: Size,
) -> Result<PlotArea, String> {
    let dpr = fit(canvas, size);
    let px = |v: f64| (v * dpr).round() as i32;
    let root = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?.into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let mut chart = frame(&root, spec, dpr)?;
    let (x0, x1) = spec.x.range();
    let font = FontDesc::new(FontFamily::Name(FONT), f64::from(px(15.0)), FontStyle::Normal).color(&TEXT_COLOR);
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
    for &v in &ticks {
        let (_, py) = chart.backend_coord(&(x0, v));
        root.draw(&Text::new(spec.y.tick(v), (label_x, py), font.clone().pos(Pos::new(HPos::Right, VPos::Center))))
            .map_err(err)?;
    }
    // X tick labels (thinned to every other one when they would crowd) and the axis line.
    let ticks_x = spec.x.ticks();
    let room = f64::from(area.0.end - area.0.start) / dpr / ticks_x.len().max(1) as f64;
    let every = if room < 44.0 { 2 } else { 1 };
    let last = ticks_x.len().saturating_sub(1);
    for (i, &x) in ticks_x.iter().enumerate() {
        if (last - i) % every != 0 {
            continue;
        }
        let (px_x, _) = chart.backend_coord(&(x, spec.y_min));
        root.draw(&Text::new(
            spec.x.label(x, lang),
            (px_x, area.1.end + px(6.0)),
            font.clone().pos(Pos::new(HPos::Center, VPos::Top)),
        ))
        .map_err(err)?;
    }
    let axis = ShapeStyle::from(TEXT_COLOR).stroke_width(px(1.0) as u32);
    chart.draw_series([PathElement::new(vec![(x0, spec.y_min), (x1, spec.y_min)], axis)]).map_err(err)?;

    // Targets (red, labelled at the right end) and references (grey, at the left).
    for t in &spec.targets {
        let color = if t.is_target { TARGET_COLOR } else { GUIDE_COLOR };
        let style = ShapeStyle::from(color).stroke_width(px(2.0) as u32);
        chart
            .draw_series(DashedLineSeries::new(vec![(x0, t.value), (x1, t.value)], px(10.0), px(4.0), style))
            .map_err(err)?;
        let (at, anchor) = if t.is_target { (x1, HPos::Right) } else { (x0, HPos::Left) };
        let (lx, ly) = chart.backend_coord(&(at, t.value));
        let nudge = if t.is_target { -px(4.0) } else { px(4.0) };
        root.draw(&Text::new(
            t.label.clone(),
            (lx + nudge, ly - px(3.0)),
            font.clone().color(&color).pos(Pos::new(anchor, VPos::Bottom)),
        ))
        .map_err(err)?;
    }
    if let Some((gx, label)) = &spec.guide {
        let style = ShapeStyle::from(GUIDE_COLOR).stroke_width(px(2.0) as u32);
        chart
            .draw_series(DashedLineSeries::new(vec![(*gx, spec.y_min), (*gx, spec.y_max)], px(3.0), px(5.0), style))
            .map_err(err)?;
        let (gxp, top) = chart.backend_coord(&(*gx, spec.y_max));
        root.draw(&Text::new(
            format!(" {label}"),
            (gxp, top + px(2.0)),
            font.clone().color(&GUIDE_COLOR).pos(Pos::new(HPos::Left, VPos::Top)),
        ))
        .map_err(err)?;
    }
    for s in spec.series.iter().filter(|s| s.layer == Layer::Reference) {
        draw_series(&mut chart, s, dpr)?;
    }
    root.present().map_err(err)?;
    Ok(PlotArea {
        left: f64::from(area.0.start) / dpr,
        right: f64::from(area.0.end) / dpr,
        top: f64::from(area.1.start) / dpr,
        bottom: f64::from(area.1.end) / dpr,
    })
}

/// Front canvas: only the scenario's series, over a transparent background.
pub fn draw_front(canvas: &HtmlCanvasElement, spec: &ChartSpec, size: Size) -> Result<(), String> {
    let dpr = fit(canvas, size);
    let root = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?.into_drawing_area();
    // A transparent canvas: clear it rather than fill.
    if let Some(ctx) =
        canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    {
        ctx.clear_rect(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height()));
    }
    let mut chart = frame(&root, spec, dpr)?;
    for band in &spec.bands {
        for (area, alpha) in [(&band.outer, 0.14), (&band.inner, 0.22)] {
            let mut polygon: Vec<(f64, f64)> = area.iter().map(|&(x, lo, _)| (x, lo)).collect();
            polygon.extend(area.iter().rev().map(|&(x, _, hi)| (x, hi)));
            if polygon.len() >= 4 {
                chart
                    .draw_series(std::iter::once(Polygon::new(polygon, band.color.mix(alpha).filled())))
                    .map_err(err)?;
            }
        }
    }
    for s in spec.series.iter().filter(|s| s.layer == Layer::Scenario) {
        draw_series(&mut chart, s, dpr)?;
    }
    root.present().map_err(err)
}

fn draw_series(chart: &mut Chart<'_>, s: &Series, dpr: f64) -> Result<(), String> {
    let px = |v: f64| (v * dpr).round() as i32;
    let style = ShapeStyle::from(s.color).stroke_width(px(if s.dashed { 2.0 } else { 3.0 }) as u32);
    let points = s.points.clone();
    if !s.points_only {
        if s.dashed {
            chart.draw_series(DashedLineSeries::new(points.clone(), px(8.0), px(6.0), style)).map_err(err)?;
        } else {
            chart.draw_series(LineSeries::new(points.clone(), style)).map_err(err)?;
        }
    }
    let fill = ShapeStyle::from(s.color).filled();
    let r = px(if s.points_only { 4.0 } else { 5.0 });
    match s.marker {
        Marker::Circle => chart.draw_series(points.iter().map(|&p| Circle::new(p, r, fill))).map(|_| ()),
        Marker::Triangle => {
            chart.draw_series(points.iter().map(|&p| TriangleMarker::new(p, r + px(1.0), fill))).map(|_| ())
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

/// The chart as a PNG data URL at 2× its css size: both layers, composited.
pub fn png_data_url(spec: &ChartSpec, lang: crate::i18n::Lang, css_w: f64, css_h: f64) -> Result<String, String> {
    let document = gloo::utils::document();
    let make = || -> Result<HtmlCanvasElement, String> {
        document
            .create_element("canvas")
            .map_err(|_| "no canvas".to_string())?
            .dyn_into::<HtmlCanvasElement>()
            .map_err(|_| "no canvas".to_string())
    };
    let (back, front) = (make()?, make()?);
    let size = Some((css_w, css_h, 2.0));
    draw_back(&back, spec, lang, size)?;
    draw_front(&front, spec, size)?;
    let ctx = back
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        .ok_or("no 2d context")?;
    ctx.draw_image_with_html_canvas_element(&front, 0.0, 0.0).map_err(|_| "compositing failed".to_string())?;
    back.to_data_url().map_err(|_| "no PNG".to_string())
}
