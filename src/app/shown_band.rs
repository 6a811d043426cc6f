//! What the KPI strip and the summary are given of the uncertainty band: web-free, so
//! they compile natively for the first paint (`ssr`), where no band is shown.

use crate::model::paired::Differences;
use crate::model::uncertainty::Band;
use std::rc::Rc;

/// The band the screen shows, and whether it is for the scenario on screen
/// (false while the worker catches up with a drag).
#[derive(Clone, PartialEq)]
pub struct ShownBand {
    pub band: Rc<Band>,
    /// The scenario's change against its baseline on the same draws
    /// (`model::paired`), when the two differ and the worker paired them.
    pub differences: Option<Rc<Differences>>,
    pub current: bool,
    /// The worker's time for it, ms.
    pub elapsed_ms: f64,
}
