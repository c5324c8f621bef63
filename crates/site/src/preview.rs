//! Link previews: the picture a social network or messenger shows when someone shares a
//! page (OpenGraph `og:image`). Every indexed page has its own, 1200×630, in the page's
//! language and script: the app's name, the language's name in its own script, the page's
//! title and summary, the draft notice when the translation is one, and 112 with the
//! trafficking help line large. The chooser's shows every language's name instead.
//!
//! As with posters ([`crate::print`]), the generator makes each picture's data and the
//! Typst template ([`TEMPLATE`]); the build tool runs Typst and hands the PNGs back in
//! [`crate::Inputs::previews`], which [`check_png`] checks before the site takes them.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{bail, Result};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use wil_app::model::{PageBody, PageData};
use wil_content::{Problem, Problems, Route, Site};

use crate::document::Head;
use crate::page_data::{PageMaker, Sizes};
use crate::words::Words;

/// The Typst template every preview is laid out with.
pub const TEMPLATE: &str = include_str!("preview.typ");
/// Its name in Typst's folder; the data's paths are relative to that folder.
pub const TEMPLATE_FILE: &str = "preview.typ";

/// The size networks show without cropping (Facebook, LinkedIn, X, Telegram, WhatsApp).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// Well under what networks accept (WhatsApp drops a preview over about 300 KB), and
/// small for whoever's phone fetches it with the link.
pub const MAX_BYTES: usize = 200 * 1024;

/// What the template panics with when a page's words do not fit:
/// `wil-does-not-fit:<lang>:<page path>:preview:<title or numbers>`.
const DOES_NOT_FIT: &str = "wil-does-not-fit";

/// One picture to make.
#[derive(Debug, Clone)]
pub struct Preview {
    /// The page's URL path: `/uz/pay/`.
    pub page: String,
    /// The picture's path inside dist/: `og/uz/pay.png`.
    pub file: String,
    pub lang: String,
    /// The template's input, and where it goes in Typst's folder.
    pub data: String,
    pub data_file: String,
    /// Where a writer shortens the words when they do not fit: the page's Markdown file,
    /// or the language's folder of messages.
    pub source: PathBuf,
}

impl Preview {
    /// Changes when the picture would: its data or the template. The build keeps the
    /// pictures it made under this name and draws only the ones that changed.
    pub fn cache_key(&self) -> String {
        let mut hash = Sha256::new();
        hash.update(TEMPLATE.as_bytes());
        hash.update([0]);
        hash.update(self.data.as_bytes());
        hash.finalize()[..12]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// Every indexed page's preview, for the site at `base`. Fails with every problem at once:
/// a missing message, a script with no fonts in content/print.toml.
pub fn previews(site: &Site, base: &str) -> Result<Vec<Preview>, Problems> {
    let base = base.trim_end_matches('/');
    let words = Words::new(site);
    let maker = PageMaker::new(site, &words, Sizes::default(), base);
    let mut out = Vec::new();
    let mut problems = Problems::default();
    for (route, data) in crate::pages::all_pages(site, &maker) {
        let head = Head::new(site, &words, &data, &route, base);
        if head.canonical.is_none() {
            continue;
        }
        match preview(site, &words, &route, &data, &head) {
            Ok(p) => out.push(p),
            Err(problem) => {
                if !problems.0.contains(&problem) {
                    problems.push(problem);
                }
            }
        }
    }
    for lang in &site.languages {
        for day in &site.campaigns.days {
            match card(site, &words, base, &lang.code, &day.id) {
                Ok(p) => out.push(p),
                Err(problem) => problems.push(problem),
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

/// The families content/print.toml names for `lang`'s script, then those of every other
/// script the site is written in: a page may name another language in its own script (the
/// screening aid's pairs, the chooser), and Typst takes each letter from the first family
/// that has it.
fn fonts_of(site: &Site, lang: &str) -> Result<Vec<String>, Problem> {
    let fonts = &site.places.print.fonts;
    let script_fonts = |code: &str| {
        let language = site.language(code).expect("a page's language is listed");
        fonts.get(&language.script).ok_or_else(|| {
            Problem::in_file(
                &site.places.print.file,
                format!(
                    "no fonts for the script {} of `{code}`: link previews and posters need them",
                    language.script
                ),
            )
        })
    };
    let mut out: Vec<String> = script_fonts(lang)?.clone();
    for l in &site.languages {
        for family in script_fonts(&l.code)? {
            if !out.contains(family) {
                out.push(family.clone());
            }
        }
    }
    Ok(out)
}

fn preview(
    site: &Site,
    words: &Words,
    route: &Route,
    data: &PageData,
    head: &Head,
) -> Result<Preview, Problem> {
    let lang = data.lang.as_str();
    let language = site.language(lang).expect("a page's language is listed");
    let page = route.url();
    let file = Route::Preview(page.clone()).file();
    let chooser = *route == Route::Chooser;
    // The chooser speaks every language: its picture lists them, each in its own script.
    let languages = if chooser {
        site.languages
            .iter()
            .map(|l| {
                Ok(json!({
                    "lang": l.code, "dir": l.dir, "name": l.name,
                    "fonts": fonts_of(site, &l.code)?,
                }))
            })
            .collect::<Result<Vec<Value>, Problem>>()?
    } else {
        Vec::new()
    };
    // 112 and the first help line of content/print.toml: a second line's words do not fit
    // a preview's band in every language.
    let numbers: Vec<Value> = crate::print::numbers(site, words, lang)
        .into_iter()
        .take(2)
        .collect();
    let data_json = json!({
        "path": page,
        "lang": lang,
        "dir": language.dir,
        "fonts": fonts_of(site, lang)?,
        "app": data.ui.app_name,
        // The language's name on its pill; the chooser is in every language at once.
        "language": if chooser { String::new() } else { language.name.clone() },
        "title": head.heading,
        "summary": head.description,
        "address": "",
        "notice": notice(site, words, data),
        "numbers": numbers,
        "languages": languages,
    });
    let source = match route {
        Route::Page {
            kind: wil_content::Kind::Article(slug),
            ..
        } => site
            .pages
            .get(slug)
            .and_then(|by_lang| by_lang.get(lang))
            .map(|p| p.file.clone()),
        _ => None,
    }
    .unwrap_or_else(|| site.root.join("locales").join(lang));
    let stem = page.trim_matches('/').replace('/', "-");
    let stem = if stem.is_empty() {
        "index".into()
    } else {
        stem
    };
    Ok(Preview {
        page,
        file,
        lang: lang.to_string(),
        data: serde_json::to_string_pretty(&data_json).expect("plain JSON"),
        data_file: format!("jobs/{stem}.json"),
        source,
    })
}

/// What a campaign card says in one language: the day, what the app is for, and the
/// app's address in that language (a card is often shared as a picture alone).
pub struct CardWords {
    pub day: String,
    pub message: String,
    pub address: String,
}

impl CardWords {
    /// The card in words, for its `alt`.
    pub fn alt(&self) -> String {
        format!("{}. {} {}", self.day, self.message, self.address)
    }
}

pub fn card_words(words: &Words, base: &str, lang: &str, campaign: &str) -> CardWords {
    CardWords {
        day: words.get(lang, &format!("campaign-{campaign}"), &[]),
        message: words.get(lang, "campaign-card", &[]),
        address: wil_content::places::printed(base, &Route::home(lang).url()),
    }
}

/// Every campaign card the site carries: each day of content/campaigns.toml in each
/// language.
pub fn card_routes(site: &Site) -> Vec<Route> {
    site.languages
        .iter()
        .flat_map(|l| {
            site.campaigns.days.iter().map(|d| Route::Card {
                lang: l.code.clone(),
                campaign: d.id.clone(),
            })
        })
        .collect()
}

/// A campaign day's card in `lang`: laid out as a link preview, with the day for a title
/// and the app's address under the message.
fn card(
    site: &Site,
    words: &Words,
    base: &str,
    lang: &str,
    campaign: &str,
) -> Result<Preview, Problem> {
    let language = site.language(lang).expect("a listed language");
    let route = Route::Card {
        lang: lang.to_string(),
        campaign: campaign.to_string(),
    };
    let card = card_words(words, base, lang, campaign);
    let mut ids = site.campaigns.message_ids();
    ids.push("app-name".into());
    let notice = crate::print::notice_id(site, lang, &ids).map(|id| words.get(lang, id, &[]));
    let numbers: Vec<Value> = crate::print::numbers(site, words, lang)
        .into_iter()
        .take(2)
        .collect();
    // The path a problem names: the card's address without its extension.
    let page = route.url().trim_end_matches(".png").to_string();
    let data = json!({
        "path": page,
        "lang": lang,
        "dir": language.dir,
        "fonts": fonts_of(site, lang)?,
        "app": words.get(lang, "app-name", &[]),
        "language": language.name,
        "title": card.day,
        "summary": card.message,
        "address": card.address,
        "notice": notice,
        "numbers": numbers,
        "languages": [],
    });
    Ok(Preview {
        file: route.file(),
        lang: lang.to_string(),
        data: serde_json::to_string_pretty(&data).expect("plain JSON"),
        data_file: format!("jobs/card-{lang}-{campaign}.json"),
        source: site.root.join("locales").join(lang).join("kit.ftl"),
        page,
    })
}

/// The translation notice a preview carries: the article's own, or for a page made of
/// messages (home, search) the worst status of the messages the picture shows.
fn notice(site: &Site, words: &Words, data: &PageData) -> Option<String> {
    match &data.body {
        PageBody::Article(a) | PageBody::Help { article: a, .. } => {
            a.notice.as_ref().map(|n| n.text.clone())
        }
        PageBody::Languages { .. } => None,
        _ => {
            let ids = ["app-name", "home-intro", "search-summary"].map(String::from);
            crate::print::notice_id(site, &data.lang, &ids).map(|id| words.get(&data.lang, id, &[]))
        }
    }
}

/// A Typst error that says a page's words do not fit its preview, as a problem at the file
/// where they are written; `None` for any other error.
pub fn typst_problem(previews: &[Preview], error: &str) -> Option<Problem> {
    let at = error.find(DOES_NOT_FIT)?;
    let mut parts = error[at..].split(':').skip(2);
    let page = parts.next()?;
    let preview = previews.iter().find(|p| p.page == page)?;
    let what: String = parts
        .nth(1)?
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    let message = if what == "numbers" {
        format!("the help lines' labels do not fit the link preview of {page}: shorten `emergency` or the `print-…` label of the first help line")
    } else {
        format!("the title and summary of {page} do not fit its link preview even at the smallest size: shorten them")
    };
    Some(Problem::in_file(&preview.source, message))
}

/// A picture the site may carry as a preview: a PNG of exactly [`WIDTH`]×[`HEIGHT`],
/// smaller than [`MAX_BYTES`].
pub fn check_png(file: &str, bytes: &[u8]) -> Result<()> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.len() < 24 || &bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
        bail!("the link preview {file} is not a PNG");
    }
    let number = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    let (width, height) = (number(16), number(20));
    if (width, height) != (WIDTH, HEIGHT) {
        bail!("the link preview {file} is {width}×{height}, not {WIDTH}×{HEIGHT}");
    }
    if bytes.len() >= MAX_BYTES {
        bail!(
            "the link preview {file} is {} KB: networks and cheap phones need it under {} KB",
            bytes.len() / 1024,
            MAX_BYTES / 1024
        );
    }
    Ok(())
}

/// The site's previews from what the build tool drew: every indexed page's and every
/// campaign card ([`card_routes`]), checked, and nothing else. Fails naming every missing
/// or wrong picture.
pub fn take(
    indexed: &[Route],
    cards: &[Route],
    drawn: &BTreeMap<String, Vec<u8>>,
) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut problems = Vec::new();
    let mut out = BTreeMap::new();
    let expected = indexed
        .iter()
        .map(|r| (Route::Preview(r.url()).file(), format!("of {}", r.url())))
        .chain(
            cards
                .iter()
                .map(|r| (r.file(), "(a campaign card)".to_string())),
        );
    for (file, of) in expected {
        match drawn.get(&file) {
            None => problems.push(format!(
                "the link preview {file} {of} is missing (cargo xtask build draws them with Typst)"
            )),
            Some(bytes) => match check_png(&file, bytes) {
                Ok(()) => {
                    out.insert(file, bytes.clone());
                }
                Err(e) => problems.push(e.to_string()),
            },
        }
    }
    for file in drawn.keys().filter(|f| !out.contains_key(*f)) {
        if !problems.iter().any(|p| p.contains(file.as_str())) {
            problems.push(format!("{file} is the preview of no page the site indexes"));
        }
    }
    if !problems.is_empty() {
        bail!(
            "{} link preview problem(s):\n  {}",
            problems.len(),
            problems.join("\n  ")
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32, len: usize) -> Vec<u8> {
        let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        b.extend(width.to_be_bytes());
        b.extend(height.to_be_bytes());
        b.resize(len, 0);
        b
    }

    #[test]
    fn only_a_small_png_of_the_networks_size_is_taken() {
        assert!(check_png("og/a.png", &png(1200, 630, 40_000)).is_ok());
        let wrong = check_png("og/a.png", &png(1200, 628, 40_000)).unwrap_err();
        assert!(
            wrong.to_string().contains("1200×628, not 1200×630"),
            "{wrong}"
        );
        let big = check_png("og/a.png", &png(1200, 630, MAX_BYTES)).unwrap_err();
        assert!(big.to_string().contains("200 KB"), "{big}");
        let svg = check_png("og/a.png", b"<svg xmlns='http://www.w3.org/2000/svg'/>").unwrap_err();
        assert!(svg.to_string().contains("not a PNG"), "{svg}");
    }

    #[test]
    fn every_indexed_page_needs_its_preview_and_no_other_is_kept() {
        let indexed = [Route::Chooser, Route::home("lv")];
        let mut drawn = BTreeMap::new();
        drawn.insert("og/index.png".to_string(), png(1200, 630, 100));
        let missing = take(&indexed, &[], &drawn).unwrap_err().to_string();
        assert!(
            missing.contains("og/lv.png of /lv/ is missing"),
            "{missing}"
        );
        drawn.insert("og/lv.png".to_string(), png(1200, 630, 100));
        assert_eq!(take(&indexed, &[], &drawn).unwrap().len(), 2);
        let card = Route::Card {
            lang: "lv".into(),
            campaign: "eu-day".into(),
        };
        let no_card = take(&indexed, std::slice::from_ref(&card), &drawn)
            .unwrap_err()
            .to_string();
        assert!(
            no_card.contains("cards/lv/eu-day.png (a campaign card) is missing"),
            "{no_card}"
        );
        drawn.insert("cards/lv/eu-day.png".to_string(), png(1200, 630, 100));
        assert_eq!(take(&indexed, &[card], &drawn).unwrap().len(), 3);
        drawn.insert("og/old.png".to_string(), png(1200, 630, 100));
        let extra = take(&indexed, &[], &drawn).unwrap_err().to_string();
        assert!(
            extra.contains("og/old.png is the preview of no page"),
            "{extra}"
        );
    }
}
