//! What dist/ holds and how it must be served: the contract between the generator
//! (wil-site, which writes dist/), the server (wil-server, which serves it) and the service
//! worker (which stores pages from it). Each fact lives here once; both sides read it.
//!
//! No dependencies, so the server does not pull in the generator and the generator does not
//! pull in the server.

pub mod deploy;
pub mod language;

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

/// Cache rule of a file whose name carries a content hash: it never changes under that name.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Cache rule of everything else (HTML, `sw.js`, the manifest, icons…): revalidate every
/// time, or an update would never reach people.
pub const NO_CACHE: &str = "no-cache";

/// Content type by extension (lower case), for every kind of file dist/ holds; anything else
/// is `application/octet-stream`.
pub const CONTENT_TYPES: &[(&str, &str)] = &[
    ("html", "text/html; charset=utf-8"),
    ("css", "text/css; charset=utf-8"),
    ("js", "text/javascript; charset=utf-8"),
    ("mjs", "text/javascript; charset=utf-8"),
    ("wasm", "application/wasm"),
    ("json", "application/json"),
    ("webmanifest", "application/manifest+json"),
    ("svg", "image/svg+xml"),
    ("png", "image/png"),
    ("ico", "image/x-icon"),
    ("xml", "application/xml; charset=utf-8"),
    ("txt", "text/plain; charset=utf-8"),
    ("woff2", "font/woff2"),
    // The posters the page for organisations offers.
    ("pdf", "application/pdf"),
    // Recordings (content/audio; wil-content's audio.rs accepts these four).
    ("opus", "audio/ogg"),
    ("ogg", "audio/ogg"),
    ("mp3", "audio/mpeg"),
    ("m4a", "audio/mp4"),
];

/// The content type of a file as requested (not of its `.br`/`.gz` variant).
pub fn content_type(file_name: &str) -> &'static str {
    let extension = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    CONTENT_TYPES
        .iter()
        .find(|(e, _)| *e == extension)
        .map_or("application/octet-stream", |(_, t)| t)
}

/// [`IMMUTABLE`] for a name with a content hash, else [`NO_CACHE`].
pub fn cache_control(file_name: &str) -> &'static str {
    let stem = file_name.rsplit_once('.').map_or(file_name, |(s, _)| s);
    if has_content_hash(stem) {
        IMMUTABLE
    } else {
        NO_CACHE
    }
}

/// `name-0123456789abcdef` or `name-0123456789abcdef_bg`: trunk's and our build's naming.
/// Trunk writes its 64-bit hash in hex without leading zeros, so it can be a little shorter.
/// [`deploy::HASHED_NAME`] is the same rule as a regular expression, for nginx.
pub fn has_content_hash(stem: &str) -> bool {
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let Some((_, hash)) = stem.rsplit_once('-') else {
        return false;
    };
    (12..=16).contains(&hash.len())
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

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
