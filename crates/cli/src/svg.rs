//! `urs --svg KIND [--year Y] [--lang zh|en] [--scenario FILE] [--out FILE]`:
//! any chart as SVG, drawn by the app's own chart code (`urs_charts`) with
//! the lines the app shows (`urs_charts::shown`: the scenario, its baseline,
//! the built-in scenario when the assumptions differ) and the caption of the
//! app's PNG export (title, scenario and year(s), legend, version stamp).

use std::process::ExitCode;
use urs_charts::caption::Caption;
use urs_charts::cities::{Cities, CityLines};
use urs_charts::shown::{self, Bands, View};
use urs_charts::spec::XAxis;
use urs_charts::specs::ChartKind;
use urs_formats::stamp::Stamp;
use urs_model::i18n::{Bilingual, Lang};
use urs_model::{project, Scenario};

/// The chart's size, css px (SVG units): the screen's chart card.
const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 360.0;

struct Job {
    kind: ChartKind,
    year: Option<i32>,
    lang: Lang,
    scenario: Scenario,
    out: Option<String>,
}

/// Run `urs --svg ...`: the SVG on stdout or in `--out FILE`.
pub fn main(args: &[String]) -> ExitCode {
    let result = parse(args).and_then(|job| {
        let svg = render(&job)?;
        match &job.out {
            Some(path) => std::fs::write(path, svg)
                .map_err(|e| Bilingual::new(format!("无法写入 {path}：{e}"), format!("cannot write {path}: {e}"))),
            None => {
                print!("{svg}");
                Ok(())
            }
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("错误 error: {message}\n{}", super::USAGE);
            ExitCode::from(2)
        }
    }
}

fn parse(args: &[String]) -> Result<Job, Bilingual> {
    let ids = || ChartKind::ALL.iter().map(|k| k.id()).collect::<Vec<_>>().join(", ");
    let mut job = Job {
        kind: ChartKind::IncomeRatio,
        year: None,
        lang: Lang::Zh,
        scenario: Scenario::zhejiang_2025(),
        out: None,
    };
    let mut kind = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| Bilingual::new(format!("{name} 需要一个值"), format!("{name} needs a value")))
        };
        match arg.as_str() {
            "--svg" => {
                let id = value("--svg")?;
                kind = Some(ChartKind::from_id(&id).ok_or_else(|| {
                    Bilingual::new(
                        format!("没有名为 {id} 的图表（可用：{}）", ids()),
                        format!("no chart named {id} (available: {})", ids()),
                    )
                })?);
            }
            "--year" => {
                let y = value("--year")?;
                job.year = Some(y.parse().map_err(|_| {
                    Bilingual::new(format!("--year 需要年份，而不是 {y}"), format!("--year needs a year, not {y}"))
                })?);
            }
            "--lang" => {
                job.lang = match value("--lang")?.as_str() {
                    "zh" => Lang::Zh,
                    "en" => Lang::En,
                    other => {
                        return Err(Bilingual::new(
                            format!("--lang 取 zh 或 en，而不是 {other}"),
                            format!("--lang takes zh or en, not {other}"),
                        ))
                    }
                }
            }
            "--scenario" => {
                let path = value("--scenario")?;
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| Bilingual::new(format!("无法读取 {path}：{e}"), format!("cannot read {path}: {e}")))?;
                job.scenario = Scenario::from_json(&text)
                    .map_err(|e| Bilingual::new(format!("{path}：{}", e.zh), format!("{path}: {}", e.en)))?;
            }
            "--out" => job.out = Some(value("--out")?),
            other => return Err(Bilingual::new(format!("未知参数 {other}"), format!("unknown argument {other}"))),
        }
    }
    job.kind = kind.ok_or_else(|| {
        Bilingual::new(format!("--svg 需要图表名称（{}）", ids()), format!("--svg needs a chart ({})", ids()))
    })?;
    Ok(job)
}

/// The SVG of `job`'s chart.
fn render(job: &Job) -> Result<String, Bilingual> {
    let lang = job.lang;
    let scen = project(&job.scenario);
    let base = project(&job.scenario.baseline());
    let years: Vec<i32> = scen.years.iter().map(|y| y.year).collect();
    let year_index = match job.year {
        None => 0,
        Some(y) => years.iter().position(|&p| p == y).ok_or_else(|| {
            let (a, b) = (years.first().copied().unwrap_or(0), years.last().copied().unwrap_or(0));
            Bilingual::new(format!("--year 取 {a}–{b}，而不是 {y}"), format!("--year takes {a}–{b}, not {y}"))
        })?,
    };
    let view = View::Alone { scenario: &job.scenario, projection: &scen, baseline: &base };
    let lines = shown::lines(view, lang);
    let title = job.kind.title(lang).to_string();
    let stamp = Stamp::new(&now_utc()).text(lang);
    let failed = |e: String| Bilingual::new(format!("无法绘制图表：{e}"), format!("cannot draw the chart: {e}"));
    let name = &job.scenario.name;
    match shown::chart(job.kind, &lines, Bands::default(), year_index, lang) {
        Some(built) => {
            let period = match built.spec.x {
                XAxis::Years(a, b) => format!("{a}–{b}"),
                XAxis::Months => years.get(year_index).map_or(String::new(), i32::to_string),
            };
            let caption = Caption { title, subtitle: format!("{name} · {period}"), stamp };
            urs_charts::svg::chart(&built.spec, lang, WIDTH, HEIGHT, &caption, &urs_charts::estimate_width)
                .map_err(failed)
        }
        // The small multiples: the scenario and its baseline (as on screen).
        None => {
            let cities = lines
                .iter()
                .map(|s| CityLines { name: s.name.clone(), role: s.role, cities: s.projection.cities.clone() })
                .collect();
            let start = job.scenario.start.year;
            let data = Cities { cities: job.scenario.cities.clone(), lines: cities, start_year: start, lang };
            let period = format!("{start}–{}", years.last().copied().unwrap_or(start));
            let caption = Caption { title, subtitle: format!("{name} · {period}"), stamp };
            urs_charts::svg::cities(&data, WIDTH, &caption, &urs_charts::estimate_width).map_err(failed)
        }
    }
}

/// The time now, UTC, as the stamp shows it (`2026-12-07 18:05 UTC`).
fn now_utc() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, rest) = ((secs / 86_400) as i64, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02} UTC", rest / 3600, rest % 3600 / 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_charts_years_and_languages_are_refused_with_both_languages() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let e = parse(&args(&["--svg", "pie"])).err().unwrap();
        assert!(e.zh.contains("pie") && e.en.contains("income-ratio"), "{e:?}");
        assert!(parse(&args(&["--svg", "cities", "--lang", "fr"])).is_err());
        assert!(parse(&args(&["--svg"])).is_err());
        let job = parse(&args(&["--svg", "completion", "--year", "2019"])).unwrap();
        assert!(render(&job).err().unwrap().en.contains("2019"));
    }
}
