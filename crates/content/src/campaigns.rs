//! content/campaigns.toml: the days of the social-media campaigns (the national plan's
//! measure 2.2), each with the source that sets its date, and the place whose posters the
//! page for organisations offers.
//!
//! A duplicated or unsafe id, a missing source or a poster place that content/places.toml
//! does not list is refused at its file and line.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::{line_of, Places, Problem, Problems, SourceRef};

/// One campaign day.
#[derive(Debug, Clone, PartialEq)]
pub struct Campaign {
    /// The card's file name and the stem of its words (`campaign-<id>`).
    pub id: String,
    pub source: SourceRef,
    /// YYYY-MM-DD.
    pub checked: String,
}

/// The campaign days and the posters offered with them; empty without the file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Campaigns {
    pub file: PathBuf,
    pub days: Vec<Campaign>,
    /// A code of content/places.toml.
    pub posters: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CampaignsFile {
    #[serde(default)]
    posters: Option<String>,
    #[serde(default)]
    campaign: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: String,
    source: SourceRef,
    checked: toml::value::Datetime,
}

impl Campaigns {
    /// Every message the cards and the page for organisations need.
    pub fn message_ids(&self) -> Vec<String> {
        if self.days.is_empty() {
            return Vec::new();
        }
        let mut ids: Vec<String> = KIT_MESSAGES.iter().map(|s| s.to_string()).collect();
        ids.extend(self.days.iter().map(|d| format!("campaign-{}", d.id)));
        ids
    }
}

/// The post's text: `$day` (the day's name) and `$link` (the app's address) in it.
pub const POST_MESSAGE: &str = "campaign-post";

/// The words of the page for organisations and of every card (locales/<lang>/kit.ftl).
pub const KIT_MESSAGES: &[&str] = &[
    "kit-title",
    "kit-summary",
    "kit-intro",
    "kit-days",
    "kit-language-draft",
    "kit-card",
    "kit-post",
    "kit-post-how",
    "kit-posters",
    "kit-poster-a4",
    "kit-poster-a3",
    "kit-poster-a3-outdoor",
    "kit-poster-a6",
    "kit-poster-bilingual",
    "campaign-card",
    POST_MESSAGE,
];

pub(crate) fn read(content: &Path, places: &Places, problems: &mut Problems) -> Campaigns {
    let file = content.join("campaigns.toml");
    let empty = Campaigns {
        file: file.clone(),
        ..Campaigns::default()
    };
    if !file.exists() {
        return empty;
    }
    let Some((parsed, text)) = crate::read_toml::<CampaignsFile>(&file, problems) else {
        return empty;
    };
    let line_starting = |key: &str, n: usize| {
        text.match_indices(key)
            .filter(|(o, _)| *o == 0 || text[..*o].ends_with('\n'))
            .nth(n)
            .map_or(1, |(o, _)| line_of(&text, o))
    };
    let mut days: Vec<Campaign> = Vec::new();
    for (n, entry) in parsed.campaign.into_iter().enumerate() {
        let line = line_starting("id", n);
        let id = entry.id;
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            problems.push(Problem::at(
                &file,
                line,
                format!("`{id}`: a campaign id is lowercase letters, digits and `-` only (it names a file and a message)"),
            ));
            continue;
        }
        if days.iter().any(|d| d.id == id) {
            problems.push(Problem::at(
                &file,
                line,
                format!("the campaign `{id}` is listed twice"),
            ));
            continue;
        }
        if !entry.source.url.starts_with("https://") {
            problems.push(Problem::at(
                &file,
                line,
                format!(
                    "the campaign `{id}` needs the https address of the source that sets its date"
                ),
            ));
        }
        days.push(Campaign {
            id,
            source: entry.source,
            checked: entry.checked.to_string(),
        });
    }
    if let Some(code) = &parsed.posters {
        if !places.places.iter().any(|p| &p.code == code) {
            problems.push(Problem::at(
                &file,
                line_starting("posters", 0),
                format!("`posters = \"{code}\"` is not a place of content/places.toml"),
            ));
        }
    }
    Campaigns {
        file,
        days,
        posters: parsed.posters,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `text` as content/campaigns.toml, from a folder of its own.
    fn read_text(text: &str) -> (Campaigns, Problems) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("campaigns.toml"), text).unwrap();
        let places = Places {
            places: vec![crate::Place {
                code: "ngo".into(),
                name: String::new(),
                languages: vec!["en".into()],
                line: 1,
            }],
            ..Places::default()
        };
        let mut problems = Problems::default();
        let c = read(dir.path(), &places, &mut problems);
        (c, problems)
    }

    const DAY: &str =
        "source = { title = \"t\", url = \"https://example.org/\" }\nchecked = 2026-12-07\n";

    #[test]
    fn days_are_read_in_order_with_their_sources() {
        let (c, problems) = read_text(&format!(
            "posters = \"ngo\"\n[[campaign]]\nid = \"world-day\"\n{DAY}[[campaign]]\nid = \"eu-day\"\n{DAY}"
        ));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            c.days.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
            ["world-day", "eu-day"]
        );
        assert_eq!(c.days[1].checked, "2026-12-07");
        assert_eq!(c.posters.as_deref(), Some("ngo"));
        assert!(c.message_ids().contains(&"campaign-eu-day".to_string()));
    }

    #[test]
    fn a_bad_or_repeated_id_and_an_unknown_place_are_refused_at_their_line() {
        let (_, problems) = read_text(&format!(
            "posters = \"emb\"\n[[campaign]]\nid = \"Day One\"\n{DAY}[[campaign]]\nid = \"a\"\n{DAY}[[campaign]]\nid = \"a\"\n{DAY}"
        ));
        let text = format!("{problems:?}");
        assert_eq!(problems.0.len(), 3, "{text}");
        assert!(text.contains("`Day One`: a campaign id"), "{text}");
        assert!(text.contains("listed twice"), "{text}");
        assert!(
            text.contains("not a place of content/places.toml"),
            "{text}"
        );
        let lines: Vec<usize> = problems.0.iter().filter_map(|p| p.line).collect();
        assert_eq!(lines, [3, 11, 1]);
    }
}
