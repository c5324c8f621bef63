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
    /// The body's words without markup, for the offline search index.
    pub plain_text: String,
    /// The body as HTML.
    pub html: String,
    /// Site-internal links in the body ("/lv/help/") with their line, checked by the site.
    pub internal_links: Vec<(String, usize)>,
}

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
}

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
pub(crate) fn read(path: &Path, slug: &str, lang: &str, problems: &mut Problems) -> Option<Page> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            problems.push(Problem::in_file(path, format!("cannot read: {e}")));
            return None;
        }
    };
    parse(path, slug, lang, &text, problems)
}

pub(crate) fn parse(
    path: &Path,
    slug: &str,
    lang: &str,
    text: &str,
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
    let mut events = Vec::new();
    let mut plain_text = String::new();
    for (event, range) in Parser::new_ext(body, Options::ENABLE_TABLES).into_offset_iter() {
        let line = body_line + line_of(body, range.start) - 1;
        match &event {
            Event::Html(_) | Event::InlineHtml(_) => {
                problems.push(Problem::at(
                    path,
                    line,
                    "Markdown: raw HTML is not allowed in content (write Markdown instead)",
                ));
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
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
        title: fm.title,
        summary: fm.summary,
        checked,
        sources: fm.sources,
        translation: fm.translation,
        text_hash: short_hash(text),
        icon: fm.icon,
        plain_text,
        html,
        internal_links,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> (Option<Page>, Problems) {
        let mut problems = Problems::default();
        let page = parse(Path::new("pay.en.md"), "pay", "en", text, &mut problems);
        (page, problems)
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
