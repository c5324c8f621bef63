//! The decoder must read back everything serde writes. Each value below is filled (every
//! Option `Some`, every Vec non-empty, every string different), so a misspelt or swapped key
//! in the decoder makes a field come out missing or wrong, and the comparison fails.

use super::*;

impl ParsedJson for serde_json::Value {
    fn field(&self, key: &str) -> Option<Self> {
        self.get(key).cloned()
    }
    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
    fn bool(&self) -> Option<bool> {
        self.as_bool()
    }
    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
    fn is_null(&self) -> bool {
        serde_json::Value::is_null(self)
    }
    fn first_key(&self) -> Option<String> {
        self.as_object()?.keys().next().cloned()
    }
}

fn s(text: &str) -> String {
    text.to_owned()
}

fn parts(text: &str) -> Vec<TextPart> {
    vec![
        TextPart {
            text: format!("{text} words"),
            ltr: false,
        },
        TextPart {
            text: format!("{text} number"),
            ltr: true,
        },
    ]
}

fn source(tag: &str) -> Source {
    Source {
        title: format!("{tag} source title"),
        url: format!("https://example.test/{tag}"),
    }
}

fn article(tag: &str) -> Article {
    Article {
        lang: format!("{tag}-lang"),
        notice: Some(Notice {
            text: format!("{tag} notice"),
            link_text: format!("{tag} link text"),
            link_href: format!("/{tag}/link/"),
            link_lang: format!("{tag}-link-lang"),
        }),
        icon: Some(format!("{tag}-icon")),
        title: format!("{tag} title"),
        summary: format!("{tag} summary"),
        html: format!("<p>{tag} html</p>"),
        checked: parts(&format!("{tag} checked")),
        sources: vec![source(&format!("{tag}-1")), source(&format!("{tag}-2"))],
    }
}

fn ui() -> Ui {
    Ui {
        app_name: s("app name"),
        skip_to_content: s("skip to content"),
        quick_exit: s("quick exit"),
        quick_exit_label: s("quick exit label"),
        languages: s("languages"),
        help: s("help"),
        emergency: s("emergency"),
        new_version: s("new version"),
        reload: s("reload"),
        sources: s("sources"),
        privacy_note: s("privacy note"),
        call: s("call"),
        hours: s("hours"),
        email: s("email"),
        address: s("address"),
        languages_spoken: s("languages spoken"),
        keep_all: s("keep all"),
        keep_all_working: s("keep all working"),
        keep_all_done: s("keep all done"),
        keep_all_failed: s("keep all failed"),
        search: s("search"),
        search_label: s("search label"),
        search_none: s("search none"),
    }
}

/// One body of every kind.
fn bodies() -> Vec<PageBody> {
    vec![
        PageBody::Languages {
            heading: s("languages heading"),
        },
        PageBody::Home {
            heading: s("home heading"),
            intro: s("home intro"),
            search_href: s("/lv/search/"),
            pages: vec![PageLink {
                icon: Some(s("page icon")),
                href: s("/page/"),
                title: s("page title"),
                summary: s("page summary"),
            }],
        },
        PageBody::Article(article("article")),
        PageBody::Help {
            article: article("help"),
            organisations: vec![Organisation {
                anchor: s("org-anchor"),
                name: s("org name"),
                about: parts("org about"),
                phones: vec![Phone {
                    display: s("+371 1234"),
                    tel: s("+3711234"),
                    label: s("phone label"),
                }],
                hours: parts("org hours"),
                email: s("org@example.test"),
                address: s("org address"),
                languages: s("org languages"),
                checked: parts("org checked"),
                source: source("org"),
            }],
        },
        PageBody::Search {
            heading: s("search heading"),
            entries: vec![SearchEntry {
                href: s("/entry/"),
                title: s("entry title"),
                summary: s("entry summary"),
                text: s("entry text"),
            }],
        },
        PageBody::NotFound {
            heading: s("not found heading"),
            text: s("not found text"),
            back: s("not found back"),
        },
    ]
}

fn page(body: PageBody) -> PageData {
    PageData {
        lang: s("page lang"),
        dir: Dir::Rtl,
        path: s("/page/path/"),
        home_href: s("/home/"),
        help_href: s("/help/"),
        ui: ui(),
        languages: vec![
            LanguageLink {
                code: s("ur"),
                name: s("ur name"),
                dir: Dir::Rtl,
                href: s("/ur/"),
                current: true,
                prompt: s("ur prompt"),
            },
            LanguageLink {
                code: s("lv"),
                name: s("lv name"),
                dir: Dir::Ltr,
                href: s("/lv/"),
                current: false,
                prompt: s("lv prompt"),
            },
        ],
        keep_all_size: s("keep all size"),
        body,
    }
}

#[test]
fn decoder_reads_back_every_key_serde_writes() {
    for body in bodies() {
        let data = page(body);
        let json = serde_json::to_value(&data).unwrap();
        assert_eq!(PageData::from_json(&json), Some(data));
    }
}

#[test]
fn none_and_empty_values_read_back_too() {
    let mut data = page(PageBody::Article(article("plain")));
    data.languages.clear();
    if let PageBody::Article(a) = &mut data.body {
        a.notice = None;
        a.icon = None;
    }
    let json = serde_json::to_value(&data).unwrap();
    assert_eq!(PageData::from_json(&json), Some(data));
}
