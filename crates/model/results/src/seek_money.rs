//! Goal seek's money: what a setting costs year by year, what an answer
//! states (`Spending`: the extra money against the start and the years it
//! is spent in), and the plan's pace the extra money may not run behind.

use serde::{Deserialize, Serialize};
use urs_equations::completion::HORIZON_YEARS;
use urs_equations::financing::{policy_costs, pot_money};
use urs_inputs::scenario::Scenario;

/// The money of the three pots in each year of the horizon (before policy
/// costs, which are paid out of the ordinary funds): what a budget shows.
pub fn pots_by_year(s: &Scenario) -> [f64; HORIZON_YEARS] {
    std::array::from_fn(|t| pot_money(&s.levers, t, 0.0).total().iter().sum())
}

/// The money of the three pots over 2025–2030, bn yuan.
pub fn pots_bn(s: &Scenario) -> f64 {
    pots_by_year(s).iter().sum()
}

/// What "least extra money" counts in each year: the pots plus the policy
/// levers' costs. The costs are counted again on purpose: they come out of
/// the projects' money, so a policy is never free to the search (the
/// summary in words states the pots alone, `pots_bn`).
pub fn money_by_year(s: &Scenario) -> [f64; HORIZON_YEARS] {
    let costs = policy_costs(s).total_bn();
    pots_by_year(s).map(|m| m + costs)
}

/// `money_by_year` over 2025–2030, bn yuan.
pub fn money_bn(s: &Scenario) -> f64 {
    money_by_year(s).iter().sum()
}

/// An answer's cost: money beyond the start's over 2025–2030 and in each
/// year (bn yuan; negative: less).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Spending {
    pub extra_bn: f64,
    pub by_year: Vec<YearMoney>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct YearMoney {
    pub year: i32,
    pub extra_bn: f64,
}

impl Spending {
    /// `answer`'s money against `start`'s, year by year.
    pub fn between(start: &Scenario, answer: &Scenario) -> Spending {
        let (a, b) = (money_by_year(start), money_by_year(answer));
        let first = start.reported.year;
        let by_year: Vec<YearMoney> =
            (0..HORIZON_YEARS).map(|t| YearMoney { year: first + t as i32, extra_bn: b[t] - a[t] }).collect();
        Spending { extra_bn: by_year.iter().map(|y| y.extra_bn).sum(), by_year }
    }

    /// The years with extra (or less) money worth stating: more than 0.05 bn
    /// (half of the 0.1 bn, 1 亿元, an answer is shown in).
    pub fn years_spent(&self) -> impl Iterator<Item = &YearMoney> {
        self.by_year.iter().filter(|y| y.extra_bn.abs() >= 0.05)
    }
}

/// The plan's pace: the share of the horizon's planned work done by the end
/// of each year. The plan grows by `plan_growth` a year (completion.rs: each
/// year's plan is the reported one times `Levers::plan_growth_factor`), so a
/// year's share is its plan over the horizon's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pace {
    cumulative: [f64; HORIZON_YEARS],
}

impl Pace {
    /// The pace of `start`'s plan.
    pub fn of(start: &Scenario) -> Pace {
        let w: [f64; HORIZON_YEARS] = std::array::from_fn(|t| start.levers.plan_growth_factor(t));
        let total: f64 = w.iter().sum();
        let mut sum = 0.0;
        Pace {
            cumulative: w.map(|x| {
                sum += x;
                if total > 0.0 {
                    sum / total
                } else {
                    1.0
                }
            }),
        }
    }

    /// Extra money `extra` (by year, against the start) comes no later than
    /// the plan's pace: by the end of every year at least the plan's share
    /// of the total extra has come (front-loaded or on pace). The same for
    /// less money: no more of the saving taken early than the pace's share
    /// (a cut now made good later is money moved back).
    pub fn allows(&self, extra: &[f64; HORIZON_YEARS]) -> bool {
        let total: f64 = extra.iter().sum();
        let scale: f64 = extra.iter().map(|x| x.abs()).sum();
        let tolerance = 1e-9 * (1.0 + scale);
        let mut sum = 0.0;
        extra.iter().zip(&self.cumulative).all(|(x, f)| {
            sum += x;
            sum >= f * total - tolerance
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_on_the_plans_pace_or_earlier_is_allowed_later_is_not() {
        let s = Scenario::zhejiang_2025();
        let pace = Pace::of(&s);
        // More ordinary funds: every year in proportion to the plan.
        let mut more = s.clone();
        more.levers.plan_funds_bn += 20.0;
        let extra = Spending::between(&s, &more);
        let by: [f64; HORIZON_YEARS] = std::array::from_fn(|t| extra.by_year[t].extra_bn);
        assert!(pace.allows(&by));
        assert!((extra.extra_bn - by.iter().sum::<f64>()).abs() < 1e-9);
        // The same money a year earlier is allowed; flat credit too.
        assert!(pace.allows(&[10.0, 10.0, 0.0, 0.0, 0.0, 0.0]));
        assert!(pace.allows(&[5.0; HORIZON_YEARS]));
        // Faster plan growth: the money comes late.
        let mut late = s.clone();
        late.levers.plan_growth = 0.08;
        let e = Spending::between(&s, &late);
        assert!(!pace.allows(&std::array::from_fn(|t| e.by_year[t].extra_bn)));
        // A cut now made good later is money moved back, even at no cost.
        assert!(!pace.allows(&[-10.0, 0.0, 0.0, 0.0, 0.0, 10.0]));
        assert!(pace.allows(&[10.0, 0.0, 0.0, 0.0, 0.0, -10.0]));
    }
}
