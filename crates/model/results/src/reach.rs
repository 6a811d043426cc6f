//! Which targets a lever can move at all, decided from the model: every
//! lever of the parameter table is set to each end of its plausible range
//! (the rest as built in, under the scenario's own data and assumptions),
//! and a target no such change moves is one the KPI cards and the summary
//! say no lever moves (settled by its year, or outside every lever's reach).
//! Not a hand-kept list: a new equation or a new lever changes the answer.

use super::projection::project_years;
use super::read::ReadOutcome;
use super::targets::{Target, TARGETS};
use urs_equations::outcomes::YearOutcome;
use urs_inputs::params::{Role, PARAMS};
use urs_inputs::scenario::{Levers, Scenario};

/// A change smaller than this share of a target's resolution (its published
/// last digit) is no move: far below anything a planner could see.
const NOTHING: f64 = 1e-6;

/// The ids of the province's targets that no lever moves, given the
/// scenario's data and assumptions (its levers set to the built-in ones).
/// 2 × (number of levers) projections: about 0.3 ms natively.
pub fn unmoved_targets(scenario: &Scenario) -> Vec<&'static str> {
    let mut base = scenario.clone();
    base.levers = Levers::builtin();
    let at = |years: &[YearOutcome], t: &Target| t.outcome.in_year(years, t.year);
    let reference = project_years(&base);
    let mut moved = vec![false; TARGETS.len()];
    for p in PARAMS.iter().filter(|p| p.role == Role::Lever) {
        for end in [p.min, p.max] {
            let mut s = base.clone();
            (p.set)(&mut s, end);
            if s.validate().is_err() {
                continue;
            }
            let years = project_years(&s);
            for (m, t) in moved.iter_mut().zip(TARGETS.iter()) {
                if let (Some(a), Some(b)) = (at(&years, t), at(&reference, t)) {
                    *m |= (a - b).abs() > NOTHING * t.resolution;
                }
            }
        }
    }
    TARGETS.iter().zip(moved).filter(|(t, m)| !m && at(&reference, t).is_some()).map(|(t, _)| t.id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_target_answers_to_some_lever() {
        assert_eq!(unmoved_targets(&Scenario::zhejiang_2025()), Vec::<&str>::new());
    }

    #[test]
    fn a_gap_with_no_regional_effect_is_said_to_be_out_of_reach() {
        // With the mountain counties' capital earning nothing and no
        // urbanization to speed up, nothing a lever does reaches the regional
        // targets; the income ratio still answers to the money.
        let mut s = Scenario::zhejiang_2025();
        s.assumptions.outcomes.regional_stock_effect = 0.0;
        s.assumptions.outcomes.urbanization_speed = 0.0;
        let unmoved = unmoved_targets(&s);
        assert!(unmoved.contains(&"city_gap_2025"), "{unmoved:?}");
        assert!(unmoved.contains(&"mountain_income_2027"), "{unmoved:?}");
        assert!(!unmoved.contains(&"income_ratio_2027"), "{unmoved:?}");
    }
}
