//! QR codes for posters, leaflets and pages: dark on white with the standard quiet zone of
//! four modules.

use anyhow::{Context, Result};

/// An SVG QR code for `url`, error correction M (what indoor print and screens need).
pub fn qr_svg(url: &str) -> Result<String> {
    qr_svg_with(url, false)
}

/// An SVG QR code for `url`; `outdoor` raises error correction to Q, for a poster that rain,
/// dirt and glare will wear.
pub fn qr_svg_with(url: &str, outdoor: bool) -> Result<String> {
    let level = if outdoor {
        qrcode::EcLevel::Q
    } else {
        qrcode::EcLevel::M
    };
    let code = qrcode::QrCode::with_error_correction_level(url, level)
        .with_context(|| format!("QR code for {url}"))?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(256, 256)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build())
}
