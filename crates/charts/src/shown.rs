//! Which lines a chart shows, decided once for every surface: the screen
//! (the app's chart slots), the slides (presentation) and the printed
//! handout all call `lines` and `chart`, so they draw the same lines.
//!
//! - alone, a scenario is drawn with its baseline, and with the built-in
//!   scenario's line (grey) when its assumptions differ from the built-in
//!   ones (then the baseline answers "what do my assumptions change", the
//!   grey line "what did the built-in ones say");
//! - compared, two to four scenarios are drawn side by side, nothing else;
//! - the scenario's uncertainty band (and the baseline's, when asked for) goes
//!   under the lines of a scenario drawn alone, never under compared ones.

use crate::i18n::Lang;
use crate::model::uncertainty::Band;
use crate::model::{project, Projection, Scenario};
use crate::specs::{add_band, build, BandOf, Built, ChartKind, Role, Shown};
use crate::text::T;
use std::sync::OnceLock;

/// The built-in scenario and its projection, projected once.
pub fn builtin() -> &'static (Scenario, Projection) {
    static BUILTIN: OnceLock<(Scenario, Projection)> = OnceLock::new();
    BUILTIN.get_or_init(|| {
        let s = Scenario::zhejiang_2025();
        let p = project(&s);
        (s, p)
    })
}

/// What a view shows.
pub enum View<'a> {
    /// A scenario (and its projection) beside its baseline's projection.
    Alone { scenario: &'a Scenario, projection: &'a Projection, baseline: &'a Projection },
    /// Scenarios side by side: (name, projection), in the order compared.
    Compared(Vec<(String, &'a Projection)>),
}

/// The lines of a view, each with its name and role.
pub fn lines<'a>(view: View<'a>, lang: Lang) -> Vec<Shown<'a>> {
    match view {
        View::Alone { scenario, projection, baseline } => {
            let (builtin, builtin_projection) = builtin();
            let mut out = vec![
                Shown { name: T::Current.get(lang).to_string(), projection, role: Role::Scenario },
                Shown { name: T::Baseline.get(lang).to_string(), projection: baseline, role: Role::Baseline },
            ];
            if !scenario.same_assumptions(builtin) {
                out.push(Shown {
                    name: T::BuiltinReference.get(lang).to_string(),
                    projection: builtin_projection,
                    role: Role::Builtin,
                });
            }
            out
        }
        View::Compared(items) => items
            .into_iter()
            .enumerate()
            .map(|(i, (name, projection))| Shown { name, projection, role: Role::Compared(i) })
            .collect(),
    }
}

/// The uncertainty bands known for a view (the scenario's; the baseline's
/// when the planner asked for it).
#[derive(Clone, Copy, Default)]
pub struct Bands<'a> {
    pub scenario: Option<&'a Band>,
    pub baseline: Option<&'a Band>,
}

/// The chart `kind` of `lines` (from `lines`), with the bands under a
/// scenario drawn alone. `None` for the city small multiples, which are not a
/// line chart (see `specs::build`).
pub fn chart(kind: ChartKind, lines: &[Shown], bands: Bands, year_index: usize, lang: Lang) -> Option<Built> {
    let mut built = build(kind, lines, year_index, lang)?;
    if lines.iter().any(|s| s.role == Role::Scenario) {
        if let Some(band) = bands.baseline {
            add_band(kind, &mut built.spec, band, BandOf::Baseline, lang);
        }
        if let Some(band) = bands.scenario {
            add_band(kind, &mut built.spec, band, BandOf::Scenario, lang);
        }
    }
    Some(built)
}
