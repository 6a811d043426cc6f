//! `urs --tornado [OUTCOME] [--year Y] [--change] [--top N] [--lang zh|en]
//! [--builtin zhejiang-2025 | --scenario FILE]`: what an answer depends on,
//! the sensitivity tables of `urs_model::sensitivity` as text; and the same
//! tables as Markdown for docs/MODEL.md (`urs --update-doc`).

use std::process::ExitCode;
use urs_model::i18n::{Bilingual, Lang};
use urs_model::sensitivity::{tornadoes, Bar, Input, Of, Tornado, HEADLINE};
use urs_model::{Outcome, Scenario, HORIZON_YEARS};

struct Job {
    outcomes: Vec<Outcome>,
    year: i32,
    of: Of,
    top: usize,
    /// None: both languages.
    lang: Option<Lang>,
    scenario: Scenario,
}

/// Run `urs --tornado ...`.
pub fn main(args: &[String]) -> ExitCode {
    match parse(args).and_then(|job| {
        let tables = tornadoes(&job.scenario, &job.outcomes, job.year, job.of).ok_or_else(|| {
            Bilingual::new(format!("{} 年不在预测期内", job.year), format!("{} is outside the horizon", job.year))
        })?;
        for t in &tables {
            print!("{}", text(t, &job.scenario, job.top, job.lang));
        }
        Ok(())
    }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("错误 error: {message}\n{}", super::USAGE);
            ExitCode::from(2)
        }
    }
}

fn parse(args: &[String]) -> Result<Job, Bilingual> {
    let builtin = Scenario::zhejiang_2025();
    let last_year = builtin.start.year.max(builtin.reported.year) + HORIZON_YEARS as i32 - 1;
    let mut job =
        Job { outcomes: HEADLINE.to_vec(), year: last_year, of: Of::Level, top: 10, lang: None, scenario: builtin };
    let mut it = args.iter().peekable();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| Bilingual::new(format!("{name} 需要一个值"), format!("{name} needs a value")))
        };
        match arg.as_str() {
            "--tornado" => {
                if let Some(id) = it.next_if(|a| !a.starts_with("--")) {
                    let o = Outcome::from_id(id).ok_or_else(|| {
                        Bilingual::new(format!("没有名为 {id} 的结果"), format!("no outcome named {id}"))
                    })?;
                    job.outcomes = vec![o];
                }
            }
            "--year" => {
                let y = value("--year")?;
                job.year =
                    y.parse().map_err(|_| Bilingual::new(format!("年份无效：{y}"), format!("not a year: {y}")))?;
            }
            "--top" => {
                let n = value("--top")?;
                job.top = n.parse().ok().filter(|n| *n >= 1).ok_or_else(|| {
                    Bilingual::new(format!("--top 需要正整数：{n}"), format!("--top needs a whole number ≥ 1: {n}"))
                })?;
            }
            "--change" => job.of = Of::Change,
            "--lang" => {
                job.lang = Some(match value("--lang")?.as_str() {
                    "zh" => Lang::Zh,
                    "en" => Lang::En,
                    other => {
                        return Err(Bilingual::new(
                            format!("--lang 取 zh 或 en：{other}"),
                            format!("--lang takes zh or en: {other}"),
                        ))
                    }
                })
            }
            "--builtin" => job.scenario = super::builtin(it.next())?,
            "--scenario" => {
                let path = value("--scenario")?;
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| Bilingual::new(format!("无法读取 {path}：{e}"), format!("cannot read {path}: {e}")))?;
                job.scenario = Scenario::from_json(&text)
                    .map_err(|e| Bilingual::new(format!("{path}：{}", e.zh), format!("{path}: {}", e.en)))?;
            }
            other => return Err(Bilingual::new(format!("未知参数 {other}"), format!("unknown argument {other}"))),
        }
    }
    Ok(job)
}

/// A value of `outcome` as shown (percent scaled), with one more decimal
/// than the outcome table's (swings are small; yuan stay whole); a change signed.
fn shown(outcome: Outcome, v: f64, signed: bool) -> String {
    let a = outcome.about();
    let places = a.places + usize::from(a.unit != urs_model::outcome::Measure::Yuan);
    let v = v * a.unit.scale();
    if signed {
        format!("{v:+.places$}")
    } else {
        format!("{v:.places$}")
    }
}

/// An input's range as shown ("1.5 – 3.3 %").
fn range(input: Input, s: &Scenario, lang: Lang) -> String {
    let [lo, hi] = input.ends(s);
    let unit = input.param().map_or(urs_model::params::Unit::Share, |p| p.unit);
    let trim = |v: f64| {
        let t = format!("{:.4}", unit.to_display(v, lang));
        t.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    format!("{} – {} {}", trim(lo), trim(hi), unit.label(lang))
}

fn title(t: &Tornado, lang: Lang) -> String {
    let name = lang.pick(t.outcome.about().zh, t.outcome.about().en);
    match (t.of, lang) {
        (Of::Level, Lang::Zh) => format!("{} {} 年取决于什么", name, t.year),
        (Of::Level, Lang::En) => format!("What {} in {} depends on", name, t.year),
        (Of::Change, Lang::Zh) => format!("{} {} 年相对基准的变化取决于什么", name, t.year),
        (Of::Change, Lang::En) => format!("What the change of {} in {} against the baseline depends on", name, t.year),
    }
}

/// The first `top` bars; the rest are counted.
fn shown_bars(t: &Tornado, top: usize) -> (&[Bar], usize) {
    let moving = t.bars.iter().filter(|b| b.swing() > 0.0).count().min(top).max(1);
    (&t.bars[..moving.min(t.bars.len())], t.bars.len().saturating_sub(moving))
}

/// One tornado as text, in one language or both.
fn text(t: &Tornado, s: &Scenario, top: usize, lang: Option<Lang>) -> String {
    let langs: Vec<Lang> = lang.map_or(vec![Lang::Zh, Lang::En], |l| vec![l]);
    let signed = t.of == Of::Change;
    let mut out = format!("\n{}\n", langs.iter().map(|&l| title(t, l)).collect::<Vec<_>>().join(" / "));
    out += &format!(
        "  {} {}\n",
        langs.iter().map(|l| l.pick("本情景", "this scenario")).collect::<Vec<_>>().join(" / "),
        shown(t.outcome, t.central, signed)
    );
    let (bars, rest) = shown_bars(t, top);
    let widest = bars.first().map_or(0.0, Bar::swing);
    for bar in bars {
        let name = langs.iter().map(|&l| bar.input.name(l)).collect::<Vec<_>>().join(" ");
        let source = langs.iter().map(|&l| bar.input.source().label(l)).collect::<Vec<_>>().join("/");
        let length = if widest > 0.0 { (bar.swing() / widest * 20.0).round() as usize } else { 0 };
        out += &format!(
            "  {:<20} {:>10} … {:<10} {} {:<9} {} [{}] ({})\n",
            "█".repeat(length),
            shown(t.outcome, bar.at_low, signed),
            shown(t.outcome, bar.at_high, signed),
            langs.iter().map(|l| l.pick("幅度", "swing")).collect::<Vec<_>>().join("/"),
            shown(t.outcome, bar.swing(), false),
            name,
            source,
            range(bar.input, s, langs[0]),
        );
    }
    if rest > 0 {
        out += &format!(
            "  {}\n",
            langs
                .iter()
                .map(|l| match l {
                    Lang::Zh => format!("另有 {rest} 项影响更小"),
                    Lang::En => format!("{rest} more move it less"),
                })
                .collect::<Vec<_>>()
                .join(" / ")
        );
    }
    out
}

/// The built-in scenario's tornadoes for docs/MODEL.md: every headline
/// outcome in the last year, its first eight inputs.
/// In `lang` (docs/MODEL.zh.md in Chinese).
pub fn markdown(s: &Scenario, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let year = s.start.year.max(s.reported.year) + HORIZON_YEARS as i32 - 1;
    let mut out = String::new();
    for t in tornadoes(s, &HEADLINE, year, Of::Level).unwrap_or_default() {
        let about = t.outcome.about();
        out += &if zh {
            format!(
                "**{}**，{year} 年：内置情景为 {}。\n\n| 输入 | 来源类型 | 范围 | 取低端时 | 取高端时 | 摆幅 |\n|---|---|---|---|---|---|\n",
                about.zh,
                shown(t.outcome, t.central, false)
            )
        } else {
            format!(
                "**{} {}**, {year}: {} in the built-in scenario.\n\n| input | source | range | at the low end | at the high end | swing |\n|---|---|---|---|---|---|\n",
                about.zh,
                about.en,
                shown(t.outcome, t.central, false)
            )
        };
        let (bars, rest) = shown_bars(&t, 8);
        for b in bars {
            let name = if zh {
                b.input.name(Lang::Zh).to_string()
            } else {
                format!("{} {}", b.input.name(Lang::Zh), b.input.name(Lang::En))
            };
            out += &format!(
                "| {name} | {} | {} | {} | {} | {} |\n",
                b.input.source().label(lang),
                range(b.input, s, lang),
                shown(t.outcome, b.at_low, false),
                shown(t.outcome, b.at_high, false),
                shown(t.outcome, b.swing(), false),
            );
        }
        out += &if zh {
            format!("\n另有 {rest} 项输入影响更小（或没有影响）。\n\n")
        } else {
            format!("\n{rest} more inputs move it less (or not at all).\n\n")
        };
    }
    out
}
