//! `urs … --seek GOAL …`: goal seek on the command line — its flags, the
//! goals as written, and the answer as a table (words from
//! urs_formats::seek_words, as the app says them).
//!
//!   --seek GOAL             income_ratio<=1.62@2030 (repeatable)
//!   --free shares|totals|all   which levers may move (default totals)
//!   --free NAME             free a published commitment (special_funds_bn, …)
//!   --allow-worse all|OUTCOME  outcomes not named that may end worse
//!   --least money|change    --likely P

use urs_formats::seek_words::{goal_text, seek_words};
use urs_model::goal_seek::{self, commitment, Freedom, Goal, Objective, Rules, Solution};
use urs_model::i18n::{Bilingual, Lang};
use urs_model::{params, Outcome, Scenario};

/// Goals to seek, and how.
pub struct Seek {
    pub goals: Vec<Goal>,
    pub freedom: Freedom,
    pub objective: Objective,
    pub rules: Rules,
    /// The share of the band's draws that must meet every goal (0–1).
    pub likely: Option<f64>,
}

impl Default for Seek {
    fn default() -> Seek {
        Seek {
            goals: Vec::new(),
            freedom: Freedom::SharesAndTotals,
            objective: Objective::LeastExtraMoney,
            rules: Rules::default(),
            likely: None,
        }
    }
}

impl Seek {
    /// Read one of goal seek's flags and its value: Ok(false) when `flag` is not one.
    pub fn flag<'a>(&mut self, flag: &str, it: &mut impl Iterator<Item = &'a String>) -> Result<bool, Bilingual> {
        let value = |it: &mut dyn Iterator<Item = &'a String>| it.next().map(String::as_str).unwrap_or("");
        match flag {
            "--seek" => self.goals.push(parse_goal(value(it))?),
            "--free" => match value(it) {
                "shares" => self.freedom = Freedom::SharesOnly,
                "totals" => self.freedom = Freedom::SharesAndTotals,
                "all" => self.freedom = Freedom::AllLevers,
                name => {
                    let c = commitment(name).map_err(|e| {
                        Bilingual::new(
                            format!("--free 取 shares、totals、all 或已公布承诺的名称：{}", e.zh),
                            format!("--free takes shares, totals, all or a published commitment's name: {}", e.en),
                        )
                    })?;
                    self.rules.freed.push(c.id.to_string());
                }
            },
            "--allow-worse" => match value(it) {
                "all" => self.rules = std::mem::take(&mut self.rules).all_may_worsen(),
                name => {
                    let o = Outcome::from_id(name).ok_or_else(|| {
                        Bilingual::new(
                            format!("--allow-worse 取 all 或结果名称（如 urban_income），而非“{name}”"),
                            format!("--allow-worse takes all or an outcome's id (e.g. urban_income), not “{name}”"),
                        )
                    })?;
                    self.rules.may_worsen.push(o);
                }
            },
            "--least" => {
                self.objective = match value(it) {
                    "money" => Objective::LeastExtraMoney,
                    "change" => Objective::LeastChange,
                    _ => return Err(Bilingual::new("--least 取 money 或 change", "--least takes money or change")),
                }
            }
            "--likely" => {
                let p = value(it).parse::<f64>().ok().filter(|p| (0.01..=0.99).contains(p));
                self.likely = Some(p.ok_or_else(|| {
                    Bilingual::new("--likely 需要 0.01–0.99 之间的概率", "--likely needs a probability, 0.01–0.99")
                })?);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Solve, the band's draws and seed judging a probability.
    pub fn solve(&self, scenario: &Scenario, draws: usize, seed: u64) -> Option<Solution> {
        (!self.goals.is_empty()).then(|| match self.likely {
            Some(probability) => {
                let likely = goal_seek::Likely { probability, draws, seed };
                goal_seek::seek_likely(scenario, &self.goals, self.freedom, self.objective, &self.rules, likely)
            }
            None => goal_seek::seek(scenario, &self.goals, self.freedom, self.objective, &self.rules),
        })
    }
}

/// A goal written `income_ratio<=1.62@2030`, `city_gap<=1.5@2025`,
/// `mountain>=0.76@2027`, `average_income>=85000@2027` or
/// `completion.rural>=1.2@2026`: an outcome's id (or an older spelling of
/// it), `<=` where lower is better and `>=` otherwise, the value in model
/// units, the year.
pub fn parse_goal(text: &str) -> Result<Goal, Bilingual> {
    let bad = || {
        Bilingual::new(
            format!("目标“{text}”无法识别（例：income_ratio<=1.62@2030）"),
            format!("cannot read the goal “{text}” (e.g. income_ratio<=1.62@2030)"),
        )
    };
    let (lhs, rest) = text.split_once("<=").or_else(|| text.split_once(">=")).ok_or_else(bad)?;
    let at_most = text.contains("<=");
    let (value, year) = rest.split_once('@').ok_or_else(bad)?;
    let (value, year) = (value.parse::<f64>().map_err(|_| bad())?, year.parse::<i32>().map_err(|_| bad())?);
    let outcome = Outcome::from_id(lhs).ok_or_else(bad)?;
    if outcome.lower_is_better() != at_most {
        let op = if outcome.lower_is_better() { "<=" } else { ">=" };
        return Err(Bilingual::new(
            format!("目标“{text}”：{}的目标写作 {}{op}…", outcome.name(Lang::Zh), outcome.id()),
            format!("the goal “{text}”: a goal on {} is written {}{op}…", outcome.name(Lang::En), outcome.id()),
        ));
    }
    Goal::new(outcome, year, value)
        .map_err(|e| Bilingual::new(format!("目标“{text}”：{}", e.zh), format!("the goal “{text}”: {}", e.en)))
}

/// The goal-seek answer: the words in both languages, then the levers it
/// changes beside the current setting (met only: out of reach, nothing is offered).
pub fn seek_table(current: &Scenario, sol: &Solution) -> String {
    let words = seek_words(sol);
    let both = |b: &Bilingual, indent: &str| format!("{indent}{}\n{indent}{}\n", b.zh, b.en);
    let mut out = format!("\n目标求解 goal seek ({} runs)\n", sol.evaluations);
    out.push_str(&both(&words.status, "  "));
    for g in &sol.goals {
        let likely = g.probability.map(|p| format!(" (met in {:.0} % of draws)", p * 100.0)).unwrap_or_default();
        let mark = if g.met { "✓" } else { "✗" };
        out.push_str(&format!("  {mark} {}{likely}\n", goal_text(&g.goal, Some(g.value), Lang::Zh)));
        out.push_str(&format!("    {}\n", goal_text(&g.goal, Some(g.value), Lang::En)));
    }
    for b in &words.binds {
        out.push_str(&both(b, "  · "));
    }
    if let Some(kept) = &words.kept {
        out.push_str(&both(kept, "  "));
    }
    out.push_str(&both(&words.cost, "  "));
    out.push_str(&both(&words.timing, "  "));
    if let Some(answer) = &sol.scenario {
        out.push_str("  lever                          current      answer\n");
        for p in params::PARAMS.iter().filter(|p| p.role == params::Role::Lever) {
            let (a, b) = ((p.get)(current), (p.get)(answer));
            if (a - b).abs() > 1e-9 {
                out.push_str(&format!("  {:<30} {:>9.4}  {:>9.4}\n", p.id, a, b));
            }
        }
    }
    out
}
