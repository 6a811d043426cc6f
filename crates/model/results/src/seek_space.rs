//! Goal seek's search space: the levers a question lets move, as numbers
//! the search steps along. A lever is scaled to its plausible range (0–1);
//! each pot is held as its money per strand (so giving one strand more
//! takes nothing from the others), scaled by the range of the pot's total.
//! The search moves along directions: one lever; one strand's money in one
//! pot (the pot's total moves, where it may); money moved from one strand
//! to another inside a pot (the total stays). Kept commitments and levers
//! the freedom does not include are not in the space: they keep their value.

use super::seek_rules::{Freedom, Rules};
use urs_inputs::allocation::Allocation;
use urs_inputs::params::{Group, Kind, ParamSpec, Role, PARAMS};
use urs_inputs::scenario::{Scenario, POTS};

/// What a coordinate is.
#[derive(Clone, Copy)]
pub enum Coord {
    /// A lever other than a pot's total or share, scaled to its range.
    Lever(&'static ParamSpec),
    /// One strand's money in one pot (`POTS` index, strand index), in units
    /// of the pot total's range.
    Money(usize, usize),
}

/// A pot's total: its lever row and whether the question lets it move.
struct PotTotal {
    row: &'static ParamSpec,
    free: bool,
    /// Its total at the start, scaled.
    start: f64,
    /// Its first money coordinate (one per strand follows).
    first: usize,
    /// Bounds of the total, scaled (the range, widened to hold the start).
    lo: f64,
    hi: f64,
}

pub struct Space {
    pub coords: Vec<Coord>,
    lo: Vec<f64>,
    hi: Vec<f64>,
    pots: Vec<PotTotal>,
    /// Sparse directions: (coordinate, weight).
    pub directions: Vec<Vec<(usize, f64)>>,
}

fn width(p: &ParamSpec) -> f64 {
    (p.max - p.min).max(1e-12)
}

/// The lever row of `pot`'s total.
fn pot_row(pot: usize) -> &'static ParamSpec {
    PARAMS.iter().find(|p| p.kind == Kind::PotTotal(POTS[pot])).expect("every pot has its total in the parameter table")
}

impl Space {
    /// The space of a question asked from `start`.
    pub fn new(start: &Scenario, freedom: Freedom, rules: &Rules) -> Space {
        let kept = |p: &ParamSpec| rules.kept().any(|c| c.id == p.id);
        let moves = |p: &ParamSpec| {
            !kept(p)
                && match freedom {
                    Freedom::SharesOnly => false,
                    Freedom::SharesAndTotals => p.group == Group::Funds,
                    Freedom::AllLevers => true,
                }
        };
        let (mut coords, mut lo, mut hi, mut directions) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for p in PARAMS.iter().filter(|p| p.role == Role::Lever && matches!(p.kind, Kind::Number | Kind::Policy(_))) {
            if moves(p) {
                let u = ((p.get)(start) - p.min) / width(p);
                directions.push(vec![(coords.len(), 1.0)]);
                coords.push(Coord::Lever(p));
                lo.push(u.min(0.0));
                hi.push(u.max(1.0));
            }
        }
        let mut pots = Vec::new();
        for k in 0..POTS.len() {
            let row = pot_row(k);
            let w = width(row);
            let total = (row.get)(start) / w;
            let free = moves(row);
            let first = coords.len();
            for strand in 0..3 {
                coords.push(Coord::Money(k, strand));
                lo.push(0.0);
                hi.push(f64::INFINITY);
                if free {
                    directions.push(vec![(first + strand, 1.0)]);
                }
            }
            for (a, b) in [(0, 1), (0, 2), (1, 2)] {
                directions.push(vec![(first + a, 1.0), (first + b, -1.0)]);
            }
            pots.push(PotTotal {
                row,
                free,
                first,
                start: total,
                lo: total.min(row.min / w),
                hi: total.max(row.max / w),
            });
        }
        Space { coords, lo, hi, pots, directions }
    }

    /// The point of `s` in this space.
    pub fn read(&self, s: &Scenario) -> Vec<f64> {
        self.coords
            .iter()
            .map(|c| match *c {
                Coord::Lever(p) => ((p.get)(s) - p.min) / width(p),
                Coord::Money(k, strand) => {
                    let row = self.pots[k].row;
                    (row.get)(s) * POTS[k].allocation(&s.levers).as_array()[strand] / width(row)
                }
            })
            .collect()
    }

    /// `base` with the levers of this space set from `x`. A pot whose money
    /// is all zero keeps its split; a pot whose total may not move keeps it.
    pub fn write(&self, x: &[f64], base: &Scenario) -> Scenario {
        let mut s = base.clone();
        let mut money = [[0.0; 3]; 3];
        for (c, &xi) in self.coords.iter().zip(x) {
            match *c {
                Coord::Lever(p) => (p.set)(&mut s, p.min + xi * width(p)),
                Coord::Money(k, strand) => money[k][strand] = xi.max(0.0) * width(self.pots[k].row),
            }
        }
        for (k, m) in money.iter().enumerate() {
            let total: f64 = m.iter().sum();
            // A total that may not move keeps its value to the last bit.
            if self.pots[k].free {
                (self.pots[k].row.set)(&mut s, total);
            }
            if total > 0.0 {
                *POTS[k].allocation_mut(&mut s.levers) = Allocation::proportional(*m);
            }
        }
        s
    }

    /// The point `t` along direction `d` from `x` (t may be negative), cut
    /// short at the first bound it meets; None when no move is left.
    pub fn step(&self, x: &[f64], d: &[(usize, f64)], t: f64) -> Option<Vec<f64>> {
        let mut reach = t.abs();
        let sign = t.signum();
        for &(i, w) in d {
            let v = w * sign;
            let room = if v > 0.0 { (self.hi[i] - x[i]) / v } else { (self.lo[i] - x[i]) / v };
            reach = reach.min(room.max(0.0));
        }
        for (k, pot) in self.pots.iter().enumerate() {
            let dsum: f64 = d.iter().filter(|(i, _)| self.pot_of(*i) == Some(k)).map(|(_, w)| w * sign).sum();
            if dsum.abs() > 1e-12 && pot.free {
                let total: f64 = (0..3).map(|s| x[self.money_index(k, s)]).sum();
                let room = if dsum > 0.0 { (pot.hi - total) / dsum } else { (pot.lo - total) / dsum };
                reach = reach.min(room.max(0.0));
            }
        }
        if reach < 1e-9 {
            return None;
        }
        let mut y = x.to_vec();
        for &(i, w) in d {
            y[i] = (y[i] + w * sign * reach).clamp(self.lo[i], self.hi[i]);
        }
        Some(y)
    }

    /// The coordinates that make one lever: a lever alone, a pot's money.
    pub fn groups(&self) -> Vec<Vec<usize>> {
        let mut out: Vec<Vec<usize>> =
            (0..self.coords.len()).filter(|&i| self.pot_of(i).is_none()).map(|i| vec![i]).collect();
        out.extend(self.pots.iter().map(|p| (p.first..p.first + 3).collect()));
        out
    }

    /// `x` brought inside the bounds: each coordinate inside its own, each
    /// pot's money scaled to a total inside its bounds (to its start total
    /// where the total may not move).
    pub fn clamp(&self, x: &[f64]) -> Vec<f64> {
        let mut y: Vec<f64> = x.iter().enumerate().map(|(i, v)| v.clamp(self.lo[i], self.hi[i])).collect();
        for pot in &self.pots {
            let idx = pot.first..pot.first + 3;
            let total: f64 = y[idx.clone()].iter().sum();
            let want = if pot.free { total.clamp(pot.lo, pot.hi) } else { pot.start };
            for i in idx {
                y[i] = if total > 0.0 { y[i] * want / total } else { want / 3.0 };
            }
        }
        y
    }

    /// `x` with lever `p` moved `by` (scaled) back from the end it is at.
    pub fn back_from_end(&self, x: &[f64], p: &ParamSpec, at_top: bool, by: f64) -> Option<Vec<f64>> {
        let back = if at_top { -by } else { by };
        if let Some(i) = self.coords.iter().position(|c| matches!(c, Coord::Lever(q) if q.id == p.id)) {
            return self.step(x, &[(i, 1.0)], back);
        }
        let pot = self.pots.iter().find(|pot| pot.row.id == p.id)?;
        let mut y = x.to_vec();
        let idx = pot.first..pot.first + 3;
        let total: f64 = y[idx.clone()].iter().sum();
        let want = (total + back).max(0.0);
        for i in idx {
            y[i] = if total > 0.0 { y[i] * want / total } else { want / 3.0 };
        }
        Some(y)
    }

    fn pot_of(&self, i: usize) -> Option<usize> {
        match self.coords[i] {
            Coord::Money(k, _) => Some(k),
            Coord::Lever(_) => None,
        }
    }

    fn money_index(&self, k: usize, strand: usize) -> usize {
        self.pots[k].first + strand
    }

    /// The levers of `x` at an end of their range, with the end (true: the
    /// top): a lever, or a pot's total where it may move.
    pub fn at_ends(&self, x: &[f64]) -> Vec<(&'static ParamSpec, bool)> {
        let mut out = Vec::new();
        for (c, &xi) in self.coords.iter().zip(x) {
            if let Coord::Lever(p) = *c {
                if xi <= 1e-9 {
                    out.push((p, false));
                } else if xi >= 1.0 - 1e-9 {
                    out.push((p, true));
                }
            }
        }
        for (k, pot) in self.pots.iter().enumerate().filter(|(_, p)| p.free) {
            let total: f64 = (0..3).map(|s| x[self.money_index(k, s)]).sum();
            let w = width(pot.row);
            if total <= pot.row.min / w + 1e-9 {
                out.push((pot.row, false));
            } else if total >= pot.row.max / w - 1e-9 {
                out.push((pot.row, true));
            }
        }
        out
    }
}
