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

pub use super::spec::{ChartSpec, Layer, Marker, Rgb, Series, TargetLine, XAxis, YFormat};
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

/// System CJK fonts first; never a downloaded font.
pub const FONT: &str = "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif";
pub const TEXT_COLOR: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);

/// The spec's colour as plotters wants it.
pub fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}
const GRID_COLOR: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);
const TARGET_COLOR: RGBColor = RGBColor(0xb3, 0x26, 0x1e);
const GUIDE_COLOR: RGBColor = RGBColor(0x66, 0x66, 0x66);

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

/// Size of the axis and label text, css px.
const LABEL_PX: f64 = 15.0;

/// One piece of text as drawn, css px: written to the back canvas as
/// `data-labels` for the end-to-end layout check (canvas text is not in the DOM).
#[derive(serde::Serialize)]
struct Placed {
    text: String,
    label: [f64; 4],
}

/// Draws anchored text on the root and records where it went.
struct Labels<'a> {
    root: &'a DrawingArea<CanvasBackend, plotters::coord::Shift>,
    ctx: Option<web_sys::CanvasRenderingContext2d>,
    dpr: f64,
    placed: Vec<Placed>,
}

impl Labels<'_> {
    fn draw(&mut self, text: String, at: (i32, i32), color: RGBColor, h: HPos, v: VPos) -> Result<(), String> {
        let size = LABEL_PX * self.dpr;
        let font = FontDesc::new(FontFamily::Name(FONT), size.round(), FontStyle::Normal).color(&color);
        self.root.draw(&Text::new(text.clone(), at, font.pos(Pos::new(h, v)))).map_err(err)?;
        let width = self.ctx.as_ref().map_or(text.chars().count() as f64 * size, |ctx| {
            ctx.set_font(&format!("{}px {FONT}", size.round()));
            ctx.measure_text(&text).map_or(0.0, |m| m.width())
        }) / self.dpr;
        let height = LABEL_PX * 1.2;
        let (x, y) = (f64::from(at.0) / self.dpr, f64::from(at.1) / self.dpr);
        let left = match h {
            HPos::Left => x,
            HPos::Center => x - width / 2.0,
            HPos::Right => x - width,
        };
        let top = match v {
            VPos::Top => y,
            VPos::Center => y - height / 2.0,
            VPos::Bottom => y - height,
        };
        self.placed.push(Placed { text, label: [left, top, width, height] });
        Ok(())
    }
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
    let ctx =
        canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
    let mut labels = Labels { root: &root, ctx, dpr, placed: Vec::new() };
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
        labels.draw(spec.y.tick(v), (label_x, py), TEXT_COLOR, HPos::Right, VPos::Center)?;
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
        // Low enough that the first year never touches the lowest y label,
        // which is centred on the axis (they met on a phone).
        labels.draw(spec.x.label(x, lang), (px_x, area.1.end + px(10.0)), TEXT_COLOR, HPos::Center, VPos::Top)?;
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
        labels.draw(t.label.clone(), (lx + nudge, ly - px(3.0)), color, anchor, VPos::Bottom)?;
        if let Some(likely) = &t.likely {
            labels.draw(likely.clone(), (lx + nudge, ly + px(4.0)), color, anchor, VPos::Top)?;
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
    root.present().map_err(err)?;
    let placed = serde_json::to_string(&labels.placed).unwrap_or_default();
    let _ = canvas.set_attribute("data-labels", &placed);
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
                    .draw_series(std::iter::once(Polygon::new(polygon, rgb(band.color).mix(alpha).filled())))
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
