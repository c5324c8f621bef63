//! Render tests: the real content/ and locales/, rendered in memory.

mod common;

use wil_app::model::{PageBody, PageData};
use wil_content::{Kind, Route, Site};
use wil_dist::file_for;
use wil_site::document::render_body;
use wil_site::pages::{render, Rendered};
use wil_site::Assets;

fn project_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

const BASE: &str = "https://example.test";

fn site() -> Site {
    Site::load(&project_root()).unwrap_or_else(|p| panic!("{p}"))
}

/// The site and its pages. The pages are rendered once for all the tests of this file: a
/// render in the debug profile takes most of a minute, and every test reads the same output.
/// (The site itself is loaded per test: its Fluent bundles cannot be shared between threads.)
fn rendered() -> (Site, &'static Rendered) {
    static RENDERED: std::sync::OnceLock<Rendered> = std::sync::OnceLock::new();
    let pages = RENDERED.get_or_init(|| {
        let assets = Assets {
            css: "/style-0000000000000000.css".into(),
            boot_js: "/boot-0000000000000000.js".into(),
            app_js: "/wil-app-0000000000000000.js".into(),
            wasm: "/wil-app-0000000000000000_bg.wasm".into(),
        };
        render(&site(), &assets, BASE).unwrap()
    });
    (site(), pages)
}

fn html<'a>(r: &'a Rendered, file: &str) -> &'a str {
    std::str::from_utf8(
        r.files
            .get(file)
            .unwrap_or_else(|| panic!("{file} was not rendered")),
    )
    .unwrap()
}

/// The content of `<meta name|property="key" content="…">`.
fn meta<'a>(page: &'a str, key: &str) -> Option<&'a str> {
    let at = page.find(&format!("=\"{key}\" content=\""))?;
    let rest = &page[at + key.len() + 13..];
    Some(&rest[..rest.find('"')?])
}

fn page_data(page: &str) -> PageData {
    let start = page.find("id=\"page-data\">").unwrap() + 15;
    let end = start + page[start..].find("</script>").unwrap();
    serde_json::from_str(&page[start..end]).unwrap()
}

#[test]
fn every_route_in_every_language_is_a_complete_page() {
    let (site, r) = rendered();
    // Every indexed page of every language: home, pages, help, search, the self-check, the
    // screening aid, the school section.
    let kinds: Vec<wil_content::Kind> = site.kinds().into_iter().filter(|k| k.indexed()).collect();
    for lang in &site.languages {
        for kind in &kinds {
            let url = wil_content::Route::page(&lang.code, kind.clone()).url();
            let page = html(r, &file_for(&url));
            assert!(
                page.starts_with(&format!(
                    "<!DOCTYPE html><html lang=\"{}\" dir=\"{}\">",
                    lang.code, lang.dir
                )),
                "{url}: lang/dir"
            );
            let title = &page[page.find("<title>").unwrap() + 7..page.find("</title>").unwrap()];
            assert!(!title.is_empty(), "{url}: title");
            for key in [
                "description",
                "og:title",
                "og:description",
                "og:url",
                "twitter:card",
                "twitter:title",
            ] {
                assert!(
                    meta(page, key).is_some_and(|v| !v.is_empty()),
                    "{url}: {key}"
                );
            }
            assert_eq!(meta(page, "og:url"), Some(format!("{BASE}{url}").as_str()));
            // The link preview: the page's own picture, full size, described; the page's
            // locale and the others it is written in.
            let image = format!("{BASE}{}", wil_content::Route::Preview(url.clone()).url());
            assert_eq!(meta(page, "og:image"), Some(image.as_str()), "{url}");
            assert_eq!(meta(page, "twitter:image"), Some(image.as_str()), "{url}");
            assert_eq!(meta(page, "og:image:width"), Some("1200"), "{url}");
            assert_eq!(meta(page, "og:image:height"), Some("630"), "{url}");
            assert_eq!(
                meta(page, "twitter:card"),
                Some("summary_large_image"),
                "{url}"
            );
            let alt = meta(page, "og:image:alt").unwrap_or_default();
            assert!(alt.len() > title.len() / 2, "{url}: image alt {alt:?}");
            assert_eq!(meta(page, "og:locale"), Some(lang.locale.as_str()), "{url}");
            assert_eq!(
                page.matches("property=\"og:locale:alternate\"").count(),
                site.languages.len() - 1,
                "{url}"
            );
            for other in site.languages.iter().filter(|l| l.code != lang.code) {
                let tag = format!(
                    "<meta property=\"og:locale:alternate\" content=\"{}\">",
                    other.locale
                );
                assert!(page.contains(&tag), "{url}: {tag}");
            }
            assert!(
                page.contains(&format!("<link rel=\"canonical\" href=\"{BASE}{url}\">")),
                "{url}: canonical"
            );
            for other in &site.languages {
                let alt = format!(
                    "<link rel=\"alternate\" hreflang=\"{}\" href=\"{BASE}{}\">",
                    other.code,
                    wil_content::Route::page(&other.code, kind.clone()).url()
                );
                assert!(page.contains(&alt), "{url}: {alt}");
            }
            assert!(page.contains("hreflang=\"x-default\""), "{url}: x-default");
            // The body is the app's markup, the data round-trips, and nothing can end the
            // data block early.
            let data = page_data(page);
            assert_eq!(data.lang, lang.code);
            assert_eq!(data.path, url);
            assert!(
                page.contains(&render_body(&data)),
                "{url}: body matches its data"
            );
            assert!(!page.contains("'unsafe-inline'"));
            assert!(page.contains("<main id=\"main\""), "{url}: main");
            assert!(page.contains("href=\"tel:112\""), "{url}: emergency number");
            assert!(page.contains("class=\"exit\""), "{url}: quick exit");
            // The share panel: the code's modules for the app, and the image file of the
            // same code for a browser without JavaScript.
            let (width, modules) = wil_site::qr::modules_base64(&format!("{BASE}{url}")).unwrap();
            assert!(
                page.contains(&format!("data-qr=\"{modules}\" data-qr-width=\"{width}\"")),
                "{url}: share code"
            );
            let image = wil_content::Route::PageQr(url.clone());
            assert!(
                page.contains(&format!("<a href=\"{}\">", image.url())),
                "{url}: image"
            );
            assert!(
                r.files.contains_key(&image.file()),
                "{url}: {}",
                image.url()
            );
            assert!(
                !page_data_text(page).contains(&modules),
                "{url}: the code is in the data"
            );
        }
    }
}

/// The embedded JSON as text.
fn page_data_text(page: &str) -> &str {
    let start = page.find("id=\"page-data\">").unwrap() + 15;
    &page[start..start + page[start..].find("</script>").unwrap()]
}

#[test]
fn pages_carry_their_text_facts_and_sources() {
    let (_, r) = rendered();
    let en = html(r, "en/pay/index.html");
    assert!(en.contains("<title>Your pay · Work in Latvia</title>"));
    assert!(en.contains(
        "at least EUR <bdi dir=\"ltr\">780</bdi> a month for full-time work (<bdi dir=\"ltr\">2026</bdi>)"
    ));
    assert!(en.contains("Checked on <bdi dir=\"ltr\">2026-12-01</bdi>"));
    assert!(en.contains(
        "href=\"https://lasi.lv/par-svarigo/latvija/minimala-alga-nakamgad-bus-780-eiro.34644\""
    ));
    assert!(
        !en.contains("class=\"notice\""),
        "English is the source: no draft notice"
    );
    let lv = html(r, "lv/pay/index.html");
    assert!(lv.contains("vismaz <bdi dir=\"ltr\">780</bdi> eiro mēnesī"));
    assert!(
        lv.contains("class=\"notice\""),
        "Latvian is a draft and says so"
    );
    assert!(lv.contains("<a href=\"/lv/\" class=\"brand\">Darbs Latvijā</a>"));
    let help = html(r, "en/help/index.html");
    for tel in [
        "tel:+37128612120",
        "tel:80002012",
        "tel:+37167186522",
        "tel:110",
        "tel:116006",
    ] {
        assert!(
            help.contains(&format!("href=\"{tel}\"")),
            "help lists {tel}"
        );
    }
}

#[test]
fn start_page_offers_languages_by_their_own_names() {
    let (site, r) = rendered();
    let root = html(r, "index.html");
    for l in &site.languages {
        assert!(
            root.contains(&format!("href=\"/{0}/\" lang=\"{0}\" hreflang=\"{0}\" dir=\"{1}\" class=\"card\"><span class=\"card-title\">{2}</span>", l.code, l.dir, l.name)),
            "/ offers {}",
            l.name
        );
    }
}

#[test]
fn not_found_pages_are_not_indexed() {
    let (_, r) = rendered();
    for file in [
        "404.html",
        "lv/404.html",
        "en/404.html",
        "offline.html",
        "ur/offline.html",
    ] {
        let page = html(r, file);
        assert!(!page.contains("rel=\"canonical\""), "{file}");
        assert!(page.contains("<h1>"), "{file}");
    }
    assert!(html(r, "lv/404.html").contains("Lapa nav atrasta"));
}

#[test]
fn sitemap_lists_every_indexable_page_with_alternates() {
    let (site, r) = rendered();
    let sitemap = html(r, "sitemap.xml");
    let locs = sitemap.matches("<loc>").count();
    // Each language's pages, its home, search, self-check and screening aid (with a page
    // for each language of the person), its school section (the list, each story, the quiz,
    // the school's pages, the classroom screen's list and each story and the quiz on it), its
    // page for organisations, and the chooser.
    let languages = site.languages.len();
    let school = 2 + site.school.scenarios.len() + 1 + site.school.scenarios.len() + 1;
    assert_eq!(
        locs,
        1 + languages * (site.pages.len() + 4 + languages + school + 1)
    );
    assert!(sitemap.contains(&format!("<loc>{BASE}/lv/school/loverboy/</loc>")));
    assert!(sitemap.contains(&format!("<loc>{BASE}/uk/school/teachers-guide/</loc>")));
    assert!(sitemap.contains(&format!("<loc>{BASE}/ro/school/present/quiz/</loc>")));
    assert!(sitemap.contains(&format!("<loc>{BASE}/lv/pay/</loc>")));
    assert!(sitemap.contains(&format!("hreflang=\"en\" href=\"{BASE}/en/pay/\"")));
    assert!(!sitemap.contains("404"));
}

#[test]
fn each_language_has_a_manifest_with_its_own_name() {
    let (_, r) = rendered();
    let lv: serde_json::Value =
        serde_json::from_slice(r.files.get("lv/manifest.webmanifest").unwrap()).unwrap();
    assert_eq!(lv["name"], "Darbs Latvijā");
    assert_eq!(lv["start_url"], "/lv/");
    assert_eq!(lv["lang"], "lv");
    assert!(lv["icons"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["sizes"] == "512x512"));
    let lv = &r.pages_by_lang["lv"];
    for url in [
        "/lv/",
        "/lv/pay/",
        "/lv/help/",
        "/lv/404.html",
        "/lv/manifest.webmanifest",
    ] {
        assert!(lv.contains(&url.to_string()), "lv keeps {url}");
    }
    assert!(lv.iter().all(|u| u.starts_with("/lv/")));
}

#[test]
fn each_language_has_a_qr_code_for_its_own_address() {
    let (site, r) = rendered();
    for l in &site.languages {
        let svg = html(r, &format!("qr/{}.svg", l.code));
        assert!(
            svg.contains("<svg") && svg.contains("<path"),
            "qr/{}.svg",
            l.code
        );
    }
    // Different addresses give different codes.
    assert_ne!(html(r, "qr/lv.svg"), html(r, "qr/en.svg"));
}

/// A poster's address (content/places.toml) leads to its language's home page on any
/// static host: a plain page in that language with a refresh and a link, for no search
/// engine; a place's languages only.
#[test]
fn each_place_has_an_address_per_language_that_leads_home() {
    let (site, r) = rendered();
    assert!(!site.places.places.is_empty());
    let mut made = 0;
    for place in &site.places.places {
        for l in &site.languages {
            let file = format!("q/{}/{}/index.html", place.code, l.code);
            if !place.languages.contains(&l.code) {
                assert!(
                    !r.files.contains_key(&file),
                    "{file} is not one of its languages"
                );
                continue;
            }
            let page = html(r, &file);
            let home = format!("/{}/", l.code);
            assert!(
                page.contains(&format!("<html lang=\"{}\" dir=\"{}\">", l.code, l.dir)),
                "{file}"
            );
            assert!(
                page.contains(&format!("content=\"0; url={home}\"")),
                "{file}"
            );
            assert!(page.contains(&format!("<link rel=\"canonical\" href=\"{BASE}{home}\"")));
            assert!(page.contains(&format!("<a href=\"{home}\">")), "{file}");
            assert_eq!(meta(page, "robots"), Some("noindex"), "{file}");
            assert!(!page.contains("<script"), "{file}: no script is needed");
            made += 1;
        }
    }
    // Not in the sitemap: they are for posters, not for search engines.
    assert!(!html(r, "sitemap.xml").contains("/q/"));
    let school = site.places.places.iter().find(|p| p.code == "sch").unwrap();
    assert!(school.languages.len() < site.languages.len());
    assert!(made > site.languages.len());
}

#[test]
fn each_language_has_a_search_page_listing_every_page_and_help_entry() {
    let (site, r) = rendered();
    for l in &site.languages {
        let url = format!("/{}/search/", l.code);
        let data = page_data(html(r, &file_for(&url)));
        let PageBody::Search { entries, .. } = data.body else {
            panic!("{url} is not a search page");
        };
        assert_eq!(
            entries.len(),
            site.config.home.len() + site.organisations.len()
        );
        let pay = entries
            .iter()
            .find(|e| e.href == format!("/{}/pay/", l.code))
            .unwrap();
        // The index holds the page's own words, normalised, and the amount in it.
        assert!(pay.text.contains("780"), "{url}: {}", pay.text);
        assert_eq!(pay.text, wil_app::search::normalize(&pay.text));
        assert!(entries.iter().any(|e| e.href.ends_with("/help/#org-marta")));
        assert!(
            r.pages_by_lang[&l.code].contains(&url),
            "{url} is kept offline"
        );
    }
    let home = html(r, "lv/index.html");
    assert!(
        home.contains("action=\"/lv/search/\""),
        "home has a search box"
    );
}

#[test]
fn every_phone_link_is_a_valid_tel_link() {
    let (site, r) = rendered();
    let mut count = 0;
    for (file, bytes) in &r.files {
        let page = String::from_utf8_lossy(bytes);
        for part in page.split("href=\"tel:").skip(1) {
            let number = &part[..part.find('"').unwrap()];
            let digits = number.strip_prefix('+').unwrap_or(number);
            assert!(
                digits.chars().all(|c| c.is_ascii_digit()) && (3..=15).contains(&digits.len()),
                "{file}: tel:{number}"
            );
            count += 1;
        }
    }
    // 112 on every page of every language, plus the help directory's numbers.
    let pages = site.languages.len() * site.kinds().len();
    assert!(count > pages, "only {count} tel: links for {pages} pages");
}

/// The theme colour is one value: the document's theme-color and the manifests take it from
/// the generator, and the stylesheet's accent and the icon's background must match it.
#[test]
fn one_theme_colour_everywhere() {
    let color = wil_site::document::THEME_COLOR;
    let root = project_root();
    let css = std::fs::read_to_string(root.join("app/style.css")).unwrap();
    assert!(
        css.contains(&format!("--accent: {color};")),
        "app/style.css"
    );
    let icon = std::fs::read_to_string(root.join("public/icon.svg")).unwrap();
    assert!(
        icon.contains(&format!("fill=\"{color}\"")),
        "public/icon.svg"
    );
    let (_, r) = rendered();
    assert!(html(r, "lv/pay/index.html")
        .contains(&format!("<meta name=\"theme-color\" content=\"{color}\">")));
    let manifest: serde_json::Value =
        serde_json::from_slice(r.files.get("lv/manifest.webmanifest").unwrap()).unwrap();
    assert_eq!(manifest["theme_color"], color);
}

/// Each page carries exactly the build marker the service worker looks for.
#[test]
fn pages_carry_the_build_marker_the_service_worker_matches() {
    let (_, r) = rendered();
    let marker = wil_dist::build_marker(wil_site::document::VERSION_PLACEHOLDER);
    for file in [
        "index.html",
        "lv/pay/index.html",
        "ur/offline.html",
        "404.html",
    ] {
        assert!(html(r, file).contains(&marker), "{file}");
    }
}

/// A home page's x-default is the language chooser, in the page and in the sitemap; any
/// other page's is the source language's.
#[test]
fn home_pages_default_to_the_chooser() {
    let (_, r) = rendered();
    let x_default = format!("hreflang=\"x-default\" href=\"{BASE}/\"");
    assert!(html(r, "lv/index.html").contains(&x_default));
    assert!(html(r, "sitemap.xml").contains(&format!("hreflang=\"x-default\" href=\"{BASE}/\"/>")));
    assert!(html(r, "lv/pay/index.html")
        .contains(&format!("hreflang=\"x-default\" href=\"{BASE}/en/pay/\"")));
}

/// A build without a page's link preview, or with one of the wrong size, stops, naming
/// the picture; so does a picture of no page.
#[test]
fn a_missing_or_wrong_preview_fails_the_build_by_name() {
    let site = Site::load(&project_root()).unwrap_or_else(|p| panic!("{p}"));
    // A PNG's signature and header: all the build reads of it.
    let png = |width: u32| {
        let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        b.extend(width.to_be_bytes());
        b.extend(630u32.to_be_bytes());
        b.resize(1000, 0);
        b
    };
    let mut previews: std::collections::BTreeMap<String, Vec<u8>> =
        wil_site::preview::previews(&site, BASE)
            .unwrap_or_else(|p| panic!("{p}"))
            .into_iter()
            .map(|p| (p.file, png(1200)))
            .collect();
    previews.remove("og/uz/pay.png");
    previews.insert("og/ur/contract.png".into(), png(600));
    previews.insert("og/uz/old-page.png".into(), png(1200));
    let inputs = wil_site::Inputs {
        trunk: common::fake_trunk(),
        public: common::icons(),
        base_url: BASE.into(),
        previews,
        posters: Default::default(),
        compression: wil_site::Compression::Fast,
    };
    let err = match wil_site::build(&site, &inputs, &mut |_| {}) {
        Err(e) => e.to_string(),
        Ok(_) => panic!("a build without a preview must fail"),
    };
    assert!(err.contains("3 link preview problem(s)"), "{err}");
    assert!(
        err.contains("og/uz/pay.png of /uz/pay/ is missing"),
        "{err}"
    );
    assert!(
        err.contains("og/ur/contract.png is 600×630, not 1200×630"),
        "{err}"
    );
    assert!(
        err.contains("og/uz/old-page.png is the preview of no page"),
        "{err}"
    );
}

/// A build without the icons every page links to stops, naming the file.
#[test]
fn a_missing_icon_fails_the_build_by_name() {
    let site = Site::load(&project_root()).unwrap_or_else(|p| panic!("{p}"));
    let inputs = wil_site::Inputs {
        trunk: Default::default(),
        public: Default::default(),
        base_url: BASE.into(),
        previews: Default::default(),
        posters: Default::default(),
        compression: wil_site::Compression::Fast,
    };
    let err = match wil_site::build(&site, &inputs, &mut |_| {}) {
        Err(e) => e.to_string(),
        Ok(_) => panic!("a build without icons must fail"),
    };
    assert!(err.contains("public/icon.svg is missing"), "{err}");
}

/// The self-check without JavaScript: every question of content/screening.toml in the
/// page's language, the general help lines to call, the answer buttons hidden (they need
/// the app), and the indicators' source.
#[test]
fn each_language_has_a_self_check_readable_without_javascript() {
    let (site, r) = rendered();
    let questions = &site.screening.question;
    assert!((16..=20).contains(&questions.len()), "{}", questions.len());
    for l in &site.languages {
        let url = format!("/{}/check/", l.code);
        let page = html(r, &file_for(&url));
        assert_eq!(
            page.matches("<li data-screen data-sign-if=").count(),
            questions.len(),
            "{url}"
        );
        for q in questions {
            let text = site
                .locales
                .text(&l.code, &format!("check-q-{}", q.id), &[])
                .unwrap();
            assert!(page.contains(&text.replace('"', "&quot;")), "{url}: {text}");
        }
        // Only the general lines show in the static page; the others wait for a result.
        let general = site.screening.general_help.len();
        assert_eq!(
            page.matches("data-general=\"\" class=\"call\"").count(),
            general,
            "{url}"
        );
        assert!(page.matches("hidden class=\"call\"").count() >= 1, "{url}");
        assert!(
            page.contains("data-go=\"next\" data-app hidden"),
            "{url}: start needs the app"
        );
        assert!(
            page.contains("<div data-app hidden class=\"check-answers\">"),
            "{url}"
        );
        assert!(page.contains("WCMS_105023"), "{url}: the ILO source");
    }
}

/// The screening aid for every pair of languages: each question in both languages, the
/// person's side with its own lang and dir; one side only when both read the same language.
#[test]
fn each_pair_of_languages_has_a_bilingual_screening_page() {
    let (site, r) = rendered();
    let questions = site.screening.question.len();
    for pro in &site.languages {
        let start = html(r, &file_for(&format!("/{}/screening/", pro.code)));
        for person in &site.languages {
            let href = format!("href=\"/{}/screening/{}/\"", pro.code, person.code);
            assert!(
                start.contains(&href),
                "/{}/screening/ lacks {href}",
                pro.code
            );
            let url = format!("/{}/screening/{}/", pro.code, person.code);
            let page = html(r, &file_for(&url));
            assert!(
                page.contains(&format!("<html lang=\"{}\"", pro.code)),
                "{url}"
            );
            let theirs = format!(
                "<span lang=\"{}\" dir=\"{}\" class=\"side theirs\">",
                person.code, person.dir
            );
            let sides = page.matches(&theirs).count();
            if pro.code == person.code {
                assert_eq!(sides, 0, "{url}: one language, one side");
            } else {
                // Every question, and the opening, closing and next steps besides.
                assert!(
                    sides > questions,
                    "{url}: {sides} texts in the person's language"
                );
            }
            assert_eq!(
                page.matches("<li data-screen data-sign-if=").count(),
                questions,
                "{url}"
            );
        }
    }
}

/// Every story in every language: a screen for each step and each choice's feedback, every
/// link leading to a screen of the same page, and a line to call at every ending.
#[test]
fn each_language_has_every_story_with_help_at_each_ending() {
    let (site, r) = rendered();
    assert!(site.school.scenarios.len() >= 10);
    for l in &site.languages {
        let school = html(r, &file_for(&format!("/{}/school/", l.code)));
        for story in &site.school.scenarios {
            let url = format!("/{}/school/{}/", l.code, story.id);
            assert!(
                school.contains(&format!("href=\"{url}\"")),
                "{url} is listed"
            );
            let page = html(r, &file_for(&url));
            for step in &story.step {
                let screen = format!("id=\"s-{}\"", step.id);
                assert!(page.contains(&screen), "{url}: {screen}");
                for c in &step.choices {
                    let to = format!("c-{}.{}", step.id, c.id);
                    assert!(page.contains(&format!("id=\"{to}\"")), "{url}: {to}");
                    assert!(
                        page.contains(&format!("href=\"#{to}\"")),
                        "{url}: a link to {to}"
                    );
                    assert!(page.contains(&format!("href=\"#s-{}\"", c.next)), "{url}");
                }
                if step.is_ending() {
                    let at = page.find(&screen).unwrap();
                    let end = page[at..].find("</section>").unwrap() + at;
                    assert!(
                        page[at..end].contains("href=\"tel:"),
                        "{url}: {} offers a call",
                        step.id
                    );
                }
            }
            let text = site
                .locales
                .text(
                    &l.code,
                    &format!("scenario-{}-{}", story.id, story.step[0].id),
                    &[],
                )
                .unwrap();
            assert!(
                page.contains(&text.replace('"', "&quot;").replace('\'', "&#x27;"))
                    || page.contains(&text),
                "{url}: the first step's text"
            );
        }
    }
}

/// The classroom screen in every language: listed, and each story and the quiz on it with
/// the QR code of the students' page (drawn into the page, with the address under it), no
/// "Listen", and the same screens as on a phone.
#[test]
fn each_language_has_the_classroom_screen_with_a_code_for_phones() {
    let (site, r) = rendered();
    for l in &site.languages {
        let list = html(r, &file_for(&format!("/{}/school/present/", l.code)));
        let school = html(r, &file_for(&format!("/{}/school/", l.code)));
        assert!(school.contains(&format!("href=\"/{}/school/present/\"", l.code)));
        let ids = site.presentable().collect::<Vec<_>>();
        assert_eq!(
            ids.len(),
            site.school.scenarios.len() + 1,
            "every story and the quiz"
        );
        for id in ids {
            let url = format!("/{}/school/present/{id}/", l.code);
            assert!(list.contains(&format!("href=\"{url}\"")), "{url} is listed");
            let page = html(r, &file_for(&url));
            let student = format!("{}/school/{id}/", l.code);
            assert!(page.contains("data-present"), "{url}");
            assert!(
                page.contains("<svg aria-hidden=\"true\""),
                "{url}: the QR code"
            );
            assert!(!page.contains("<?xml"), "{url}: no XML prolog inside HTML");
            assert!(
                page.contains(&format!("{student}</span>")),
                "{url}: the address"
            );
            assert!(!page.contains("class=\"listen\""), "{url}: no Listen");
            if let Some(story) = site.school.scenarios.iter().find(|s| s.id == id) {
                for step in &story.step {
                    assert!(page.contains(&format!("id=\"s-{}\"", step.id)), "{url}");
                }
            }
        }
    }
}

/// The page for organisations, in every language: for every language of the site its
/// name, a card and a post for each campaign day (the post naming the day and linking that
/// language's home page), and each poster of the place content/campaigns.toml names; the
/// day's sources; the texts of each language in its own `lang` and `dir`.
#[test]
fn the_page_for_organisations_offers_every_languages_cards_posts_and_posters() {
    let (site, r) = rendered();
    let days = &site.campaigns.days;
    assert!(days.len() >= 2, "content/campaigns.toml lists the days");
    let place = site.campaigns.posters.clone().expect("a place for posters");
    for page_lang in &site.languages {
        let file = Route::page(&page_lang.code, Kind::Kit).file();
        let page = html(r, &file);
        for l in &site.languages {
            let code = &l.code;
            assert!(
                page.contains(&format!("id=\"kit-{code}\"")),
                "{file}: no section for {code}"
            );
            for day in days {
                let card = format!("src=\"/cards/{code}/{}.png\"", day.id);
                assert!(page.contains(&card), "{file}: no {card}");
            }
            let posts = page
                .matches(&format!(
                    "<blockquote lang=\"{code}\" dir=\"{}\" class=\"kit-post\">",
                    l.dir
                ))
                .count();
            assert_eq!(posts, days.len(), "{file}: the posts in {code}");
            let home = format!("{BASE}/{code}/");
            assert!(
                page.matches(&home).count() >= days.len(),
                "{file}: the posts in {code} link {home}"
            );
            // In a right-to-left post the address stays left to right, also once pasted.
            if l.dir == "rtl" {
                assert!(
                    page.contains(&format!("\u{2066}{home}\u{2069}")),
                    "{file}: the address in the {code} post is not isolated left to right"
                );
            }
            let posters = wil_site::print::kit_posters(&site, code);
            assert!(!posters.is_empty(), "{place} prints {code}");
            for (_, route) in posters {
                assert!(
                    page.contains(&format!("href=\"{}\"", route.url())),
                    "{file}: no link to {}",
                    route.url()
                );
            }
        }
        for day in days {
            assert!(
                page.contains(&day.source.url),
                "{file}: the source of {}",
                day.id
            );
        }
    }
    // The Latvian poster beside Latvian is not offered; beside Urdu it is.
    let lv = html(r, &Route::page("en", Kind::Kit).file());
    assert!(!lv.contains(&format!("/print/{place}/lv-a4-lv.pdf")));
    assert!(lv.contains(&format!("/print/{place}/ur-a4-lv.pdf")));
    // Not kept for a worker's phone: it is for organisations, with pictures.
    assert!(!Kind::Kit.in_language_pack());
}
