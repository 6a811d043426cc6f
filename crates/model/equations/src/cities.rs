//! Each city's urban–rural income ratio, carried to the starting year along
//! the provincial series, then moved with the provincial projection.

use serde::Serialize;
use urs_inputs::region::{City, INCOME_RATIO};

/// The published provincial ratio in `year` (nearest earlier year if that
/// year is missing from the series).
fn provincial_ratio(year: i32) -> f64 {
    INCOME_RATIO.iter().rev().find(|(y, _)| *y <= year).map_or(INCOME_RATIO[0].1, |(_, r)| *r)
}

/// A city's ratio carried to `start_year` along the provincial series.
pub fn ratio_at_start(c: &City, start_year: i32) -> f64 {
    c.income_ratio * provincial_ratio(start_year) / provincial_ratio(c.income_ratio_year)
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CityProjection {
    pub id: String,
    pub ratio_at_start: f64,
    /// One value per year of the horizon.
    pub income_ratio: Vec<f64>,
}

/// Each city's ratio moves in proportion to the provincial projection.
pub fn project_cities(cities: &[City], start_year: i32, start_ratio: f64, provincial: &[f64]) -> Vec<CityProjection> {
    cities
        .iter()
        .map(|c| {
            let at_start = ratio_at_start(c, start_year);
            CityProjection {
                id: c.id.clone(),
                ratio_at_start: at_start,
                income_ratio: provincial.iter().map(|p| at_start * p / start_ratio).collect(),
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
}
