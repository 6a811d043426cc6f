//! Goal seek: the planner names targets and which levers may move; the
//! solver finds the setting, inside every lever's plausible range, that
//! meets them at least extra money (or least change from the current
//! setting). When they cannot be met it returns the closest setting it
//! found and the goal that binds. Documented in docs/MODEL.md ("Goal seek").
//!
//! Method: a penalty on each goal's shortfall plus the objective, minimised
//! by a compass (pattern) search over the free levers scaled to [0, 1], from
//! the current setting and from a few seeded starting points. Deterministic:
//! the same question gives the same answer.

pub use super::goal::Goal;
use super::projection::project;
use super::uncertainty::{for_each_draw, quantile};
use serde::{Deserialize, Serialize};
use urs_equations::financing::{policy_costs, pot_money};
use urs_inputs::allocation::Allocation;
use urs_inputs::params::{Group, Kind, ParamSpec, Role, PARAMS};
use urs_inputs::scenario::{Scenario, POTS};

/// Which levers the solver may move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Freedom {
    /// Only how each pot is split between the strands.
    SharesOnly,
    /// The splits and the money levers (totals, take-up, years, growth).
    SharesAndTotals,
    /// Every lever, the policy levers too.
    AllLevers,
}

/// What "best" means among the settings that meet the goals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Objective {
    /// Least money over 2025–2030 (the pots and the policy levers' costs).
    LeastExtraMoney,
    /// Least change from the current setting (levers scaled to their ranges).
    LeastChange,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GoalResult {
    pub goal: Goal,
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
    pub scenario: Scenario,
    pub met: bool,
    pub goals: Vec<GoalResult>,
    /// The goal furthest from being met at the closest setting (None when all are met).
    pub binding: Option<Goal>,
    /// Levers the solution left at an end of their range: what holds it back.
    pub at_bounds: Vec<&'static str>,
    /// Money over 2025–2030 beyond the current setting's, bn yuan.
    pub extra_money_bn: f64,
    pub evaluations: usize,
}

/// One free coordinate, scaled to [0, 1].
#[derive(Clone, Copy)]
enum Var {
    Lever(&'static ParamSpec),
    /// Weight of one strand in one pot (the pot's shares are its weights
    /// normalised).
    Weight(usize, usize),
}

fn free_levers(freedom: Freedom) -> Vec<Var> {
    let mut vars: Vec<Var> = PARAMS
        .iter()
        .filter(|p| p.role == Role::Lever && !matches!(p.kind, Kind::Share(..)))
        .filter(|p| match freedom {
            Freedom::SharesOnly => false,
            Freedom::SharesAndTotals => p.group == Group::Funds,
            Freedom::AllLevers => true,
        })
        .map(Var::Lever)
        .collect();
    for pot in 0..POTS.len() {
        for strand in 0..3 {
            vars.push(Var::Weight(pot, strand));
        }
    }
    vars
}

fn read(vars: &[Var], s: &Scenario) -> Vec<f64> {
    vars.iter()
        .map(|v| match *v {
            Var::Lever(p) => (((p.get)(s) - p.min) / (p.max - p.min).max(1e-12)).clamp(0.0, 1.0),
            Var::Weight(pot, strand) => POTS[pot].allocation(&s.levers).as_array()[strand],
        })
        .collect()
}

fn write(vars: &[Var], x: &[f64], base: &Scenario) -> Scenario {
    let mut s = base.clone();
    let mut weights = [[0.0; 3]; 3];
    for (v, &xi) in vars.iter().zip(x) {
        match *v {
            Var::Lever(p) => (p.set)(&mut s, p.min + xi.clamp(0.0, 1.0) * (p.max - p.min)),
            Var::Weight(pot, strand) => weights[pot][strand] = xi.clamp(0.0, 1.0),
        }
    }
    for (pot, w) in POTS.iter().zip(weights) {
        *pot.allocation_mut(&mut s.levers) = Allocation::proportional(w);
    }
    s
}

/// Compass search on the unit cube from `x`: try ± the step along each
/// coordinate in turn and move where `better` says (it keeps the score of
/// the point it accepted); halve the step when no move is taken, down to
/// 1/1024.
fn compass(mut x: Vec<f64>, mut better: impl FnMut(&[f64]) -> bool) -> Vec<f64> {
    let mut step = 0.25;
    while step > 1.0 / 1024.0 {
        let mut moved = false;
        for i in 0..x.len() {
            for dir in [1.0, -1.0] {
                let mut y = x.clone();
                y[i] = (y[i] + dir * step).clamp(0.0, 1.0);
                if y[i] != x[i] && better(&y) {
                    x = y;
                    moved = true;
                    break;
                }
            }
        }
        if !moved {
            step /= 2.0;
        }
    }
    x
}

/// The money of the three pots over 2025–2030 (before policy costs, which
/// are paid out of the ordinary funds): what a budget would show.
pub fn pots_bn(s: &Scenario) -> f64 {
    (0..urs_equations::completion::HORIZON_YEARS)
        .map(|t| pot_money(&s.levers, t, 0.0).total().iter().sum::<f64>())
        .sum()
}

/// What "least extra money" minimises: the pots plus the policy levers'
/// costs over 2025–2030. The costs are counted again on purpose: they come
/// out of the projects' money, so a policy is never free to the search
/// (the summary in words states the pots alone, `pots_bn`).
pub fn money_bn(s: &Scenario) -> f64 {
    let costs = policy_costs(s).total_bn() * urs_equations::completion::HORIZON_YEARS as f64;
    pots_bn(s) + costs
}

/// Seek a setting of `current`'s free levers that meets `goals`.
pub fn seek(current: &Scenario, goals: &[Goal], freedom: Freedom, objective: Objective) -> Solution {
    let vars = free_levers(freedom);
    let x0 = read(&vars, current);
    let money0 = money_bn(current);
    let mut evaluations = 0;
    // Penalised objective: shortfalls dominate; among settings that meet
    // every goal the objective decides.
    let mut score = |x: &[f64]| -> (f64, f64) {
        evaluations += 1;
        let s = write(&vars, x, current);
        let p = project(&s);
        let short: f64 = goals.iter().map(|g| g.value(&p).map_or(1e6, |v| g.shortfall(v)).powi(2)).sum();
        let obj = match objective {
            Objective::LeastExtraMoney => (money_bn(&s) - money0) / 100.0,
            Objective::LeastChange => x.iter().zip(&x0).map(|(a, b)| (a - b).powi(2)).sum::<f64>(),
        };
        (1e4 * short + obj, short)
    };
    let mut best_x = x0.clone();
    let (mut best, mut best_short) = score(&x0);
    let mut rng = 0x5EED_u64;
    for start in 0..5 {
        let x: Vec<f64> = if start == 0 {
            x0.clone()
        } else {
            x0.iter()
                .map(|&xi| {
                    rng = rng.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    let u = (rng >> 11) as f64 / (1u64 << 53) as f64;
                    (xi + (u - 0.5) * 0.6).clamp(0.0, 1.0)
                })
                .collect()
        };
        let (mut f, mut short) = score(&x);
        let x = compass(x, |y| {
            let (fy, sy) = score(y);
            let better = fy < f - 1e-12;
            if better {
                (f, short) = (fy, sy);
            }
            better
        });
        if f < best {
            (best_x, best, best_short) = (x, f, short);
        }
    }
    let _ = best;
    // Unreachable goals: the search above buys every last bit of shortfall
    // at any price. Second pass: keep the shortfall where it is (to 0.1 %)
    // and spend as little as possible (or change as little) getting there.
    if best_short > 0.0 {
        let limit = best_short * 1.001 + 1e-9;
        let objective_of = |(f, short): (f64, f64)| f - 1e4 * short;
        let mut obj_x = objective_of(score(&best_x));
        best_x = compass(best_x, |y| {
            let (fy, sy) = score(y);
            // The objective alone, among points no further from the goals.
            let better = sy <= limit && objective_of((fy, sy)) < obj_x - 1e-12;
            if better {
                obj_x = objective_of((fy, sy));
            }
            better
        });
    }
    let scenario = write(&vars, &best_x, current);
    let p = project(&scenario);
    let results: Vec<GoalResult> = goals
        .iter()
        .map(|g| {
            let value = g.value(&p).unwrap_or(f64::NAN);
            GoalResult { goal: *g, value, met: value.is_finite() && g.shortfall(value) == 0.0, probability: None }
        })
        .collect();
    let met = results.iter().all(|r| r.met) && best_short == 0.0;
    let binding = (!met)
        .then(|| {
            results
                .iter()
                .max_by(|a, b| a.goal.shortfall(a.value).total_cmp(&b.goal.shortfall(b.value)))
                .map(|r| r.goal)
        })
        .flatten();
    let at_bounds = vars
        .iter()
        .zip(&best_x)
        .filter_map(|(v, &xi)| match v {
            Var::Lever(p) if xi <= 1e-9 || xi >= 1.0 - 1e-9 => Some(p.id),
            _ => None,
        })
        .collect();
    Solution {
        extra_money_bn: money_bn(&scenario) - money0,
        scenario,
        met,
        goals: results,
        binding,
        at_bounds,
        evaluations,
    }
}

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

/// Goal seek with a probability: a setting under which every goal is met
/// in at least `likely.probability` of the band's draws. Method: solve with
/// the goals as set; at the answer, see how far the band's quantile on each
/// goal's side lies from the projected value; solve again with each goal
/// moved by that distance (a ratio goal of 1.80 becomes 1.78 if the band's
/// 80 % quantile lies 0.02 above the line); repeat up to four times while a
/// goal still falls short of the probability. Deterministic for a seed.
pub fn seek_likely(
    current: &Scenario,
    goals: &[Goal],
    freedom: Freedom,
    objective: Objective,
    likely: Likely,
) -> Solution {
    let mut adjusted = goals.to_vec();
    let mut solution = seek(current, goals, freedom, objective);
    let mut evaluations = solution.evaluations;
    let mut judged = judge(&solution.scenario, goals, likely);
    for _ in 0..4 {
        if judged.iter().all(|(p, _)| *p >= likely.probability) {
            break;
        }
        let p = project(&solution.scenario);
        for ((a, g), (_, q)) in adjusted.iter_mut().zip(goals).zip(&judged) {
            let line = g.value(&p).unwrap_or(f64::NAN);
            // The quantile's distance from the line, taken off the goal.
            let margin = q - line;
            if margin.is_finite() {
                *a = g.with_threshold(g.threshold() - margin);
            }
        }
        solution = seek(current, &adjusted, freedom, objective);
        evaluations += solution.evaluations;
        judged = judge(&solution.scenario, goals, likely);
    }
    // Reported against the goals as the planner set them.
    let p = project(&solution.scenario);
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
    solution.binding = (!solution.met)
        .then(|| {
            let p = |r: &GoalResult| r.probability.unwrap_or(0.0);
            solution.goals.iter().min_by(|a, b| p(a).total_cmp(&p(b))).map(|r| r.goal)
        })
        .flatten();
    solution.evaluations = evaluations;
    solution
}
