//! The region's cities: each one's income ratio, population and
//! urbanization, measured or filled, and the check a scenario's cities pass.

use crate::i18n::{Bilingual, Lang};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// Published for a full year.
    Measured,
    /// Published for the first half of the year.
    MeasuredHalfYear,
    /// Not published: estimated as the citation says (shown as 估算 / estimate).
    Filled,
}

impl Provenance {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Provenance::Measured => lang.pick("实测", "measured"),
            Provenance::MeasuredHalfYear => lang.pick("实测（上半年）", "measured (H1)"),
            Provenance::Filled => lang.pick("估算", "estimate"),
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

pub fn validate_cities(cities: &[City]) -> Result<(), Bilingual> {
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
