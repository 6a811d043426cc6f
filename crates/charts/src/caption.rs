//! What an exported chart says around itself: its title, the scenario and
//! year(s), the legend above it and the version stamp below, drawn into the
//! image. The PNG (canvas) and the SVG carry the same, from this one layout.

use crate::i18n::Lang;
use crate::spec::{ChartSpec, LegendEntry};
use crate::style::{err, rgb, Measure, FONT, TEXT_COLOR};
use crate::text::T;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The words around an exported chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Caption {
    pub title: String,
    /// The scenario's name and the year(s) shown.
    pub subtitle: String,
    /// The version stamp (`urs_formats::stamp`), at the bottom.
    pub stamp: String,
}

/// A chart's legend: its entries, then the key ("— 当前情景  ┄ 基准") when
/// solid and dashed mean scenario and baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct Legend {
    pub entries: Vec<LegendEntry>,
    pub key: Option<String>,
}

impl Legend {
    /// The legend of a line chart (the screen's HTML legend shows the same).
    pub fn of(spec: &ChartSpec, lang: Lang) -> Legend {
        Legend { entries: spec.legend(), key: spec.has_baseline_key().then(|| baseline_key(lang)) }
    }
}

/// "— 当前情景  ┄ 基准".
pub fn baseline_key(lang: Lang) -> String {
    format!("— {}  ┄ {}", T::Scenario.get(lang), T::Baseline.get(lang))
}

const PAD: f64 = 14.0;
const LEGEND_PX: f64 = 15.0;
const TITLE_PX: f64 = 20.0;
const SUBTITLE_PX: f64 = 15.0;
const STAMP_PX: f64 = 13.0;
const ROW_H: f64 = LEGEND_PX * 1.6;
/// Where the legend starts: under the title and the subtitle.
const LEGEND_TOP: f64 = PAD + 26.0 + 22.0;

/// Where everything goes, css px.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Rows of (x, entry index).
    rows: Vec<Vec<(f64, usize)>>,
    /// The chart's top; it is `body_h` high.
    pub chart_top: f64,
    pub body_h: f64,
    pub width: f64,
    /// The whole image's height.
    pub height: f64,
}

/// The samples before a label: a solid line, a dashed one, a diamond (as the
/// screen's legend), each (x offset, kind, width), and their total width.
fn samples(e: &LegendEntry) -> (Vec<(f64, u8, f64)>, f64) {
    let mut at = Vec::new();
    let mut w = 0.0;
    for (on, kind, width) in [(e.solid, 0, 24.0), (e.dashed, 1, 24.0), (e.dot, 2, 12.0), (e.area, 3, 18.0)] {
        if on {
            at.push((w, kind, width));
            w += width + 4.0;
        }
    }
    (at, w)
}

/// Lay the legend out in rows for an image `width` css px wide around a
/// chart `body_h` high (the legend's height sets the image's).
pub fn layout(legend: &Legend, width: f64, body_h: f64, measure: Measure) -> Layout {
    let mut rows: Vec<Vec<(f64, usize)>> = vec![Vec::new()];
    let mut x = PAD;
    for (i, e) in legend.entries.iter().enumerate() {
        let w = samples(e).1 + 2.0 + measure(&e.label, LEGEND_PX, false) + 18.0;
        if x + w > width - PAD && x > PAD {
            rows.push(Vec::new());
            x = PAD;
        }
        if let Some(row) = rows.last_mut() {
            row.push((x, i));
        }
        x += w;
    }
    let legend_h = ROW_H * (rows.len() + usize::from(legend.key.is_some())) as f64;
    let chart_top = LEGEND_TOP + legend_h + 6.0;
    Layout { rows, chart_top, body_h, width, height: chart_top + body_h + 30.0 }
}

/// Draw the caption around a chart on `root` (`layout.width` × `layout.height`
/// css px at `device` drawing units per css px); `body` draws the chart on
/// the area under the legend.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    caption: &Caption,
    legend: &Legend,
    layout: &Layout,
    device: f64,
    body: impl FnOnce(&DrawingArea<DB, Shift>) -> Result<(), String>,
) -> Result<(), String> {
    let px = |v: f64| (v * device).round() as i32;
    root.fill(&WHITE).map_err(err)?;
    let text = |t: &str, x: f64, y: f64, size: f64, bold: bool, color: RGBColor| -> Result<(), String> {
        let style = if bold { FontStyle::Bold } else { FontStyle::Normal };
        let font = FontDesc::new(FontFamily::Name(FONT), size * device, style).color(&color);
        root.draw(&Text::new(t.to_string(), (px(x), px(y)), font.pos(Pos::new(HPos::Left, VPos::Top)))).map_err(err)
    };
    let grey = RGBColor(0x44, 0x44, 0x44);
    text(&caption.title, PAD, PAD, TITLE_PX, true, TEXT_COLOR)?;
    text(&caption.subtitle, PAD, PAD + 28.0, SUBTITLE_PX, false, grey)?;
    for (r, row) in layout.rows.iter().enumerate() {
        let y = LEGEND_TOP + r as f64 * ROW_H;
        let mid = y + LEGEND_PX * 0.6;
        for &(x, i) in row {
            let e = &legend.entries[i];
            let color = rgb(e.color);
            let (at, width) = samples(e);
            for (dx, kind, w) in at {
                let x = x + dx;
                match kind {
                    3 => {
                        // The band's two shades, as the chart draws them.
                        let (top, bottom) = (px(mid - 6.0), px(mid + 6.0));
                        root.draw(&Rectangle::new([(px(x), top), (px(x + w), bottom)], color.mix(0.14).filled()))
                            .map_err(err)?;
                        let (top, bottom) = (px(mid - 3.0), px(mid + 3.0));
                        root.draw(&Rectangle::new([(px(x), top), (px(x + w), bottom)], color.mix(0.22).filled()))
                            .map_err(err)?;
                    }
                    2 => {
                        let (cx, r) = (x + w / 2.0, 5.0);
                        let diamond = vec![
                            (px(cx), px(mid - r)),
                            (px(cx + r), px(mid)),
                            (px(cx), px(mid + r)),
                            (px(cx - r), px(mid)),
                        ];
                        root.draw(&Polygon::new(diamond, color.filled())).map_err(err)?;
                    }
                    1 => {
                        let style = ShapeStyle::from(color).stroke_width(px(2.0) as u32);
                        let line = vec![(px(x), px(mid)), (px(x + w), px(mid))];
                        root.draw(&DashedPathElement::new(line, px(6.0), px(4.0), style)).map_err(err)?;
                    }
                    _ => {
                        let style = ShapeStyle::from(color).stroke_width(px(3.0) as u32);
                        root.draw(&PathElement::new(vec![(px(x), px(mid)), (px(x + w), px(mid))], style))
                            .map_err(err)?;
                    }
                }
            }
            text(&e.label, x + width + 2.0, y, LEGEND_PX, false, TEXT_COLOR)?;
        }
    }
    if let Some(key) = &legend.key {
        text(key, PAD, LEGEND_TOP + layout.rows.len() as f64 * ROW_H, LEGEND_PX, false, grey)?;
    }
    let area = root.clone().shrink((0, px(layout.chart_top)), (px(layout.width) as u32, px(layout.body_h) as u32));
    body(&area)?;
    let stamp_y = layout.chart_top + layout.body_h + 8.0;
    text(&caption.stamp, PAD, stamp_y, STAMP_PX, false, RGBColor(0x55, 0x55, 0x55))
}
