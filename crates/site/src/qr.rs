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

/// A QR code to draw inside a page (the share panel, the classroom screen's cover): the
/// same code as [`qr_svg`], with each row's dark modules as runs of one path, about a third
/// of the bytes the renderer above writes. For HTML only (no XML namespace). Hidden from
/// screen readers: the address is written beside it.
pub fn inline_svg(url: &str) -> Result<String> {
    let code = qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M)
        .with_context(|| format!("QR code for {url}"))?;
    let modules = code.width();
    let colors = code.to_colors();
    const QUIET: usize = 4;
    let size = modules + 2 * QUIET;
    let mut path = String::new();
    for y in 0..modules {
        // Where the pen is after the last run of this row (None: not on this row yet).
        let mut pen: Option<usize> = None;
        let mut x = 0;
        while x < modules {
            if colors[y * modules + x] != qrcode::Color::Dark {
                x += 1;
                continue;
            }
            let start = x;
            while x < modules && colors[y * modules + x] == qrcode::Color::Dark {
                x += 1;
            }
            match pen {
                None => path.push_str(&format!("M{} {}.5", start + QUIET, y + QUIET)),
                Some(end) => path.push_str(&format!("m{} 0", start - end)),
            }
            path.push_str(&format!("h{}", x - start));
            pen = Some(x);
        }
    }
    Ok(format!(
        r##"<svg aria-hidden="true" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path stroke="#000" d="{path}"/></svg>"##
    ))
}

/// The code's modules for the browser to draw (the share panel): its width in modules and
/// every module, dark = 1, row by row, eight to a byte from the high bit, in base64. About
/// 200 characters, against about 2,000 for an inline SVG: every page carries it, and so does
/// every offline copy of every page.
pub fn modules_base64(url: &str) -> Result<(usize, String)> {
    let code = qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M)
        .with_context(|| format!("QR code for {url}"))?;
    let mut bytes = vec![0u8; code.to_colors().len().div_ceil(8)];
    for (i, c) in code.to_colors().iter().enumerate() {
        if *c == qrcode::Color::Dark {
            bytes[i / 8] |= 0x80 >> (i % 8);
        }
    }
    Ok((code.width(), base64(&bytes)))
}

/// Standard base64 with padding (what the browser's `atob` reads).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_as_the_browser_reads_it() {
        assert_eq!(super::base64(b""), "");
        assert_eq!(super::base64(b"f"), "Zg==");
        assert_eq!(super::base64(b"fo"), "Zm8=");
        assert_eq!(super::base64(b"foo"), "Zm9v");
        assert_eq!(super::base64(&[0xff, 0x00, 0x80, 0x01]), "/wCAAQ==");
    }

    #[test]
    fn the_modules_are_the_codes_row_by_row() {
        let url = "https://example.lv/uz/pay/";
        let (width, text) = super::modules_base64(url).unwrap();
        let code = qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M).unwrap();
        assert_eq!(width, code.width());
        assert_eq!(text.len(), (width * width).div_ceil(8).div_ceil(3) * 4);
        // Read back as the browser does, every module is the code's.
        const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut bits = Vec::new();
        for c in text.trim_end_matches('=').chars() {
            let v = ALPHABET.find(c).unwrap();
            bits.extend((0..6).rev().map(|i| v >> i & 1 == 1));
        }
        let dark: Vec<bool> = code
            .to_colors()
            .iter()
            .map(|c| *c == qrcode::Color::Dark)
            .collect();
        assert_eq!(&bits[..dark.len()], &dark[..]);
        // The top-left finder pattern: seven dark modules, then a light one.
        assert_eq!(
            &dark[..8],
            &[true, true, true, true, true, true, true, false]
        );
    }

    /// The inline code has exactly the dark modules of the code: every run of the path,
    /// drawn back onto a grid, gives the encoder's matrix.
    #[test]
    fn the_inline_code_draws_every_dark_module_and_no_other() {
        let url = "https://example.lv/uz/leave-and-sickness/";
        let svg = super::inline_svg(url).unwrap();
        let code = qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M).unwrap();
        let n = code.width();
        let d = &svg[svg.find(" d=\"").unwrap() + 4..];
        let d = &d[..d.find('"').unwrap()];
        let mut drawn = vec![false; n * n];
        let (mut x, mut y) = (0i64, 0i64);
        let mut rest = d;
        while !rest.is_empty() {
            let op = rest.chars().next().unwrap();
            rest = &rest[1..];
            let end = rest.find(['M', 'm', 'h']).unwrap_or(rest.len());
            let args: Vec<f64> = rest[..end].split(' ').map(|a| a.parse().unwrap()).collect();
            rest = &rest[end..];
            match op {
                'M' => (x, y) = (args[0] as i64, args[1].floor() as i64),
                'm' => x += args[0] as i64,
                'h' => {
                    for i in 0..args[0] as i64 {
                        drawn[((y - 4) as usize) * n + (x + i - 4) as usize] = true;
                    }
                    x += args[0] as i64;
                }
                _ => unreachable!(),
            }
        }
        let dark: Vec<bool> = code
            .to_colors()
            .iter()
            .map(|c| *c == qrcode::Color::Dark)
            .collect();
        assert_eq!(drawn, dark);
        // A quiet zone of four modules on each side.
        assert!(svg.contains(&format!("viewBox=\"0 0 {0} {0}\"", n + 8)));
        assert!(svg.len() < super::qr_svg(url).unwrap().len() / 2);
    }
}
