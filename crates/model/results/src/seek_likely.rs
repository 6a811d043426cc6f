//! Goal seek with a probability: a setting under which every goal is met
//! in at least a share of the band's draws (docs/MODEL.md, "Goal seek").

use super::goal::Goal;
use super::projection::project;
use super::seek::{search, GoalResult, Solution};
use super::seek_rules::{Freedom, Objective, Rules};
use super::uncertainty::{for_each_draw, quantile};
use serde::{Deserialize, Serialize};
use urs_inputs::scenario::Scenario;

/// A probability the goals must be met with, and the draws that judge it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Likely {
    /// 0–1: the share of the band's draws that must meet every goal, each
    /// on its own (e.g. 0.8: "met in at least 80 % of the draws").
    pub probability: f64,
    pub draws: usize,
    pub seed: u64,
}

/// For each goal, at `scenario`: the share of draws meeting it and the value
/// its outcome reaches in the `likely.probability` share of draws (the
/// quantile on the goal's side).
fn judge(scenario: &Scenario, goals: &[Goal], likely: Likely) -> Vec<(f64, f64)> {
    let mut values = vec![Vec::with_capacity(likely.draws); goals.len()];
    for_each_draw(scenario, likely.draws, likely.seed, 1.0, |years| {
        for (g, v) in goals.iter().zip(values.iter_mut()) {
            v.push(g.value_in(years).unwrap_or(f64::NAN));
        }
    });
    goals
        .iter()
        .zip(values)
        .map(|(g, mut v)| {
            let met = v.iter().filter(|x| x.is_finite() && g.shortfall(**x) == 0.0).count();
            v.sort_unstable_by(f64::total_cmp);
            let q = if g.at_most() { likely.probability } else { 1.0 - likely.probability };
            (met as f64 / v.len().max(1) as f64, quantile(&v, q))
        })
        .collect()
}

/// Goal seek with a probability. Method: solve with the goals as set; at
/// the answer, see how far the band's quantile on each goal's side lies from
/// the projected value; solve again with each goal moved by that distance (a
/// ratio goal of 1.80 becomes 1.78 if the band's 80 % quantile lies 0.02
/// above the line); repeat up to four times while a goal still falls short
/// of the probability. Out of reach (on the line, or with the probability),
/// there is no setting to apply: the goals report the best line value and
/// chance found. Deterministic for a seed.
pub fn seek_likely(
    current: &Scenario,
    goals: &[Goal],
    freedom: Freedom,
    objective: Objective,
    rules: &Rules,
    likely: Likely,
) -> Solution {
    let mut adjusted = goals.to_vec();
    let (mut solution, mut point) = search(current, goals, freedom, objective, rules);
    let mut evaluations = solution.evaluations;
    let mut judged = judge(&point, goals, likely);
    for _ in 0..4 {
        if !solution.met || judged.iter().all(|(p, _)| *p >= likely.probability) {
            break;
        }
        let p = project(&point);
        for ((a, g), (_, q)) in adjusted.iter_mut().zip(goals).zip(&judged) {
            let line = g.value(&p).unwrap_or(f64::NAN);
            // The quantile's distance from the line, taken off the goal.
            let margin = q - line;
            if margin.is_finite() {
                *a = g.with_threshold(g.threshold() - margin);
            }
        }
        (solution, point) = search(current, &adjusted, freedom, objective, rules);
        evaluations += solution.evaluations;
        judged = judge(&point, goals, likely);
    }
    // Reported against the goals as the planner set them.
    let p = project(&point);
    let on_line = solution.met;
    solution.goals = goals
        .iter()
        .zip(&judged)
        .map(|(g, (probability, _))| {
            let value = g.value(&p).unwrap_or(f64::NAN);
            let met = value.is_finite() && g.shortfall(value) == 0.0 && *probability >= likely.probability;
            GoalResult { goal: *g, value, met, probability: Some(*probability) }
        })
        .collect();
    solution.met = solution.goals.iter().all(|r| r.met);
    // A point met with the chance is the answer, even when the last search
    // (for goals moved by the band's margin) fell short of its own goals.
    solution.scenario = solution.met.then(|| point.clone());
    if solution.met {
        solution.binding = None;
        solution.binds.clear();
    } else {
        if on_line {
            // Met on the line but not with the chance: the goal with the
            // lowest chance binds.
            let p = |r: &GoalResult| r.probability.unwrap_or(0.0);
            solution.binding = solution.goals.iter().min_by(|a, b| p(a).total_cmp(&p(b))).map(|r| r.goal);
        } else {
            // Out of reach on the line: the search's binding goal, as the planner set it.
            let i = adjusted.iter().position(|a| Some(*a) == solution.binding);
            solution.binding = i.map(|i| goals[i]).or(solution.binding);
        }
    }
    solution.evaluations = evaluations;
    solution
}
