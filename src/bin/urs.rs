//! `urs`: run a scenario natively and print its projection.
//!
//!   urs --builtin zhejiang-2025 [--json]
//!   urs --scenario FILE [--json]
//!   urs --params-markdown        (the parameter table of docs/MODEL.md)
//!   urs --print-builtin zhejiang-2025   (the scenario file, to edit and rerun)

use std::process::ExitCode;
use urban_rural_sim::i18n::Bilingual;
use urban_rural_sim::model::{params, project, Projection, Scenario, STRANDS};

const USAGE: &str = "usage: urs (--builtin zhejiang-2025 | --scenario FILE) [--json]
       urs --print-builtin zhejiang-2025
       urs --params-markdown";

enum Command {
    Run { scenario: Scenario, json: bool },
    PrintBuiltin(Scenario),
    ParamsMarkdown,
    Help,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse(&args) {
        Ok(Command::Run { scenario, json }) => {
            let projection = project(&scenario);
            if json {
                match serde_json::to_string_pretty(&projection) {
                    Ok(text) => println!("{text}"),
                    Err(e) => {
                        eprintln!("error: {e}");
                        return ExitCode::from(1);
                    }
                }
            } else {
                print!("{}", table(&projection));
            }
            ExitCode::SUCCESS
        }
        Ok(Command::PrintBuiltin(scenario)) => {
            println!("{}", scenario.to_json());
            ExitCode::SUCCESS
        }
        Ok(Command::ParamsMarkdown) => {
            print!("{}", params::markdown_table());
            ExitCode::SUCCESS
        }
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
            "--builtin" => set(builtin(it.next())?)?,
            "--print-builtin" => return Ok(Command::PrintBuiltin(builtin(it.next())?)),
            "--scenario" => {
                let path = it.next().ok_or_else(|| {
                    Bilingual::new("--scenario 需要文件路径", "--scenario needs a file path")
                })?;
                let text = std::fs::read_to_string(path).map_err(|e| {
                    Bilingual::new(
                        format!("无法读取 {path}：{e}"),
                        format!("cannot read {path}: {e}"),
                    )
                })?;
                set(Scenario::from_json(&text).map_err(|e| {
                    Bilingual::new(format!("{path}：{}", e.zh), format!("{path}: {}", e.en))
                })?)?;
            }
            "--params-markdown" => return Ok(Command::ParamsMarkdown),
            "--help" | "-h" => return Ok(Command::Help),
            other => {
                return Err(Bilingual::new(
                    format!("未知参数 {other}"),
                    format!("unknown argument {other}"),
                ))
            }
        }
    }
    match scenario {
        Some(scenario) => Ok(Command::Run { scenario, json }),
        None => Err(Bilingual::new(
            "请用 --builtin 或 --scenario 指定情景",
            "name a scenario with --builtin or --scenario",
        )),
    }
}

fn builtin(name: Option<&String>) -> Result<Scenario, Bilingual> {
    let name = name.ok_or_else(|| {
        Bilingual::new("--builtin 需要情景名称", "--builtin needs a scenario name")
    })?;
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
        out.push_str(if usize::from(c.calibration_month) == m + 1 {
            "  ← reported\n"
        } else {
            "\n"
        });
    }
    out.push_str("\nplan / funds (bn yuan)\n");
    for s in &c.strands {
        out.push_str(&format!(
            "  {} {:<22} plan {:>7.2}  funds {:>7.2}  year end {:>7.2} ({:.1} %)\n",
            s.strand.zh(),
            s.strand.en(),
            s.plan_bn,
            s.funds_bn,
            s.completed_bn[11],
            s.year_end_rate() * 100.0
        ));
    }
    for n in &p.notices {
        out.push_str(&format!("note: {n}\n"));
    }
    out
}
