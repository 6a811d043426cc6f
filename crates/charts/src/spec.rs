//! What a chart shows, as plain data: axes, series, target lines. Web-free,
//! so the chart descriptions (`specs.rs`) are tested natively; `draw.rs`
//! draws a `ChartSpec` on any plotters backend.

use crate::text::T;
use urs_formats::number::honest_places;

/// A colour, 8 bits per channel (plotters' `RGBColor` at drawing time).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Rgb(pub u8, pub u8, pub u8);

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Marker {
    Circle,
    Triangle,
    Square,
    Diamond,
    None,
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum XAxis {
    /// Months 1–12 of one year.
    Months,
    /// Calendar years, inclusive.
    Years(i32, i32),
}

impl XAxis {
    pub fn range(self) -> (f64, f64) {
        match self {
            XAxis::Months => (0.5, 12.5),
            XAxis::Years(a, b) => (f64::from(a) - 0.5, f64::from(b) + 0.5),
        }
    }

    pub fn ticks(self) -> Vec<f64> {
        match self {
            XAxis::Months => (1..=12).map(f64::from).collect(),
            XAxis::Years(a, b) => {
                let step = if b - a > 8 { 2 } else { 1 };
                (a..=b).filter(|y| (b - y) % step == 0).map(f64::from).collect()
            }
        }
    }

    pub fn label(self, x: f64, lang: crate::i18n::Lang) -> String {
        match self {
            XAxis::Months => format!("{}{}", x.round(), T::MonthSuffix.get(lang)),
            XAxis::Years(..) => format!("{}", x.round()),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum YFormat {
    /// A fraction shown as a whole percentage (0.591 → "59 %").
    Percent,
    /// A ratio with two decimals (1.83).
    Ratio,
    /// A count (standards).
    Count,
}

impl YFormat {
    pub fn tick(self, v: f64) -> String {
        match self {
            YFormat::Percent => format!("{:.0} %", v * 100.0),
            YFormat::Ratio => format!("{v:.2}"),
            YFormat::Count => format!("{v:.0}"),
        }
    }

    /// Value for the hover read-out: one more digit than the ticks, and more
    /// where fewer would put it on the wrong side of one of `lines` (a 1.5496
    /// next to "< 1.55" is not 1.550).
    /// Counted standards read as the KPI counts them: whole ones reached
    /// (100.9 is 100 of 101, never "100.1").
    pub fn value_near(self, v: f64, lines: &[f64]) -> String {
        if self == YFormat::Count {
            return format!("{}", v.floor());
        }
        let (scale, places, unit) = match self {
            YFormat::Percent => (100.0, 1, " %"),
            YFormat::Ratio => (1.0, 3, ""),
            YFormat::Count => (1.0, 1, ""),
        };
        let places = lines.iter().map(|t| honest_places(v * scale, t * scale, places)).max().unwrap_or(places);
        format!("{:.places$}{unit}", v * scale)
    }
}

impl ChartSpec {
    /// A point's value as read out, honest against this chart's lines.
    pub fn read_out(&self, v: f64) -> String {
        let lines: Vec<f64> = self.targets.iter().map(|t| t.value).collect();
        self.y.value_near(v, &lines)
    }
}

/// Which layer a series belongs to.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Layer {
    /// Redrawn on every lever move.
    Scenario,
    /// Baseline or published history: the back canvas.
    Reference,
}

#[derive(Clone, PartialEq, Debug)]
pub struct Series {
    pub label: String,
    pub color: Rgb,
    pub dashed: bool,
    pub marker: Marker,
    /// Draw only the markers (published history), no line.
    pub points_only: bool,
    pub layer: Layer,
    pub points: Vec<(f64, f64)>,
}

#[derive(Clone, PartialEq, Debug)]
pub struct TargetLine {
    pub label: String,
    pub value: f64,
    /// A province target (red) or a plain reference such as "plan 100 %" (grey).
    pub is_target: bool,
    /// How likely the target is met, from the band ("达成概率 52 %"): drawn
    /// under the line, so the label above stays short.
    pub likely: Option<String>,
}

/// The uncertainty band around a line: the 10–90 % and 25–75 % ranges, one
/// (x, low, high) per year. Drawn under the lines on the front canvas.
#[derive(Clone, PartialEq, Debug)]
pub struct BandArea {
    /// What the shading is, for the legend ("阴影：80 % 可能区间").
    pub label: String,
    pub color: Rgb,
    pub outer: Vec<(f64, f64, f64)>,
    pub inner: Vec<(f64, f64, f64)>,
}

#[derive(Clone, PartialEq, Debug)]
pub struct ChartSpec {
    pub x: XAxis,
    pub y: YFormat,
    pub y_min: f64,
    pub y_max: f64,
    pub y_step: f64,
    pub series: Vec<Series>,
    pub targets: Vec<TargetLine>,
    /// A vertical guide (the reporting month) with its label.
    pub guide: Option<(f64, String)>,
    /// Uncertainty bands (front canvas; they follow the worker, not the drag).
    pub bands: Vec<BandArea>,
    /// How many times larger than on the planner's screen text, margins,
    /// lines and markers are drawn (1; larger on a presentation slide).
    pub zoom: f64,
}

/// One entry of a chart's legend: a label, its colour and which samples it
/// shows (a solid line if the scenario has it, a dashed one if the baseline
/// has it, a dot for published points). The screen's HTML legend, the PNG
/// and the printed handout draw the same entries.
#[derive(Clone, PartialEq, Debug)]
pub struct LegendEntry {
    pub label: String,
    pub color: Rgb,
    pub solid: bool,
    pub dashed: bool,
    pub dot: bool,
    /// A shaded swatch: the entry is an uncertainty band.
    pub area: bool,
}

impl ChartSpec {
    /// `to`'s chart with its scenario lines and bands a fraction `t` (0–1) of
    /// the way from where they are in `from`: a slide's lines move to the
    /// next slide's. Axes, targets and the back canvas are `to`'s; a line or
    /// band with no counterpart of the same shape in `from` is `to`'s as is.
    pub fn tween(from: &ChartSpec, to: &ChartSpec, t: f64) -> ChartSpec {
        let t = t.clamp(0.0, 1.0);
        let lerp = |a: f64, b: f64| a + (b - a) * t;
        let mut out = to.clone();
        for s in out.series.iter_mut().filter(|s| s.layer == Layer::Scenario) {
            let before = from.series.iter().find(|f| {
                f.layer == Layer::Scenario
                    && f.label == s.label
                    && f.dashed == s.dashed
                    && f.points.len() == s.points.len()
            });
            if let Some(before) = before {
                for (p, q) in s.points.iter_mut().zip(&before.points) {
                    p.1 = lerp(q.1, p.1);
                }
            }
        }
        for (band, before) in out.bands.iter_mut().zip(&from.bands) {
            for (area, old) in [(&mut band.outer, &before.outer), (&mut band.inner, &before.inner)] {
                if area.len() == old.len() {
                    for (p, q) in area.iter_mut().zip(old) {
                        (p.1, p.2) = (lerp(q.1, p.1), lerp(q.2, p.2));
                    }
                }
            }
        }
        out
    }

    /// The legend: one entry per label, in the order the series come.
    pub fn legend(&self) -> Vec<LegendEntry> {
        let mut out: Vec<LegendEntry> = Vec::new();
        for s in &self.series {
            let i = match out.iter().position(|e| e.label == s.label) {
                Some(i) => i,
                None => {
                    let e = LegendEntry {
                        label: s.label.clone(),
                        color: s.color,
                        solid: false,
                        dashed: false,
                        dot: false,
                        area: false,
                    };
                    out.push(e);
                    out.len() - 1
                }
            };
            let e = &mut out[i];
            e.solid |= !s.dashed && !s.points_only;
            e.dashed |= s.dashed;
            e.dot |= s.points_only;
        }
        // Then each band: what its shading covers, told apart by its label.
        for b in &self.bands {
            if !out.iter().any(|e| e.area && e.label == b.label) {
                out.push(LegendEntry {
                    label: b.label.clone(),
                    color: b.color,
                    solid: false,
                    dashed: false,
                    dot: false,
                    area: true,
                });
            }
        }
        out
    }

    /// Whether "solid scenario, dashed baseline" holds: only outside compare
    /// mode, where the dashed lines are the baseline's (reference layer).
    pub fn has_baseline_key(&self) -> bool {
        self.series.iter().any(|s| s.dashed && s.layer == Layer::Reference)
    }

    /// Everything the back canvas depends on; the front canvas depends on the rest.
    pub fn back_key(&self) -> ChartSpec {
        ChartSpec {
            series: self.series.iter().filter(|s| s.layer == Layer::Reference).cloned().collect(),
            bands: Vec::new(),
            ..self.clone()
        }
    }

    /// Nice bounds and step for values, always containing `must` (e.g. 0 or a target).
    pub fn nice_range(values: impl Iterator<Item = f64>, must: &[f64], ticks: f64) -> (f64, f64, f64) {
        let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
        for v in values.chain(must.iter().copied()).filter(|v| v.is_finite()) {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        if !lo.is_finite() || !hi.is_finite() {
            return (0.0, 1.0, 0.2);
        }
        if hi - lo < 1e-9 {
            hi = lo + 1.0;
        }
        let raw = (hi - lo) / ticks;
        let mag = 10f64.powf(raw.log10().floor());
        let step = [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag);
        ((lo / step).floor() * step, (hi / step).ceil() * step, step)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_ranges_contain_the_values_and_the_must_have_values_on_round_steps() {
        let (lo, hi, step) = ChartSpec::nice_range([1.62, 1.83].into_iter(), &[1.9], 6.0);
        assert_eq!(step, 0.05);
        assert!(lo <= 1.62 && hi >= 1.9, "{lo}..{hi}");
        assert!(((hi - lo) / step - ((hi - lo) / step).round()).abs() < 1e-9);
        let (lo, hi, _) = ChartSpec::nice_range([0.3, 1.18].into_iter(), &[0.0, 1.2], 6.0);
        assert_eq!(lo, 0.0);
        assert!((hi - 1.2).abs() < 1e-12, "{hi}");
    }

    #[test]
    fn a_flat_or_empty_series_still_gets_a_range() {
        assert_eq!(ChartSpec::nice_range(std::iter::empty(), &[], 6.0), (0.0, 1.0, 0.2));
        let (lo, hi, _) = ChartSpec::nice_range([5.0, 5.0].into_iter(), &[], 6.0);
        assert!(lo <= 5.0 && hi > 5.0);
        let (lo, hi, _) = ChartSpec::nice_range([f64::NAN, 2.0].into_iter(), &[], 6.0);
        assert!(lo <= 2.0 && hi > 2.0);
    }

    #[test]
    fn year_axes_thin_their_ticks_to_every_other_year_when_long() {
        assert_eq!(XAxis::Years(2025, 2030).ticks().len(), 6);
        let long = XAxis::Years(2014, 2030).ticks();
        assert_eq!(long.first(), Some(&2014.0));
        assert_eq!(long.last(), Some(&2030.0));
        assert_eq!(long.len(), 9);
    }

    #[test]
    fn formats_show_what_a_planner_reads() {
        assert_eq!(YFormat::Percent.tick(0.591), "59 %");
        assert_eq!(YFormat::Percent.value_near(0.591, &[]), "59.1 %");
        assert_eq!(YFormat::Ratio.value_near(1.8, &[]), "1.800");
        assert_eq!(YFormat::Count.tick(96.7), "97");
        assert_eq!(YFormat::Ratio.value_near(1.5496, &[1.55]), "1.5496");
        assert_eq!(YFormat::Ratio.value_near(1.5496, &[1.9]), "1.550");
        assert_eq!(YFormat::Percent.value_near(0.74996, &[0.75]), "74.996 %");
        // Issue 23, item 12: counted standards read as whole ones reached, as the KPI counts them.
        assert_eq!(YFormat::Count.value_near(100.93, &[101.0]), "100");
    }
}
