//! Why did an outcome move? Exact Shapley attribution of the change from the
//! baseline to the scenario over the levers the planner changed, with the
//! one-at-a-time effects beside it and the interaction remainder; and,
//! apart from it, what the changed assumptions and data did to the baseline
//! itself. Documented in docs/MODEL.md ("Attribution").
//!
//! With k changed items the scenario is run for all 2^k combinations of
//! baseline and scenario values (k ≤ `MAX_ITEMS`; beyond that, levers are
//! grouped by their panel group), so every contribution is exact and they
//! sum to the total change to rounding.

use super::projection::project;
use super::read::ReadOutcome;
use serde::Serialize;
use urs_inputs::outcome::{Outcome, OUTCOMES};
use urs_inputs::params::{Group, Kind, ParamSpec, Role, PARAMS};
use urs_inputs::scenario::{Pot, Scenario, POTS};

/// Most items attributed one by one (2^10 = 1,024 runs, about 5 ms).
pub const MAX_ITEMS: usize = 10;

/// One thing the planner changed: a lever, a pot's allocation, or (when
/// there are too many) a panel group of them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Item {
    Lever(&'static str),
    Allocation(Pot),
    Group(Group),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Contribution {
    pub item: Item,
    /// Exact Shapley value: the item's average marginal effect over every
    /// order of applying the changes.
    pub shapley: f64,
    /// The item alone on the baseline.
    pub one_at_a_time: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Attribution {
    pub outcome: Outcome,
    pub year: i32,
    /// The built-in scenario (built-in data, assumptions and levers).
    pub reference: f64,
    /// The baseline: the built-in levers with this scenario's data and
    /// assumptions. baseline − reference is what the changed assumptions did.
    pub baseline: f64,
    pub scenario: f64,
    pub contributions: Vec<Contribution>,
    /// Total change less the sum of the one-at-a-time effects: what the
    /// changes do together beyond each alone.
    pub interaction: f64,
}

impl Attribution {
    pub fn assumptions_effect(&self) -> f64 {
        self.baseline - self.reference
    }

    pub fn policy_effect(&self) -> f64 {
        self.scenario - self.baseline
    }
}

/// Every outcome, every year, for the 2^k combinations: computed once and
/// attributed for any outcome and year (`Attributions::get`).
pub struct Attributions {
    items: Vec<Item>,
    /// values[mask][outcome][year]
    values: Vec<Vec<Vec<f64>>>,
    reference: Vec<Vec<f64>>,
    years: Vec<i32>,
}

fn lever_rows() -> impl Iterator<Item = &'static ParamSpec> {
    PARAMS.iter().filter(|p| p.role == Role::Lever && !matches!(p.kind, Kind::Share(..)))
}

/// What the planner changed from the baseline.
pub fn changed_items(scenario: &Scenario) -> Vec<Item> {
    let baseline = scenario.baseline();
    let mut items: Vec<Item> =
        lever_rows().filter(|p| (p.get)(scenario) != (p.get)(&baseline)).map(|p| Item::Lever(p.id)).collect();
    items.extend(
        POTS.into_iter()
            .filter(|pot| pot.allocation(&scenario.levers) != pot.allocation(&baseline.levers))
            .map(Item::Allocation),
    );
    if items.len() > MAX_ITEMS {
        let mut groups: Vec<Group> = Vec::new();
        for item in &items {
            let group = group_of(item);
            if !groups.contains(&group) {
                groups.push(group);
            }
        }
        items = groups.into_iter().map(Item::Group).collect();
    }
    items
}

fn group_of(item: &Item) -> Group {
    match item {
        Item::Lever(id) => PARAMS.iter().find(|p| p.id == *id).map_or(Group::Funds, |p| p.group),
        Item::Allocation(_) => Group::Funds,
        Item::Group(g) => *g,
    }
}

/// Copy `item` from `from` into `to`.
fn apply(item: &Item, from: &Scenario, to: &mut Scenario) {
    match item {
        Item::Lever(id) => {
            if let Some(p) = PARAMS.iter().find(|p| p.id == *id) {
                (p.set)(to, (p.get)(from));
            }
        }
        Item::Allocation(pot) => *pot.allocation_mut(&mut to.levers) = pot.allocation(&from.levers),
        Item::Group(g) => {
            for p in lever_rows().filter(|p| p.group == *g) {
                (p.set)(to, (p.get)(from));
            }
            if *g == Group::Funds {
                for pot in POTS {
                    *pot.allocation_mut(&mut to.levers) = pot.allocation(&from.levers);
                }
            }
        }
    }
}

fn table(s: &Scenario) -> Vec<Vec<f64>> {
    let p = project(s);
    OUTCOMES.iter().map(|o| p.years.iter().map(|y| o.value(y)).collect()).collect()
}

impl Attributions {
    /// Run the 2^k combinations of `scenario`'s changes on its baseline.
    pub fn new(scenario: &Scenario) -> Attributions {
        let items = changed_items(scenario);
        let baseline = scenario.baseline();
        let values = (0..1usize << items.len())
            .map(|mask| {
                let mut s = baseline.clone();
                for (i, item) in items.iter().enumerate() {
                    if mask & (1 << i) != 0 {
                        apply(item, scenario, &mut s);
                    }
                }
                table(&s)
            })
            .collect();
        let reference = Scenario::zhejiang_2025();
        let years = project(&reference).years.iter().map(|y| y.year).collect();
        Attributions { items, values, reference: table(&reference), years }
    }

    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// The attribution of `outcome` in `year` (None: a year outside the horizon).
    pub fn get(&self, outcome: Outcome, year: i32) -> Option<Attribution> {
        let t = self.years.iter().position(|y| *y == year)?;
        let o = OUTCOMES.iter().position(|x| *x == outcome)?;
        let f = |mask: usize| self.values[mask][o][t];
        let k = self.items.len();
        let full = (1usize << k) - 1;
        let factorial = |n: usize| (1..=n).map(|x| x as f64).product::<f64>();
        let contributions: Vec<Contribution> = (0..k)
            .map(|i| {
                let bit = 1 << i;
                let shapley = (0..=full)
                    .filter(|mask| mask & bit == 0)
                    .map(|mask| {
                        let size = mask.count_ones() as usize;
                        factorial(size) * factorial(k - size - 1) / factorial(k) * (f(mask | bit) - f(mask))
                    })
                    .sum();
                Contribution { item: self.items[i].clone(), shapley, one_at_a_time: f(bit) - f(0) }
            })
            .collect();
        let total = f(full) - f(0);
        let interaction = total - contributions.iter().map(|c| c.one_at_a_time).sum::<f64>();
        Some(Attribution {
            outcome,
            year,
            reference: self.reference[o][t],
            baseline: f(0),
            scenario: f(full),
            contributions,
            interaction,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_change_means_nothing_to_attribute() {
        let a = Attributions::new(&Scenario::zhejiang_2025());
        assert!(a.items().is_empty());
        let r = a.get(Outcome::IncomeRatio, 2030).unwrap();
        assert_eq!(r.baseline, r.scenario);
        assert!(r.contributions.is_empty());
    }
}
