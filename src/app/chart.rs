//! Monthly completion chart, drawn with plotters on a canvas.
//!
//! plotters does not know about devicePixelRatio: the canvas gets
//! css size × dpr pixels and every length we hand plotters (fonts, strokes,
//! margins) is multiplied by dpr, so lines and text stay crisp on a
//! high-density screen or projector. The legend is HTML, not canvas text:
//! it stays sharp, translatable and cheap (plotters measures every label
//! through the DOM).

use crate::i18n::Lang;
use crate::model::{YearCompletion, STRANDS};
use crate::text::T;
use gloo::events::EventListener;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// System CJK fonts first; never a downloaded font.
pub const FONT: &str = "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif";

/// Okabe–Ito colours, distinguishable with colour-blindness; each strand also
/// has its own marker shape.
pub const STRAND_COLORS: [RGBColor; 3] =
    [RGBColor(0x00, 0x72, 0xB2), RGBColor(0xD5, 0x5E, 0x00), RGBColor(0x00, 0x9E, 0x73)];
const OVERALL_COLOR: RGBColor = RGBColor(0x33, 0x33, 0x33);
const TEXT_COLOR: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);
const GRID_COLOR: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);

#[derive(Clone, Copy, PartialEq)]
pub enum Marker {
    Circle,
    Triangle,
    Square,
    None,
}

/// One line on the chart: 12 monthly values (completion rate as a fraction).
#[derive(Clone, PartialEq)]
pub struct Series {
    pub color: RGBColor,
    pub dashed: bool,
    pub marker: Marker,
    pub values: [f64; 12],
}

/// What the completion chart shows: any number of series, plus the
/// reporting month.
#[derive(Clone, PartialEq)]
pub struct ChartData {
    pub series: Vec<Series>,
    pub calibration_month: u8,
}

impl ChartData {
    /// Each strand for the scenario (solid, with markers) and the baseline
    /// (dashed), plus all projects together.
    pub fn completion(scenario: &YearCompletion, baseline: &YearCompletion) -> ChartData {
        let markers = [Marker::Circle, Marker::Triangle, Marker::Square];
        let mut series = Vec::new();
        for (dashed, year) in [(true, baseline), (false, scenario)] {
            for strand in STRANDS {
                let i = strand.index();
                series.push(Series {
                    color: STRAND_COLORS[i],
                    dashed,
                    marker: if dashed { Marker::None } else { markers[i] },
                    values: year.strand(strand).completion_rate,
                });
            }
            series.push(Series { color: OVERALL_COLOR, dashed, marker: Marker::None, values: year.overall_rate });
        }
        ChartData { series, calibration_month: scenario.calibration_month }
    }
}

fn device_pixel_ratio() -> f64 {
    web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()).clamp(1.0, 4.0)
}

/// Size the canvas for the screen and draw. Errors are returned, not panicked:
/// a panic would kill the whole app.
pub fn draw(canvas: &HtmlCanvasElement, data: &ChartData, lang: Lang) -> Result<(), String> {
    let dpr = device_pixel_ratio();
    let css_w = f64::from(canvas.client_width().max(200));
    let css_h = f64::from(canvas.client_height().max(150));
    let (w, h) = ((css_w * dpr).round() as u32, (css_h * dpr).round() as u32);
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let px = |v: f64| (v * dpr).round() as i32;
    let pxu = |v: f64| (v * dpr).round() as u32;

    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    let root = backend.into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;

    let max_value = data.series.iter().flat_map(|s| s.values.iter()).fold(1.2_f64, |a, &b| a.max(b));
    let y_max = ((max_value * 100.0 / 10.0).ceil() * 10.0).max(130.0);
    let label_font = FontDesc::new(FontFamily::Name(FONT), f64::from(px(15.0)), FontStyle::Normal).color(&TEXT_COLOR);

    let mut chart = ChartBuilder::on(&root)
        .margin_top(px(14.0))
        .margin_right(px(18.0))
        .margin_left(px(6.0))
        .x_label_area_size(px(34.0))
        .y_label_area_size(px(58.0))
        .build_cartesian_2d(0i32..13i32, 0f64..y_max)
        .map_err(|e| e.to_string())?;
    let suffix = T::MonthSuffix.get(lang);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(14)
        .y_labels(8)
        .x_label_formatter(&|m| {
            if (1..=12).contains(m) {
                format!("{m}{suffix}")
            } else {
                String::new()
            }
        })
        .y_label_formatter(&|v| format!("{v:.0} %"))
        .label_style(label_font.clone())
        .bold_line_style(GRID_COLOR.stroke_width(pxu(1.0)))
        .light_line_style(TRANSPARENT)
        .axis_style(TEXT_COLOR.stroke_width(pxu(1.0)))
        .draw()
        .map_err(|e| e.to_string())?;

    // Plan (100 %) and the reporting date.
    let guide = ShapeStyle::from(RGBColor(0x77, 0x77, 0x77)).stroke_width(pxu(2.0));
    chart.draw_series(LineSeries::new([(0, 100.0), (13, 100.0)], guide)).map_err(|e| e.to_string())?;
    let m0 = i32::from(data.calibration_month);
    chart
        .draw_series(DashedLineSeries::new(vec![(m0, 0.0), (m0, y_max)], px(3.0), px(5.0), guide))
        .map_err(|e| e.to_string())?;
    let note_font = label_font.clone();
    chart
        .draw_series([
            Text::new(
                T::Plan100.get(lang).to_string(),
                (1, 100.0 + y_max * 0.015),
                note_font.clone().pos(Pos::new(HPos::Left, VPos::Bottom)),
            ),
            Text::new(
                format!(" {}", T::Reported.get(lang)),
                (m0, y_max * 0.97),
                note_font.pos(Pos::new(HPos::Left, VPos::Top)),
            ),
        ])
        .map_err(|e| e.to_string())?;

    for s in &data.series {
        let points: Vec<(i32, f64)> = (0..12).map(|m| (m as i32 + 1, s.values[m] * 100.0)).collect();
        let style = ShapeStyle::from(s.color).stroke_width(pxu(if s.dashed { 2.0 } else { 3.0 }));
        if s.dashed {
            chart
                .draw_series(DashedLineSeries::new(points.clone(), px(8.0), px(6.0), style))
                .map_err(|e| e.to_string())?;
        } else {
            chart.draw_series(LineSeries::new(points.clone(), style)).map_err(|e| e.to_string())?;
        }
        let fill = ShapeStyle::from(s.color).filled();
        let r = px(5.0);
        let result = match s.marker {
            Marker::Circle => chart.draw_series(points.iter().map(|&p| Circle::new(p, r, fill))).map(|_| ()),
            Marker::Triangle => {
                chart.draw_series(points.iter().map(|&p| TriangleMarker::new(p, r + px(1.0), fill))).map(|_| ())
            }
            Marker::Square => chart
                .draw_series(points.iter().map(|&p| EmptyElement::at(p) + Rectangle::new([(-r, -r), (r, r)], fill)))
                .map(|_| ()),
            Marker::None => Ok(()),
        };
        result.map_err(|e| e.to_string())?;
    }
    root.present().map_err(|e| e.to_string())
}

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub data: ChartData,
    pub lang: Lang,
    /// Accessible summary of what the chart shows.
    pub summary: AttrValue,
}

/// A canvas that redraws when its data, the language or the window size change.
#[function_component(CompletionChart)]
pub fn completion_chart(props: &ChartProps) -> Html {
    let canvas = use_node_ref();
    let resized = use_state(|| 0u32);
    {
        let resized = resized.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .map(|w| EventListener::new(&w, "resize", move |_| resized.set(resized.wrapping_add(1))));
            move || drop(listener)
        });
    }
    let error = use_state(|| None::<String>);
    {
        let canvas = canvas.clone();
        let error = error.clone();
        use_effect_with((props.data.clone(), props.lang, *resized), move |(data, lang, _)| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                let result = draw(&c, data, *lang).err();
                if *error != result {
                    error.set(result);
                }
            }
        });
    }
    html! {
        <>
            <canvas ref={canvas} class="chart" role="img" aria-label={props.summary.clone()}></canvas>
            if let Some(e) = &*error { <p class="error">{ e }</p> }
        </>
    }
}
