//! The review sheet lists every UI string, every page and the glossary of a language beside
//! the source.

use wil_content::Site;

#[test]
fn the_sheet_lists_every_string_and_page_of_each_language() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let site = Site::load(&root).unwrap_or_else(|p| panic!("{p}"));
    for lang in site
        .languages
        .iter()
        .filter(|l| l.code != site.config.source_language)
    {
        let sheet = wil_site::review::review_sheet(&site, &lang.code).unwrap();
        assert!(sheet.starts_with("<!DOCTYPE html>"), "{}", lang.code);
        assert!(!sheet.contains("<script"), "self-contained, no script");
        assert!(!sheet.contains("src=\"http"), "no request");
        for id in site.locales.source_ids() {
            assert!(
                sheet.contains(&format!("<code>{id}</code>")),
                "{}: {id}",
                lang.code
            );
        }
        for slug in site.pages.keys() {
            assert!(
                sheet.contains(&format!("<h2><code>{slug}</code>")),
                "{}: {slug}",
                lang.code
            );
        }
        // The glossary: every term, with this language's word once it has one.
        for term in &site.glossary.terms {
            assert!(sheet.contains(&term.en), "{}: {}", lang.code, term.en);
            if let Some(word) = site.glossary.word(&lang.code, &term.id) {
                assert!(sheet.contains(&word.shown()), "{}: {}", lang.code, term.id);
            }
        }
        let rows = sheet.matches("<tr class=\"status-").count();
        assert_eq!(rows, site.locales.source_ids().len(), "{}", lang.code);
        assert!(sheet.contains(&format!("lang=\"{}\" dir=\"{}\"", lang.code, lang.dir)));
        assert!(sheet.contains(&format!("cargo xtask translated {}", lang.code)));
    }
    assert!(wil_site::review::review_sheet(&site, &site.config.source_language).is_err());
    assert!(wil_site::review::review_sheet(&site, "xx").is_err());
}
