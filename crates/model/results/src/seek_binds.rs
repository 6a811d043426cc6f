//! What holds an out-of-reach goal back: the levers at an end of their
//! range that push toward it, and each rule of the question that, relaxed
//! alone, would let the search get closer — a kept commitment, an outcome
//! held at its start, the plan's pace — with the value the goal would then
//! reach. Each rule is tested by searching again from the best point with
//! that rule alone lifted.

use super::goal::Goal;
use super::projection::project;
use super::seek_guard::Guard;
use super::seek_rules::{Freedom, Rules};
use super::seek_search::Problem;
use super::seek_space::Space;
use serde::Serialize;
use urs_inputs::outcome::Outcome;
use urs_inputs::scenario::Scenario;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Bind {
    /// A lever at an end of its range (`at_top`: its upper end); moving it
    /// back would take the goals further away.
    Lever { id: &'static str, at_top: bool },
    /// A published commitment kept as it is; freed, the binding goal could
    /// reach `would_reach`.
    Commitment { id: &'static str, would_reach: f64 },
    /// Outcomes not named, held at their start in the goals' years; allowed
    /// to worsen (all of them: one alone is not enough when several are
    /// listed), the binding goal could reach `would_reach`.
    Outcomes { outcomes: Vec<Outcome>, would_reach: f64 },
    /// The plan's pace (the extra money may not come later than the plan's
    /// own); lifted, the binding goal could reach `would_reach`.
    Pace { would_reach: f64 },
}

/// How much closer (in units of the goal's scale) a lifted rule must bring
/// the binding goal to count: half a shown digit of a ratio (0.0005).
const CLOSER: f64 = 0.05;

/// Guards worth a search of their own, at most (those that turned away
/// the most better points).
const MOST_GUARDS: usize = 4;

/// What binds at `best` (a point of `problem` that does not meet `binding`).
pub fn binds(problem: &Problem, best: &[f64], binding: &Goal, freedom: Freedom, rules: &Rules) -> Vec<Bind> {
    let scenario = problem.scenario(best);
    let value_at = |s: &Scenario| binding.value(&project(s)).unwrap_or(f64::NAN);
    let here = value_at(&scenario);
    let short_here = problem.short_of(&project(&scenario));
    let mut out = Vec::new();
    // Levers at an end that push toward the goals: back from the end is further.
    for (p, at_top) in problem.space.at_ends(best) {
        if let Some(y) = problem.space.back_from_end(best, p, at_top, 1.0 / 64.0) {
            if problem.short_of(&project(&problem.scenario(&y))) > short_here + 1e-12 {
                out.push(Bind::Lever { id: p.id, at_top });
            }
        }
    }
    // The binding goal's value with one rule lifted, searching from here.
    let lifted = |space: Space, guards: Vec<Guard>, pace: bool| -> Option<f64> {
        let mut relaxed = Problem::new(problem.start, space, problem.goals, guards, problem.objective);
        if !pace {
            relaxed.pace = None;
        }
        let x = relaxed.space.clamp(&relaxed.space.read(&scenario));
        let (x, _) = relaxed.compass(x, &|e| e.short);
        problem.evaluations.set(problem.evaluations.get() + relaxed.evaluations.get());
        let v = value_at(&relaxed.scenario(&x));
        (binding.shortfall(here) - binding.shortfall(v) >= CLOSER).then_some(v)
    };
    for c in rules.kept() {
        let mut freer = rules.clone();
        freer.freed.push(c.id.to_string());
        let space = Space::new(problem.start, freedom, &freer);
        if let Some(v) = lifted(space, problem.guards.clone(), problem.pace.is_some()) {
            out.push(Bind::Commitment { id: c.id, would_reach: v });
        }
    }
    let blocked = problem.blocked_guards.borrow().clone();
    let mut outcomes: Vec<(Outcome, usize)> = Vec::new();
    for (g, n) in problem.guards.iter().zip(blocked).filter(|(_, n)| *n > 0) {
        match outcomes.iter_mut().find(|(o, _)| *o == g.outcome) {
            Some((_, m)) => *m += n,
            None => outcomes.push((g.outcome, n)),
        }
    }
    // Most blocked first, a tie in the order met: an unstable sort with the
    // order as the tie-break (the same order as a stable sort, and no second
    // sort implementation in the wasm).
    let mut order: Vec<(usize, (Outcome, usize))> = outcomes.into_iter().enumerate().collect();
    order.sort_unstable_by_key(|&(i, o)| (std::cmp::Reverse(o.1), i));
    let outcomes: Vec<(Outcome, usize)> = order.into_iter().map(|(_, o)| o).collect();
    let without = |held: &[Outcome]| -> Vec<Guard> {
        problem.guards.iter().filter(|g| !held.contains(&g.outcome)).copied().collect()
    };
    let mut alone = false;
    for &(o, _) in outcomes.iter().take(MOST_GUARDS) {
        if let Some(v) = lifted(Space::new(problem.start, freedom, rules), without(&[o]), problem.pace.is_some()) {
            out.push(Bind::Outcomes { outcomes: vec![o], would_reach: v });
            alone = true;
        }
    }
    if !alone && outcomes.len() > 1 {
        let all: Vec<Outcome> = outcomes.iter().map(|(o, _)| *o).collect();
        if let Some(v) = lifted(Space::new(problem.start, freedom, rules), without(&all), problem.pace.is_some()) {
            out.push(Bind::Outcomes { outcomes: all, would_reach: v });
        }
    }
    if problem.pace.is_some() && problem.blocked_pace.get() > 0 {
        if let Some(v) = lifted(Space::new(problem.start, freedom, rules), problem.guards.clone(), false) {
            out.push(Bind::Pace { would_reach: v });
        }
    }
    out
}
