//! Goal seek's answer: `seek` runs a question and says what it found — the
//! setting that meets every goal at least extra money (or least change),
//! with its cost and timing; or that the goals are out of reach within the
//! ranges and rules, with the best value each reaches, what binds and what
//! getting that close would cost. An out-of-reach answer has no setting to
//! apply: the closest point is never offered as advice.

use super::goal::Goal;
use super::projection::project;
use super::seek_binds::{binds, Bind};
use super::seek_guard::guards;
use super::seek_money::Spending;
use super::seek_rules::{Freedom, Objective, Rules};
use super::seek_search::Problem;
use super::seek_space::Space;
use serde::Serialize;
use urs_inputs::scenario::Scenario;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GoalResult {
    pub goal: Goal,
    /// Its value at the answer; out of reach, the best value found.
    pub value: f64,
    /// The projected value meets the goal; with a required probability, the
    /// share of the band's draws meeting it reaches that probability too.
    pub met: bool,
    /// Share of the band's draws that meet the goal (asked for with
    /// `seek_likely` only).
    pub probability: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Solution {
    pub met: bool,
    /// The setting that meets every goal; None when they cannot all be met
    /// within the ranges and rules (nothing to apply).
    pub scenario: Option<Scenario>,
    pub goals: Vec<GoalResult>,
    /// The goal furthest from being met (None when all are met).
    pub binding: Option<Goal>,
    /// What holds the binding goal back (empty when all are met).
    pub binds: Vec<Bind>,
    /// The answer's money against the start, in all and by year; out of
    /// reach, what getting to the best values would take.
    pub spending: Spending,
    /// The published commitments kept as they are (lever ids).
    pub kept: Vec<&'static str>,
    pub evaluations: usize,
}

impl Solution {
    /// Money over 2025–2030 beyond the start's, bn yuan.
    pub fn extra_money_bn(&self) -> f64 {
        self.spending.extra_bn
    }
}

/// Put each lever (and each pot's money) the answer moved back where it
/// started, where the answer still meets every goal inside the rules at no
/// more cost: the search's last small steps leave levers a hair off their
/// start that no goal needs.
fn tidy(problem: &Problem, mut x: Vec<f64>) -> Vec<f64> {
    let mut here = problem.eval(&x);
    for group in problem.space.groups() {
        if group.iter().all(|&i| x[i] == problem.x0[i]) {
            continue;
        }
        let mut y = x.clone();
        for &i in &group {
            y[i] = problem.x0[i];
        }
        let e = problem.eval(&y);
        if e.feasible && e.short == 0.0 && e.objective <= here.objective + 1e-9 {
            (x, here) = (y, e);
        }
    }
    x
}

/// Seek a setting of `current`'s free levers that meets `goals` under `rules`.
pub fn seek(current: &Scenario, goals: &[Goal], freedom: Freedom, objective: Objective, rules: &Rules) -> Solution {
    search(current, goals, freedom, objective, rules).0
}

/// `seek`, and the point it ended at (the answer, or the best point found).
pub(crate) fn search(
    current: &Scenario,
    goals: &[Goal],
    freedom: Freedom,
    objective: Objective,
    rules: &Rules,
) -> (Solution, Scenario) {
    let held = guards(&project(current), goals, &rules.may_worsen);
    let problem = Problem::new(current, Space::new(current, freedom, rules), goals, held, objective);
    let (x, e) = problem.solve();
    let reachable = e.short == 0.0;
    let (x, _) = if reachable {
        // The least money (or change) among the settings meeting every goal.
        problem.compass(x, |e| if e.short > 0.0 { f64::INFINITY } else { e.objective })
    } else {
        // Out of reach: the least change of money (or of the levers) that
        // still gets as close, so the stated cost is what closeness takes.
        let limit = e.short * 1.001 + 1e-9;
        problem.compass(x, |e| match (e.short > limit, objective) {
            (true, _) => f64::INFINITY,
            (false, Objective::LeastExtraMoney) => e.extra_bn.abs() / 100.0,
            (false, Objective::LeastChange) => e.objective,
        })
    };
    let x = if reachable { tidy(&problem, x) } else { x };
    let scenario = problem.scenario(&x);
    let p = project(&scenario);
    let results: Vec<GoalResult> = goals
        .iter()
        .map(|g| {
            let value = g.value(&p).unwrap_or(f64::NAN);
            GoalResult { goal: *g, value, met: value.is_finite() && g.shortfall(value) == 0.0, probability: None }
        })
        .collect();
    let met = results.iter().all(|r| r.met);
    let binding = (!met)
        .then(|| {
            results
                .iter()
                .max_by(|a, b| a.goal.shortfall(a.value).total_cmp(&b.goal.shortfall(b.value)))
                .map(|r| r.goal)
        })
        .flatten();
    let binds = binding.map(|b| binds(&problem, &x, &b, freedom, rules)).unwrap_or_default();
    let solution = Solution {
        met,
        scenario: met.then(|| scenario.clone()),
        goals: results,
        binding,
        binds,
        spending: Spending::between(current, &scenario),
        kept: rules.kept().map(|p| p.id).collect(),
        evaluations: problem.evaluations.get(),
    };
    (solution, scenario)
}
