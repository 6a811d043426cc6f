//! Money per strand per year: the three pots split by their allocations, the
//! policy levers' costs taken from the ordinary funds first.
//! Equations in docs/MODEL.md ("Money").

use serde::Serialize;
use urs_inputs::params::PolicyLever;
use urs_inputs::scenario::{Levers, Scenario};

/// What the policy levers cost in one year, bn yuan; nothing below their
/// built-in value. The same every year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct PolicyCostYear {
    /// Residence permit + points reform: extra settled residents × public cost each.
    pub hukou_bn: f64,
    /// Effort on closing public-service gaps above (or below) the pace so far.
    pub standards_bn: f64,
    /// County-town capacity above (or below) today's.
    pub county_bn: f64,
}

impl PolicyCostYear {
    /// What one lever costs.
    pub fn of(&self, lever: PolicyLever) -> f64 {
        match lever {
            PolicyLever::HukouReform => self.hukou_bn,
            PolicyLever::StandardsEffort => self.standards_bn,
            PolicyLever::CountyCapacity => self.county_bn,
        }
    }

    pub fn total_bn(&self) -> f64 {
        self.hukou_bn + self.standards_bn + self.county_bn
    }
}

/// The policy levers' costs in a year. The settling cost uses the
/// resident–registered gap at the starting point, not the projected one, so
/// the cost of a reform pace does not depend on how the money is split (no
/// loop from allocation back to cost); as the gap narrows it overstates the
/// cost, by up to about 75 % in 2030 at reform pace 2.
pub fn policy_costs(scenario: &Scenario) -> PolicyCostYear {
    let l = &scenario.levers;
    let c = &scenario.assumptions.costs;
    let start = &scenario.start;
    let conversion = scenario.assumptions.outcomes.hukou_conversion_rate;
    // Residents settled a year = conversion × reform pace × (resident −
    // registered) × population; what costs money is the extra over pace 1.
    let gap = (start.urbanization - start.registered_urbanization).max(0.0);
    let extra_settled_m = conversion * (l.hukou_reform - 1.0) * gap * start.population_m;
    // A lever below its built-in value saves nothing for the projects: that
    // money sits in other budgets (schools, social security), so doing less
    // reform never buys more investment.
    PolicyCostYear {
        // 1 million people × 10,000 yuan = 10 bn yuan.
        hukou_bn: (extra_settled_m * c.settlement_cost_wan * 10.0).max(0.0),
        standards_bn: ((l.standards_effort - 1.0) * c.standards_spending_bn).max(0.0),
        county_bn: ((l.county_capacity - 1.0) * c.county_spending_bn).max(0.0),
    }
}

/// Money reaching each strand from the three pots in year `t` (0 = the
/// reported year) before policy costs and carry-over, bn yuan.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PotMoney {
    pub ordinary_bn: [f64; 3],
    pub special_bn: [f64; 3],
    pub credit_bn: [f64; 3],
}

/// Share of year `t` the special funds run: 1 while t + 1 ≤ n, the fraction
/// in the year they end (2.5 years = half the third year), 0 after. Continuous
/// in n, so 2.01 years is not 3.
pub fn special_funds_fraction(years: f64, t: usize) -> f64 {
    (years - t as f64).clamp(0.0, 1.0)
}

/// The year's money from the three pots, with `policy_cost_bn` paid out of
/// the ordinary funds before they are split (never below zero).
pub fn pot_money(levers: &Levers, t: usize, policy_cost_bn: f64) -> PotMoney {
    let ordinary = (levers.plan_funds_bn * levers.plan_growth_factor(t) - policy_cost_bn).max(0.0);
    let special = levers.special_funds_bn * special_funds_fraction(levers.special_funds_years, t);
    let credit = levers.credit_bn * levers.credit_take_up;
    let (a, b, c) =
        (levers.plan_allocation.as_array(), levers.special_allocation.as_array(), levers.credit_allocation.as_array());
    PotMoney {
        ordinary_bn: a.map(|x| x * ordinary),
        special_bn: b.map(|x| x * special),
        credit_bn: c.map(|x| x * credit),
    }
}

impl PotMoney {
    pub fn total(&self) -> [f64; 3] {
        std::array::from_fn(|i| self.ordinary_bn[i] + self.special_bn[i] + self.credit_bn[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_funds_end_smoothly() {
        assert_eq!(special_funds_fraction(3.0, 2), 1.0);
        assert_eq!(special_funds_fraction(3.0, 3), 0.0);
        assert!((special_funds_fraction(2.01, 2) - 0.01).abs() < 1e-12);
        assert_eq!(special_funds_fraction(0.0, 0), 0.0);
    }
}
