//! The 11 cities (设区市). Published figures are incomplete and of mixed
//! years, so every value carries whether it was measured (and when) or
//! filled in, and how. A city's urban–rural income ratio is carried to 2024
//! along the provincial series, then moves with the provincial projection.

use super::history::INCOME_RATIO;
use crate::i18n::Bilingual;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// Published for a full year.
    Measured,
    /// Published for the first half of the year.
    MeasuredHalfYear,
    /// Not published: filled in as the citation says.
    Filled,
}

impl Provenance {
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        match self {
            Provenance::Measured => lang.pick("实测", "measured"),
            Provenance::MeasuredHalfYear => lang.pick("实测（上半年）", "measured (H1)"),
            Provenance::Filled => lang.pick("填补", "filled"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct City {
    pub id: String,
    pub zh: String,
    pub en: String,
    /// Urban ÷ rural per-capita disposable income, in `income_ratio_year`.
    pub income_ratio: f64,
    pub income_ratio_year: i32,
    pub income_ratio_provenance: Provenance,
    /// Resident population 2023, millions.
    pub population_m: f64,
    pub population_provenance: Provenance,
    /// Resident urbanization rate 2023 (fraction).
    pub urbanization: f64,
    pub urbanization_provenance: Provenance,
}

/// How filled values were made (shown beside every filled value).
pub const FILLED_RATIO_NOTE: (&str, &str) =
    ("未公布：取同年全省收入比", "not published: the provincial ratio of the same year");
pub const FILLED_POPULATION_NOTE: (&str, &str) = (
    "未公布：全省 6627 万减去其余 8 市，按假设比例分配",
    "not published: the province's 66.27 m less the other eight cities, split by assumption",
);
pub const FILLED_URBANIZATION_NOTE: (&str, &str) = (
    "未公布：全省 74.2 % 扣除其余 8 市后的余数 63.5 %",
    "not published: what the province's 74.2 % leaves after the other eight cities, 63.5 %",
);

fn city(
    id: &str,
    zh: &str,
    en: &str,
    ratio: (f64, i32, Provenance),
    population: (f64, Provenance),
    urbanization: (f64, Provenance),
) -> City {
    City {
        id: id.into(),
        zh: zh.into(),
        en: en.into(),
        income_ratio: ratio.0,
        income_ratio_year: ratio.1,
        income_ratio_provenance: ratio.2,
        population_m: population.0,
        population_provenance: population.1,
        urbanization: urbanization.0,
        urbanization_provenance: urbanization.1,
    }
}

/// DOMAIN.md, "Public figures gathered for the default dataset".
pub fn zhejiang_cities() -> Vec<City> {
    use Provenance::{Filled as F, Measured as M, MeasuredHalfYear as H};
    vec![
        city("hangzhou", "杭州", "Hangzhou", (1.77, 2023, H), (12.522, M), (0.842, M)),
        city("ningbo", "宁波", "Ningbo", (1.69, 2022, M), (9.697, M), (0.799, M)),
        city("wenzhou", "温州", "Wenzhou", (1.81, 2024, H), (9.761, M), (0.747, M)),
        city("jiaxing", "嘉兴", "Jiaxing", (1.56, 2022, M), (5.584, M), (0.732, M)),
        city("huzhou", "湖州", "Huzhou", (1.65, 2021, M), (3.439, M), (0.675, M)),
        city("shaoxing", "绍兴", "Shaoxing", (1.67, 2022, M), (5.394, M), (0.731, M)),
        city("jinhua", "金华", "Jinhua", (1.86, 2023, F), (7.163, M), (0.704, M)),
        city("quzhou", "衢州", "Quzhou", (1.86, 2023, F), (2.31, F), (0.635, F)),
        city("zhoushan", "舟山", "Zhoushan", (1.57, 2022, M), (1.173, M), (0.740, M)),
        city("taizhou", "台州", "Taizhou", (1.84, 2023, M), (6.72, F), (0.635, F)),
        city("lishui", "丽水", "Lishui", (1.86, 2023, F), (2.51, F), (0.635, F)),
    ]
}

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

pub fn validate(cities: &[City]) -> Result<(), Bilingual> {
    if cities.len() > 50 {
        return Err(Bilingual::new("城市过多（上限 50）", "too many cities (limit 50)"));
    }
    for (i, c) in cities.iter().enumerate() {
        let id_ok = (1..=40).contains(&c.id.len()) && c.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        if !id_ok || cities[..i].iter().any(|o| o.id == c.id) {
            return Err(Bilingual::new(
                format!("城市编号“{}”无效或重复", c.id),
                format!("city id “{}” is not valid or repeats", c.id),
            ));
        }
        for name in [&c.zh, &c.en] {
            if name.trim().is_empty() || name.chars().count() > 40 || name.chars().any(char::is_control) {
                return Err(Bilingual::new(
                    format!("城市名称“{name}”无效"),
                    format!("city name “{name}” is not valid"),
                ));
            }
        }
        let bad = |what_zh: &str, what_en: &str, v: f64| {
            Bilingual::new(
                format!("{}：{what_zh}不合理（{v}）", c.zh),
                format!("{}: {what_en} is not plausible ({v})", c.en),
            )
        };
        if !(c.income_ratio.is_finite() && (0.5..=5.0).contains(&c.income_ratio)) {
            return Err(bad("城乡收入比", "income ratio", c.income_ratio));
        }
        if !(c.population_m.is_finite() && (0.0..=100.0).contains(&c.population_m)) {
            return Err(bad("人口", "population", c.population_m));
        }
        if !(c.urbanization.is_finite() && (0.0..=1.0).contains(&c.urbanization)) {
            return Err(bad("城镇化率", "urbanization", c.urbanization));
        }
        if !(2000..=2100).contains(&c.income_ratio_year) {
            return Err(bad("收入比年份", "income ratio year", f64::from(c.income_ratio_year)));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
