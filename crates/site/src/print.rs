//! Posters and leaflets: for every place of content/places.toml and each of its languages,
//! an A4 and an A3 poster, an A3 poster for outdoors, a two-sided A6 leaflet, and an A4
//! poster in Latvian and the language. Each carries the place's QR code with its printed
//! address under it, the help numbers large, the three key messages of content/print.toml
//! and the language's name in its own script.
//!
//! The generator makes the data of each (a JSON file and a QR code as SVG) and the Typst
//! template that lays them out ([`TEMPLATE`]); the build tool runs Typst. A message that
//! does not fit its box makes Typst stop with [`DOES_NOT_FIT`], which [`typst_problem`]
//! turns into a problem at the message's file and line.

use std::collections::BTreeMap;

use anyhow::{bail, Result};
use serde_json::{json, Value};
use wil_content::{translation::Status, Place, Problem, Route, Site};

use crate::qr;
use crate::words::Words;

/// The Typst template every poster and leaflet is laid out with.
pub const TEMPLATE: &str = include_str!("poster.typ");

/// What the template panics with when a text is too long for its box or the page:
/// `wil-does-not-fit:<lang>:<message id>:<format>:<box or page>`.
pub const DOES_NOT_FIT: &str = "wil-does-not-fit";

/// A kind of print.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Format {
    /// In the file name: `rix/uz-a3.pdf`.
    pub name: &'static str,
    /// Typst's paper name.
    pub paper: &'static str,
    /// The page size in millimetres (portrait), for checking the PDF.
    pub size_mm: (f64, f64),
    /// Pages: a leaflet has two sides.
    pub pages: usize,
    /// The QR code's width in millimetres, quiet zone included. About a tenth of the
    /// distance it is read from: an A3 poster at an embassy is read from 1–1.5 m.
    pub qr_mm: u32,
    /// Error correction: M indoors, Q outdoors (rain, dirt, sun glare).
    pub outdoor: bool,
    /// Latvian beside the language.
    pub bilingual: bool,
}

pub const FORMATS: [Format; 5] = [
    Format {
        name: "a4",
        paper: "a4",
        size_mm: (210.0, 297.0),
        pages: 1,
        qr_mm: 80,
        outdoor: false,
        bilingual: false,
    },
    Format {
        name: "a3",
        paper: "a3",
        size_mm: (297.0, 420.0),
        pages: 1,
        qr_mm: 130,
        outdoor: false,
        bilingual: false,
    },
    Format {
        name: "a3-outdoor",
        paper: "a3",
        size_mm: (297.0, 420.0),
        pages: 1,
        qr_mm: 200,
        outdoor: true,
        bilingual: false,
    },
    Format {
        name: "a6",
        paper: "a6",
        size_mm: (105.0, 148.0),
        pages: 2,
        qr_mm: 50,
        outdoor: false,
        bilingual: false,
    },
    Format {
        name: "a4-lv",
        paper: "a4",
        size_mm: (210.0, 297.0),
        pages: 1,
        qr_mm: 70,
        outdoor: false,
        bilingual: true,
    },
];

/// One PDF to make.
#[derive(Debug, Clone)]
pub struct Poster {
    /// Relative path of the PDF: `<place>/<lang>-<format>.pdf`.
    pub file: String,
    pub place: String,
    pub lang: String,
    pub format: Format,
    /// The address the QR code holds (the full URL).
    pub url: String,
    /// The template's input, and where it goes in Typst's folder (beside [`TEMPLATE_FILE`]).
    pub data: String,
    pub data_file: String,
    /// The QR code the data names (`qr`), and where it goes.
    pub qr_svg: String,
    pub qr_file: String,
}

/// The template's name in Typst's folder; the data's paths are relative to that folder.
pub const TEMPLATE_FILE: &str = "poster.typ";

/// Every poster of `places` (all when empty) in `langs` (each place's own when empty).
/// Fails with every problem at once: a missing message, an unknown place or language.
pub fn posters(
    site: &Site,
    base: &str,
    places: &[String],
    langs: &[String],
) -> Result<Vec<Poster>, wil_content::Problems> {
    let base = base.trim_end_matches('/');
    let mut problems = wil_content::Problems::default();
    for code in places {
        if !site.places.places.iter().any(|p| &p.code == code) {
            problems.push(Problem::in_file(
                &site.places.file,
                format!("there is no place `{code}`"),
            ));
        }
    }
    for code in langs {
        if site.language(code).is_none() {
            problems.push(Problem::in_file(
                &site.root.join("content").join("languages.toml"),
                format!("there is no language `{code}`"),
            ));
        }
    }
    problems.0.extend(site.places.too_long(base));
    if !problems.is_empty() {
        return Err(problems);
    }
    let words = Words::new(site);
    let mut out = Vec::new();
    for place in &site.places.places {
        if !places.is_empty() && !places.contains(&place.code) {
            continue;
        }
        for lang in &place.languages {
            if !langs.is_empty() && !langs.contains(lang) {
                continue;
            }
            for format in formats_of(lang) {
                match poster(site, &words, base, place, lang, format) {
                    Ok(p) => out.push(p),
                    Err(e) => problems.push(Problem::in_file(&site.places.file, e.to_string())),
                }
            }
        }
    }
    words.finish()?;
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The formats printed in `lang`: every one, but Latvian beside Latvian says nothing twice.
fn formats_of(lang: &str) -> impl Iterator<Item = Format> + '_ {
    FORMATS
        .into_iter()
        .filter(move |f| !(f.bilingual && lang == "lv"))
}

/// The posters and leaflets in `lang` that the page for organisations offers: those of the
/// place content/campaigns.toml names, if it prints `lang`.
pub fn kit_posters(site: &Site, lang: &str) -> Vec<(Format, Route)> {
    let Some(code) = &site.campaigns.posters else {
        return Vec::new();
    };
    let prints = site
        .places
        .places
        .iter()
        .any(|p| &p.code == code && p.languages.iter().any(|l| l == lang));
    if !prints {
        return Vec::new();
    }
    formats_of(lang)
        .map(|format| {
            let route = Route::Poster {
                place: code.clone(),
                lang: lang.to_string(),
                format: format.name.to_string(),
            };
            (format, route)
        })
        .collect()
}

/// Every poster the page for organisations offers, in every language: its name as the
/// build tool lays it out (`ngo/uz-a4.pdf`, as [`Poster::file`]) and its address.
pub fn kit_files(site: &Site) -> Vec<(String, Route)> {
    site.languages
        .iter()
        .flat_map(|l| kit_posters(site, &l.code))
        .map(|(_, route)| match &route {
            Route::Poster {
                place,
                lang,
                format,
            } => (format!("{place}/{lang}-{format}.pdf"), route),
            _ => unreachable!("kit_posters makes poster routes"),
        })
        .collect()
}

/// The message that names a format on the page for organisations (locales/<lang>/kit.ftl).
pub fn label_id(format: Format) -> String {
    if format.bilingual {
        "kit-poster-bilingual".into()
    } else {
        format!("kit-poster-{}", format.name)
    }
}

/// The PDFs the site carries, from what the build tool laid out (`<place>/<lang>-<f>.pdf` →
/// bytes): every one the page for organisations links to, and nothing else. Fails naming
/// every missing or wrong file.
pub fn take(
    site: &Site,
    laid_out: &BTreeMap<String, Vec<u8>>,
) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut problems = Vec::new();
    let mut out = BTreeMap::new();
    for (made, route) in kit_files(site) {
        match laid_out.get(&made) {
            None => problems.push(format!(
                "the poster {made} that the page for organisations offers is missing (cargo xtask build lays it out with Typst)"
            )),
            Some(bytes) if !bytes.starts_with(b"%PDF-") => {
                problems.push(format!("the poster {made} is not a PDF"))
            }
            Some(bytes) => {
                out.insert(route.file(), bytes.clone());
            }
        }
    }
    let expected = out.len();
    if laid_out.len() > expected && problems.is_empty() {
        problems.push(format!(
            "{} poster(s) were laid out that no page offers",
            laid_out.len() - expected
        ));
    }
    if !problems.is_empty() {
        bail!(
            "{} poster problem(s):\n  {}",
            problems.len(),
            problems.join("\n  ")
        );
    }
    Ok(out)
}

fn poster(
    site: &Site,
    words: &Words,
    base: &str,
    place: &Place,
    lang: &str,
    format: Format,
) -> Result<Poster> {
    let path = Route::place(&place.code, lang).url();
    let url = format!("{base}{path}");
    let qr_svg = qr::qr_svg_with(&url, format.outdoor)?;
    let stem = format!("{}/{lang}-{}", place.code, format.name);
    let job = format!("jobs/{}-{lang}-{}", place.code, format.name);
    let qr_file = format!("{job}.svg");
    let mut data = json!({
        "format": format.name,
        "paper": format.paper,
        "pages": format.pages,
        "qr": format!("/{qr_file}"),
        "qr_mm": format.qr_mm,
        "address": wil_content::places::printed(base, &path),
        "text": texts(site, words, lang),
    });
    if format.bilingual {
        data["second"] = texts(site, words, "lv");
    }
    Ok(Poster {
        file: format!("{stem}.pdf"),
        place: place.code.clone(),
        lang: lang.to_string(),
        format,
        url,
        data: serde_json::to_string_pretty(&data)?,
        data_file: format!("{job}.json"),
        qr_svg,
        qr_file,
    })
}

/// Everything a poster says in one language.
fn texts(site: &Site, words: &Words, lang: &str) -> Value {
    let language = site.language(lang).expect("checked above");
    let print = &site.places.print;
    let get = |id: &str| words.get(lang, id, &[]);
    let ids = site.places.message_ids();
    let notice = notice_id(site, lang, &ids).map(get);
    json!({
        "lang": lang,
        "dir": language.dir,
        "fonts": print.fonts.get(&language.script).cloned().unwrap_or_default(),
        "language": language.name,
        "title": get("app-name"),
        "intro": get("home-intro"),
        "messages": print.messages.iter().map(|id| json!({ "id": id, "text": get(id) })).collect::<Vec<_>>(),
        "scan": get("print-scan"),
        "numbers": numbers(site, words, lang),
        "notice": notice,
    })
}

/// 112, then the help lines of content/print.toml, each with what to call it for in `lang`
/// and the name it answers with. Posters and link previews print them large.
pub(crate) fn numbers(site: &Site, words: &Words, lang: &str) -> Vec<Value> {
    let get = |id: &str| words.get(lang, id, &[]);
    let mut numbers = vec![json!({ "number": "112", "label": get("emergency"), "name": "" })];
    for id in &site.places.print.help {
        if let Some(org) = site.organisations.iter().find(|o| &o.id == id) {
            let phone = org.phones.first().map(|p| p.display.clone());
            numbers.push(json!({
                "number": phone.unwrap_or_default(),
                "label": get(&format!("print-{id}")),
                // The name the line answers with, as in help.toml (in Latvian first).
                "name": org.name.split(" (").next().unwrap_or(&org.name),
            }));
        }
    }
    numbers
}

/// The translation notice a poster carries: the worst status of its messages.
pub(crate) fn notice_id(site: &Site, lang: &str, ids: &[String]) -> Option<&'static str> {
    if lang == site.config.source_language {
        return None;
    }
    let statuses: Vec<Status> = ids.iter().map(|id| site.locales.status(lang, id)).collect();
    [
        (Status::Missing, "missing-notice"),
        (Status::Stale, "stale-notice"),
        (Status::Draft, "draft-notice"),
    ]
    .into_iter()
    .find(|(s, _)| statuses.contains(s))
    .map(|(_, id)| id)
}

/// A Typst error that says a text does not fit, as a problem at the message's file and
/// line; `None` for any other error.
pub fn typst_problem(site: &Site, error: &str) -> Option<Problem> {
    let at = error.find(DOES_NOT_FIT)?;
    let mut parts = error[at..].split(':').skip(1);
    let lang = parts.next()?;
    let id = parts.next()?;
    let format = parts.next()?;
    let what: String = parts
        .next()?
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    let message = if what == "page" {
        format!("the {format} poster in {lang} does not fit on its page: make `{id}`, its longest message, shorter")
    } else {
        format!("`{id}` does not fit its box on the {format} poster in {lang}: make it shorter")
    };
    Some(site.locales.problem(lang, id, message))
}
