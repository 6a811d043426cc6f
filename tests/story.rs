//! A phone's story (src/app/story.rs) says what changed with the summary's
//! own sentences: nothing for the built-in scenario, the levers for a
//! changed one, the changed assumptions apart.

use urban_rural_sim::app::summary::{summarize, what_changed, Topic};
use urban_rural_sim::model::params::{find, Kind, Role};
use urban_rural_sim::model::{project, Scenario};

fn set(s: &mut Scenario, id: &str, v: f64) {
    (find(id).expect("a parameter").set)(s, v);
}

#[test]
fn the_baseline_has_nothing_to_tell() {
    assert!(what_changed(&Scenario::zhejiang_2025()).is_empty());
}

#[test]
fn a_changed_lever_is_told_as_the_summary_tells_it() {
    let mut s = Scenario::zhejiang_2025();
    set(&mut s, "plan_funds_bn", 374.4);
    set(&mut s, "execution_speed", 1.3);
    let told = what_changed(&s);
    assert_eq!(told.len(), 2, "money, then policy");
    assert!(told.iter().all(|t| t.topic == Topic::Levers));
    assert!(told[0].text.zh.contains("3,744.0 亿元"), "{}", told[0].text.zh);
    let summary = summarize(&s, &project(&s), &project(&s.baseline()), 0, None);
    let levers: Vec<_> = summary.sentences.iter().filter(|t| t.topic == Topic::Levers).cloned().collect();
    assert_eq!(told, levers, "word for word the summary's");
}

#[test]
fn changed_assumptions_alone_are_told_without_a_lever_sentence() {
    let mut s = Scenario::zhejiang_2025();
    let row = urban_rural_sim::model::params::PARAMS
        .iter()
        .find(|p| p.role == Role::Assumption && p.kind == Kind::Number)
        .expect("an assumption row");
    let was = (row.get)(&s);
    (row.set)(&mut s, was * 1.1 + 0.01);
    let told = what_changed(&s);
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0].topic, Topic::Assumptions);
    assert!(told[0].text.zh.contains("假设与数据"));
}
