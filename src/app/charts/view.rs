//! `ChartView`: one chart card (picker or title, legend, the canvas, hover
//! read-out, PNG and SVG buttons), and the redraw hooks the charts share.

use super::frame::{self, ChartSpec, PlotArea};
use super::legend::legend;
use crate::i18n::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// Count draws and stamp the last one, for the in-browser interaction
/// benchmark (e2e/bench/interaction.mjs). Two property writes: negligible.
pub fn stamp_draw() {
    if let Some(w) = web_sys::window() {
        let count = js_sys::Reflect::get(&w, &"__ursDraws".into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
        let _ = js_sys::Reflect::set(&w, &"__ursDraws".into(), &(count + 1.0).into());
    }
    stamp("__ursLastDraw");
}

/// Write `performance.now()` into `window[name]` (benchmark instrumentation).
pub fn stamp(name: &str) {
    if let Some(w) = web_sys::window() {
        let now = w.performance().map_or(0.0, |p| p.now());
        let _ = js_sys::Reflect::set(&w, &name.into(), &now.into());
    }
}

/// A counter bumped whenever the element changes size (window resize, a
/// switch of layout, a panel opening): charts redraw when it changes.
#[hook]
pub fn use_resize_tick(node: NodeRef) -> u32 {
    let tick = use_state(|| 0u32);
    {
        let tick = tick.clone();
        use_effect_with(node, move |node| {
            let count = Rc::new(std::cell::Cell::new(0u32));
            let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
                count.set(count.get().wrapping_add(1));
                tick.set(count.get());
            });
            let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(element)) = (&observer, node.cast::<web_sys::Element>()) {
                observer.observe(&element);
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(on_resize);
            }
        });
    }
    *tick
}

#[derive(Properties, PartialEq)]
pub struct ChartViewProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub spec: Rc<ChartSpec>,
    pub lang: Lang,
    /// Accessible one-line summary of what the chart shows.
    pub summary: AttrValue,
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// What the PNG and SVG are named for (`exports::export_name`, or the
    /// compared scenarios' names) and the year(s) they show: the subtitle
    /// and the file name say both, with the time of the export.
    #[prop_or_default]
    pub name: AttrValue,
    #[prop_or_default]
    pub period: AttrValue,
    /// Replaces the title with a control (the chart picker of a slot), which
    /// then carries the title as its selected option.
    #[prop_or_default]
    pub header: Option<Html>,
}

/// What a back layer was drawn for: its part of the spec, the language and
/// the size (css width, css height, dpr).
type BackKey = (ChartSpec, Lang, (f64, f64, f64));

struct Drawn {
    /// The back layer, off the page, and what it was drawn for.
    back: Option<(HtmlCanvasElement, BackKey)>,
    area: PlotArea,
}

#[function_component(ChartView)]
pub fn chart_view(props: &ChartViewProps) -> Html {
    let plot = use_node_ref();
    let stack = use_node_ref();
    let resized = use_resize_tick(stack.clone());
    let drawn = use_mut_ref(|| Drawn { back: None, area: PlotArea::default() });
    let error = use_state(|| None::<String>);
    let hover = use_state(|| None::<(f64, f64)>);
    {
        let (plot, drawn, error) = (plot.clone(), drawn.clone(), error.clone());
        use_effect_with((props.spec.clone(), props.lang, resized), move |(spec, lang, _resized)| {
            // A resize only asks for a redraw: `draw` reads the size itself.
            let result = draw(&plot, &drawn, spec, *lang);
            if *error != result.clone().err() {
                error.set(result.err());
            }
        });
    }
    let onpointermove = {
        let (hover, drawn, spec) = (hover.clone(), drawn.clone(), props.spec.clone());
        Callback::from(move |e: PointerEvent| {
            let area = drawn.borrow().area;
            let (x0, x1) = spec.x.range();
            if area.right <= area.left {
                return;
            }
            let css_x = f64::from(e.offset_x());
            let x = x0 + (css_x - area.left) / (area.right - area.left) * (x1 - x0);
            let nearest = spec
                .series
                .iter()
                .flat_map(|s| s.points.iter().map(|p| p.0))
                .min_by(|a, b| (a - x).abs().total_cmp(&(b - x).abs()));
            if let Some(px) = nearest {
                let left = area.left + (px - x0) / (x1 - x0) * (area.right - area.left);
                hover.set(Some((px, left)));
            }
        })
    };
    let onpointerleave = {
        let hover = hover.clone();
        Callback::from(move |_| hover.set(None))
    };
    let readout = hover.map(|(x, left)| {
        let spec = &props.spec;
        let rows = spec.series.iter().filter_map(|s| {
            let p = s.points.iter().find(|p| (p.0 - x).abs() < 1e-9)?;
            let dash = if s.dashed { "┄" } else { "—" };
            Some(html! {
                <li style={format!("color: rgb({}, {}, {})", s.color.0, s.color.1, s.color.2)}>
                    { format!("{dash} {}: {}", s.label, spec.read_out(p.1)) }
                </li>
            })
        });
        html! {
            <div class="readout" style={format!("left: {left:.0}px")} role="status">
                <strong>{ spec.x.label(x, props.lang) }</strong>
                <ul>{ for rows }</ul>
            </div>
        }
    });
    let legend = legend(&props.spec, props.lang);
    // The exports: the chart at its size on screen, with its title, the
    // scenario and year(s), the legend and the version stamp.
    let export = {
        let (plot, spec, lang, id) = (plot.clone(), props.spec.clone(), props.lang, props.id.clone());
        let (title, name, period) = (props.title.to_string(), props.name.to_string(), props.period.to_string());
        let error = error.clone();
        move |svg: bool| {
            let (plot, spec, id, title, name, period, error) =
                (plot.clone(), spec.clone(), id.clone(), title.clone(), name.clone(), period.clone(), error.clone());
            Callback::from(move |_: MouseEvent| {
                use crate::io::stamp;
                let Some(canvas) = plot.cast::<HtmlCanvasElement>() else { return };
                let (w, h) = (f64::from(canvas.client_width()), f64::from(canvas.client_height()));
                let made_at = crate::app::storage::now_local();
                let subtitle = stamp::export_subtitle(&name, &period, &made_at, lang);
                let caption =
                    frame::Caption { title: title.clone(), subtitle, stamp: stamp::Stamp::new(&made_at).text(lang) };
                let what = id.trim_start_matches("chart-");
                let done = if svg {
                    frame::svg_text(&spec, lang, w, h, &caption).map(|svg| {
                        let file = stamp::file_name(&name, &period, what, &made_at, "svg");
                        crate::app::files::download_text(&file, "image/svg+xml", &svg)
                    })
                } else {
                    frame::png_data_url(&spec, lang, w, h, &caption).map(|url| {
                        let file = stamp::file_name(&name, &period, &format!("{what}@2x"), &made_at, "png");
                        crate::app::files::download_data_url(&file, &url)
                    })
                };
                if let Err(e) = done {
                    error.set(Some(e));
                }
            })
        }
    };
    let (on_png, on_svg) = (export(false), export(true));
    html! {
        <figure class="chart-card" id={props.id.clone()}>
            <figcaption>
                {
                    match &props.header {
                        Some(header) => header.clone(),
                        None => html! { <h2>{ props.title.clone() }</h2> },
                    }
                }
            </figcaption>
            <div class="legend">
                { legend }
                <span class="export-buttons">
                    <button class="png" onclick={on_png} title={crate::text::T::Png.get(props.lang)}
                        aria-label={format!("{} {}", crate::text::T::Png.get(props.lang), props.title)}>{ "PNG" }</button>
                    <button class="svg" onclick={on_svg} title={crate::text::T::Svg.get(props.lang)}
                        aria-label={format!("{} {}", crate::text::T::Svg.get(props.lang), props.title)}>{ "SVG" }</button>
                </span>
            </div>
            <div class="chart-stack" ref={stack} onpointermove={onpointermove.clone()} onpointerdown={onpointermove} {onpointerleave}>
                <canvas ref={plot} class="chart plot" role="img" aria-label={props.summary.clone()}></canvas>
                { readout.unwrap_or_default() }
            </div>
            if let Some(note) = &props.note { <p class="caption">{ note.clone() }</p> }
            if let Some(e) = &*error { <p class="error">{ e }</p> }
        </figure>
    }
}

fn draw(plot: &NodeRef, drawn: &Rc<RefCell<Drawn>>, spec: &ChartSpec, lang: Lang) -> Result<(), String> {
    let Some(plot) = plot.cast::<HtmlCanvasElement>() else {
        return Ok(());
    };
    let size = (
        f64::from(plot.client_width().max(120)),
        f64::from(plot.client_height().max(100)),
        frame::device_pixel_ratio(),
    );
    let key = (spec.back_key(), lang, size);
    let mut d = drawn.borrow_mut();
    if d.back.as_ref().map(|(_, k)| k) != Some(&key) {
        let back = match d.back.take() {
            Some((canvas, _)) => canvas,
            None => frame::canvas()?,
        };
        d.area = frame::draw_back(&back, spec, lang, Some(size))?;
        // Where each label went, for the end-to-end layout check.
        if let Some(labels) = back.get_attribute("data-labels") {
            let _ = plot.set_attribute("data-labels", &labels);
        }
        d.back = Some((back, key));
    }
    if let Some((back, _)) = &d.back {
        frame::draw_front(&plot, back, spec, Some(size))?;
    }
    stamp_draw();
    Ok(())
}
