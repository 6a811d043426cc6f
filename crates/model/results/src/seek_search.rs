//! Goal seek's search: a question as a problem over its space (`Problem`),
//! what a point scores, and the compass (pattern) search that moves along
//! the space's directions, keeping every point it accepts inside the
//! ranges, the guards and the plan's pace. Deterministic.

use super::goal::Goal;
use super::projection::{project, Projection};
use super::seek_guard::{broken, Guard};
use super::seek_money::{money_by_year, Pace};
use super::seek_rules::Objective;
use super::seek_space::Space;
use std::cell::{Cell, RefCell};
use urs_equations::completion::HORIZON_YEARS;
use urs_inputs::scenario::Scenario;

/// A question over a space, from a start.
pub struct Problem<'a> {
    pub start: &'a Scenario,
    pub space: Space,
    pub goals: &'a [Goal],
    pub guards: Vec<Guard>,
    /// The plan's pace the extra money must keep (None: not held).
    pub pace: Option<Pace>,
    pub objective: Objective,
    /// Where the search starts, in the space.
    pub x0: Vec<f64>,
    money0: [f64; HORIZON_YEARS],
    /// Projections run.
    pub evaluations: Cell<usize>,
    /// How often each guard, and the pace, turned away a point that scored
    /// better: the constraints worth asking about when a goal is out of reach.
    pub blocked_guards: RefCell<Vec<usize>>,
    pub blocked_pace: Cell<usize>,
}

/// A point's score.
#[derive(Clone, Debug)]
pub struct Eval {
    /// Σ shortfall², each in units of its goal's scale.
    pub short: f64,
    /// The objective: extra money (in 100 bn) or the change (squared, scaled).
    pub objective: f64,
    /// The extra money, bn yuan.
    pub extra_bn: f64,
    /// Inside the guards and the pace.
    pub feasible: bool,
    /// The guards it breaks.
    guards: Vec<usize>,
    pace_broken: bool,
}

impl Eval {
    /// The penalised score: shortfalls first, then the objective.
    pub fn penalised(&self) -> f64 {
        1e4 * self.short + self.objective
    }
}

impl<'a> Problem<'a> {
    pub fn new(start: &'a Scenario, space: Space, goals: &'a [Goal], guards: Vec<Guard>, objective: Objective) -> Self {
        let x0 = space.read(start);
        let n = guards.len();
        Problem {
            start,
            space,
            goals,
            guards,
            pace: Some(Pace::of(start)),
            objective,
            x0,
            money0: money_by_year(start),
            evaluations: Cell::new(0),
            blocked_guards: RefCell::new(vec![0; n]),
            blocked_pace: Cell::new(0),
        }
    }

    pub fn scenario(&self, x: &[f64]) -> Scenario {
        self.space.write(x, self.start)
    }

    /// Σ shortfall² of the goals in a projection.
    pub fn short_of(&self, p: &Projection) -> f64 {
        self.goals.iter().map(|g| g.value(p).map_or(1e6, |v| g.shortfall(v)).powi(2)).sum()
    }

    pub fn eval(&self, x: &[f64]) -> Eval {
        self.evaluations.set(self.evaluations.get() + 1);
        let s = self.scenario(x);
        let p = project(&s);
        let money = money_by_year(&s);
        let extra: [f64; HORIZON_YEARS] = std::array::from_fn(|t| money[t] - self.money0[t]);
        let extra_bn: f64 = extra.iter().sum();
        let objective = match self.objective {
            Objective::LeastExtraMoney => extra_bn / 100.0,
            Objective::LeastChange => x.iter().zip(&self.x0).map(|(a, b)| (a - b).powi(2)).sum(),
        };
        let guards = broken(&self.guards, &p);
        let pace_broken = self.pace.is_some_and(|pace| !pace.allows(&extra));
        let feasible = guards.is_empty() && !pace_broken;
        Eval { short: self.short_of(&p), objective, extra_bn, feasible, guards, pace_broken }
    }

    /// Note what turned `e` away, when it scored better than `than`.
    fn note_blocked(&self, e: &Eval, better: bool) {
        if !better {
            return;
        }
        for &g in &e.guards {
            self.blocked_guards.borrow_mut()[g] += 1;
        }
        if e.pace_broken {
            self.blocked_pace.set(self.blocked_pace.get() + 1);
        }
    }

    /// Compass search from `x`: along each direction in turn, ± the step,
    /// move to the first point `key` ranks lower (among feasible points);
    /// halve the step when no move is taken, from 0.25 down to 1/1024.
    pub fn compass(&self, mut x: Vec<f64>, key: impl Fn(&Eval) -> f64) -> (Vec<f64>, Eval) {
        let mut here = self.eval(&x);
        let mut k = key(&here);
        let mut step = 0.25;
        while step > 1.0 / 1024.0 {
            let mut moved = false;
            for d in &self.space.directions {
                for t in [step, -step] {
                    let Some(y) = self.space.step(&x, d, t) else { continue };
                    let e = self.eval(&y);
                    let ky = key(&e);
                    let better = ky < k - 1e-12;
                    if better && e.feasible {
                        (x, here, k) = (y, e, ky);
                        moved = true;
                        break;
                    }
                    self.note_blocked(&e, better);
                }
            }
            if !moved {
                step /= 2.0;
            }
        }
        (x, here)
    }

    /// The search: the penalised score from the start and from four seeded
    /// starts around it (each pulled back toward the start until it is
    /// feasible); then the shortfall alone from the best, so a goal met
    /// only but for a hair is met or known to be out of reach.
    pub fn solve(&self) -> (Vec<f64>, Eval) {
        let mut best = self.compass(self.x0.clone(), Eval::penalised);
        let mut rng = 0x5EED_u64;
        for _ in 0..4 {
            let r: Vec<f64> = self
                .x0
                .iter()
                .map(|_| {
                    rng = rng.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((rng >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * 0.6
                })
                .collect();
            let start = (0..4).map(|h| 0.5f64.powi(h)).find_map(|f| {
                let x: Vec<f64> = self.x0.iter().zip(&r).map(|(a, d)| a + f * d).collect();
                let x = self.space.clamp(&x);
                self.eval(&x).feasible.then_some(x)
            });
            if let Some(x) = start {
                let run = self.compass(x, Eval::penalised);
                if run.1.penalised() < best.1.penalised() {
                    best = run;
                }
            }
        }
        if best.1.short > 0.0 {
            best = self.compass(best.0, |e| e.short);
        }
        best
    }
}
