//! Renders every route × language to a complete static HTML file with the same Leptos
//! components the browser hydrates, plus the sitemap, robots.txt and one web app manifest
//! per language. Pure: it returns files, the caller writes them.

use std::collections::BTreeMap;

use leptos::prelude::*;
use wil_app::model::{
    Article, Dir, LanguageLink, Notice, Organisation, PageBody, PageData, PageLink, Phone,
    SearchEntry, Source, TextPart, Ui,
};
use wil_app::App;
use wil_content::translation::Status;
use wil_content::{Page, Site};

/// The hashed files that trunk built, as URL paths ("/style-0123456789abcdef.css").
#[derive(Debug, Clone)]
pub struct Assets {
    pub css: String,
    pub boot_js: String,
    pub app_js: String,
    pub wasm: String,
}

/// Stands where the build's version goes; replaced once every file's bytes are known.
pub const VERSION_PLACEHOLDER: &str = "__WIL_BUILD_VERSION__";

/// What the pre-renderer made.
pub struct Rendered {
    /// Path inside dist/ ("lv/pay/index.html") → bytes.
    pub files: BTreeMap<String, Vec<u8>>,
    /// URL paths of each language's pages and manifest: what "keep this language" caches.
    pub pages_by_lang: BTreeMap<String, Vec<String>>,
    /// URL paths that belong to no single language: "/", "/404.html".
    pub shared_pages: Vec<String>,
}

/// One route in one language.
#[derive(Debug, Clone, PartialEq)]
enum Route {
    Home,
    Page(String),
    Help,
    Search,
    NotFound,
    /// What the service worker shows for a page of this language that is not on the phone.
    Offline,
}

impl Route {
    /// Pages for search engines and link previews; the 404 and offline pages are not.
    fn indexed(&self) -> bool {
        !matches!(self, Route::NotFound | Route::Offline)
    }

    fn url(&self, lang: &str) -> String {
        match self {
            Route::Home => format!("/{lang}/"),
            Route::Page(slug) => format!("/{lang}/{slug}/"),
            Route::Help => format!("/{lang}/help/"),
            Route::Search => format!("/{lang}/search/"),
            Route::NotFound => format!("/{lang}/404.html"),
            Route::Offline => format!("/{lang}/offline.html"),
        }
    }
}

/// URL path → file inside dist/: "/lv/pay/" → "lv/pay/index.html".
pub fn file_for(url: &str) -> String {
    let trimmed = url.trim_start_matches('/');
    if trimmed.is_empty() || trimmed.ends_with('/') {
        format!("{trimmed}index.html")
    } else {
        trimmed.to_string()
    }
}

pub fn render_site(site: &Site, assets: &Assets, base_url: &str) -> Result<Rendered, String> {
    // Every page shows the size of "keep all languages", which depends on every page: render
    // once to measure, then again with the measured size (a few bytes of difference at most).
    let first = render_with(site, assets, base_url, 0)?;
    let all_pages: u64 = first
        .pages_by_lang
        .values()
        .flatten()
        .filter_map(|url| first.files.get(&file_for(url)))
        .map(|bytes| bytes.len() as u64)
        .sum();
    render_with(site, assets, base_url, all_pages)
}

/// "250 KB": sizes as the keep-all action shows them, rounded up.
fn kilobytes(bytes: u64) -> String {
    format!("{} KB", bytes.div_ceil(1024))
}

fn render_with(
    site: &Site,
    assets: &Assets,
    base_url: &str,
    keep_all_bytes: u64,
) -> Result<Rendered, String> {
    let base = base_url.trim_end_matches('/');
    let size = kilobytes(keep_all_bytes);
    let mut files = BTreeMap::new();
    let mut pages_by_lang = BTreeMap::new();
    let mut sitemap = Vec::new();

    let mut routes = vec![Route::Home];
    routes.extend(
        site.pages
            .keys()
            .filter(|s| *s != "help")
            .map(|s| Route::Page(s.clone())),
    );
    routes.push(Route::Help);
    routes.push(Route::Search);

    for lang in &site.languages {
        let ui = ui_strings(site, &lang.code)?;
        let mut urls = Vec::new();
        for route in routes.iter().chain([&Route::NotFound, &Route::Offline]) {
            let data = page_data(site, &lang.code, route, &ui, &size)?;
            let url = route.url(&lang.code);
            let head = head_for(site, &data, route, base, &ui);
            files.insert(file_for(&url), document(&data, &head, assets)?.into_bytes());
            if route.indexed() {
                sitemap.push((url.clone(), alternates(site, route)));
            }
            urls.push(url);
        }
        // A QR code per language for posters and leaflets: a scan opens that language.
        files.insert(
            format!("qr/{}.svg", lang.code),
            qr_svg(&format!("{base}/{}/", lang.code))?.into_bytes(),
        );
        let manifest = manifest(&lang.code, &lang.dir, &ui.app_name);
        let manifest_url = format!("/{}/manifest.webmanifest", lang.code);
        files.insert(file_for(&manifest_url), manifest.into_bytes());
        urls.push(manifest_url);
        pages_by_lang.insert(lang.code.clone(), urls);
    }

    // "/" offers the languages; "/404.html" answers unknown paths outside a language.
    let source = &site.config.source_language;
    let ui = ui_strings(site, source)?;
    let chooser = PageData {
        lang: source.clone(),
        dir: dir_of(site, source),
        path: "/".into(),
        home_href: "/".into(),
        help_href: format!("/{source}/help/"),
        languages: site
            .languages
            .iter()
            .map(|l| LanguageLink {
                code: l.code.clone(),
                name: l.name.clone(),
                dir: Dir::parse(&l.dir).unwrap_or_default(),
                href: format!("/{}/", l.code),
                current: false,
                prompt: text(site, &l.code, "language-continue", &[]).unwrap_or_default(),
            })
            .collect(),
        keep_all_size: text(site, source, "keep-all-size", &[("size", &size)])?,
        body: PageBody::Languages {
            heading: text(site, source, "choose-language", &[])?,
        },
        ui: ui.clone(),
    };
    let head = Head {
        title: ui.app_name.clone(),
        description: text(site, source, "home-summary", &[])?,
        canonical: Some(format!("{base}/")),
        alternates: alternates(site, &Route::Home)
            .into_iter()
            .map(|(l, u)| (l, format!("{base}{u}")))
            .collect(),
        manifest: format!("/{source}/manifest.webmanifest"),
        site_name: ui.app_name.clone(),
    };
    files.insert(
        "index.html".into(),
        document(&chooser, &head, assets)?.into_bytes(),
    );
    sitemap.insert(0, ("/".to_string(), Vec::new()));

    let mut root_404 = page_data(site, source, &Route::NotFound, &ui, &size)?;
    root_404.path = "/404.html".into();
    let head = head_for(site, &root_404, &Route::NotFound, base, &ui);
    files.insert(
        "404.html".into(),
        document(&root_404, &head, assets)?.into_bytes(),
    );
    let mut root_offline = page_data(site, source, &Route::Offline, &ui, &size)?;
    root_offline.path = "/offline.html".into();
    let head = head_for(site, &root_offline, &Route::Offline, base, &ui);
    files.insert(
        "offline.html".into(),
        document(&root_offline, &head, assets)?.into_bytes(),
    );

    files.insert(
        "sitemap.xml".into(),
        sitemap_xml(base, &sitemap).into_bytes(),
    );
    files.insert(
        "robots.txt".into(),
        format!("User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n").into_bytes(),
    );
    Ok(Rendered {
        files,
        pages_by_lang,
        shared_pages: vec!["/".into(), "/404.html".into(), "/offline.html".into()],
    })
}

fn text(site: &Site, lang: &str, id: &str, args: &[(&str, &str)]) -> Result<String, String> {
    site.locales.text(lang, id, args)
}

fn dir_of(site: &Site, lang: &str) -> Dir {
    site.language(lang)
        .and_then(|l| Dir::parse(&l.dir))
        .unwrap_or_default()
}

/// Every message of the source language that takes no variables, in `lang` (with fallback),
/// read into [`Ui`]: a message the UI needs and nobody wrote fails here, by name.
fn ui_strings(site: &Site, lang: &str) -> Result<Ui, String> {
    let mut map = serde_json::Map::new();
    for id in site.locales.source_ids() {
        if let Ok(s) = site.locales.text(lang, &id, &[]) {
            map.insert(id, serde_json::Value::String(s));
        }
    }
    serde_json::from_value(serde_json::Value::Object(map))
        .map_err(|e| format!("locales/{lang}: {e}"))
}

fn language_links(site: &Site, lang: &str, route: &Route) -> Vec<LanguageLink> {
    site.languages
        .iter()
        .map(|l| LanguageLink {
            code: l.code.clone(),
            name: l.name.clone(),
            dir: Dir::parse(&l.dir).unwrap_or_default(),
            href: match route {
                Route::NotFound | Route::Offline => Route::Home.url(&l.code),
                r => r.url(&l.code),
            },
            current: l.code == lang,
            prompt: String::new(),
        })
        .collect()
}

fn article(site: &Site, lang: &str, page: &Page, fell_back: bool) -> Result<Article, String> {
    Ok(Article {
        lang: page.lang.clone(),
        notice: notice(site, lang, page, fell_back)?,
        icon: icon_of(site, &page.slug),
        title: page.title.clone(),
        summary: page.summary.clone(),
        html: page.html.clone(),
        checked: parts(&text(site, lang, "checked-on", &[("date", &page.checked)])?),
        sources: page
            .sources
            .iter()
            .map(|s| Source {
                title: s.title.clone(),
                url: s.url.clone(),
            })
            .collect(),
    })
}

/// The offline search index of one language: every page on the home page, then every help
/// organisation (linking to its card on the help page).
fn search_entries(site: &Site, lang: &str) -> Result<Vec<SearchEntry>, String> {
    use wil_app::search::normalize;
    let mut entries = Vec::new();
    for slug in &site.config.home {
        let (p, _) = site
            .page(slug, lang)
            .ok_or_else(|| format!("page `{slug}` is missing"))?;
        entries.push(SearchEntry {
            href: format!("/{lang}/{slug}/"),
            title: p.title.clone(),
            summary: p.summary.clone(),
            text: normalize(&format!("{} {} {}", p.title, p.summary, p.plain_text)),
        });
    }
    for o in &site.organisations {
        let about = text(site, lang, &format!("org-{}-about", o.id), &[])?;
        let phones: Vec<&str> = o.phones.iter().map(|p| p.display.as_str()).collect();
        entries.push(SearchEntry {
            href: format!("/{lang}/help/#org-{}", o.id),
            title: o.name.clone(),
            summary: about.clone(),
            text: normalize(&format!("{} {} {}", o.name, about, phones.join(" "))),
        });
    }
    Ok(entries)
}

/// A page's icon is the source page's: it belongs to the page, not to a translation.
fn icon_of(site: &Site, slug: &str) -> Option<String> {
    site.page(slug, &site.config.source_language)
        .and_then(|(p, _)| p.icon.clone())
}

/// The note on a page that is not a reviewed, current translation: draft, stale, or shown
/// in a fallback language. Draft and stale pages link to the same page in the first language
/// of the fallback chain that has it.
fn notice(site: &Site, lang: &str, page: &Page, fell_back: bool) -> Result<Option<Notice>, String> {
    let id = if fell_back {
        "missing-notice"
    } else {
        match site.page_status(&page.slug, lang) {
            Status::Draft => "draft-notice",
            Status::Stale => "stale-notice",
            Status::Reviewed | Status::Missing => return Ok(None),
        }
    };
    let mut n = Notice {
        text: text(site, lang, id, &[])?,
        link_text: String::new(),
        link_href: String::new(),
        link_lang: String::new(),
    };
    let chain = site
        .language(lang)
        .map(|l| l.fallback.clone())
        .unwrap_or_default();
    let target = chain
        .iter()
        .chain(std::iter::once(&site.config.source_language))
        .find(|code| {
            site.pages
                .get(&page.slug)
                .is_some_and(|p| p.contains_key(*code))
        });
    if let (false, Some(code)) = (fell_back, target) {
        let name = site
            .language(code)
            .map(|l| l.name.clone())
            .unwrap_or_default();
        n.link_text = text(site, lang, "read-in-source", &[("language", &name)])?;
        n.link_href = format!("/{code}/{}/", page.slug);
        n.link_lang = code.clone();
    }
    Ok(Some(n))
}

fn page_data(
    site: &Site,
    lang: &str,
    route: &Route,
    ui: &Ui,
    keep_all_size: &str,
) -> Result<PageData, String> {
    let page = |slug: &str| {
        site.page(slug, lang).ok_or_else(|| {
            format!("page `{slug}` exists in no language of {lang}'s fallback chain")
        })
    };
    let body = match route {
        Route::Home => PageBody::Home {
            heading: text(site, lang, "home-heading", &[])?,
            intro: text(site, lang, "home-intro", &[])?,
            pages: site
                .config
                .home
                .iter()
                .map(|slug| {
                    let (p, _) = page(slug)?;
                    Ok(PageLink {
                        icon: icon_of(site, slug),
                        href: format!("/{lang}/{slug}/"),
                        title: p.title.clone(),
                        summary: p.summary.clone(),
                    })
                })
                .collect::<Result<_, String>>()?,
        },
        Route::Page(slug) => {
            let (p, fell_back) = page(slug)?;
            PageBody::Article(article(site, lang, p, fell_back)?)
        }
        Route::Help => {
            let (p, fell_back) = page("help")?;
            PageBody::Help {
                article: article(site, lang, p, fell_back)?,
                organisations: site
                    .organisations
                    .iter()
                    .map(|o| {
                        let words =
                            |part: &str| text(site, lang, &format!("org-{}-{part}", o.id), &[]);
                        Ok(Organisation {
                            id: o.id.clone(),
                            name: o.name.clone(),
                            about: parts(&words("about")?),
                            hours: parts(&words("hours")?),
                            languages: words("languages")?,
                            phones: o
                                .phones
                                .iter()
                                .map(|p| Phone {
                                    display: p.display.clone(),
                                    tel: p.tel(),
                                })
                                .collect(),
                            email: o.email.clone(),
                            address: o.address.clone(),
                            checked: parts(&text(
                                site,
                                lang,
                                "checked-on",
                                &[("date", &o.checked.to_string())],
                            )?),
                            source: Source {
                                title: o.source.title.clone(),
                                url: o.source.url.clone(),
                            },
                        })
                    })
                    .collect::<Result<_, String>>()?,
            }
        }
        Route::Search => PageBody::Search {
            heading: text(site, lang, "search-title", &[])?,
            entries: search_entries(site, lang)?,
        },
        Route::NotFound => PageBody::NotFound {
            heading: text(site, lang, "not-found-title", &[])?,
            text: text(site, lang, "not-found-text", &[])?,
            back: text(site, lang, "not-found-back", &[])?,
        },
        Route::Offline => PageBody::NotFound {
            heading: text(site, lang, "offline-title", &[])?,
            text: text(site, lang, "offline-text", &[])?,
            back: text(site, lang, "not-found-back", &[])?,
        },
    };
    Ok(PageData {
        lang: lang.to_string(),
        dir: dir_of(site, lang),
        path: route.url(lang),
        home_href: Route::Home.url(lang),
        help_href: Route::Help.url(lang),
        ui: ui.clone(),
        languages: language_links(site, lang, route),
        keep_all_size: text(site, lang, "keep-all-size", &[("size", keep_all_size)])?,
        body,
    })
}

/// Text cut so that its numbers stay left-to-right in right-to-left languages.
fn parts(text: &str) -> Vec<TextPart> {
    wil_content::bidi::split(text)
        .into_iter()
        .map(|(text, ltr)| TextPart { text, ltr })
        .collect()
}

/// hreflang → URL path of the same route in every language.
fn alternates(site: &Site, route: &Route) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = site
        .languages
        .iter()
        .map(|l| (l.code.clone(), route.url(&l.code)))
        .collect();
    let x_default = match route {
        Route::Home => "/".to_string(),
        r => r.url(&site.config.source_language),
    };
    v.push(("x-default".into(), x_default));
    v
}

/// What goes into `<head>` besides the fixed tags.
struct Head {
    title: String,
    description: String,
    canonical: Option<String>,
    alternates: Vec<(String, String)>,
    manifest: String,
    site_name: String,
}

fn head_for(site: &Site, data: &PageData, route: &Route, base: &str, ui: &Ui) -> Head {
    let (title, description) = match &data.body {
        PageBody::Article(a) | PageBody::Help { article: a, .. } => {
            (format!("{} · {}", a.title, ui.app_name), a.summary.clone())
        }
        PageBody::Home { intro, .. } => (ui.app_name.clone(), intro.clone()),
        PageBody::NotFound { heading, text, .. } => {
            (format!("{heading} · {}", ui.app_name), text.clone())
        }
        PageBody::Languages { heading } => (ui.app_name.clone(), heading.clone()),
        PageBody::Search { heading, .. } => (
            format!("{heading} · {}", ui.app_name),
            site.locales
                .text(&data.lang, "search-summary", &[])
                .unwrap_or_default(),
        ),
    };
    let indexed = route.indexed();
    Head {
        title,
        description,
        canonical: indexed.then(|| format!("{base}{}", data.path)),
        alternates: if indexed {
            alternates(site, route)
                .into_iter()
                .map(|(l, u)| (l, format!("{base}{u}")))
                .collect()
        } else {
            Vec::new()
        },
        manifest: format!("/{}/manifest.webmanifest", data.lang),
        site_name: ui.app_name.clone(),
    }
}

/// The whole HTML document: head written here, body rendered by the Leptos app.
fn document(data: &PageData, head: &Head, assets: &Assets) -> Result<String, String> {
    let body = render_body(data);
    let json = serde_json::to_string(data).map_err(|e| e.to_string())?;
    // Inside <script> only "</script" and "<!--" could end or confuse the block.
    let json = json.replace('<', "\\u003c");
    let e = escape;
    let mut h = String::with_capacity(body.len() + json.len() + 2048);
    h.push_str("<!DOCTYPE html>\n");
    h.push_str(&format!(
        "<html lang=\"{}\" dir=\"{}\">\n<head>\n",
        e(&data.lang),
        data.dir.as_str()
    ));
    h.push_str("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str(&format!("<title>{}</title>\n", e(&head.title)));
    h.push_str(&format!(
        "<meta name=\"description\" content=\"{}\">\n",
        e(&head.description)
    ));
    h.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    h.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n",
        e(&meta_csp())
    ));
    h.push_str(&format!(
        "<meta name=\"wil-build\" content=\"{VERSION_PLACEHOLDER}\">\n"
    ));
    h.push_str("<meta name=\"theme-color\" content=\"#1d5b86\">\n");
    if let Some(c) = &head.canonical {
        h.push_str(&format!("<link rel=\"canonical\" href=\"{}\">\n", e(c)));
        for (lang, url) in &head.alternates {
            h.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
                e(lang),
                e(url)
            ));
        }
        h.push_str(&format!("<meta property=\"og:type\" content=\"website\">\n<meta property=\"og:url\" content=\"{}\">\n", e(c)));
    }
    // Link previews (OpenGraph, Twitter): the page's own title and summary.
    let previews = [
        ("property", "og:site_name", &head.site_name),
        ("property", "og:title", &head.title),
        ("property", "og:description", &head.description),
        ("name", "twitter:title", &head.title),
        ("name", "twitter:description", &head.description),
    ];
    for (attr, key, value) in previews {
        h.push_str(&format!(
            "<meta {attr}=\"{key}\" content=\"{}\">\n",
            e(value)
        ));
    }
    h.push_str("<meta name=\"twitter:card\" content=\"summary\">\n");
    h.push_str(&format!(
        "<link rel=\"manifest\" href=\"{}\">\n",
        e(&head.manifest)
    ));
    h.push_str("<link rel=\"icon\" href=\"/icon.svg\" type=\"image/svg+xml\">\n<link rel=\"apple-touch-icon\" href=\"/icon-192.png\">\n");
    h.push_str(&format!(
        "<link rel=\"stylesheet\" href=\"{}\">\n",
        e(&assets.css)
    ));
    h.push_str(&format!(
        "<link rel=\"modulepreload\" href=\"{}\">\n",
        e(&assets.app_js)
    ));
    h.push_str(&format!(
        "<link rel=\"preload\" href=\"{}\" as=\"fetch\" type=\"application/wasm\" crossorigin>\n",
        e(&assets.wasm)
    ));
    h.push_str(&format!(
        "<script type=\"module\" src=\"{}\"></script>\n",
        e(&assets.boot_js)
    ));
    h.push_str(&format!(
        "<script type=\"application/json\" id=\"page-data\">{json}</script>\n"
    ));
    h.push_str("</head>\n<body>");
    h.push_str(&body);
    h.push_str("</body>\n</html>\n");
    Ok(h)
}

/// The server's policy, minus what a `<meta>` policy may not carry (frame-ancestors): a
/// second line of defence when the site is put on a static host that sends no headers.
fn meta_csp() -> String {
    wil_server::CONTENT_SECURITY_POLICY
        .split(';')
        .map(str::trim)
        .filter(|d| !d.starts_with("frame-ancestors"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The body markup exactly as the browser's hydration expects it.
pub fn render_body(data: &PageData) -> String {
    let data = data.clone();
    Owner::new().with(move || view! { <App data/> }.to_html())
}

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// An SVG QR code for `url`, dark on white with the standard quiet zone.
fn qr_svg(url: &str) -> Result<String, String> {
    let code = qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M)
        .map_err(|e| format!("QR code for {url}: {e}"))?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(256, 256)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build())
}

fn manifest(lang: &str, dir: &str, name: &str) -> String {
    serde_json::json!({
        "name": name,
        "short_name": name,
        "lang": lang,
        "dir": dir,
        "start_url": format!("/{lang}/"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#1d5b86",
        "icons": [
            { "src": "/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any" },
            { "src": "/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any" },
            { "src": "/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any" }
        ]
    })
    .to_string()
}

fn sitemap_xml(base: &str, entries: &[(String, Vec<(String, String)>)]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for (url, alts) in entries {
        s.push_str(&format!(
            "  <url>\n    <loc>{}{}</loc>\n",
            base,
            escape(url)
        ));
        for (lang, alt) in alts {
            s.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}{}\"/>\n",
                escape(lang),
                base,
                escape(alt)
            ));
        }
        s.push_str("  </url>\n");
    }
    s.push_str("</urlset>\n");
    s
}

/// Render tests: the real content/ and locales/, rendered in memory.
#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://example.test";

    fn rendered() -> (Site, Rendered) {
        let site = Site::load(&crate::project_root()).unwrap_or_else(|p| panic!("{p}"));
        let assets = Assets {
            css: "/style-0000000000000000.css".into(),
            boot_js: "/boot-0000000000000000.js".into(),
            app_js: "/wil-app-0000000000000000.js".into(),
            wasm: "/wil-app-0000000000000000_bg.wasm".into(),
        };
        let r = render_site(&site, &assets, BASE).unwrap();
        (site, r)
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
        let mut routes = vec![String::new(), "help/".into()];
        routes.extend(
            site.pages
                .keys()
                .filter(|s| *s != "help")
                .map(|s| format!("{s}/")),
        );
        for lang in &site.languages {
            for route in &routes {
                let url = format!("/{}/{route}", lang.code);
                let page = html(&r, &file_for(&url));
                assert!(
                    page.starts_with(&format!(
                        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">",
                        lang.code, lang.dir
                    )),
                    "{url}: lang/dir"
                );
                let title =
                    &page[page.find("<title>").unwrap() + 7..page.find("</title>").unwrap()];
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
                assert!(
                    page.contains(&format!("<link rel=\"canonical\" href=\"{BASE}{url}\">")),
                    "{url}: canonical"
                );
                for other in &site.languages {
                    let alt = format!(
                        "<link rel=\"alternate\" hreflang=\"{}\" href=\"{BASE}/{}/{route}\">",
                        other.code, other.code
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
            }
        }
    }

    #[test]
    fn pages_carry_their_text_facts_and_sources() {
        let (_, r) = rendered();
        let en = html(&r, "en/pay/index.html");
        assert!(en.contains("<title>Your pay · Work in Latvia</title>"));
        assert!(en.contains(
            "at least EUR <bdi dir=\"ltr\">780</bdi> a month for full-time work (<bdi dir=\"ltr\">2026</bdi>)"
        ));
        assert!(en.contains("Checked on <bdi dir=\"ltr\">2026-11-29</bdi>"));
        assert!(en.contains("href=\"https://lasi.lv/par-svarigo/latvija/minimala-alga-nakamgad-bus-780-eiro.34644\""));
        assert!(
            !en.contains("class=\"notice\""),
            "English is the source: no draft notice"
        );
        let lv = html(&r, "lv/pay/index.html");
        assert!(lv.contains("vismaz <bdi dir=\"ltr\">780</bdi> eiro mēnesī"));
        assert!(
            lv.contains("class=\"notice\""),
            "Latvian is a draft and says so"
        );
        assert!(lv.contains("<a href=\"/lv/\" class=\"brand\">Darbs Latvijā</a>"));
        let help = html(&r, "en/help/index.html");
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
        let root = html(&r, "index.html");
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
            let page = html(&r, file);
            assert!(!page.contains("rel=\"canonical\""), "{file}");
            assert!(page.contains("<h1>"), "{file}");
        }
        assert!(html(&r, "lv/404.html").contains("Lapa nav atrasta"));
    }

    #[test]
    fn sitemap_lists_every_indexable_page_with_alternates() {
        let (site, r) = rendered();
        let sitemap = html(&r, "sitemap.xml");
        let locs = sitemap.matches("<loc>").count();
        assert_eq!(locs, 1 + site.languages.len() * (site.pages.len() + 2));
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
            let svg = html(&r, &format!("qr/{}.svg", l.code));
            assert!(
                svg.contains("<svg") && svg.contains("<path"),
                "qr/{}.svg",
                l.code
            );
        }
        // Different addresses give different codes.
        assert_ne!(html(&r, "qr/lv.svg"), html(&r, "qr/en.svg"));
    }

    #[test]
    fn each_language_has_a_search_page_listing_every_page_and_help_entry() {
        let (site, r) = rendered();
        for l in &site.languages {
            let url = format!("/{}/search/", l.code);
            let data = page_data(html(&r, &file_for(&url)));
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
        let home = html(&r, "lv/index.html");
        assert!(
            home.contains("action=\"/lv/search/\""),
            "home has a search box"
        );
    }

    #[test]
    fn every_phone_link_is_a_valid_tel_link() {
        let (_, r) = rendered();
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
        // 112 on every page, plus the help directory's numbers in every language.
        assert!(count > 11 * 16, "only {count} tel: links");
    }

    #[test]
    fn escaping_keeps_markup_out() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
