//! `urs --qr TEXT`: a QR code of TEXT in the terminal (Unicode half blocks,
//! dark modules on a light ground, with the quiet zone), for
//! `bash scripts/serve.sh --room` to print the address phones can open. The
//! same encoder and error-correction level (M) as the app's QR dialog.

use qrcode::render::unicode::Dense1x2;
use qrcode::{EcLevel, QrCode};

/// The code as text, or a message when TEXT cannot be encoded.
pub fn render(text: &str) -> Result<String, String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|e| format!("无法生成二维码 / cannot make a QR code: {e}"))?;
    // Dense1x2's "dark" is a filled block: swap, so the code reads on a dark terminal as on paper.
    Ok(code.render::<Dense1x2>().dark_color(Dense1x2::Light).light_color(Dense1x2::Dark).quiet_zone(true).build())
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_address_renders_as_a_square_of_half_blocks() {
        let text = super::render("http://192.168.1.5:8080/").unwrap();
        let lines: Vec<&str> = text.lines().collect();
        // Version 2 at level M for 24 bytes: 25 modules + 2 × 4 quiet = 33 wide, 17 rows of two.
        assert_eq!(lines[0].chars().count(), 33);
        assert_eq!(lines.len(), 17);
        assert!(text.chars().all(|c| " ▀▄█\n".contains(c)));
    }
}
