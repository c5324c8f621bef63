//! Everything the service worker needs: the build's version, one pack per language, the
//! shell list, and sw.js itself.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};
use wil_content::Route;

use crate::assets::{hex, Assets};
use crate::document::VERSION_PLACEHOLDER;

const TEMPLATE: &str = include_str!("sw.js");

/// The template without its comment lines and blank lines: every first visit downloads the
/// worker, and the comments are for the people who edit crates/site/src/sw.js (its first
/// line, which says so, stays). Only whole lines that are comments go: code is untouched.
fn template_as_sent() -> String {
    let mut lines = TEMPLATE.lines();
    let first = lines.next().unwrap_or_default();
    std::iter::once(first)
        .chain(lines.filter(|l| {
            let t = l.trim_start();
            !t.is_empty() && !t.starts_with("//")
        }))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The version of a build: a hash of every file's path and bytes (HTML with the
/// placeholder still in it), so any change gives a new cache.
pub fn version(files: &BTreeMap<String, Vec<u8>>) -> String {
    let mut h = Sha256::new();
    for (path, bytes) in files {
        h.update(path.as_bytes());
        h.update([0]);
        h.update(bytes);
    }
    hex(&h.finalize())[..16].to_string()
}

/// Writes the version into every HTML page.
pub fn stamp(files: &mut BTreeMap<String, Vec<u8>>, version: &str) {
    for (path, bytes) in files.iter_mut() {
        if path.ends_with(".html") {
            let html = String::from_utf8_lossy(bytes).replace(VERSION_PLACEHOLDER, version);
            *bytes = html.into_bytes();
        }
    }
}

/// The files every page needs, stored when the service worker installs: the pages that
/// belong to no language, the app, and the icon (the PNG icons are only for installing,
/// which needs a connection anyway).
pub fn shell(assets: &Assets) -> Vec<String> {
    let mut shell: Vec<String> = [Route::Chooser, Route::RootNotFound, Route::RootOffline]
        .iter()
        .map(Route::url)
        .collect();
    shell.extend(assets.all().iter().map(|s| s.to_string()));
    shell.push(Route::Icon.url());
    shell
}

/// One pack per language: every URL of `urls` with its file's text, in one JSON object,
/// so the service worker stores a language in one request.
pub fn pack(files: &BTreeMap<String, Vec<u8>>, urls: &[String]) -> anyhow::Result<Vec<u8>> {
    let mut pack = serde_json::Map::new();
    for url in urls {
        let file = wil_dist::file_for(url);
        let bytes = files
            .get(&file)
            .ok_or_else(|| anyhow::anyhow!("the pack lists {url}, but the build has no {file}"))?;
        pack.insert(
            url.clone(),
            serde_json::Value::String(String::from_utf8_lossy(bytes).into_owned()),
        );
    }
    Ok(serde_json::Value::Object(pack).to_string().into_bytes())
}

/// sw.js for this build.
pub fn service_worker(
    version: &str,
    shell: &[String],
    pages_by_lang: &BTreeMap<String, Vec<String>>,
    screening_sets: &BTreeMap<String, Vec<String>>,
    school_sets: &BTreeMap<String, Vec<String>>,
    classroom_sets: &BTreeMap<String, Vec<String>>,
    recordings_by_lang: &BTreeMap<String, Vec<String>>,
) -> String {
    let routes: BTreeMap<&str, BTreeMap<&str, String>> = pages_by_lang
        .keys()
        .map(|lang| {
            let named = BTreeMap::from([
                ("home", Route::home(lang).url()),
                ("pack", Route::Pack(lang.clone()).url()),
                (
                    "offline",
                    Route::page(lang, wil_content::Kind::Offline).url(),
                ),
            ]);
            (lang.as_str(), named)
        })
        .collect();
    let headers: BTreeMap<&str, &str> = wil_dist::SECURITY_HEADERS.iter().copied().collect();
    template_as_sent()
        .replace("__VERSION__", version)
        .replace("__SHELL__", &json(shell))
        .replace("__PAGES__", &json(pages_by_lang))
        .replace("__SCREENING__", &json(screening_sets))
        .replace("__SCHOOL__", &json(school_sets))
        .replace("__CLASSROOM__", &json(classroom_sets))
        .replace("__RECORDINGS__", &json(recordings_by_lang))
        .replace("__ROUTES__", &json(&routes))
        .replace("__ROOT_OFFLINE__", &json(&Route::RootOffline.url()))
        .replace("__PLACE_PREFIX__", &json(wil_content::routes::PLACE_PREFIX))
        .replace("__HEADERS__", &json(&headers))
        .replace("__MARKER__", &json(&wil_dist::build_marker(version)))
}

fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).expect("strings and maps serialise")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_every_placeholder() {
        let mut pages = BTreeMap::new();
        pages.insert(
            "lv".to_string(),
            vec!["/lv/".to_string(), "/lv/pay/".to_string()],
        );
        let mut screening = BTreeMap::new();
        screening.insert("lv".to_string(), vec!["/lv/screening/".to_string()]);
        let sw = service_worker(
            "0123abcd",
            &["/".into(), "/app.wasm".into()],
            &pages,
            &screening,
            &BTreeMap::from([("lv".to_string(), vec!["/lv/school/".to_string()])]),
            &BTreeMap::from([("lv".to_string(), vec!["/lv/school/present/".to_string()])]),
            &BTreeMap::from([("lv".to_string(), vec!["/audio/lv/pay-1.opus".to_string()])]),
        );
        assert!(sw.contains("const VERSION = \"0123abcd\";"));
        assert!(sw.contains("const SHELL = [\"/\",\"/app.wasm\"];"));
        assert!(sw.contains("const PAGES = {\"lv\":[\"/lv/\",\"/lv/pay/\"]};"));
        assert!(sw.contains("\"pack\":\"/lv/pack.json\""));
        assert!(sw.contains("const SCREENING = {\"lv\":[\"/lv/screening/\"]};"));
        assert!(sw.contains("const SCHOOL = {\"lv\":[\"/lv/school/\"]};"));
        assert!(sw.contains("const CLASSROOM = {\"lv\":[\"/lv/school/present/\"]};"));
        assert!(sw.contains("const RECORDINGS = {\"lv\":[\"/audio/lv/pay-1.opus\"]};"));
        assert!(!sw.contains("__"), "a placeholder was left in sw.js");
        // Comment lines are for the template's readers; the first line says where it is.
        assert!(sw.starts_with(
            "// Service worker of Work in Latvia, generated from crates/site/src/sw.js"
        ));
        assert!(!sw.contains("\n//") && !sw.contains("\n\n"));
    }

    /// The worker gives pages from a pack every header the server sends, and looks for
    /// exactly the marker the generator writes.
    #[test]
    fn worker_uses_the_servers_headers_and_the_generators_marker() {
        let sw = service_worker(
            "0123abcd",
            &[],
            &BTreeMap::new(),
            &BTreeMap::new(),
            &BTreeMap::new(),
            &BTreeMap::new(),
            &BTreeMap::new(),
        );
        for (name, value) in wil_dist::SECURITY_HEADERS {
            let pair = format!("{}:{}", serde_json::json!(name), serde_json::json!(value));
            assert!(sw.contains(&pair), "sw.js lacks {pair}");
        }
        let marker = serde_json::json!(wil_dist::build_marker("0123abcd")).to_string();
        assert!(sw.contains(&format!("const MARKER = {marker};")));
    }

    #[test]
    fn version_changes_with_any_byte_and_is_stamped_into_pages() {
        let mut files = BTreeMap::new();
        files.insert(
            "a/index.html".to_string(),
            format!("<meta content=\"{VERSION_PLACEHOLDER}\">").into_bytes(),
        );
        let v1 = version(&files);
        files.insert("b.css".to_string(), b"x".to_vec());
        assert_ne!(v1, version(&files));
        stamp(&mut files, &v1);
        assert_eq!(
            files["a/index.html"],
            format!("<meta content=\"{v1}\">").into_bytes()
        );
    }
}
