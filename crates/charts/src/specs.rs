//! Each chart described once: which figures it plots (as functions of a
//! projection), its axis and format, published points, and its targets (read
//! from the province's target table). `build` turns a description and any
//! number of scenarios into a `ChartSpec`: the single view is the scenario
//! and its baseline, the compare view two to four scenarios; both use the
//! same description, so they cannot drift apart. Web-free, tested natively.

use super::spec::{BandArea, ChartSpec, Layer, Marker, Rgb, Series, TargetLine, XAxis, YFormat};
use crate::i18n::Lang;
use crate::model::region::{INCOME_RATIO, URBANIZATION};
use crate::model::uncertainty::Band;
use crate::model::{Outcome, OutcomeTargets, Projection, ReadOutcome, StartingPoint, STRANDS};
use crate::text::T;

/// Okabe–Ito colours, distinguishable with colour-blindness; every series
/// also has its own marker or dash.
pub const STRAND_COLORS: [Rgb; 3] = [Rgb(0x00, 0x72, 0xB2), Rgb(0xD5, 0x5E, 0x00), Rgb(0x00, 0x9E, 0x73)];
const OVERALL: Rgb = Rgb(0x33, 0x33, 0x33);
/// The first and second figure of a chart (e.g. resident and registered).
const FIGURE_COLORS: [Rgb; 2] = [Rgb(0x00, 0x72, 0xB2), Rgb(0xD5, 0x5E, 0x00)];
const FIGURE_MARKERS: [Marker; 2] = [Marker::Circle, Marker::Triangle];
const PUBLISHED: Rgb = Rgb(0x55, 0x55, 0x55);
/// The built-in scenario's line and the baseline's band: grey, behind the rest.
const BUILTIN: Rgb = Rgb(0x8a, 0x8a, 0x8a);
const STRAND_MARKERS: [Marker; 3] = [Marker::Circle, Marker::Triangle, Marker::Square];
/// Colours of compared scenarios; each also differs in dash and marker.
pub const COMPARE_COLORS: [Rgb; 4] =
    [Rgb(0x00, 0x00, 0x00), Rgb(0x00, 0x72, 0xB2), Rgb(0xD5, 0x5E, 0x00), Rgb(0x00, 0x9E, 0x73)];
const COMPARE_MARKERS: [Marker; 4] = [Marker::Circle, Marker::Triangle, Marker::Square, Marker::Diamond];

/// The charts a slot can show: the variant, its id (in the picker and the
/// element ids) and its title, declared once; `def()` below says what each
/// draws.
macro_rules! chart_kinds {
    ($($kind:ident => ($id:literal, $title:ident)),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum ChartKind {
            $($kind,)*
        }

        impl ChartKind {
            pub const ALL: &'static [ChartKind] = &[$(ChartKind::$kind,)*];

            pub fn id(self) -> &'static str {
                match self {
                    $(ChartKind::$kind => $id,)*
                }
            }

            pub fn title(self, lang: Lang) -> &'static str {
                match self {
                    $(ChartKind::$kind => T::$title.get(lang),)*
                }
            }
        }
    };
}

chart_kinds! {
    Completion => ("completion", ChartCompletion),
    IncomeRatio => ("income-ratio", ChartIncomeRatio),
    Standards => ("standards", ChartStandards),
    Urbanization => ("urbanization", ChartUrbanization),
    CityGap => ("city-gap", ChartCityGap),
    Mountain => ("mountain", ChartMountain),
    // Before the cities: the picker ends with the small multiples.
    Record => ("record", RecordChart),
    Cities => ("cities", ChartCities),
}

impl ChartKind {
    pub fn from_id(id: &str) -> Option<ChartKind> {
        ChartKind::ALL.iter().copied().find(|k| k.id() == id)
    }
}

/// A yearly figure: its outcome (named in the legend by the outcome table's
/// short name) and (if the line starts at the starting point when it is the
/// year before the projection) its start value.
struct Figure {
    outcome: Outcome,
    start: Option<fn(&StartingPoint) -> f64>,
}

enum Lines {
    /// Cumulative completion month by month of the chosen year: each strand
    /// and overall for one scenario, overall only when comparing.
    Monthly,
    /// One or two yearly figures per scenario.
    Yearly(&'static [Figure]),
    /// The income ratio's forecast record (record.rs): the same for every
    /// scenario, drawn once.
    Record,
}

/// A grey reference line that is not a target.
enum Reference {
    /// The plan: 100 % completion.
    Plan,
    /// All the standards there are (from the starting point).
    AllStandards,
}

/// Published (year, value) points, possibly from the starting point.
type Published = fn(&StartingPoint) -> Vec<(i32, f64)>;

struct ChartDef {
    lines: Lines,
    y: YFormat,
    /// Published history, drawn as points (also sets where the axis starts).
    published: Option<Published>,
    /// The outcome whose targets (all years) are drawn, from `TARGETS`.
    target: Option<Outcome>,
    reference: Option<Reference>,
    /// Values the axis always shows (0 %, 120 %, …).
    must: &'static [f64],
    note: Option<T>,
}

/// The description of each chart: the one place a chart is defined. `None`
/// for the city small multiples, which are not a line chart over one axis:
/// `cities.rs` draws them (and the root picks that component by kind).
fn def(kind: ChartKind) -> Option<ChartDef> {
    Some(match kind {
        ChartKind::Completion => ChartDef {
            lines: Lines::Monthly,
            y: YFormat::Percent,
            published: None,
            target: None,
            reference: Some(Reference::Plan),
            must: &[0.0, 1.2],
            note: Some(T::CompletionNote),
        },
        ChartKind::IncomeRatio => ChartDef {
            lines: Lines::Yearly(&[Figure {
                outcome: Outcome::IncomeRatio,
                start: Some(|s| s.urban_income / s.rural_income),
            }]),
            y: YFormat::Ratio,
            published: Some(|_| INCOME_RATIO.to_vec()),
            target: Some(Outcome::IncomeRatio),
            reference: None,
            must: &[],
            note: None,
        },
        ChartKind::Standards => ChartDef {
            lines: Lines::Yearly(&[
                Figure { outcome: Outcome::StandardsNoUrbanRuralGap, start: None },
                Figure { outcome: Outcome::StandardsNoHukouGap, start: None },
            ]),
            y: YFormat::Count,
            published: None,
            target: None,
            reference: Some(Reference::AllStandards),
            must: &[80.0],
            note: None,
        },
        ChartKind::Urbanization => ChartDef {
            lines: Lines::Yearly(&[
                Figure { outcome: Outcome::Urbanization, start: Some(|s| s.urbanization) },
                Figure { outcome: Outcome::RegisteredUrbanization, start: Some(|s| s.registered_urbanization) },
            ]),
            y: YFormat::Percent,
            published: Some(|_| URBANIZATION.to_vec()),
            target: None,
            reference: None,
            must: &[],
            note: Some(T::RegisteredNote),
        },
        ChartKind::CityGap => ChartDef {
            lines: Lines::Yearly(&[Figure { outcome: Outcome::CityIncomeGap, start: None }]),
            y: YFormat::Ratio,
            published: Some(|s| vec![(s.city_income_gap_year, s.city_income_gap)]),
            target: Some(Outcome::CityIncomeGap),
            reference: None,
            must: &[],
            note: Some(T::CityGapNote),
        },
        ChartKind::Mountain => ChartDef {
            lines: Lines::Yearly(&[Figure {
                outcome: Outcome::MountainRelativeIncome,
                start: Some(|s| s.mountain_relative_income),
            }]),
            y: YFormat::Percent,
            published: None,
            target: Some(Outcome::MountainRelativeIncome),
            reference: None,
            must: &[],
            note: Some(T::MountainNote),
        },
        ChartKind::Record => ChartDef {
            lines: Lines::Record,
            y: YFormat::Ratio,
            published: None,
            target: None,
            reference: None,
            must: &[],
            note: Some(T::RecordNote),
        },
        ChartKind::Cities => return None,
    })
}

/// How one scenario is drawn on a chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Role {
    /// The scenario being edited: solid, redrawn on every lever move.
    Scenario,
    /// Its baseline: dashed, on the back canvas.
    Baseline,
    /// The i-th of several compared scenarios: its own colour, dash and marker.
    Compared(usize),
    /// The built-in scenario, drawn when the assumptions were changed: the
    /// baseline then answers "what do my assumptions change", this line
    /// "what did the built-in ones say" (grey, dotted, back canvas).
    Builtin,
}

/// A scenario on a chart: its name, its projection and its role.
pub struct Shown<'a> {
    pub name: String,
    pub projection: &'a Projection,
    pub role: Role,
}

pub struct Built {
    pub spec: ChartSpec,
    pub summary: String,
    pub note: Option<&'static str>,
}

/// The look of one figure (`figure` of `figures`) of one scenario.
fn series(shown: &Shown, figure: usize, figures: usize, label: &str, points: Vec<(f64, f64)>) -> Series {
    let (color, dashed, marker, layer) = match shown.role {
        Role::Scenario => (FIGURE_COLORS[figure % 2], false, FIGURE_MARKERS[figure % 2], Layer::Scenario),
        Role::Baseline => (FIGURE_COLORS[figure % 2], true, Marker::None, Layer::Reference),
        Role::Builtin => (BUILTIN, true, Marker::None, Layer::Reference),
        Role::Compared(i) => {
            let marker = if figures > 1 { FIGURE_MARKERS[figure % 2] } else { COMPARE_MARKERS[i % 4] };
            (COMPARE_COLORS[i % 4], i % 2 == 1, marker, Layer::Scenario)
        }
    };
    let label = match shown.role {
        Role::Compared(_) if figures > 1 => format!("{} · {label}", shown.name),
        Role::Compared(_) => shown.name.clone(),
        Role::Builtin if figures > 1 => format!("{} · {label}", shown.name),
        Role::Builtin => shown.name.clone(),
        _ => label.to_string(),
    };
    Series { label, color, dashed, marker, points_only: false, layer, points }
}

/// Completion of the chosen year, month by month.
fn monthly(shown: &Shown, year_index: usize, lang: Lang) -> Vec<Series> {
    let p = shown.projection;
    let Some(c) = p.completion_by_year.get(year_index.min(p.completion_by_year.len().saturating_sub(1))) else {
        return Vec::new();
    };
    let months = |v: &[f64; 12]| (0..12).map(|m| (m as f64 + 1.0, v[m])).collect::<Vec<_>>();
    let short = Outcome::OverallCompletion.short(lang);
    let mut overall = series(shown, 0, 1, short, months(&c.overall_rate));
    // Compared scenarios and the built-in reference: the overall line only,
    // and its label says so ("基准 · 全部项目"), as the strands are not drawn.
    if let Role::Compared(_) | Role::Builtin = shown.role {
        overall.label = format!("{} · {short}", shown.name);
        return vec![overall];
    }
    let mut out: Vec<Series> = STRANDS
        .iter()
        .map(|st| {
            let k = st.index();
            let mut s = series(shown, 0, 1, Outcome::COMPLETION[k].short(lang), months(&c.strands[k].completion_rate));
            s.color = STRAND_COLORS[k];
            if !s.dashed {
                s.marker = STRAND_MARKERS[k];
            }
            s
        })
        .collect();
    out.push(Series { color: OVERALL, marker: Marker::None, ..overall });
    out
}

/// A yearly figure of one projection, from the starting point if it has one.
fn yearly(p: &Projection, f: &Figure) -> Vec<(f64, f64)> {
    // The starting point, unless it is the projection's own first year
    // (the reported year's published outcomes: history, drawn once).
    let before = p.years.first().is_none_or(|y| y.year > p.start.year);
    let start = f.start.filter(|_| before).map(|s| (f64::from(p.start.year), s(&p.start)));
    start.into_iter().chain(p.years.iter().map(|y| (f64::from(y.year), f.outcome.value(y)))).collect()
}

/// The target lines of an outcome from the target table: one line per
/// threshold, labelled with every year it applies to ("< 1.9 (2025, 2027)").
fn target_lines(outcome: Outcome, lang: Lang) -> Vec<TargetLine> {
    let mut lines: Vec<(f64, bool, Vec<i32>)> = Vec::new();
    for t in outcome.targets() {
        match lines.iter_mut().find(|l| l.0 == t.threshold && l.1 == t.below) {
            Some(l) => l.2.push(t.year),
            None => lines.push((t.threshold, t.below, vec![t.year])),
        }
    }
    lines
        .into_iter()
        .map(|(value, below, years)| {
            let shown = urs_formats::show::threshold_text(outcome, value, lang);
            let years = years.iter().map(i32::to_string).collect::<Vec<_>>().join(T::ListSeparator.get(lang));
            let years = T::InParentheses.fill(|_| vec![years.clone()]);
            TargetLine {
                label: format!("{} {} {shown}{}", T::Target.get(lang), if below { "<" } else { "≥" }, years.get(lang)),
                value,
                is_target: true,
                likely: None,
            }
        })
        .collect()
}

/// The spec of `kind` for the scenarios in `shown` (the chosen year for
/// month-by-month charts). `None` for the city small multiples (see `def`).
pub fn build(kind: ChartKind, shown: &[Shown], year_index: usize, lang: Lang) -> Option<Built> {
    let def = def(kind)?;
    let first = shown.first()?.projection;
    let last_year = first.years.last().map_or(2030, |y| y.year);
    let mut series = Vec::new();
    if let Some(published) = def.published {
        let points = published(&first.start).into_iter().map(|(y, v)| (f64::from(y), v)).collect();
        series.push(Series {
            label: T::SeriesPublished.get(lang).to_string(),
            color: PUBLISHED,
            dashed: false,
            marker: Marker::Diamond,
            points_only: true,
            layer: Layer::Reference,
            points,
        });
    }
    let x = match def.lines {
        Lines::Monthly => {
            for s in shown {
                series.extend(monthly(s, year_index, lang));
            }
            XAxis::Months
        }
        Lines::Yearly(figures) => {
            for s in shown {
                for (i, f) in figures.iter().enumerate() {
                    series.push(self::series(s, i, figures.len(), f.outcome.short(lang), yearly(s.projection, f)));
                }
            }
            // From the first point drawn: published history or the starting point.
            let from = series.iter().flat_map(|s| s.points.iter().map(|p| p.0)).fold(f64::MAX, f64::min);
            XAxis::Years(from.round() as i32, last_year)
        }
        Lines::Record => {
            series.extend(super::record::series(lang));
            let xs = series.iter().flat_map(|s| s.points.iter().map(|p| p.0));
            let (from, to) = xs.fold((f64::MAX, f64::MIN), |(a, b), x| (a.min(x), b.max(x)));
            XAxis::Years(from.round() as i32, to.round() as i32)
        }
    };
    let mut targets = def.target.map_or_else(Vec::new, |o| target_lines(o, lang));
    let mut must = def.must.to_vec();
    match def.reference {
        Some(Reference::Plan) => targets.push(TargetLine {
            label: T::Plan100.get(lang).to_string(),
            value: 1.0,
            is_target: false,
            likely: None,
        }),
        Some(Reference::AllStandards) => {
            let total = first.start.standards_total;
            let label = format!("{} {total:.0}{}", T::AllStandards.get(lang), T::StandardsUnit.get(lang));
            targets.push(TargetLine { label, value: total, is_target: false, likely: None });
            // Room above the line for its label.
            must.push(total + 4.0);
        }
        None => {}
    }
    must.extend(targets.iter().map(|t| t.value));
    let values = series.iter().flat_map(|s| s.points.iter().map(|p| p.1));
    let (y_min, y_max, y_step) = ChartSpec::nice_range(values, &must, 6.0);
    let guide = match (&def.lines, year_index) {
        (Lines::Monthly, 0) => first
            .completion_by_year
            .first()
            .map(|c| (f64::from(c.calibration_month), T::Reported.get(lang).to_string())),
        _ => None,
    };
    let spec = ChartSpec { x, y: def.y, y_min, y_max, y_step, series, targets, guide, bands: Vec::new(), zoom: 1.0 };
    // The solid-and-dashed note speaks of a baseline: only where one is drawn.
    let has_baseline = shown.iter().any(|s| s.role == Role::Baseline);
    let note = def.note.filter(|n| *n != T::CompletionNote || has_baseline).map(|n| n.get(lang));
    Some(Built { summary: summary(kind, &spec, lang), spec, note })
}

/// The accessible one-line summary: each drawn line's last value.
fn summary(kind: ChartKind, spec: &ChartSpec, lang: Lang) -> String {
    let end = match spec.x {
        XAxis::Months => T::YearEnd.get(lang).to_string(),
        XAxis::Years(_, b) => b.to_string(),
    };
    let values = spec
        .series
        .iter()
        .filter(|s| s.layer == Layer::Scenario)
        .filter_map(|s| s.points.last().map(|p| format!("{} {}", s.label, spec.read_out(p.1))))
        .collect::<Vec<_>>()
        .join(", ");
    format!("{} {end}: {values}", kind.title(lang))
}

/// The outcome a chart's band is about (its main line); None: no band.
fn band_outcome(kind: ChartKind) -> Option<Outcome> {
    match kind {
        ChartKind::IncomeRatio => Some(Outcome::IncomeRatio),
        ChartKind::Standards => Some(Outcome::StandardsNoUrbanRuralGap),
        ChartKind::Urbanization => Some(Outcome::Urbanization),
        ChartKind::CityGap => Some(Outcome::CityIncomeGap),
        ChartKind::Mountain => Some(Outcome::MountainRelativeIncome),
        ChartKind::Completion | ChartKind::Cities | ChartKind::Record => None,
    }
}

/// Whose band it is: the scenario's (blue, with the target probabilities)
/// or the baseline's (grey, asked for on request, no probabilities).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BandOf {
    Scenario,
    Baseline,
}

/// Put the uncertainty band under the chart's main line, widen the axis to
/// hold it, and for the scenario's band say on each target line how likely
/// it is met.
pub fn add_band(kind: ChartKind, spec: &mut ChartSpec, band: &Band, of: BandOf, lang: Lang) {
    let Some(outcome) = band_outcome(kind) else { return };
    if of == BandOf::Baseline {
        push_band(spec, band, outcome, BUILTIN, T::BaselineBandLegend.get(lang));
        return;
    }
    let likely: Vec<String> =
        outcome.targets().filter_map(|t| band.probability(t.id).map(|p| format!("{:.0} %", p * 100.0))).collect();
    // The label names the target years in order; the probabilities follow
    // in the same order, kept short so the line's label stays clear of the data.
    if !likely.is_empty() {
        for line in spec.targets.iter_mut().filter(|l| l.is_target) {
            line.likely = Some(format!("{} {}", T::Probability.get(lang), likely.join(" / ")));
        }
    }
    push_band(spec, band, outcome, FIGURE_COLORS[0], T::BandLegend.get(lang));
}

fn push_band(spec: &mut ChartSpec, band: &Band, outcome: Outcome, color: Rgb, label: &str) {
    let Some(q) = band.outcome(outcome).map(|b| &b.quantiles) else { return };
    let area = |lo: usize, hi: usize| -> Vec<(f64, f64, f64)> {
        band.years.iter().zip(q).map(|(y, q)| (f64::from(*y), q[lo], q[hi])).collect()
    };
    let (outer, inner) = (area(0, 4), area(1, 3));
    let values = outer.iter().flat_map(|&(_, lo, hi)| [lo, hi]);
    let (y_min, y_max, y_step) = ChartSpec::nice_range(values, &[spec.y_min, spec.y_max], 6.0);
    (spec.y_min, spec.y_max, spec.y_step) = (y_min, y_max, y_step);
    spec.bands.push(BandArea { label: label.to_string(), color, outer, inner });
}
