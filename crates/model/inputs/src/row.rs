//! What a row of the parameter table is: its names, role, kind, group and
//! unit, and how to read and write it in a scenario. The rows themselves are
//! in `rows.rs`; their numbers in the region file (`params.rs` joins them).

use super::scenario::{Pot, Scenario};
use super::strand::Strand;
use super::unit::Unit;
use crate::i18n::Lang;
use serde::Serialize;

/// What a parameter is to the planner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A policy choice: shown in the lever panel.
    Lever,
    /// A belief about how things work: shown in the assumptions panel.
    Assumption,
    /// Reported data the model is calibrated to.
    Data,
}

/// What a row is, beyond its number: the share rows know their pot and
/// strand, the pot totals their pot, the pace rows their month (so nothing
/// parses ids).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A plain number.
    Number,
    /// The total of a pot of money.
    PotTotal(Pot),
    /// One strand's share of a pot (setting it rebalances the other two).
    Share(Pot, Strand),
    /// One month (0 = January) of the typical pace profile.
    PaceMonth(usize),
    /// A policy lever that costs money (docs/MODEL.md, "Money").
    Policy(PolicyLever),
}

/// The policy levers with a cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PolicyLever {
    HukouReform,
    StandardsEffort,
    CountyCapacity,
}

/// Where a parameter sits in the panels (资金 · 执行 · 改革 · 公共服务 · 区域, and
/// the assumption groups).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Funds,
    Execution,
    Reform,
    Services,
    Regions,
    Income,
    Urbanization,
    Calibration,
}

impl Group {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Group::Funds => lang.pick("资金", "Funds"),
            Group::Execution => lang.pick("执行", "Execution"),
            Group::Reform => lang.pick("改革", "Reform"),
            Group::Services => lang.pick("公共服务", "Public services"),
            Group::Regions => lang.pick("区域", "Regions"),
            Group::Income => lang.pick("收入", "Income"),
            Group::Urbanization => lang.pick("城镇化", "Urbanization"),
            Group::Calibration => lang.pick("校准与进度", "Calibration and pace"),
        }
    }
}

/// What a parameter is: names, role, kind, group, unit, and how to read and
/// write it in a scenario. Its numbers are the region's (`ParamSpec`).
pub struct Row {
    pub id: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub role: Role,
    pub kind: Kind,
    pub group: Group,
    pub unit: Unit,
    pub get: fn(&Scenario) -> f64,
    pub set: fn(&mut Scenario, f64),
}
