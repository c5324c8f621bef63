//! Every HTML page, with the files that go with a language (manifest, QR code), the
//! sitemap and robots.txt: route × language → file.

use std::collections::BTreeMap;

use anyhow::Result;
use wil_app::model::PageData;
use wil_content::{Kind, Problems, Route, Site};

use crate::assets::Assets;
use crate::document::{document, Head};
use crate::page_data::{PageMaker, Sizes};
use crate::words::Words;
use crate::{manifest, qr, sitemap};

/// What the page renderer made.
pub struct Rendered {
    /// Path inside dist/ ("lv/pay/index.html") → bytes.
    pub files: BTreeMap<String, Vec<u8>>,
    /// URL paths of each language's pages and manifest: what "keep this language" stores.
    pub pages_by_lang: BTreeMap<String, Vec<String>>,
    /// URL paths of what "prepare this phone" stores, by the professional's language.
    pub screening_sets: BTreeMap<String, Vec<String>>,
    /// URL paths of each language's school section: stored together when one of its pages
    /// is visited.
    pub school_sets: BTreeMap<String, Vec<String>>,
    /// The classroom screen's pages of each language, stored together on the teacher's
    /// computer.
    pub classroom_sets: BTreeMap<String, Vec<String>>,
    /// URL paths of each language's recordings: stored with the language.
    pub recordings_by_lang: BTreeMap<String, Vec<String>>,
    /// Every page search engines and link previews see, the chooser first.
    pub indexed: Vec<Route>,
}

/// Every page of the site with its data, in build order: each language's pages, then the
/// chooser and the two pages outside any language.
pub fn all_pages(site: &Site, maker: &PageMaker) -> Vec<(Route, PageData)> {
    let mut pages = Vec::new();
    let kinds = site.kinds();
    for lang in &site.languages {
        for kind in kinds.iter().cloned() {
            let data = maker.page(&lang.code, &kind);
            pages.push((Route::page(&lang.code, kind), data));
        }
    }
    pages.push((Route::Chooser, maker.chooser()));
    for (kind, route) in [
        (Kind::NotFound, Route::RootNotFound),
        (Kind::Offline, Route::RootOffline),
    ] {
        let data = maker.root_page(kind, &route);
        pages.push((route, data));
    }
    pages
}

/// The cheap first step: every page's data and head, with nothing rendered. Reports every
/// message the pages need and cannot get, at once.
pub fn check(site: &Site) -> Result<(), Problems> {
    let words = Words::new(site);
    let maker = PageMaker::new(site, &words, Sizes::default(), &site.config.base_url);
    for (route, data) in all_pages(site, &maker) {
        Head::new(site, &words, &data, &route, "");
    }
    words.finish()
}

pub fn render(site: &Site, assets: &Assets, base: &str) -> Result<Rendered> {
    // Every page shows the size of "keep all languages", and the screening aid that of
    // "prepare this phone", which depend on the pages themselves: render once to measure,
    // then again with the measured sizes (a few bytes of difference at most).
    let first = render_with(site, assets, base, &Sizes::default())?;
    let size_of = |url: &String| first.files.get(&wil_dist::file_for(url));
    let all_pages: u64 = first
        .pages_by_lang
        .values()
        .flatten()
        .filter_map(size_of)
        .map(|bytes| bytes.len() as u64)
        .sum();
    // What preparing downloads: the pages as the server sends them (brotli), estimated at
    // a fast level (the build's level 11 is a little smaller still).
    let download = |sets: &BTreeMap<String, Vec<String>>| {
        sets.iter()
            .map(|(lang, urls)| {
                let bytes: u64 = urls
                    .iter()
                    .filter_map(size_of)
                    .map(|b| crate::compress::brotli_estimate(b) as u64)
                    .sum();
                (lang.clone(), kilobytes(bytes))
            })
            .collect()
    };
    let sizes = Sizes {
        keep_all: kilobytes(all_pages),
        screening: download(&first.screening_sets),
        school: download(&first.school_sets),
    };
    render_with(site, assets, base, &sizes)
}

/// "250 KB": sizes as the keep-all action shows them, rounded up.
fn kilobytes(bytes: u64) -> String {
    format!("{} KB", bytes.div_ceil(1024))
}

fn render_with(site: &Site, assets: &Assets, base: &str, sizes: &Sizes) -> Result<Rendered> {
    let words = Words::new(site);
    let maker = PageMaker::new(site, &words, sizes.clone(), base);
    let mut files = BTreeMap::new();
    let mut pages_by_lang: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut indexed = Vec::new();
    for (route, data) in all_pages(site, &maker) {
        let head = Head::new(site, &words, &data, &route, base);
        if let Some((url, _)) = &head.canonical {
            indexed.push(route.clone());
            // The share panel's code as an image, for a browser without JavaScript (a home
            // page's is the language's code, written below).
            if !matches!(
                &route,
                Route::Page {
                    kind: Kind::Home,
                    ..
                }
            ) {
                files.insert(
                    Route::PageQr(route.url()).file(),
                    qr::qr_svg(url)?.into_bytes(),
                );
            }
        }
        files.insert(route.file(), document(&data, head, assets).into_bytes());
        if let Route::Page { lang, kind } = &route {
            if !kind.in_language_pack() {
                continue;
            }
            pages_by_lang
                .entry(lang.clone())
                .or_default()
                .push(route.url());
        }
    }
    for lang in &site.languages {
        // A QR code per language for posters and leaflets: a scan opens that language.
        let home = format!("{base}{}", Route::home(&lang.code).url());
        files.insert(
            Route::Qr(lang.code.clone()).file(),
            qr::qr_svg(&home)?.into_bytes(),
        );
        let app_name = words.get(&lang.code, "app-name", &[]);
        let route = Route::Manifest(lang.code.clone());
        files.insert(
            route.file(),
            manifest::manifest(lang, &app_name).into_bytes(),
        );
        pages_by_lang
            .entry(lang.code.clone())
            .or_default()
            .push(route.url());
    }
    // A poster's address for every place in each of its languages (content/places.toml).
    for place in &site.places.places {
        for code in &place.languages {
            let Some(lang) = site.languages.iter().find(|l| &l.code == code) else {
                continue;
            };
            let go_on = words.get(code, "language-continue", &[]);
            let app_name = words.get(code, "app-name", &[]);
            // The path, not the full URL: the same files work on any host they are put on.
            let home = Route::home(code).url();
            let canonical = format!("{base}{home}");
            files.insert(
                Route::place(&place.code, code).file(),
                crate::document::place(code, lang.dir.as_str(), app_name, go_on, home, canonical)
                    .into_bytes(),
            );
        }
    }
    // The chooser first, as search engines should meet it.
    indexed.sort_by_key(|r| *r != Route::Chooser);
    files.insert(
        Route::Sitemap.file(),
        sitemap::sitemap_xml(site, base, &indexed).into_bytes(),
    );
    files.insert(Route::Robots.file(), sitemap::robots_txt(base).into_bytes());
    let mut recordings_by_lang: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in &site.recordings {
        let route = Route::Recording {
            lang: r.lang.clone(),
            name: r.name.clone(),
            extension: r.extension.clone(),
        };
        files.insert(route.file(), r.bytes.clone());
        recordings_by_lang
            .entry(r.lang.clone())
            .or_default()
            .push(route.url());
    }
    // What "prepare this phone" and "prepare for class" store, by language.
    let sets = |set: fn(&Site, &str) -> Vec<Route>| {
        site.languages
            .iter()
            .map(|l| {
                (
                    l.code.clone(),
                    set(site, &l.code).iter().map(Route::url).collect(),
                )
            })
            .collect()
    };
    let screening_sets = sets(Site::screening_set);
    let school_sets = sets(Site::school_set);
    let classroom_sets = sets(Site::classroom_set);
    words.finish()?;
    Ok(Rendered {
        files,
        pages_by_lang,
        screening_sets,
        school_sets,
        classroom_sets,
        recordings_by_lang,
        indexed,
    })
}
