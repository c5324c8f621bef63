//! Facts: every amount, duration, percentage, date and time that page text states, defined
//! once in content/facts.toml with its source, the date it was checked and, when it is
//! time-bound, the last day it holds. Pages in every language name a fact as `{$name}`, so a
//! new minimum wage is one edit for all of them, and a number that is not a fact (or a phone
//! number from the help directory) cannot reach a reader unsourced.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::{is_iso_date, line_of, Problem, Problems, SourceRef};

/// One fact from content/facts.toml.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// What pages write between `{$` and `}`: lowercase letters, digits and hyphens.
    pub name: String,
    /// The text that replaces the reference, the same in every language: "780", "12:00".
    pub value: String,
    /// What the value is, for writers and reviewers (English; not shown to readers).
    pub what: String,
    pub checked: toml::value::Datetime,
    /// The last day the value holds (the minimum wage of one year), if it is time-bound.
    #[serde(default)]
    pub until: Option<toml::value::Datetime>,
    pub source: SourceRef,
}

impl Fact {
    /// True when `today` (YYYY-MM-DD) is after the fact's last day.
    pub fn expired(&self, today: &str) -> bool {
        self.until.is_some_and(|u| u.to_string().as_str() < today)
    }

    /// True when the check is more than a year old on `today`.
    pub fn check_is_old(&self, today: &str) -> bool {
        let checked = self.checked.to_string();
        match checked.get(..4).map(str::parse::<u32>) {
            Some(Ok(year)) => format!("{}{}", year + 1, &checked[4..]).as_str() < today,
            _ => false,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactsFile {
    #[serde(default)]
    fact: Vec<Fact>,
}

/// Every fact by name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts(pub BTreeMap<String, Fact>);

impl Facts {
    pub fn get(&self, name: &str) -> Option<&Fact> {
        self.0.get(name)
    }

    /// Facts whose last day is before `today`.
    pub fn expired(&self, today: &str) -> Vec<&Fact> {
        self.0.values().filter(|f| f.expired(today)).collect()
    }

    /// Facts not expired but checked more than a year before `today`.
    pub fn old_checks(&self, today: &str) -> Vec<&Fact> {
        self.0
            .values()
            .filter(|f| !f.expired(today) && f.check_is_old(today))
            .collect()
    }
}

pub(crate) fn read(path: &Path, problems: &mut Problems) -> Facts {
    let Some((file, text)) = crate::read_toml::<FactsFile>(path, problems) else {
        return Facts::default();
    };
    let mut facts = BTreeMap::new();
    for fact in file.fact {
        let line = text
            .find(&format!("name = \"{}\"", fact.name))
            .map(|o| line_of(&text, o))
            .unwrap_or(1);
        let mut problem = |m: String| problems.push(Problem::at(path, line, m));
        if !is_name(&fact.name) {
            problem(format!(
                "fact name {:?}: use lowercase letters, digits and hyphens",
                fact.name
            ));
        }
        if fact.value.trim().is_empty() || fact.value.contains(['{', '}']) {
            problem(format!("fact `{}`: value must be plain text", fact.name));
        }
        if !is_iso_date(&fact.checked.to_string()) {
            problem(format!(
                "fact `{}`: checked must be a date like 2026-11-29",
                fact.name
            ));
        }
        if let Some(u) = fact.until.filter(|u| !is_iso_date(&u.to_string())) {
            problem(format!(
                "fact `{}`: until must be a date like 2026-12-31, not {u}",
                fact.name
            ));
        }
        if !fact.source.url.starts_with("http") || fact.source.title.trim().is_empty() {
            problem(format!(
                "fact `{}`: source needs a title and a web address",
                fact.name
            ));
        }
        if facts.contains_key(&fact.name) {
            problem(format!("fact `{}` is defined twice", fact.name));
        }
        facts.insert(fact.name.clone(), fact);
    }
    Facts(facts)
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A `{$name}` in text: its byte range and the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference<'a> {
    pub start: usize,
    pub end: usize,
    pub name: &'a str,
}

/// Every `{$name}` in `text`, in order; `Err` with the offset of a `{$` that is not closed by
/// a valid name and `}`.
pub fn references(text: &str) -> Result<Vec<Reference<'_>>, usize> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find("{$").map(|i| from + i) {
        let rest = &text[at + 2..];
        let len = rest
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
            .unwrap_or(rest.len());
        if len == 0 || !rest[len..].starts_with('}') {
            return Err(at);
        }
        found.push(Reference {
            start: at,
            end: at + 2 + len + 1,
            name: &rest[..len],
        });
        from = at + 2 + len + 1;
    }
    Ok(found)
}

/// `text` with every reference replaced by `value_of(name)`.
pub fn substitute(text: &str, refs: &[Reference], value_of: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for r in refs {
        out.push_str(&text[last..r.start]);
        out.push_str(&value_of(r.name));
        last = r.end;
    }
    out.push_str(&text[last..]);
    out
}

/// The numbers in `text` once its references are taken out: each maximal run of digits,
/// spaces and `+` that holds a digit, trimmed ("780", "8000 2012", "+371 67209400"), with
/// its byte offset. Punctuation between digits ("9:00", "28(1)") separates runs, so each
/// part is reported.
pub fn bare_numbers(text: &str, refs: &[Reference]) -> Vec<(usize, String)> {
    let mut masked: Vec<u8> = text.as_bytes().to_vec();
    for r in refs {
        masked[r.start..r.end].fill(b'x');
    }
    let masked = String::from_utf8(masked).unwrap_or_default();
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in masked
        .char_indices()
        .chain(std::iter::once((masked.len(), '.')))
    {
        let part = c.is_ascii_digit() || c == ' ' || c == '+';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let run = &masked[s..i];
                if run.chars().any(|c| c.is_ascii_digit()) {
                    let trimmed = run.trim();
                    let lead = run.len() - run.trim_start().len();
                    runs.push((s + lead, trimmed.to_string()));
                }
                start = None;
            }
            _ => {}
        }
    }
    runs
}

/// Today's date in UTC as YYYY-MM-DD (for expiry; the build machine's clock).
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    civil_date((secs / 86_400) as i64)
}

/// Days since 1970-01-01 → YYYY-MM-DD (Howard Hinnant's `civil_from_days`).
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(checked: &str, until: Option<&str>) -> Fact {
        Fact {
            name: "minimum-wage".into(),
            value: "780".into(),
            what: "minimum wage".into(),
            checked: checked.parse().unwrap(),
            until: until.map(|u| u.parse().unwrap()),
            source: SourceRef {
                title: "t".into(),
                url: "https://example.test".into(),
            },
        }
    }

    #[test]
    fn references_are_found_and_replaced() {
        let text = "at least EUR {$minimum-wage} a month ({$year})";
        let refs = references(text).unwrap();
        assert_eq!(
            refs.iter().map(|r| r.name).collect::<Vec<_>>(),
            ["minimum-wage", "year"]
        );
        let out = substitute(text, &refs, |n| {
            if n == "year" { "2026" } else { "780" }.to_string()
        });
        assert_eq!(out, "at least EUR 780 a month (2026)");
    }

    #[test]
    fn a_broken_reference_is_an_error_at_its_offset() {
        assert_eq!(references("pay {$Minimum} now"), Err(4));
        assert_eq!(references("pay {$minimum now"), Err(4));
        assert_eq!(
            references("{}, $5 and { $x } are not references").map(|r| r.len()),
            Ok(0)
        );
    }

    #[test]
    fn bare_numbers_skip_references_and_split_at_punctuation() {
        let text = "{$weekly-hours} hours, call 112 or +371 67209400, 9:00–17:00";
        let refs = references(text).unwrap();
        let found: Vec<String> = bare_numbers(text, &refs)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(found, ["112", "+371 67209400", "9", "00", "17", "00"]);
        assert!(bare_numbers("no numbers here", &[]).is_empty());
    }

    #[test]
    fn expiry_and_old_checks() {
        let f = fact("2026-12-01", Some("2026-12-31"));
        assert!(!f.expired("2026-12-31"));
        assert!(f.expired("2027-01-01"));
        assert!(!fact("2026-12-01", None).expired("2099-01-01"));
        assert!(!f.check_is_old("2027-12-01"));
        assert!(f.check_is_old("2027-12-02"));
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(20_789), "2026-12-02");
        assert_eq!(civil_date(11_016), "2000-02-29");
    }
}
