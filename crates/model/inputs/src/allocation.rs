//! Shares of a pot of money across the three strands. They always add up to
//! 100 %: a deserialised allocation that does not is rejected (never silently
//! normalised), and the only way to change one share is [`Allocation::set_share`],
//! which rebalances the others.

use super::strand::{Strand, STRANDS};
use crate::check::quote;
use crate::i18n::Bilingual;
use serde::{Deserialize, Serialize};

/// How far from 1 the sum of shares may drift (float rounding in JSON).
pub const SUM_TOLERANCE: f64 = 1e-6;

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allocation {
    pub urban: f64,
    pub rural: f64,
    pub integration: f64,
}

impl Allocation {
    /// Shares proportional to the given weights (e.g. each strand's plan).
    pub fn proportional(weights: [f64; 3]) -> Allocation {
        let total: f64 = weights.iter().sum();
        if total > 0.0 && total.is_finite() {
            Allocation::from_array(weights.map(|w| w / total))
        } else {
            Allocation::from_array([1.0 / 3.0; 3])
        }
    }

    pub fn from_array(s: [f64; 3]) -> Allocation {
        Allocation { urban: s[0], rural: s[1], integration: s[2] }
    }

    pub fn as_array(&self) -> [f64; 3] {
        [self.urban, self.rural, self.integration]
    }

    pub fn share(&self, strand: Strand) -> f64 {
        self.as_array()[strand.index()]
    }

    /// Set one strand's share and rebalance the others so the total stays 100 %.
    /// With `locked`, that strand keeps its share and only the third moves; the
    /// requested share is then limited to what the lock leaves (the UI shows this
    /// limit as the slider's range). The other shares move in proportion to their
    /// current sizes; if they are all zero they split the rest equally.
    pub fn set_share(&self, strand: Strand, share: f64, locked: Option<Strand>) -> Allocation {
        let mut s = self.as_array();
        let i = strand.index();
        let lock = locked.filter(|l| *l != strand).map(|l| l.index());
        let available = 1.0 - lock.map_or(0.0, |l| s[l]);
        let target = if share.is_finite() { share.clamp(0.0, available) } else { s[i] };
        let free: Vec<usize> = (0..3).filter(|&j| j != i && Some(j) != lock).collect();
        let rest = available - target;
        let free_total: f64 = free.iter().map(|&j| s[j]).sum();
        for &j in &free {
            s[j] = if free_total > 0.0 { rest * s[j] / free_total } else { rest / free.len() as f64 };
        }
        s[i] = target;
        Allocation::from_array(s)
    }

    /// The largest share `strand` can take while `locked` keeps its share.
    pub fn max_share(&self, strand: Strand, locked: Option<Strand>) -> f64 {
        match locked.filter(|l| *l != strand) {
            Some(l) => 1.0 - self.share(l),
            None => 1.0,
        }
    }

    /// Every share finite, within 0–100 %, and adding up to 100 %.
    pub fn validate(&self, what: &Bilingual) -> Result<(), Bilingual> {
        for strand in STRANDS {
            let v = self.share(strand);
            if !v.is_finite() || !(0.0..=1.0).contains(&v) {
                return Err(Bilingual::new(
                    format!("{}：{}的份额必须在 0–1 之间（0–100 %），实际为 {}", what.zh, strand.zh(), quote(v)),
                    format!(
                        "{}: the {} share must be between 0 and 1 (0–100 %), got {}",
                        what.en,
                        strand.en(),
                        quote(v)
                    ),
                ));
            }
        }
        let sum: f64 = self.as_array().iter().sum();
        if (sum - 1.0).abs() > SUM_TOLERANCE {
            return Err(Bilingual::new(
                format!("{}：三项份额之和必须为 100 %，实际为 {:.4} %", what.zh, sum * 100.0),
                format!("{}: the three shares must add up to 100 %, they add up to {:.4} %", what.en, sum * 100.0),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(a: &Allocation) -> f64 {
        a.as_array().iter().sum()
    }

    #[test]
    fn moving_one_share_rebalances_the_others_in_proportion() {
        let a = Allocation::from_array([0.5, 0.3, 0.2]);
        let b = a.set_share(Strand::Urban, 0.6, None);
        assert!((sum(&b) - 1.0).abs() < 1e-12);
        assert!((b.rural - 0.24).abs() < 1e-12);
        assert!((b.integration - 0.16).abs() < 1e-12);
    }

    #[test]
    fn a_locked_share_stays_put() {
        let a = Allocation::from_array([0.5, 0.3, 0.2]);
        let b = a.set_share(Strand::Urban, 0.6, Some(Strand::Integration));
        assert_eq!(b.integration, 0.2);
        assert!((b.rural - 0.2).abs() < 1e-12);
        // Asking for more than the lock leaves gives what is left, no more.
        let c = a.set_share(Strand::Urban, 0.95, Some(Strand::Integration));
        assert!((c.urban - 0.8).abs() < 1e-12 && c.rural.abs() < 1e-12);
        assert_eq!(a.max_share(Strand::Urban, Some(Strand::Integration)), 0.8);
    }

    #[test]
    fn taking_everything_then_giving_back_splits_equally() {
        let a = Allocation::from_array([0.5, 0.3, 0.2]).set_share(Strand::Rural, 1.0, None);
        assert_eq!(a.as_array(), [0.0, 1.0, 0.0]);
        let b = a.set_share(Strand::Rural, 0.5, None);
        assert_eq!(b.as_array(), [0.25, 0.5, 0.25]);
    }

    #[test]
    fn shares_that_do_not_add_up_are_rejected_with_the_sum() {
        let what = Bilingual::new("计划资金分配", "plan funds allocation");
        let err = Allocation::from_array([0.5, 0.3, 0.3]).validate(&what).unwrap_err();
        assert!(err.en.contains("110.0000 %"), "{}", err.en);
        assert!(Allocation::from_array([0.5, f64::NAN, 0.5]).validate(&what).is_err());
        assert!(Allocation::from_array([1.2, -0.1, -0.1]).validate(&what).is_err());
    }
}
