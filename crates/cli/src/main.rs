//! `urs`: run a scenario natively and print its projection.
//!
//!   urs --builtin zhejiang-2025 [--json] [--band N [--seed S]]
//!   urs --scenario FILE [--json]
//!   urs --params-markdown        (the parameter table of docs/MODEL.md)
//!   urs --replay-markdown        (the history replay tables of docs/MODEL.md)
//!   urs --print-builtin zhejiang-2025   (the scenario file, to edit and rerun)
//!   urs --region FILE [any of the above]   (another region: JSON or the CSV template)
//!   urs --print-region [--csv]  urs --check-region FILE   (region.rs)
//!   urs --svg KIND [--year Y] [--lang zh|en] [--scenario FILE] [--out FILE]
//!                                (any chart as SVG: svg.rs)
//!   urs --tornado [OUTCOME] ...  (what the answer depends on: tornado.rs)

mod doc;
mod qr;
mod region;
mod seek;
mod svg;
mod tornado;

use std::process::ExitCode;
use urs_model::attribution::{Attribution, Attributions};
use urs_model::i18n::{Bilingual, Lang};
use urs_model::targets::TargetStatus;
use urs_model::uncertainty::{uncertainty, Band};
use urs_model::{project, Outcome, Projection, ReadOutcome, Scenario, OUTCOMES, STRANDS};

const USAGE: &str = "usage: urs (--builtin zhejiang-2025 | --scenario FILE) [--json] [--band N [--seed S]]
           [--explain OUTCOME YEAR] [--seek GOAL ... [--free shares|totals|all] [--free COMMITMENT]
            [--allow-worse all|OUTCOME] [--least money|change] [--likely P]]
           (COMMITMENT: special_funds_bn, special_funds_years, credit_bn — kept unless freed)
       urs --print-builtin zhejiang-2025
       urs --svg KIND [--year Y] [--lang zh|en] [--scenario FILE] [--out FILE]
           KIND: completion, income-ratio, standards, urbanization, city-gap, mountain, cities
       urs --region FILE ...               (run on another region: JSON or CSV)
       urs --print-region [--csv]          (the built-in region; --csv: the spreadsheet template)
       urs --check-region FILE             (list every problem of a region file; exit 1 if any)
       urs --tornado [OUTCOME] [--year Y] [--change] [--top N] [--lang zh|en] [--builtin zhejiang-2025 | --scenario FILE]
           (what the answer depends on: each uncertain number at either end of its range)
       urs --params-markdown | --replay-markdown
       urs --qr TEXT                       (a QR code of TEXT in the terminal)
       urs --update-doc docs/MODEL.md      (rewrite its generated tables; a *.zh.md file in Chinese)";

enum Command {
    Run {
        scenario: Scenario,
        json: bool,
        band: Option<(usize, u64)>,
        explain: Option<(Outcome, i32)>,
        seek: seek::Seek,
    },
    PrintBuiltin(Scenario),
    ParamsMarkdown,
    ReplayMarkdown,
    UpdateDoc(String),
    Help,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args = match region::prepare(&args) {
        region::Next::Exit(code) => return code,
        region::Next::Go(args) => args,
    };
    if args.iter().any(|a| a == "--svg") {
        return svg::main(&args);
    }
    if args.iter().any(|a| a == "--tornado") {
        return tornado::main(&args);
    }
    if args.first().map(String::as_str) == Some("--qr") {
        return match qr::render(args.get(1).map_or("", String::as_str)) {
            Ok(code) => {
                print!("{code}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(2)
            }
        };
    }
    match parse(&args) {
        Ok(Command::Run { scenario, json, band, explain, seek }) => {
            let projection = project(&scenario);
            let band = band.map(|(draws, seed)| uncertainty(&scenario, draws, seed, 1.0));
            let explained = explain.and_then(|(o, y)| Attributions::new(&scenario).get(o, y));
            // The band's draws and seed judge a probability (1,000 unless --band says).
            let (draws, seed) = band.as_ref().map_or((1000, seed_of(&args)), |b| (b.draws, b.seed));
            let solution = seek.solve(&scenario, draws, seed);
            if json {
                let value = serde_json::json!({ "projection": projection, "band": band, "attribution": explained, "goal_seek": solution });
                let plain = band.is_none() && explained.is_none() && solution.is_none();
                match serde_json::to_string_pretty(if plain { &value["projection"] } else { &value }) {
                    Ok(text) => println!("{text}"),
                    Err(e) => {
                        eprintln!("error: {e}");
                        return ExitCode::from(1);
                    }
                }
            } else {
                print!("{}", table(&projection));
                if let Some(band) = &band {
                    print!("{}", band_table(band));
                }
                if let Some(a) = &explained {
                    print!("{}", attribution_table(a));
                }
                if let Some(sol) = &solution {
                    print!("{}", seek::seek_table(&scenario, sol));
                }
            }
            ExitCode::SUCCESS
        }
        Ok(Command::PrintBuiltin(scenario)) => {
            println!("{}", scenario.to_json());
            ExitCode::SUCCESS
        }
        Ok(Command::ParamsMarkdown) => {
            print!("{}", doc::params_markdown());
            ExitCode::SUCCESS
        }
        Ok(Command::ReplayMarkdown) => {
            print!(
                "{}",
                doc::out_of_sample_markdown(Scenario::zhejiang_2025().assumptions.outcomes.urbanization_ceiling)
            );
            ExitCode::SUCCESS
        }
        Ok(Command::UpdateDoc(path)) => match doc::update_doc(&path) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("错误 error: {message}");
                ExitCode::from(2)
            }
        },
        Ok(Command::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("错误 error: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn parse(args: &[String]) -> Result<Command, Bilingual> {
    let mut scenario = None;
    let mut json = false;
    let mut draws: Option<usize> = None;
    let mut seed: u64 = 1;
    let mut explain = None;
    let mut seek = seek::Seek::default();
    let mut it = args.iter();
    let mut set = |s: Scenario| -> Result<(), Bilingual> {
        if scenario.replace(s).is_some() {
            return Err(Bilingual::new("只能给出一个情景", "give only one scenario"));
        }
        Ok(())
    };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--band" => {
                let n = it.next().and_then(|n| n.parse::<usize>().ok()).filter(|n| (1..=100_000).contains(n));
                draws = Some(n.ok_or_else(|| {
                    Bilingual::new("--band 需要 1–100000 之间的抽样次数", "--band needs a number of draws, 1–100000")
                })?);
            }
            "--explain" => {
                let (outcome, year) = (it.next(), it.next().and_then(|y| y.parse::<i32>().ok()));
                let outcome = outcome.and_then(|o| Outcome::from_id(o));
                explain = Some(outcome.zip(year).ok_or_else(|| {
                    Bilingual::new(
                        "--explain 需要结果名称和年份，如 income_ratio 2030",
                        "--explain needs an outcome and a year, e.g. income_ratio 2030",
                    )
                })?);
            }
            "--seed" => {
                seed = it
                    .next()
                    .and_then(|n| n.parse::<u64>().ok())
                    .ok_or_else(|| Bilingual::new("--seed 需要非负整数", "--seed needs a whole number ≥ 0"))?;
            }
            "--builtin" => set(builtin(it.next())?)?,
            "--print-builtin" => return Ok(Command::PrintBuiltin(builtin(it.next())?)),
            "--scenario" => {
                let path = it
                    .next()
                    .ok_or_else(|| Bilingual::new("--scenario 需要文件路径", "--scenario needs a file path"))?;
                let text = std::fs::read_to_string(path)
                    .map_err(|e| Bilingual::new(format!("无法读取 {path}：{e}"), format!("cannot read {path}: {e}")))?;
                let (scenario, notes) = Scenario::from_json_noted(&text)
                    .map_err(|e| Bilingual::new(format!("{path}：{}", e.zh), format!("{path}: {}", e.en)))?;
                // An older file: what became of its edits, on stderr.
                let version = crate::json_version(&text);
                if let Some(notice) = version.and_then(|v| Scenario::older_file_notice(v, &notes)) {
                    eprintln!("{path}: {}\n{path}: {}", notice.zh, notice.en);
                }
                set(scenario)?;
            }
            "--params-markdown" => return Ok(Command::ParamsMarkdown),
            "--replay-markdown" => return Ok(Command::ReplayMarkdown),
            "--update-doc" => {
                let path = it
                    .next()
                    .ok_or_else(|| Bilingual::new("--update-doc 需要文件路径", "--update-doc needs a file path"))?;
                return Ok(Command::UpdateDoc(path.clone()));
            }
            "--help" | "-h" => return Ok(Command::Help),
            other if seek.flag(other, &mut it)? => {}
            other => return Err(Bilingual::new(format!("未知参数 {other}"), format!("unknown argument {other}"))),
        }
    }
    match scenario {
        Some(scenario) => Ok(Command::Run { scenario, json, band: draws.map(|n| (n, seed)), explain, seek }),
        None => {
            Err(Bilingual::new("请用 --builtin 或 --scenario 指定情景", "name a scenario with --builtin or --scenario"))
        }
    }
}

fn builtin(name: Option<&String>) -> Result<Scenario, Bilingual> {
    let name = name.ok_or_else(|| Bilingual::new("--builtin 需要情景名称", "--builtin needs a scenario name"))?;
    Scenario::builtin(name).ok_or_else(|| {
        Bilingual::new(
            format!("没有名为 {name} 的内置情景（可用：zhejiang-2025）"),
            format!("no built-in scenario named {name} (available: zhejiang-2025)"),
        )
    })
}

/// A readable table: cumulative completion rate per strand, month by month.
fn table(p: &Projection) -> String {
    let c = &p.completion;
    let mut out = format!(
        "{} — {} 年投资完成率 investment completion {} (model {})\n报告期 reporting date: end of month {}\n\n",
        p.scenario_name, c.year, c.year, p.model_version, c.calibration_month
    );
    out.push_str("month  ");
    for s in STRANDS {
        out.push_str(&format!("{:>8}", s.zh()));
    }
    out.push_str("      全部 all\n");
    for m in 0..12 {
        out.push_str(&format!("{:>5}  ", m + 1));
        for s in &c.strands {
            out.push_str(&format!("{:>9.1}%", s.completion_rate[m] * 100.0));
        }
        out.push_str(&format!("{:>11.1}%", c.overall_rate[m] * 100.0));
        out.push_str(if usize::from(c.calibration_month) == m + 1 { "  ← reported\n" } else { "\n" });
    }
    out.push_str("\nplan / money / capacity (bn yuan), by year\n");
    for c in &p.completion_by_year {
        for s in &c.strands {
            out.push_str(&format!(
                "  {} {} {:<22} plan {:>7.2}  money {:>7.2}  capacity {:>7.2}  year end {:>7.2} ({:>5.1} %)  unspent {:>6.2}  limit {:?}\n",
                c.year,
                s.strand.zh(),
                s.strand.en(),
                s.plan_bn,
                s.funds_bn,
                s.capacity_bn,
                s.completed_bn[11],
                s.year_end_rate() * 100.0,
                s.unspent_bn,
                s.limit
            ));
        }
    }
    out.push_str("\npolicy costs (bn yuan): hukou / standards / county\n");
    for y in &p.years {
        let c = &y.policy_cost;
        out.push_str(&format!("  {}  {:>7.2} / {:>7.2} / {:>7.2}\n", y.year, c.hukou_bn, c.standards_bn, c.county_bn));
    }
    out.push_str("\n年度结果 yearly outcomes (end of year)\n ");
    for y in &p.years {
        out.push_str(&format!(" {:>10}", y.year));
    }
    out.push('\n');
    for o in OUTCOMES {
        out.push(' ');
        for y in &p.years {
            out.push_str(&format!(" {:>10}", o.number(o.value(y), o.places())));
        }
        out.push_str(&format!("  {}\n", names(o)));
    }
    out.push_str("\n目标 targets\n");
    for t in &p.targets {
        let outcome = urs_model::targets::TARGETS.iter().find(|x| x.id == t.id).map(|x| x.outcome);
        let value = outcome.map_or(format!("{:.3}", t.value), |o| o.format(t.value, Lang::En));
        out.push_str(&format!(
            "  {} {:<62} {:>10}  {}\n",
            match t.status {
                TargetStatus::Met => "✓",
                TargetStatus::Missed => "✗",
                TargetStatus::TooClose => "≈",
            },
            t.en,
            value,
            match t.status {
                TargetStatus::Met => "met 达成",
                TargetStatus::Missed => "missed 未达成",
                TargetStatus::TooClose => "too close to call 难以判定",
            }
        ));
    }
    for n in &p.notices {
        out.push_str(&format!("note: {n}\n"));
    }
    out
}

/// An outcome's name in both languages, with its unit: "城乡居民收入比 Urban–rural income ratio".
fn names(o: Outcome) -> String {
    let unit = match o.unit().label(Lang::En) {
        "" => String::new(),
        unit => format!(" ({unit})"),
    };
    format!("{} {}{unit}", o.name(Lang::Zh), o.name(Lang::En))
}

/// The waterfall from the reference to the scenario, in words and numbers.
fn attribution_table(a: &Attribution) -> String {
    let mut out = format!(
        "\n归因 attribution: {} {}\n  built-in reference            {:>12.4}\n  changed assumptions / data    {:>+12.4}\n  baseline                      {:>12.4}\n",
        names(a.outcome),
        a.year,
        a.reference,
        a.assumptions_effect(),
        a.baseline
    );
    out.push_str("  lever                           Shapley   one at a time\n");
    for c in &a.contributions {
        out.push_str(&format!("  {:<28} {:>+10.4}   {:>+10.4}\n", format!("{:?}", c.item), c.shapley, c.one_at_a_time));
    }
    out.push_str(&format!(
        "  interaction (total − alone)   {:>+12.4}\n  scenario                      {:>12.4}\n",
        a.interaction, a.scenario
    ));
    out
}

/// The band: 10 / 50 / 90 % per outcome per year, and target probabilities.
fn band_table(b: &Band) -> String {
    let mut out = format!(
        "\n不确定性 uncertainty band: {} draws (seed {}), {} rejected as contradicting history\n  outcome\n    year        10 %        50 %        90 %\n",
        b.draws, b.seed, b.rejected
    );
    for band in &b.outcomes {
        let o = band.outcome;
        out.push_str(&format!("  {}\n", names(o)));
        for (year, q) in b.years.iter().zip(&band.quantiles) {
            let shown = |v: f64| o.number(v, o.places() + 1);
            out.push_str(&format!("    {year}  {:>10}  {:>10}  {:>10}\n", shown(q[0]), shown(q[2]), shown(q[4])));
        }
    }
    out.push_str("\n目标达成概率 probability of meeting each target\n");
    for t in &b.targets {
        out.push_str(&format!("  {:<24} {}  {:>5.1} %\n", t.id, t.year, t.probability * 100.0));
    }
    out
}

/// The `--seed` given, 1 otherwise (the band's default).
fn seed_of(args: &[String]) -> u64 {
    args.iter().position(|a| a == "--seed").and_then(|i| args.get(i + 1)).and_then(|s| s.parse().ok()).unwrap_or(1)
}

/// The `format_version` of a scenario file's text, if it has one.
fn json_version(text: &str) -> Option<u64> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    urs_model::json::parse(text).ok()?.get("format_version")?.as_u64()
}
