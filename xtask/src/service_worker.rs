//! Writes dist/sw.js from the template xtask/src/sw.js: the build's version and the lists of
//! files to precache.

use std::collections::BTreeMap;

const TEMPLATE: &str = include_str!("sw.js");

pub fn render(
    version: &str,
    shell: &[String],
    pages_by_lang: &BTreeMap<String, Vec<String>>,
) -> String {
    let shell = serde_json::to_string(shell).expect("strings serialise");
    let pages = serde_json::to_string(pages_by_lang).expect("strings serialise");
    TEMPLATE
        .replace("__VERSION__", version)
        .replace("__SHELL__", &shell)
        .replace("__PAGES__", &pages)
        .replace("__CSP__", wil_server::CONTENT_SECURITY_POLICY)
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
        let sw = render("0123abcd", &["/".into(), "/app.wasm".into()], &pages);
        assert!(sw.contains("const VERSION = \"0123abcd\";"));
        assert!(sw.contains("const SHELL = [\"/\",\"/app.wasm\"];"));
        assert!(sw.contains("const PAGES = {\"lv\":[\"/lv/\",\"/lv/pay/\"]};"));
        assert!(!sw.contains("__"), "a placeholder was left in sw.js");
    }
}
