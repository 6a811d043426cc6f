//! Each city's urban–rural income ratio, carried to the starting year along
//! the provincial series, then moved with the provincial projection: each
//! city's distance above a floor shrinks in the proportion the province's
//! does, so the cities converge towards the floor and none passes it.

use serde::Serialize;
use urs_inputs::region::{City, INCOME_RATIO};

/// The lowest urban–rural income ratio a city is carried to: the bound
/// docs/MODEL.md's plausibility envelope sets for the province ("never below
/// 1.45"; the province's lowest city, Jiaxing, was at 1.56 in 2022). Cities
/// converge towards it, never below it (tests/envelope.rs).
pub const CITY_RATIO_FLOOR: f64 = 1.45;

/// The published provincial ratio in `year` (nearest earlier year if that
/// year is missing from the series).
fn provincial_ratio(year: i32) -> f64 {
    INCOME_RATIO.iter().rev().find(|(y, _)| *y <= year).map_or(INCOME_RATIO[0].1, |(_, r)| *r)
}

/// A city's ratio moved from `city_from` as the province moves from
/// `province_from` to `province_to`: the distance above the floor scales
/// with the province's. A city at or below the floor, or a province that
/// starts at or below it, keeps the city's own value (nothing to converge).
pub fn converge(city_from: f64, province_from: f64, province_to: f64) -> f64 {
    let f = CITY_RATIO_FLOOR;
    if city_from <= f || province_from <= f {
        return city_from;
    }
    f + (city_from - f) * (province_to - f).max(0.0) / (province_from - f)
}

/// A city's ratio carried to `start_year` along the provincial series.
pub fn ratio_at_start(c: &City, start_year: i32) -> f64 {
    converge(c.income_ratio, provincial_ratio(c.income_ratio_year), provincial_ratio(start_year))
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CityProjection {
    pub id: String,
    pub ratio_at_start: f64,
    /// One value per year of the horizon.
    pub income_ratio: Vec<f64>,
}

/// Each city's ratio moves with the provincial projection ([`converge`]).
pub fn project_cities(cities: &[City], start_year: i32, start_ratio: f64, provincial: &[f64]) -> Vec<CityProjection> {
    cities
        .iter()
        .map(|c| {
            let at_start = ratio_at_start(c, start_year);
            CityProjection {
                id: c.id.clone(),
                ratio_at_start: at_start,
                income_ratio: provincial.iter().map(|p| converge(at_start, start_ratio, *p)).collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use urs_inputs::region::zhejiang_cities;

    #[test]
    fn eleven_cities_and_the_population_adds_up_to_the_province() {
        let cities = zhejiang_cities();
        assert_eq!(cities.len(), 11);
        let total: f64 = cities.iter().map(|c| c.population_m).sum();
        assert!((total - 66.27).abs() < 0.01, "{total}");
        let urban: f64 = cities.iter().map(|c| c.population_m * c.urbanization).sum();
        assert!((urban / total - 0.742).abs() < 0.002, "{}", urban / total);
    }

    #[test]
    fn jiaxing_has_the_lowest_ratio_as_the_seed_says() {
        let cities = zhejiang_cities();
        let lowest = cities.iter().min_by(|a, b| ratio_at_start(a, 2024).total_cmp(&ratio_at_start(b, 2024))).unwrap();
        assert_eq!(lowest.id, "jiaxing");
    }

    #[test]
    fn a_city_converges_towards_the_floor_and_never_passes_it() {
        // Half the province's distance above the floor: half the city's.
        let half = converge(1.65, 1.85, 1.65);
        assert!((half - (CITY_RATIO_FLOOR + 0.1)).abs() < 1e-12, "{half}");
        // The province at or below the floor takes every city to it, no lower.
        assert_eq!(converge(1.56, 1.8, 1.2), CITY_RATIO_FLOOR);
        // A city above the province stays above it.
        assert!(converge(2.0, 1.8, 1.6) > 1.6);
    }

    #[test]
    fn the_estimated_cities_do_not_share_one_value() {
        let cities = zhejiang_cities();
        let filled: Vec<f64> = cities
            .iter()
            .filter(|c| c.income_ratio_provenance == urs_inputs::city::Provenance::Filled)
            .map(|c| ratio_at_start(c, 2025))
            .collect();
        assert_eq!(filled.len(), 3);
        assert!(filled.windows(2).all(|w| (w[0] - w[1]).abs() > 0.01), "{filled:?}");
    }
}
