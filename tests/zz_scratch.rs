use urban_rural_sim::model::params::{Role, PARAMS};
use urban_rural_sim::model::{project, Allocation, Scenario, POTS, STRANDS};
fn show(label: &str, s: &Scenario) {
    let p = project(s);
    println!("== {label}");
    for c in [&p.completion_by_year[0], &p.completion_by_year[5]] {
        for sc in &c.strands { print!("  {} {:?} {:.1}% unspent {:.1} {:?};", c.year, sc.strand, sc.year_end_rate()*100.0, sc.unspent_bn, sc.limit); }
        println!();
    }
    for y in &p.years { println!("  {} ratio {:.3} U {:.0} R {:.0} A {:.0} std {:.1}/{:.1} urb {:.1}/{:.1} gap {:.3} mtn {:.3} cost {:.1}/{:.1}/{:.1} capvsref {:.3?}", y.year, y.income_ratio, y.urban_income, y.rural_income, y.average_income, y.standards_no_urban_rural_gap, y.standards_no_hukou_gap, y.urbanization*100.0, y.registered_urbanization*100.0, y.city_income_gap, y.mountain_relative_income, y.policy_cost.hukou_bn, y.policy_cost.standards_bn, y.policy_cost.county_bn, y.capital_vs_reference); }
}
#[test]
fn scratch() {
    show("base", &Scenario::zhejiang_2025());
    for st in STRANDS { let mut s = Scenario::zhejiang_2025(); let mut sh=[0.0;3]; sh[st.index()]=1.0; for pot in POTS { *pot.allocation_mut(&mut s.levers)=Allocation::from_array(sh);} show(&format!("all to {st:?}"), &s); }
    for lo in [true,false] { let mut s = Scenario::zhejiang_2025(); for p in PARAMS.iter().filter(|p| p.role==Role::Lever) { (p.set)(&mut s, if lo {p.min} else {p.max}); } show(if lo {"all min"} else {"all max"}, &s); }
    for id in ["hukou_reform","standards_effort","county_capacity","mountain_share","execution_speed","plan_funds_bn"] { for hi in [false,true] { let p = PARAMS.iter().find(|p| p.id==id).unwrap(); let mut s = Scenario::zhejiang_2025(); (p.set)(&mut s, if hi {p.max} else {p.min}); show(&format!("{id}={}", if hi {p.max} else {p.min}), &s);} }
}
