//! Every address of the site, spelt in one place. The generator writes a file for each
//! route, the content checker accepts a Markdown link only if it names a route, and nothing
//! else formats a site path by hand.

use crate::Site;

/// The slug of the page that becomes the help directory (`/<lang>/help/`).
pub const HELP_SLUG: &str = "help";

/// The self-check's place in the address (`/<lang>/check/`) and in site.toml's home list.
pub const CHECK_SLUG: &str = "check";

/// The screening aid's place in the address (`/<lang>/screening/`, and
/// `/<lang>/screening/<person's language>/`).
pub const SCREENING_SLUG: &str = "screening";

/// The school section's place in the address (`/<lang>/school/`, and
/// `/<lang>/school/<story>/`).
pub const SCHOOL_SLUG: &str = "school";

/// The quiz's place in the school section (`/<lang>/school/quiz/`).
pub const QUIZ_SLUG: &str = "quiz";

/// The classroom screen's place in the school section (`/<lang>/school/present/`, and
/// `/<lang>/school/present/<story or quiz>/`).
pub const PRESENT_SLUG: &str = "present";

/// The page for organisations (`/<lang>/for-organisations/`): campaign cards, posters and a
/// post's text in every language (content/campaigns.toml).
pub const KIT_SLUG: &str = "for-organisations";

/// Where the posters' addresses start (`/q/<place>/<lang>/`): short, as it is printed.
pub const PLACE_PREFIX: &str = "/q/";

/// A page that every language has.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// `/<lang>/`: the list of pages.
    Home,
    /// `/<lang>/<slug>/`: a Markdown page.
    Article(String),
    /// `/<lang>/help/`: the help directory around the help page's text.
    Help,
    /// `/<lang>/search/`: the offline search (its own index).
    Search,
    /// `/<lang>/check/`: the self-check (content/screening.toml).
    Check,
    /// `/<lang>/screening/`: the professional's screening aid, where they choose the
    /// person's language.
    Screening,
    /// `/<lang>/screening/<person>/`: the questions in the professional's language `lang`
    /// and the person's language, side by side.
    ScreeningWith(String),
    /// `/<lang>/school/`: the school section, its stories listed.
    School,
    /// `/<lang>/school/<story>/`: one story of content/scenarios, played on a phone.
    Scenario(String),
    /// `/<lang>/school/quiz/`: the quiz of content/quiz.toml.
    Quiz,
    /// `/<lang>/school/<slug>/`: a Markdown page of the school section (front matter
    /// `section = "school"`), such as the teacher's guide.
    SchoolPage(String),
    /// `/<lang>/school/present/`: the classroom screen's keys, and what it can show.
    Presenter,
    /// `/<lang>/school/present/<story>/` (or `…/present/quiz/`): a story or the quiz on a
    /// projector, one step at a time, in large type.
    Present(String),
    /// `/<lang>/for-organisations/`: the campaign cards, posters and post texts of every
    /// language, for organisations to share (content/campaigns.toml).
    Kit,
    /// `/<lang>/404.html`: an unknown address inside the language.
    NotFound,
    /// `/<lang>/offline.html`: what the service worker shows for a page not on the phone.
    Offline,
}

impl Kind {
    /// Pages for search engines, link previews and links in content; the 404 and offline
    /// pages are not.
    pub fn indexed(&self) -> bool {
        !matches!(self, Kind::NotFound | Kind::Offline)
    }

    /// Pages that "keep this language" stores for a worker. The professional's screening aid
    /// is not: it would add a page per language pair to every worker's offline copy. Nor is
    /// the school section: a class stores it on its own ([`Kind::in_school_set`]).
    pub fn in_language_pack(&self) -> bool {
        !matches!(
            self,
            Kind::Screening
                | Kind::ScreeningWith(_)
                | Kind::School
                | Kind::Scenario(_)
                | Kind::Quiz
                | Kind::SchoolPage(_)
                | Kind::Presenter
                | Kind::Present(_)
                | Kind::Kit
        )
    }

    /// Pages stored together when a school page of their language is visited: what the
    /// students' phones need.
    pub fn in_school_set(&self) -> bool {
        matches!(
            self,
            Kind::School | Kind::Scenario(_) | Kind::Quiz | Kind::SchoolPage(_)
        )
    }

    /// The classroom screen's pages, stored together when one of them is visited (on the
    /// teacher's computer): not on every student's phone, where they would double the
    /// school section's download.
    pub fn in_classroom_set(&self) -> bool {
        matches!(self, Kind::Presenter | Kind::Present(_))
    }
}

/// One address of the site.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Route {
    /// `/`: the languages by their own names.
    Chooser,
    /// `/404.html`: an unknown address outside any language.
    RootNotFound,
    /// `/offline.html`: the offline page outside any language.
    RootOffline,
    /// A page of one language.
    Page {
        lang: String,
        kind: Kind,
    },
    /// `/<lang>/manifest.webmanifest`: the installable app in that language.
    Manifest(String),
    /// `/<lang>/pack.json`: every page of the language in one file, for the service worker.
    Pack(String),
    /// `/qr/<lang>.svg`: a QR code that opens the language's home page.
    Qr(String),
    /// The QR code of any other page, the image its share panel shows without JavaScript:
    /// `/qr/<lang>/<page>.svg` for `/<lang>/<page>/`, `/qr/index.svg` for `/`. Holds the
    /// page's URL path.
    PageQr(String),
    /// The picture a link preview shows (OpenGraph `og:image`, 1200×630 PNG) of an indexed
    /// page: `/og/<lang>/<page>.png` for `/<lang>/<page>/`, `/og/index.png` for `/`. Holds
    /// the page's URL path.
    Preview(String),
    /// `/cards/<lang>/<campaign>.png`: a campaign day's card (1200×630) in one language.
    Card {
        lang: String,
        campaign: String,
    },
    /// `/print/<place>/<lang>-<format>.pdf`: a poster or leaflet the page for organisations
    /// offers (`format` is a name of wil-site's `print::FORMATS`).
    Poster {
        place: String,
        lang: String,
        format: String,
    },
    /// `/q/<code>/<lang>/`: a poster's address (content/places.toml), which leads to the
    /// language's home page. The place is in the path only.
    Place {
        code: String,
        lang: String,
    },
    /// `/audio/<lang>/<name>.<extension>`: a recording "Listen" plays (content/audio).
    Recording {
        lang: String,
        name: String,
        extension: String,
    },
    Sitemap,
    Robots,
    ServiceWorker,
    /// `/icon.svg`: the icon of every page and of the offline shell.
    Icon,
    /// `/icon-<size>.png`: the square icons for installing (192 and 512).
    PngIcon(u32),
}

impl Route {
    pub fn page(lang: &str, kind: Kind) -> Route {
        Route::Page {
            lang: lang.to_string(),
            kind,
        }
    }

    pub fn home(lang: &str) -> Route {
        Route::page(lang, Kind::Home)
    }

    pub fn place(code: &str, lang: &str) -> Route {
        Route::Place {
            code: code.to_string(),
            lang: lang.to_string(),
        }
    }

    /// The URL path, as links and the service worker use it.
    pub fn url(&self) -> String {
        match self {
            Route::Chooser => "/".into(),
            Route::RootNotFound => format!("/{}", wil_dist::NOT_FOUND_PAGE),
            Route::RootOffline => format!("/{}", wil_dist::OFFLINE_PAGE),
            Route::Page { lang, kind } => match kind {
                Kind::Home => format!("/{lang}/"),
                Kind::Article(slug) => format!("/{lang}/{slug}/"),
                Kind::Help => format!("/{lang}/{HELP_SLUG}/"),
                Kind::Search => format!("/{lang}/search/"),
                Kind::Check => format!("/{lang}/{CHECK_SLUG}/"),
                Kind::Screening => format!("/{lang}/{SCREENING_SLUG}/"),
                Kind::ScreeningWith(person) => format!("/{lang}/{SCREENING_SLUG}/{person}/"),
                Kind::School => format!("/{lang}/{SCHOOL_SLUG}/"),
                Kind::Scenario(story) => format!("/{lang}/{SCHOOL_SLUG}/{story}/"),
                Kind::Quiz => format!("/{lang}/{SCHOOL_SLUG}/{QUIZ_SLUG}/"),
                Kind::SchoolPage(slug) => format!("/{lang}/{SCHOOL_SLUG}/{slug}/"),
                Kind::Presenter => format!("/{lang}/{SCHOOL_SLUG}/{PRESENT_SLUG}/"),
                Kind::Present(what) => format!("/{lang}/{SCHOOL_SLUG}/{PRESENT_SLUG}/{what}/"),
                Kind::Kit => format!("/{lang}/{KIT_SLUG}/"),
                Kind::NotFound => format!("/{lang}/{}", wil_dist::NOT_FOUND_PAGE),
                Kind::Offline => format!("/{lang}/{}", wil_dist::OFFLINE_PAGE),
            },
            Route::Manifest(lang) => format!("/{lang}/manifest.webmanifest"),
            Route::Pack(lang) => format!("/{lang}/pack.json"),
            Route::Qr(lang) => format!("/qr/{lang}.svg"),
            Route::PageQr(page) => match page.trim_matches('/') {
                "" => "/qr/index.svg".into(),
                path => format!("/qr/{path}.svg"),
            },
            Route::Preview(page) => match page.trim_matches('/') {
                "" => "/og/index.png".into(),
                path => format!("/og/{path}.png"),
            },
            Route::Card { lang, campaign } => format!("/cards/{lang}/{campaign}.png"),
            Route::Poster {
                place,
                lang,
                format,
            } => format!("/print/{place}/{lang}-{format}.pdf"),
            Route::Place { code, lang } => format!("{PLACE_PREFIX}{code}/{lang}/"),
            Route::Recording {
                lang,
                name,
                extension,
            } => format!("/audio/{lang}/{name}.{extension}"),
            Route::Sitemap => "/sitemap.xml".into(),
            Route::Robots => "/robots.txt".into(),
            Route::ServiceWorker => wil_dist::SERVICE_WORKER_URL.into(),
            Route::Icon => "/icon.svg".into(),
            Route::PngIcon(size) => format!("/icon-{size}.png"),
        }
    }

    /// The file inside dist/ that answers [`Route::url`].
    pub fn file(&self) -> String {
        wil_dist::file_for(&self.url())
    }

    /// The URL with a fragment: `/<lang>/help/#org-marta`.
    pub fn url_to(&self, fragment: &str) -> String {
        format!("{}#{fragment}", self.url())
    }
}

impl Site {
    /// The pages every language has, in the order they are built: home, the Markdown
    /// pages, help, search, the self-check, the screening aid and its page for each language
    /// of the person, the school section and its stories, then the two pages that are not
    /// indexed.
    pub fn kinds(&self) -> Vec<Kind> {
        let mut kinds = vec![Kind::Home];
        kinds.extend(
            self.pages
                .keys()
                .filter(|s| *s != HELP_SLUG && self.section_of(s).is_none())
                .map(|s| Kind::Article(s.clone())),
        );
        kinds.extend([Kind::Help, Kind::Search, Kind::Check, Kind::Screening]);
        kinds.extend(
            self.languages
                .iter()
                .map(|l| Kind::ScreeningWith(l.code.clone())),
        );
        if !self.school.scenarios.is_empty() {
            kinds.push(Kind::School);
            kinds.extend(
                self.school
                    .scenarios
                    .iter()
                    .map(|s| Kind::Scenario(s.id.clone())),
            );
            if !self.school.quiz.question.is_empty() {
                kinds.push(Kind::Quiz);
            }
            kinds.extend(
                self.pages
                    .keys()
                    .filter(|s| self.section_of(s) == Some(SCHOOL_SLUG))
                    .map(|s| Kind::SchoolPage(s.clone())),
            );
            kinds.push(Kind::Presenter);
            kinds.extend(self.presentable().map(Kind::Present));
        }
        if !self.campaigns.days.is_empty() {
            kinds.push(Kind::Kit);
        }
        kinds.extend([Kind::NotFound, Kind::Offline]);
        kinds
    }

    /// What "prepare this phone" stores for a professional reading `lang`: the screening
    /// aid with every language of the person, and the self-check in every language.
    pub fn screening_set(&self, lang: &str) -> Vec<Route> {
        let mut set = vec![Route::page(lang, Kind::Screening)];
        for l in &self.languages {
            set.push(Route::page(lang, Kind::ScreeningWith(l.code.clone())));
        }
        for l in &self.languages {
            set.push(Route::page(&l.code, Kind::Check));
        }
        set
    }

    /// What the classroom screen shows: every story, then the quiz (if there is one).
    pub fn presentable(&self) -> impl Iterator<Item = String> + '_ {
        let quiz = (!self.school.quiz.question.is_empty()).then(|| QUIZ_SLUG.to_string());
        self.school
            .scenarios
            .iter()
            .map(|s| s.id.clone())
            .chain(quiz)
    }

    /// The section page `slug` belongs to (its source-language page's `section`), if any.
    pub fn section_of(&self, slug: &str) -> Option<&str> {
        self.pages
            .get(slug)?
            .get(&self.config.source_language)?
            .section
            .as_deref()
    }

    /// The school section of `lang`: stored at once when one of its pages is visited.
    pub fn school_set(&self, lang: &str) -> Vec<Route> {
        self.pages_of(lang, Kind::in_school_set)
    }

    /// The classroom screen of `lang`: its list, and each story and the quiz on it.
    pub fn classroom_set(&self, lang: &str) -> Vec<Route> {
        self.pages_of(lang, Kind::in_classroom_set)
    }

    /// The pages of `lang` whose kind is `wanted`, in build order.
    fn pages_of(&self, lang: &str, wanted: fn(&Kind) -> bool) -> Vec<Route> {
        self.kinds()
            .into_iter()
            .filter(wanted)
            .map(|k| Route::page(lang, k))
            .collect()
    }

    /// The address of the recording of `name` in `lang`, if there is one.
    pub fn recording_url(&self, lang: &str, name: &str) -> Option<String> {
        self.recording(lang, name).map(|r| {
            Route::Recording {
                lang: r.lang.clone(),
                name: r.name.clone(),
                extension: r.extension.clone(),
            }
            .url()
        })
    }

    /// Every page a link may lead to: the chooser and each language's indexed pages.
    pub fn linkable_routes(&self) -> impl Iterator<Item = Route> + '_ {
        let kinds: Vec<Kind> = self.kinds().into_iter().filter(Kind::indexed).collect();
        std::iter::once(Route::Chooser).chain(
            self.languages
                .iter()
                .flat_map(move |l| kinds.clone().into_iter().map(|k| Route::page(&l.code, k))),
        )
    }

    /// True when `path` (a link in content, perhaps with a `#fragment`) leads to a page the
    /// build writes.
    pub fn is_route(&self, path: &str) -> bool {
        let path = path.split('#').next().unwrap_or("");
        self.linkable_routes().any(|r| r.url() == path)
    }
}
