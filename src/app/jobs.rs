//! (web-free) The work the page hands to its Web Worker (static/worker.js
//! running the app's own wasm, `start.rs`):
//! the uncertainty band, goal seek and attribution — the computations that
//! are not needed on every move and would hold the main thread for tens of
//! milliseconds to seconds. Typed messages: the page posts a `Request`, the
//! worker answers with a `Reply` of the same id; both cross through
//! serde-wasm-bindgen (two wasm instances share no memory).
//!
//! `run` is what the worker does with a job (`start::serve_jobs`); the page
//! never calls it. Tested natively in tests/jobs.rs.

use crate::i18n::{Bilingual, Lang};
use crate::io::seek_words::{seek_words, SeekWords};
use crate::model::attribution::{Attributions, Item};
use crate::model::goal_seek::{Freedom, Goal, Likely, Objective, Rules, Solution, Spending};
use crate::model::paired::{band_against, band_and_difference, BaselineDraws, Differences};
use crate::model::params::PARAMS;
use crate::model::uncertainty::{uncertainty, Band};
use crate::model::Outcome;
use crate::model::Scenario;
use serde::{Deserialize, Serialize};

/// A job and the id its answer will carry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub id: u64,
    pub job: Job,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Job {
    /// The band of `draws` draws with `seed` (`model::uncertainty`); with a
    /// baseline, also the change against it on the same draws
    /// (`model::paired`).
    Band {
        scenario: Scenario,
        draws: usize,
        seed: u64,
        #[serde(default)]
        baseline: Option<Box<Scenario>>,
    },
    /// The setting that meets the goals, or that they are out of reach and
    /// what binds (`model::goal_seek`).
    Seek {
        scenario: Scenario,
        goals: Vec<Goal>,
        freedom: Freedom,
        objective: Objective,
        #[serde(default)]
        rules: Rules,
        likely: Option<Likely>,
    },
    /// "Why did it move?" for every outcome and year (`model::attribution`).
    Explain { scenario: Scenario },
    /// Use this region file (the page's loaded region), before any other
    /// job; answered `Ready`, or `Refused` if it does not read.
    Region(String),
}

/// The worker's answer to the request of the same id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub id: u64,
    pub answer: Answer,
    /// How long the worker took, ms (docs/BENCHMARKS.md for the band).
    #[serde(default)]
    pub elapsed_ms: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    /// The worker has loaded (its first message, id 0): messages posted
    /// before it are lost, so the page waits for this one.
    Ready,
    Band(Band),
    /// The band and the change against the baseline on the same draws (None
    /// if the two runs could not be paired).
    BandAndDifference(Band, Option<Differences>),
    Seek(Box<SeekAnswer>),
    Explain(Vec<Waterfall>),
    /// The worker could not read the request.
    Refused(String),
}

/// `model::goal_seek::Solution`, as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeekAnswer {
    /// The setting to apply; None when the goals are out of reach.
    pub scenario: Option<Scenario>,
    pub met: bool,
    pub goals: Vec<GoalAnswer>,
    /// The goal furthest from being met (None when all are met).
    pub binding: Option<Goal>,
    /// The money against the start, in all and by year.
    pub spending: Spending,
    /// What binds, the commitments kept, the cost and timing, in words.
    pub words: SeekWords,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoalAnswer {
    pub goal: Goal,
    pub value: f64,
    pub met: bool,
    pub probability: Option<f64>,
}

impl From<Solution> for SeekAnswer {
    fn from(s: Solution) -> SeekAnswer {
        let words = seek_words(&s);
        SeekAnswer {
            scenario: s.scenario,
            met: s.met,
            goals: s
                .goals
                .into_iter()
                .map(|g| GoalAnswer { goal: g.goal, value: g.value, met: g.met, probability: g.probability })
                .collect(),
            binding: s.binding,
            spending: s.spending,
            words,
        }
    }
}

/// `model::attribution::Attribution` of one outcome in one year, with each
/// changed item's name in both languages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Waterfall {
    pub outcome: Outcome,
    pub year: i32,
    pub reference: f64,
    pub baseline: f64,
    pub scenario: f64,
    pub contributions: Vec<Contribution>,
    pub interaction: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub name: Bilingual,
    pub shapley: f64,
    pub one_at_a_time: f64,
}

impl Waterfall {
    /// What the changed data and assumptions did (baseline − built-in).
    pub fn assumptions_effect(&self) -> f64 {
        self.baseline - self.reference
    }
}

fn item_name(item: &Item) -> Bilingual {
    let both = |f: &dyn Fn(Lang) -> String| Bilingual::new(f(Lang::Zh), f(Lang::En));
    match item {
        Item::Lever(id) => {
            both(&|lang| PARAMS.iter().find(|p| p.id == *id).map_or((*id).to_string(), |p| p.name(lang).to_string()))
        }
        Item::Allocation(pot) => Bilingual::new(pot.zh(), pot.en()),
        Item::Group(g) => both(&|lang| g.label(lang).to_string()),
    }
}

/// Every outcome with a band's waterfall in every year of the horizon: the 2^k runs
/// once, then each attribution (cheap) — the page picks outcome and year
/// without asking again.
pub fn waterfalls(scenario: &Scenario) -> Vec<Waterfall> {
    let all = Attributions::new(scenario);
    let years: Vec<i32> = crate::model::project(scenario).years.iter().map(|y| y.year).collect();
    Outcome::banded()
        .flat_map(|o| years.iter().map(move |&y| (o, y)))
        .filter_map(|(o, y)| all.get(o, y))
        .map(|a| Waterfall {
            outcome: a.outcome,
            year: a.year,
            reference: a.reference,
            baseline: a.baseline,
            scenario: a.scenario,
            contributions: a
                .contributions
                .iter()
                .map(|c| Contribution { name: item_name(&c.item), shapley: c.shapley, one_at_a_time: c.one_at_a_time })
                .collect(),
            interaction: a.interaction,
        })
        .collect()
}

/// Do a job (the worker's side).
pub fn run(job: Job) -> Answer {
    match job {
        Job::Band { scenario, draws, seed, baseline: None } => Answer::Band(uncertainty(&scenario, draws, seed, 1.0)),
        Job::Band { scenario, draws, seed, baseline: Some(baseline) } => {
            // The baseline's draws are kept between jobs: a lever move does
            // not change the baseline, so a drag pays for the scenario's run only.
            thread_local! {
                static BASELINE: std::cell::RefCell<Option<BaselineDraws>> = const { std::cell::RefCell::new(None) };
            }
            let (band, difference) = BASELINE.with_borrow_mut(|kept| {
                if !kept.as_ref().is_some_and(|k| k.is_for(&baseline, draws, seed, 1.0)) {
                    *kept = Some(BaselineDraws::new(&baseline, draws, seed, 1.0));
                }
                kept.as_ref().map_or_else(
                    || band_and_difference(&scenario, &baseline, draws, seed, 1.0),
                    |k| band_against(&scenario, k),
                )
            });
            Answer::BandAndDifference(band, difference)
        }
        Job::Seek { scenario, goals, freedom, objective, rules, likely } => {
            use crate::model::goal_seek::{seek, seek_likely};
            let solution = match likely {
                Some(likely) => seek_likely(&scenario, &goals, freedom, objective, &rules, likely),
                None => seek(&scenario, &goals, freedom, objective, &rules),
            };
            Answer::Seek(Box::new(solution.into()))
        }
        Job::Explain { scenario } => Answer::Explain(waterfalls(&scenario)),
        // The page's region, complete (the region worker filled it in): read as the built-in one is.
        Job::Region(text) => match crate::model::region::Region::from_json(&text) {
            Ok(region) => {
                crate::model::region::install_region(region).map_or_else(|e| Answer::Refused(e.en), |()| Answer::Ready)
            }
            Err(e) => Answer::Refused(e.en),
        },
    }
}
