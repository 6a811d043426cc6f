//! The spec of each chart, built from the scenario's and the baseline's
//! projections. Pure data: drawing happens in `frame`.

use super::frame::{BandArea, ChartSpec, Layer, Marker, Series, TargetLine, XAxis, YFormat};
use crate::i18n::Lang;
use crate::model::region::{INCOME_RATIO, URBANIZATION};
use crate::model::targets::{Outcome as TargetOutcome, TARGETS};
use crate::model::uncertainty::{Band, BandOutcome};
use crate::model::{Projection, STRANDS};
use crate::text::T;
use plotters::style::RGBColor;

/// Okabe–Ito colours, distinguishable with colour-blindness; every series
/// also has its own marker or dash.
pub const STRAND_COLORS: [RGBColor; 3] =
    [RGBColor(0x00, 0x72, 0xB2), RGBColor(0xD5, 0x5E, 0x00), RGBColor(0x00, 0x9E, 0x73)];
const OVERALL: RGBColor = RGBColor(0x33, 0x33, 0x33);
const PRIMARY: RGBColor = RGBColor(0x00, 0x72, 0xB2);
const SECONDARY: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
const PUBLISHED: RGBColor = RGBColor(0x55, 0x55, 0x55);
const MARKERS: [Marker; 3] = [Marker::Circle, Marker::Triangle, Marker::Square];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    Completion,
    IncomeRatio,
    Standards,
    Urbanization,
    CityGap,
    Mountain,
    Cities,
}

impl ChartKind {
    pub const ALL: [ChartKind; 7] = [
        ChartKind::Completion,
        ChartKind::IncomeRatio,
        ChartKind::Standards,
        ChartKind::Urbanization,
        ChartKind::CityGap,
        ChartKind::Mountain,
        ChartKind::Cities,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ChartKind::Completion => "completion",
            ChartKind::IncomeRatio => "income-ratio",
            ChartKind::Standards => "standards",
            ChartKind::Urbanization => "urbanization",
            ChartKind::CityGap => "city-gap",
            ChartKind::Mountain => "mountain",
            ChartKind::Cities => "cities",
        }
    }

    pub fn from_id(id: &str) -> Option<ChartKind> {
        ChartKind::ALL.into_iter().find(|k| k.id() == id)
    }

    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            ChartKind::Completion => T::ChartCompletion,
            ChartKind::IncomeRatio => T::ChartIncomeRatio,
            ChartKind::Standards => T::ChartStandards,
            ChartKind::Urbanization => T::ChartUrbanization,
            ChartKind::CityGap => T::ChartCityGap,
            ChartKind::Mountain => T::ChartMountain,
            ChartKind::Cities => T::ChartCities,
        }
        .get(lang)
    }
}

pub struct Built {
    pub spec: ChartSpec,
    pub summary: String,
    pub note: Option<&'static str>,
}

fn line(label: &str, color: RGBColor, marker: Marker, points: Vec<(f64, f64)>) -> Series {
    Series {
        label: label.to_string(),
        color,
        dashed: false,
        marker,
        points_only: false,
        layer: Layer::Scenario,
        points,
    }
}

fn baseline(label: &str, color: RGBColor, points: Vec<(f64, f64)>) -> Series {
    Series {
        label: label.to_string(),
        color,
        dashed: true,
        marker: Marker::None,
        points_only: false,
        layer: Layer::Reference,
        points,
    }
}

fn published(lang: Lang, points: Vec<(f64, f64)>) -> Series {
    Series {
        label: T::SeriesPublished.get(lang).to_string(),
        color: PUBLISHED,
        dashed: false,
        marker: Marker::Diamond,
        points_only: true,
        layer: Layer::Reference,
        points,
    }
}

/// A yearly series from the projection, optionally preceded by a start point.
fn yearly(p: &Projection, start: Option<(i32, f64)>, f: impl Fn(&crate::model::YearOutcome) -> f64) -> Vec<(f64, f64)> {
    start.into_iter().map(|(y, v)| (f64::from(y), v)).chain(p.years.iter().map(|y| (f64::from(y.year), f(y)))).collect()
}

fn target(label: T, value: f64, lang: Lang) -> TargetLine {
    TargetLine { label: label.get(lang).to_string(), value, is_target: true }
}

fn spec(x: XAxis, y: YFormat, series: Vec<Series>, targets: Vec<TargetLine>, must: &[f64]) -> ChartSpec {
    let values = series.iter().flat_map(|s| s.points.iter().map(|p| p.1));
    let (y_min, y_max, y_step) = ChartSpec::nice_range(values, must, 6.0);
    ChartSpec { x, y, y_min, y_max, y_step, series, targets, guide: None, bands: Vec::new() }
}

pub fn build(kind: ChartKind, scen: &Projection, base: &Projection, year_index: usize, lang: Lang) -> Built {
    let last_year = scen.years.last().map_or(2030, |y| y.year);
    let first_year = scen.years.first().map_or(2025, |y| y.year);
    let start_year = first_year - 1;
    match kind {
        ChartKind::Completion | ChartKind::Cities => {
            let i = year_index.min(scen.completion_by_year.len().saturating_sub(1));
            let (c, b) = (&scen.completion_by_year[i], &base.completion_by_year[i]);
            let months = |v: &[f64; 12]| (0..12).map(|m| (m as f64 + 1.0, v[m])).collect::<Vec<_>>();
            let mut series = Vec::new();
            for strand in STRANDS {
                let k = strand.index();
                series.push(baseline(strand.short(lang), STRAND_COLORS[k], months(&b.strands[k].completion_rate)));
            }
            series.push(baseline(T::Overall.get(lang), OVERALL, months(&b.overall_rate)));
            for strand in STRANDS {
                let k = strand.index();
                series.push(line(
                    strand.short(lang),
                    STRAND_COLORS[k],
                    MARKERS[k],
                    months(&c.strands[k].completion_rate),
                ));
            }
            series.push(line(T::Overall.get(lang), OVERALL, Marker::None, months(&c.overall_rate)));
            let plan = TargetLine { label: T::Plan100.get(lang).to_string(), value: 1.0, is_target: false };
            let mut s = spec(XAxis::Months, YFormat::Percent, series, vec![plan], &[0.0, 1.2]);
            s.y_min = 0.0;
            if i == 0 {
                s.guide = Some((f64::from(c.calibration_month), T::Reported.get(lang).to_string()));
            }
            let summary = STRANDS
                .iter()
                .map(|&st| format!("{} {:.1} %", st.name(lang), c.strand(st).year_end_rate() * 100.0))
                .collect::<Vec<_>>()
                .join(", ");
            Built {
                spec: s,
                summary: format!("{} {}: {summary}", c.year, T::ChartCompletion.get(lang)),
                note: Some(T::CompletionNote.get(lang)),
            }
        }
        ChartKind::IncomeRatio => {
            let start = Some((start_year, scen_start_ratio(scen)));
            let label = T::SeriesIncomeRatio.get(lang);
            let history = INCOME_RATIO.iter().map(|&(y, r)| (f64::from(y), r)).collect();
            let series = vec![
                published(lang, history),
                baseline(label, PRIMARY, yearly(base, start, |y| y.income_ratio)),
                line(label, PRIMARY, Marker::Circle, yearly(scen, start, |y| y.income_ratio)),
            ];
            let s = spec(
                XAxis::Years(2014, last_year),
                YFormat::Ratio,
                series,
                vec![target(T::TargetIncomeRatio, 1.9, lang)],
                &[1.9],
            );
            let v = scen.years.last().map_or(0.0, |y| y.income_ratio);
            Built { spec: s, summary: format!("{} {last_year}: {v:.3}", T::ChartIncomeRatio.get(lang)), note: None }
        }
        ChartKind::Standards => {
            let (ur, hk) = (T::SeriesNoUrbanRuralGap.get(lang), T::SeriesNoHukouGap.get(lang));
            let series = vec![
                baseline(ur, PRIMARY, yearly(base, None, |y| y.standards_no_urban_rural_gap)),
                baseline(hk, SECONDARY, yearly(base, None, |y| y.standards_no_hukou_gap)),
                line(ur, PRIMARY, Marker::Circle, yearly(scen, None, |y| y.standards_no_urban_rural_gap)),
                line(hk, SECONDARY, Marker::Triangle, yearly(scen, None, |y| y.standards_no_hukou_gap)),
            ];
            let total = scen.start.standards_total;
            let all = TargetLine { label: T::AllStandards.get(lang).to_string(), value: total, is_target: false };
            let mut s = spec(XAxis::Years(first_year, last_year), YFormat::Count, series, vec![all], &[total, 80.0]);
            s.y_max = s.y_max.max(105.0);
            let last = scen.years.last();
            Built {
                spec: s,
                summary: format!(
                    "{} {last_year}: {:.1} / {:.1}",
                    T::ChartStandards.get(lang),
                    last.map_or(0.0, |y| y.standards_no_urban_rural_gap),
                    last.map_or(0.0, |y| y.standards_no_hukou_gap)
                ),
                note: None,
            }
        }
        ChartKind::Urbanization => {
            let (res, reg) = (T::SeriesResident.get(lang), T::SeriesRegistered.get(lang));
            let u0 = Some((start_year, scen.start.urbanization));
            let r0 = Some((start_year, scen_start_registered(scen)));
            let history = URBANIZATION.iter().map(|&(y, u)| (f64::from(y), u)).collect();
            let series = vec![
                published(lang, history),
                baseline(res, PRIMARY, yearly(base, u0, |y| y.urbanization)),
                baseline(reg, SECONDARY, yearly(base, r0, |y| y.registered_urbanization)),
                line(res, PRIMARY, Marker::Circle, yearly(scen, u0, |y| y.urbanization)),
                line(reg, SECONDARY, Marker::Triangle, yearly(scen, r0, |y| y.registered_urbanization)),
            ];
            let s = spec(XAxis::Years(2018, last_year), YFormat::Percent, series, vec![], &[]);
            let last = scen.years.last();
            Built {
                spec: s,
                summary: format!(
                    "{} {last_year}: {:.1} % / {:.1} %",
                    T::ChartUrbanization.get(lang),
                    last.map_or(0.0, |y| y.urbanization * 100.0),
                    last.map_or(0.0, |y| y.registered_urbanization * 100.0)
                ),
                note: Some(T::RegisteredNote.get(lang)),
            }
        }
        ChartKind::CityGap => {
            let label = T::SeriesCityGap.get(lang);
            let series = vec![
                published(lang, vec![(2020.0, 1.64)]),
                baseline(label, PRIMARY, yearly(base, None, |y| y.city_income_gap)),
                line(label, PRIMARY, Marker::Circle, yearly(scen, None, |y| y.city_income_gap)),
            ];
            let s = spec(
                XAxis::Years(2020, last_year),
                YFormat::Ratio,
                series,
                vec![target(T::TargetCityGap, 1.55, lang)],
                &[1.55, 1.64],
            );
            let v = scen.years.last().map_or(0.0, |y| y.city_income_gap);
            Built {
                spec: s,
                summary: format!("{} {last_year}: {v:.3}", T::ChartCityGap.get(lang)),
                note: Some(T::CityGapNote.get(lang)),
            }
        }
        ChartKind::Mountain => {
            let label = T::SeriesMountain.get(lang);
            let start = Some((start_year, scen_start_mountain(scen)));
            let series = vec![
                baseline(label, PRIMARY, yearly(base, start, |y| y.mountain_relative_income)),
                line(label, PRIMARY, Marker::Circle, yearly(scen, start, |y| y.mountain_relative_income)),
            ];
            let s = spec(
                XAxis::Years(start_year, last_year),
                YFormat::Percent,
                series,
                vec![target(T::TargetMountain, 0.75, lang)],
                &[0.75],
            );
            let v = scen.years.last().map_or(0.0, |y| y.mountain_relative_income);
            Built {
                spec: s,
                summary: format!("{} {last_year}: {:.1} %", T::ChartMountain.get(lang), v * 100.0),
                note: Some(T::MountainNote.get(lang)),
            }
        }
    }
}

// Where each yearly line starts: the projection's starting point (2024).
fn scen_start_ratio(p: &Projection) -> f64 {
    p.start.urban_income / p.start.rural_income
}
fn scen_start_registered(p: &Projection) -> f64 {
    p.start.registered_urbanization
}
fn scen_start_mountain(p: &Projection) -> f64 {
    p.start.mountain_relative_income
}

/// Colours for compared scenarios (Okabe–Ito); each also differs in dash and marker.
pub const COMPARE_COLORS: [RGBColor; 4] =
    [RGBColor(0x00, 0x00, 0x00), RGBColor(0x00, 0x72, 0xB2), RGBColor(0xD5, 0x5E, 0x00), RGBColor(0x00, 0x9E, 0x73)];
const COMPARE_MARKERS: [Marker; 4] = [Marker::Circle, Marker::Triangle, Marker::Square, Marker::Diamond];

/// Several scenarios overlaid: one colour, dash and marker per scenario.
pub fn build_compare(kind: ChartKind, items: &[(String, &Projection)], year_index: usize, lang: Lang) -> Built {
    let style = |i: usize, label: String, points: Vec<(f64, f64)>| Series {
        label,
        color: COMPARE_COLORS[i % 4],
        dashed: i % 2 == 1,
        marker: COMPARE_MARKERS[i % 4],
        points_only: false,
        layer: Layer::Scenario,
        points,
    };
    // Two figures of one scenario: its colour and dash, a circle and a triangle.
    let pair = |i: usize, name: &str, a: (&str, Vec<(f64, f64)>), b: (&str, Vec<(f64, f64)>)| {
        let mut first = style(i, format!("{name} · {}", a.0), a.1);
        first.marker = Marker::Circle;
        let mut second = style(i, format!("{name} · {}", b.0), b.1);
        second.marker = Marker::Triangle;
        [first, second]
    };
    let first = items.first().map(|(_, p)| *p);
    let last_year = first.and_then(|p| p.years.last()).map_or(2030, |y| y.year);
    let first_year = first.and_then(|p| p.years.first()).map_or(2025, |y| y.year);
    let start_year = first_year - 1;
    let mut series = Vec::new();
    let (x, y, targets, must, title_note): (XAxis, YFormat, Vec<TargetLine>, Vec<f64>, Option<&'static str>) =
        match kind {
            ChartKind::Completion | ChartKind::Cities => {
                for (i, (name, p)) in items.iter().enumerate() {
                    let c = &p.completion_by_year[year_index.min(p.completion_by_year.len() - 1)];
                    series.push(style(i, name.clone(), (0..12).map(|m| (m as f64 + 1.0, c.overall_rate[m])).collect()));
                }
                let plan = TargetLine { label: T::Plan100.get(lang).to_string(), value: 1.0, is_target: false };
                (XAxis::Months, YFormat::Percent, vec![plan], vec![0.0, 1.2], None)
            }
            ChartKind::IncomeRatio => {
                series.push(published(lang, INCOME_RATIO.iter().map(|&(y, r)| (f64::from(y), r)).collect()));
                for (i, (name, p)) in items.iter().enumerate() {
                    let start = Some((start_year, scen_start_ratio(p)));
                    series.push(style(i, name.clone(), yearly(p, start, |y| y.income_ratio)));
                }
                (
                    XAxis::Years(2014, last_year),
                    YFormat::Ratio,
                    vec![target(T::TargetIncomeRatio, 1.9, lang)],
                    vec![1.9],
                    None,
                )
            }
            ChartKind::Standards => {
                for (i, (name, p)) in items.iter().enumerate() {
                    series.extend(pair(
                        i,
                        name,
                        (T::SeriesNoUrbanRuralGap.get(lang), yearly(p, None, |y| y.standards_no_urban_rural_gap)),
                        (T::SeriesNoHukouGap.get(lang), yearly(p, None, |y| y.standards_no_hukou_gap)),
                    ));
                }
                let total = first.map_or(101.0, |p| p.start.standards_total);
                let all = TargetLine { label: T::AllStandards.get(lang).to_string(), value: total, is_target: false };
                (XAxis::Years(first_year, last_year), YFormat::Count, vec![all], vec![total, 80.0], None)
            }
            ChartKind::Urbanization => {
                for (i, (name, p)) in items.iter().enumerate() {
                    let u0 = Some((start_year, p.start.urbanization));
                    let r0 = Some((start_year, p.start.registered_urbanization));
                    series.extend(pair(
                        i,
                        name,
                        (T::SeriesResident.get(lang), yearly(p, u0, |y| y.urbanization)),
                        (T::SeriesRegistered.get(lang), yearly(p, r0, |y| y.registered_urbanization)),
                    ));
                }
                (
                    XAxis::Years(start_year, last_year),
                    YFormat::Percent,
                    vec![],
                    vec![],
                    Some(T::RegisteredNote.get(lang)),
                )
            }
            ChartKind::CityGap => {
                series.push(published(lang, vec![(2020.0, 1.64)]));
                for (i, (name, p)) in items.iter().enumerate() {
                    series.push(style(i, name.clone(), yearly(p, None, |y| y.city_income_gap)));
                }
                (
                    XAxis::Years(2020, last_year),
                    YFormat::Ratio,
                    vec![target(T::TargetCityGap, 1.55, lang)],
                    vec![1.55, 1.64],
                    Some(T::CityGapNote.get(lang)),
                )
            }
            ChartKind::Mountain => {
                for (i, (name, p)) in items.iter().enumerate() {
                    let start = Some((start_year, scen_start_mountain(p)));
                    series.push(style(i, name.clone(), yearly(p, start, |y| y.mountain_relative_income)));
                }
                (
                    XAxis::Years(start_year, last_year),
                    YFormat::Percent,
                    vec![target(T::TargetMountain, 0.75, lang)],
                    vec![0.75],
                    Some(T::MountainNote.get(lang)),
                )
            }
        };
    let mut s = spec(x, y, series, targets, &must);
    if kind == ChartKind::Completion {
        s.y_min = 0.0;
    }
    let names = items.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(" / ");
    Built { spec: s, summary: format!("{}: {names}", kind.title(lang)), note: title_note }
}

/// The outcome a chart's band is about (its main line); None: no band.
fn band_outcome(kind: ChartKind) -> Option<BandOutcome> {
    match kind {
        ChartKind::IncomeRatio => Some(BandOutcome::IncomeRatio),
        ChartKind::Standards => Some(BandOutcome::StandardsNoUrbanRuralGap),
        ChartKind::Urbanization => Some(BandOutcome::Urbanization),
        ChartKind::CityGap => Some(BandOutcome::CityIncomeGap),
        ChartKind::Mountain => Some(BandOutcome::MountainRelativeIncome),
        ChartKind::Completion | ChartKind::Cities => None,
    }
}

/// Put the uncertainty band under the chart's main line, widen the axis to
/// hold it, and say on each target line how likely it is met.
pub fn add_band(kind: ChartKind, spec: &mut ChartSpec, band: &Band, lang: Lang) {
    let Some(outcome) = band_outcome(kind) else { return };
    let target_outcome = match outcome {
        BandOutcome::IncomeRatio => Some(TargetOutcome::IncomeRatio),
        BandOutcome::CityIncomeGap => Some(TargetOutcome::CityIncomeGap),
        BandOutcome::MountainRelativeIncome => Some(TargetOutcome::MountainRelativeIncome),
        _ => None,
    };
    let likely: Vec<String> = TARGETS
        .iter()
        .filter(|t| Some(t.outcome) == target_outcome)
        .filter_map(|t| band.probability(t.id).map(|p| format!("{:.0} %", p * 100.0)))
        .collect();
    // The label names the target years in order; the probabilities follow
    // in the same order, kept short so the line's label stays clear of the data.
    if !likely.is_empty() {
        for line in spec.targets.iter_mut().filter(|l| l.is_target) {
            line.label = format!("{} · {} {}", line.label, T::Probability.get(lang), likely.join(" / "));
        }
    }
    let q = &band.outcome(outcome).quantiles;
    let area = |lo: usize, hi: usize| -> Vec<(f64, f64, f64)> {
        band.years.iter().zip(q).map(|(y, q)| (f64::from(*y), q[lo], q[hi])).collect()
    };
    let (outer, inner) = (area(0, 4), area(1, 3));
    let values = outer.iter().flat_map(|&(_, lo, hi)| [lo, hi]);
    let (y_min, y_max, y_step) = ChartSpec::nice_range(values, &[spec.y_min, spec.y_max], 6.0);
    (spec.y_min, spec.y_max, spec.y_step) = (y_min, y_max, y_step);
    spec.bands.push(BandArea { color: PRIMARY, outer, inner });
}
