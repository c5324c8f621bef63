//! The review sheet of one language: every UI string and page side by side with the source
//! language, each with its status and the source hash it was made from, and a box to mark
//! "needs change". One self-contained HTML file (no script, no request): an NGO prints it or
//! sends it to a native speaker, then records the review with
//! `cargo xtask translated <lang> --reviewed-by NAME --on YYYY-MM-DD`.

use anyhow::{bail, Result};
use leptos::prelude::*;
use wil_content::translation::Status;
use wil_content::Site;

/// The sheet's own look: it is opened from a file, printed, and never served by our server.
const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;margin:1rem;max-width:75rem}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.4rem;\
vertical-align:top;text-align:start}th{background:#eee}.status-stale,.status-missing{\
background:#fde8e8}.status-draft{background:#fff7dd}.mark label{white-space:nowrap}\
textarea{display:block;box-sizing:border-box;width:100%;min-width:9rem;min-height:2.5rem}section.page{break-inside:avoid-page;margin:2rem 0}\
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem}@media print{textarea{border:0;\
border-bottom:1px solid #999}}";

/// One thing to review: where it comes from, both texts, where it stands.
struct Item {
    id: String,
    source: String,
    translation: String,
    status: Status,
    hash: String,
}

/// The review sheet of `lang`, as one HTML document.
pub fn review_sheet(site: &Site, lang: &str) -> Result<String> {
    let source = site.config.source_language.clone();
    let Some(language) = site.language(lang) else {
        bail!("`{lang}` is not a language in content/languages.toml");
    };
    if lang == source {
        bail!("`{lang}` is the source language: there is nothing to review against");
    }
    let value = |text: Option<&str>| {
        text.map(|t| t.split_once('=').map_or(t, |(_, v)| v).trim().to_string())
            .unwrap_or_default()
    };
    let strings: Vec<Item> = site
        .locales
        .source_ids()
        .into_iter()
        .map(|id| Item {
            source: value(site.locales.written(&source, &id)),
            translation: value(site.locales.written(lang, &id)),
            status: site.locales.status(lang, &id),
            hash: site.locales.source_hash(&id).unwrap_or_default(),
            id,
        })
        .collect();
    let recorded = site.locales.translation(lang).map(|t| {
        if t.reviewed_by.is_empty() {
            "draft (written by us, not yet reviewed)".to_string()
        } else {
            format!("reviewed by {} on {}", t.reviewed_by, t.reviewed_on)
        }
    });

    let (code, dir, name) = (
        language.code.clone(),
        language.dir.clone(),
        language.name.clone(),
    );
    let source_name = site
        .language(&source)
        .map(|l| l.name.clone())
        .unwrap_or_else(|| source.clone());
    let counts = strings
        .iter()
        .filter(|i| i.status != Status::Reviewed)
        .count();
    let string_rows = strings
        .into_iter()
        .map(|item| {
            let status = item.status.word();
            view! {
                <tr class=format!("status-{status}")>
                    <td><code>{item.id}</code></td>
                    <td lang=source.clone()>{item.source}</td>
                    <td lang=code.clone() dir=dir.clone()>{item.translation}</td>
                    <td>{status}<br/><code>{item.hash}</code></td>
                    <td class="mark"><label><input type="checkbox"/>" needs change"</label><textarea aria-label="what to change"></textarea></td>
                </tr>
            }
        })
        .collect_view();
    let pages = site
        .pages
        .iter()
        .map(|(slug, by_lang)| {
            let original = by_lang.get(&source);
            let translated = by_lang.get(lang);
            let status = site.page_status(slug, lang).word();
            let column = |page: Option<&wil_content::Page>, code: String, dir: String| {
                let (title, summary, html) = page
                    .map(|p| (p.title.clone(), p.summary.clone(), p.html.clone()))
                    .unwrap_or_else(|| ("(not translated)".into(), String::new(), String::new()));
                view! {
                    <div lang=code dir=dir>
                        <h3>{title}</h3>
                        <p><strong>{summary}</strong></p>
                        <div inner_html=html></div>
                    </div>
                }
            };
            view! {
                <section class=format!("page status-{status}")>
                    <h2><code>{slug.clone()}</code>" — "{status}" · source "<code>{original.map(|p| p.text_hash.clone()).unwrap_or_default()}</code></h2>
                    <div class="cols">
                        {column(original, source.clone(), "ltr".into())}
                        {column(translated, code.clone(), dir.clone())}
                    </div>
                    <p class="mark"><label><input type="checkbox"/>" needs change"</label></p>
                    <textarea aria-label="what to change"></textarea>
                </section>
            }
        })
        .collect_view();
    // The glossary: one word per term, which every page of the language uses.
    let glossary_rows = site
        .glossary
        .terms
        .iter()
        .map(|term| {
            let word = site
                .glossary
                .word(lang, &term.id)
                .map(|w| w.shown())
                .unwrap_or_else(|| "(no word yet)".into());
            view! {
                <tr>
                    <td lang=source.clone()>{term.en.clone()}</td>
                    <td lang=code.clone() dir=dir.clone()>{word}</td>
                    <td lang=source.clone()>{term.note.clone()}</td>
                    <td class="mark"><label><input type="checkbox"/>" needs change"</label><textarea aria-label="what to change"></textarea></td>
                </tr>
            }
        })
        .collect_view();
    let glossary_heading = (site.language(&source).map(|l| l.name.clone()), name.clone());
    let title = format!("Review: {name} ({code})");
    let html = Owner::new().with(move || {
        view! {
            <!DOCTYPE html>
            <html lang="en">
                <head>
                    <meta charset="utf-8"/>
                    <meta name="viewport" content="width=device-width, initial-scale=1"/>
                    <title>{title.clone()}</title>
                    <style inner_html=STYLE></style>
                </head>
                <body>
                    <h1>{title}</h1>
                    <p>"Recorded status: "{recorded.unwrap_or_else(|| "no translation file yet".into())}</p>
                    <p>{format!("{counts} strings are not reviewed yet (draft, stale or missing).")}</p>
                    <p>"Read each line in both languages. Tick \u{201c}needs change\u{201d} and write what to change. \
                        When every line is right, record the review: "
                        <code>{format!("cargo xtask translated {code} --reviewed-by \"NAME\" --on YYYY-MM-DD")}</code></p>
                    <h2>"Glossary"</h2>
                    <p>"One word for each term, used on every page. Check the word first: the pages follow it."</p>
                    <table>
                        <thead><tr><th>{glossary_heading.0}</th><th>{glossary_heading.1}</th><th>"meaning"</th><th>"review"</th></tr></thead>
                        <tbody>{glossary_rows}</tbody>
                    </table>
                    <h2>"Interface strings"</h2>
                    <table>
                        <thead><tr><th>"id"</th><th>{source_name}</th><th>{name}</th><th>"status, source hash"</th><th>"review"</th></tr></thead>
                        <tbody>{string_rows}</tbody>
                    </table>
                    <h2>"Pages"</h2>
                    {pages}
                </body>
            </html>
        }
        .to_html()
    });
    Ok(html)
}
