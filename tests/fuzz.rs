#![cfg(not(target_arch = "wasm32"))]
//! Native fuzzing of every decoder that takes outside input (docs/FUZZING.md).
//!
//! cargo-fuzz needs a nightly toolchain; this is a deterministic harness on
//! stable instead: a seeded xorshift64* generator makes each input from
//! (seed, decoder, case number) alone, so any case can be made again.
//! Each decoder must answer every input with `Ok` or `Err`: a panic is a
//! failure, and so is an `Ok` whose result does not pass `validate()`.
//! A watchdog aborts the run (printing the input) if one input takes longer
//! than `HANG_SECS`, so a decoder that never returns fails too.
//!
//!     URS_FUZZ_CASES=250000 cargo test --release --test fuzz -- --nocapture
//!
//! `URS_FUZZ_CASES` is the number of inputs per decoder (default 5,000),
//! `URS_FUZZ_SEED` the seed (decimal or 0x-hex; default `DEFAULT_SEED`),
//! `URS_FUZZ_ONLY` a part of the decoders' names to run only those
//! (`URS_FUZZ_ONLY=region_read` for the region reader alone).

use serde_json::Value;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use urban_rural_sim::io::deck::{self, Deck, Slide, MAX_DECK_BYTES};
use urban_rural_sim::io::library::{self, Entry, Imported, MAX_LIBRARY_BYTES};
use urban_rural_sim::io::link::{self, MAX_LINK_CHARS};
use urban_rural_sim::io::{region_csv, region_read};
use urban_rural_sim::model::params::PARAMS;
use urban_rural_sim::model::region::ZHEJIANG_2025_JSON;
use urban_rural_sim::model::region_check::MAX_REGION_BYTES;
use urban_rural_sim::model::scenario::MAX_SCENARIO_BYTES;
use urban_rural_sim::model::{Scenario, Strand, MODEL_VERSION};

const DEFAULT_CASES: u64 = 5_000;
const DEFAULT_SEED: u64 = 0x00C0_FFEE_2026_1128;
/// One input taking longer than this is reported as a hang (the run aborts).
const HANG_SECS: u64 = 60;
/// Roughly one input in this many is padded to a size limit (± 1 byte).
const SIZE_LIMIT_ONE_IN: usize = 5_000;

// ---------------------------------------------------------------- generator

/// xorshift64* (Vigna): small, fast, and good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(if seed == 0 { 0x9E37_79B9_7F4A_7C15 } else { seed })
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// 0..n (0 when n is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    /// lo..=hi.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn pick_str(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A length: mostly short, sometimes long.
    fn len(&mut self, max: usize) -> usize {
        match self.below(10) {
            0..=5 => self.below(16.min(max) + 1),
            6..=8 => self.below(256.min(max) + 1),
            _ => self.below(max + 1),
        }
    }
}

fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Every case has its own generator: an input depends on nothing else.
fn case_rng(seed: u64, target: usize, case: u64) -> Rng {
    Rng::new(splitmix(seed ^ splitmix(((target as u64) << 48) ^ case)))
}

/// Numbers a decoder might choke on: overflow, underflow, negative zero,
/// non-finite spellings, integers past u64, empty and half numbers.
const EXTREME_NUMBERS: &[&str] = &[
    "1e308",
    "-1e308",
    "1.7976931348623157e308",
    "1e309",
    "-1e309",
    "-0",
    "-0.0",
    "0",
    "0.0",
    "NaN",
    "nan",
    "-NaN",
    "Infinity",
    "-Infinity",
    "inf",
    "-inf",
    "1e-320",
    "5e-324",
    "2.2250738585072014e-308",
    "18446744073709551616",
    "18446744073709551615",
    "-9223372036854775809",
    "9223372036854775807",
    "4294967296",
    "4294967295",
    "256",
    "255",
    "12",
    "11",
    "1",
    "-1",
    "-",
    "",
    "+1",
    "1e",
    "1e+",
    ".5",
    "5.",
    "0x10",
    "1_000",
    "00",
    "01",
    "--1",
    "1.0.0",
    "1,5",
    "0.9999999",
    "1.0000001",
    "3.0000000000000004",
    "1e5",
    "100000.00000000001",
    "0.001",
    "0.0009999",
    "999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999",
    "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
    "1e-999999",
    "1e999999",
    "null",
    "true",
    "\"1\"",
    "[]",
    "{}",
    "[1]",
];

/// Bytes and snippets that matter to one of the formats.
const SPECIAL_TOKENS: &[&str] = &[
    ";",
    "=",
    ",",
    "%",
    "%ZZ",
    "%Z",
    "%E4%B8",
    "%FF",
    "%00",
    "%0A",
    "%%",
    "%2",
    ";;",
    "==",
    ";=;",
    "#",
    "\u{0}",
    "\\u0000",
    "\\ud800",
    "\\udc00\\ud800",
    "\\uZZZZ",
    "\\",
    "\"",
    "'",
    "测试",
    "🦀",
    "\u{202E}",
    "\u{FEFF}",
    "\u{FFFD}",
    "\u{85}",
    "\u{2028}",
    "\u{7F}",
    "\r\n",
    "\t",
    " ",
    "{",
    "}",
    "[",
    "]",
    ":",
    "null",
    "true",
    "false",
    "{}",
    "[]",
    "\"\"",
    "v=1",
    "v=2",
    "v=01",
    "v=",
    "m=9.9.9",
    "j=",
    "n=",
    "a.plan=",
    "c.jiaxing=",
    "a.",
    "c.",
    "e",
    "E",
    "-",
    "+",
    ".",
    "0",
    "<b>",
    "</script>",
    "${x}",
    "{{x}}",
];

/// Names a person (or an attacker) might type.
const NAMES: &[&str] = &[
    "",
    " ",
    "A",
    " padded ",
    "<b>测试</b>",
    "兴村优先 方案 A",
    "line\nbreak",
    "tab\there",
    "nul\u{0}",
    "\u{7F}",
    "\u{85}next line",
    "🦀🦀🦀",
    "\u{202E}gnp.exe",
    "\u{FEFF}bom",
    "%41",
    "a;b=c",
    "\"quoted\"",
    "\\",
];

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Json,
    Link,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Strategy {
    RandomBytes,
    TokenSoup,
    RandomJson,
    Mutate,
    Havoc,
    Splice,
    DeepNesting,
    ValueTweak,
    LinkGrammar,
    JPayload,
    SizeLimit,
}

impl Strategy {
    const ALL: [Strategy; 11] = [
        Strategy::RandomBytes,
        Strategy::TokenSoup,
        Strategy::RandomJson,
        Strategy::Mutate,
        Strategy::Havoc,
        Strategy::Splice,
        Strategy::DeepNesting,
        Strategy::ValueTweak,
        Strategy::LinkGrammar,
        Strategy::JPayload,
        Strategy::SizeLimit,
    ];

    /// Percent of the inputs for a JSON decoder and for the link decoder
    /// (`SizeLimit` is drawn apart, one in `SIZE_LIMIT_ONE_IN`).
    fn weight(self, kind: Kind) -> usize {
        let (json, link) = match self {
            Strategy::RandomBytes => (6, 6),
            Strategy::TokenSoup => (6, 6),
            Strategy::RandomJson => (6, 2),
            Strategy::Mutate => (30, 26),
            Strategy::Havoc => (16, 14),
            Strategy::Splice => (6, 6),
            Strategy::DeepNesting => (4, 3),
            Strategy::ValueTweak => (26, 0),
            Strategy::LinkGrammar => (0, 20),
            Strategy::JPayload => (0, 17),
            Strategy::SizeLimit => (0, 0),
        };
        if kind == Kind::Json {
            json
        } else {
            link
        }
    }

    fn label(self) -> &'static str {
        match self {
            Strategy::RandomBytes => "random bytes (lossy UTF-8)",
            Strategy::TokenSoup => "token soup",
            Strategy::RandomJson => "random JSON (known keys)",
            Strategy::Mutate => "mutate a valid input (1-3 edits)",
            Strategy::Havoc => "havoc (4-32 edits)",
            Strategy::Splice => "splice two inputs",
            Strategy::DeepNesting => "deep nesting",
            Strategy::ValueTweak => "JSON value tweak (typed)",
            Strategy::LinkGrammar => "link grammar",
            Strategy::JPayload => "link j= payload",
            Strategy::SizeLimit => "size limit ± 1",
        }
    }
}

/// One decoder under test and the valid inputs it starts from.
struct Target {
    name: &'static str,
    kind: Kind,
    run: fn(&str) -> Verdict,
    /// Valid inputs of its own format.
    seeds: Vec<String>,
    /// The same, parsed (JSON decoders), for typed tweaks.
    values: Vec<Value>,
    /// Largest input the decoder reads.
    limit: usize,
}

/// Everything the generators draw on.
struct Fuzz {
    targets: Vec<Target>,
    /// Every valid input of every format (for splicing and cross-feeding).
    all_seeds: Vec<String>,
    /// Valid scenario files, parsed (for j= payloads).
    scenario_values: Vec<Value>,
    /// The same as text.
    scenario_texts: Vec<String>,
    /// JSON keys, link keys, parameter ids, city ids and some strangers.
    keys: Vec<String>,
    city_ids: Vec<String>,
}

fn b64url(bytes: &[u8], alphabet: &[u8; 64], pad: bool) -> String {
    let mut out = Vec::with_capacity(bytes.len() / 3 * 4 + 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        let chars = chunk.len() + 1;
        for i in 0..4 {
            if i < chars {
                out.push(alphabet[(n >> (18 - 6 * i) & 63) as usize]);
            } else if pad {
                out.push(b'=');
            }
        }
    }
    String::from_utf8(out).unwrap()
}

const URL_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const STD_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

fn is_num_byte(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E')
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'.'
}

/// The first span from `start` on (wrapping around) for which `begins` holds
/// at its first byte and `inside` for the rest; `None` if there is none.
fn span_from(
    b: &[u8],
    start: usize,
    begins: impl Fn(&[u8], usize) -> bool,
    inside: impl Fn(u8) -> bool,
) -> Option<(usize, usize)> {
    let n = b.len();
    for k in 0..n {
        let i = (start + k) % n;
        if begins(b, i) {
            let mut j = i + 1;
            while j < n && inside(b[j]) {
                j += 1;
            }
            return Some((i, j));
        }
    }
    None
}

fn number_span(b: &[u8], start: usize) -> Option<(usize, usize)> {
    span_from(
        b,
        start,
        |b, i| (b[i].is_ascii_digit() || b[i] == b'-') && (i == 0 || !is_ident_byte(b[i - 1])),
        is_num_byte,
    )
}

fn ident_span(b: &[u8], start: usize) -> Option<(usize, usize)> {
    span_from(b, start, |b, i| b[i].is_ascii_alphabetic() && (i == 0 || !is_ident_byte(b[i - 1])), is_ident_byte)
}

/// A chunk of `b`: (start, end), end > start unless `b` is empty.
fn chunk(rng: &mut Rng, b: &[u8]) -> (usize, usize) {
    if b.is_empty() {
        return (0, 0);
    }
    let start = rng.below(b.len());
    let len = 1 + rng.len(b.len() - start - 1);
    (start, start + len)
}

fn plausible_number(rng: &mut Rng) -> String {
    let v = match rng.below(6) {
        0 => rng.unit(),
        1 => rng.unit() * 3.0,
        2 => rng.unit() * 1e5,
        3 => (rng.below(13)) as f64,
        4 => -rng.unit(),
        _ => rng.unit() * 10f64.powi(rng.range(0, 12) as i32 - 6),
    };
    format!("{v}")
}

fn random_name(rng: &mut Rng) -> String {
    match rng.below(5) {
        0 => "x".repeat(rng.range(119, 122)),
        1 => "测".repeat(rng.range(119, 122)),
        2 => {
            let n = rng.len(40);
            (0..n).map(|_| char::from_u32(rng.below(0x3000) as u32).unwrap_or('?')).collect()
        }
        _ => rng.pick(NAMES).to_string(),
    }
}

impl Fuzz {
    fn build() -> Fuzz {
        let base = Scenario::zhejiang_2025();
        let mut scenarios = vec![base.clone()];
        let mut s = base.clone();
        s.levers.execution_speed = 1.2;
        scenarios.push(s);
        let mut s = base.clone();
        s.levers.plan_funds_bn = 300.0;
        scenarios.push(s);
        let mut s = base.clone();
        s.name = "<b>测试</b>".into();
        scenarios.push(s);
        let mut s = base.clone();
        s.cities[3].income_ratio = 1.6;
        scenarios.push(s);
        let mut s = base.clone();
        s.name = "兴村优先 方案 A".into();
        s.levers.execution_speed = 1.15;
        s.levers.plan_funds_bn = 320.0;
        s.levers.hukou_reform = 1.5;
        s.levers.plan_allocation = s.levers.plan_allocation.set_share(Strand::Rural, 0.6, None);
        s.levers.credit_allocation = s.levers.credit_allocation.set_share(Strand::Urban, 0.2, None);
        s.assumptions.calibration_month = 6;
        s.assumptions.outcomes.return_rural_on_rural = 0.1;
        s.cities[3].income_ratio = 1.6;
        s.cities[0].population_m = 12.5;
        scenarios.push(s);
        // Not expressible in the compact link form: goes as j=.
        let mut s = base.clone();
        s.start.city_income_gap_year = 2020;
        scenarios.push(s);

        let mut scenario_json = Vec::new();
        for s in &scenarios {
            scenario_json.push(s.to_json());
            scenario_json.push(serde_json::to_string(s).unwrap());
        }
        scenario_json.push(format!("\u{feff}{}", base.to_json()));

        let entries: Vec<Entry> = scenarios
            .iter()
            .enumerate()
            .map(|(i, s)| Entry {
                id: format!("a{}", i + 1),
                name: if i == 0 { "A".into() } else { format!("方案 {i}") },
                saved_at: "2026-11-28T10:00:00Z".into(),
                scenario: s.clone(),
            })
            .collect();
        let entry_json: Vec<String> =
            entries.iter().take(3).flat_map(|e| [e.to_json(), serde_json::to_string_pretty(e).unwrap()]).collect();
        let library_json = vec![
            library::export(&entries[..1]),
            library::export(&entries[1..4]),
            library::export(&[]),
            format!("\u{feff}{}", library::export(&entries[..1])),
        ];
        let decks: Vec<Deck> = (0..2)
            .map(|d| {
                let mut deck = Deck::new(format!("d{d}"), format!("会议 {d}"), "2026-11-29T00:00:00Z".into());
                deck.slides = scenarios
                    .iter()
                    .skip(d)
                    .take(3)
                    .enumerate()
                    .map(|(i, s)| Slide {
                        title: format!("第 {i} 页"),
                        note: "先问\n再看".into(),
                        ..Slide::of(s.clone(), i)
                    })
                    .collect();
                deck
            })
            .collect();
        let deck_json: Vec<String> = decks.iter().map(Deck::to_json).collect();
        let mut import_seeds = library_json.clone();
        import_seeds.extend(scenario_json.iter().step_by(2).cloned());
        import_seeds.extend(decks.iter().map(deck::export));

        let mut links: Vec<String> = scenarios.iter().map(link::encode).collect();
        links.push(format!("#{}", links[5]));
        links.push(format!("  {}  ", links[1]));
        // Every seed must be accepted, or the mutations start from nothing.
        for l in &links {
            link::decode(l).unwrap_or_else(|e| panic!("seed link {l} rejected: {e:?}"));
        }
        assert!(links.iter().any(|l| l.contains(";j=")), "no j= seed: {links:?}");
        for j in &scenario_json {
            Scenario::from_json(j).unwrap_or_else(|e| panic!("seed scenario rejected: {e:?}"));
        }
        for j in &entry_json {
            Entry::from_json(j).unwrap_or_else(|e| panic!("seed entry rejected: {e:?}"));
        }
        for j in &import_seeds {
            library::import(j).unwrap_or_else(|e| panic!("seed file rejected: {e:?}"));
        }
        for j in &deck_json {
            Deck::from_json(j).unwrap_or_else(|e| panic!("seed deck rejected: {e:?}"));
        }

        let parse = |seeds: &[String]| -> Vec<Value> {
            seeds.iter().map(|s| serde_json::from_str(s.trim_start_matches('\u{feff}')).unwrap()).collect()
        };
        let scenario_values = parse(&scenario_json);

        let mut keys = BTreeSet::new();
        fn harvest(v: &Value, keys: &mut BTreeSet<String>) {
            match v {
                Value::Object(m) => {
                    for (k, v) in m {
                        keys.insert(k.clone());
                        harvest(v, keys);
                    }
                }
                Value::Array(a) => a.iter().for_each(|v| harvest(v, keys)),
                _ => {}
            }
        }
        for v in parse(&library_json[1..2]) {
            harvest(&v, &mut keys);
        }
        let city_ids: Vec<String> = base.cities.iter().map(|c| c.id.clone()).collect();
        for p in PARAMS.iter() {
            keys.insert(p.id.to_string());
        }
        for c in &city_ids {
            keys.insert(format!("c.{c}"));
        }
        for k in [
            "v",
            "m",
            "n",
            "j",
            "a.plan",
            "a.special",
            "a.credit",
            "a.",
            "c.",
            "a.x",
            "c.unknown",
            "measured",
            "measured_half_year",
            "filled",
            "Measured",
            "plan",
            "special",
            "credit",
            "urban-rural-sim-library",
            "__proto__",
            "constructor",
            "$ref",
            "x",
        ] {
            keys.insert(k.to_string());
        }

        let mut all_seeds = Vec::new();
        all_seeds.extend(scenario_json.iter().cloned());
        all_seeds.extend(entry_json.iter().cloned());
        all_seeds.extend(library_json.iter().cloned());
        all_seeds.extend(links.iter().cloned());

        let scenario_texts = scenario_json.clone();
        let (region_json, region_csv) = region_seeds();
        let targets = vec![
            Target {
                name: "region_read::read_region (JSON)",
                kind: Kind::Json,
                run: run_region,
                values: parse(&region_json),
                seeds: region_json.clone(),
                limit: MAX_REGION_BYTES,
            },
            Target {
                name: "region_read::read_region (CSV)",
                kind: Kind::Json,
                run: run_region,
                // Typed tweaks of the JSON form: read by the same door.
                values: parse(&region_json),
                seeds: region_csv,
                limit: MAX_REGION_BYTES,
            },
            Target {
                name: "Scenario::from_json",
                kind: Kind::Json,
                run: run_scenario,
                values: parse(&scenario_json),
                seeds: scenario_json,
                limit: MAX_SCENARIO_BYTES,
            },
            Target {
                name: "library::import",
                kind: Kind::Json,
                run: run_import,
                values: parse(&import_seeds),
                seeds: import_seeds,
                limit: MAX_LIBRARY_BYTES,
            },
            Target {
                name: "Entry::from_json",
                kind: Kind::Json,
                run: run_entry,
                values: parse(&entry_json),
                seeds: entry_json,
                limit: MAX_SCENARIO_BYTES + 10_000,
            },
            Target {
                name: "Deck::from_json",
                kind: Kind::Json,
                run: run_deck,
                values: parse(&deck_json),
                seeds: deck_json,
                limit: MAX_DECK_BYTES,
            },
            Target {
                name: "link::decode",
                kind: Kind::Link,
                run: run_link,
                values: Vec::new(),
                seeds: links,
                limit: MAX_LINK_CHARS,
            },
        ];
        Fuzz { targets, all_seeds, scenario_values, scenario_texts, keys: keys.into_iter().collect(), city_ids }
    }

    /// The input for `case` of target `t`: a pure function of its arguments.
    fn generate(&self, seed: u64, t: usize, case: u64) -> (Strategy, String) {
        let mut rng = case_rng(seed, t, case);
        let target = &self.targets[t];
        if rng.below(SIZE_LIMIT_ONE_IN) == 0 {
            return (Strategy::SizeLimit, self.size_limit(&mut rng, target));
        }
        let mut roll = rng.below(100);
        let strategy = Strategy::ALL
            .into_iter()
            .find(|s| {
                let w = s.weight(target.kind);
                if roll < w {
                    true
                } else {
                    roll -= w;
                    false
                }
            })
            .unwrap_or(Strategy::Mutate);
        let text = match strategy {
            Strategy::RandomBytes => self.random_bytes(&mut rng),
            Strategy::TokenSoup => self.token_soup(&mut rng),
            Strategy::RandomJson => {
                let v = self.random_json(&mut rng, 0, true);
                serde_json::to_string(&v).unwrap()
            }
            Strategy::Mutate | Strategy::Havoc => {
                let mut b = self.seed_for(&mut rng, target).as_bytes().to_vec();
                let n = if strategy == Strategy::Mutate { rng.range(1, 3) } else { rng.range(4, 32) };
                for _ in 0..n {
                    self.mutate(&mut rng, &mut b);
                }
                String::from_utf8_lossy(&b).into_owned()
            }
            Strategy::Splice => {
                let a = self.seed_for(&mut rng, target).as_bytes();
                let b = rng.pick(&self.all_seeds).as_bytes();
                let (i, j) = (rng.below(a.len() + 1), rng.below(b.len() + 1));
                let mut out = a[..i].to_vec();
                out.extend_from_slice(&b[j..]);
                if rng.chance(30) {
                    self.mutate(&mut rng, &mut out);
                }
                String::from_utf8_lossy(&out).into_owned()
            }
            Strategy::DeepNesting => {
                let nest = self.deep_nesting(&mut rng);
                match target.kind {
                    Kind::Link => format!("v=1;m={MODEL_VERSION};j={}", b64url(nest.as_bytes(), URL_ALPHABET, false)),
                    Kind::Json if rng.chance(50) => nest,
                    Kind::Json => {
                        // In place of a value of a valid input.
                        let seed = self.seed_for(&mut rng, target).as_bytes();
                        let at = rng.below(seed.len());
                        let colon = seed[at..].iter().position(|&c| c == b':').map_or(seed.len(), |p| at + p + 1);
                        let mut out = seed[..colon].to_vec();
                        out.extend_from_slice(nest.as_bytes());
                        out.extend_from_slice(&seed[colon..]);
                        String::from_utf8_lossy(&out).into_owned()
                    }
                }
            }
            Strategy::ValueTweak => {
                let mut v = rng.pick(&target.values).clone();
                for _ in 0..rng.range(1, 3) {
                    self.tweak(&mut rng, &mut v);
                }
                if rng.chance(50) {
                    serde_json::to_string(&v).unwrap()
                } else {
                    serde_json::to_string_pretty(&v).unwrap()
                }
            }
            Strategy::LinkGrammar => self.link_grammar(&mut rng),
            Strategy::JPayload => {
                let mut parts = vec![format!("v=1;m={MODEL_VERSION}")];
                parts.push(format!("j={}", self.j_payload(&mut rng)));
                for _ in 0..rng.below(3) {
                    parts.push(self.link_part(&mut rng));
                }
                if rng.chance(20) {
                    let i = rng.range(1, parts.len() - 1);
                    let j = rng.range(1, parts.len() - 1);
                    parts.swap(i, j);
                }
                parts.join(";")
            }
            Strategy::SizeLimit => unreachable!(),
        };
        (strategy, text)
    }

    /// Mostly a seed of the target's own format, sometimes any seed.
    fn seed_for<'a>(&'a self, rng: &mut Rng, target: &'a Target) -> &'a str {
        if rng.chance(85) {
            rng.pick(&target.seeds).as_str()
        } else {
            rng.pick(&self.all_seeds).as_str()
        }
    }

    fn random_bytes(&self, rng: &mut Rng) -> String {
        let n = rng.len(4096);
        let alphabet = b"{}[]:,\"\\ ;=%#.-+eE0123456789abcdefnjmvtrulsAFZ_\n\t";
        let bytes: Vec<u8> = if rng.chance(50) {
            (0..n).map(|_| rng.next() as u8).collect()
        } else {
            (0..n).map(|_| *rng.pick(alphabet)).collect()
        };
        String::from_utf8_lossy(&bytes).into_owned()
    }

    fn token_soup(&self, rng: &mut Rng) -> String {
        let mut out = String::new();
        for _ in 0..rng.range(1, 48) {
            match rng.below(6) {
                0 => out.push_str(&format!("\"{}\":", rng.pick(&self.keys))),
                1 => out.push_str(&format!("{}=", rng.pick(&self.keys))),
                2 => out.push_str(rng.pick_str(EXTREME_NUMBERS)),
                3 => out.push_str(&plausible_number(rng)),
                _ => out.push_str(rng.pick_str(SPECIAL_TOKENS)),
            }
        }
        out
    }

    fn random_number_value(&self, rng: &mut Rng) -> Value {
        match rng.below(4) {
            0 => Value::from(rng.below(14) as u64),
            1 => Value::from(*rng.pick(&[
                1e308,
                -1e308,
                f64::MAX,
                f64::MIN_POSITIVE,
                5e-324,
                -0.0,
                1e5,
                100_000.000_000_001,
                1e-3,
                3.0000000000000004,
            ])),
            2 => Value::from(*rng.pick(&[u64::MAX, 256, 255, 4_294_967_296, 0])),
            _ => serde_json::from_str(&plausible_number(rng)).unwrap_or(Value::Null),
        }
    }

    fn random_json(&self, rng: &mut Rng, depth: usize, top: bool) -> Value {
        let kind = if top { 5 } else { rng.below(if depth > 4 { 4 } else { 6 }) };
        match kind {
            0 => Value::Null,
            1 => Value::Bool(rng.chance(50)),
            2 => self.random_number_value(rng),
            3 => Value::String(if rng.chance(50) { rng.pick(&self.keys).clone() } else { random_name(rng) }),
            4 => {
                let n = if rng.chance(30) { 12 } else { rng.below(5) };
                Value::Array((0..n).map(|_| self.random_json(rng, depth + 1, false)).collect())
            }
            _ => {
                let mut m = serde_json::Map::new();
                if top {
                    match rng.below(3) {
                        0 => {
                            m.insert("format_version".into(), Value::from(1));
                        }
                        1 => {
                            m.insert("format".into(), Value::from("urban-rural-sim-library"));
                            m.insert("version".into(), Value::from(1));
                        }
                        _ => {}
                    }
                }
                for _ in 0..rng.below(10) {
                    m.insert(rng.pick(&self.keys).clone(), self.random_json(rng, depth + 1, false));
                }
                Value::Object(m)
            }
        }
    }

    fn deep_nesting(&self, rng: &mut Rng) -> String {
        let n = *rng.pick(&[64, 127, 128, 129, 130, 256, 1_000, 10_000, 100_000]);
        let (open, leaf, close) = *rng.pick(&[
            ("[", "", "]"),
            ("[", "1", "]"),
            ("{\"a\":", "1", "}"),
            ("[{\"x\":", "0", "}]"),
            ("{\"format_version\":1,\"name\":", "\"x\"", "}"),
            ("{\"entries\":", "[]", "}"),
        ]);
        // At most 100,000 levels and about 150 kB: past that only the size
        // checks would be tested, and they are tested apart.
        let n = n.min(150_000 / open.len());
        let mut out = open.repeat(n);
        if rng.chance(50) {
            out.push_str(leaf);
            out.push_str(&close.repeat(n));
        }
        out
    }

    fn mutate(&self, rng: &mut Rng, b: &mut Vec<u8>) {
        let len = b.len();
        match rng.below(16) {
            0 if len > 0 => {
                let i = rng.below(len);
                b[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                b[i] = *rng.pick(b"\0\x7f\xff\"\\;=,%:{}[]-.eE0 \n");
            }
            2 => {
                let at = rng.below(len + 1);
                let n = rng.range(1, 8);
                let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                b.splice(at..at, bytes);
            }
            3 if len > 0 => {
                let (i, j) = chunk(rng, b);
                b.drain(i..j);
            }
            4 if len > 0 => {
                let (i, j) = chunk(rng, b);
                let piece = b[i..j].to_vec();
                let at = rng.below(len + 1);
                b.splice(at..at, piece);
            }
            5 => b.truncate(rng.below(len + 1)),
            6 | 7 if len > 0 => {
                if let Some((i, j)) = number_span(b, rng.below(len)) {
                    let new =
                        if rng.chance(60) { rng.pick(EXTREME_NUMBERS).to_string() } else { plausible_number(rng) };
                    b.splice(i..j, new.into_bytes());
                }
            }
            8 | 9 if len > 0 => {
                if let Some((i, j)) = ident_span(b, rng.below(len)) {
                    let key = rng.pick(&self.keys).clone();
                    b.splice(i..j, key.into_bytes());
                }
            }
            10 | 11 => {
                let at = rng.below(len + 1);
                let token = rng.pick(SPECIAL_TOKENS).as_bytes().to_vec();
                b.splice(at..at, token);
            }
            12 if len > 0 => {
                // Repeat a small chunk many times.
                let (i, j) = chunk(rng, b);
                let j = j.min(i + 16);
                let piece = b[i..j].repeat(rng.range(2, 200));
                b.splice(j..j, piece);
            }
            13 => {
                let at = rng.below(len + 1);
                let nest = rng.pick(&["[", "{\"a\":", "[[[[", ";", "%"]).repeat(rng.range(1, 300));
                b.splice(at..at, nest.into_bytes());
            }
            14 if len > 0 => {
                let i = rng.below(len);
                if b[i].is_ascii_alphabetic() {
                    b[i] ^= 0x20;
                }
            }
            15 if len > 1 => {
                // Swap two chunks.
                let (i, j) = chunk(rng, b);
                let piece: Vec<u8> = b.drain(i..j).collect();
                let at = rng.below(b.len() + 1);
                b.splice(at..at, piece);
            }
            _ => {
                let at = rng.below(len + 1);
                b.splice(at..at, rng.pick(&[" ", "\u{feff}", "\n", "\t", "\r"]).bytes());
            }
        }
    }

    /// A typed change somewhere in a parsed JSON document.
    fn tweak(&self, rng: &mut Rng, v: &mut Value) {
        // Walk down to a random node, remembering the way.
        let mut node = v;
        loop {
            let descend = rng.chance(80);
            let next = match node {
                Value::Object(m) if descend && !m.is_empty() => {
                    let k = m.keys().nth(rng.below(m.len())).unwrap().clone();
                    Some(k)
                }
                Value::Array(a) if descend && !a.is_empty() => Some(rng.below(a.len()).to_string()),
                _ => None,
            };
            match next {
                None => break,
                Some(key) => {
                    // Stop one level above a leaf sometimes, to remove or add fields.
                    let child_is_leaf = match &*node {
                        Value::Object(m) => !matches!(m[&key], Value::Object(_) | Value::Array(_)),
                        Value::Array(a) => {
                            !matches!(a[key.parse::<usize>().unwrap()], Value::Object(_) | Value::Array(_))
                        }
                        _ => true,
                    };
                    if child_is_leaf && rng.chance(25) {
                        self.tweak_container(rng, node, &key);
                        return;
                    }
                    node = match node {
                        Value::Object(m) => m.get_mut(&key).unwrap(),
                        Value::Array(a) => &mut a[key.parse::<usize>().unwrap()],
                        _ => unreachable!(),
                    };
                }
            }
        }
        // Replace the node.
        *node = match (rng.below(6), &*node) {
            (0, Value::Number(n)) => {
                let f = n.as_f64().unwrap_or(0.0);
                let factor = *rng.pick(&[0.999_999, 1.000_001, 2.0, -1.0, 0.5, 0.0, 10.0, 1e-9]);
                Value::from(f * factor)
            }
            (0 | 1, Value::String(_)) => Value::String(random_name(rng)),
            (0..=2, _) => self.random_number_value(rng),
            (3, _) => self.random_json(rng, 3, false),
            (4, _) => Value::String(rng.pick(&self.keys).clone()),
            _ => self.random_json(rng, 0, false),
        };
    }

    /// Remove, repeat, or add beside the child `key` of `node`.
    fn tweak_container(&self, rng: &mut Rng, node: &mut Value, key: &str) {
        match node {
            Value::Object(m) => match rng.below(3) {
                0 => {
                    m.remove(key);
                }
                1 => {
                    let k = rng.pick(&self.keys).clone();
                    let v = self.random_json(rng, 3, false);
                    m.insert(k, v);
                }
                _ => {
                    let v = m[key].clone();
                    m.insert(format!("{key}_"), v);
                }
            },
            Value::Array(a) => {
                let i = key.parse::<usize>().unwrap();
                match rng.below(3) {
                    0 => {
                        a.remove(i);
                    }
                    1 => {
                        let v = a[i].clone();
                        a.insert(i, v);
                    }
                    _ => a.truncate(rng.below(a.len())),
                }
            }
            _ => {}
        }
    }

    fn link_number(&self, rng: &mut Rng, min: f64, max: f64) -> String {
        match rng.below(10) {
            0..=5 => format!("{}", min + (max - min) * rng.unit()),
            6 => format!("{min}"),
            7 => format!("{max}"),
            _ => rng.pick(EXTREME_NUMBERS).to_string(),
        }
    }

    fn three_numbers(&self, rng: &mut Rng, ranges: [(f64, f64); 3]) -> String {
        let n = match rng.below(10) {
            0 => rng.below(6),
            _ => 3,
        };
        let nums: Vec<String> = (0..n).map(|i| self.link_number(rng, ranges[i % 3].0, ranges[i % 3].1)).collect();
        nums.join(",")
    }

    fn link_part(&self, rng: &mut Rng) -> String {
        match rng.below(8) {
            0 => format!("m={}", rng.pick(&[MODEL_VERSION, "0.1.0", "", "99", "%41", "测试", "0.2.0;"])),
            1 => {
                let name = random_name(rng);
                if rng.chance(70) {
                    format!("n={}", percent_encode(&name))
                } else {
                    format!("n={}", rng.pick(&["%", "%Z", "%ZZ", "%E4%B8", "%FF%FE", "%00", "a%2", "%C3%28", "测试"]))
                }
            }
            2 | 3 => {
                let p = rng.pick(&PARAMS);
                format!("{}={}", p.id, self.link_number(rng, p.min, p.max))
            }
            4 => {
                let pot = rng.pick(&["plan", "special", "credit", "x", "", "plan_share"]);
                let mut w = [rng.unit(), rng.unit(), rng.unit()];
                let sum: f64 = w.iter().sum();
                w.iter_mut().for_each(|x| *x /= sum.max(1e-9));
                let value = if rng.chance(50) {
                    format!("{},{},{}", w[0], w[1], w[2])
                } else {
                    self.three_numbers(rng, [(0.0, 1.0); 3])
                };
                format!("a.{pot}={value}")
            }
            5 => {
                let city = if rng.chance(90) { rng.pick(&self.city_ids).as_str() } else { "nowhere" };
                format!("c.{city}={}", self.three_numbers(rng, [(1.0, 2.5), (0.5, 15.0), (0.4, 0.95)]))
            }
            6 => format!("j={}", self.j_payload(rng)),
            _ => {
                let k = rng.pick(&self.keys);
                let sep = rng.pick(&["=", "", "==", "=;"]);
                format!("{k}{sep}{}", rng.pick(EXTREME_NUMBERS))
            }
        }
    }

    fn link_grammar(&self, rng: &mut Rng) -> String {
        let mut parts = Vec::new();
        if rng.chance(92) {
            parts.push("v=1".to_string());
        } else {
            parts.push(rng.pick(&["v=2", "v=0", "v=", "v=1.0", "v= 1", "V=1", "x=1", "", "v=1=1"]).to_string());
        }
        for _ in 0..rng.below(8) {
            parts.push(self.link_part(rng));
        }
        if rng.chance(5) && parts.len() > 1 {
            let dup = parts[rng.below(parts.len())].clone();
            parts.push(dup);
        }
        let sep = if rng.chance(90) { ";" } else { *rng.pick(&[";;", "; ", "&", ","]) };
        let mut out = parts.join(sep);
        if rng.chance(10) {
            out = format!("{}{out}", rng.pick(&["#", " ", "##", "\u{feff}", "\t#"]));
        }
        if rng.chance(10) {
            out.push_str(rng.pick_str(&[";", " ", "\n", ";;"]));
        }
        out
    }

    /// base64url of a scenario file, tweaked or damaged on the way.
    fn j_payload(&self, rng: &mut Rng) -> String {
        let json = match rng.below(5) {
            0 => {
                let mut v = rng.pick(&self.scenario_values).clone();
                for _ in 0..rng.range(1, 3) {
                    self.tweak(rng, &mut v);
                }
                serde_json::to_string(&v).unwrap().into_bytes()
            }
            1 => {
                let mut b = rng.pick(&self.scenario_texts).clone().into_bytes();
                for _ in 0..rng.range(1, 4) {
                    self.mutate(rng, &mut b);
                }
                b
            }
            2 => self.deep_nesting(rng).into_bytes(),
            3 => (0..rng.len(64)).map(|_| rng.next() as u8).collect(), // not UTF-8, mostly
            _ => rng.pick(&self.scenario_texts).clone().into_bytes(),
        };
        let mut text = match rng.below(10) {
            0 => b64url(&json, STD_ALPHABET, true),
            1 => b64url(&json, URL_ALPHABET, true),
            _ => b64url(&json, URL_ALPHABET, false),
        };
        if rng.chance(10) && !text.is_empty() {
            // Damage it: a wrong character, or one character too few.
            let mut b = text.into_bytes();
            if rng.chance(50) {
                let i = rng.below(b.len());
                b[i] = *rng.pick(b"=+/!%. ");
            } else {
                b.pop();
            }
            text = String::from_utf8(b).unwrap();
        }
        text
    }

    /// A valid input padded to the decoder's size limit, one under, at, or
    /// one over (a BOM does not count towards the limit).
    fn size_limit(&self, rng: &mut Rng, target: &Target) -> String {
        let seed = rng.pick(&target.seeds).trim_start_matches('\u{feff}').to_string();
        let want = (target.limit + rng.below(3)).saturating_sub(1);
        let pad = want.saturating_sub(seed.len());
        let mut out = match target.kind {
            // Link text is trimmed before the check; empty parts are skipped.
            Kind::Link => format!("{seed}{}", ";".repeat(pad)),
            Kind::Json => format!("{seed}{}", " ".repeat(pad)),
        };
        if target.kind == Kind::Json && rng.chance(50) {
            out.insert(0, '\u{feff}');
        }
        out
    }
}

// ------------------------------------------------------------------ targets

enum Verdict {
    Rejected,
    Accepted,
    /// `Ok`, but the result does not pass `validate()`.
    AcceptedInvalid(String),
}

fn verdict(checks: impl IntoIterator<Item = Result<(), urban_rural_sim::i18n::Bilingual>>) -> Verdict {
    for c in checks {
        if let Err(e) = c {
            return Verdict::AcceptedInvalid(format!("{} / {}", e.zh, e.en));
        }
    }
    Verdict::Accepted
}

fn run_scenario(text: &str) -> Verdict {
    match Scenario::from_json(text) {
        Ok(s) => verdict([s.validate()]),
        Err(_) => Verdict::Rejected,
    }
}

fn run_import(text: &str) -> Verdict {
    match library::import(text) {
        Ok(Imported::Scenario { scenario: s, .. }) => verdict([s.validate()]),
        Ok(Imported::Library(entries)) => verdict(entries.iter().map(Entry::validate)),
        Ok(Imported::Deck(deck)) => verdict([deck.validate()]),
        Err(_) => Verdict::Rejected,
    }
}

fn run_entry(text: &str) -> Verdict {
    match Entry::from_json(text) {
        Ok(e) => verdict([e.validate()]),
        Err(_) => Verdict::Rejected,
    }
}

fn run_deck(text: &str) -> Verdict {
    match Deck::from_json(text) {
        Ok(d) => verdict([d.validate()]),
        Err(_) => Verdict::Rejected,
    }
}

/// The region files the region targets start from: the built-in and
/// Jiaxing, each as JSON and as the spreadsheet.
fn region_seeds() -> (Vec<String>, Vec<String>) {
    let json = vec![ZHEJIANG_2025_JSON.to_string(), include_str!("../data/jiaxing-2025.json").to_string()];
    let csv = json.iter().map(|j| region_csv::template(&serde_json::from_str(j).unwrap())).collect::<Vec<_>>();
    for text in json.iter().chain(&csv) {
        region_read::read_region(text.as_bytes()).unwrap_or_else(|e| panic!("seed region rejected: {e:?}"));
    }
    (json, csv)
}

fn run_region(text: &str) -> Verdict {
    match region_read::read_region(text.as_bytes()) {
        Ok(c) => verdict([c.region.scenario().validate()]),
        Err(_) => Verdict::Rejected,
    }
}

fn run_link(text: &str) -> Verdict {
    match link::decode(text) {
        Ok(d) => verdict([d.scenario.validate()]),
        Err(_) => Verdict::Rejected,
    }
}

// ------------------------------------------------------------------- runner

thread_local! {
    static LAST_PANIC: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

enum Outcome {
    Rejected,
    Accepted,
    Failed { kind: &'static str, message: String, key: String },
}

/// Run one input, turning a panic into an outcome.
fn run_case(target: &Target, input: &str) -> Outcome {
    match panic::catch_unwind(AssertUnwindSafe(|| (target.run)(input))) {
        Ok(Verdict::Rejected) => Outcome::Rejected,
        Ok(Verdict::Accepted) => Outcome::Accepted,
        Ok(Verdict::AcceptedInvalid(message)) => {
            Outcome::Failed { kind: "accepted but invalid", key: message.clone(), message }
        }
        Err(_) => {
            let (message, location) =
                LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_else(|| ("?".into(), "?".into()));
            Outcome::Failed { kind: "panic", message: format!("{message} (at {location})"), key: location }
        }
    }
}

fn same_failure(target: &Target, input: &str, key: &str) -> bool {
    matches!(run_case(target, input), Outcome::Failed { key: k, .. } if k == key)
}

/// Delta debugging on characters: the shortest input (within a budget) that
/// still fails the same way (same panic location, or same message).
fn minimize(target: &Target, input: &str, key: &str) -> String {
    let mut cur: Vec<char> = input.chars().collect();
    let mut budget = 20_000;
    let mut n = 2;
    while cur.len() >= 2 && budget > 0 {
        let size = cur.len().div_ceil(n);
        let mut reduced = false;
        let mut start = 0;
        while start < cur.len() && budget > 0 {
            let end = (start + size).min(cur.len());
            let candidate: String = cur[..start].iter().chain(&cur[end..]).collect();
            budget -= 1;
            if same_failure(target, &candidate, key) {
                cur = candidate.chars().collect();
                reduced = true;
            } else {
                start = end;
            }
        }
        if reduced {
            n = (n - 1).max(2);
        } else if size == 1 {
            break;
        } else {
            n = (n * 2).min(cur.len());
        }
    }
    cur.into_iter().collect()
}

struct Finding {
    target: &'static str,
    case: u64,
    strategy: Strategy,
    kind: &'static str,
    message: String,
    input: String,
    count: u64,
}

#[derive(Default, Clone, Copy)]
struct Tally {
    cases: u64,
    accepted: u64,
}

fn env_u64(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(v) => {
            let v = v.trim().replace('_', "");
            let parsed = match v.strip_prefix("0x") {
                Some(hex) => u64::from_str_radix(hex, 16),
                None => v.parse(),
            };
            parsed.unwrap_or_else(|_| panic!("{name}={v} is not a number"))
        }
        Err(_) => default,
    }
}

fn shown(input: &str) -> String {
    let s = format!("{input:?}");
    if s.chars().count() > 600 {
        let head: String = s.chars().take(600).collect();
        format!("{head}… ({} bytes in all)", input.len())
    } else {
        s
    }
}

/// Where failing inputs are written in full.
fn findings_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-findings")
}

/// Aborts the process if one input runs longer than `HANG_SECS`, after
/// printing which input (made again from its seed) and saving it.
fn watchdog(fuzz: Arc<Fuzz>, seed: u64, tick: Arc<AtomicU64>, current: Arc<AtomicU64>, done: Arc<AtomicBool>) {
    let mut last = u64::MAX;
    let mut since = Instant::now();
    while !done.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(200));
        let now = tick.load(Ordering::Relaxed);
        if now != last {
            last = now;
            since = Instant::now();
        } else if since.elapsed() > Duration::from_secs(HANG_SECS) {
            let packed = current.load(Ordering::Relaxed);
            let (t, case) = ((packed >> 48) as usize, packed & 0xFFFF_FFFF_FFFF);
            let (strategy, input) = fuzz.generate(seed, t, case);
            let dir = findings_dir();
            let _ = std::fs::create_dir_all(&dir);
            let file = dir.join(format!("hang-{}-{case}.txt", fuzz.targets[t].name.replace("::", "_")));
            let _ = std::fs::write(&file, &input);
            eprintln!(
                "HANG: {} case {case} (seed {seed:#x}, {}) ran over {HANG_SECS} s; input saved to {}: {}",
                fuzz.targets[t].name,
                strategy.label(),
                file.display(),
                shown(&input)
            );
            std::process::abort();
        }
    }
}

#[test]
fn decoders_never_panic_and_accept_only_valid_scenarios() {
    let cases = env_u64("URS_FUZZ_CASES", DEFAULT_CASES);
    let seed = env_u64("URS_FUZZ_SEED", DEFAULT_SEED);
    println!("fuzz: seed {seed:#x} (URS_FUZZ_SEED), {cases} inputs per decoder (URS_FUZZ_CASES)");
    let fuzz = Arc::new(Fuzz::build());

    let tick = Arc::new(AtomicU64::new(0));
    let current = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let dog = {
        let (fuzz, tick, current, done) = (fuzz.clone(), tick.clone(), current.clone(), done.clone());
        std::thread::spawn(move || watchdog(fuzz, seed, tick, current, done))
    };

    // Panics are expected to be rare and are reported below, not printed
    // one by one: keep the message and where it came from.
    let default_hook = panic::take_hook();
    panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(non-string payload)".into());
        let location = info.location().map_or("?".into(), |l| format!("{}:{}:{}", l.file(), l.line(), l.column()));
        LAST_PANIC.with(|p| *p.borrow_mut() = Some((message, location)));
    }));

    let mut findings: BTreeMap<(usize, String), Finding> = BTreeMap::new();
    let mut per_strategy: Vec<BTreeMap<Strategy, Tally>> = vec![BTreeMap::new(); fuzz.targets.len()];
    let mut summary = Vec::new();
    let started = Instant::now();
    let only = std::env::var("URS_FUZZ_ONLY").unwrap_or_default();
    for (t, target) in fuzz.targets.iter().enumerate() {
        if !target.name.contains(only.as_str()) {
            continue;
        }
        let t0 = Instant::now();
        let (mut accepted, mut rejected, mut failed, mut bytes) = (0u64, 0u64, 0u64, 0u64);
        for case in 0..cases {
            current.store(((t as u64) << 48) | case, Ordering::Relaxed);
            tick.fetch_add(1, Ordering::Relaxed);
            let (strategy, input) = fuzz.generate(seed, t, case);
            bytes += input.len() as u64;
            let tally = per_strategy[t].entry(strategy).or_default();
            tally.cases += 1;
            match run_case(target, &input) {
                Outcome::Rejected => rejected += 1,
                Outcome::Accepted => {
                    accepted += 1;
                    tally.accepted += 1;
                }
                Outcome::Failed { kind, message, key } => {
                    failed += 1;
                    let f = findings.entry((t, key)).or_insert_with(|| Finding {
                        target: target.name,
                        case,
                        strategy,
                        kind,
                        message,
                        input: input.clone(),
                        count: 0,
                    });
                    f.count += 1;
                    if input.len() < f.input.len() {
                        (f.case, f.strategy, f.input) = (case, strategy, input);
                    }
                }
            }
        }
        let secs = t0.elapsed().as_secs_f64();
        summary.push((target.name, cases, accepted, rejected, failed, bytes, secs));
    }
    let total_secs = started.elapsed().as_secs_f64();
    done.store(true, Ordering::Relaxed);
    dog.join().unwrap();

    println!();
    println!("| decoder | inputs | accepted (Ok, valid) | rejected (Err) | failures | input MB | seconds |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let (mut all_cases, mut all_accepted, mut all_failed) = (0, 0, 0);
    for &(name, cases, accepted, rejected, failed, bytes, secs) in &summary {
        println!("| `{name}` | {cases} | {accepted} | {rejected} | {failed} | {:.1} | {secs:.1} |", bytes as f64 / 1e6);
        all_cases += cases;
        all_accepted += accepted;
        all_failed += failed;
    }
    let all_rejected = all_cases - all_accepted - all_failed;
    println!("| **all decoders** | {all_cases} | {all_accepted} | {all_rejected} | {all_failed} | | {total_secs:.1} |");
    println!();
    print!("| strategy |");
    for target in &fuzz.targets {
        print!(" `{}` inputs / accepted |", target.name);
    }
    println!();
    println!("|---|{}", "---:|".repeat(fuzz.targets.len()));
    for s in Strategy::ALL {
        print!("| {} |", s.label());
        for tallies in &per_strategy {
            let t = tallies.get(&s).copied().unwrap_or_default();
            print!(" {} / {} |", t.cases, t.accepted);
        }
        println!();
    }

    // Minimize while the quiet hook is still in place.
    let mut report = String::new();
    for ((t, key), f) in &findings {
        let target = &fuzz.targets[*t];
        let small = minimize(target, &f.input, key);
        let dir = findings_dir();
        let _ = std::fs::create_dir_all(&dir);
        let file = dir.join(format!("{}-{}.txt", target.name.replace("::", "_"), f.case));
        let _ = std::fs::write(&file, &f.input);
        let _ = writeln!(
            report,
            "\n{} in {} ({} inputs; smallest at case {}, {}; saved to {}):\n  {}\n  minimal input: {}\n  \
             first input: {}",
            f.kind,
            f.target,
            f.count,
            f.case,
            f.strategy.label(),
            file.display(),
            f.message,
            shown(&small),
            shown(&f.input)
        );
    }
    panic::set_hook(default_hook);
    println!("\nfuzz: {all_cases} inputs, {all_accepted} accepted, {all_failed} failures, {total_secs:.1} s");
    assert!(findings.is_empty(), "fuzz seed {seed:#x}: {} distinct failures{report}", findings.len());
}
