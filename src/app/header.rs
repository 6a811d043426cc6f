//! The page's header: the title, the year, the layout and the language, and
//! the toolbar (undo, redo, share, QR code, exports, print, the baseline's band),
//! which a phone folds behind its "工具" button.

use super::address::on_share;
use super::band::ShownBand;
use super::exports::{on_export_csv, on_export_scenario};
use super::print::PrintWhat;
use super::print_menu::PrintMenu;
use super::state::{Action, AppState, Layout, State};
use super::store::BaselineBand;
use crate::model::Projection;
use crate::text::T;
use std::rc::Rc;
use yew::prelude::*;

/// What the header acts on besides the state.
pub struct HeaderArgs<'a> {
    pub scen: &'a Rc<Projection>,
    pub base: &'a Rc<Projection>,
    pub band: &'a Option<ShownBand>,
    pub direct: &'a UseReducerDispatcher<AppState>,
    pub on_qr: Callback<MouseEvent>,
    pub on_print: &'a Callback<PrintWhat>,
    /// The toolbar unfolded (a phone folds it behind "工具": style.css).
    pub tools_open: bool,
    pub on_tools: Callback<MouseEvent>,
}

pub fn header(state: &State, args: HeaderArgs) -> Html {
    let HeaderArgs { scen, base, band, direct, on_qr, on_print, tools_open, on_tools } = args;
    let lang = state.view.lang;
    let send = |action: Action| {
        let d = direct.clone();
        Callback::from(move |_| d.dispatch(action.clone()))
    };
    let year_buttons = scen.years.iter().enumerate().map(|(i, y)| {
        let on = i == state.view.year_index;
        html! {
            <button class={classes!("seg", on.then_some("on"))} aria-pressed={on.to_string()}
                onclick={send(Action::SetYear(i))}>{ y.year }</button>
        }
    });
    let layout_buttons = Layout::ALL.map(|layout| {
        let on = layout == state.view.layout;
        let n = layout.count();
        html! {
            <button class={classes!("seg", on.then_some("on"))} aria-pressed={on.to_string()}
                aria-label={format!("{} {n}", T::Layout.get(lang))}
                onclick={send(Action::SetLayout(layout))}>{ n }</button>
        }
    });
    let baseline_band_on = state.view.baseline_band == BaselineBand::Shown;
    let next_band = if baseline_band_on { BaselineBand::Hidden } else { BaselineBand::Shown };
    html! {
        <header class="top">
            <div class="titles">
                <h1>{ T::Title.get(lang) }</h1>
                <p class="subtitle">{ T::Subtitle.get(lang) }</p>
            </div>
            <div class="controls">
                <div class="segmented" role="group" aria-label={T::Year.get(lang)}>
                    <span class="seg-label">{ T::Year.get(lang) }</span>{ for year_buttons }
                </div>
                <div class="segmented" role="group" aria-label={T::Layout.get(lang)}>
                    <span class="seg-label">{ T::Layout.get(lang) }</span>{ for layout_buttons }
                </div>
                <button class="lang-toggle" onclick={send(Action::SetLang(lang.other()))} title={T::LanguageToggleLabel.get(lang)}
                    lang={lang.other().pick("zh-CN", "en")}>
                    { T::LanguageToggle.get(lang) }
                </button>
                // Shown on a phone only: the toolbar folds behind it.
                <button class="tools-toggle" aria-expanded={tools_open.to_string()} aria-controls="toolbar" onclick={on_tools}>
                    { format!("{} {}", T::Tools.get(lang), if tools_open { "▴" } else { "▾" }) }
                </button>
            </div>
            <div id="toolbar" class={classes!("toolbar", tools_open.then_some("open"))} role="toolbar"
                aria-label={T::Tools.get(lang)}>
                <button class="undo" onclick={send(Action::Undo)} disabled={state.doc.past.is_empty()}
                    title={T::UndoHint.get(lang)}>{ format!("↶ {}", T::Undo.get(lang)) }</button>
                <button class="redo" onclick={send(Action::Redo)} disabled={state.doc.future.is_empty()}
                    title={T::RedoHint.get(lang)}>{ format!("↷ {}", T::Redo.get(lang)) }</button>
                <button class="share" onclick={on_share(state, direct)}>{ T::ShareLink.get(lang) }</button>
                <button class="qr" aria-haspopup="dialog" onclick={on_qr}>{ T::QrCode.get(lang) }</button>
                <button class="export-json" onclick={on_export_scenario(state)}>{ T::ExportScenario.get(lang) }</button>
                <button class="export-csv" onclick={on_export_csv(state, scen, base, band)}>
                    { T::ExportCsv.get(lang) }
                </button>
                <PrintMenu decks={state.library.decks.clone()} lang={lang} on_print={on_print.clone()} />
                <button class={classes!("baseline-band", baseline_band_on.then_some("on"))}
                    aria-pressed={baseline_band_on.to_string()} onclick={send(Action::SetBaselineBand(next_band))}>
                    { T::BaselineBandToggle.get(lang) }
                </button>
            </div>
        </header>
    }
}
