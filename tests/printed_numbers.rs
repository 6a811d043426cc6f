//! Issue 23, item 12: one number format per unit over everything the app
//! prints natively — the KPI cards, the summary in words, the notices, the
//! comparison rows, the CSV's header block and the messages of refused links:
//! amounts in 亿元, 元 and bn grouped by thousands, no float noise (at most
//! four decimals), counts whole, no number printed digit by digit.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;
use urban_rural_sim::app::compare_rows::outcome_rows;
use urban_rural_sim::app::kpi_cards::cards;
use urban_rural_sim::app::summary::summarize;
use urban_rural_sim::i18n::Lang;
use urban_rural_sim::io::csv::{summary_csv, CsvHeader};
use urban_rural_sim::io::export::changed_settings;
use urban_rural_sim::io::link;
use urban_rural_sim::io::stamp::Stamp;
use urban_rural_sim::model::params::find;
use urban_rural_sim::model::{project, Scenario};

/// Every number in `text` with the word after it: ("23623.5", "亿元").
fn numbers(text: &str) -> Vec<(String, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && (chars[i - 1].is_alphabetic() && chars[i - 1].is_ascii())) {
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
        let number: String = chars[start..i].iter().collect();
        let after: String = chars[i..].iter().take(4).collect::<String>().trim_start().to_string();
        out.push((number, after));
    }
    out
}

fn check(text: &str, problems: &mut Vec<String>) {
    for (number, after) in numbers(text) {
        let (int, frac) = number.split_once('.').unwrap_or((&number, ""));
        let money = after.starts_with("亿元")
            || after.starts_with('元')
            || after.starts_with("bn")
            || after.starts_with("yuan");
        // A year ("2030 年") is not an amount; amounts of 1,000 and more are grouped.
        if money && !int.contains(',') && int.len() > 3 {
            problems.push(format!("ungrouped amount {number} {after} in: {text}"));
        }
        if frac.len() > 4 {
            problems.push(format!("float noise {number} in: {text}"));
        }
        if int.replace(',', "").len() > 12 {
            problems.push(format!("printed digit by digit: {number:.20}… in: {text:.80}"));
        }
        if after.starts_with('项') && !frac.is_empty() {
            problems.push(format!("a fraction of a standard {number} in: {text}"));
        }
    }
}

fn scenarios() -> Vec<Scenario> {
    let mut out = vec![Scenario::zhejiang_2025()];
    for (id, v) in
        [("plan_funds_bn", 2374.4), ("special_funds_bn", 0.0), ("hukou_reform", 1.73), ("credit_take_up", 0.1 + 0.2)]
    {
        let mut s = Scenario::zhejiang_2025();
        (find(id).unwrap().set)(&mut s, v);
        out.push(s);
    }
    out
}

#[test]
fn everything_printed_has_one_format_per_unit() {
    let mut problems = Vec::new();
    let mut texts: Vec<String> = Vec::new();
    let list = scenarios();
    for s in &list {
        let (p, b) = (project(s), project(&s.baseline()));
        for lang in [Lang::Zh, Lang::En] {
            for i in 0..p.years.len() {
                for c in cards(&p, &b, i, None, lang) {
                    texts.push(format!("{} {}", c.name, c.value));
                    texts.extend(c.deltas.iter().map(|d| format!("{} {}", d.text, d.unit.unwrap_or(""))));
                    texts.extend(c.warning);
                }
                texts.extend(summarize(s, &p, &b, i, None).lines(lang).iter().map(|l| l.to_string()));
                texts.extend(p.notices_in(i).iter().map(|n| n.get(lang).to_string()));
            }
        }
        let header = CsvHeader {
            name: s.name.clone(),
            lang: Lang::Zh,
            stamp: Stamp::new("t"),
            changed: changed_settings(s),
            lines: vec![],
        };
        texts.extend(summary_csv(&header, &p, &b).lines().filter(|l| l.starts_with('#')).map(String::from));
    }
    let items: Vec<_> = list.iter().take(4).map(|s| ("x".to_string(), s.clone(), Rc::new(project(s)))).collect();
    for lang in [Lang::Zh, Lang::En] {
        for (name, cells) in outcome_rows(&items, 0, lang) {
            texts.push(name);
            texts.extend(cells.into_iter().flatten());
        }
    }
    for bad in
        ["v=1;plan_funds_bn=1e308", "v=1;credit_take_up=7", "v=1;a.plan=0.5,0.5,1e300", "v=1;execution_speed=-1e-300"]
    {
        let e = link::decode(bad).expect_err(bad);
        texts.push(e.zh);
        texts.push(e.en);
    }
    assert!(texts.len() > 200, "{} texts", texts.len());
    for t in &texts {
        // A CSV row: each field apart (its commas are not digit groups).
        if t.starts_with("#,") {
            t.split(',').for_each(|f| check(f, &mut problems));
        } else {
            check(t, &mut problems);
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems[..problems.len().min(30)].join("\n"));
}
