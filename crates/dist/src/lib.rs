//! What dist/ holds and how it must be served: the contract between the generator
//! (wil-site, which writes dist/), the server (wil-server, which serves it) and the service
//! worker (which stores pages from it). Each fact lives here once; both sides read it.
//!
//! No dependencies, so the server does not pull in the generator and the generator does not
//! pull in the server.

/// Everything the app needs comes from our own origin. `'wasm-unsafe-eval'` is required
/// to instantiate the WASM bundle; no inline script or style is ever allowed.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; \
    script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
    font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; \
    object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Only features Chromium knows: an unknown name is logged as a console error, and the
/// browser tests treat console errors as failures.
pub const PERMISSIONS_POLICY: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

/// The headers every response carries (lower-case names). The server sends them; the
/// service worker gives the same ones to the pages it builds from a language pack, so a page
/// read offline is exactly as protected as one read online.
pub const SECURITY_HEADERS: &[(&str, &str)] = &[
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("referrer-policy", "no-referrer"),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    ("permissions-policy", PERMISSIONS_POLICY),
];

/// The `<meta name>` that carries the build's version in every HTML page. The service worker
/// stores a page only if it carries its own build's marker (see [`build_marker`]).
pub const BUILD_MARKER_NAME: &str = "wil-build";

/// The exact markup of the marker, as the generator writes it and the service worker looks
/// for it.
pub fn build_marker(version: &str) -> String {
    format!("<meta name=\"{BUILD_MARKER_NAME}\" content=\"{version}\">")
}

/// The page for an unknown address, in each language folder and at the root: the server
/// answers 404 with the one of the folder the path starts in.
pub const NOT_FOUND_PAGE: &str = "404.html";

/// The page the service worker shows for a page that is not on the phone, in each language
/// folder and at the root.
pub const OFFLINE_PAGE: &str = "offline.html";

/// The service worker's address. Its scope is the whole site, so it must sit at the root.
pub const SERVICE_WORKER_URL: &str = "/sw.js";

/// URL path → file inside dist/: "/lv/pay/" → "lv/pay/index.html", "/sw.js" → "sw.js".
/// The server resolves paths the same way (a directory answers with its index.html).
pub fn file_for(url: &str) -> String {
    let trimmed = url.trim_start_matches('/');
    if trimmed.is_empty() || trimmed.ends_with('/') {
        format!("{trimmed}index.html")
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_are_their_index_file() {
        assert_eq!(file_for("/"), "index.html");
        assert_eq!(file_for("/lv/pay/"), "lv/pay/index.html");
        assert_eq!(file_for("/lv/404.html"), "lv/404.html");
        assert_eq!(file_for("/sw.js"), "sw.js");
    }

    #[test]
    fn header_names_are_lower_case_and_unique() {
        for (i, (name, _)) in SECURITY_HEADERS.iter().enumerate() {
            assert_eq!(*name, name.to_ascii_lowercase());
            assert!(!SECURITY_HEADERS[..i].iter().any(|(n, _)| n == name));
        }
    }
}
