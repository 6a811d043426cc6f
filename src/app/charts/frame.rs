//! Drawing one chart: a description (`ChartSpec`) in, one canvas out.
//!
//! Speed: the back layer holds what rarely changes (grid, axis labels,
//! targets, the baseline and published history) on a canvas off the page,
//! redrawn only when that changes; a lever move copies it onto the chart's
//! canvas and draws the scenario's lines over it (`draw_front`). Labels are
//! drawn as anchored text, so plotters never measures text through the DOM.
//! plotters is used for the coordinate mapping and shapes.
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
    /// Canvas pixels per drawing unit (the device pixel ratio × the zoom).
    dpr: f64,
    /// Canvas pixels per css pixel: `Placed` boxes are in css pixels.
    device: f64,
    placed: Vec<Placed>,
}

impl Labels<'_> {
    /// The width of `text` as drawn, device pixels.
    fn width(&self, text: &str) -> f64 {
        let size = LABEL_PX * self.dpr;
        self.ctx.as_ref().map_or(text.chars().count() as f64 * size, |ctx| {
            ctx.set_font(&format!("{}px {FONT}", size.round()));
            ctx.measure_text(text).map_or(0.0, |m| m.width())
        })
    }

    /// `draw` over a white veil: a target's label crossing published points
    /// (on a narrow chart there is no room beside them) stays readable.
    fn draw_veiled(&mut self, text: String, at: (i32, i32), color: RGBColor, h: HPos) -> Result<(), String> {
        let (w, line_h) = (self.width(&text).round() as i32, (LABEL_PX * 1.2 * self.dpr).round() as i32);
        let left = match h {
            HPos::Left => at.0,
            HPos::Center => at.0 - w / 2,
            HPos::Right => at.0 - w,
        };
        let veil = Rectangle::new([(left - 2, at.1), (left + w + 2, at.1 + line_h)], WHITE.mix(0.8).filled());
        self.root.draw(&veil).map_err(err)?;
        self.draw(text, at, color, h, VPos::Top)
    }

    fn draw(&mut self, text: String, at: (i32, i32), color: RGBColor, h: HPos, v: VPos) -> Result<(), String> {
        let size = LABEL_PX * self.dpr;
        let font = FontDesc::new(FontFamily::Name(FONT), size.round(), FontStyle::Normal).color(&color);
        self.root.draw(&Text::new(text.clone(), at, font.pos(Pos::new(h, v)))).map_err(err)?;
        let width = self.width(&text) / self.device;
        let height = LABEL_PX * 1.2 * self.dpr / self.device;
        let (x, y) = (f64::from(at.0) / self.device, f64::from(at.1) / self.device);
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

/// Where the lines of a target's label go: the x they hang from, their
/// anchor and their tops (device px). By default the name above the line and
/// the probability under it at the line's usual end (`at`, `anchor`); else
/// both above or both below it, there or at the plot's other end (`other`) —
/// whichever covers the fewest of `points` (a marker's reach around each),
/// staying inside the plot; on a tie, the earlier.
fn place_label(
    widths: &[f64],
    at: (i32, i32),
    anchor: HPos,
    other: i32,
    points: &[(i32, i32)],
    (plot_top, plot_bottom): (i32, i32),
    dpr: f64,
) -> (i32, HPos, Vec<i32>) {
    let line_h = (LABEL_PX * 1.2 * dpr).round() as i32;
    let (above, below) = (at.1 - (3.0 * dpr).round() as i32, at.1 + (4.0 * dpr).round() as i32);
    let n = widths.len() as i32;
    let split: Vec<i32> = (0..n).map(|i| if i == 0 { above - line_h } else { below + (i - 1) * line_h }).collect();
    let all_above: Vec<i32> = (0..n).map(|i| above - (n - i) * line_h).collect();
    let all_below: Vec<i32> = (0..n).map(|i| below + i * line_h).collect();
    let flipped = match anchor {
        HPos::Right => HPos::Left,
        _ => HPos::Right,
    };
    let reach = (5.0 * dpr).round() as i32;
    let covered = |(x, h, tops): &(i32, HPos, Vec<i32>)| -> usize {
        tops.iter()
            .zip(widths)
            .map(|(&top, &w)| {
                let w = w.round() as i32;
                let (left, right) = match h {
                    HPos::Left => (*x, x + w),
                    HPos::Center => (x - w / 2, x + w / 2),
                    HPos::Right => (x - w, *x),
                };
                let hit = |p: &&(i32, i32)| {
                    p.0 + reach >= left && p.0 - reach <= right && p.1 + reach >= top && p.1 - reach <= top + line_h
                };
                points.iter().filter(hit).count()
            })
            .sum()
    };
    let inside =
        |(_, _, tops): &(i32, HPos, Vec<i32>)| tops.iter().all(|&t| t >= plot_top && t + line_h <= plot_bottom);
    let default = (at.0, anchor, split.clone());
    [
        default.clone(),
        (at.0, anchor, all_above.clone()),
        (at.0, anchor, all_below.clone()),
        (other, flipped, all_below),
        (other, flipped, all_above),
        (other, flipped, split),
    ]
    .into_iter()
    .filter(inside)
    .min_by_key(covered)
    .unwrap_or(default)
}

/// The back layer (drawn off-screen, kept while it holds): background, grid,
/// tick labels, targets, guide, reference series.
pub fn draw_back(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    lang: crate::i18n::Lang,
    size: Size,
) -> Result<PlotArea, String> {
    // Drawn `zoom` times larger (text, margins, lines, markers) on the same
    // canvas: presentation slides read from the back of a room.
    let device = fit(canvas, size);
    let dpr = device * spec.zoom;
    let px = |v: f64| (v * dpr).round() as i32;
    let root = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?.into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let mut chart = frame(&root, spec, dpr)?;
    let (x0, x1) = spec.x.range();
    let ctx =
        canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
    let mut labels = Labels { root: &root, ctx, dpr, device, placed: Vec::new() };
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

    // The back canvas's own data points (published history, the baseline), in
    // device pixels: target labels go where they cover none of them.
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
        let lines: Vec<&String> = std::iter::once(&t.label).chain(t.likely.as_ref()).collect();
        let widths: Vec<f64> = lines.iter().map(|l| labels.width(l)).collect();
        let other = if t.is_target { area.0.start + px(4.0) } else { area.0.end - px(4.0) };
        let (x, h, tops) =
            place_label(&widths, (lx + nudge, ly), anchor, other, &published, (area.1.start, area.1.end), dpr);
        for (line, top) in lines.iter().zip(tops) {
            target_labels.push(((*line).clone(), (x, top), color, h));
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
    root.present().map_err(err)?;
    let placed = serde_json::to_string(&labels.placed).unwrap_or_default();
    let _ = canvas.set_attribute("data-labels", &placed);
    Ok(PlotArea {
        left: f64::from(area.0.start) / device,
        right: f64::from(area.0.end) / device,
        top: f64::from(area.1.start) / device,
        bottom: f64::from(area.1.end) / device,
    })
}

/// The canvas's 2d context without an alpha channel: the compositor then
/// draws the chart as one opaque layer, and skips what lies under it.
fn opaque_context(canvas: &HtmlCanvasElement) -> Option<web_sys::CanvasRenderingContext2d> {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"alpha".into(), &false.into());
    canvas.get_context_with_context_options("2d", &options).ok().flatten()?.dyn_into().ok()
}

/// The chart on `canvas`: `under` (the back layer, drawn by `draw_back` at
/// the same size) copied in, then the scenario's series over it. One canvas
/// on screen per chart: two stacked ones made the compositor blend both, and
/// the page under them, over the whole chart on every frame of a drag.
pub fn draw_front(
    canvas: &HtmlCanvasElement,
    under: &HtmlCanvasElement,
    spec: &ChartSpec,
    size: Size,
) -> Result<(), String> {
    // Before plotters asks for a context: the first request sets its options.
    let ctx = opaque_context(canvas).ok_or("no 2d context")?;
    let dpr = fit(canvas, size) * spec.zoom;
    ctx.draw_image_with_html_canvas_element(under, 0.0, 0.0).map_err(|_| "compositing failed".to_string())?;
    let root = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?.into_drawing_area();
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

/// A canvas of the document, not on the page (off-screen layers, exports).
pub fn canvas() -> Result<HtmlCanvasElement, String> {
    gloo::utils::document()
        .create_element("canvas")
        .map_err(|_| "no canvas".to_string())?
        .dyn_into::<HtmlCanvasElement>()
        .map_err(|_| "no canvas".to_string())
}

fn context(canvas: &HtmlCanvasElement) -> Result<web_sys::CanvasRenderingContext2d, String> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        .ok_or_else(|| "no 2d context".to_string())
}

/// The chart alone, both layers, drawn off-screen for `css_w` ×
/// `css_h` css px at `dpr` device pixels per css px (2 for the PNG, 3 for
/// print): drawn at that resolution, never scaled up from the screen.
pub fn chart_canvas(
    spec: &ChartSpec,
    lang: crate::i18n::Lang,
    css_w: f64,
    css_h: f64,
    dpr: f64,
) -> Result<HtmlCanvasElement, String> {
    let (back, chart) = (canvas()?, canvas()?);
    let size = Some((css_w, css_h, dpr));
    draw_back(&back, spec, lang, size)?;
    draw_front(&chart, &back, spec, size)?;
    Ok(chart)
}

/// The chart as a PNG data URL (`chart_canvas`).
pub fn chart_png(
    spec: &ChartSpec,
    lang: crate::i18n::Lang,
    css_w: f64,
    css_h: f64,
    dpr: f64,
) -> Result<String, String> {
    chart_canvas(spec, lang, css_w, css_h, dpr)?.to_data_url().map_err(|_| "no PNG".to_string())
}

/// What a PNG export says around its chart.
pub struct Caption {
    pub title: String,
    /// The scenario's name and the year(s) shown.
    pub subtitle: String,
    /// The version stamp (`io::stamp`), at the bottom.
    pub stamp: String,
}

/// The chart as a PNG data URL at 2× its css size, with its title, the
/// scenario and year, the legend above and the version stamp below, all
/// drawn into the image.
pub fn png_data_url(
    spec: &ChartSpec,
    lang: crate::i18n::Lang,
    css_w: f64,
    css_h: f64,
    caption: &Caption,
) -> Result<String, String> {
    const DPR: f64 = 2.0;
    const PAD: f64 = 14.0;
    const LEGEND_PX: f64 = 15.0;
    let chart = chart_canvas(spec, lang, css_w, css_h, DPR)?;
    let out = canvas()?;
    let ctx = context(&out)?;
    // Lay the legend out in rows first (its height sets the image's).
    let font = |px: f64, bold: bool| format!("{}{px}px {FONT}", if bold { "600 " } else { "" });
    ctx.set_font(&font(LEGEND_PX, false));
    let entries = spec.legend();
    // The samples before a label: a solid line, a dashed one, a diamond (as the screen's legend).
    let samples = |e: &super::spec::LegendEntry| {
        let mut at = Vec::new();
        let mut w = 0.0;
        for (on, kind, width) in [(e.solid, 0, 24.0), (e.dashed, 1, 24.0), (e.dot, 2, 12.0)] {
            if on {
                at.push((w, kind, width));
                w += width + 4.0;
            }
        }
        (at, w)
    };
    let mut rows: Vec<Vec<(f64, usize)>> = vec![Vec::new()];
    let mut x = PAD;
    for (i, e) in entries.iter().enumerate() {
        let w = samples(e).1 + 2.0 + ctx.measure_text(&e.label).map_or(0.0, |m| m.width()) + 18.0;
        if x + w > css_w - PAD && x > PAD {
            rows.push(Vec::new());
            x = PAD;
        }
        if let Some(row) = rows.last_mut() {
            row.push((x, i));
        }
        x += w;
    }
    let key = spec.has_baseline_key().then(|| super::view::baseline_key(lang));
    let row_h = LEGEND_PX * 1.6;
    let top = PAD + 26.0 + 22.0;
    let legend_h = row_h * (rows.len() + usize::from(key.is_some())) as f64;
    let chart_top = top + legend_h + 6.0;
    let height = chart_top + css_h + 30.0;
    out.set_width((css_w * DPR).round() as u32);
    out.set_height((height * DPR).round() as u32);
    // Setting the size reset the context.
    let _ = ctx.scale(DPR, DPR);
    ctx.set_fill_style_str("#fff");
    ctx.fill_rect(0.0, 0.0, css_w, height);
    ctx.set_text_baseline("top");
    let ink = format!("rgb({}, {}, {})", TEXT_COLOR.0, TEXT_COLOR.1, TEXT_COLOR.2);
    let text = |t: &str, x: f64, y: f64, px: f64, bold: bool, color: &str| {
        ctx.set_font(&font(px, bold));
        ctx.set_fill_style_str(color);
        let _ = ctx.fill_text_with_max_width(t, x, y, css_w - x - PAD);
    };
    text(&caption.title, PAD, PAD, 20.0, true, &ink);
    text(&caption.subtitle, PAD, PAD + 28.0, 15.0, false, "#444");
    for (r, row) in rows.iter().enumerate() {
        let y = top + r as f64 * row_h;
        let mid = y + LEGEND_PX * 0.6;
        for &(x, i) in row {
            let e = &entries[i];
            let color = format!("rgb({}, {}, {})", e.color.0, e.color.1, e.color.2);
            ctx.set_stroke_style_str(&color);
            ctx.set_fill_style_str(&color);
            let (at, width) = samples(e);
            for (dx, kind, w) in at {
                let x = x + dx;
                let dash = if kind == 1 { js_sys::Array::of2(&6.0.into(), &4.0.into()) } else { js_sys::Array::new() };
                let _ = ctx.set_line_dash(&dash);
                ctx.set_line_width(if kind == 1 { 2.0 } else { 3.0 });
                ctx.begin_path();
                if kind == 2 {
                    let (cx, r) = (x + w / 2.0, 5.0);
                    ctx.move_to(cx, mid - r);
                    ctx.line_to(cx + r, mid);
                    ctx.line_to(cx, mid + r);
                    ctx.line_to(cx - r, mid);
                    ctx.fill();
                } else {
                    ctx.move_to(x, mid);
                    ctx.line_to(x + w, mid);
                    ctx.stroke();
                }
            }
            let _ = ctx.set_line_dash(&js_sys::Array::new());
            text(&e.label, x + width + 2.0, y, LEGEND_PX, false, &ink);
        }
    }
    if let Some(key) = key {
        text(&key, PAD, top + rows.len() as f64 * row_h, LEGEND_PX, false, "#444");
    }
    ctx.draw_image_with_html_canvas_element_and_dw_and_dh(&chart, 0.0, chart_top, css_w, css_h)
        .map_err(|_| "compositing failed".to_string())?;
    text(&caption.stamp, PAD, chart_top + css_h + 8.0, 13.0, false, "#555");
    out.to_data_url().map_err(|_| "no PNG".to_string())
}
