//! "How these forecasts have done": the income ratio's rolling-origin
//! backtest (`model::backtest`) as a budget office's forecast-evaluation
//! chart — the published history as a line, and from each start year the
//! forecast the model's trend method (the one its record chose) would then
//! have made, one to six years ahead, over the years that have since been
//! published. The chart kind `Record` (specs.rs) draws these series.

use super::spec::{Layer, Marker, Rgb, Series};
use crate::i18n::Lang;
use crate::model::backtest::backtest;
use crate::model::history::latest_published_year;
use crate::model::region::INCOME_RATIO;
use crate::text::T;

const HISTORY: Rgb = Rgb(0x33, 0x33, 0x33);
const FORECAST: Rgb = Rgb(0x00, 0x72, 0xB2);

/// The published ratio, then one forecast line per start year (from its
/// published value at the start to each later year the backtest compared).
pub fn series(lang: Lang) -> Vec<Series> {
    let until = latest_published_year();
    let record = backtest(&INCOME_RATIO, until);
    let method = record.chosen();
    let name = match lang {
        Lang::Zh => method.zh(),
        Lang::En => method.en(),
    };
    let label = T::RecordForecasts.fill(|_| vec![name.to_string()]).get(lang).to_string();
    let mut out = vec![Series {
        label: T::RecordPublished.get(lang).to_string(),
        color: HISTORY,
        dashed: false,
        marker: Marker::Diamond,
        points_only: false,
        layer: Layer::Reference,
        points: INCOME_RATIO.iter().filter(|(y, _)| *y <= until).map(|&(y, v)| (f64::from(y), v)).collect(),
    }];
    for &origin in &record.origins {
        let Some(&(_, start)) = INCOME_RATIO.iter().find(|(y, _)| *y == origin) else { continue };
        let ahead = record.forecasts.iter().filter(|f| f.method == method && f.origin == origin);
        let points: Vec<(f64, f64)> = std::iter::once((f64::from(origin), start))
            .chain(ahead.map(|f| (f64::from(origin) + f.horizon as f64, f.forecast)))
            .collect();
        if points.len() > 1 {
            out.push(Series {
                label: label.clone(),
                color: FORECAST,
                dashed: false,
                marker: Marker::None,
                points_only: false,
                layer: Layer::Scenario,
                points,
            });
        }
    }
    out
}
