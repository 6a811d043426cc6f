//! "How these forecasts have done" in the model reference: the income
//! ratio's trend method run from every start year of the backtest against
//! what was then published (`urs_charts::record`, the chart kind `Record`;
//! also in every slot's picker and `urs --svg record`).

use super::charts::specs::{build, ChartKind, Role, Shown};
use super::charts::ChartView;
use crate::i18n::Lang;
use crate::model::{project, Scenario};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecordChartProps {
    pub lang: Lang,
}

#[function_component(RecordChart)]
pub fn record_chart(props: &RecordChartProps) -> Html {
    let lang = props.lang;
    // The record does not depend on the scenario; `build` wants one to hang
    // the chart on.
    let built = use_memo(lang, |&lang| {
        let s = Scenario::zhejiang_2025();
        let p = project(&s);
        build(ChartKind::Record, &[Shown { name: s.name.clone(), projection: &p, role: Role::Scenario }], 0, lang)
    });
    let Some(built) = built.as_ref() else { return html! {} };
    let kind = ChartKind::Record;
    html! {
        <section class="record-chart">
            <ChartView id="record-chart" title={kind.title(lang)} spec={Rc::new(built.spec.clone())}
                lang={lang} summary={built.summary.clone()} note={built.note.map(AttrValue::from)} />
        </section>
    }
}
