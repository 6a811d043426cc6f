//! The 11 cities' small multiples on a canvas: the shared drawing
//! (`urs_charts::cities`) on plotters-canvas, its height from the grid, its
//! legend, and its PNG and SVG exports.

use super::frame::{device_pixel_ratio, measurer, Size};
use super::{legend_html, use_resize_tick};
use crate::i18n::Lang;
use crate::model::region::City;
use crate::text::T;
use plotters_canvas::CanvasBackend;
use urs_charts::caption::Caption;
pub use urs_charts::cities::CityLines;
use urs_charts::cities::{self, Cities};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct CitiesProps {
    pub cities: Vec<City>,
    /// The first is the one whose values the headers show; drawn on top.
    pub lines: Vec<CityLines>,
    pub start_year: i32,
    pub lang: Lang,
    /// What the exports are named for (see `ChartViewProps::name`).
    #[prop_or_default]
    pub name: AttrValue,
    /// Replaces the title with a control (see `ChartViewProps::header`).
    #[prop_or_default]
    pub header: Option<Html>,
}

impl CitiesProps {
    fn data(&self) -> Cities {
        Cities { cities: self.cities.clone(), lines: self.lines.clone(), start_year: self.start_year, lang: self.lang }
    }
}

/// Draw on `canvas` at its own css width and the screen's dpr, or at `size`
/// (css width, -, dpr) for a PNG export. The height always comes from the
/// grid, so every row shows. Returns the css height drawn.
fn draw(canvas: &HtmlCanvasElement, data: &Cities, size: Size) -> Result<f64, String> {
    let (css_w, dpr) = size.map_or((f64::from(canvas.client_width().max(200)), device_pixel_ratio()), |s| (s.0, s.2));
    let height = data.height(css_w);
    let w = (css_w * dpr).round() as u32;
    let h = (height * dpr).round() as u32;
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let ctx = canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok());
    let measure = measurer(ctx);
    let root = super::frame::backend(canvas)?;
    let placed = cities::draw(&root, data, css_w, dpr, &measure)?;
    root.present().map_err(|e| e.to_string())?;
    let _ = canvas.set_attribute("data-labels", &serde_json::to_string(&placed).unwrap_or_default());
    super::stamp_draw();
    Ok(height)
}

#[function_component(CitiesChart)]
pub fn cities_chart(props: &CitiesProps) -> Html {
    let canvas = use_node_ref();
    let resized = use_resize_tick(canvas.clone());
    let error = use_state(|| None::<String>);
    let data = props.data();
    {
        let (canvas, error) = (canvas.clone(), error.clone());
        use_effect_with((data.clone(), resized), move |(data, _)| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                let result = draw(&c, data, None)
                    .map(|height| {
                        // The grid decides the height: the stack grows so the bottom row shows.
                        if let Some(stack) = c.parent_element() {
                            let _ = stack.set_attribute("style", &format!("height: {height:.0}px"));
                        }
                    })
                    .err();
                if *error != result {
                    error.set(result);
                }
            }
        });
    }
    let lang = props.lang;
    let last =
        data.start_year + data.lines.first().and_then(|l| l.cities.first()).map_or(6, |c| c.income_ratio.len() as i32);
    let period = format!("{}–{last}", data.start_year);
    let on_png = {
        let (canvas, error, data) = (canvas.clone(), error.clone(), data.clone());
        let (name, period) = (props.name.to_string(), period.clone());
        Callback::from(move |_| {
            let Some(shown) = canvas.cast::<HtmlCanvasElement>() else { return };
            let size = Some((f64::from(shown.client_width()), 0.0, 2.0));
            let png = super::frame::canvas()
                .and_then(|off| draw(&off, &data, size).and_then(|_| off.to_data_url().map_err(|_| "no PNG".into())));
            match png {
                Ok(url) => {
                    let made_at = crate::app::storage::now_local();
                    let file = crate::io::stamp::file_name(&name, &period, "cities@2x", &made_at, "png");
                    crate::app::files::download_data_url(&file, &url)
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let on_svg = {
        let (canvas, error, data) = (canvas.clone(), error.clone(), data.clone());
        let (name, period) = (props.name.to_string(), period.clone());
        Callback::from(move |_| {
            use crate::io::stamp;
            let Some(shown) = canvas.cast::<HtmlCanvasElement>() else { return };
            let made_at = crate::app::storage::now_local();
            let caption = Caption {
                title: T::ChartCities.get(lang).to_string(),
                subtitle: stamp::export_subtitle(&name, &period, &made_at, lang),
                stamp: stamp::Stamp::new(&made_at).text(lang),
            };
            let ctx = super::frame::canvas()
                .ok()
                .and_then(|c| c.get_context("2d").ok().flatten())
                .and_then(|c| c.dyn_into().ok());
            let measure = measurer(ctx);
            match urs_charts::svg::cities_beside::<CanvasBackend>(
                &data,
                f64::from(shown.client_width()),
                &caption,
                &measure,
            ) {
                Ok(svg) => {
                    let file = stamp::file_name(&name, &period, "cities", &made_at, "svg");
                    crate::app::files::download_text(&file, "image/svg+xml", &svg)
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let (lo, hi) = data.shared_scale();
    let title = T::ChartCities.get(lang);
    html! {
        <figure class="chart-card" id="chart-cities">
            <figcaption>
                {
                    match &props.header {
                        Some(header) => header.clone(),
                        None => html! { <h2>{ title }</h2> },
                    }
                }
            </figcaption>
            <div class="legend">
                { legend_html(&data.legend()) }
                <span class="export-buttons">
                    <button class="png" onclick={on_png} aria-label={format!("{} {title}", T::Png.get(lang))}>{ "PNG" }</button>
                    <button class="svg" onclick={on_svg} aria-label={format!("{} {title}", T::Svg.get(lang))}>{ "SVG" }</button>
                </span>
            </div>
            <div class="chart-stack">
                <canvas ref={canvas} class="chart cities" role="img" aria-label={data.summary()}></canvas>
            </div>
            <p class="caption">{ format!("{} {lo:.2}–{hi:.2}", T::SameScale.get(lang)) }</p>
            if let Some(note) = data.estimated_note() { <p class="caption estimated">{ note }</p> }
            if let Some(e) = &*error { <p class="error">{ e }</p> }
        </figure>
    }
}
