//! Every fixed string of the UI, in both languages. A key is an enum variant,
//! so a string without its translation does not compile; `ALL` lets a test
//! check that none is empty.

use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T {
    Title,
    Subtitle,
    LanguageToggle,
    LanguageToggleLabel,
    LeversHeading,
    ResetAll,
    Reset,
    Lock,
    Unlock,
    BaselineMark,
    KpiHeading,
    YearEnd,
    Overall,
    VsBaseline,
    OfPlan,
    ChartHeading,
    ChartCaption,
    Scenario,
    Baseline,
    Plan100,
    Reported,
    MonthSuffix,
    NotANumber,
    OutsidePlausible,
    SourceLabel,
    ModelVersion,
    Derived,
    MoneyLimited,
    Notices,
    SharesSum,
    PercentPoints,
    Legend,
}

impl T {
    pub const ALL: [T; 32] = [
        T::Title,
        T::Subtitle,
        T::LanguageToggle,
        T::LanguageToggleLabel,
        T::LeversHeading,
        T::ResetAll,
        T::Reset,
        T::Lock,
        T::Unlock,
        T::BaselineMark,
        T::KpiHeading,
        T::YearEnd,
        T::Overall,
        T::VsBaseline,
        T::OfPlan,
        T::ChartHeading,
        T::ChartCaption,
        T::Scenario,
        T::Baseline,
        T::Plan100,
        T::Reported,
        T::MonthSuffix,
        T::NotANumber,
        T::OutsidePlausible,
        T::SourceLabel,
        T::ModelVersion,
        T::Derived,
        T::MoneyLimited,
        T::Notices,
        T::SharesSum,
        T::PercentPoints,
        T::Legend,
    ];

    pub fn get(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            T::Title => ("城乡融合情景模拟器", "Urban–Rural Integration Scenario Simulator"),
            T::Subtitle => (
                "浙江 2025：强城 · 兴村 · 融合 重大项目投资完成率",
                "Zhejiang 2025: investment completion of the urban, rural and integration projects",
            ),
            T::LanguageToggle => ("English", "中文"),
            T::LanguageToggleLabel => ("切换到英文", "Switch to Chinese"),
            T::LeversHeading => ("政策杠杆", "Levers"),
            T::ResetAll => ("全部恢复基准", "Reset all to baseline"),
            T::Reset => ("恢复", "Reset"),
            T::Lock => ("锁定", "Lock"),
            T::Unlock => ("解锁", "Unlock"),
            T::BaselineMark => ("基准", "baseline"),
            T::KpiHeading => ("年末投资完成率", "Year-end investment completion"),
            T::YearEnd => ("年末完成", "done by year end"),
            T::Overall => ("全部项目", "All projects"),
            T::VsBaseline => ("较基准", "vs baseline"),
            T::OfPlan => ("计划", "plan"),
            T::ChartHeading => ("逐月累计投资完成率", "Cumulative investment completion, month by month"),
            T::ChartCaption => (
                "实线：当前情景；虚线：基准。报告期之前为按典型进度分摊的实际完成。",
                "Solid: this scenario; dashed: baseline. Before the reporting date: reported completion spread along the typical pace.",
            ),
            T::Scenario => ("当前情景", "scenario"),
            T::Baseline => ("基准", "baseline"),
            T::Plan100 => ("计划 100 %", "plan 100 %"),
            T::Reported => ("报告期", "reported"),
            T::MonthSuffix => ("月", ""),
            T::NotANumber => ("请输入数字", "Enter a number"),
            T::OutsidePlausible => ("超出合理范围，请核实", "outside the plausible range: check it"),
            T::SourceLabel => ("来源", "Source"),
            T::ModelVersion => ("模型版本", "Model version"),
            T::Derived => ("推算", "derived"),
            T::MoneyLimited => ("受资金限制", "limited by money"),
            T::Notices => ("提示", "Notes"),
            T::SharesSum => ("三项合计始终为 100 %", "The three shares always add up to 100 %"),
            T::PercentPoints => ("个百分点", "pp"),
            T::Legend => ("图例", "Legend"),
        };
        lang.pick(zh, en)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_text_in_both_languages() {
        for key in T::ALL {
            // MonthSuffix is legitimately empty in English ("5", not "5月").
            if key != T::MonthSuffix {
                assert!(!key.get(Lang::En).is_empty(), "{key:?} en");
            }
            assert!(!key.get(Lang::Zh).is_empty(), "{key:?} zh");
        }
    }
}
