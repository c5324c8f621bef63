//! Request path → the name of a file in `dist`. This is the security boundary of the
//! server: nothing outside `dist`, and nothing hidden inside it, may ever be read.
//!
//! Two independent checks, so that a mistake in one is caught by the other:
//! 1. the URL path is rejected outright if any decoded segment could mean something
//!    other than "a plain name in this directory";
//! 2. only files that, canonicalized (all symlinks resolved), still lie under the
//!    canonicalized `dist` are in the snapshot at all (`snapshot.rs`).

use std::path::{Component, Path};

use percent_encoding::percent_decode_str;

/// A URL path that passed the syntactic checks: plain names only.
pub(crate) struct SafePath {
    /// Decoded segments, none empty, none hidden, none containing a separator.
    pub segments: Vec<String>,
    /// The URL ended in `/` (or was `/`): it names a directory.
    pub trailing_slash: bool,
}

/// Checks and decodes the raw (still percent-encoded) path of a request.
///
/// Returns `None` for anything suspicious; callers answer that with the normal 404 so
/// that probing learns nothing.
pub(crate) fn parse(raw_path: &str) -> Option<SafePath> {
    let rest = raw_path.strip_prefix('/')?;
    if rest.is_empty() {
        return Some(SafePath {
            segments: Vec::new(),
            trailing_slash: true,
        });
    }
    let (body, trailing_slash) = match rest.strip_suffix('/') {
        Some(body) => (body, true),
        None => (rest, false),
    };
    // Splitting before decoding is what makes an encoded slash (`%2f`) a part of a
    // segment, where `decode_segment` then refuses it.
    let segments = body
        .split('/')
        .map(decode_segment)
        .collect::<Option<Vec<_>>>()?;
    Some(SafePath {
        segments,
        trailing_slash,
    })
}

/// Decodes one segment, refusing anything that is not a plain, visible file name.
pub(crate) fn decode_segment(raw: &str) -> Option<String> {
    let decoded = percent_decode_str(raw).decode_utf8().ok()?;
    let plain = !decoded.is_empty() // `//` would also turn a redirect into `//host/`, an open redirect
        && !decoded.starts_with('.') // `.`, `..` and hidden files such as `.git`
        && !decoded.contains(['/', '\\', '\0'])
        && is_single_name(&decoded);
    plain.then(|| decoded.into_owned())
}

/// True when the OS sees exactly one ordinary name: on Windows this also refuses
/// drive prefixes such as `C:` that would make `Path::push` replace the whole path.
fn is_single_name(segment: &str) -> bool {
    let mut components = Path::new(segment).components();
    matches!(
        (components.next(), components.next()),
        (Some(Component::Normal(_)), None)
    )
}

/// `.br` and `.gz` files exist only as encodings of their sibling; fetched directly they
/// would arrive without `Content-Encoding` and be shown as garbage.
pub(crate) fn is_precompressed_name(name: &str) -> bool {
    name.ends_with(".br") || name.ends_with(".gz")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(raw: &str) -> Option<Vec<String>> {
        parse(raw).map(|p| p.segments)
    }

    #[test]
    fn plain_paths_are_decoded() {
        assert_eq!(segments("/"), Some(vec![]));
        assert_eq!(
            segments("/lv/darba%20tiesibas/"),
            Some(vec!["lv".into(), "darba tiesibas".into()])
        );
        assert!(parse("/lv/").unwrap().trailing_slash);
        assert!(!parse("/lv").unwrap().trailing_slash);
    }

    #[test]
    fn anything_that_could_escape_is_refused() {
        for raw in [
            "/../x",
            "/./x",
            "/%2e%2e/x",
            "/%2E%2E/x",
            "/%2e/x",
            "/..%2fx",
            "/a%2F..%2F..%2Fx",
            "/a\\..\\b",
            "/%5c..%5cetc",
            "/a/..%5c..%5cx",
            "/%00",
            "/a%00.html",
            "//evil.example/",
            "/a//b",
            "/.git/config",
            "/.env",
            "/%ff",
            "relative",
            "",
        ] {
            assert!(parse(raw).is_none(), "{raw:?} should be refused");
        }
    }
}
