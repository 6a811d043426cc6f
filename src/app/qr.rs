//! The QR code of a share link, made in the app by the `qrcode` crate (pure
//! Rust, no network): the module matrix, and its dark modules as one SVG
//! path, crisp at any size. Web-free: tested natively (tests/qr.rs), drawn by
//! `qrdialog.rs`.

use qrcode::{Color, QrCode};

/// Light modules around the code, as the standard asks (4).
pub const QUIET: usize = 4;

/// A QR code: `width` × `width` modules, row by row, true for dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl Qr {
    /// The code of `text` (error correction level M, the smallest version
    /// that holds it); None if the text is too long for any QR code.
    pub fn new(text: &str) -> Option<Qr> {
        let code = QrCode::new(text.as_bytes()).ok()?;
        let width = code.width();
        let dark = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
        Some(Qr { width, dark })
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.width + x]
    }

    /// The side of the picture in modules: the code and its quiet zone.
    pub fn side(&self) -> usize {
        self.width + 2 * QUIET
    }

    /// The dark modules as an SVG path in module units, quiet zone included:
    /// one `M x y h n v1 h-n z` rectangle per horizontal run of dark modules.
    pub fn svg_path(&self) -> String {
        let mut d = String::new();
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.width && self.is_dark(x, y) {
                    x += 1;
                }
                let n = x - start;
                d.push_str(&format!("M{} {}h{n}v1h-{n}z", start + QUIET, y + QUIET));
            }
        }
        d
    }
}
