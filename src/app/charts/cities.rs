//! Small multiples of the 11 cities' urban–rural income ratio, 2024–2030:
//! scenario solid, baseline dashed, one shared scale so cities compare.
//! `grid` says where each panel and its two header lines go.
//! A city whose ratio was filled in (not published) is drawn in grey with
//! "filled" under its name.

use super::frame::rgb;
use super::frame::{device_pixel_ratio, ChartSpec, FONT, TEXT_COLOR};
use super::grid::{self, Rect};
use super::specs::{Role, COMPARE_COLORS, STRAND_COLORS};
use super::{stamp_draw, use_resize_tick};
use crate::i18n::Lang;
use crate::model::cities::CityProjection;
use crate::model::region::{City, Provenance};
use crate::text::T;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yew::prelude::*;

/// One scenario's 11 projected cities and how it is drawn (the roles of the
/// line charts: scenario solid, baseline dashed, compared in their colours).
#[derive(Clone, PartialEq)]
pub struct CityLines {
    pub name: String,
    pub role: Role,
    pub cities: Vec<CityProjection>,
}

#[derive(Properties, PartialEq, Clone)]
pub struct CitiesProps {
    pub cities: Vec<City>,
    /// The first is the one whose values the headers show; drawn on top.
    pub lines: Vec<CityLines>,
    pub start_year: i32,
    pub lang: Lang,
    /// Replaces the title with a control (see `ChartViewProps::header`).
    #[prop_or_default]
    pub header: Option<Html>,
}

/// Where one header line was drawn, in css pixels, with the boxes of its
/// city: written to the canvas as `data-labels` so the end-to-end layout test
/// can check that no label overlaps another or leaves its panel, and that
/// each name sits over its own city's line (canvas text is not in the DOM).
#[derive(serde::Serialize)]
struct Placed {
    city: String,
    text: String,
    label: [f64; 4],
    cell: [f64; 4],
    plot: [f64; 4],
    /// The bounding box of the scenario line as drawn.
    data: [f64; 4],
}

fn boxed(r: &Rect) -> [f64; 4] {
    [r.x, r.y, r.w, r.h]
}

/// The one scale every panel shares, so the cities compare at a glance.
fn shared_scale(p: &CitiesProps) -> (f64, f64) {
    let all =
        p.lines.iter().flat_map(|l| &l.cities).flat_map(|c| c.income_ratio.iter().copied().chain([c.ratio_at_start]));
    let (lo, hi, _) = ChartSpec::nice_range(all, &[], 4.0);
    (lo, hi)
}

/// Draw on `canvas` at its own css width and the screen's dpr, or at `size`
/// (css width, -, dpr) for a PNG export. The height always comes from the
/// grid, so every row shows. Returns the css height drawn.
fn draw(canvas: &HtmlCanvasElement, p: &CitiesProps, size: super::frame::Size) -> Result<f64, String> {
    let (css_w, dpr) = size.map_or((f64::from(canvas.client_width().max(200)), device_pixel_ratio()), |s| (s.0, s.2));
    let grid = grid::grid(css_w, p.cities.len());
    let w = (css_w * dpr).round() as u32;
    let h = (grid.height * dpr).round() as u32;
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let px = |v: f64| (v * dpr).round() as i32;
    let ctx = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or("no 2d context")?;
    // Text width in css px at `size` css px (the canvas measures in device px).
    let measure = |text: &str, bold: bool, size: f64| {
        ctx.set_font(&format!("{} {}px {FONT}", if bold { "bold" } else { "normal" }, size * dpr));
        ctx.measure_text(text).map_or(text.chars().count() as f64 * size, |m| m.width() / dpr)
    };
    let root = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?.into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let all =
        p.lines.iter().flat_map(|l| &l.cities).flat_map(|c| c.income_ratio.iter().copied().chain([c.ratio_at_start]));
    let (lo, hi, _) = ChartSpec::nice_range(all, &[], 4.0);
    let years = |c: &CityProjection| {
        std::iter::once((f64::from(p.start_year), c.ratio_at_start))
            .chain(c.income_ratio.iter().enumerate().map(|(i, v)| (f64::from(p.start_year + 1 + i as i32), *v)))
            .collect::<Vec<_>>()
    };
    let first = p.lines.first().map(|l| l.cities.as_slice()).unwrap_or_default();
    let x1 = f64::from(p.start_year) + first.first().map_or(6.0, |c| c.income_ratio.len() as f64);
    let mut placed = Vec::new();
    for (index, (panel, (city, scen))) in grid.panels.iter().zip(p.cities.iter().zip(first)).enumerate() {
        let filled = city.income_ratio_provenance == Provenance::Filled;
        let own = if filled { RGBColor(0x88, 0x88, 0x88) } else { rgb(STRAND_COLORS[0]) };
        // Everything below is drawn on `root` in canvas coordinates; the plot
        // is a sub-area whose own mapping plotters applies (drawing panel-
        // relative text with canvas coordinates put each name one panel off).
        let r = panel.plot;
        let area = root.clone().shrink((px(r.x), px(r.y)), (px(r.w) as u32, px(r.h) as u32));
        let mut chart = ChartBuilder::on(&area)
            .build_cartesian_2d(f64::from(p.start_year) - 0.3..x1 + 0.3, lo..hi)
            .map_err(|e| e.to_string())?;
        let frame = ShapeStyle::from(RGBColor(0xcc, 0xcc, 0xcc)).stroke_width(px(1.0) as u32);
        root.draw(&Rectangle::new([(px(r.x), px(r.y)), (px(r.right()), px(r.bottom()))], frame))
            .map_err(|e| e.to_string())?;
        // The first scenario last, so it lies on top.
        for lines in p.lines.iter().rev() {
            let Some(c) = lines.cities.get(index) else { continue };
            let (color, dashed) = match lines.role {
                Role::Scenario => (own, false),
                Role::Baseline => (own, true),
                Role::Compared(i) => (rgb(COMPARE_COLORS[i % 4]), i % 2 == 1),
                // The small multiples keep to scenario and baseline.
                Role::Builtin => continue,
            };
            if dashed {
                let thin = ShapeStyle::from(color).stroke_width(px(2.0) as u32);
                chart
                    .draw_series(DashedLineSeries::new(years(c), px(6.0), px(4.0), thin))
                    .map_err(|e| e.to_string())?;
            } else {
                let thick = ShapeStyle::from(color).stroke_width(px(3.0) as u32);
                chart.draw_series(LineSeries::new(years(c), thick)).map_err(|e| e.to_string())?;
            }
        }
        let scen_pts = years(scen);
        let drawn: Vec<(f64, f64)> = scen_pts
            .iter()
            .map(|pt| chart.backend_coord(pt))
            .map(|(x, y)| (f64::from(x) / dpr, f64::from(y) / dpr))
            .collect();
        let (dx0, dx1) = drawn.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
        let (dy0, dy1) = drawn.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
        let data = Rect { x: dx0, y: dy0, w: dx1 - dx0, h: dy1 - dy0 };

        let name = p.lang.pick(&city.zh, &city.en);
        let status = if filled { format!(" · {}", T::Filled.get(p.lang)) } else { String::new() };
        // Compared: the spread of the scenarios' 2030 values, so the line stays short.
        let ends: Vec<f64> = p
            .lines
            .iter()
            .filter(|l| matches!(l.role, Role::Compared(_)))
            .filter_map(|l| l.cities.get(index).and_then(|c| c.income_ratio.last().copied()))
            .collect();
        let end = match ends.iter().copied().reduce(f64::min).zip(ends.iter().copied().reduce(f64::max)) {
            Some((a, b)) if ends.len() > 1 && format!("{a:.2}") != format!("{b:.2}") => format!("{a:.2}–{b:.2}"),
            _ => format!("{:.2}", scen_pts.last().map_or(0.0, |v| v.1)),
        };
        let lines = [
            (format!("{name}{status}"), panel.name, true, grid::NAME_PX),
            (format!("{:.2} → {end}", scen.ratio_at_start), panel.values, false, grid::VALUES_PX),
        ];
        for (text, line, bold, size) in lines {
            let size = grid::fit_font(size, measure(&text, bold, size), line.w);
            let style = if bold { FontStyle::Bold } else { FontStyle::Normal };
            let font = FontDesc::new(FontFamily::Name(FONT), size * dpr, style).color(&TEXT_COLOR);
            let mid = line.y + line.h / 2.0;
            root.draw(&Text::new(text.clone(), (px(line.x), px(mid)), font.pos(Pos::new(HPos::Left, VPos::Center))))
                .map_err(|e| e.to_string())?;
            let label = Rect { x: line.x, y: mid - size * 0.65, w: measure(&text, bold, size), h: size * 1.3 };
            placed.push(Placed {
                city: city.id.clone(),
                text,
                label: boxed(&label),
                cell: boxed(&panel.cell),
                plot: boxed(&panel.plot),
                data: boxed(&data),
            });
        }
    }
    root.present().map_err(|e| e.to_string())?;
    let _ = canvas.set_attribute("data-labels", &serde_json::to_string(&placed).unwrap_or_default());
    stamp_draw();
    Ok(grid.height)
}

#[function_component(CitiesChart)]
pub fn cities_chart(props: &CitiesProps) -> Html {
    let canvas = use_node_ref();
    let resized = use_resize_tick(canvas.clone());
    let error = use_state(|| None::<String>);
    let data = CitiesProps { header: None, ..props.clone() };
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
    let on_png = {
        let canvas = canvas.clone();
        let error = error.clone();
        Callback::from(move |_| {
            let Some(shown) = canvas.cast::<HtmlCanvasElement>() else { return };
            let size = Some((f64::from(shown.client_width()), 0.0, 2.0));
            let png = gloo::utils::document()
                .create_element("canvas")
                .ok()
                .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
                .ok_or_else(|| "no canvas".to_string())
                .and_then(|off| {
                    draw(&off, &data, size).and_then(|_| off.to_data_url().map_err(|_| "no PNG".to_string()))
                });
            match png {
                Ok(url) => crate::app::files::download_data_url("chart-cities@2x.png", &url),
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let first = props.lines.first().map(|l| l.cities.as_slice()).unwrap_or_default();
    let summary = props
        .cities
        .iter()
        .zip(first)
        .map(|(c, s)| format!("{} {:.2}", lang.pick(&c.zh, &c.en), s.income_ratio.last().copied().unwrap_or(0.0)))
        .collect::<Vec<_>>()
        .join(", ");
    let compared = props.lines.iter().any(|l| matches!(l.role, Role::Compared(_)));
    let (lo, hi) = shared_scale(props);
    let legend = if compared {
        let items = props.lines.iter().filter_map(|l| match l.role {
            Role::Compared(i) => {
                let c = COMPARE_COLORS[i % 4];
                let line = if i % 2 == 1 { "legend-line dashed" } else { "legend-line solid" };
                Some(html! {
                    <span class="legend-item" style={format!("--c: rgb({}, {}, {})", c.0, c.1, c.2)}>
                        <span class={line}></span>{ l.name.clone() }
                    </span>
                })
            }
            _ => None,
        });
        html! { <>{ for items }</> }
    } else {
        html! {
            <>
                <span class="legend-item" style="--c: #0072b2"><span class="legend-line solid"></span>{ T::Measured.get(lang) }</span>
                <span class="legend-item" style="--c: #888888"><span class="legend-line solid"></span>{ T::Filled.get(lang) }</span>
                <span class="legend-key">{ format!("— {}  ┄ {}", T::Scenario.get(lang), T::Baseline.get(lang)) }</span>
            </>
        }
    };
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
                { legend }
                <button class="png" onclick={on_png} aria-label={format!("{} {}", T::Png.get(lang), T::ChartCities.get(lang))}>{ "PNG" }</button>
            </div>
            <div class="chart-stack">
                <canvas ref={canvas} class="chart cities" role="img" aria-label={summary}></canvas>
            </div>
            <p class="caption">{ format!("{} {lo:.2}–{hi:.2}", T::SameScale.get(lang)) }</p>
            if let Some(e) = &*error { <p class="error">{ e }</p> }
        </figure>
    }
}
