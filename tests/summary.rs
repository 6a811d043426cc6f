//! The scenario in words (src/app/summary.rs): both languages say the same
//! numbers, the built-in scenario says nothing changed, a changed lever is
//! named with its two values, the target verdicts are the model's, the band
//! adds the probability, the same input gives the same text, and the numbers
//! shown are the model's.

use urban_rural_sim::app::summary::{changed_assumptions, for_screen, summarize, Summary, Topic};
use urban_rural_sim::i18n::{format_money_bn, Lang};
use urban_rural_sim::io::csv::{projection_csv, summary_csv, CsvHeader};
use urban_rural_sim::io::export::changed_settings;
use urban_rural_sim::io::stamp::Stamp;
use urban_rural_sim::model::financing::policy_costs;
use urban_rural_sim::model::goal_seek::pots_bn;
use urban_rural_sim::model::params::find;
use urban_rural_sim::model::targets::{check_targets, TargetStatus, TARGETS};
use urban_rural_sim::model::uncertainty::{uncertainty, Band};
use urban_rural_sim::model::{project, Projection, Scenario, Strand};
use urban_rural_sim::text::T;

fn run(s: &Scenario, year_index: usize, band: Option<&Band>) -> (Summary, Projection, Projection) {
    let (p, b) = (project(s), project(&s.baseline()));
    (summarize(s, &p, &b, year_index, band), p, b)
}

fn set(s: &mut Scenario, id: &str, v: f64) {
    (find(id).expect("a parameter").set)(s, v);
}

/// Scenarios that exercise every kind of sentence: the built-in one, money
/// up and split differently, policy levers with costs, less money, a
/// changed assumption, and a changed city.
fn scenarios() -> Vec<Scenario> {
    let builtin = Scenario::zhejiang_2025();
    let mut more = builtin.clone();
    set(&mut more, "plan_funds_bn", 360.0);
    more.levers.plan_allocation = more.levers.plan_allocation.set_share(Strand::Urban, 0.45, None);
    let mut policy = builtin.clone();
    set(&mut policy, "hukou_reform", 1.5);
    set(&mut policy, "standards_effort", 1.4);
    set(&mut policy, "execution_speed", 0.9);
    set(&mut policy, "mountain_share", 0.5);
    let mut less = builtin.clone();
    set(&mut less, "credit_bn", 50.0);
    set(&mut less, "special_funds_years", 2.5);
    let mut assumed = more.clone();
    set(&mut assumed, "absorptive_capacity", 1.1);
    let mut city = builtin.clone();
    city.cities[0].income_ratio += 0.1;
    vec![builtin, more, policy, less, assumed, city]
}

/// The numbers in a text, and whether each is money (亿元 or bn) — money in
/// bn, so the two languages compare (the formatter writes 亿元 = bn × 10).
fn numbers(text: &str) -> Vec<(f64, String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || (matches!(chars[i], '.' | ',') && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())))
        {
            i += 1;
        }
        let token: String = chars[start..i].iter().filter(|c| **c != ',').collect();
        let rest: String = chars[i..].iter().take(4).collect::<String>();
        let rest = rest.trim_start();
        let value: f64 = token.parse().expect("a number");
        let (value, money) =
            if rest.starts_with("亿元") { (value / 10.0, true) } else { (value, rest.starts_with("bn")) };
        out.push((value, token, money));
    }
    out
}

fn assert_same_numbers(summary: &Summary, what: &str) {
    let (zh, en) = (summary.lines(Lang::Zh), summary.lines(Lang::En));
    assert_eq!(zh.len(), en.len(), "{what}: as many sentences in both languages");
    for (z, e) in zh.iter().zip(&en) {
        let (nz, ne) = (numbers(z), numbers(e));
        let plain = |n: &[(f64, String, bool)]| {
            let mut v: Vec<String> = n.iter().filter(|x| !x.2).map(|x| x.1.clone()).collect();
            v.sort();
            v
        };
        assert_eq!(plain(&nz), plain(&ne), "{what}: the same numbers in\n{z}\n{e}");
        let money = |n: &[(f64, String, bool)]| {
            let mut v: Vec<f64> = n.iter().filter(|x| x.2).map(|x| x.0).collect();
            v.sort_by(f64::total_cmp);
            v
        };
        let (mz, me) = (money(&nz), money(&ne));
        assert_eq!(mz.len(), me.len(), "{what}: as many amounts in\n{z}\n{e}");
        for (a, b) in mz.iter().zip(&me) {
            // 亿元 with one decimal is 0.01 bn; bn with one decimal, 0.1 bn.
            assert!((a - b).abs() <= 0.0501 + 0.005, "{what}: {a} bn vs {b} bn in\n{z}\n{e}");
        }
    }
}

#[test]
fn both_languages_say_the_same_numbers_in_as_many_sentences() {
    let band = uncertainty(&scenarios()[2], 100, 1, 1.0);
    for (n, s) in scenarios().iter().enumerate() {
        for year_index in 0..6 {
            let (summary, _, _) = run(s, year_index, None);
            assert_same_numbers(&summary, &format!("scenario {n}, year {year_index}"));
        }
    }
    let (summary, _, _) = run(&scenarios()[2], 2, Some(&band));
    assert_same_numbers(&summary, "with the band");
}

#[test]
fn sentences_come_in_order_changed_follows_costs() {
    for s in scenarios() {
        let (summary, _, _) = run(&s, 2, None);
        let topics: Vec<Topic> = summary.sentences.iter().map(|x| x.topic).collect();
        let first_other = topics.iter().position(|t| *t != Topic::Levers).expect("more than levers");
        assert!((1..=2).contains(&first_other), "one or two lever sentences: {topics:?}");
        let rest = &topics[first_other..];
        let expected =
            [Topic::Completion, Topic::Income, Topic::Services, Topic::Urbanization, Topic::Regions, Topic::Cost];
        let rest = if rest[0] == Topic::Assumptions { &rest[1..] } else { rest };
        assert_eq!(rest, expected);
        assert!(summary.sentences.iter().all(|x| !x.text.zh.is_empty() && !x.text.en.is_empty()));
    }
}

#[test]
fn the_builtin_scenario_says_nothing_changed() {
    let (summary, p, _) = run(&Scenario::zhejiang_2025(), 0, None);
    assert_eq!(summary.sentences[0].text.zh, T::SumNoChange.get(Lang::Zh));
    assert_eq!(summary.sentences[0].text.en, T::SumNoChange.get(Lang::En));
    assert_eq!(summary.sentences.iter().filter(|x| x.topic == Topic::Levers).count(), 1);
    assert!(summary.sentences.iter().all(|x| x.topic != Topic::Assumptions));
    // Every outcome sentence says it is the baseline's, and the money too.
    for s in summary.sentences.iter().skip(1) {
        let (zh, en) = (&s.text.zh, &s.text.en);
        let same = [T::SumAsBaseline, T::SumMoneySame]
            .iter()
            .any(|k| zh.contains(k.get(Lang::Zh).split("{}").nth(1).unwrap_or(k.get(Lang::Zh))));
        assert!(same, "{zh}");
        assert!(en.contains("as in the baseline"), "{en}");
    }
    assert!(summary
        .sentences
        .last()
        .unwrap()
        .text
        .zh
        .contains(&format_money_bn(pots_bn(&Scenario::zhejiang_2025()), Lang::Zh)));
    assert_eq!(summary.year, p.years[0].year);
}

#[test]
fn a_changed_lever_is_named_with_its_two_values() {
    let builtin = Scenario::zhejiang_2025();
    let spec = find("plan_funds_bn").unwrap();
    let was = (spec.get)(&builtin);
    let mut s = builtin.clone();
    set(&mut s, "plan_funds_bn", 360.0);
    let (summary, _, _) = run(&s, 0, None);
    let first = &summary.sentences[0].text;
    for lang in [Lang::Zh, Lang::En] {
        let text = first.get(lang);
        assert!(text.starts_with(T::SumMoney.get(lang).split("{}").next().unwrap()), "{text}");
        assert!(text.contains(spec.name(lang)), "{text}");
        let (from, to) = (format_money_bn(was, lang), format_money_bn(360.0, lang));
        let (a, b) = (text.find(&from).expect("the old value"), text.find(&to).expect("the new value"));
        assert!(a < b, "old before new: {text}");
    }
    assert!(first.zh.contains(&format!(
        "{}由 {}增至 {}",
        spec.name(Lang::Zh),
        format_money_bn(was, Lang::Zh),
        format_money_bn(360.0, Lang::Zh)
    )));
    assert!(first.en.contains(&format!(
        "{} up from {} to {}",
        spec.name(Lang::En),
        format_money_bn(was, Lang::En),
        format_money_bn(360.0, Lang::En)
    )));

    // Less: "减至" / "down"; a tiny change still shows two different values.
    let mut s = builtin.clone();
    set(&mut s, "plan_funds_bn", was - 0.004);
    let (summary, _, _) = run(&s, 0, None);
    let first = &summary.sentences[0].text;
    assert!(first.zh.contains("减至") && first.en.contains("down from"), "{first}");
    for lang in [Lang::Zh, Lang::En] {
        let n = numbers(first.get(lang));
        assert_eq!(n.len(), 2, "{first}");
        assert_ne!(n[0].1, n[1].1, "two different values: {first}");
    }

    // A policy lever: its own sentence, rate words, and what it costs a year.
    let mut s = builtin.clone();
    set(&mut s, "hukou_reform", 1.5);
    let (summary, _, _) = run(&s, 0, None);
    let policy = &summary.sentences[0].text;
    assert!(policy.zh.starts_with("政策：") && policy.zh.contains("由 1.00 倍提高到 1.50 倍"), "{policy}");
    assert!(policy.en.contains("up from 1.00× to 1.50×"), "{policy}");
    let cost = &summary.sentences.last().unwrap().text;
    let yearly = policy_costs(&s).total_bn();
    assert!(yearly > 0.0);
    assert!(
        cost.zh.contains(&format_money_bn(yearly, Lang::Zh)) && cost.en.contains(&format_money_bn(yearly, Lang::En)),
        "{cost}"
    );
    // Paid out of the pots, not on top of them: the money is the baseline's.
    assert!(cost.zh.contains("与基准相同") && cost.en.contains("as in the baseline"), "{cost}");
    assert!(cost.zh.contains("不另增资金") && cost.en.contains("not on top"), "{cost}");

    // A split: both sets of shares.
    let mut s = builtin.clone();
    s.levers.plan_allocation = s.levers.plan_allocation.set_share(Strand::Urban, 0.45, None);
    let (summary, _, _) = run(&s, 0, None);
    let split = &summary.sentences[0].text;
    let shares = |a: [f64; 3]| a.map(|v| format!("{:.1} %", v * 100.0)).join(" / ");
    assert!(split.zh.contains(&shares(builtin.levers.plan_allocation.as_array())), "{split}");
    assert!(split.en.contains(&shares(s.levers.plan_allocation.as_array())), "{split}");
}

#[test]
fn changed_assumptions_get_their_own_sentence() {
    let mut s = Scenario::zhejiang_2025();
    set(&mut s, "absorptive_capacity", 1.1);
    set(&mut s, "urban_income_growth", 0.05);
    s.cities[3].population_m += 0.5;
    assert_eq!(changed_assumptions(&s), 3);
    let (summary, _, _) = run(&s, 0, None);
    // No lever moved: nothing changed against the baseline, which itself moved.
    assert_eq!(summary.sentences[0].text.zh, T::SumNoChange.get(Lang::Zh));
    let a = summary.sentences.iter().find(|x| x.topic == Topic::Assumptions).expect("an assumptions sentence");
    assert_eq!(a.text.zh, "另改动了 3 项假设与数据，基准也随之改变。");
    assert!(a.text.en.contains(": 3 of the assumptions"), "{}", a.text.en);
}

/// The clause of `target` in the summary, in `lang`: from its year to the next "；" or "。".
fn target_clause(summary: &Summary, id: &str, lang: Lang) -> String {
    let t = TARGETS.iter().find(|t| t.id == id).unwrap();
    // The outcome table's short name, in English lower-cased inside the sentence.
    let label = t.outcome.short(lang);
    let head = match lang {
        Lang::Zh => format!("{} 年{label}", t.year),
        Lang::En => format!("{} {}{}", t.year, label[..1].to_lowercase(), &label[1..]),
    };
    let all = summary.lines(lang).join(" ");
    let at = all.find(&head).unwrap_or_else(|| panic!("{head} in {all}"));
    let rest = &all[at..];
    // To the end of the clause or of the sentence (English: "; " or ". ").
    let end = ["；", "。", "; ", ". "].iter().filter_map(|m| rest.find(m)).min().unwrap_or(rest.len());
    let clause = &rest[..end];
    clause.strip_suffix('.').unwrap_or(clause).to_string()
}

fn status_word(status: TargetStatus) -> T {
    match status {
        TargetStatus::Met => T::TargetMet,
        TargetStatus::Missed => T::TargetMissed,
        TargetStatus::TooClose => T::TargetTooClose,
    }
}

#[test]
fn each_target_verdict_is_the_models() {
    for s in scenarios() {
        for year_index in [0, 2, 5] {
            let (summary, p, _) = run(&s, year_index, None);
            let checks = check_targets(&p.years);
            assert_eq!(checks.len(), TARGETS.len());
            for c in &checks {
                for lang in [Lang::Zh, Lang::En] {
                    let clause = target_clause(&summary, c.id, lang);
                    let word = status_word(c.status).get(lang);
                    assert!(clause.ends_with(word), "{}: {clause} should end with {word}", c.id);
                    assert!(!clause.contains(T::Probability.get(Lang::Zh)) && !clause.contains("likely"));
                }
            }
        }
    }
}

#[test]
fn with_a_band_each_target_has_its_probability_and_the_verdict_follows_it() {
    let s = &scenarios()[2];
    let band = uncertainty(s, 200, 1, 1.0);
    let (summary, _, _) = run(s, 2, Some(&band));
    for t in TARGETS.iter() {
        let p = band.probability(t.id).expect("the band has every target");
        let chance = T::ProbabilityShort.fill(|_| vec![format!("{:.0}", p * 100.0)]);
        let word = status_word(TargetStatus::from_probability(p));
        for lang in [Lang::Zh, Lang::En] {
            let clause = target_clause(&summary, t.id, lang);
            assert!(clause.contains(chance.get(lang)), "{clause} should say {}", chance.get(lang));
            assert!(
                clause.contains(&format!(
                    "{}{}",
                    word.get(lang),
                    T::InParentheses.get(lang).split("{}").next().unwrap()
                )),
                "{clause}"
            );
        }
    }
    assert!(summary.lines(Lang::Zh).join("").contains("达成概率"));
}

#[test]
fn the_same_input_gives_the_same_text() {
    for s in scenarios() {
        let (a, _, _) = run(&s, 3, None);
        let (b, _, _) = run(&s.clone(), 3, None);
        assert_eq!(a, b);
    }
    let s = &scenarios()[1];
    let band = uncertainty(s, 100, 7, 1.0);
    let (a, _, _) = run(s, 1, Some(&band));
    let (b, _, _) = run(s, 1, Some(&uncertainty(s, 100, 7, 1.0)));
    assert_eq!(a, b);
}

/// The number right after `marker` in `text`.
fn number_after(text: &str, marker: &str) -> String {
    let at = text.find(marker).unwrap_or_else(|| panic!("{marker} in {text}")) + marker.len();
    numbers(&text[at..]).first().map(|n| n.1.clone()).expect("a number")
}

#[test]
fn the_numbers_shown_are_the_models() {
    for s in scenarios() {
        for i in [0, 2, 5] {
            let (summary, p, b) = run(&s, i, None);
            let (y, by) = (&p.years[i], &b.years[i]);
            let zh = summary.lines(Lang::Zh);
            let find = |topic: Topic| {
                // Projected figures say 预计 (tests/record.rs); the numbers follow the same names.
                let text = summary.sentences.iter().find(|x| x.topic == topic).map(|x| x.text.zh.clone());
                text.expect("the sentence").replace("预计", "")
            };
            // The income ratio: the projection's, rounded to what is shown
            // (honest digits in a target year).
            let income = find(Topic::Income);
            let shown = number_after(&income, "城乡居民收入比为 ");
            let places = shown.split_once('.').map_or(0, |(_, f)| f.len());
            assert!(places >= 3);
            assert_eq!(shown, format!("{:.places$}", y.income_ratio), "{income}");
            assert_eq!(
                number_after(&income, "全体居民人均可支配收入 ").replace(',', ""),
                format!("{:.0}", y.average_income)
            );
            // Completion, overall: the projection's, in %.
            let completion = find(Topic::Completion);
            assert_eq!(number_after(&completion, "全部项目 "), format!("{:.1}", y.overall_completion_rate * 100.0));
            assert_eq!(number_after(&completion, "强城 "), format!("{:.1}", y.completion_rate[0] * 100.0));
            // Whole standards closed; urbanization in %.
            let services = find(Topic::Services);
            assert_eq!(
                number_after(&services, "无城乡差异的基本公共服务标准 "),
                format!("{:.0}", y.standards_no_urban_rural_gap.floor())
            );
            assert_eq!(number_after(&services, "无户籍差异的 "), format!("{:.0}", y.standards_no_hukou_gap.floor()));
            let urban = find(Topic::Urbanization);
            assert_eq!(number_after(&urban, "常住人口城镇化率 "), format!("{:.1}", y.urbanization * 100.0));
            // The baseline's values, when they differ, are the baseline projection's.
            if urban.contains("基准分别为") {
                assert_eq!(number_after(&urban, "基准分别为 "), format!("{:.1}", by.urbanization * 100.0));
            }
            let regions = find(Topic::Regions);
            let gap = number_after(&regions, "倍差 ");
            let places = gap.split_once('.').map_or(0, |(_, f)| f.len());
            assert_eq!(gap, format!("{:.places$}", y.city_income_gap));
            // Money: the model's money_bn over the horizon.
            let cost = find(Topic::Cost);
            assert!(cost.contains(&format_money_bn(pots_bn(&s), Lang::Zh)), "{cost}");
            assert!(cost.starts_with(&format!("{}–{} 年", p.years[0].year, p.years[5].year)), "{cost}");
            assert!(zh.iter().all(|l| !l.contains("NaN") && !l.contains("inf")));
        }
    }
}

#[test]
fn the_csv_export_carries_the_summary_above_the_table() {
    let mut s = Scenario::zhejiang_2025();
    set(&mut s, "plan_funds_bn", 360.0);
    let (summary, p, b) = run(&s, 2, None);
    let header = CsvHeader {
        name: "会议情景, \"A\"".into(),
        lang: Lang::Zh,
        stamp: Stamp::new("2025-07-05 14:03"),
        changed: changed_settings(&s),
        lines: summary.sentences.iter().map(|x| x.text.clone()).collect(),
    };
    let csv = summary_csv(&header, &p, &b);
    assert!(csv.starts_with('\u{feff}'));
    let body = csv.trim_start_matches('\u{feff}');
    let (comments, table): (Vec<&str>, Vec<&str>) = body.lines().partition(|l| l.starts_with('#'));
    // Name, the stamp (4 rows), the changed settings (a heading and one
    // lever), then every sentence in Chinese and in English.
    assert_eq!(comments.len(), 5 + 2 + 2 * summary.sentences.len());
    assert!(comments[0].contains("\"会议情景, \"\"A\"\"\""), "{}", comments[0]);
    assert!(comments[1].ends_with(",2025-07-05 14:03") && comments[3].ends_with(&format!(",{}", p.model_version)));
    // A Chinese export: the amounts in 亿元, as on screen.
    assert_eq!(
        comments[6],
        "#,改动 / changed,plan_funds_bn,常规渠道资金（每年）,Funds through ordinary channels (per year),3244.0,3600.0,亿元"
    );
    for line in summary.lines(Lang::Zh).iter().chain(summary.lines(Lang::En).iter()) {
        assert!(csv.contains(&format!("\"{line}\"")) || csv.contains(&format!(",{line}\n")), "{line}");
    }
    // The table after the block is the table as before, row for row.
    let plain = projection_csv(&p, &b);
    assert_eq!(table.join("\n") + "\n", plain.trim_start_matches('\u{feff}'));
    // Every line splits into the same number of fields as its kind.
    for line in body.lines() {
        let fields = split_csv(line);
        if line.starts_with("#,改动") {
            assert_eq!(fields.len(), 8, "{line}");
        } else if line.starts_with('#') {
            assert_eq!(fields.len(), 3, "{line}");
        } else {
            assert_eq!(fields.len(), 7, "{line}");
        }
    }
}

/// A CSV line's fields (RFC 4180 quoting; no newlines inside fields here).
fn split_csv(line: &str) -> Vec<String> {
    let (mut out, mut field, mut quoted, mut chars) = (Vec::new(), String::new(), false, line.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    out.push(field);
    out
}

#[test]
fn on_screen_a_number_keeps_its_unit_on_its_line() {
    let nb = '\u{a0}';
    assert_eq!(for_screen("基准分别为 76.3 %、53.2 %"), format!("基准分别为 76.3{nb}%、53.2{nb}%"));
    assert_eq!(for_screen("由 1.00 倍提高到 1.50 倍"), format!("由 1.00{nb}倍提高到 1.50{nb}倍"));
    assert_eq!(for_screen("cost 11.8 bn a year, 70,567 yuan"), format!("cost 11.8{nb}bn a year, 70,567{nb}yuan"));
    // Words between numbers still wrap.
    assert_eq!(
        for_screen("In 2025 the ratio is 1.795 (projected 1.728)"),
        "In 2025 the ratio is 1.795 (projected 1.728)"
    );
    let (summary, _, _) = run(&scenarios()[2], 0, None);
    for line in summary.lines(Lang::Zh) {
        assert_eq!(for_screen(line).replace(nb, " "), line, "only spaces change");
    }
}

/// A target no lever moves (decided from the model: here the mountain
/// counties' capital is given no effect and nothing urbanizes) is said to be
/// out of reach, in both languages; the built-in scenario's targets all
/// answer to some lever.
#[test]
fn a_target_no_lever_moves_is_said_so() {
    let builtin = Scenario::zhejiang_2025();
    let (summary, _, _) = run(&builtin, 0, None);
    assert!(!summary.lines(Lang::En).join(" ").contains("no lever moves"));
    let mut s = Scenario::zhejiang_2025();
    s.assumptions.outcomes.regional_stock_effect = 0.0;
    s.assumptions.outcomes.urbanization_speed = 0.0;
    let (summary, _, _) = run(&s, 0, None);
    let en = summary.lines(Lang::En).join(" ");
    let zh = summary.lines(Lang::Zh).join(" ");
    assert!(en.contains("Highest ÷ lowest city income below 1.55 in 2025: no lever moves this figure."), "{en}");
    assert!(zh.contains("2025 年设区市居民收入最高最低倍差低于 1.55：任何杠杆都改变不了这一结果。"), "{zh}");
}
