//! Small multiples of the 11 cities' urban–rural income ratio, 2024–2030,
//! on any plotters backend: scenario solid, baseline dashed, one shared scale
//! so cities compare. `grid` says where each panel and its two header lines
//! go. A city whose ratio was estimated (no annual figure published) is drawn
//! in grey with "估算 / estimate" under its name.

use crate::caption::{baseline_key, Legend};
use crate::grid::{self, Rect};
use crate::i18n::Lang;
use crate::model::cities::CityProjection;
use crate::model::region::{City, Provenance};
use crate::spec::{ChartSpec, LegendEntry, Rgb};
use crate::specs::{Role, COMPARE_COLORS, STRAND_COLORS};
use crate::style::{err, rgb, Measure, FONT, TEXT_COLOR};
use crate::text::T;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// A city whose ratio was estimated, not published (估算 / estimate).
const FILLED: Rgb = Rgb(0x88, 0x88, 0x88);

/// One scenario's 11 projected cities and how it is drawn (the roles of the
/// line charts: scenario solid, baseline dashed, compared in their colours).
#[derive(Clone, PartialEq, Debug)]
pub struct CityLines {
    pub name: String,
    pub role: Role,
    pub cities: Vec<CityProjection>,
}

/// What the small multiples show.
#[derive(Clone, PartialEq, Debug)]
pub struct Cities {
    pub cities: Vec<City>,
    /// The first is the one whose values the headers show; drawn on top.
    pub lines: Vec<CityLines>,
    pub start_year: i32,
    pub lang: Lang,
}

/// Where one header line was drawn, in css pixels, with the boxes of its
/// city: the app writes these to the canvas as `data-labels` so the
/// end-to-end layout test can check that no label overlaps another or leaves
/// its panel, and that each name sits over its own city's line.
#[derive(serde::Serialize, Clone, Debug, PartialEq)]
pub struct CityPlaced {
    pub city: String,
    pub text: String,
    pub label: [f64; 4],
    pub cell: [f64; 4],
    pub plot: [f64; 4],
    /// The bounding box of the scenario line as drawn.
    pub data: [f64; 4],
}

fn boxed(r: &Rect) -> [f64; 4] {
    [r.x, r.y, r.w, r.h]
}

impl Cities {
    /// The one scale every panel shares, so the cities compare at a glance.
    pub fn shared_scale(&self) -> (f64, f64) {
        let all = self
            .lines
            .iter()
            .flat_map(|l| &l.cities)
            .flat_map(|c| c.income_ratio.iter().copied().chain([c.ratio_at_start]));
        let (lo, hi, _) = ChartSpec::nice_range(all, &[], 4.0);
        (lo, hi)
    }

    /// The accessible one-line summary: each city's last value.
    pub fn summary(&self) -> String {
        let first = self.lines.first().map(|l| l.cities.as_slice()).unwrap_or_default();
        self.cities
            .iter()
            .zip(first)
            .map(|(c, s)| {
                format!("{} {:.2}", self.lang.pick(&c.zh, &c.en), s.income_ratio.last().copied().unwrap_or(0.0))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The caption's line naming the cities whose ratio is an estimate (no
    /// annual figure published): "金华、衢州、丽水的城乡收入比…估算…". None
    /// when every city's ratio was published.
    pub fn estimated_note(&self) -> Option<String> {
        let sep = self.lang.pick("、", ", ");
        let names: Vec<&str> = self
            .cities
            .iter()
            .filter(|c| c.income_ratio_provenance == Provenance::Filled)
            .map(|c| self.lang.pick(c.zh.as_str(), c.en.as_str()))
            .collect();
        (!names.is_empty()).then(|| T::CitiesEstimated.get(self.lang).replacen("{}", &names.join(sep), 1))
    }

    /// Compared: one entry per scenario; else measured and estimated, and the key.
    pub fn legend(&self) -> Legend {
        let entry = |label: String, color: Rgb, dashed: bool| LegendEntry {
            label,
            color,
            solid: !dashed,
            dashed,
            dot: false,
            area: false,
        };
        let compared: Vec<LegendEntry> = self
            .lines
            .iter()
            .filter_map(|l| match l.role {
                Role::Compared(i) => Some(entry(l.name.clone(), COMPARE_COLORS[i % 4], i % 2 == 1)),
                _ => None,
            })
            .collect();
        if !compared.is_empty() {
            return Legend { entries: compared, key: None };
        }
        let entries = vec![
            entry(T::Measured.get(self.lang).to_string(), STRAND_COLORS[0], false),
            entry(T::Filled.get(self.lang).to_string(), FILLED, false),
        ];
        Legend { entries, key: Some(baseline_key(self.lang)) }
    }

    /// The height the grid needs at `css_w` css px wide.
    pub fn height(&self, css_w: f64) -> f64 {
        grid::grid(css_w, self.cities.len()).height
    }
}

/// Draw on `root`, `css_w` css px wide at `device` drawing units per css px
/// (its height must be `Cities::height`). Returns where each header went.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    p: &Cities,
    css_w: f64,
    device: f64,
    measure: Measure,
) -> Result<Vec<CityPlaced>, String> {
    let dpr = device;
    let grid = grid::grid(css_w, p.cities.len());
    let px = |v: f64| (v * dpr).round() as i32;
    // Text width in css px at `size` css px.
    let measure = |text: &str, bold: bool, size: f64| measure(text, size * dpr, bold) / dpr;
    root.fill(&WHITE).map_err(err)?;
    let (lo, hi) = p.shared_scale();
    let years = |c: &CityProjection| {
        std::iter::once((f64::from(p.start_year), c.ratio_at_start))
            .chain(c.income_ratio.iter().enumerate().map(|(i, v)| (f64::from(p.start_year + 1 + i as i32), *v)))
            .collect::<Vec<_>>()
    };
    let first = p.lines.first().map(|l| l.cities.as_slice()).unwrap_or_default();
    let x1 = f64::from(p.start_year) + first.first().map_or(6.0, |c| c.income_ratio.len() as f64);
    let base = root.get_base_pixel();
    let mut placed = Vec::new();
    for (index, (panel, (city, scen))) in grid.panels.iter().zip(p.cities.iter().zip(first)).enumerate() {
        let filled = city.income_ratio_provenance == Provenance::Filled;
        let own = rgb(if filled { FILLED } else { STRAND_COLORS[0] });
        // Everything below is drawn on `root` in root coordinates; the plot
        // is a sub-area whose own mapping plotters applies (drawing panel-
        // relative text with canvas coordinates put each name one panel off).
        let r = panel.plot;
        let area = root.clone().shrink((px(r.x), px(r.y)), (px(r.w) as u32, px(r.h) as u32));
        let mut chart =
            ChartBuilder::on(&area).build_cartesian_2d(f64::from(p.start_year) - 0.3..x1 + 0.3, lo..hi).map_err(err)?;
        let frame = ShapeStyle::from(RGBColor(0xcc, 0xcc, 0xcc)).stroke_width(px(1.0) as u32);
        root.draw(&Rectangle::new([(px(r.x), px(r.y)), (px(r.right()), px(r.bottom()))], frame)).map_err(err)?;
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
                chart.draw_series(DashedLineSeries::new(years(c), px(6.0), px(4.0), thin)).map_err(err)?;
            } else {
                let thick = ShapeStyle::from(color).stroke_width(px(3.0) as u32);
                chart.draw_series(LineSeries::new(years(c), thick)).map_err(err)?;
            }
        }
        let scen_pts = years(scen);
        let drawn: Vec<(f64, f64)> = scen_pts
            .iter()
            .map(|pt| chart.backend_coord(pt))
            .map(|(x, y)| (f64::from(x - base.0) / dpr, f64::from(y - base.1) / dpr))
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
                .map_err(err)?;
            let label = Rect { x: line.x, y: mid - size * 0.65, w: measure(&text, bold, size), h: size * 1.3 };
            placed.push(CityPlaced {
                city: city.id.clone(),
                text,
                label: boxed(&label),
                cell: boxed(&panel.cell),
                plot: boxed(&panel.plot),
                data: boxed(&data),
            });
        }
    }
    Ok(placed)
}
