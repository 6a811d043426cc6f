//! Small multiples of the 11 cities' urban–rural income ratio, 2024–2030:
//! scenario solid, baseline dashed, one shared scale so cities compare.
//! A city whose ratio was filled in (not published) is drawn in grey with
//! "filled" under its name.

use super::frame::{device_pixel_ratio, ChartSpec, FONT, TEXT_COLOR};
use super::specs::STRAND_COLORS;
use super::{stamp_draw, use_resize_tick};
use crate::i18n::Lang;
use crate::model::cities::CityProjection;
use crate::model::region::{City, Provenance};
use crate::text::T;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CitiesProps {
    pub cities: Vec<City>,
    pub scenario: Vec<CityProjection>,
    pub baseline: Vec<CityProjection>,
    pub start_year: i32,
    pub lang: Lang,
    /// Replaces the title with a control (see `ChartViewProps::header`).
    #[prop_or_default]
    pub header: Option<Html>,
}

/// Draw on `canvas`, at its own css size and the screen's dpr, or at `size`
/// (css width, css height, dpr) for a PNG export.
fn draw(canvas: &HtmlCanvasElement, p: &CitiesProps, size: super::frame::Size) -> Result<(), String> {
    let (css_w, css_h, dpr) = size.unwrap_or((
        f64::from(canvas.client_width().max(200)),
        f64::from(canvas.client_height().max(200)),
        device_pixel_ratio(),
    ));
    let cols: usize = if css_w < 560.0 { 3 } else { 4 };
    let rows = p.cities.len().div_ceil(cols);
    let w = (css_w * dpr).round() as u32;
    let h = (css_h * dpr).round() as u32;
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let px = |v: f64| (v * dpr).round() as i32;
    let root = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?.into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let all =
        p.scenario.iter().chain(&p.baseline).flat_map(|c| c.income_ratio.iter().copied().chain([c.ratio_at_start]));
    let (lo, hi, _) = ChartSpec::nice_range(all, &[], 4.0);
    let name_font = FontDesc::new(FontFamily::Name(FONT), f64::from(px(15.0)), FontStyle::Bold).color(&TEXT_COLOR);
    let small = FontDesc::new(FontFamily::Name(FONT), f64::from(px(14.0)), FontStyle::Normal).color(&TEXT_COLOR);
    let years = |c: &CityProjection| {
        std::iter::once((f64::from(p.start_year), c.ratio_at_start))
            .chain(c.income_ratio.iter().enumerate().map(|(i, v)| (f64::from(p.start_year + 1 + i as i32), *v)))
            .collect::<Vec<_>>()
    };
    let x1 = f64::from(p.start_year) + p.scenario.first().map_or(6.0, |c| c.income_ratio.len() as f64);
    for (panel, ((city, scen), base)) in
        root.split_evenly((rows, cols)).iter().zip(p.cities.iter().zip(&p.scenario).zip(&p.baseline))
    {
        let filled = city.income_ratio_provenance == Provenance::Filled;
        let color = if filled { RGBColor(0x88, 0x88, 0x88) } else { STRAND_COLORS[0] };
        let mut chart = ChartBuilder::on(panel)
            .margin(px(8.0))
            .margin_top(px(40.0))
            .build_cartesian_2d(f64::from(p.start_year) - 0.3..x1 + 0.3, lo..hi)
            .map_err(|e| e.to_string())?;
        let (xr, yr) = chart.plotting_area().get_pixel_range();
        let frame = ShapeStyle::from(RGBColor(0xcc, 0xcc, 0xcc)).stroke_width(px(1.0) as u32);
        panel.draw(&Rectangle::new([(xr.start, yr.start), (xr.end, yr.end)], frame)).map_err(|e| e.to_string())?;
        let (scen_pts, base_pts) = (years(scen), years(base));
        let thin = ShapeStyle::from(color).stroke_width(px(2.0) as u32);
        chart.draw_series(DashedLineSeries::new(base_pts, px(6.0), px(4.0), thin)).map_err(|e| e.to_string())?;
        let thick = ShapeStyle::from(color).stroke_width(px(3.0) as u32);
        chart.draw_series(LineSeries::new(scen_pts.clone(), thick)).map_err(|e| e.to_string())?;
        let name = p.lang.pick(&city.zh, &city.en);
        let status = if filled { format!(" · {}", T::Filled.get(p.lang)) } else { String::new() };
        let end = scen_pts.last().map_or(0.0, |v| v.1);
        let (left, top) = (xr.start, yr.start);
        panel
            .draw(&Text::new(
                format!("{name}{status}"),
                (left, top - px(22.0)),
                name_font.clone().pos(Pos::new(HPos::Left, VPos::Center)),
            ))
            .map_err(|e| e.to_string())?;
        panel
            .draw(&Text::new(
                format!("{:.2} → {end:.2}", scen.ratio_at_start),
                (xr.end, top - px(22.0)),
                small.clone().pos(Pos::new(HPos::Right, VPos::Center)),
            ))
            .map_err(|e| e.to_string())?;
    }
    root.present().map_err(|e| e.to_string())?;
    stamp_draw();
    Ok(())
}

#[function_component(CitiesChart)]
pub fn cities_chart(props: &CitiesProps) -> Html {
    let canvas = use_node_ref();
    let resized = use_resize_tick(canvas.clone());
    let error = use_state(|| None::<String>);
    {
        let (canvas, error) = (canvas.clone(), error.clone());
        let data = (props.cities.clone(), props.scenario.clone(), props.baseline.clone(), props.start_year, props.lang);
        use_effect_with((data, resized), move |((cities, scenario, baseline, start_year, lang), _)| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                let props = CitiesProps {
                    cities: cities.clone(),
                    scenario: scenario.clone(),
                    baseline: baseline.clone(),
                    start_year: *start_year,
                    lang: *lang,
                    header: None,
                };
                let result = draw(&c, &props, None).err();
                if *error != result {
                    error.set(result);
                }
            }
        });
    }
    let lang = props.lang;
    let on_png = {
        let canvas = canvas.clone();
        let error = error.clone();
        let data = CitiesProps {
            cities: props.cities.clone(),
            scenario: props.scenario.clone(),
            baseline: props.baseline.clone(),
            start_year: props.start_year,
            lang,
            header: None,
        };
        Callback::from(move |_| {
            let Some(shown) = canvas.cast::<HtmlCanvasElement>() else { return };
            let size = Some((f64::from(shown.client_width()), f64::from(shown.client_height()), 2.0));
            let png = gloo::utils::document()
                .create_element("canvas")
                .ok()
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlCanvasElement>(e).ok())
                .ok_or_else(|| "no canvas".to_string())
                .and_then(|off| {
                    draw(&off, &data, size).and_then(|()| off.to_data_url().map_err(|_| "no PNG".to_string()))
                });
            match png {
                Ok(url) => crate::app::files::download_data_url("chart-cities@2x.png", &url),
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let summary = props
        .cities
        .iter()
        .zip(&props.scenario)
        .map(|(c, s)| format!("{} {:.2}", lang.pick(&c.zh, &c.en), s.income_ratio.last().copied().unwrap_or(0.0)))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <figure class="chart-card" id="chart-cities">
            <figcaption>
                {
                    match &props.header {
                        Some(header) => header.clone(),
                        None => html! { <h2>{ T::ChartCities.get(lang) }</h2> },
                    }
                }
            </figcaption>
            <div class="legend">
                <span class="legend-item" style="--c: #0072b2"><span class="legend-line solid"></span>{ T::Measured.get(lang) }</span>
                <span class="legend-item" style="--c: #888888"><span class="legend-line solid"></span>{ T::Filled.get(lang) }</span>
                <span class="legend-key">{ format!("— {}  ┄ {}", T::Scenario.get(lang), T::Baseline.get(lang)) }</span>
                <button class="png" onclick={on_png} aria-label={format!("{} {}", T::Png.get(lang), T::ChartCities.get(lang))}>{ "PNG" }</button>
            </div>
            <div class="chart-stack">
                <canvas ref={canvas} class="chart cities" role="img" aria-label={summary}></canvas>
            </div>
            if let Some(e) = &*error { <p class="error">{ e }</p> }
        </figure>
    }
}
