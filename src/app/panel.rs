//! The lever panel, made from the parameter table: every `Role::Lever`
//! parameter gets a slider, except allocation shares, which are shown per pot
//! as linked sliders.

use super::levers::{AllocationLever, LeverSlider};
use super::state::Action;
use crate::i18n::Lang;
use crate::model::params::{Group, Kind, ParamSpec, PolicyLever, Role, PARAMS};
use crate::model::project;
use crate::model::{Levers, Pot, Scenario};
use crate::text::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub scenario: Scenario,
    pub lang: Lang,
    /// The frame-batched dispatcher (`use_frame_dispatch`).
    pub dispatch: Callback<Action>,
}

/// Which pot's allocation follows the lever that sets the pot's size.
fn pot_after(param_id: &str) -> Option<Pot> {
    match param_id {
        "plan_funds_bn" => Some(Pot::Plan),
        "special_funds_bn" => Some(Pot::Special),
        "credit_take_up" => Some(Pot::Credit),
        _ => None,
    }
}

fn is_share(param_id: &str) -> bool {
    param_id.contains("_share_")
}

/// What a lever is for, and its own effect on it: the scenario against the
/// same scenario with this one lever back at the baseline, so a lever that
/// moves nothing says so (money at the capacity, say) instead of moving
/// silently.
fn own_effect(spec: &ParamSpec, scenario: &Scenario, base_value: f64, lang: Lang) -> Option<String> {
    if spec.role != Role::Lever {
        return None;
    }
    if ((spec.get)(scenario) - base_value).abs() < 1e-12 {
        return None;
    }
    let mut without = scenario.clone();
    (spec.set)(&mut without, base_value);
    let (with, without) = (project(scenario), project(&without));
    let last = |p: &crate::model::Projection| p.years.last().cloned();
    let (a, b) = (last(&with)?, last(&without)?);
    let (label, delta) = match spec.kind {
        Kind::Policy(PolicyLever::HukouReform) => (
            T::EffectRegistered,
            format!(
                "{:+.1} {}",
                (a.registered_urbanization - b.registered_urbanization) * 100.0,
                T::PercentPoints.get(lang)
            ),
        ),
        Kind::Policy(PolicyLever::StandardsEffort) => {
            (T::EffectStandards, format!("{:+.1}", a.standards_no_urban_rural_gap - b.standards_no_urban_rural_gap))
        }
        Kind::Policy(PolicyLever::CountyCapacity) => (
            T::EffectUrbanization,
            format!("{:+.1} {}", (a.urbanization - b.urbanization) * 100.0, T::PercentPoints.get(lang)),
        ),
        _ if spec.group == Group::Regions => (
            T::EffectMountain,
            format!(
                "{:+.1} {}",
                (a.mountain_relative_income - b.mountain_relative_income) * 100.0,
                T::PercentPoints.get(lang)
            ),
        ),
        _ => {
            let total =
                |p: &crate::model::Projection| p.years.iter().map(|y| y.completed_bn.iter().sum::<f64>()).sum::<f64>();
            let d = total(&with) - total(&without);
            (
                T::EffectInvestment,
                format!("{}{}", if d < 0.0 { "−" } else { "+" }, crate::i18n::format_money_bn(d.abs(), lang)),
            )
        }
    };
    Some(format!("{} {delta}", label.get(lang)))
}

/// One slider row for a parameter, wired to the dispatcher. `reference` is
/// the scenario whose value reset returns to (and the slider's tick shows):
/// the scenario's baseline for a lever, the built-in one for the rest (as
/// `store::baseline_value`), made once per panel, not once per row.
pub fn param_row(
    spec: &'static ParamSpec,
    scenario: &Scenario,
    reference: &Scenario,
    lang: Lang,
    dispatch: &Callback<Action>,
) -> Html {
    // Policy levers show what they cost at their value (the same every year).
    let cost_bn = match spec.kind {
        Kind::Policy(lever) => Some(crate::model::financing::policy_costs(scenario).of(lever)),
        _ => None,
    };
    let effect = own_effect(spec, scenario, (spec.get)(reference), lang);
    html! {
        <LeverSlider spec={spec} value={(spec.get)(scenario)} baseline={(spec.get)(reference)}
            lang={lang} dispatch={dispatch.clone()} cost_bn={cost_bn} effect={effect} />
    }
}

/// A group of parameter rows under its heading.
fn group_section(group: Group, lang: Lang, rows: impl IntoIterator<Item = Html>) -> Html {
    html! {
        <section class="lever-group" aria-label={group.label(lang)}>
            <h3>{ group.label(lang) }</h3>
            { for rows }
        </section>
    }
}

/// A pot's money in the first year, bn yuan (what its shares split).
fn pot_total_bn(pot: Pot, l: &Levers) -> f64 {
    match pot {
        Pot::Plan => l.plan_funds_bn,
        Pot::Special => l.special_funds_bn,
        Pot::Credit => l.credit_bn * l.credit_take_up,
    }
}

#[function_component(LeverPanel)]
pub fn lever_panel(props: &PanelProps) -> Html {
    let lang = props.lang;
    let dispatch = props.dispatch.clone();
    let builtin = Levers::builtin();
    let reference = Scenario { levers: builtin.clone(), ..props.scenario.clone() };
    let lever = |spec: &'static ParamSpec| param_row(spec, &props.scenario, &reference, lang, &dispatch);
    let allocation = |pot: Pot| {
        let prefix = format!("alloc-{}", pot.share_param_prefix().trim_end_matches("_share_"));
        html! {
            <AllocationLever title={AttrValue::from(lang.pick(pot.zh(), pot.en()))}
                allocation={pot.allocation(&props.scenario.levers)} builtin={pot.allocation(&builtin)}
                lang={lang} pot={pot} dispatch={dispatch.clone()} id_prefix={AttrValue::from(prefix)}
                total_bn={pot_total_bn(pot, &props.scenario.levers)} />
        }
    };
    // Groups in the order a planner thinks: money, then how fast it is spent,
    // then the reforms and where it goes.
    let groups = [Group::Funds, Group::Execution, Group::Reform, Group::Services, Group::Regions].map(|group| {
        let mut items = Vec::new();
        for spec in PARAMS.iter().filter(|p| p.role == Role::Lever && p.group == group && !is_share(p.id)) {
            items.push(lever(spec));
            if let Some(pot) = pot_after(spec.id) {
                items.push(allocation(pot));
            }
        }
        group_section(group, lang, items)
    });
    let reset_all = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::ResetAll))
    };
    html! {
        <div class="lever-list">
            <div class="levers-head">
                <button class="reset-all" onclick={reset_all}>{ T::ResetAll.get(lang) }</button>
            </div>
            { for groups }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct AssumptionsProps {
    pub scenario: Scenario,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// Every assumption and data value of the parameter table, grouped, each
/// editable with its source label and plausible range.
#[function_component(AssumptionsPanel)]
pub fn assumptions_panel(props: &AssumptionsProps) -> Html {
    let lang = props.lang;
    let builtin = use_memo((), |_| Scenario::zhejiang_2025());
    let groups =
        [Group::Calibration, Group::Income, Group::Services, Group::Urbanization, Group::Regions].map(|group| {
            let rows = PARAMS
                .iter()
                .filter(|p| p.role != Role::Lever && p.group == group)
                .map(|spec| param_row(spec, &props.scenario, &builtin, lang, &props.dispatch));
            group_section(group, lang, rows)
        });
    let reset = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::ResetAssumptions))
    };
    html! {
        <div class="assumptions">
            <div class="levers-head">
                <p class="intro">{ T::AssumptionsIntro.get(lang) }</p>
                <button class="reset-all" onclick={reset}>{ T::ResetAll.get(lang) }</button>
            </div>
            <super::region_panel::RegionPanel lang={lang} />
            { for groups }
        </div>
    }
}
