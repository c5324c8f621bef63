//! QR codes for posters and leaflets: a scan opens the language's home page.

use anyhow::{Context, Result};

/// An SVG QR code for `url`, dark on white with the standard quiet zone, error correction M.
pub fn qr_svg(url: &str) -> Result<String> {
    let code = qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M)
        .with_context(|| format!("QR code for {url}"))?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(256, 256)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build())
}
