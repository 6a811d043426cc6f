//! The capital the programme builds, in service: completed investment comes
//! into service over a time to build (weights over lags 0–4) and then
//! depreciates at an infrastructure rate. Equations in docs/MODEL.md
//! ("Capital"); the outcomes that respond to it are in `outcomes.rs`.

use serde::Serialize;

/// Completed investment comes into service over this many years after the
/// year it is completed (lags 0 to `MAX_LAG`).
pub const MAX_LAG: usize = 4;

/// Share of a year's completed investment that comes into service 0, 1, …
/// `MAX_LAG` years later: binomial over 0–`MAX_LAG` with mean `mean_years`
/// (time to build; 2 years: 6 %, 25 %, 38 %, 25 %, 6 %). The weights add up
/// to 1 and move smoothly with the mean.
pub fn gestation_weights(mean_years: f64) -> [f64; MAX_LAG + 1] {
    let n = MAX_LAG as i32;
    let p = (mean_years / MAX_LAG as f64).clamp(0.0, 1.0);
    let mut choose = 1.0;
    std::array::from_fn(|k| {
        let k = k as i32;
        if k > 0 {
            choose *= f64::from(n - k + 1) / f64::from(k);
        }
        choose * p.powi(k) * (1.0 - p).powi(n - k)
    })
}

/// A year's completed investment, bn yuan: per strand as spent, weighted by
/// the return where it was spent, and its part in the mountain counties.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Flow {
    bn: [f64; 3],
    effective_bn: [f64; 3],
    mountain_bn: f64,
}

impl Flow {
    fn new(completed_bn: [f64; 3], mountain_share: f64, return_weight: f64) -> Flow {
        Flow {
            bn: completed_bn,
            effective_bn: std::array::from_fn(|i| if i == 0 { 1.0 } else { return_weight } * completed_bn[i]),
            mountain_bn: mountain_share * (completed_bn[1] + completed_bn[2]),
        }
    }

    fn scaled(&self, w: f64) -> Flow {
        Flow {
            bn: self.bn.map(|x| w * x),
            effective_bn: self.effective_bn.map(|x| w * x),
            mountain_bn: w * self.mountain_bn,
        }
    }
}

/// Capital in service per strand, bn yuan: what the outcomes respond to.
/// `effective` weighs 兴村 and 融合 yuan by their return where they were spent
/// (the mountain counties return less); `mountain` is the 兴村 + 融合 capital
/// in the mountain counties. Investment completed in the last `MAX_LAG`
/// years is still coming into service (`pending`, newest first).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Capital {
    pub stock_bn: [f64; 3],
    pub effective_bn: [f64; 3],
    pub mountain_bn: f64,
    #[serde(skip)]
    pending: [Flow; MAX_LAG],
    #[serde(skip)]
    weights: [f64; MAX_LAG + 1],
}

impl Capital {
    /// The programme's capital at the end of the year before the first: a
    /// steady state of investment growing at `growth` a year, the first
    /// year's investment `first_year_bn` taken back year by year, completed
    /// at the built-in mountain share and coming into service with the
    /// time to build `mean_lag_years`:
    /// K = I₀ · Σ_k w_k (1 + g)^−k ÷ (g + d).
    pub fn initial(
        first_year_bn: [f64; 3],
        growth: f64,
        depreciation: f64,
        mountain_share: f64,
        mean_lag_years: f64,
    ) -> Capital {
        let weights = gestation_weights(mean_lag_years);
        let back = |years: i32| (1.0 + growth).powi(-years);
        let in_service: f64 = weights.iter().enumerate().map(|(k, w)| w * back(k as i32)).sum();
        let stock_bn = first_year_bn.map(|i| i * in_service / (depreciation + growth).max(0.01));
        let pending =
            std::array::from_fn(|k| Flow::new(first_year_bn.map(|i| i * back(k as i32 + 1)), mountain_share, 1.0));
        Capital {
            stock_bn,
            effective_bn: stock_bn,
            mountain_bn: mountain_share * (stock_bn[1] + stock_bn[2]),
            pending,
            weights,
        }
    }

    /// One year on: depreciation, then what comes into service this year —
    /// the share w_k of the investment completed k years ago, k = 0…4, this
    /// year's `completed_bn` included. `return_weight` is the mountain-share
    /// weight of 兴村 and 融合 yuan.
    pub fn step(&self, d: f64, completed_bn: [f64; 3], mountain_share: f64, return_weight: f64) -> Capital {
        let keep = 1.0 - d;
        let this_year = Flow::new(completed_bn, mountain_share, return_weight);
        let mut arriving = this_year.scaled(self.weights[0]);
        for (flow, w) in self.pending.iter().zip(&self.weights[1..]) {
            let part = flow.scaled(*w);
            arriving = Flow {
                bn: std::array::from_fn(|i| arriving.bn[i] + part.bn[i]),
                effective_bn: std::array::from_fn(|i| arriving.effective_bn[i] + part.effective_bn[i]),
                mountain_bn: arriving.mountain_bn + part.mountain_bn,
            };
        }
        let mut pending = [this_year; MAX_LAG];
        pending[1..].copy_from_slice(&self.pending[..MAX_LAG - 1]);
        Capital {
            stock_bn: std::array::from_fn(|i| keep * self.stock_bn[i] + arriving.bn[i]),
            effective_bn: std::array::from_fn(|i| keep * self.effective_bn[i] + arriving.effective_bn[i]),
            mountain_bn: keep * self.mountain_bn + arriving.mountain_bn,
            pending,
            weights: self.weights,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gestation_weights_add_up_to_one_with_the_mean_asked() {
        for mean in [0.0, 1.0, 1.7, 2.0, 3.0, 4.0] {
            let w = gestation_weights(mean);
            assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{mean}: {w:?}");
            let m: f64 = w.iter().enumerate().map(|(k, x)| k as f64 * x).sum();
            assert!((m - mean).abs() < 1e-12, "{mean}: mean {m}");
        }
        assert_eq!(gestation_weights(0.0)[0], 1.0, "no lag: all in service in the year");
        let w = gestation_weights(2.0);
        assert!((w[0] - 0.0625).abs() < 1e-12 && (w[2] - 0.375).abs() < 1e-12);
    }

    #[test]
    fn a_yuan_comes_into_service_over_the_lags_and_then_depreciates() {
        let d = 0.024;
        let start = Capital::initial([0.0; 3], 0.03, d, 0.3, 2.0);
        let mut k = start.step(d, [1.0, 0.0, 0.0], 0.3, 1.0);
        let w = gestation_weights(2.0);
        let mut expected = w[0];
        assert!((k.stock_bn[0] - expected).abs() < 1e-12);
        for weight in &w[1..] {
            k = k.step(d, [0.0; 3], 0.3, 1.0);
            expected = (1.0 - d) * expected + weight;
            assert!((k.stock_bn[0] - expected).abs() < 1e-12);
        }
        // Four years on, all of it has come into service: about 95 % of a
        // yuan is left after depreciation.
        assert!((0.94..0.96).contains(&k.stock_bn[0]), "{}", k.stock_bn[0]);
        k = k.step(d, [0.0; 3], 0.3, 1.0);
        assert!((k.stock_bn[0] - (1.0 - d) * expected).abs() < 1e-12, "nothing more arrives");
    }
}
