//! Yearly outcomes: the capital each strand builds, and the incomes, public
//! services, urbanization and regional gaps that respond to it. Equations in
//! docs/MODEL.md ("Capital" and "Yearly outcomes").
//!
//! Each outcome follows its base trend (fitted to published history) when
//! the programme's capital follows the reference path: the investment the
//! built-in scenario completes, which the trend already contains. Capital
//! above or below that path moves the outcome as a level, with diminishing
//! returns (a logarithm), per yuan invested.

pub use super::capital::{gestation_weights, Capital, MAX_LAG};
use super::financing::PolicyCostYear;
use serde::Serialize;
use urs_inputs::assumptions::{OutcomeAssumptions, StartingPoint};
use urs_inputs::scenario::Scenario;

/// Return of a 兴村 or 融合 yuan with `share` of it in the mountain counties,
/// relative to the built-in share (1 at the built-in share).
pub fn mountain_return_weight(a: &OutcomeAssumptions, share: f64, builtin_share: f64) -> f64 {
    let loss = 1.0 - a.mountain_relative_return;
    (1.0 - share * loss) / (1.0 - builtin_share * loss).max(1e-9)
}

/// An income on its trend plus a gain of `gain` yuan per person: trend ×
/// e^x below the trend and trend × (1 + tanh x) above it, x = gain ÷ trend.
/// Equal to trend + gain to first order (x = 0.05 is off by 0.004 %),
/// smooth through zero, never negative however large a loss, never more
/// than twice the trend however large a gain (a guard for the hard bounds
/// of the inputs, far outside the plausible ranges).
pub fn with_gain(trend: f64, gain: f64) -> f64 {
    let x = if trend > 0.0 { gain / trend } else { 0.0 };
    // Below e^-30 the income would round to zero and the ratio to infinity.
    trend * if x <= 0.0 { x.max(-30.0).exp() } else { 1.0 + x.tanh() }
}

/// "Extra capital", bn yuan: below the reference, the capital lost (K −
/// K_ref: a yuan not invested loses exactly its return, so a loss is never
/// more than the whole stock); above it, K_ref · ln(K / K_ref), diminishing
/// returns. The two meet with the same slope at K_ref, so the effect is
/// smooth and concave.
pub fn extra_capital(stock: f64, reference: f64) -> f64 {
    if reference > 0.0 && stock > reference {
        reference * (stock / reference).ln()
    } else if reference > 0.0 {
        stock.max(0.0) - reference
    } else {
        0.0
    }
}

fn log_ratio(stock: f64, reference: f64) -> f64 {
    if reference > 0.0 && stock > 0.0 {
        (stock / reference).ln()
    } else {
        0.0
    }
}

/// Everything that carries from one year to the next.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OutcomeState {
    pub urbanization: f64,
    pub registered_urbanization: f64,
    pub no_urban_rural_gap: f64,
    pub no_hukou_gap: f64,
    /// The city gap on its base trend (the levers act through `mountain`).
    pub city_gap: f64,
    /// The mountain counties' relative income with the capital they get
    /// (before the urbanization term), and on its base trend.
    pub mountain: f64,
    pub mountain_trend: f64,
    /// The mountain counties' urbanization, and both it and the province's
    /// at the base speed (the reference the levers depart from).
    pub mountain_urbanization: f64,
    pub urbanization_reference: f64,
    pub mountain_urbanization_reference: f64,
}

/// Income per resident relative to rural income, at urbanization `u` and
/// urban ÷ rural income `ratio`: u · ratio + (1 − u).
fn composition(u: f64, ratio: f64) -> f64 {
    u * ratio + (1.0 - u)
}

impl OutcomeState {
    /// The starting point, with the regional figures carried from the year
    /// they were published to the starting year at their base rates.
    pub fn start(start: &StartingPoint, a: &OutcomeAssumptions) -> OutcomeState {
        let carry = |from: i32| (start.year - from).max(0);
        OutcomeState {
            urbanization: start.urbanization,
            registered_urbanization: start.registered_urbanization,
            no_urban_rural_gap: start.standards_no_urban_rural_gap,
            no_hukou_gap: start.standards_no_hukou_gap,
            city_gap: 1.0
                + (start.city_income_gap - 1.0)
                    * (1.0 - a.city_gap_closing_rate).powi(carry(start.city_income_gap_year)),
            mountain: 1.0
                - (1.0 - start.mountain_relative_income)
                    * (1.0 - a.mountain_catch_up_rate).powi(carry(start.mountain_relative_income_year)),
            mountain_trend: 1.0
                - (1.0 - start.mountain_relative_income)
                    * (1.0 - a.mountain_catch_up_rate).powi(carry(start.mountain_relative_income_year)),
            mountain_urbanization: start.mountain_urbanization,
            urbanization_reference: start.urbanization,
            mountain_urbanization_reference: start.mountain_urbanization,
        }
    }
}

/// One year's outcomes (end of year).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct YearOutcome {
    pub year: i32,
    /// Year-end completed investment per strand (bn yuan) and rate of plan.
    pub completed_bn: [f64; 3],
    pub completion_rate: [f64; 3],
    pub overall_completion_rate: f64,
    /// Money left unspent at the year end per strand, bn yuan.
    pub unspent_bn: [f64; 3],
    /// What the policy levers cost this year, bn yuan.
    pub policy_cost: PolicyCostYear,
    /// Capital per strand at the year end, and relative to the reference
    /// path (ln K/K_ref: 0.1 ≈ 10 % more).
    pub capital_bn: [f64; 3],
    pub capital_vs_reference: [f64; 3],
    pub urban_income: f64,
    pub rural_income: f64,
    pub income_ratio: f64,
    /// All residents' per-capita disposable income (the published figure the
    /// 85,000 target is about).
    pub average_income: f64,
    pub standards_no_urban_rural_gap: f64,
    pub standards_no_hukou_gap: f64,
    pub urbanization: f64,
    pub registered_urbanization: f64,
    pub city_income_gap: f64,
    pub mountain_relative_income: f64,
}

/// The inputs of one year's step besides the scenario.
pub struct YearInputs<'a> {
    pub t: usize,
    pub year: i32,
    pub capital: &'a Capital,
    pub reference: &'a Capital,
    /// Share of the year after the reporting date (the counts of standards
    /// hold at the reporting date), 1 in later years.
    pub year_fraction: f64,
}

/// Advance the outcomes by one year.
pub fn step(scenario: &Scenario, state: &mut OutcomeState, inputs: &YearInputs) -> YearIncomes {
    let start = &scenario.start;
    let a = &scenario.assumptions.outcomes;
    let l = &scenario.levers;
    let (k, r) = (inputs.capital, inputs.reference);
    let years = f64::from(inputs.year - start.year);
    // The starting year is history (its published values): the base rates
    // move only the years after it. The programme's departures from the
    // reference apply in every year: in the starting year each rate counts
    // only its excess over the base rate (never a fall below history).
    let base_part = if inputs.year > start.year { 0.0 } else { 1.0 };

    // Urbanization first: this year's residents share the year's income.
    let urban_capital = log_ratio(k.stock_bn[0], r.stock_bn[0]);
    let speed = a.urbanization_speed
        * l.county_capacity
        * (1.0
            + a.reform_urbanization_effect * (l.hukou_reform - 1.0)
            + a.urban_stock_urbanization_effect * urban_capital)
            .max(0.0);
    // Shares of a gap: never more than the whole gap, so the ceiling and the
    // resident rate are approached, never passed.
    let speed = speed.min(1.0) - base_part * a.urbanization_speed.min(1.0);
    state.urbanization += (speed * (a.urbanization_ceiling - state.urbanization)).max(0.0);
    // The mountain counties urbanize at the same speed towards the same
    // ceiling from further below it; the references move at the base speed.
    let base_speed = (1.0 - base_part) * a.urbanization_speed.min(1.0);
    state.mountain_urbanization += (speed * (a.urbanization_ceiling - state.mountain_urbanization)).max(0.0);
    state.urbanization_reference += (base_speed * (a.urbanization_ceiling - state.urbanization_reference)).max(0.0);
    state.mountain_urbanization_reference +=
        (base_speed * (a.urbanization_ceiling - state.mountain_urbanization_reference)).max(0.0);
    let conversion = (a.hukou_conversion_rate * l.hukou_reform).min(1.0) - base_part * a.hukou_conversion_rate.min(1.0);
    state.registered_urbanization += (conversion * (state.urbanization - state.registered_urbanization)).max(0.0);

    // Incomes: the trend, plus the yearly return on extra capital, shared
    // over the urban or the rural residents.
    let u = state.urbanization;
    // Guard: never share a gain over fewer than 1 % of the population (a
    // scenario may set urbanization to 0 or 100 %).
    let urban_people_m = u.max(0.01) * start.population_m;
    let rural_people_m = (1.0 - u).max(0.01) * start.population_m;
    let extra: [f64; 3] = std::array::from_fn(|i| extra_capital(k.effective_bn[i], r.effective_bn[i]));
    let urban_gain_bn = a.return_urban_on_urban * extra[0];
    let rural_gain_bn = a.return_urban_on_rural * extra[0]
        + a.return_rural_on_rural * extra[1]
        + a.return_integration_on_rural * extra[2];
    let urban_trend = start.urban_income * (1.0 + a.urban_income_growth).powf(years);
    // After the starting year the trend may sit off the published value by
    // its level offset (0 in a projection, drawn in the band).
    let level = if inputs.year > start.year { a.income_ratio_level } else { 0.0 };
    let ratio_trend = start.urban_income / start.rural_income * (level - a.income_ratio_decline * years).exp();
    // bn yuan ÷ millions of people = thousand yuan per person, applied as
    // `with_gain`: the gain itself for small changes, never a negative or
    // runaway income at the hard bounds of the inputs.
    let rural_trend = urban_trend / ratio_trend;
    let urban_income = with_gain(urban_trend, 1e3 * urban_gain_bn / urban_people_m);
    let rural_income = with_gain(rural_trend, 1e3 * rural_gain_bn / rural_people_m);
    let start_weighted = start.urbanization * start.urban_income + (1.0 - start.urbanization) * start.rural_income;
    let all_factor = start.all_income / start_weighted;

    // Public services: a share of the remaining gaps closes each year, faster
    // with effort, reform and 融合 capital.
    let services = (k.stock_bn[2] / r.stock_bn[2].max(1e-9)).max(0.0).powf(a.services_stock_elasticity);
    let close = |rate: f64| 1.0 - (-rate * l.standards_effort * services * inputs.year_fraction).exp();
    state.no_urban_rural_gap += (start.standards_total - state.no_urban_rural_gap) * close(a.standards_closing_rate);
    state.no_hukou_gap +=
        (start.standards_total - state.no_hukou_gap) * close(a.hukou_standards_closing_rate * l.hukou_reform);

    // Regions: the mountain counties catch up at their base rate, faster
    // with more capital there; their income per resident gains more than the
    // province's from a faster urbanization (further from the ceiling). The
    // city gap follows the lowest cities, Lishui and Quzhou, which lie wholly
    // in the 26 mountain counties: their income moves as the counties' do.
    let regional = (1.0 + a.regional_stock_effect * log_ratio(k.mountain_bn, r.mountain_bn)).max(0.0);
    let trend_gap = (1.0 - base_part) * a.city_gap_closing_rate.min(1.0);
    state.city_gap = 1.0 + (state.city_gap - 1.0) * (1.0 - trend_gap);
    let catch_up = (a.mountain_catch_up_rate * regional).min(1.0) - base_part * a.mountain_catch_up_rate.min(1.0);
    state.mountain += catch_up.max(0.0) * (1.0 - state.mountain);
    state.mountain_trend += (1.0 - base_part) * a.mountain_catch_up_rate.min(1.0) * (1.0 - state.mountain_trend);
    // At the trend's urban ÷ rural income, so money moves the regions only
    // through the capital and the urbanization it pays for.
    let ratio = ratio_trend;
    let mountain_people =
        composition(state.mountain_urbanization, ratio) / composition(state.mountain_urbanization_reference, ratio);
    let province_people = composition(state.urbanization, ratio) / composition(state.urbanization_reference, ratio);
    let mountain_relative_income = (state.mountain * mountain_people / province_people).min(1.0);
    let city_income_gap = (state.city_gap * state.mountain_trend / mountain_relative_income.max(1e-9)).max(1.0);

    YearIncomes {
        urban_income,
        rural_income,
        average_income: all_factor * (u * urban_income + (1.0 - u) * rural_income),
        capital_vs_reference: std::array::from_fn(|i| log_ratio(k.stock_bn[i], r.stock_bn[i])),
        city_income_gap,
        mountain_relative_income,
    }
}

/// The income figures of one year (the rest is in the state).
pub struct YearIncomes {
    pub urban_income: f64,
    pub rural_income: f64,
    pub average_income: f64,
    pub capital_vs_reference: [f64; 3],
    /// The regions: highest ÷ lowest city income and the mountain counties'
    /// income relative to the province.
    pub city_income_gap: f64,
    pub mountain_relative_income: f64,
}
