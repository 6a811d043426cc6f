//! What a goal-seek question allows: which levers may move (`Freedom`), what
//! "best" means (`Objective`), and the planner's rules (`Rules`): the
//! published commitments freed by name, and the outcomes not named that may
//! get worse. By default every commitment stays as it is and no outcome may
//! get worse than where the search starts.

use serde::{Deserialize, Serialize};
use urs_inputs::i18n::Bilingual;
use urs_inputs::outcome::{Outcome, OUTCOMES};
use urs_inputs::params::{ParamSpec, Role, SourceKind, PARAMS};

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

/// The planner's rules for one question. `Rules::default()`: every
/// published commitment kept, no outcome allowed to get worse.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// Published commitments the planner frees, by their lever's id
    /// (`commitments()`); the others keep the value they have.
    #[serde(default)]
    pub freed: Vec<String>,
    /// Outcomes not named in a goal that may end worse than where the search
    /// starts, in the goals' years; the others may not.
    #[serde(default)]
    pub may_worsen: Vec<Outcome>,
}

impl Rules {
    /// Every outcome may get worse (the app's one switch, the CLI's `--allow-worse all`).
    pub fn all_may_worsen(mut self) -> Rules {
        self.may_worsen = OUTCOMES.to_vec();
        self
    }

    /// The commitment `id` is kept (not freed).
    pub fn keeps(&self, id: &str) -> bool {
        !self.freed.iter().any(|f| f == id)
    }

    /// The commitments the question keeps as they are.
    pub fn kept(&self) -> impl Iterator<Item = &'static ParamSpec> + '_ {
        commitments().filter(|p| self.keeps(p.id))
    }
}

/// The published commitments: the levers whose value the seed article
/// publishes (source "seed" in the region file): the special funds (a year,
/// and how many years) and the policy-bank credit offered. The parameter
/// table decides, not a list here.
pub fn commitments() -> impl Iterator<Item = &'static ParamSpec> {
    PARAMS.iter().filter(|p| p.role == Role::Lever && p.source == SourceKind::Seed)
}

/// The commitment named `name` (its lever's id), or why not, listing them.
pub fn commitment(name: &str) -> Result<&'static ParamSpec, Bilingual> {
    commitments().find(|p| p.id == name).ok_or_else(|| {
        let known: Vec<&str> = commitments().map(|p| p.id).collect();
        Bilingual::new(
            format!("没有名为“{name}”的已公布承诺（可选：{}）", known.join("、")),
            format!("no published commitment named “{name}” (known: {})", known.join(", ")),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_commitments_are_the_seeds_special_funds_and_credit() {
        let ids: Vec<&str> = commitments().map(|p| p.id).collect();
        assert!(ids.contains(&"special_funds_bn") && ids.contains(&"credit_bn"), "{ids:?}");
        assert!(!ids.contains(&"plan_funds_bn") && !ids.contains(&"mountain_share"), "{ids:?}");
        assert!(commitment("credit_bn").is_ok());
        let Err(e) = commitment("plan_funds_bn") else { panic!("plan_funds_bn is no commitment") };
        assert!(e.zh.contains("special_funds_bn") && e.en.contains("no published commitment"), "{e:?}");
        let rules = Rules { freed: vec!["credit_bn".into()], may_worsen: vec![] };
        assert!(!rules.keeps("credit_bn") && rules.keeps("special_funds_bn"));
        assert_eq!(Rules::default().all_may_worsen().may_worsen.len(), OUTCOMES.len());
    }
}
