//! A chart on a canvas: the shared drawing (`urs_charts::draw`) on
//! plotters-canvas, and the exports (PNG, SVG) with their caption.
//!
//! Speed: the back layer holds what rarely changes (grid, axis labels,
//! targets, the baseline and published history) on a canvas off the page,
//! redrawn only when that changes; a lever move copies it onto the chart's
//! canvas and draws the scenario's lines over it (`draw_front`). Text is
//! measured with the canvas's own measureText.
//!
//! Sharpness: plotters knows nothing of devicePixelRatio, so each canvas gets
//! css size × dpr pixels and every length is scaled by dpr.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
pub use urs_charts::caption::Caption;
use urs_charts::caption::{self, Legend};
use urs_charts::draw;
pub use urs_charts::draw::PlotArea;
pub use urs_charts::spec::{ChartSpec, Layer, Marker, Rgb, Series, TargetLine, XAxis, YFormat};
use urs_charts::svg::Beside;
pub use urs_charts::FONT;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

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
    size_to(canvas, css_w, css_h, dpr);
    dpr
}

fn size_to(canvas: &HtmlCanvasElement, css_w: f64, css_h: f64, dpr: f64) {
    let w = (css_w * dpr).round() as u32;
    let h = (css_h * dpr).round() as u32;
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
}

/// A canvas of the document, not on the page (off-screen layers, exports).
pub fn canvas() -> Result<HtmlCanvasElement, String> {
    gloo::utils::document()
        .create_element("canvas")
        .map_err(|_| "no canvas".to_string())?
        .dyn_into::<HtmlCanvasElement>()
        .map_err(|_| "no canvas".to_string())
}

fn context(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, String> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| "no 2d context".to_string())
}

/// Text width as the canvas draws it: (text, font px, bold) → px.
pub fn measurer(ctx: Option<CanvasRenderingContext2d>) -> impl Fn(&str, f64, bool) -> f64 {
    move |text: &str, px: f64, bold: bool| match &ctx {
        Some(ctx) => {
            ctx.set_font(&format!("{} {}px {FONT}", if bold { "bold" } else { "normal" }, px));
            ctx.measure_text(text).map_or(0.0, |m| m.width())
        }
        None => urs_charts::estimate_width(text, px, bold),
    }
}

/// The canvas as the drawing's backend: through `Beside`, the type the SVG
/// export draws with too, so the chart code is in the wasm once.
pub fn backend(
    canvas: &HtmlCanvasElement,
) -> Result<DrawingArea<Beside<CanvasBackend>, plotters::coord::Shift>, String> {
    let canvas = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    Ok(Beside::<CanvasBackend>::A(canvas).into_drawing_area())
}

/// The back layer (drawn off-screen, kept while it holds): background, grid,
/// tick labels, targets, guide, reference series. Where each label went is
/// written to the canvas as `data-labels` (the end-to-end layout check).
pub fn draw_back(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    lang: crate::i18n::Lang,
    size: Size,
) -> Result<PlotArea, String> {
    let device = fit(canvas, size);
    let root = backend(canvas)?;
    let measure = measurer(context(canvas).ok());
    let (area, placed) = draw::draw_back(&root, spec, lang, device, &measure)?;
    root.present().map_err(|e| e.to_string())?;
    let _ = canvas.set_attribute("data-labels", &serde_json::to_string(&placed).unwrap_or_default());
    Ok(area)
}

/// The canvas's 2d context without an alpha channel: the compositor then
/// draws the chart as one opaque layer, and skips what lies under it.
fn opaque_context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
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
    let device = fit(canvas, size);
    ctx.draw_image_with_html_canvas_element(under, 0.0, 0.0).map_err(|_| "compositing failed".to_string())?;
    let root = backend(canvas)?;
    draw::draw_front(&root, spec, device)?;
    root.present().map_err(|e| e.to_string())
}

/// The chart alone, drawn off-screen in one pass for `css_w` × `css_h` css
/// px at `dpr` device pixels per css px (3 for print): drawn at that
/// resolution, never scaled up from the screen.
pub fn chart_png(
    spec: &ChartSpec,
    lang: crate::i18n::Lang,
    css_w: f64,
    css_h: f64,
    dpr: f64,
) -> Result<String, String> {
    let out = canvas()?;
    size_to(&out, css_w, css_h, dpr);
    let root = backend(&out)?;
    let measure = measurer(context(&out).ok());
    draw::draw(&root, spec, lang, dpr, &measure)?;
    root.present().map_err(|e| e.to_string())?;
    out.to_data_url().map_err(|_| "no PNG".to_string())
}

/// The chart as a PNG data URL at 2× its css size, with its title, the
/// scenario and year, the legend above and the version stamp below, all
/// drawn into the image (`urs_charts::caption`, as the SVG).
pub fn png_data_url(
    spec: &ChartSpec,
    lang: crate::i18n::Lang,
    css_w: f64,
    css_h: f64,
    caption: &Caption,
) -> Result<String, String> {
    const DPR: f64 = 2.0;
    let out = canvas()?;
    let measure = measurer(context(&out).ok());
    let legend = Legend::of(spec, lang);
    let layout = caption::layout(&legend, css_w, css_h, &measure);
    size_to(&out, css_w, layout.height, DPR);
    let root = backend(&out)?;
    caption::draw(&root, caption, &legend, &layout, DPR, |area| {
        draw::draw(area, spec, lang, DPR, &measure).map(|_| ())
    })?;
    root.present().map_err(|e| e.to_string())?;
    out.to_data_url().map_err(|_| "no PNG".to_string())
}

/// The same chart, caption and size as `png_data_url`, as an SVG document
/// (text laid out with the canvas's measures, drawn by the reader's fonts).
pub fn svg_text(
    spec: &ChartSpec,
    lang: crate::i18n::Lang,
    css_w: f64,
    css_h: f64,
    caption: &Caption,
) -> Result<String, String> {
    let measure = measurer(context(&canvas()?).ok());
    urs_charts::svg::chart_beside::<CanvasBackend>(spec, lang, css_w, css_h, caption, &measure)
}
