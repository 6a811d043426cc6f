//! Decks and presenting, natively: the deck file and the reducer's deck and
//! presentation actions, with a tiny in-memory "storage" standing in for the
//! edge (it applies `WriteDeck`/`RemoveDeckKey` and reports `DecksStored`).

use urban_rural_sim::app::store::deck::{deck_key, LoadedDecks};
use urban_rural_sim::app::store::{reduce, Action, DeckAction, Effect, Mode, PresentAction, SlideSource, State};
use urban_rural_sim::i18n::Lang;
use urban_rural_sim::io::deck::{self, Deck, Slide, DECK_FORMAT, MAX_SLIDES};
use urban_rural_sim::io::library::{self, Imported};
use urban_rural_sim::model::{Scenario, MODEL_VERSION};
use urban_rural_sim::text::T;

const AT: &str = "2026-11-29T00:00:00.000Z";

/// Reduce each action; run its deck effects against `State`'s own decks as
/// storage would, and report them back, as `state.rs` does in the browser.
fn run(state: &mut State, actions: impl IntoIterator<Item = Action>) {
    for action in actions {
        let (next, effects) = reduce(state, action);
        *state = next;
        for effect in effects {
            let mut decks = (*state.library.decks).clone();
            match effect {
                Effect::WriteDeck(d) => {
                    decks.decks.retain(|o| o.id != d.id);
                    decks.decks.insert(0, *d);
                }
                Effect::RemoveDeckKey { key } => decks.decks.retain(|o| deck_key(&o.id) != key),
                other => panic!("unexpected effect {other:?}"),
            }
            let (next, _) = reduce(state, Action::DecksStored { decks, error: None });
            *state = next;
        }
    }
}

fn fresh() -> State {
    State::new(Scenario::zhejiang_2025(), Lang::Zh, 1920.0)
}

fn speed(v: f64) -> Action {
    Action::SetParam { id: "execution_speed", value: v }
}

fn deck_op(op: DeckAction) -> Action {
    Action::Deck(op)
}

/// A deck "d" of three slides: the built-in scenario, then execution speed 1.2 and 0.8.
fn three_slides() -> State {
    let mut s = fresh();
    let add = || deck_op(DeckAction::AddSlide { deck: "d".into(), from: SlideSource::Current, at: AT.into() });
    run(&mut s, [deck_op(DeckAction::Create { id: "d".into(), title: "常委会".into(), at: AT.into() }), add()]);
    run(&mut s, [speed(1.2), Action::EndStep, add(), speed(0.8), Action::EndStep, add()]);
    s
}

#[test]
fn a_deck_keeps_its_slides_in_order_and_can_be_reordered_and_renamed() {
    let mut s = three_slides();
    let d = s.find_deck("d").expect("stored");
    let speeds: Vec<f64> = d.slides.iter().map(|x| x.scenario.levers.execution_speed).collect();
    assert_eq!(speeds, [1.0, 1.2, 0.8].map(|v| v * Scenario::zhejiang_2025().levers.execution_speed));
    run(&mut s, [deck_op(DeckAction::MoveSlide { deck: "d".into(), from: 2, to: 0, at: AT.into() })]);
    run(
        &mut s,
        [deck_op(DeckAction::SetSlideTitle { deck: "d".into(), slide: 0, title: " 慢 ".into(), at: AT.into() })],
    );
    run(
        &mut s,
        [deck_op(DeckAction::SetSlideNote { deck: "d".into(), slide: 0, note: "先问大家".into(), at: AT.into() })],
    );
    let d = s.find_deck("d").unwrap();
    assert_eq!(d.slides[0].scenario.levers.execution_speed, 0.8);
    assert_eq!((d.slides[0].title.as_str(), d.slides[0].note.as_str()), ("慢", "先问大家"));
    // A bad title is refused with a message and nothing is written.
    let before = s.library.decks.clone();
    run(&mut s, [deck_op(DeckAction::Rename { deck: "d".into(), title: "  ".into(), at: AT.into() })]);
    assert!(s.messages.error.is_some());
    assert_eq!(s.library.decks, before);
    run(&mut s, [deck_op(DeckAction::RemoveSlide { deck: "d".into(), slide: 1, at: AT.into() })]);
    assert_eq!(s.find_deck("d").unwrap().slides.len(), 2);
    run(&mut s, [deck_op(DeckAction::Delete("d".into()))]);
    assert!(s.find_deck("d").is_none());
}

#[test]
fn presenting_steps_through_slides_and_leaving_restores_what_was_edited() {
    let mut s = three_slides();
    // The planner was editing something else, with an undo history.
    run(&mut s, [speed(1.5), Action::EndStep]);
    let (editing, history) = (s.doc.scenario.clone(), s.doc.past.len());
    run(&mut s, [Action::Present(PresentAction::Start { deck: "d".into(), slide: 0 })]);
    assert!(matches!(s.view.mode, Mode::Present(_)));
    assert_eq!(s.doc.scenario, s.find_deck("d").unwrap().slides[0].scenario);
    for (step, expected) in
        [(PresentAction::Next, 1), (PresentAction::Next, 2), (PresentAction::Next, 2), (PresentAction::Previous, 1)]
    {
        run(&mut s, [Action::Present(step)]);
        let (p, deck, slide) = s.presenting().expect("presenting");
        assert_eq!(p.slide, expected);
        assert_eq!(s.doc.scenario, slide.scenario, "the slide's scenario is on screen");
        assert_eq!(deck.slides.len(), 3);
    }
    assert!(s.doc.past.is_empty(), "stepping through slides is not an edit");
    run(&mut s, [Action::Present(PresentAction::Leave { at: AT.into(), drop: false })]);
    assert_eq!(s.view.mode, Mode::Edit);
    assert_eq!(s.doc.scenario, editing);
    assert_eq!(s.doc.past.len(), history, "the edit history is back");
}

#[test]
fn a_live_change_is_dropped_or_kept_as_the_next_slide() {
    let mut s = three_slides();
    run(&mut s, [Action::Present(PresentAction::Start { deck: "d".into(), slide: 1 })]);
    run(&mut s, [speed(1.3), Action::EndStep]);
    assert!(s.live_change());
    run(&mut s, [Action::Present(PresentAction::Drop)]);
    assert!(!s.live_change());
    assert_eq!(s.doc.scenario, s.find_deck("d").unwrap().slides[1].scenario);
    run(&mut s, [speed(1.3), Action::EndStep, Action::Present(PresentAction::Keep { at: AT.into() })]);
    let (p, deck, slide) = s.presenting().unwrap();
    assert_eq!((p.slide, deck.slides.len()), (2, 4), "kept after the current slide and shown");
    assert_eq!(slide.scenario.levers.execution_speed, 1.3);
    assert!(slide.title.ends_with("（现场调整）"), "{}", slide.title);
    assert!(!s.live_change());
    // Unchanged, "keep" adds nothing.
    run(&mut s, [Action::Present(PresentAction::Keep { at: AT.into() })]);
    assert_eq!(s.find_deck("d").unwrap().slides.len(), 4);
}

#[test]
fn a_live_change_storage_cannot_keep_stays_live_on_its_slide_with_a_message() {
    let mut s = three_slides();
    run(&mut s, [Action::Present(PresentAction::Start { deck: "d".into(), slide: 2 })]);
    run(&mut s, [speed(1.3), Action::EndStep]);
    let (next, effects) = reduce(&s, Action::Present(PresentAction::Keep { at: AT.into() }));
    assert!(matches!(effects.as_slice(), [Effect::WriteDeck(_)]));
    // Storage is full: it still holds the three slides and says so.
    let full = T::StorageFull.fill(|_| vec![]);
    let decks = (*s.library.decks).clone();
    let (s, _) = reduce(&next, Action::DecksStored { decks, error: Some(full.clone()) });
    let (p, deck, _) = s.presenting().expect("still presenting");
    assert_eq!((p.slide, deck.slides.len()), (2, 3), "on the slide the change was made on");
    assert!(s.live_change(), "the live change is still there to keep or drop");
    assert_eq!(s.doc.scenario.levers.execution_speed, 1.3);
    assert_eq!(s.messages.error, Some(full));
}

#[test]
fn an_empty_or_deleted_deck_cannot_be_presented() {
    let mut s = fresh();
    run(&mut s, [deck_op(DeckAction::Create { id: "e".into(), title: "空".into(), at: AT.into() })]);
    run(&mut s, [Action::Present(PresentAction::Start { deck: "e".into(), slide: 0 })]);
    assert_eq!(s.view.mode, Mode::Edit);
    assert!(s.messages.error.as_ref().is_some_and(|e| e.zh.contains("还没有幻灯片")));
    let mut s = three_slides();
    run(&mut s, [Action::Present(PresentAction::Start { deck: "d".into(), slide: 2 })]);
    run(&mut s, [Action::DecksStored { decks: LoadedDecks::default(), error: None }]);
    assert_eq!(s.view.mode, Mode::Edit, "a deck deleted in another window ends the presentation");
    assert_eq!(s.doc.scenario.levers.execution_speed, 0.8 * Scenario::zhejiang_2025().levers.execution_speed);
}

#[test]
fn a_deck_file_round_trips_and_a_bad_slide_refuses_the_whole_file() {
    let s = three_slides();
    let d = s.find_deck("d").unwrap().clone();
    let text = deck::export(&d);
    let Ok(Imported::Deck(back)) = library::import(&text) else { panic!("a deck file") };
    assert_eq!(*back, d);
    let bad = text.replacen("\"execution_speed\": 1.2", "\"execution_speed\": -7", 1);
    assert_ne!(bad, text);
    let e = library::import(&bad).expect_err("refused");
    assert!(e.zh.contains("第 2 张幻灯片") && e.en.contains("slide 2"), "{e:?}");
    // Another model version: read, with a notice.
    let old = Deck { model_version: "0.9.0".into(), ..d.clone() };
    let now = d.slides[0].recorded.clone();
    assert!(old
        .version_notice(0, now.as_ref())
        .is_some_and(|n| n.zh.contains("0.9.0") && n.en.contains(MODEL_VERSION)));
    assert!(d.version_notice(0, now.as_ref()).is_none());
    // Too many slides, a wrong version, no deck: refused with a message.
    let many = Deck { slides: vec![Slide::of(Scenario::zhejiang_2025(), 0); MAX_SLIDES + 1], ..d };
    assert!(many.validate().is_err());
    let v2 = format!("{{\"format\":\"{DECK_FORMAT}\",\"version\":2,\"deck\":{{}}}}");
    assert!(library::import(&v2).expect_err("refused").en.contains("unsupported deck version"));
}

#[test]
fn importing_a_deck_whose_id_is_taken_gives_it_a_fresh_id() {
    let mut s = three_slides();
    let d = s.find_deck("d").unwrap().clone();
    run(&mut s, [deck_op(DeckAction::Import { deck: Box::new(d), fresh_id: "d2".into() })]);
    assert_eq!(s.library.decks.decks.len(), 2);
    assert!(s.find_deck("d2").is_some());
}

#[test]
fn under_another_model_a_slide_says_which_of_its_results_differ() {
    let mut s = three_slides();
    let mut d = s.find_deck("d").unwrap().clone();
    assert!(d.slides.iter().all(|x| x.recorded.is_some()), "results recorded when a slide is made");
    // As if made under an older model that gave another income ratio.
    d.model_version = "0.9.0".into();
    d.slides[1].recorded.as_mut().unwrap().income_ratio += 0.01;
    run(&mut s, [deck_op(DeckAction::Import { deck: Box::new(d.clone()), fresh_id: "old".into() })]);
    run(&mut s, [Action::Present(PresentAction::Start { deck: "old".into(), slide: 0 })]);
    let first = s.messages.notice.clone().expect("a notice under another model");
    assert!(first.zh.contains("本页结果与制作时相同") && first.en.contains("as when it was made"), "{first:?}");
    run(&mut s, [Action::Present(PresentAction::Next)]);
    let second = s.messages.notice.clone().expect("a notice");
    let was = d.slides[1].recorded.as_ref().unwrap().income_ratio;
    // Named and rounded as the outcome table says.
    assert!(second.zh.contains(&format!("城乡居民收入比 {was:.3} → {:.3}", was - 0.01)), "{second:?}");
    assert!(second.en.contains("income ratio") && !second.en.contains("completion"), "{second:?}");
}

#[test]
fn leaving_with_a_live_change_keeps_it_as_a_slide_or_drops_it_and_says_which() {
    for drop in [false, true] {
        let mut s = three_slides();
        run(&mut s, [Action::Present(PresentAction::Start { deck: "d".into(), slide: 1 })]);
        run(&mut s, [speed(1.3), Action::EndStep, Action::Present(PresentAction::Leave { at: AT.into(), drop })]);
        assert_eq!(s.view.mode, Mode::Edit);
        let slides = &s.find_deck("d").unwrap().slides;
        let notice = s.messages.notice.clone().expect("leaving says what became of the live change");
        if drop {
            assert_eq!(slides.len(), 3, "dropped: nothing written");
            assert!(notice.zh.contains("已放弃") && notice.en.contains("dropped"), "{notice:?}");
        } else {
            assert_eq!(slides.len(), 4, "kept after the slide it was made on");
            assert_eq!(slides[2].scenario.levers.execution_speed, 1.3);
            assert!(notice.zh.contains("二") || notice.zh.contains(&slides[2].title), "{notice:?}");
            assert!(notice.en.contains("kept as a new slide"), "{notice:?}");
        }
    }
    // No live change: nothing to say, nothing written.
    let mut s = three_slides();
    run(&mut s, [Action::Present(PresentAction::Start { deck: "d".into(), slide: 1 })]);
    run(&mut s, [Action::Present(PresentAction::Leave { at: AT.into(), drop: false })]);
    assert_eq!((s.find_deck("d").unwrap().slides.len(), s.messages.notice.clone()), (3, None));
}

#[test]
fn before_a_slide_is_the_slide_before_it_whichever_way_the_presenter_came() {
    let mut s = three_slides();
    let slides = s.find_deck("d").unwrap().slides.clone();
    run(&mut s, [Action::Present(PresentAction::Start { deck: "d".into(), slide: 2 })]);
    run(&mut s, [Action::Present(PresentAction::Previous)]);
    let (title, scenario) = s.replay_before().expect("presenting");
    assert_eq!(
        (title.as_deref(), &scenario),
        (Some(slides[0].title.as_str()), &slides[0].scenario),
        "arrived from 3: 1"
    );
    run(&mut s, [Action::Present(PresentAction::Go(0))]);
    let (title, scenario) = s.replay_before().unwrap();
    assert_eq!((title, scenario), (None, slides[0].scenario.baseline()), "the first slide: the baseline");
    // A live change: before it is the slide itself.
    run(&mut s, [Action::Present(PresentAction::Next), speed(1.3), Action::EndStep]);
    let (title, scenario) = s.replay_before().unwrap();
    assert_eq!((title.as_deref(), &scenario), (Some(slides[1].title.as_str()), &slides[1].scenario));
}

#[test]
fn pinned_cards_are_stored_on_the_slide_and_old_decks_without_them_read() {
    let mut s = three_slides();
    let pins = vec!["standards".to_string(), "rural".to_string()];
    let set =
        |cards: Vec<String>| deck_op(DeckAction::SetSlideCards { deck: "d".into(), slide: 1, cards, at: AT.into() });
    run(&mut s, [set(pins.clone())]);
    let d = s.find_deck("d").unwrap().clone();
    assert_eq!(d.slides[1].cards, pins);
    let Ok(Imported::Deck(back)) = library::import(&deck::export(&d)) else { panic!("a deck file") };
    assert_eq!(back.slides[1].cards, pins, "a deck file keeps them");
    // Stored before pins existed: no "cards" field at all.
    let mut plain = d.clone();
    plain.slides.iter_mut().for_each(|x| x.cards.clear());
    let json = plain.to_json();
    assert!(!json.contains("\"cards\""), "written as before pins existed");
    assert!(Deck::from_json(&json).expect("read").slides.iter().all(|x| x.cards.is_empty()));
    // Five pins, or a pin that is not an id: refused with a message, nothing written.
    for bad in [vec!["overall".to_string(); 5], vec!["<b>".to_string()]] {
        run(&mut s, [set(bad)]);
        assert!(s.messages.error.take().is_some());
        assert_eq!(s.find_deck("d").unwrap().slides[1].cards, pins);
    }
}
