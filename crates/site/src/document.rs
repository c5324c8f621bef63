//! The whole HTML document of a page, `<head>` included, rendered with Leptos' `view!`
//! (the `shell()` idiom of Leptos' own examples), so Leptos escapes every value. The body
//! is the app itself, exactly as the browser hydrates it.

use leptos::prelude::*;
use wil_app::components::SharePanel;
use wil_app::model::{PageBody, PageData, Share};
use wil_app::App;
use wil_content::{Kind, Route, Site};

use crate::assets::Assets;
use crate::words::Words;

/// Stands where the build's version goes; replaced once every file's bytes are known.
pub const VERSION_PLACEHOLDER: &str = "__WIL_BUILD_VERSION__";

/// The one theme colour: the browser's toolbar, the installed app's splash screen. It is
/// also `--accent` in app/style.css and the icon's background (a test ties them).
pub const THEME_COLOR: &str = "#1d5b86";

/// What goes into `<head>` besides the fixed tags.
pub struct Head {
    pub title: String,
    /// The page's own title, without the app's name (the link preview's picture shows it).
    pub heading: String,
    pub description: String,
    /// OpenGraph's `ll_CC` of the page's language, and of the other languages the same
    /// page is written in (each at its own address, in the hreflang alternates).
    pub locale: String,
    pub locale_alternates: Vec<String>,
    /// Indexed pages only: the canonical address and its language alternates (hreflang →
    /// full URL).
    pub canonical: Option<(String, Vec<(String, String)>)>,
    /// Indexed pages only: the full URL of the link preview's picture ([`crate::preview`])
    /// and what it shows, in words.
    pub image: Option<(String, String)>,
    pub manifest: String,
    pub site_name: String,
    /// The share panel at the end of the page: indexed pages only (a 404 or offline page
    /// has no address worth passing on).
    pub share: Option<Share>,
}

impl Head {
    /// The head of the page at `route`, whose data is `data`.
    pub fn new(site: &Site, words: &Words, data: &PageData, route: &Route, base: &str) -> Head {
        let app = &data.ui.app_name;
        let (heading, description) = match &data.body {
            PageBody::Article(a) | PageBody::Help { article: a, .. } => {
                (a.title.clone(), a.summary.clone())
            }
            PageBody::Home { intro, .. } => (app.clone(), intro.clone()),
            PageBody::NotFound { heading, text, .. } => (heading.clone(), text.clone()),
            PageBody::Languages { heading } => (app.clone(), heading.clone()),
            // The search page has no summary of its own.
            PageBody::Search { heading, .. } => (
                heading.clone(),
                words.get(&data.lang, "search-summary", &[]),
            ),
        };
        let title = if &heading == app {
            app.clone()
        } else {
            format!("{heading} · {app}")
        };
        let locale = site
            .language(&data.lang)
            .map(|l| l.locale.clone())
            .unwrap_or_default();
        let canonical = alternates(site, route).map(|alts| {
            (
                format!("{base}{}", route.url()),
                alts.into_iter()
                    .map(|(lang, url)| (lang, format!("{base}{url}")))
                    .collect(),
            )
        });
        // Only a page with language alternates has its other languages to name.
        let locale_alternates = match canonical {
            Some(_) => site
                .languages
                .iter()
                .filter(|l| l.code != data.lang)
                .map(|l| l.locale.clone())
                .collect(),
            None => Vec::new(),
        };
        let image = canonical.as_ref().map(|_| {
            (
                format!("{base}{}", Route::Preview(route.url()).url()),
                format!("{heading}. {description}"),
            )
        });
        let share = canonical.as_ref().map(|(url, _)| {
            let lang = &data.lang;
            let (qr_width, qr_modules) =
                crate::qr::modules_base64(url).expect("a page's address fits in a QR code");
            let get = |id: &str| words.get(lang, id, &[]);
            Share {
                title: get("share-title"),
                share: get("share"),
                copy: get("share-copy"),
                copied: get("share-copied"),
                show_qr: get("share-qr"),
                qr_about: get("share-qr-about"),
                address: url.clone(),
                qr_width,
                qr_modules,
                qr_image: Route::PageQr(route.url()).url(),
                kit: (!site.campaigns.days.is_empty()
                    && !matches!(
                        route,
                        Route::Page {
                            kind: Kind::Kit,
                            ..
                        }
                    ))
                .then(|| (get("kit-title"), Route::page(lang, Kind::Kit).url())),
            }
        });
        Head {
            title,
            heading,
            description,
            locale,
            locale_alternates,
            canonical,
            image,
            manifest: Route::Manifest(data.lang.clone()).url(),
            site_name: app.clone(),
            share,
        }
    }
}

/// hreflang → URL path of the same page in every language, with x-default; `None` for a
/// page that is not indexed.
pub fn alternates(site: &Site, route: &Route) -> Option<Vec<(String, String)>> {
    let kind = match route {
        Route::Chooser => Kind::Home,
        Route::Page { kind, .. } if kind.indexed() => kind.clone(),
        _ => return None,
    };
    // For someone whose language we do not have: the chooser for home pages, else the
    // source language's page.
    let x_default = match kind {
        Kind::Home => Route::Chooser,
        _ => Route::page(&site.config.source_language, kind.clone()),
    };
    let mut v: Vec<(String, String)> = site
        .languages
        .iter()
        .map(|l| (l.code.clone(), Route::page(&l.code, kind.clone()).url()))
        .collect();
    v.push(("x-default".into(), x_default.url()));
    Some(v)
}

/// The server's policy, minus what a `<meta>` policy may not carry (frame-ancestors): a
/// second line of defence when the site is put on a static host that sends no headers.
fn meta_csp() -> String {
    wil_dist::CONTENT_SECURITY_POLICY
        .split(';')
        .map(str::trim)
        .filter(|d| !d.starts_with("frame-ancestors"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The page's data as the JSON the WASM reads. Inside `<script>` only "</script" and "<!--"
/// could end or confuse the block, so every `<` is written as an escape.
fn embedded_json(data: &PageData) -> String {
    serde_json::to_string(data)
        .expect("page data is plain strings and lists")
        .replace('<', "\\u003c")
}

/// The complete document for `data`.
pub fn document(data: &PageData, head: Head, assets: &Assets) -> String {
    let json = embedded_json(data);
    let data = data.clone();
    let Head {
        title,
        description,
        locale,
        locale_alternates,
        canonical,
        image,
        manifest,
        site_name,
        share,
        ..
    } = head;
    let Assets {
        css,
        boot_js,
        app_js,
        wasm,
    } = assets.clone();
    let (lang, dir) = (data.lang.clone(), data.dir.as_str());
    // Leptos marks the end of a list or an optional part with `<!>` (for hydration): three
    // harmless bytes in a head that is never hydrated.
    let canonical = canonical
        .zip(image)
        .map(|((url, alternates), (image, alt))| {
            let alternates = alternates
                .into_iter()
                .map(|(lang, href)| view! { <link rel="alternate" hreflang=lang href=href/> })
                .collect_view();
            view! {
                <link rel="canonical" href=url.clone()/>
                {alternates}
                {og("og:type", "website".into())}
                {og("og:url", url)}
                {og("og:image", image.clone())}
                {og("og:image:width", crate::preview::WIDTH.to_string())}
                {og("og:image:height", crate::preview::HEIGHT.to_string())}
                {og("og:image:alt", alt.clone())}
                <meta name="twitter:card" content="summary_large_image"/>
                <meta name="twitter:image" content=image/>
                <meta name="twitter:image:alt" content=alt/>
            }
        });
    // Link previews (OpenGraph, Twitter): the page's own title and summary.
    let open_graph = [
        ("og:site_name", site_name),
        ("og:title", title.clone()),
        ("og:description", description.clone()),
        ("og:locale", locale),
    ]
    .map(|(key, value)| og(key, value));
    let locale_alternates = locale_alternates
        .into_iter()
        .map(|l| og("og:locale:alternate", l))
        .collect_view();
    let twitter = [
        ("twitter:title", title.clone()),
        ("twitter:description", description.clone()),
    ]
    .map(|(key, value)| view! { <meta name=key content=value/> });
    Owner::new().with(move || {
        view! {
            <!DOCTYPE html>
            <html lang=lang dir=dir>
                <head>
                    <meta charset="utf-8"/>
                    <meta name="viewport" content="width=device-width, initial-scale=1"/>
                    <title>{title}</title>
                    <meta name="description" content=description/>
                    <meta name="referrer" content="no-referrer"/>
                    <meta http-equiv="Content-Security-Policy" content=meta_csp()/>
                    <meta name=wil_dist::BUILD_MARKER_NAME content=VERSION_PLACEHOLDER/>
                    <meta name="theme-color" content=THEME_COLOR/>
                    {canonical}
                    {open_graph}
                    {locale_alternates}
                    {twitter}
                    <link rel="manifest" href=manifest/>
                    <link rel="icon" href=Route::Icon.url() type="image/svg+xml"/>
                    <link rel="apple-touch-icon" href=Route::PngIcon(192).url()/>
                    <link rel="stylesheet" href=css/>
                    <link rel="modulepreload" href=app_js/>
                    {preload_wasm(wasm)}
                    <script type="module" src=boot_js></script>
                    <script type="application/json" id="page-data" inner_html=json></script>
                </head>
                <body>
                    <App data/>
                    {share.map(|share| view! { <SharePanel share/> })}
                </body>
            </html>
        }
        .to_html()
    })
}

/// `/q/<code>/<lang>/`: a poster's address, which leads at once to the language's home
/// page. Plain HTML that any static host serves (no server logic, no script): a refresh to
/// the home page, and a link for a browser that does not follow it. Not for search engines.
pub fn place(
    lang: &str,
    dir: &str,
    app_name: String,
    go_on: String,
    home: String,
    canonical: String,
) -> String {
    let (lang, dir) = (lang.to_string(), dir.to_string());
    Owner::new().with(move || {
        view! {
            <!DOCTYPE html>
            <html lang=lang dir=dir>
                <head>
                    <meta charset="utf-8"/>
                    <meta name="viewport" content="width=device-width, initial-scale=1"/>
                    <title>{app_name.clone()}</title>
                    <meta name="robots" content="noindex"/>
                    <meta name="referrer" content="no-referrer"/>
                    <meta http-equiv="Content-Security-Policy" content=meta_csp()/>
                    <meta name=wil_dist::BUILD_MARKER_NAME content=VERSION_PLACEHOLDER/>
                    <meta http-equiv="refresh" content=format!("0; url={home}")/>
                    <link rel="canonical" href=canonical/>
                </head>
                <body>
                    <p><a href=home>{go_on}</a></p>
                </body>
            </html>
        }
        .to_html()
    })
}

/// `<meta property=… content=…>`: OpenGraph's attribute, which Leptos has no method for.
fn og(key: &'static str, value: String) -> impl IntoView {
    leptos::html::meta().attr("property", key).content(value)
}

/// The WASM is fetched as soon as the head is read (`as` is a Rust keyword, hence no
/// `view!`).
fn preload_wasm(href: String) -> impl IntoView {
    leptos::html::link()
        .rel("preload")
        .href(href)
        .attr("as", "fetch")
        .r#type("application/wasm")
        .attr("crossorigin", "")
}

/// The body markup exactly as the browser's hydration expects it.
pub fn render_body(data: &PageData) -> String {
    let data = data.clone();
    Owner::new().with(move || view! { <App data/> }.to_html())
}

/// Markup that an article holds as its trusted text (Leptos escapes every value in it): the
/// self-check's and the screening aid's screens, drawn once by the build.
pub mod fragment {
    use leptos::prelude::*;
    use wil_app::components::Card;
    use wil_app::components::Listen;
    use wil_app::model::{
        Kit, ListenWords, PageLink, Prepare, QuizData, ScreeningAid, ScreeningStart, SelfCheck,
        Story,
    };
    use wil_app::pages::{
        KitMarkup, PrepareSection, QuizMarkup, ScreeningChoice, ScreeningMarkup, SelfCheckMarkup,
        StoryMarkup,
    };

    pub fn listen(lang: String, recordings: Vec<String>, words: ListenWords) -> String {
        Owner::new().with(move || view! { <Listen lang recordings words/> }.to_html())
    }

    pub fn self_check(check: SelfCheck) -> String {
        Owner::new().with(move || view! { <SelfCheckMarkup check/> }.to_html())
    }

    pub fn screening_start(start: ScreeningStart) -> String {
        Owner::new().with(move || view! { <ScreeningChoice start/> }.to_html())
    }

    pub fn screening(aid: ScreeningAid) -> String {
        Owner::new().with(move || view! { <ScreeningMarkup aid/> }.to_html())
    }

    pub fn quiz(quiz: QuizData) -> String {
        Owner::new().with(move || view! { <QuizMarkup quiz/> }.to_html())
    }

    pub fn story(story: Story) -> String {
        Owner::new().with(move || view! { <StoryMarkup story/> }.to_html())
    }

    pub fn kit(kit: Kit) -> String {
        Owner::new().with(move || view! { <KitMarkup kit/> }.to_html())
    }

    /// A list item with a card for each link.
    fn cards(links: Vec<PageLink>) -> impl IntoView {
        links
            .into_iter()
            .map(|s| view! { <li><Card href=s.href icon=s.icon title=s.title summary=s.summary/></li> })
            .collect_view()
    }

    /// `/<lang>/school/present/`: what the classroom screen is, a card for each thing it
    /// shows, and its keys.
    pub fn presenter(
        intro: String,
        choose: String,
        shows: Vec<PageLink>,
        keys_title: String,
        keys: Vec<String>,
    ) -> String {
        Owner::new().with(move || {
            let cards = cards(shows);
            let keys = keys
                .into_iter()
                .map(|k| view! { <li>{k}</li> })
                .collect_view();
            view! {
                <p>{intro}</p>
                <h2>{keys_title}</h2>
                <ul>{keys}</ul>
                <h2>{choose}</h2>
                <ul class="cards">{cards}</ul>
            }
            .to_html()
        })
    }

    /// The school section's page text: what the stories are, then a card for each.
    pub fn school(
        intro: String,
        private: String,
        heading: String,
        stories: Vec<PageLink>,
        prepare: Prepare,
    ) -> String {
        Owner::new().with(move || {
            let cards = cards(stories);
            view! {
                <p>{intro}</p>
                <p>{private}</p>
                <h2>{heading}</h2>
                <ul class="cards">{cards}</ul>
                // In a `.check`, as on the screening aid: its button wraps on a narrow phone.
                <div class="check" id="school-prepare">
                    <PrepareSection prepare/>
                </div>
            }
            .to_html()
        })
    }
}
