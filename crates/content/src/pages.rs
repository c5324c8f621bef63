use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag};
use serde::Deserialize;

use crate::translation::{short_hash, TranslationInfo};
use crate::{is_iso_date, line_of, Problem, Problems};

/// One Markdown page in one language: content/pages/<slug>.<lang>.md.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub slug: String,
    pub lang: String,
    pub file: PathBuf,
    pub title: String,
    pub summary: String,
    /// YYYY-MM-DD: when the facts on the page were last checked against their sources.
    pub checked: String,
    pub sources: Vec<SourceRef>,
    /// How this translation was made; `None` for a page in the source language.
    pub translation: Option<TranslationInfo>,
    /// Hash of the whole file: what a translation of it records as its `source`.
    pub text_hash: String,
    /// One of [`ICONS`], shown beside the title and on the home page.
    pub icon: Option<String>,
    /// One of [`SECTIONS`] for a page outside the worker's pages.
    pub section: Option<String>,
    /// The body's words without markup, for the offline search index.
    pub plain_text: String,
    /// The body as HTML.
    pub html: String,
    /// Site-internal links in the body ("/lv/help/") with their line, checked by the site.
    pub internal_links: Vec<(String, usize)>,
    /// Every link target in the body, in order (internal and external).
    pub link_targets: Vec<String>,
    /// The facts the title, summary and body name (`{$name}`), in order, with their line.
    pub fact_refs: Vec<(String, usize)>,
    /// Numbers written out instead of named as facts ("780", "+371 67209400"), with their
    /// line: the site accepts only phone numbers from the help directory.
    pub bare_numbers: Vec<(String, usize)>,
}

/// What a page's `{$name}` turns into in its language: the fact's value (with a warning
/// after it when the fact has expired). Built by the site from content/facts.toml.
pub type FactValues = std::collections::BTreeMap<String, String>;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub title: String,
    pub url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    summary: String,
    checked: toml::value::Datetime,
    sources: Vec<SourceRef>,
    #[serde(default)]
    translation: Option<TranslationInfo>,
    #[serde(default)]
    icon: Option<String>,
    /// `"school"`: the page belongs to the school section (`/<lang>/school/<page>/`),
    /// stored with it, not with a worker's pages.
    #[serde(default)]
    section: Option<String>,
}

/// The sections a page may belong to, besides the worker's pages.
pub const SECTIONS: &[&str] = &["school"];

/// The icons a page may name (drawn by the app as inline SVG beside the title).
pub const ICONS: &[&str] = &[
    "pay",
    "contract",
    "time",
    "leave",
    "documents",
    "health",
    "home",
    "travel",
    "permit",
    "exit",
    "danger",
    "help",
    "shield",
];

const FENCE: &str = "+++";

/// Reads one page; `None` when it has problems (all pushed to `problems`).
pub(crate) fn read(
    path: &Path,
    slug: &str,
    lang: &str,
    facts: &FactValues,
    problems: &mut Problems,
) -> Option<Page> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            problems.push(Problem::in_file(path, format!("cannot read: {e}")));
            return None;
        }
    };
    parse(path, slug, lang, &text, facts, problems)
}

pub(crate) fn parse(
    path: &Path,
    slug: &str,
    lang: &str,
    text: &str,
    facts: &FactValues,
    problems: &mut Problems,
) -> Option<Page> {
    let before = problems.0.len();
    let Some(rest) = text
        .strip_prefix(FENCE)
        .and_then(|r| r.strip_prefix('\n').or_else(|| r.strip_prefix("\r\n")))
    else {
        problems.push(Problem::at(
            path,
            1,
            "front matter missing: the file must start with a line `+++`",
        ));
        return None;
    };
    let fm_start = text.len() - rest.len();
    let Some(end) = rest.find("\n+++").map(|i| i + 1) else {
        problems.push(Problem::at(
            path,
            1,
            "front matter is not closed: add a line `+++` after it",
        ));
        return None;
    };
    let front = &rest[..end];
    let after_fence = &rest[end + FENCE.len()..];
    let body = after_fence
        .strip_prefix("\r\n")
        .or_else(|| after_fence.strip_prefix('\n'))
        .unwrap_or(after_fence);
    let body_start = text.len() - body.len();
    let body_line = line_of(text, body_start);

    let fm: FrontMatter = match toml::from_str(front) {
        Ok(fm) => fm,
        Err(e) => {
            problems.push(crate::toml_problem(
                path,
                text,
                fm_start,
                &e,
                "front matter: ",
            ));
            return None;
        }
    };
    let fm_line = |key: &str| {
        front
            .find(&format!("{key} ="))
            .or_else(|| front.find(&format!("{key}=")))
            .map(|o| line_of(text, fm_start + o))
            .unwrap_or(1)
    };
    if fm.title.trim().is_empty() {
        problems.push(Problem::at(
            path,
            fm_line("title"),
            "front matter: `title` is empty",
        ));
    }
    if fm.summary.trim().is_empty() {
        problems.push(Problem::at(
            path,
            fm_line("summary"),
            "front matter: `summary` is empty",
        ));
    }
    let checked = fm.checked.to_string();
    if !is_iso_date(&checked) {
        problems.push(Problem::at(
            path,
            fm_line("checked"),
            format!("front matter: `checked` must be a date like 2026-11-29, not {checked}"),
        ));
    }
    if let Some(t) = &fm.translation {
        t.check(path, fm_line("status"), problems);
    }
    if let Some(section) = fm.section.as_deref().filter(|s| !SECTIONS.contains(s)) {
        problems.push(Problem::at(
            path,
            fm_line("section"),
            format!(
                "front matter: unknown section {section:?}; use one of {}",
                SECTIONS.join(", ")
            ),
        ));
    }
    if let Some(icon) = fm.icon.as_deref().filter(|i| !ICONS.contains(i)) {
        problems.push(Problem::at(
            path,
            fm_line("icon"),
            format!(
                "front matter: unknown icon {icon:?}; use one of {}",
                ICONS.join(", ")
            ),
        ));
    }
    if fm.sources.is_empty() {
        problems.push(Problem::at(
            path,
            1,
            "front matter: a page needs at least one [[sources]] entry (title and url)",
        ));
    }
    for s in &fm.sources {
        if !(s.url.starts_with("https://") || s.url.starts_with("http://"))
            || s.title.trim().is_empty()
        {
            problems.push(Problem::at(
                path,
                fm_line("url"),
                format!(
                    "front matter: source {:?} needs a title and a web address (http…)",
                    s.url
                ),
            ));
        }
    }

    let mut internal_links = Vec::new();
    let mut link_targets = Vec::new();
    let mut fact_refs = Vec::new();
    let mut bare_numbers = Vec::new();
    // Facts in one piece of text: recorded, checked for numbers written out, replaced.
    let mut with_facts = |t: &str, line: usize, problems: &mut Problems| -> String {
        match crate::facts::references(t) {
            Ok(refs) => {
                fact_refs.extend(refs.iter().map(|r| (r.name.to_string(), line)));
                bare_numbers.extend(
                    crate::facts::bare_numbers(t, &refs)
                        .into_iter()
                        .map(|(_, n)| (n, line)),
                );
                crate::facts::substitute(t, &refs, |name| {
                    facts
                        .get(name)
                        .cloned()
                        .unwrap_or_else(|| format!("{{${name}}}"))
                })
            }
            Err(at) => {
                problems.push(Problem::at(
                    path,
                    line,
                    format!(
                        "a fact is named as {{$name}} (lowercase, digits, hyphens): `{}` is not",
                        t[at..].chars().take(24).collect::<String>()
                    ),
                ));
                t.to_string()
            }
        }
    };
    let title = with_facts(&fm.title, fm_line("title"), problems);
    let summary = with_facts(&fm.summary, fm_line("summary"), problems);
    let mut events = Vec::new();
    let mut plain_text = String::new();
    for (event, range) in
        merge_text(Parser::new_ext(body, Options::ENABLE_TABLES).into_offset_iter())
    {
        let line = body_line + line_of(body, range.start) - 1;
        let event = match event {
            Event::Text(t) => Event::Text(with_facts(&t, line, problems).into()),
            other => other,
        };
        match &event {
            Event::Html(_) | Event::InlineHtml(_) => {
                problems.push(Problem::at(
                    path,
                    line,
                    "Markdown: raw HTML is not allowed in content (write Markdown instead)",
                ));
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                link_targets.push(dest_url.to_string());
                if dest_url.starts_with('/') {
                    internal_links.push((dest_url.to_string(), line));
                } else if !(dest_url.starts_with("https://")
                    || dest_url.starts_with("http://")
                    || dest_url.starts_with("tel:")
                    || dest_url.starts_with("mailto:"))
                {
                    problems.push(Problem::at(path, line, format!("Markdown: link `{dest_url}` must start with /, https://, tel: or mailto:")));
                }
            }
            Event::Start(Tag::Image { .. }) => {
                problems.push(Problem::at(
                    path,
                    line,
                    "Markdown: images are not supported yet (they cost data; use words)",
                ));
            }
            _ => {}
        }
        if let Event::Text(t) | Event::Code(t) = &event {
            plain_text.push_str(t);
            plain_text.push(' ');
        }
        match event {
            // Keep numbers left-to-right inside right-to-left text (see bidi.rs).
            Event::Text(t) if !crate::bidi::ltr_runs(&t).is_empty() => {
                for (part, ltr) in crate::bidi::split(&t) {
                    if ltr {
                        events.push(Event::InlineHtml("<bdi dir=\"ltr\">".into()));
                        events.push(Event::Text(part.into()));
                        events.push(Event::InlineHtml("</bdi>".into()));
                    } else {
                        events.push(Event::Text(part.into()));
                    }
                }
            }
            other => events.push(other),
        }
    }
    if body.trim().is_empty() {
        problems.push(Problem::at(
            path,
            body_line,
            "Markdown: the page has no text",
        ));
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());

    (problems.0.len() == before).then(|| Page {
        slug: slug.to_string(),
        lang: lang.to_string(),
        file: path.to_path_buf(),
        title,
        summary,
        checked,
        sources: fm.sources,
        translation: fm.translation,
        text_hash: short_hash(text),
        icon: fm.icon,
        section: fm.section,
        plain_text,
        html,
        internal_links,
        link_targets,
        fact_refs,
        bare_numbers,
    })
}

/// Joins text events that follow each other, so that a `{$name}` split by the Markdown
/// parser is seen whole.
fn merge_text<'a>(
    events: impl Iterator<Item = (Event<'a>, std::ops::Range<usize>)>,
) -> Vec<(Event<'a>, std::ops::Range<usize>)> {
    let mut merged: Vec<(Event<'a>, std::ops::Range<usize>)> = Vec::new();
    for (event, range) in events {
        if let (Event::Text(next), Some((Event::Text(prev), prev_range))) =
            (&event, merged.last_mut())
        {
            *prev = format!("{prev}{next}").into();
            prev_range.end = range.end;
            continue;
        }
        merged.push((event, range));
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> (Option<Page>, Problems) {
        let facts = FactValues::from([("minimum-wage".to_string(), "780".to_string())]);
        let mut problems = Problems::default();
        let page = parse(
            Path::new("pay.en.md"),
            "pay",
            "en",
            text,
            &facts,
            &mut problems,
        );
        (page, problems)
    }

    #[test]
    fn facts_are_replaced_and_numbers_written_out_are_recorded() {
        let text = GOOD.replace(
            "You must get a payslip.",
            "At least **EUR {$minimum-wage}** a month.\nCall 112 within 3 days.",
        );
        let (page, problems) = parse_str(&text);
        assert!(problems.is_empty(), "{problems}");
        let page = page.unwrap();
        assert!(
            page.html
                .contains(r#"<strong>EUR <bdi dir="ltr">780</bdi></strong>"#),
            "{}",
            page.html
        );
        assert!(page.plain_text.contains("EUR 780"));
        assert_eq!(page.fact_refs, vec![("minimum-wage".to_string(), 11)]);
        assert_eq!(
            page.bare_numbers,
            vec![("112".to_string(), 12), ("3".to_string(), 12)]
        );
        assert_eq!(page.link_targets, vec!["/en/help/".to_string()]);
    }

    #[test]
    fn a_malformed_fact_reference_is_reported_at_its_line() {
        let text = GOOD.replace("You must get a payslip.", "At least {$Minimum} a month.");
        let (_, problems) = parse_str(&text);
        let p = &problems.0[0];
        assert_eq!(p.line, Some(11), "{p}");
        assert!(p.message.contains("{$Minimum}"), "{p}");
    }

    const GOOD: &str = "+++\ntitle = \"Your pay\"\nsummary = \"What you must be paid.\"\nchecked = 2026-11-29\n[[sources]]\ntitle = \"Ministry\"\nurl = \"https://lm.gov.lv/\"\n+++\n# Pay\n\nYou must get a payslip. See [help](/en/help/).\n";

    #[test]
    fn reads_front_matter_and_markdown() {
        let (page, problems) = parse_str(GOOD);
        assert!(problems.is_empty(), "{problems}");
        let page = page.unwrap();
        assert_eq!(page.title, "Your pay");
        assert_eq!(page.checked, "2026-11-29");
        assert_eq!(page.sources[0].url, "https://lm.gov.lv/");
        assert!(page.html.contains("<h1>Pay</h1>"));
        assert!(page.html.contains("<a href=\"/en/help/\">help</a>"));
        assert_eq!(page.internal_links, vec![("/en/help/".to_string(), 11)]);
        assert!(page.translation.is_none());
        assert_eq!(page.text_hash.len(), 8);
    }

    #[test]
    fn missing_field_names_the_field_and_line() {
        let text = GOOD.replace("summary = \"What you must be paid.\"\n", "");
        let (page, problems) = parse_str(&text);
        assert!(page.is_none());
        let p = &problems.0[0];
        assert!(p.message.contains("summary"), "{p}");
        assert!(p.line.is_some());
    }

    #[test]
    fn toml_error_points_at_its_line() {
        let text = GOOD.replace("checked = 2026-11-29", "checked = 2026-11-29 oops");
        let (_, problems) = parse_str(&text);
        assert_eq!(problems.0[0].line, Some(4), "{problems}");
    }

    #[test]
    fn bad_date_is_rejected() {
        let text = GOOD.replace("checked = 2026-11-29", "checked = \"last week\"");
        let (_, problems) = parse_str(&text);
        assert!(
            problems.0[0].message.contains("checked") || problems.0[0].message.contains("date"),
            "{problems}"
        );
    }

    #[test]
    fn unclosed_or_absent_front_matter() {
        let (_, p) = parse_str("# no front matter\n");
        assert!(p.0[0].message.contains("front matter missing"));
        let (_, p) = parse_str("+++\ntitle = \"x\"\n# never closed\n");
        assert!(p.0[0].message.contains("not closed"));
    }

    #[test]
    fn raw_html_in_markdown_fails_with_line() {
        let text = format!("{GOOD}\nSome text.\n\n<script>alert(1)</script>\n");
        let (page, problems) = parse_str(&text);
        assert!(page.is_none());
        assert_eq!(problems.0[0].line, Some(15), "{problems}");
        assert!(problems.0[0].message.contains("raw HTML"));
    }

    #[test]
    fn page_without_sources_fails() {
        let text =
            "+++\ntitle = \"t\"\nsummary = \"s\"\nchecked = 2026-11-29\nsources = []\n+++\nText.\n";
        let (page, problems) = parse_str(text);
        assert!(page.is_none());
        assert!(problems.0[0].message.contains("source"), "{problems}");
    }
}
