//! Response headers: security headers, content types, cache rules and ETags.

use std::path::Path;

use axum::http::header::SET_COOKIE;
use std::sync::LazyLock;

use axum::http::{HeaderMap, HeaderName, HeaderValue};

pub use wil_dist::CONTENT_SECURITY_POLICY;

pub(crate) const NO_CACHE: &str = "no-cache";
/// Its presence says a response has the security headers already.
pub(crate) const CONTENT_SECURITY_POLICY_HEADER: &str = "content-security-policy";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// The same security headers on every response, whatever produced it.
pub(crate) fn add_security_headers(headers: &mut HeaderMap) {
    // One table for the server and the service worker (wil-dist), so an offline page is
    // exactly as protected as an online one. Parsed once, not per response.
    static TABLE: LazyLock<Vec<(HeaderName, HeaderValue)>> = LazyLock::new(|| {
        wil_dist::SECURITY_HEADERS
            .iter()
            .map(|(name, value)| {
                (
                    HeaderName::from_static(name),
                    HeaderValue::from_static(value),
                )
            })
            .collect()
    });
    for (name, value) in TABLE.iter() {
        headers.insert(name.clone(), value.clone());
    }
    // Nothing here sets cookies; this makes sure nothing ever will. A cookie would be a
    // way to recognise a returning visitor.
    headers.remove(SET_COOKIE);
}

/// Content type from the extension of the file as requested (not of its `.br`/`.gz`
/// variant).
pub(crate) fn content_type(path: &Path) -> &'static str {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match extension.as_str() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Files whose name carries a content hash never change under that name, so browsers
/// may keep them for a year. Everything else (HTML, `sw.js`, the manifest, icons…) must
/// be revalidated, or an update would never reach people.
pub(crate) fn cache_control(path: &Path) -> &'static str {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if has_content_hash(stem) {
        IMMUTABLE
    } else {
        NO_CACHE
    }
}

/// `name-0123456789abcdef` or `name-0123456789abcdef_bg`: trunk's and our build's naming.
/// Trunk writes its 64-bit hash in hex without leading zeros, so it can be a little shorter.
fn has_content_hash(stem: &str) -> bool {
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let Some((_, hash)) = stem.rsplit_once('-') else {
        return false;
    };
    (12..=16).contains(&hash.len())
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2), so `W/` is ignored.
pub(crate) fn if_none_match_hits(header: &str, etag: &str) -> bool {
    header.split(',').map(str::trim).any(|candidate| {
        candidate == "*" || candidate.strip_prefix("W/").unwrap_or(candidate) == etag
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names() {
        for name in [
            "wil-app-0123456789abcdef_bg.wasm",
            "wil-app-0123456789abcdef.js",
            "style-0123456789abcdef.css",
            "boot-0123456789abcdef.js",
            "wil-app-34e2d06a207b972_bg.wasm",
        ] {
            assert_eq!(cache_control(Path::new(name)), IMMUTABLE, "{name}");
        }
        for name in [
            "index.html",
            "sw.js",
            "manifest.webmanifest",
            "icon-192.png",
            "boot-0123456789ABCDEF.js",
            "boot-0123456789a.js",
            "boot-0123456789abcdef0.js",
            "boot-0123456789abcdeg.js",
            "boot0123456789abcdef.js",
            "boot-0123456789abcdef_bgx.js",
        ] {
            assert_eq!(cache_control(Path::new(name)), NO_CACHE, "{name}");
        }
    }

    #[test]
    fn if_none_match_forms() {
        assert!(if_none_match_hits("\"a\"", "\"a\""));
        assert!(if_none_match_hits("\"x\", W/\"a\"", "\"a\""));
        assert!(if_none_match_hits("*", "\"a\""));
        assert!(!if_none_match_hits("\"b\"", "\"a\""));
        assert!(!if_none_match_hits("a", "\"a\""));
    }
}
