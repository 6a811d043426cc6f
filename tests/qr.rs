//! The QR code of a share link, as the app draws it (app/qr.rs): its matrix
//! is the `qrcode` crate's, its SVG path covers exactly the dark modules, and
//! an independent decoder (rqrr) reads the link back from the picture.
//! (No JS QR decoder is at hand for the end-to-end test, so this is where the
//! code is read back; e2e/qr.test.mjs checks the dialog in the browser.)
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use urban_rural_sim::app::qr::{Qr, QUIET};
use urban_rural_sim::io::link;
use urban_rural_sim::model::params::PARAMS;
use urban_rural_sim::model::Scenario;

const BASE: &str = "https://planning.example.org/sim/index.html";

/// The built-in scenario with the first `n` parameters of the table moved.
fn changed(n: usize) -> Scenario {
    let mut s = Scenario::zhejiang_2025();
    for p in PARAMS.iter().take(n) {
        (p.set)(&mut s, p.min + 0.37 * (p.max - p.min));
    }
    s.name = "山区县倾斜 + 户籍改革".into();
    assert!(s.validate().is_ok());
    s
}

/// Share links as the app makes them: the page's address, then the scenario
/// (the built-in one, a few changes, every parameter of the table changed).
fn links() -> Vec<String> {
    [Scenario::zhejiang_2025(), changed(8), changed(PARAMS.len())]
        .iter()
        .map(|s| format!("{BASE}#{}", link::encode(s)))
        .collect()
}

/// The dark modules an SVG path of `M x y h n v1 h-n z` rectangles paints,
/// in code coordinates (quiet zone taken off).
fn painted(path: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for rect in path.split('z').filter(|r| !r.is_empty()) {
        let rest = rect.strip_prefix('M').expect("a rectangle starts with M");
        let (xy, rest) = rest.split_once('h').expect("then h");
        let (x, y) = xy.split_once(' ').expect("x y");
        let (n, rest) = rest.split_once("v1h-").expect("one module high");
        assert_eq!(n, rest, "the rectangle closes on itself");
        let (x, y, n): (usize, usize, usize) = (x.parse().unwrap(), y.parse().unwrap(), n.parse().unwrap());
        assert!(x >= QUIET && y >= QUIET, "nothing in the quiet zone");
        out.extend((x..x + n).map(|x| (x - QUIET, y - QUIET)));
    }
    out
}

#[test]
fn the_matrix_is_the_qrcode_crates() {
    for text in links() {
        let qr = Qr::new(&text).expect("a share link fits in a QR code");
        let code = qrcode::QrCode::new(text.as_bytes()).unwrap();
        assert_eq!(qr.width, code.width());
        let expected: Vec<bool> = code.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect();
        assert_eq!(qr.dark, expected, "{text}");
    }
}

#[test]
fn the_svg_paints_exactly_the_dark_modules() {
    for text in links() {
        let qr = Qr::new(&text).unwrap();
        let cells = painted(&qr.svg_path());
        let unique: BTreeSet<_> = cells.iter().copied().collect();
        assert_eq!(unique.len(), cells.len(), "no module painted twice");
        let dark: BTreeSet<_> =
            (0..qr.width).flat_map(|y| (0..qr.width).map(move |x| (x, y))).filter(|&(x, y)| qr.is_dark(x, y)).collect();
        assert_eq!(cells.len(), qr.dark.iter().filter(|&&d| d).count());
        assert_eq!(unique, dark);
        assert_eq!(qr.side(), qr.width + 8);
    }
}

#[test]
fn a_decoder_reads_the_link_back_from_the_picture() {
    const PX: usize = 4; // pixels per module
    for text in links() {
        let qr = Qr::new(&text).unwrap();
        let cells: BTreeSet<_> = painted(&qr.svg_path()).into_iter().collect();
        let side = qr.side() * PX;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            let (mx, my) = (x / PX, y / PX);
            let dark = mx >= QUIET && my >= QUIET && cells.contains(&(mx - QUIET, my - QUIET));
            if dark {
                0
            } else {
                255
            }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one code found");
        let (_, content) = grids[0].decode().expect("it decodes");
        assert_eq!(content, text);
    }
}

/// A scenario that changed what no control edits (from a file) travels whole
/// (`j=`): thousands of characters, more than a QR code holds. The dialog
/// then says to copy the link instead.
#[test]
fn a_link_too_long_for_any_qr_code_gives_none() {
    let mut whole = changed(8);
    whole.start.city_income_gap_year = 2020; // forces the j= form
    let text = format!("{BASE}#{}", link::encode(&whole));
    assert!(text.contains(";j=") && text.len() > 3000, "{}", text.len());
    assert!(Qr::new(&text).is_none());
}
