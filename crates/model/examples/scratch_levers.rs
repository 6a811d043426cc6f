use urs_model::params::{Role, PARAMS};
use urs_model::{project, Outcome, ReadOutcome, Scenario};
fn main() {
    let base = project(&Scenario::zhejiang_2025());
    let outs = [
        (Outcome::CityIncomeGap, 2025),
        (Outcome::CityIncomeGap, 2030),
        (Outcome::AverageIncome, 2027),
        (Outcome::MountainRelativeIncome, 2027),
        (Outcome::IncomeRatio, 2030),
    ];
    for p in PARAMS.iter().filter(|p| p.role == Role::Lever) {
        for v in [p.min, p.max] {
            let mut s = Scenario::zhejiang_2025();
            (p.set)(&mut s, v);
            if s.validate().is_err() {
                println!("{} {v} invalid", p.id);
                continue;
            }
            let pr = project(&s);
            let d: Vec<String> = outs
                .iter()
                .map(|(o, y)| {
                    let i = pr.years.iter().position(|x| x.year == *y).unwrap();
                    format!("{:+.5}", o.value(&pr.years[i]) - o.value(&base.years[i]))
                })
                .collect();
            println!("{:28} {:8.3} {}", p.id, v, d.join(" "));
        }
    }
}
