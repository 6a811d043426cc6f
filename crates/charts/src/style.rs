//! How chart text and colours look on every surface, and how text is measured.

use crate::spec::Rgb;
use plotters::style::RGBColor;

/// System CJK fonts first; never a downloaded or embedded font.
pub const FONT: &str = "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif";
pub const TEXT_COLOR: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);

/// How wide a text is drawn: (text, font size, bold) → width, in the units
/// of the font size.
pub type Measure<'a> = &'a dyn Fn(&str, f64, bool) -> f64;

/// A text's width without a font at hand (SVG written natively, where the
/// reader's system draws the text): CJK characters one em, Latin letters and
/// digits about half of one. Used to lay labels out, never to measure them
/// for a test.
pub fn estimate_width(text: &str, px: f64, bold: bool) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            ' ' => 0.28,
            'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '|' | '!' | '\'' => 0.28,
            'm' | 'w' | 'M' | 'W' | '%' | '—' => 0.85,
            c if c.is_ascii_uppercase() => 0.65,
            c if c.is_ascii() => 0.55,
            '┄' | '→' | '–' | '·' | '≥' | '<' => 0.6,
            _ => 1.0,
        })
        .sum();
    ems * px * if bold { 1.05 } else { 1.0 }
}

/// The spec's colour as plotters wants it.
pub fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

pub fn err<E: std::fmt::Display>(e: E) -> String {
    e.to_string()
}
