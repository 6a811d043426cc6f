//! What it costs, in words: the pots' money over the horizon against the
//! baseline, and the policy levers' yearly cost (paid out of that money).

use super::sentence::{concat, join, nonzero_money, same, text, Sentence, Topic};
use crate::i18n::{format_money_bn, Bilingual, Lang};
use crate::model::financing::policy_costs;
use crate::model::goal_seek::pots_bn;
use crate::model::params::{Kind, PARAMS};
use crate::model::{Projection, Scenario};
use crate::text::T;

/// (d) The pots' money over the horizon against the baseline, and the
/// policy levers' yearly cost, which is paid out of that money (the ordinary
/// funds), not on top of it.
pub(super) fn cost_sentence(scenario: &Scenario, p: &Projection) -> Sentence {
    let years = match (p.years.first(), p.years.last()) {
        (Some(a), Some(b)) => format!("{}–{}", a.year, b.year),
        _ => String::new(),
    };
    let (total, base) = (pots_bn(scenario), pots_bn(&scenario.baseline()));
    let d = total - base;
    // Float noise (shares that add up a hair differently) is no change.
    let main = if d.abs() < 1e-6 {
        T::SumMoneySame.fill(|lang| vec![years.clone(), format_money_bn(total, lang)])
    } else {
        let key = if d > 0.0 { T::SumMoneyMore } else { T::SumMoneyLess };
        key.fill(|lang| vec![years.clone(), format_money_bn(total, lang), nonzero_money(d.abs(), lang)])
    };
    let costs = policy_costs(scenario);
    let each: Vec<(Bilingual, Bilingual)> = PARAMS
        .iter()
        .filter_map(|p| match p.kind {
            Kind::Policy(lever) if costs.of(lever) > 0.0 => {
                let c = costs.of(lever);
                let name = Bilingual::new(p.name(Lang::Zh), p.name(Lang::En));
                Some((name, Bilingual::new(nonzero_money(c, Lang::Zh), nonzero_money(c, Lang::En))))
            }
            _ => None,
        })
        .collect();
    let mut parts = vec![main];
    if !each.is_empty() {
        // One lever: its name (its cost is the total); more: each with its cost.
        let list = if let [(name, _)] = each.as_slice() {
            name.clone()
        } else {
            join(
                &each.iter().map(|(n, c)| concat(&[n.clone(), same(" ".into()), c.clone()])).collect::<Vec<_>>(),
                T::ListSeparator,
            )
        };
        parts.push(
            T::SumPolicyCost.fill(|lang| vec![nonzero_money(costs.total_bn(), lang), list.get(lang).to_string()]),
        );
    }
    parts.push(text(T::SumEnd));
    Sentence { topic: Topic::Cost, text: concat(&parts) }
}
