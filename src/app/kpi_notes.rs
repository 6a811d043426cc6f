//! (web-free) The small lines a KPI card adds to its figure: the 80 % range
//! of the change against the baseline (the two projected on the same draws,
//! `model::paired`), the year a target is for when the card shows another
//! year, and why a probability disagrees with the point beside it.

use crate::i18n::Lang;
use crate::model::paired::Differences;
use crate::model::targets::Target;
use crate::model::{Outcome, OutcomeTargets};
use crate::text::T;

fn signed(d: f64, places: usize) -> String {
    let text = format!("{:.places$}", d.abs());
    let zero = text.chars().all(|c| c == '0' || c == '.');
    format!(
        "{}{text}",
        if zero {
            ""
        } else if d < 0.0 {
            "−"
        } else {
            "+"
        }
    )
}

/// The 10 % and 90 % quantiles of the change of `outcome` in `year`, in the
/// unit the card shows the change in (points for a percentage), with
/// `places` decimals; None without a paired band or when the whole range
/// rounds to no change.
pub fn change_range(d: Option<&Differences>, outcome: Outcome, year: i32, places: usize, lang: Lang) -> Option<String> {
    let (lo, hi) = d?.range(outcome, year)?;
    let scale = outcome.unit().scale();
    let (lo, hi) = (lo * scale, hi * scale);
    let half = 0.5 * 10f64.powi(-(places as i32));
    if lo.abs() < half && hi.abs() < half {
        return None;
    }
    Some(T::ChangeRange.fill(|_| vec![signed(lo, places), signed(hi, places)]).get(lang).to_string())
}

/// In a year without a target on `outcome`: "目标 < 1.9 为 2025、2027 年" —
/// each threshold with the years it is for. None when the year has a target
/// or the outcome has none.
pub fn target_elsewhere(outcome: Outcome, year: i32, lang: Lang) -> Option<String> {
    if outcome.targets().any(|t| t.year == year) {
        return None;
    }
    let mut groups: Vec<(&'static Target, Vec<i32>)> = Vec::new();
    for t in outcome.targets() {
        match groups.iter_mut().find(|(g, _)| g.threshold == t.threshold && g.below == t.below) {
            Some((_, years)) => years.push(t.year),
            None => groups.push((t, vec![t.year])),
        }
    }
    let lines: Vec<String> = groups
        .iter()
        .map(|(t, years)| {
            let threshold = format!(
                "{} {}",
                if t.below { "<" } else { "≥" },
                super::format::threshold_text(outcome, t.threshold, lang)
            );
            let years: Vec<String> = years.iter().map(i32::to_string).collect();
            let years = years.join(T::ListSeparator.get(lang));
            T::TargetForYears.fill(|_| vec![threshold.clone(), years.clone()]).get(lang).to_string()
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join(T::ListSeparator.get(lang)))
}

/// "中线为基准参数下的结果，概率来自 1000 次抽样" when the point and the
/// probability disagree: the point meets the target and fewer than half the
/// draws do, or the point misses and more than half meet it (the line is the
/// run at the central values, not the draws' median).
pub fn point_vs_draws(t: &Target, value: f64, probability: Option<f64>, draws: usize, lang: Lang) -> Option<String> {
    let p = probability?;
    let point_meets = if t.below { value < t.threshold } else { value >= t.threshold };
    let disagree = (point_meets && p < 0.5) || (!point_meets && p > 0.5);
    disagree.then(|| T::PointVsDraws.fill(|_| vec![draws.to_string()]).get(lang).to_string())
}
