//! The worker's jobs (src/app/jobs.rs): what the page is told when it hands
//! goal seek, attribution and the band to the worker. The messages cross
//! between two wasm instances as data, so each must come back as it was
//! sent; the answers carry what the panels show (every outcome and year of
//! the waterfall, the names in both languages, the goal seek's answer).
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::app::jobs::{run, waterfalls, Answer, Job, Reply, Request};
use urban_rural_sim::model::goal_seek::{seek, Freedom, Goal, Objective, Rules};
use urban_rural_sim::model::params::PARAMS;
use urban_rural_sim::model::Outcome;
use urban_rural_sim::model::Scenario;

fn three_levers() -> Scenario {
    let mut s = Scenario::zhejiang_2025();
    s.levers.hukou_reform = 1.6;
    s.levers.plan_funds_bn = 280.0;
    s.levers.mountain_share = 0.5;
    s
}

fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned>(value: &T) -> T {
    serde_json::from_str(&serde_json::to_string(value).expect("serializes")).expect("reads back")
}

#[test]
fn every_request_and_reply_comes_back_as_it_was_sent() {
    let scenario = three_levers();
    let goals = vec![Goal::new(Outcome::IncomeRatio, 2030, 1.655).unwrap()];
    let jobs = [
        Job::Band { scenario: scenario.clone(), draws: 20, seed: 1, baseline: None },
        Job::Band { scenario: scenario.clone(), draws: 20, seed: 1, baseline: Some(Box::new(scenario.baseline())) },
        Job::Seek {
            scenario: scenario.clone(),
            goals,
            freedom: Freedom::SharesAndTotals,
            objective: Objective::LeastExtraMoney,
            rules: Rules { freed: vec!["credit_bn".into()], may_worsen: vec![Outcome::UrbanIncome] },
            likely: None,
        },
        Job::Explain { scenario },
    ];
    for (id, job) in jobs.into_iter().enumerate() {
        let request = Request { id: id as u64 + 1, job: job.clone() };
        assert_eq!(round_trip(&request), request);
        let reply = Reply { id: request.id, answer: run(job), elapsed_ms: 3.5 };
        assert_eq!(round_trip(&reply), reply);
    }
    let ready = Reply { id: 0, answer: Answer::Ready, elapsed_ms: 0.0 };
    assert_eq!(round_trip(&ready), ready);
}

#[test]
fn the_waterfall_covers_every_outcome_and_year_with_both_names_of_each_lever() {
    let scenario = three_levers();
    let all = waterfalls(&scenario);
    let years = urban_rural_sim::model::project(&scenario).years.len();
    assert_eq!(
        all.len(),
        Outcome::banded().count() * years,
        "the panel picks any outcome and year without asking again"
    );
    for w in &all {
        assert_eq!(w.contributions.len(), 3, "{:?} {}", w.outcome, w.year);
        let sum: f64 = w.contributions.iter().map(|c| c.shapley).sum();
        let total = w.scenario - w.baseline;
        assert!((sum - total).abs() <= 1e-9 * total.abs().max(1.0), "{:?} {}: {sum} vs {total}", w.outcome, w.year);
    }
    let names: Vec<(String, String)> =
        all[0].contributions.iter().map(|c| (c.name.zh.clone(), c.name.en.clone())).collect();
    for id in ["hukou_reform", "plan_funds_bn", "mountain_share"] {
        let p = PARAMS.iter().find(|p| p.id == id).expect("a lever");
        let both =
            (p.name(urban_rural_sim::i18n::Lang::Zh).to_string(), p.name(urban_rural_sim::i18n::Lang::En).to_string());
        assert!(names.contains(&both), "{id}: {both:?} in {names:?}");
    }
}

#[test]
fn the_seek_answer_is_the_solvers() {
    let scenario = Scenario::zhejiang_2025();
    // One goal within reach (a hair below the start) and one out of it.
    let start = urban_rural_sim::model::project(&scenario).years.last().unwrap().income_ratio;
    for value in [start - 0.001, 1.3] {
        let goals = vec![Goal::new(Outcome::IncomeRatio, 2030, value).unwrap()];
        let rules = Rules::default();
        let solved = seek(&scenario, &goals, Freedom::SharesAndTotals, Objective::LeastExtraMoney, &rules);
        let job = Job::Seek {
            scenario: scenario.clone(),
            goals,
            freedom: Freedom::SharesAndTotals,
            objective: Objective::LeastExtraMoney,
            rules,
            likely: None,
        };
        let Answer::Seek(answer) = run(job) else { panic!("a seek answer") };
        assert_eq!(answer.scenario, solved.scenario);
        assert_eq!((answer.met, answer.binding, &answer.spending), (solved.met, solved.binding, &solved.spending));
        assert_eq!(answer.words, urban_rural_sim::io::seek_words::seek_words(&solved));
        assert_eq!(answer.goals.len(), 1);
        assert_eq!(answer.goals[0].met, answer.goals[0].value <= value, "{:?}", answer.goals[0]);
        // Out of reach: nothing to apply.
        assert_eq!(answer.scenario.is_some(), answer.met);
    }
}
