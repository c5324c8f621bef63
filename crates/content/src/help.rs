use std::path::Path;

use serde::Deserialize;

use crate::{is_iso_date, line_of, Problem, Problems, SourceRef};

/// One organisation in the help directory (content/help.toml). Its words — what it helps
/// with, its hours, the languages spoken — are Fluent messages `org-<id>-about`,
/// `org-<id>-hours` and `org-<id>-languages`, so they are translated like every other string.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: String,
    /// The organisation's own name (not translated).
    pub name: String,
    pub phones: Vec<PhoneNumber>,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub address: String,
    pub checked: toml::value::Datetime,
    pub source: SourceRef,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhoneNumber {
    /// As people read it: "+371 28612120".
    pub display: String,
    /// Which line this is, when an organisation has several kinds: its words are the Fluent
    /// message `org-<id>-phone-<label>` ("latgale" → `org-safe-house-phone-latgale`).
    #[serde(default)]
    pub label: Option<String>,
}

impl PhoneNumber {
    /// The Fluent message that names this line, if it has a label.
    pub fn label_message(&self, org_id: &str) -> Option<String> {
        self.label
            .as_ref()
            .map(|label| format!("org-{org_id}-phone-{label}"))
    }

    /// The number for a tel: link: the digits, with a leading + kept.
    pub fn tel(&self) -> String {
        let plus = if self.display.trim_start().starts_with('+') {
            "+"
        } else {
            ""
        };
        let digits: String = self
            .display
            .chars()
            .filter(|c| c.is_ascii_digit())
            .collect();
        format!("{plus}{digits}")
    }

    /// Only digits, spaces and one leading +; between 3 and 15 digits (E.164's limit).
    pub fn is_valid(&self) -> bool {
        let s = self.display.trim();
        let body = s.strip_prefix('+').unwrap_or(s);
        let digits = body.chars().filter(|c| c.is_ascii_digit()).count();
        body.chars().all(|c| c.is_ascii_digit() || c == ' ') && (3..=15).contains(&digits)
    }
}

/// Numbers that page text may name although no card lists them: 112 and the direct lines
/// beside it (`[emergency]` in content/help.toml, with its source).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmergencyNumbers {
    pub numbers: Vec<String>,
    pub checked: toml::value::Datetime,
    pub source: SourceRef,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HelpFile {
    #[serde(default)]
    emergency: Option<EmergencyNumbers>,
    organisation: Vec<Organisation>,
}

/// content/help.toml: the organisations, and the emergency numbers (empty when unreadable).
pub(crate) fn read(path: &Path, problems: &mut Problems) -> (Vec<Organisation>, Vec<String>) {
    let Some((file, text)) = crate::read_toml::<HelpFile>(path, problems) else {
        return (Vec::new(), Vec::new());
    };
    for org in &file.organisation {
        let line = text
            .find(&format!("id = \"{}\"", org.id))
            .map(|o| line_of(&text, o))
            .unwrap_or(1);
        if org.phones.is_empty() {
            problems.push(Problem::at(
                path,
                line,
                format!("`{}` has no phone number", org.id),
            ));
        }
        for p in &org.phones {
            if !p.is_valid() {
                problems.push(Problem::at(
                    path,
                    line,
                    format!(
                        "`{}`: {:?} is not a phone number (digits, spaces, one leading +)",
                        org.id, p.display
                    ),
                ));
            }
        }
        if !is_iso_date(&org.checked.to_string()) {
            problems.push(Problem::at(
                path,
                line,
                format!("`{}`: checked must be a date like 2026-11-29", org.id),
            ));
        }
        if !org.source.url.starts_with("http") {
            problems.push(Problem::at(
                path,
                line,
                format!("`{}`: source needs a web address", org.id),
            ));
        }
    }
    let emergency = file.emergency.map(|e| e.numbers).unwrap_or_default();
    (file.organisation, emergency)
}

#[cfg(test)]
mod tests {
    use super::PhoneNumber;

    #[test]
    fn tel_links_keep_plus_and_digits() {
        let p = PhoneNumber {
            display: "+371 28612120".into(),
            label: None,
        };
        assert!(p.is_valid());
        assert_eq!(p.tel(), "+37128612120");
        let free = PhoneNumber {
            display: "8000 2012".into(),
            label: Some("latgale".into()),
        };
        assert_eq!(
            free.label_message("safe-house").as_deref(),
            Some("org-safe-house-phone-latgale")
        );
        assert_eq!(free.tel(), "80002012");
    }

    #[test]
    fn letters_or_too_short_are_not_numbers() {
        assert!(!PhoneNumber {
            display: "call us".into(),
            label: None,
        }
        .is_valid());
        assert!(!PhoneNumber {
            display: "11".into(),
            label: None,
        }
        .is_valid());
        assert!(!PhoneNumber {
            display: "+371 2861-2120".into(),
            label: None,
        }
        .is_valid());
    }
}
