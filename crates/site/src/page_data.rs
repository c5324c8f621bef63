//! What each page shows: a [`PageData`] per route and language, filled from the checked
//! content and the Fluent messages. This is the API between the build and the browser: the
//! same value is rendered to HTML here and embedded as JSON for the WASM to hydrate from.

use std::collections::BTreeMap;

use wil_app::model::{
    AidBoth, AidQuestion, AidSign, AidWords, Article, CheckDimension, CheckLine, CheckQuestion,
    CheckWords, Dir, LanguageLink, ListenWords, Notice, Organisation, PageBody, PageData, PageLink,
    Pair, Phone, Prepare, ScreeningAid, ScreeningStart, SearchEntry, SelfCheck, Side, Source,
    TextPart, Ui,
};
use wil_content::routes::{CHECK_SLUG, SCHOOL_SLUG};
use wil_content::screening::{Answer, Grade};
use wil_content::translation::Status;
use wil_content::{Kind, Language, Lookup, Problem, Route, Site};

use crate::words::Words;

mod kit;
mod school;

/// Sizes that pages announce before a download, measured from a first rendering.
#[derive(Debug, Clone, Default)]
pub struct Sizes {
    /// "Keep every language": every language's pages, as the phone stores them ("250 KB").
    pub keep_all: String,
    /// "Prepare this phone", by the professional's language: what it downloads.
    pub screening: BTreeMap<String, String>,
    /// "Prepare for class", by language: what it downloads.
    pub school: BTreeMap<String, String>,
}

/// Fills page data for one build.
pub struct PageMaker<'a> {
    site: &'a Site,
    words: &'a Words<'a>,
    sizes: Sizes,
    /// The public origin, for the addresses QR codes on pages open.
    base: &'a str,
    /// Each language's interface strings, read once: every page of a language shows them.
    uis: BTreeMap<String, Ui>,
}

impl<'a> PageMaker<'a> {
    pub fn new(site: &'a Site, words: &'a Words<'a>, sizes: Sizes, base: &'a str) -> Self {
        let mut maker = PageMaker {
            site,
            words,
            sizes,
            base,
            uis: BTreeMap::new(),
        };
        maker.uis = site
            .languages
            .iter()
            .map(|l| (l.code.clone(), maker.read_ui(&l.code)))
            .collect();
        maker
    }

    /// The interface strings of `lang`.
    fn ui(&self, lang: &str) -> Ui {
        self.uis.get(lang).cloned().unwrap_or_default()
    }

    fn text(&self, lang: &str, id: &str) -> String {
        self.words.get(lang, id, &[])
    }

    /// The page `kind` of language `lang`.
    pub fn page(&self, lang: &str, kind: &Kind) -> PageData {
        let ui = self.ui(lang);
        let body = match kind {
            Kind::Home => PageBody::Home {
                heading: self.text(lang, "home-heading"),
                intro: self.text(lang, "home-intro"),
                search_href: Route::page(lang, Kind::Search).url(),
                pages: self
                    .site
                    .config
                    .home
                    .iter()
                    .filter_map(|slug| {
                        if let Some(link) = self.built_link(lang, slug) {
                            return Some(link);
                        }
                        let p = self.lookup(slug, lang)?.page();
                        Some(PageLink {
                            icon: icon_of(self.site, slug),
                            href: Route::page(lang, article_kind(self.site, slug)).url(),
                            title: p.title.clone(),
                            summary: p.summary.clone(),
                        })
                    })
                    .collect(),
            },
            Kind::Article(slug) | Kind::SchoolPage(slug) => match self.lookup(slug, lang) {
                Some(found) => PageBody::Article(self.article(lang, found)),
                None => self.missing_page(lang),
            },
            Kind::Help => match self.lookup(wil_content::routes::HELP_SLUG, lang) {
                Some(found) => PageBody::Help {
                    article: self.article(lang, found),
                    organisations: self.organisations(lang),
                },
                None => self.missing_page(lang),
            },
            Kind::Search => PageBody::Search {
                heading: self.text(lang, "search-title"),
                entries: self.search_entries(lang),
            },
            Kind::Check => PageBody::Article(self.check_article(lang)),
            Kind::Screening | Kind::ScreeningWith(_) => {
                PageBody::Article(self.screening_article(lang, kind))
            }
            Kind::School => PageBody::Article(self.school_article(lang)),
            Kind::Quiz => PageBody::Article(self.quiz_article(lang, false)),
            Kind::Scenario(id) => match self.site.school.scenarios.iter().find(|s| &s.id == id) {
                Some(scenario) => PageBody::Article(self.scenario_article(lang, scenario, false)),
                None => self.missing_page(lang),
            },
            Kind::Presenter => PageBody::Article(self.presenter_article(lang)),
            Kind::Present(id) if id == wil_content::routes::QUIZ_SLUG => {
                PageBody::Article(self.quiz_article(lang, true))
            }
            Kind::Present(id) => match self.site.school.scenarios.iter().find(|s| &s.id == id) {
                Some(scenario) => PageBody::Article(self.scenario_article(lang, scenario, true)),
                None => self.missing_page(lang),
            },
            Kind::Kit => PageBody::Article(self.kit_article(lang)),
            Kind::NotFound => PageBody::NotFound {
                heading: self.text(lang, "not-found-title"),
                text: self.text(lang, "not-found-text"),
                back: self.text(lang, "not-found-back"),
            },
            Kind::Offline => PageBody::NotFound {
                heading: self.text(lang, "offline-title"),
                text: self.text(lang, "offline-text"),
                back: self.text(lang, "not-found-back"),
            },
        };
        PageData {
            lang: lang.to_string(),
            dir: dir_of(self.site, lang),
            path: Route::page(lang, kind.clone()).url(),
            home_href: Route::home(lang).url(),
            help_href: Route::page(lang, Kind::Help).url(),
            languages: self.menu(lang, kind),
            keep_all_size: self.keep_all(lang),
            body,
            ui,
        }
    }

    /// `/`: every language by its own name, with "Continue in …" in that language.
    pub fn chooser(&self) -> PageData {
        let source = &self.site.config.source_language;
        PageData {
            lang: source.clone(),
            dir: dir_of(self.site, source),
            path: Route::Chooser.url(),
            home_href: Route::Chooser.url(),
            help_href: Route::page(source, Kind::Help).url(),
            languages: self.language_links(|l| LanguageLink {
                prompt: self.text(&l.code, "language-continue"),
                ..language_link(l, Route::home(&l.code))
            }),
            keep_all_size: self.keep_all(source),
            body: PageBody::Languages {
                heading: self.text(source, "choose-language"),
            },
            ui: self.ui(source),
        }
    }

    /// `/404.html` or `/offline.html`: the language's page, at the root's address.
    pub fn root_page(&self, kind: Kind, route: &Route) -> PageData {
        let mut data = self.page(&self.site.config.source_language, &kind);
        data.path = route.url();
        data
    }

    fn keep_all(&self, lang: &str) -> String {
        self.words
            .get(lang, "keep-all-size", &[("size", &self.sizes.keep_all)])
    }

    /// Every message of the source language that takes no variables, in `lang` (with
    /// fallback), read into [`Ui`]: a message the interface needs and nobody wrote is a
    /// problem, by name.
    fn read_ui(&self, lang: &str) -> Ui {
        let mut map = serde_json::Map::new();
        for id in self.site.locales.source_ids() {
            if let Ok(s) = self.site.locales.text(lang, &id, &[]) {
                map.insert(id, serde_json::Value::String(s));
            }
        }
        match serde_json::from_value(serde_json::Value::Object(map.clone())) {
            Ok(ui) => ui,
            Err(e) => {
                let folder = self
                    .site
                    .root
                    .join("locales")
                    .join(&self.site.config.source_language);
                self.words.report(Problem::in_file(
                    &folder,
                    format!("the interface needs a message without variables: {e}"),
                ));
                // A stand-in after the problem is reported; never written.
                Ui::default()
            }
        }
    }

    fn lookup(&self, slug: &str, lang: &str) -> Option<Lookup<'_>> {
        let found = self.site.page(slug, lang);
        if found.is_none() {
            self.words.report(Problem::in_file(
                &self.site.root.join("content").join("pages"),
                format!("page `{slug}` exists in no language of {lang}'s fallback chain"),
            ));
        }
        found
    }

    /// Stands in for a page the content check reported as missing; never written.
    fn missing_page(&self, lang: &str) -> PageBody {
        PageBody::NotFound {
            heading: self.text(lang, "not-found-title"),
            text: String::new(),
            back: String::new(),
        }
    }

    /// A link to every language, each made by `link`.
    fn language_links(&self, link: impl Fn(&Language) -> LanguageLink) -> Vec<LanguageLink> {
        self.site.languages.iter().map(link).collect()
    }

    /// The language menu of page `kind` in `lang`: the same page in every language (the
    /// 404 and offline pages offer each language's home page).
    fn menu(&self, lang: &str, kind: &Kind) -> Vec<LanguageLink> {
        self.language_links(|l| {
            let route = if kind.indexed() {
                Route::page(&l.code, kind.clone())
            } else {
                Route::home(&l.code)
            };
            LanguageLink {
                current: l.code == lang,
                ..language_link(l, route)
            }
        })
    }

    fn article(&self, lang: &str, found: Lookup<'_>) -> Article {
        let page = found.page();
        Article {
            lang: page.lang.clone(),
            notice: self.notice(lang, found),
            icon: icon_of(self.site, &page.slug),
            title: page.title.clone(),
            summary: page.summary.clone(),
            html: self.with_listen(lang, &page.lang, self.page_recordings(page), &page.html),
            checked: parts(
                &self
                    .words
                    .get(lang, "checked-on", &[("date", &page.checked)]),
            ),
            sources: page.sources.iter().map(source).collect(),
        }
    }

    /// The note on a page that is not a reviewed, current translation: draft, stale, or
    /// shown in a fallback language. Draft and stale pages link to the same page in the
    /// first language of the fallback chain that has it.
    fn notice(&self, lang: &str, found: Lookup<'_>) -> Option<Notice> {
        let page = found.page();
        let id = match found {
            Lookup::FellBack(_) => "missing-notice",
            Lookup::Own(_) => match self.site.page_status(&page.slug, lang) {
                Status::Draft => "draft-notice",
                Status::Stale => "stale-notice",
                Status::Reviewed | Status::Missing => return None,
            },
        };
        let mut notice = Notice {
            text: self.text(lang, id),
            link_text: String::new(),
            link_href: String::new(),
            link_lang: String::new(),
        };
        if let Lookup::Own(_) = found {
            if let Some(target) = self.fallback_with(&page.slug, lang) {
                let name = self
                    .site
                    .language(target)
                    .map(|l| l.name.clone())
                    .unwrap_or_default();
                notice.link_text = self
                    .words
                    .get(lang, "read-in-source", &[("language", &name)]);
                notice.link_href = Route::page(target, article_kind(self.site, &page.slug)).url();
                notice.link_lang = target.to_string();
            }
        }
        Some(notice)
    }

    /// The first language after `lang` in its fallback chain that has page `slug`.
    fn fallback_with(&self, slug: &str, lang: &str) -> Option<&str> {
        let chain = self
            .site
            .language(lang)
            .map(|l| l.fallback.as_slice())
            .unwrap_or_default();
        let by_lang = self.site.pages.get(slug)?;
        chain
            .iter()
            .chain(std::iter::once(&self.site.config.source_language))
            .find(|code| by_lang.contains_key(*code))
            .map(String::as_str)
    }

    fn organisations(&self, lang: &str) -> Vec<Organisation> {
        self.site
            .organisations
            .iter()
            .map(|o| {
                let words = |part: &str| self.text(lang, &format!("org-{}-{part}", o.id));
                Organisation {
                    anchor: org_anchor(&o.id),
                    name: o.name.clone(),
                    about: parts(&words("about")),
                    hours: parts(&words("hours")),
                    languages: words("languages"),
                    phones: o
                        .phones
                        .iter()
                        .map(|p| Phone {
                            display: p.display.clone(),
                            tel: p.tel(),
                            label: p
                                .label_message(&o.id)
                                .map(|m| self.text(lang, &m))
                                .unwrap_or_default(),
                        })
                        .collect(),
                    email: o.email.clone(),
                    address: o.address.clone(),
                    checked: parts(&self.words.get(
                        lang,
                        "checked-on",
                        &[("date", &o.checked.to_string())],
                    )),
                    source: source(&o.source),
                }
            })
            .collect()
    }

    /// The offline search index of one language: every page on the home page, then every
    /// help organisation (linking to its card on the help page).
    fn search_entries(&self, lang: &str) -> Vec<SearchEntry> {
        use wil_app::search::normalize;
        let mut entries = Vec::new();
        for slug in &self.site.config.home {
            if let Some(PageLink {
                href,
                title,
                summary,
                ..
            }) = self.built_link(lang, slug)
            {
                entries.push(SearchEntry {
                    href,
                    text: normalize(&format!("{title} {summary}")),
                    title,
                    summary,
                });
                continue;
            }
            let Some(found) = self.lookup(slug, lang) else {
                continue;
            };
            let p = found.page();
            entries.push(SearchEntry {
                href: Route::page(lang, article_kind(self.site, slug)).url(),
                title: p.title.clone(),
                summary: p.summary.clone(),
                text: normalize(&format!("{} {} {}", p.title, p.summary, p.plain_text)),
            });
        }
        for o in &self.site.organisations {
            let about = self.text(lang, &format!("org-{}-about", o.id));
            let phones: Vec<&str> = o.phones.iter().map(|p| p.display.as_str()).collect();
            entries.push(SearchEntry {
                href: Route::page(lang, Kind::Help).url_to(&org_anchor(&o.id)),
                title: o.name.clone(),
                summary: about.clone(),
                text: normalize(&format!("{} {} {}", o.name, about, phones.join(" "))),
            });
        }
        entries
    }
}

impl PageMaker<'_> {
    /// `/<lang>/check/`: an article whose text is the self-check's screens, with the
    /// indicators' source and the date they were checked.
    fn check_article(&self, lang: &str) -> Article {
        let screening = &self.site.screening;
        let checked = screening.checked.map(|d| d.to_string()).unwrap_or_default();
        Article {
            lang: lang.to_string(),
            notice: self.messages_notice(lang, &check_message_ids(screening), Kind::Check),
            icon: Some(CHECK_SLUG.to_string()),
            title: self.text(lang, "check-title"),
            summary: self.text(lang, "check-summary"),
            html: self.with_listen(
                lang,
                lang,
                Vec::new(),
                &crate::document::fragment::self_check(self.self_check(lang)),
            ),
            checked: parts(&self.words.get(lang, "checked-on", &[("date", &checked)])),
            sources: screening.source.iter().map(source).collect(),
        }
    }

    /// The card of a home-page entry that is built from data, not a page: the self-check
    /// (`check`) and the school section (`school`).
    fn built_link(&self, lang: &str, slug: &str) -> Option<PageLink> {
        match slug {
            CHECK_SLUG => Some(self.check_link(lang)),
            SCHOOL_SLUG => Some(self.school_link(lang)),
            _ => None,
        }
    }

    /// The self-check's card on the home page (site.toml lists it as `check`) and its
    /// search entry.
    fn check_link(&self, lang: &str) -> PageLink {
        PageLink {
            icon: Some(CHECK_SLUG.to_string()),
            href: Route::page(lang, Kind::Check).url(),
            title: self.text(lang, "check-title"),
            summary: self.text(lang, "check-summary"),
        }
    }

    /// "Question 4 of 19" for every question, in `lang`.
    fn progress(&self, lang: &str) -> Vec<String> {
        let count = self.site.screening.question.len();
        let total = count.to_string();
        (1..=count)
            .map(|n| {
                self.words.get(
                    lang,
                    "check-progress",
                    &[("n", &n.to_string()), ("total", &total)],
                )
            })
            .collect()
    }

    /// The self-check of `lang`: content/screening.toml in that language's words.
    fn self_check(&self, lang: &str) -> SelfCheck {
        let screening = &self.site.screening;
        let t = |id: &str| self.text(lang, id);
        let words = CheckWords {
            intro: t("check-intro"),
            private: t("check-private"),
            list_intro: t("check-list-intro"),
            start: t("check-start"),
            yes: t("check-yes"),
            no: t("check-no"),
            not_sure: t("check-not-sure"),
            back: t("check-back"),
            result_title: t("check-result-title"),
            result_signs: t("check-result-signs"),
            result_none: t("check-result-none"),
            result_unsure: t("check-result-unsure"),
            not_legal: t("check-not-legal"),
            next_step: t("check-next-step"),
            start_again: t("check-start-again"),
            danger: t("check-danger"),
        };
        let progress = self.progress(lang);
        let questions = screening
            .question
            .iter()
            .map(|q| CheckQuestion {
                text: t(&format!("check-q-{}", q.id)),
                sign: t(&format!("check-sign-{}", q.id)),
                sign_if_yes: q.sign_when == Answer::Yes,
                dimension: q.dimension.clone(),
                grade: q.grade.as_str().to_string(),
                audio: self.site.recording_url(lang, &format!("check-q-{}", q.id)),
            })
            .collect();
        let dimensions = screening
            .dimension
            .iter()
            .map(|d| CheckDimension {
                id: d.id.clone(),
                meaning: t(&format!("check-dim-{}", d.id)),
            })
            .collect();
        // Each organisation once, in the order the file first names it, with its first
        // (main) line.
        let mut org_ids: Vec<&String> = Vec::new();
        for id in screening.help_ids() {
            if !org_ids.contains(&id) {
                org_ids.push(id);
            }
        }
        let lines = org_ids
            .into_iter()
            .filter_map(|id| {
                Some(CheckLine {
                    dimensions: screening
                        .dimension
                        .iter()
                        .filter(|d| d.help.contains(id))
                        .map(|d| d.id.clone())
                        .collect(),
                    general: screening.general_help.contains(id),
                    ..self.main_line(id)?
                })
            })
            .collect();
        SelfCheck {
            words,
            progress,
            questions,
            dimensions,
            lines,
        }
    }

    /// An article's text with "Listen" before it: the buttons in the page's language `lang`,
    /// reading in `text_lang` (the text's, which may be a fallback's).
    fn with_listen(
        &self,
        lang: &str,
        text_lang: &str,
        recordings: Vec<String>,
        html: &str,
    ) -> String {
        let t = |id: &str| self.text(lang, id);
        let words = ListenWords {
            listen: t("listen"),
            pause: t("listen-pause"),
            resume: t("listen-resume"),
            stop: t("listen-stop"),
        };
        crate::document::fragment::listen(text_lang.to_string(), recordings, words) + html
    }

    /// A page's recordings, one per section: all of them, or none (a reading that is half
    /// recordings, half a voice, or that skips sections, would confuse).
    fn page_recordings(&self, page: &wil_content::Page) -> Vec<String> {
        let sections = wil_content::audio::sections(&page.html);
        (1..=sections)
            .map(|n| {
                self.site
                    .recording_url(&page.lang, &format!("{}-{n}", page.slug))
            })
            .collect::<Option<Vec<_>>>()
            .unwrap_or_default()
    }

    /// The main (first) line of help organisation `id`, always shown.
    fn main_line(&self, id: &str) -> Option<CheckLine> {
        let org = self.site.organisations.iter().find(|o| o.id == id)?;
        let phone = org.phones.first()?;
        Some(CheckLine {
            name: org.name.clone(),
            phone: Phone {
                display: phone.display.clone(),
                tel: phone.tel(),
                label: String::new(),
            },
            dimensions: Vec::new(),
            general: false,
        })
    }

    /// `/<lang>/screening/` (choose the person's language) or
    /// `/<lang>/screening/<person>/` (the questions in both languages): an article with the
    /// indicators' source and the referral steps' sources.
    fn screening_article(&self, lang: &str, kind: &Kind) -> Article {
        let screening = &self.site.screening;
        let checked = screening.checked.map(|d| d.to_string()).unwrap_or_default();
        let ids = screening_message_ids(self.site);
        let (title, html) = match kind {
            Kind::ScreeningWith(person) => {
                let name = self
                    .site
                    .language(person)
                    .map(|l| l.name.clone())
                    .unwrap_or_default();
                (
                    self.words
                        .get(lang, "screening-pair-title", &[("language", &name)]),
                    crate::document::fragment::screening(self.screening_aid(lang, person, &ids)),
                )
            }
            _ => (
                self.text(lang, "screening-title"),
                crate::document::fragment::screening_start(ScreeningStart {
                    intro: self.text(lang, "screening-intro"),
                    private: self.text(lang, "screening-private"),
                    not_verdict: self.text(lang, "screening-not-verdict"),
                    choose: self.text(lang, "screening-choose"),
                    languages: self.language_links(|l| {
                        language_link(l, Route::page(lang, Kind::ScreeningWith(l.code.clone())))
                    }),
                    prepare: self.prepare(lang, false),
                }),
            ),
        };
        Article {
            lang: lang.to_string(),
            notice: self.messages_notice(lang, &ids, kind.clone()),
            icon: Some(CHECK_SLUG.to_string()),
            title,
            summary: self.text(lang, "screening-summary"),
            html: self.with_listen(lang, lang, Vec::new(), &html),
            checked: parts(&self.words.get(lang, "checked-on", &[("date", &checked)])),
            sources: screening
                .source
                .iter()
                .chain(&screening.referral.sources)
                .map(source)
                .collect(),
        }
    }

    /// "Prepare this phone" on `/<lang>/screening/`, or (`school`) "prepare for class" on
    /// `/<lang>/school/`: the words are `screening-prepare*` or `school-prepare*`.
    fn prepare(&self, lang: &str, school: bool) -> Prepare {
        let (words, sizes, set) = if school {
            (
                "school-prepare",
                &self.sizes.school,
                self.site.school_set(lang),
            )
        } else {
            (
                "screening-prepare",
                &self.sizes.screening,
                self.site.screening_set(lang),
            )
        };
        let size = sizes.get(lang).cloned().unwrap_or_default();
        let t = |id: &str| self.text(lang, id);
        Prepare {
            lang: lang.to_string(),
            school,
            title: t(&format!("{words}-title")),
            about: self
                .words
                .get(lang, &format!("{words}-about"), &[("size", &size)]),
            button: t(words),
            working: t("keep-all-working"),
            done: t(&format!("{words}-done")),
            failed: t("keep-all-failed"),
            total: set.len(),
        }
    }

    /// The aid for a professional reading `lang` and a person reading `person`.
    fn screening_aid(&self, lang: &str, person: &str, ids: &[String]) -> ScreeningAid {
        let screening = &self.site.screening;
        let same = person == lang;
        let t = |id: &str| self.text(lang, id);
        let pair = |id: &str| Pair {
            mine: t(id),
            theirs: if same {
                String::new()
            } else {
                self.text(person, id)
            },
        };
        let grade = |g: Grade| {
            let word = g.as_str();
            (word.to_string(), t(&format!("screening-grade-{word}")))
        };
        let sign = |text: String, dimension: &str, g: Grade| {
            let (grade, grade_name) = grade(g);
            AidSign {
                text,
                dimension: dimension.to_string(),
                grade,
                grade_name,
            }
        };
        let dimensions = screening.dimension.len().to_string();
        let referral = &screening.referral;
        ScreeningAid {
            person: (!same).then(|| Side {
                lang: person.to_string(),
                dir: dir_of(self.site, person),
            }),
            person_notice: if same {
                String::new()
            } else {
                self.messages_notice(person, ids, Kind::ScreeningWith(person.to_string()))
                    .map(|n| n.text)
                    .unwrap_or_default()
            },
            words: AidWords {
                give_phone: t("screening-give-phone"),
                list_intro: t("screening-list-intro"),
                not_verdict: t("screening-not-verdict"),
                observed_title: t("screening-observed-title"),
                observed_intro: t("screening-observed-intro"),
                summary_title: t("screening-summary-title"),
                rule: t("screening-rule"),
                none: t("screening-none"),
                dimension_met: t("screening-dimension-met"),
                dimension_below: t("screening-dimension-below"),
                answer: t("screening-answer"),
                observed_sign: t("screening-observed-sign"),
                unsure: t("screening-unsure"),
                refer_title: t("screening-refer-title"),
                refer_both: t("screening-refer-both"),
                refer_first: t("screening-refer-first"),
                refer_identify: t("screening-refer-identify"),
                notes: t("screening-notes"),
                print: t("screening-print"),
                erase: t("screening-erase"),
            },
            both: AidBoth {
                opening_who: pair("screening-opening-who"),
                opening_stop: pair("screening-opening-stop"),
                opening_private: pair("screening-opening-private"),
                opening_how: pair("screening-opening-how"),
                begin: pair("screening-begin"),
                next: pair("screening-next"),
                yes: pair("check-yes"),
                no: pair("check-no"),
                not_sure: pair("check-not-sure"),
                back: pair("check-back"),
                closing_thanks: pair("screening-closing-thanks"),
                closing_give_back: pair("screening-closing-give-back"),
                expect_title: pair("screening-expect-title"),
                expect_inform: pair("screening-expect-inform"),
                expect_service: pair("screening-expect-service"),
                expect_no_police: pair("screening-expect-no-police"),
                expect_decide: pair("screening-expect-decide"),
            },
            progress: self.progress(lang),
            questions: screening
                .question
                .iter()
                .map(|q| {
                    let id = format!("check-q-{}", q.id);
                    AidQuestion {
                        sign: sign(t(&id), &q.dimension, q.grade),
                        text: pair(&id),
                        sign_if_yes: q.sign_when == Answer::Yes,
                        audio: self.site.recording_url(person, &id),
                    }
                })
                .collect(),
            observed: screening
                .observed
                .iter()
                .map(|o| {
                    sign(
                        t(&format!("check-observed-{}", o.id)),
                        &o.dimension,
                        o.grade,
                    )
                })
                .collect(),
            dimensions: screening
                .dimension
                .iter()
                .map(|d| (d.id.clone(), t(&format!("screening-dim-{}", d.id))))
                .collect(),
            met: (0..=screening.dimension.len())
                .map(|n| {
                    self.words.get(
                        lang,
                        "screening-met",
                        &[("n", &n.to_string()), ("total", &dimensions)],
                    )
                })
                .collect(),
            // The providers first: the person may call them; then the police.
            lines: referral
                .providers
                .iter()
                .chain(std::iter::once(&referral.police))
                .filter_map(|id| self.main_line(id))
                .collect(),
        }
    }

    /// The note on a page made of messages (not of a Markdown page): not translated (some
    /// shown in a fallback), stale, or a draft, with a link to the source language's page.
    fn messages_notice(&self, lang: &str, ids: &[String], kind: Kind) -> Option<Notice> {
        let source = &self.site.config.source_language;
        if lang == source {
            return None;
        }
        let statuses: Vec<Status> = ids
            .iter()
            .map(|id| self.site.locales.status(lang, id))
            .collect();
        let id = if statuses.contains(&Status::Missing) {
            "missing-notice"
        } else if statuses.contains(&Status::Stale) {
            "stale-notice"
        } else if statuses.contains(&Status::Draft) {
            "draft-notice"
        } else {
            return None;
        };
        let name = self
            .site
            .language(source)
            .map(|l| l.name.clone())
            .unwrap_or_default();
        Some(Notice {
            text: self.text(lang, id),
            link_text: self
                .words
                .get(lang, "read-in-source", &[("language", &name)]),
            link_href: Route::page(source, kind).url(),
            link_lang: source.clone(),
        })
    }
}

/// Every message the self-check shows: its fixed words and those of content/screening.toml.
fn check_message_ids(screening: &wil_content::Screening) -> Vec<String> {
    let fixed = [
        "check-title",
        "check-summary",
        "check-intro",
        "check-private",
        "check-list-intro",
        "check-start",
        "check-yes",
        "check-no",
        "check-not-sure",
        "check-back",
        "check-progress",
        "check-result-title",
        "check-result-signs",
        "check-result-none",
        "check-result-unsure",
        "check-not-legal",
        "check-next-step",
        "check-start-again",
        "check-danger",
    ];
    fixed
        .iter()
        .map(|s| s.to_string())
        .chain(screening.message_ids())
        .collect()
}

/// Every message the screening aid shows: its own (`screening-*`, in the source language's
/// files), the self-check's that it shares, and those of content/screening.toml.
fn screening_message_ids(site: &Site) -> Vec<String> {
    let shared = [
        "check-yes",
        "check-no",
        "check-not-sure",
        "check-back",
        "check-progress",
    ];
    site.locales
        .source_ids()
        .into_iter()
        .filter(|id| id.starts_with("screening-"))
        .chain(shared.iter().map(|s| s.to_string()))
        .chain(site.screening.message_ids())
        .collect()
}

/// A source as pages show it.
fn source(s: &wil_content::SourceRef) -> Source {
    Source {
        title: s.title.clone(),
        url: s.url.clone(),
    }
}

/// The help card's anchor: the page's search results link to `/<lang>/help/#org-<id>`.
fn org_anchor(id: &str) -> String {
    format!("org-{id}")
}

/// A plain link to `route` in language `l`.
fn language_link(l: &Language, route: Route) -> LanguageLink {
    LanguageLink {
        code: l.code.clone(),
        name: l.name.clone(),
        dir: Dir::parse(&l.dir).unwrap_or_default(),
        href: route.url(),
        current: false,
        prompt: String::new(),
    }
}

/// The route of the page with `slug`: the help page is the help directory; a school page is
/// in the school section.
fn article_kind(site: &Site, slug: &str) -> Kind {
    if site.section_of(slug).is_some() {
        Kind::SchoolPage(slug.to_string())
    } else if slug == wil_content::routes::HELP_SLUG {
        Kind::Help
    } else {
        Kind::Article(slug.to_string())
    }
}

/// A page's icon is the source page's: it belongs to the page, not to a translation.
fn icon_of(site: &Site, slug: &str) -> Option<String> {
    site.page(slug, &site.config.source_language)
        .and_then(|found| found.page().icon.clone())
}

/// wil-content has checked that every language's `dir` is one of the two words.
fn dir_of(site: &Site, lang: &str) -> Dir {
    site.language(lang)
        .and_then(|l| Dir::parse(&l.dir))
        .unwrap_or_default()
}

/// Text cut so that its numbers stay left-to-right in right-to-left languages.
pub fn parts(text: &str) -> Vec<TextPart> {
    wil_content::bidi::split(text)
        .into_iter()
        .map(|(text, ltr)| TextPart { text, ltr })
        .collect()
}
