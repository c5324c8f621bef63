//! Response headers: security headers, content types, cache rules and ETags.

use std::path::Path;

use axum::http::header::SET_COOKIE;
use std::sync::LazyLock;

use axum::http::{HeaderMap, HeaderName, HeaderValue};

pub use wil_dist::CONTENT_SECURITY_POLICY;

pub(crate) use wil_dist::NO_CACHE;
/// Its presence says a response has the security headers already.
pub(crate) const CONTENT_SECURITY_POLICY_HEADER: &str = "content-security-policy";

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
/// variant): the table of wil-dist, which the nginx block and `_headers` use too.
pub(crate) fn content_type(path: &Path) -> &'static str {
    wil_dist::content_type(&path.file_name().unwrap_or_default().to_string_lossy())
}

/// Hashed names may be kept for a year; everything else revalidates (wil-dist's rule).
pub(crate) fn cache_control(path: &Path) -> &'static str {
    wil_dist::cache_control(&path.file_name().unwrap_or_default().to_string_lossy())
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
    use wil_dist::IMMUTABLE;

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
