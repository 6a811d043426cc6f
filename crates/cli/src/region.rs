//! The region commands: `--print-region [--csv]` writes the built-in region
//! (JSON, or the spreadsheet template pre-filled), `--check-region FILE`
//! lists every problem of a region file as the app does (exit 1 if any),
//! `--region FILE` runs the rest of the command on that region.

use std::process::ExitCode;
use urs_formats::region_csv;
use urs_formats::region_read::read_region;
use urs_model::i18n::Bilingual;
use urs_model::region::{install_region, ZHEJIANG_2025_JSON};
use urs_model::region_check::{Checked, Problem};

/// What `main` does next: stop with this code, or go on with these arguments.
pub enum Next {
    Exit(ExitCode),
    Go(Vec<String>),
}

fn read(path: &str) -> Result<Checked, Vec<Problem>> {
    let bytes = std::fs::read(path)
        .map_err(|e| vec![Problem::new(path, format!("无法读取文件：{e}"), format!("cannot read the file: {e}"))])?;
    read_region(&bytes)
}

/// Every problem, one per line, both languages.
pub fn problems_text(problems: &[Problem]) -> String {
    let mut out =
        format!("地区文件有 {} 处问题 · the region file has {} problem(s):\n", problems.len(), problems.len());
    for p in problems {
        let at = if p.at.is_empty() { String::new() } else { format!("[{}] ", p.at) };
        out.push_str(&format!("  {at}{}\n      {}\n", p.message.zh, p.message.en));
    }
    out
}

fn accepted_text(c: &Checked) -> String {
    let mut out = format!("地区文件无误 · the region file is valid: {} ({})\n", c.region.name, c.region.id);
    if !c.fallbacks.is_empty() {
        out.push_str(&format!(
            "沿用全省假设 · the province's assumptions kept for {} figure(s): {}\n",
            c.fallbacks.len(),
            c.fallbacks.join(", ")
        ));
    }
    for n in &c.notes {
        out.push_str(&format!("注意 · note [{}]: {} / {}\n", n.at, n.message.zh, n.message.en));
    }
    out
}

/// Handle the region flags; the other arguments go on to `main`'s parser.
pub fn prepare(args: &[String]) -> Next {
    let flag = |f: &str| args.iter().position(|a| a == f);
    if flag("--print-region").is_some() {
        if flag("--csv").is_some() {
            print!("{}", region_csv::builtin_template());
        } else {
            print!("{ZHEJIANG_2025_JSON}");
        }
        return Next::Exit(ExitCode::SUCCESS);
    }
    if let Some(i) = flag("--check-region") {
        let Some(path) = args.get(i + 1) else { return usage("--check-region") };
        return Next::Exit(match read(path) {
            Ok(c) => {
                print!("{}", accepted_text(&c));
                ExitCode::SUCCESS
            }
            Err(problems) => {
                eprint!("{}", problems_text(&problems));
                ExitCode::from(1)
            }
        });
    }
    let Some(i) = flag("--region") else { return Next::Go(args.to_vec()) };
    let Some(path) = args.get(i + 1) else { return usage("--region") };
    let checked = match read(path) {
        Ok(c) => c,
        Err(problems) => {
            eprint!("{}", problems_text(&problems));
            return Next::Exit(ExitCode::from(1));
        }
    };
    let id = checked.region.id.clone();
    if let Err(e) = install_region(checked.region) {
        eprintln!("错误 error: {e}");
        return Next::Exit(ExitCode::from(2));
    }
    let mut rest: Vec<String> = args[..i].iter().chain(&args[i + 2..]).cloned().collect();
    let names_a_scenario = rest
        .iter()
        .any(|a| a == "--builtin" || a == "--scenario" || a.starts_with("--print") || a.ends_with("-markdown"));
    if !names_a_scenario {
        rest.splice(0..0, ["--builtin".to_string(), id]);
    }
    Next::Go(rest)
}

fn usage(flag: &str) -> Next {
    let e = Bilingual::new(format!("{flag} 需要文件路径"), format!("{flag} needs a file path"));
    eprintln!("错误 error: {e}");
    Next::Exit(ExitCode::from(2))
}
