//! The base trends and their honest test. The income ratio's trend is the
//! method with the best record in the rolling-origin backtest on the data
//! up to the fit's last year (`backtest.rs`); urban income and urbanization,
//! too short or too broken a series for a backtest of their own, use the
//! average yearly change over the last `WINDOW` years. Fitted on the years
//! up to 2020, the trends predict 2021–2025, which they never saw (the
//! out-of-sample table in docs/MODEL.md); fitted on every published year,
//! they give the built-in trends (a test holds them equal).

use super::backtest::{backtest, Method};
use serde::Serialize;
use urs_inputs::region::{
    ALL_INCOME, INCOME_RATIO, RURAL_INCOME, URBANIZATION, URBANIZATION_BEFORE_CENSUS, URBAN_INCOME,
};

pub use super::backtest::WINDOW;

/// The last year of the published income ratio: where the projection starts.
pub fn latest_published_year() -> i32 {
    INCOME_RATIO.last().map_or(0, |(y, _)| *y)
}

/// Years of the band after the start (2026–2030): the horizons the decline's
/// range is calibrated on.
pub const BAND_HORIZONS: usize = super::completion::HORIZON_YEARS - 1;

/// The method the income ratio's record chooses, on the data up to `until`.
pub fn ratio_method(until: i32) -> Method {
    backtest(&INCOME_RATIO, until).chosen()
}

/// Last year of data the out-of-sample fit may use.
pub const OUT_OF_SAMPLE_FIT_UNTIL: i32 = 2020;

/// The trends the rule gives.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Trends {
    /// Urban per-capita income growth per year.
    pub urban_income_growth: f64,
    /// Yearly fall of the log income ratio, by `ratio_method`.
    pub income_ratio_decline: f64,
    /// The method the income ratio's backtest chose.
    pub ratio_method: Method,
    /// Share of the distance to the ceiling urbanization closes a year.
    pub urbanization_speed: f64,
}

/// The published value in `year`, if there is one.
pub fn published(series: &[(i32, f64)], year: i32) -> Option<f64> {
    series.iter().find(|(y, _)| *y == year).map(|(_, v)| *v)
}

/// The two published points a trend is fitted between: the last year up to
/// `until`, and the latest year at least `WINDOW` years before it.
fn window(series: &[(i32, f64)], until: i32) -> Option<((i32, f64), (i32, f64))> {
    let last = *series.iter().rev().find(|(y, _)| *y <= until)?;
    let first = *series.iter().rev().find(|(y, _)| *y <= last.0 - WINDOW)?;
    Some((first, last))
}

/// Average yearly log change between the window's two points.
fn log_slope(series: &[(i32, f64)], until: i32) -> f64 {
    window(series, until).map_or(0.0, |((y0, v0), (y1, v1))| (v1 / v0).ln() / f64::from(y1 - y0))
}

/// Fit the trends on the data published up to `until`. Before the 2020
/// census revised urbanization, its speed comes from the old series (its
/// steps, not its level); from 2024 on, from the new series.
pub fn fit(until: i32, ceiling: f64) -> Trends {
    let (urbanization, last) =
        if until <= 2020 { (&URBANIZATION_BEFORE_CENSUS[..], until.min(2019)) } else { (&URBANIZATION[..], until) };
    let speed = window(urbanization, last).map_or(0.0, |((y0, u0), (y1, u1))| {
        let remaining = ((ceiling - u1) / (ceiling - u0)).max(1e-9);
        1.0 - remaining.powf(1.0 / f64::from(y1 - y0))
    });
    let ratio_method = ratio_method(until);
    Trends {
        urban_income_growth: log_slope(&URBAN_INCOME, until).exp() - 1.0,
        income_ratio_decline: -ratio_method.slope(&INCOME_RATIO, until).unwrap_or(0.0),
        ratio_method,
        urbanization_speed: speed,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReplayPoint {
    pub year: i32,
    pub published: f64,
    pub model: f64,
    pub error: f64,
}

/// One series of the out-of-sample test.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutOfSample {
    pub id: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub points: Vec<ReplayPoint>,
}

impl OutOfSample {
    pub fn largest_error(&self) -> f64 {
        self.points.iter().map(|p| p.error.abs()).fold(0.0, f64::max)
    }
}

/// Fit on the data up to 2020, start from 2020's published values, and
/// predict every published value after 2020: the income ratio, urban,
/// rural and all residents' income, and resident urbanization (new series).
pub fn out_of_sample(ceiling: f64) -> Vec<OutOfSample> {
    let until = OUT_OF_SAMPLE_FIT_UNTIL;
    let trends = fit(until, ceiling);
    let at = |series: &[(i32, f64)]| published(series, until).unwrap_or(f64::NAN);
    let (urban0, ratio0, u0) = (at(&URBAN_INCOME), at(&INCOME_RATIO), at(&URBANIZATION));
    let rural0 = urban0 / ratio0;
    let all_factor = at(&ALL_INCOME) / (u0 * urban0 + (1.0 - u0) * rural0);
    let predict = |year: i32| {
        let n = f64::from(year - until);
        let urban = urban0 * (1.0 + trends.urban_income_growth).powf(n);
        let ratio = ratio0 * (-trends.income_ratio_decline * n).exp();
        let u = ceiling - (ceiling - u0) * (1.0 - trends.urbanization_speed).powf(n);
        let rural = urban / ratio;
        (ratio, urban, rural, all_factor * (u * urban + (1.0 - u) * rural), u)
    };
    let table = |id, zh, en, series: &[(i32, f64)], pick: fn((f64, f64, f64, f64, f64)) -> f64| OutOfSample {
        id,
        zh,
        en,
        points: series
            .iter()
            .filter(|(y, _)| *y > until)
            .map(|&(year, value)| {
                let model = pick(predict(year));
                ReplayPoint { year, published: value, model, error: model - value }
            })
            .collect(),
    };
    vec![
        table("income_ratio", "城乡居民收入比", "Urban–rural income ratio", &INCOME_RATIO, |p| p.0),
        table("urban_income", "城镇居民收入（元）", "Urban income (yuan)", &URBAN_INCOME, |p| p.1),
        table("rural_income", "农村居民收入（元）", "Rural income (yuan)", &RURAL_INCOME, |p| p.2),
        table("all_income", "全体居民收入（元）", "All residents' income (yuan)", &ALL_INCOME, |p| p.3),
        table("urbanization", "常住人口城镇化率", "Resident urbanization", &URBANIZATION, |p| p.4),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use urs_inputs::region;

    #[test]
    fn the_builtin_trends_are_the_rule_fitted_on_all_published_years() {
        let a = region::assumptions().outcomes;
        let fitted = fit(latest_published_year(), a.urbanization_ceiling);
        assert_eq!(region::builtin_scenario().start.year, latest_published_year(), "the projection starts there");
        assert!(fitted.ratio_method.is_constant_trend(), "the model's equation e^(−δ·y) is the chosen method");
        assert!((a.urban_income_growth - fitted.urban_income_growth).abs() < 5e-5, "{fitted:?}");
        assert!((a.income_ratio_decline - fitted.income_ratio_decline).abs() < 5e-5, "{fitted:?}");
        assert!((a.urbanization_speed - fitted.urbanization_speed).abs() < 5e-5, "{fitted:?}");
    }

    #[test]
    fn out_of_sample_the_ratio_is_within_three_hundredths_and_urbanization_within_one_point() {
        let tables = out_of_sample(region::assumptions().outcomes.urbanization_ceiling);
        let get = |id| tables.iter().find(|t| t.id == id).unwrap();
        assert_eq!(get("income_ratio").points.len(), 5, "2021–2025 all predicted");
        assert!(get("income_ratio").largest_error() <= 0.03, "{:?}", get("income_ratio"));
        assert!(get("urbanization").largest_error() <= 0.01, "{:?}", get("urbanization"));
        // Incomes are nominal: the rule, fitted on 2017–2020, cannot foresee
        // the slower growth after 2021; the errors are reported (+4.8 % at
        // four years, +7.5 % at five for urban income) and held below 8 %.
        for id in ["urban_income", "rural_income", "all_income"] {
            for p in &get(id).points {
                assert!(
                    (p.error / p.published).abs() <= 0.08,
                    "{id} {}: {:+.1} %",
                    p.year,
                    p.error / p.published * 100.0
                );
            }
        }
    }

    #[test]
    fn the_chosen_method_beats_no_change_at_every_horizon() {
        let record = backtest(&INCOME_RATIO, latest_published_year());
        let chosen = record.chosen();
        assert_eq!(chosen, ratio_method(latest_published_year()));
        assert_ne!(chosen, Method::NoChange);
        for h in 1..=super::super::backtest::HORIZONS {
            assert!(record.origins_at(h) >= 3, "horizon {h}: only {} origins", record.origins_at(h));
        }
        record.beats_at_every_horizon(chosen, Method::NoChange).unwrap();
        // The same check fails for a method that does worse: it can fail.
        assert!(record.beats_at_every_horizon(Method::NoChange, chosen).is_err());
    }

    #[test]
    fn the_ratio_decline_s_range_is_the_one_its_record_supports() {
        let until = latest_published_year();
        let record = backtest(&INCOME_RATIO, until);
        let f = fit(until, 0.85);
        let (lo, hi) = record.decline_range(f.ratio_method, f.income_ratio_decline, BAND_HORIZONS);
        let row = urs_inputs::params::PARAMS.iter().find(|p| p.id == "income_ratio_decline").unwrap();
        assert!(
            (row.min - lo).abs() < 5e-4 && (row.max - hi).abs() < 5e-4,
            "{} – {} vs the record's {lo} – {hi}",
            row.min,
            row.max
        );
    }

    #[test]
    fn the_ratio_level_s_range_is_what_the_one_year_errors_leave_over() {
        let until = latest_published_year();
        let record = backtest(&INCOME_RATIO, until);
        let f = fit(until, 0.85);
        let (lo, hi) = record.decline_range(f.ratio_method, f.income_ratio_decline, BAND_HORIZONS);
        let (a, b) = record.level_range(f.ratio_method, (lo, f.income_ratio_decline, hi));
        let row = urs_inputs::params::PARAMS.iter().find(|p| p.id == "income_ratio_level").unwrap();
        assert!((row.min - a).abs() < 5e-4 && (row.max - b).abs() < 5e-4, "{} – {} vs {a} – {b}", row.min, row.max);
        assert!(b > 0.005, "the one-year errors are wider than a drawn slope explains: {b}");
        // Nothing left over when the slope's range explains it all.
        assert_eq!(record.level_range(f.ratio_method, (lo - 1.0, f.income_ratio_decline, hi + 1.0)), (0.0, 0.0));
    }

    #[test]
    fn the_fit_never_sees_the_years_it_predicts() {
        // Changing a published value after 2020 must not change the 2020 fit.
        let before = fit(OUT_OF_SAMPLE_FIT_UNTIL, 0.85);
        let (y0, y1) = window(&INCOME_RATIO, OUT_OF_SAMPLE_FIT_UNTIL).unwrap();
        assert!(y0.0 <= 2020 && y1.0 <= 2020, "{y0:?} {y1:?}");
        assert!(before.income_ratio_decline > 0.0);
    }
}
