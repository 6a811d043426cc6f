//! Every chart as SVG, read back with an XML parser that did not write it:
//! well-formed, one SVG unit per css pixel, the title, legend and axis
//! labels in the chosen language (and not the other), a drawn line for each
//! of the scenario's series, text in the system's CJK fonts with none embedded.
#![cfg(feature = "svg")]

use urs_charts::caption::Caption;
use urs_charts::cities::{Cities, CityLines};
use urs_charts::shown::{self, Bands, View};
use urs_charts::spec::{ChartSpec, Layer};
use urs_charts::specs::ChartKind;
use urs_model::i18n::Lang;
use urs_model::{project, Scenario};

struct Drawn {
    svg: String,
    spec: Option<ChartSpec>,
}

fn draw(kind: ChartKind, lang: Lang) -> Drawn {
    let scenario = Scenario::zhejiang_2025();
    let (scen, base) = (project(&scenario), project(&scenario.baseline()));
    let lines = shown::lines(View::Alone { scenario: &scenario, projection: &scen, baseline: &base }, lang);
    let caption =
        Caption { title: kind.title(lang).to_string(), subtitle: "浙江 2025 · 2025".into(), stamp: "stamp".into() };
    let measure = &urs_charts::estimate_width;
    match shown::chart(kind, &lines, Bands::default(), 0, lang) {
        Some(built) => {
            let svg = urs_charts::svg::chart(&built.spec, lang, 720.0, 360.0, &caption, measure).unwrap();
            Drawn { svg, spec: Some(built.spec) }
        }
        None => {
            let cities = lines
                .iter()
                .map(|s| CityLines { name: s.name.clone(), role: s.role, cities: s.projection.cities.clone() })
                .collect();
            let data = Cities { cities: scenario.cities.clone(), lines: cities, start_year: scenario.start.year, lang };
            Drawn { svg: urs_charts::svg::cities(&data, 720.0, &caption, measure).unwrap(), spec: None }
        }
    }
}

fn texts(doc: &roxmltree::Document) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .map(|t| t.trim().to_string())
        .collect()
}

#[test]
fn every_chart_is_well_formed_svg_with_its_title_legend_and_lines_in_the_chosen_language() {
    for &kind in ChartKind::ALL {
        for (lang, other) in [(Lang::Zh, Lang::En), (Lang::En, Lang::Zh)] {
            let drawn = draw(kind, lang);
            let doc = roxmltree::Document::parse(&drawn.svg).unwrap_or_else(|e| panic!("{kind:?} {lang:?}: {e}"));
            let root = doc.root_element();
            assert!(root.has_tag_name("svg"), "{kind:?}: root is {:?}", root.tag_name());
            assert_eq!(root.attribute("width"), Some("720"), "{kind:?}: one unit per css px");
            let texts = texts(&doc);
            assert!(texts.iter().any(|t| t == kind.title(lang)), "{kind:?} {lang:?}: no title in {texts:?}");
            assert!(!texts.iter().any(|t| t == kind.title(other)), "{kind:?} {lang:?}: title of the other language");
            let polylines: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("polyline")).collect();
            match &drawn.spec {
                Some(spec) => {
                    for e in spec.legend() {
                        assert!(texts.contains(&e.label), "{kind:?} {lang:?}: legend {} missing", e.label);
                    }
                    for t in &spec.targets {
                        assert!(texts.contains(&t.label), "{kind:?} {lang:?}: target {} missing", t.label);
                    }
                    let x = spec.x.ticks()[0];
                    assert!(texts.contains(&spec.x.label(x, lang)), "{kind:?} {lang:?}: x label missing");
                    // Each of the scenario's lines is drawn in its colour, solid,
                    // as wide as on screen (3 px), with a point per value.
                    for s in spec.series.iter().filter(|s| s.layer == Layer::Scenario && !s.dashed) {
                        let colour = format!("#{:02X}{:02X}{:02X}", s.color.0, s.color.1, s.color.2);
                        let drawn = polylines.iter().any(|p| {
                            p.attribute("stroke") == Some(colour.as_str())
                                && p.attribute("stroke-width") == Some("3")
                                && p.attribute("points")
                                    .is_some_and(|pts| pts.split_whitespace().count() == s.points.len())
                        });
                        assert!(drawn, "{kind:?} {lang:?}: no line for {} ({colour})", s.label);
                    }
                }
                None => {
                    let scenario = Scenario::zhejiang_2025();
                    for city in &scenario.cities {
                        let name = lang.pick(&city.zh, &city.en);
                        assert!(texts.iter().any(|t| t.starts_with(name)), "cities {lang:?}: {name} missing");
                    }
                    // A scenario line (solid, 3 px) in each of the 11 panels.
                    let solid = polylines.iter().filter(|p| p.attribute("stroke-width") == Some("3")).count();
                    assert!(solid >= scenario.cities.len() + 2, "cities {lang:?}: {solid} solid lines");
                }
            }
            // Text in the system's fonts, at the canvas's sizes; no font embedded.
            let families: Vec<&str> = doc.descendants().filter_map(|n| n.attribute("font-family")).collect();
            assert!(!families.is_empty() && families.iter().all(|f| f.contains("Noto Sans CJK SC")), "{kind:?}");
            assert!(!drawn.svg.contains("@font-face") && !drawn.svg.contains("<font"), "{kind:?}: embedded font");
        }
    }
}

#[test]
fn svg_labels_are_as_large_as_on_the_canvas() {
    // The axis labels are 15 css px on the canvas; plotters' SVG backend
    // would write 15 / 1.24 without the correction in svg.rs.
    let drawn = draw(ChartKind::IncomeRatio, Lang::En);
    let doc = roxmltree::Document::parse(&drawn.svg).unwrap();
    let year = doc.descendants().find(|n| n.has_tag_name("text") && n.text().map(str::trim) == Some("2030")).unwrap();
    let size: f64 = year.attribute("font-size").unwrap().parse().unwrap();
    assert!((size - 15.0).abs() < 0.01, "font-size {size}");
}

/// `svg::plot` (the app's first paint): the chart alone at the asked size,
/// its lines and axis labels, without the caption (the page has the title
/// and the legend in HTML).
#[test]
fn a_plot_alone_has_the_lines_and_axes_but_no_caption() {
    let scenario = Scenario::zhejiang_2025();
    let (scen, base) = (project(&scenario), project(&scenario.baseline()));
    let lines = shown::lines(View::Alone { scenario: &scenario, projection: &scen, baseline: &base }, Lang::Zh);
    for kind in [ChartKind::Completion, ChartKind::IncomeRatio] {
        let spec = shown::chart(kind, &lines, Bands::default(), 0, Lang::Zh).unwrap().spec;
        let svg = urs_charts::svg::plot(&spec, Lang::Zh, 396.0, 290.0, &urs_charts::estimate_width).unwrap();
        let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{kind:?}: {e}"));
        let root = doc.root_element();
        assert_eq!((root.attribute("width"), root.attribute("height")), (Some("396"), Some("290")), "{kind:?}");
        let texts = texts(&doc);
        assert!(!texts.iter().any(|t| t == kind.title(Lang::Zh)), "{kind:?}: a title in the plot");
        for e in spec.legend() {
            assert!(!texts.contains(&e.label), "{kind:?}: legend {} in the plot", e.label);
        }
        // Narrow, the x axis labels every other tick.
        let labelled = spec.x.ticks().iter().filter(|&&x| texts.contains(&spec.x.label(x, Lang::Zh))).count();
        assert!(labelled >= 3, "{kind:?}: x labels missing from {texts:?}");
        let scenario_lines = spec.series.iter().filter(|s| s.layer == Layer::Scenario && !s.dashed).count();
        let solid =
            doc.descendants().filter(|n| n.has_tag_name("polyline") && n.attribute("stroke-width") == Some("3"));
        assert!(solid.count() >= scenario_lines, "{kind:?}: a solid line per scenario series");
    }
}

/// The cities whose ratio is an estimate (no annual figure published) are
/// labelled so in the drawing and named in the caption's note, in both
/// languages; they are not copies of the province (issue 19, item 7).
#[test]
fn estimated_cities_are_labelled_as_estimates() {
    let scenario = Scenario::zhejiang_2025();
    let p = project(&scenario);
    for (lang, word, names) in
        [(Lang::Zh, "估算", ["金华", "衢州", "丽水"]), (Lang::En, "estimate", ["Jinhua", "Quzhou", "Lishui"])]
    {
        let data = Cities {
            cities: scenario.cities.clone(),
            lines: vec![CityLines {
                name: scenario.name.clone(),
                role: urs_charts::specs::Role::Scenario,
                cities: p.cities.clone(),
            }],
            start_year: scenario.start.year,
            lang,
        };
        let note = data.estimated_note().expect("a note on the estimated cities");
        assert!(names.iter().all(|n| note.contains(n)) && note.contains(word), "{note}");
        assert!(data.legend().entries.iter().any(|e| e.label == word));
        let caption = Caption { title: "cities".into(), subtitle: "2025".into(), stamp: "stamp".into() };
        let svg = urs_charts::svg::cities(&data, 720.0, &caption, &urs_charts::estimate_width).unwrap();
        assert_eq!(svg.matches(&format!(" · {word}")).count(), 3, "three cities drawn as estimates");
    }
    // Distinct estimates, none a copy of the province's ratio.
    let filled: Vec<f64> = p
        .cities
        .iter()
        .zip(&scenario.cities)
        .filter(|(_, c)| c.income_ratio_provenance == urs_model::region::Provenance::Filled)
        .map(|(c, _)| c.ratio_at_start)
        .collect();
    let province = scenario.start.urban_income / scenario.start.rural_income;
    assert!(filled.iter().all(|r| (r - province).abs() > 0.005), "{filled:?} vs {province}");
}
