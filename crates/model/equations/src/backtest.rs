//! The rolling-origin backtest: how each trend method would have done from
//! every start year. From each origin with enough history before it, each
//! method forecasts the next one to six years from the data up to the
//! origin only; the error is the forecast less what was published. The
//! method with the lowest mean absolute error over every origin and horizon
//! is the one the model uses (`history::fit`). docs/MODEL.md ("The base
//! trends") shows the table; `urs --update-doc` writes it.

use serde::Serialize;

/// Years ahead the model projects, and so the horizons tested.
pub const HORIZONS: usize = 6;

/// Years of history the trend methods need before an origin: the three-year
/// rule's window.
pub const WINDOW: i32 = 3;

/// Damping factor of the damped trend: each year ahead keeps this share of
/// the previous year's change (Gardner & McKenzie's damped trend; 0.8 is at
/// the low end of the 0.8–0.98 used in practice, so the damping shows).
pub const DAMPING: f64 = 0.8;

/// A way of carrying a series forward from its last published value. All
/// work on the logarithm (a yearly change is a percentage).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Method {
    /// The last published value, unchanged.
    NoChange,
    /// The average yearly change over the last three years, kept.
    ThreeYearTrend,
    /// The least-squares slope over every published year up to the origin.
    LinearTrend,
    /// The three-year change, damped by `DAMPING` each year ahead.
    DampedTrend,
}

pub const METHODS: [Method; 4] = [Method::NoChange, Method::ThreeYearTrend, Method::LinearTrend, Method::DampedTrend];

impl Method {
    pub fn zh(self) -> &'static str {
        match self {
            Method::NoChange => "不变",
            Method::ThreeYearTrend => "近三年趋势",
            Method::LinearTrend => "全部年份线性趋势",
            Method::DampedTrend => "阻尼趋势",
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            Method::NoChange => "no change",
            Method::ThreeYearTrend => "three-year trend",
            Method::LinearTrend => "linear trend, all years",
            Method::DampedTrend => "damped trend (φ 0.8)",
        }
    }

    /// True when the method keeps one yearly change for ever, so that the
    /// model's equation `value₀ · e^(slope · y)` is the method itself.
    pub fn is_constant_trend(self) -> bool {
        self != Method::DampedTrend
    }

    /// The yearly log change the method starts from at `origin`, from the
    /// published values up to `origin` only; None without enough history.
    pub fn slope(self, series: &[(i32, f64)], origin: i32) -> Option<f64> {
        let upto: Vec<(f64, f64)> =
            series.iter().filter(|(y, v)| *y <= origin && *v > 0.0).map(|&(y, v)| (f64::from(y), v.ln())).collect();
        let &(y1, v1) = upto.last()?;
        let three_year = || {
            let &(y0, v0) = upto.iter().rev().find(|(y, _)| *y <= y1 - f64::from(WINDOW))?;
            Some((v1 - v0) / (y1 - y0))
        };
        match self {
            Method::NoChange => Some(0.0),
            Method::ThreeYearTrend | Method::DampedTrend => three_year(),
            Method::LinearTrend => {
                if upto.len() < 3 {
                    return None;
                }
                let n = upto.len() as f64;
                let (my, mv) = upto.iter().fold((0.0, 0.0), |(a, b), (y, v)| (a + y / n, b + v / n));
                let sxy: f64 = upto.iter().map(|(y, v)| (y - my) * (v - mv)).sum();
                let sxx: f64 = upto.iter().map(|(y, _)| (y - my) * (y - my)).sum();
                Some(sxy / sxx)
            }
        }
    }

    /// Years of change the slope is applied for, `h` years ahead.
    fn steps(self, h: usize) -> f64 {
        match self {
            Method::DampedTrend => (1..=h).map(|i| DAMPING.powi(i as i32)).sum(),
            _ => h as f64,
        }
    }

    /// The forecast `h` years after `origin`, from the published value at
    /// `origin` (None if that year was not published or history is short).
    pub fn forecast(self, series: &[(i32, f64)], origin: i32, h: usize) -> Option<f64> {
        let last = series.iter().find(|(y, _)| *y == origin)?.1;
        Some(last * (self.slope(series, origin)? * self.steps(h)).exp())
    }
}

/// One forecast of the backtest.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Forecast {
    pub method: Method,
    pub origin: i32,
    pub horizon: usize,
    pub forecast: f64,
    pub published: f64,
    /// Forecast less published.
    pub error: f64,
}

/// Every forecast from every origin, and the methods' record.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Backtest {
    /// The last year of data the backtest could use.
    pub until: i32,
    /// The start years: each method can forecast from each of them.
    pub origins: Vec<i32>,
    pub forecasts: Vec<Forecast>,
}

/// Rolling origins on `series`, using the published values up to `until`
/// only: every origin from which every method can forecast and at least one
/// later year was published, every horizon 1–`HORIZONS` that was published.
pub fn backtest(series: &[(i32, f64)], until: i32) -> Backtest {
    let known: Vec<(i32, f64)> = series.iter().copied().filter(|(y, _)| *y <= until).collect();
    let origins: Vec<i32> = known
        .iter()
        .map(|(y, _)| *y)
        .filter(|&o| o < until && METHODS.iter().all(|m| m.slope(&known, o).is_some()))
        .collect();
    let mut forecasts = Vec::new();
    for &origin in &origins {
        for horizon in 1..=HORIZONS {
            let Some(&(_, published)) = known.iter().find(|(y, _)| *y == origin + horizon as i32) else { continue };
            for method in METHODS {
                if let Some(forecast) = method.forecast(&known, origin, horizon) {
                    forecasts.push(Forecast {
                        method,
                        origin,
                        horizon,
                        forecast,
                        published,
                        error: forecast - published,
                    });
                }
            }
        }
    }
    Backtest { until, origins, forecasts }
}

impl Backtest {
    /// The errors of `method` at `horizon`, one per origin.
    pub fn errors(&self, method: Method, horizon: usize) -> Vec<f64> {
        self.forecasts.iter().filter(|f| f.method == method && f.horizon == horizon).map(|f| f.error).collect()
    }

    /// Mean absolute error of `method` at `horizon` (NaN with no origin).
    pub fn mean_absolute_error(&self, method: Method, horizon: usize) -> f64 {
        let e = self.errors(method, horizon);
        e.iter().map(|x| x.abs()).sum::<f64>() / e.len() as f64
    }

    /// Mean absolute error of `method` over every origin and horizon.
    pub fn overall(&self, method: Method) -> f64 {
        let e: Vec<f64> = self.forecasts.iter().filter(|f| f.method == method).map(|f| f.error.abs()).collect();
        e.iter().sum::<f64>() / e.len() as f64
    }

    /// Origins that reach `horizon`.
    pub fn origins_at(&self, horizon: usize) -> usize {
        self.errors(Method::NoChange, horizon).len()
    }

    /// The method with the lowest mean absolute error over every origin and
    /// horizon; no change when there is no record at all.
    pub fn chosen(&self) -> Method {
        METHODS
            .into_iter()
            .filter(|m| self.overall(*m).is_finite())
            .min_by(|a, b| self.overall(*a).total_cmp(&self.overall(*b)))
            .unwrap_or(Method::NoChange)
    }

    /// Ok when `a`'s mean absolute error is below `b`'s at every horizon
    /// with at least one origin; else which horizons it is not.
    pub fn beats_at_every_horizon(&self, a: Method, b: Method) -> Result<(), String> {
        let worse: Vec<String> = (1..=HORIZONS)
            .filter(|&h| self.origins_at(h) > 0)
            .filter(|&h| self.mean_absolute_error(a, h) >= self.mean_absolute_error(b, h))
            .map(|h| format!("{h} y: {:.4} ≥ {:.4}", self.mean_absolute_error(a, h), self.mean_absolute_error(b, h)))
            .collect();
        if worse.is_empty() {
            Ok(())
        } else {
            Err(format!("{} does not beat {}: {}", a.en(), b.en(), worse.join("; ")))
        }
    }
}

/// The (low, high) of a triangular distribution peaked at `mode` whose 10 %
/// and 90 % quantiles are `q10` and `q90` (q10 < mode < q90), found by a
/// fixed point: with L = mode − low, H = high − low − L, W = L + H,
/// L = (mode − q10) + √(0.1 · W · L) and H = (q90 − mode) + √(0.1 · W · H).
pub fn triangle_with_quantiles(q10: f64, mode: f64, q90: f64) -> (f64, f64) {
    let (x, y) = ((mode - q10).max(0.0), (q90 - mode).max(0.0));
    let (mut l, mut h) = (x.max(y), x.max(y));
    for _ in 0..200 {
        let w = l + h;
        (l, h) = (x + (0.1 * w * l).sqrt(), y + (0.1 * w * h).sqrt());
    }
    (mode - l, mode + h)
}

impl Backtest {
    /// The record of `method` as yearly log errors, ε = ln(forecast ÷
    /// published) ÷ h, over every origin and every horizon up to `horizons`:
    /// how much faster (ε > 0) or slower the series fell each year than the
    /// method said.
    pub fn yearly_log_errors(&self, method: Method, horizons: usize) -> Vec<f64> {
        self.forecasts
            .iter()
            .filter(|f| f.method == method && f.horizon <= horizons)
            .map(|f| (f.forecast / f.published).ln() / f.horizon as f64)
            .collect()
    }

    /// The range of a falling series' yearly decline that the record
    /// supports: a triangular distribution peaked at `decline` whose 10 % and
    /// 90 % quantiles are `decline` plus the 10 % and 90 % quantiles of the
    /// record's yearly log errors (horizons up to `horizons`).
    pub fn decline_range(&self, method: Method, decline: f64, horizons: usize) -> (f64, f64) {
        let mut e = self.yearly_log_errors(method, horizons);
        e.sort_unstable_by(f64::total_cmp);
        let q = |p: f64| {
            let h = (e.len().max(1) - 1) as f64 * p;
            let (lo, hi) = (h.floor() as usize, h.ceil() as usize);
            e.get(lo).map_or(0.0, |a| a + (h - lo as f64) * (e[hi] - a))
        };
        triangle_with_quantiles(decline + q(0.1).min(0.0), decline, decline + q(0.9).max(0.0))
    }

    /// The range of the trend's level offset the record supports: the
    /// one-year errors' variance, ln(published ÷ forecast) one year ahead,
    /// less what a slope drawn from the triangle (lo, mode, hi) explains one
    /// year ahead, as a symmetric triangle about 0 (variance w² ÷ 6). A drawn
    /// slope alone widens the band in proportion to the horizon; the record's
    /// errors one year ahead are wider than that (year-to-year noise), so the
    /// level term carries the rest and the band's width follows the record
    /// at short and long horizons alike.
    pub fn level_range(&self, method: Method, (lo, mode, hi): (f64, f64, f64)) -> (f64, f64) {
        let e: Vec<f64> = self
            .forecasts
            .iter()
            .filter(|f| f.method == method && f.horizon == 1)
            .map(|f| (f.published / f.forecast).ln())
            .collect();
        if e.len() < 2 {
            return (0.0, 0.0);
        }
        let n = e.len() as f64;
        let mean = e.iter().sum::<f64>() / n;
        let total = e.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
        let slope = (lo * lo + mode * mode + hi * hi - lo * mode - lo * hi - mode * hi) / 18.0;
        let w = (6.0 * (total - slope).max(0.0)).sqrt();
        (-w, w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: [(i32, f64); 6] = [(2010, 1.0), (2011, 2.0), (2012, 4.0), (2013, 8.0), (2014, 16.0), (2015, 32.0)];

    #[test]
    fn each_method_extends_a_clean_exponential_as_its_equation_says() {
        let ln2 = 2f64.ln();
        assert_eq!(Method::NoChange.forecast(&LINE, 2014, 1), Some(16.0));
        assert!((Method::ThreeYearTrend.slope(&LINE, 2014).unwrap() - ln2).abs() < 1e-12);
        assert!((Method::LinearTrend.slope(&LINE, 2014).unwrap() - ln2).abs() < 1e-12);
        assert!((Method::ThreeYearTrend.forecast(&LINE, 2014, 1).unwrap() - 32.0).abs() < 1e-9);
        let damped = Method::DampedTrend.forecast(&LINE, 2014, 2).unwrap();
        assert!((damped - 16.0 * (ln2 * (0.8 + 0.64)).exp()).abs() < 1e-9, "{damped}");
        assert_eq!(Method::ThreeYearTrend.slope(&LINE, 2012), None, "three years of history needed");
    }

    #[test]
    fn the_backtest_never_uses_a_year_after_its_origin() {
        let full = backtest(&LINE, 2015);
        let mut changed = LINE;
        changed[5].1 = 1000.0;
        let other = backtest(&changed, 2015);
        for (a, b) in full.forecasts.iter().zip(&other.forecasts) {
            assert_eq!(a.forecast, b.forecast, "{a:?}");
        }
        assert_eq!(full.origins, vec![2013, 2014]);
        assert_eq!(backtest(&LINE, 2014).origins, vec![2013], "nothing after `until` is seen");
    }

    #[test]
    fn the_triangle_has_the_quantiles_asked_for() {
        let (lo, hi) = triangle_with_quantiles(0.01, 0.016, 0.03);
        let cdf = |x: f64| {
            let m = 0.016;
            if x < m {
                (x - lo).powi(2) / ((hi - lo) * (m - lo))
            } else {
                1.0 - (hi - x).powi(2) / ((hi - lo) * (hi - m))
            }
        };
        assert!((cdf(0.01) - 0.1).abs() < 1e-9 && (cdf(0.03) - 0.9).abs() < 1e-9, "{lo} {hi}");
    }

    #[test]
    fn the_comparison_can_fail() {
        let b = backtest(&LINE, 2015);
        assert!(b.beats_at_every_horizon(Method::ThreeYearTrend, Method::NoChange).is_ok());
        assert!(b.beats_at_every_horizon(Method::NoChange, Method::ThreeYearTrend).is_err());
        assert_ne!(b.chosen(), Method::NoChange);
    }
}
