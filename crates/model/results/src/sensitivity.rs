//! What an answer depends on: the sensitivity (tornado) table of each
//! headline outcome. Every uncertain number the band draws (uncertainty.rs,
//! `drawn`: the assumptions and data with a range, the reporting month, the
//! pace profile's two half-years) is set to the low and then the high end
//! of its stated range, one at a time, everything else as in the scenario;
//! the outcome's value in the year at each end is the bar, the swing its
//! length. Sorted by swing, largest first. Of the level, or of the change
//! against the baseline (`Of::Change`: the scenario and its baseline run with
//! the same input at the same end): the returns θ, the time to build and
//! the depreciation move changes, not the baseline's level, whose trends
//! already contain the reference investment. Documented in docs/MODEL.md
//! ("Sensitivity"); `urs --tornado`, the analysis tab (app/tornado.rs).
//!
//! One at a time, so interactions are left out (the band draws them
//! together), and the ordinary funds stay as the scenario sets them (the
//! band lets them follow a drawn pace).

use super::projection::project_years;
use super::read::ReadOutcome;
use super::uncertainty::drawn;
use serde::Serialize;
use urs_equations::outcomes::YearOutcome;
use urs_inputs::i18n::Lang;
use urs_inputs::outcome::Outcome;
use urs_inputs::params::{Kind, ParamSpec, SourceKind, PARAMS};
use urs_inputs::scenario::Scenario;

/// The headline outcomes a tornado is made for, in the order shown.
pub const HEADLINE: [Outcome; 6] = [
    Outcome::IncomeRatio,
    Outcome::AverageIncome,
    Outcome::Urbanization,
    Outcome::StandardsNoUrbanRuralGap,
    Outcome::CityIncomeGap,
    Outcome::MountainRelativeIncome,
];

/// An uncertain input: one row of the parameter table, or one half-year of
/// the typical pace profile (its months move together, as in the band).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub enum Input {
    Param(&'static str),
    /// January–June (true) or July–December (false).
    Pace(bool),
}

impl Input {
    /// The parameter's row (None for a pace half-year).
    pub fn param(self) -> Option<&'static ParamSpec> {
        match self {
            Input::Param(id) => PARAMS.iter().find(|p| p.id == id),
            Input::Pace(_) => None,
        }
    }

    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Input::Param(_) => self.param().map_or("", |p| p.name(lang)),
            Input::Pace(true) => lang.pick("典型进度：1–6 月", "Typical pace: January–June"),
            Input::Pace(false) => lang.pick("典型进度：7–12 月", "Typical pace: July–December"),
        }
    }

    /// Where the number comes from (a return θ is an assumption, and says so).
    pub fn source(self) -> SourceKind {
        self.param().map_or(SourceKind::Assumption, |p| p.source)
    }

    /// Set the input at the low (false) or high (true) end of its range: the
    /// range stated in the parameter table, widened to hold the scenario's
    /// own value if that lies outside it.
    fn set(self, s: &mut Scenario, high: bool) {
        let end = |p: &ParamSpec, s: &Scenario| {
            let v = (p.get)(s);
            if high {
                p.max.max(v)
            } else {
                p.min.min(v)
            }
        };
        match self {
            Input::Param(_) => {
                if let Some(p) = self.param() {
                    let v = end(p, s);
                    (p.set)(s, v);
                }
            }
            Input::Pace(first_half) => {
                for p in pace_rows(first_half) {
                    let v = end(p, s);
                    (p.set)(s, v);
                }
            }
        }
    }

    /// The input's low and high ends in model units (a pace half-year: its
    /// last month's).
    pub fn ends(self, s: &Scenario) -> [f64; 2] {
        let row = match self {
            Input::Param(_) => self.param(),
            Input::Pace(first_half) => pace_rows(first_half).last(),
        };
        row.map_or([f64::NAN; 2], |p| {
            let v = (p.get)(s);
            [p.min.min(v), p.max.max(v)]
        })
    }
}

fn pace_rows(first_half: bool) -> impl Iterator<Item = &'static ParamSpec> {
    PARAMS.iter().filter(move |p| matches!(p.kind, Kind::PaceMonth(m) if (m < 6) == first_half))
}

/// Every uncertain input, in the parameter table's order, the pace halves last.
pub fn inputs() -> Vec<Input> {
    let mut all: Vec<Input> = PARAMS.iter().filter(|p| drawn(p)).map(|p| Input::Param(p.id)).collect();
    all.extend([Input::Pace(true), Input::Pace(false)]);
    all
}

/// One bar: the outcome with the input at the low and at the high end.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Bar {
    pub input: Input,
    pub at_low: f64,
    pub at_high: f64,
}

impl Bar {
    pub fn swing(&self) -> f64 {
        (self.at_high - self.at_low).abs()
    }
}

/// What a tornado measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Of {
    /// The outcome's value.
    Level,
    /// The outcome's change against the baseline (scenario − baseline).
    Change,
}

/// The tornado of one outcome in one year: its value (or change) in the
/// scenario and the bars, largest swing first.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tornado {
    pub outcome: Outcome,
    pub year: i32,
    pub of: Of,
    pub central: f64,
    pub bars: Vec<Bar>,
}

/// The tornadoes of `outcomes` in `year` from the same runs: two per
/// uncertain input (about 80 projections; twice that for a change). None if
/// `year` is outside the horizon.
pub fn tornadoes(scenario: &Scenario, outcomes: &[Outcome], year: i32, of: Of) -> Option<Vec<Tornado>> {
    let baseline = scenario.baseline();
    // The outcomes of a run (and of its baseline's, for a change).
    let run = |s: &Scenario, b: &Scenario| -> (Vec<YearOutcome>, Option<Vec<YearOutcome>>) {
        (project_years(s), (of == Of::Change).then(|| project_years(b)))
    };
    let central = run(scenario, &baseline);
    Outcome::IncomeRatio.in_year(&central.0, year)?;
    let runs: Vec<_> = inputs()
        .into_iter()
        .map(|input| {
            let at = |high| {
                let (mut s, mut b) = (scenario.clone(), baseline.clone());
                input.set(&mut s, high);
                input.set(&mut b, high);
                run(&s, &b)
            };
            (input, at(false), at(true))
        })
        .collect();
    let tornado = |&outcome: &Outcome| {
        let value = |(years, base): &(Vec<YearOutcome>, Option<Vec<YearOutcome>>)| {
            let v = outcome.in_year(years, year).unwrap_or(f64::NAN);
            v - base.as_ref().map_or(0.0, |b| outcome.in_year(b, year).unwrap_or(f64::NAN))
        };
        let mut bars: Vec<Bar> = runs
            .iter()
            .map(|(input, low, high)| Bar { input: *input, at_low: value(low), at_high: value(high) })
            .collect();
        // Largest swing first; equal swings keep the table's order. An
        // insertion sort: some 40 bars, and less code in the wasm than the
        // standard library's sort for one more type.
        for i in 1..bars.len() {
            let mut j = i;
            while j > 0 && bars[j - 1].swing() < bars[j].swing() {
                bars.swap(j - 1, j);
                j -= 1;
            }
        }
        Tornado { outcome, year, of, central: value(&central), bars }
    };
    Some(outcomes.iter().map(tornado).collect())
}

/// The tornado of one outcome.
pub fn tornado(scenario: &Scenario, outcome: Outcome, year: i32, of: Of) -> Option<Tornado> {
    tornadoes(scenario, &[outcome], year, of).and_then(|mut t| t.pop())
}
