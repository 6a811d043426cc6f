//! Text on a chart: anchored labels that record where they went, and where a
//! target's label goes so it covers the fewest data points.

use crate::style::{err, Measure, FONT};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Size of the axis and label text, css px.
pub const LABEL_PX: f64 = 15.0;

/// One piece of text as drawn, css px: the app writes these to the canvas as
/// `data-labels` for the end-to-end layout check (canvas text is not in the DOM).
#[derive(serde::Serialize, Clone, Debug, PartialEq)]
pub struct Placed {
    pub text: String,
    pub label: [f64; 4],
}

/// Draws anchored text on the root and records where it went.
pub struct Labels<'a, 'm, DB: DrawingBackend> {
    pub root: &'a DrawingArea<DB, Shift>,
    pub measure: Measure<'m>,
    /// The root's top left in backend pixels: chart coordinates are the
    /// backend's, text is drawn relative to the root.
    pub base: (i32, i32),
    /// Drawing units per label unit (the device pixel ratio × the zoom).
    pub dpr: f64,
    /// Drawing units per css pixel: `Placed` boxes are in css pixels.
    pub device: f64,
    pub placed: Vec<Placed>,
}

impl<DB: DrawingBackend> Labels<'_, '_, DB> {
    /// The width of `text` as drawn, drawing units.
    pub fn width(&self, text: &str) -> f64 {
        (self.measure)(text, (LABEL_PX * self.dpr).round(), false)
    }

    fn local(&self, at: (i32, i32)) -> (i32, i32) {
        (at.0 - self.base.0, at.1 - self.base.1)
    }

    /// `draw` over a white veil: a target's label crossing published points
    /// (on a narrow chart there is no room beside them) stays readable.
    pub fn draw_veiled(&mut self, text: String, at: (i32, i32), color: RGBColor, h: HPos) -> Result<(), String> {
        let (w, line_h) = (self.width(&text).round() as i32, (LABEL_PX * 1.2 * self.dpr).round() as i32);
        let left = match h {
            HPos::Left => at.0,
            HPos::Center => at.0 - w / 2,
            HPos::Right => at.0 - w,
        };
        let (l, t) = self.local((left, at.1));
        let veil = Rectangle::new([(l - 2, t), (l + w + 2, t + line_h)], WHITE.mix(0.8).filled());
        self.root.draw(&veil).map_err(err)?;
        self.draw(text, at, color, h, VPos::Top)
    }

    /// `text` anchored at `at` (backend pixels).
    pub fn draw(&mut self, text: String, at: (i32, i32), color: RGBColor, h: HPos, v: VPos) -> Result<(), String> {
        let size = LABEL_PX * self.dpr;
        let font = FontDesc::new(FontFamily::Name(FONT), size.round(), FontStyle::Normal).color(&color);
        let local = self.local(at);
        self.root.draw(&Text::new(text.clone(), local, font.pos(Pos::new(h, v)))).map_err(err)?;
        let width = self.width(&text) / self.device;
        let height = LABEL_PX * 1.2 * self.dpr / self.device;
        let (x, y) = (f64::from(local.0) / self.device, f64::from(local.1) / self.device);
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
/// staying inside the plot; on a tie, the earlier. The last value: how many
/// points the chosen place still covers (the caller may then split the text).
pub fn place_label(
    widths: &[f64],
    at: (i32, i32),
    anchor: HPos,
    other: i32,
    points: &[(i32, i32)],
    (plot_top, plot_bottom): (i32, i32),
    dpr: f64,
) -> (i32, HPos, Vec<i32>, usize) {
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
    // Inside the plot: between its top and bottom, and between the line's
    // two ends (a label slid along the line must not reach the y axis's
    // numbers or leave the chart).
    let (plot_left, plot_right) = (at.0.min(other), at.0.max(other));
    let inside = |(x, h, tops): &(i32, HPos, Vec<i32>)| {
        let across = widths.iter().all(|&w| {
            let w = w.round() as i32;
            let (left, right) = match h {
                HPos::Left => (*x, x + w),
                HPos::Center => (x - w / 2, x + w / 2),
                HPos::Right => (x - w, *x),
            };
            left >= plot_left && right <= plot_right
        });
        across && tops.iter().all(|&t| t >= plot_top && t + line_h <= plot_bottom)
    };
    let default = (at.0, anchor, split.clone());
    // Then along the line: the label slid to a quarter, half and three
    // quarters of the way to the other end, and one or two lines further off
    // it, so it finds a place clear of every point at any width (390–1920 px).
    let shifted = |tops: &Vec<i32>, by: i32| tops.iter().map(|t| t + by * line_h).collect::<Vec<i32>>();
    let mut candidates = vec![
        default.clone(),
        (at.0, anchor, all_above.clone()),
        (at.0, anchor, all_below.clone()),
        (other, flipped, all_below.clone()),
        (other, flipped, all_above.clone()),
        (other, flipped, split.clone()),
    ];
    for f in [0.25, 0.5, 0.75] {
        let x = at.0 + ((other - at.0) as f64 * f).round() as i32;
        for tops in [&all_above, &all_below, &split] {
            candidates.push((x, HPos::Center, tops.clone()));
        }
    }
    for by in [1, 2] {
        for (x, h) in [(at.0, anchor), (other, flipped)] {
            candidates.push((x, h, shifted(&all_above, -by)));
            candidates.push((x, h, shifted(&all_below, by)));
        }
        for f in [0.25, 0.5, 0.75] {
            let x = at.0 + ((other - at.0) as f64 * f).round() as i32;
            candidates.push((x, HPos::Center, shifted(&all_above, -by)));
            candidates.push((x, HPos::Center, shifted(&all_below, by)));
        }
    }
    let best = candidates.into_iter().filter(inside).min_by_key(covered).unwrap_or(default);
    let n = covered(&best);
    (best.0, best.1, best.2, n)
}
