//! Reads content/ and locales/ into one checked [`Site`].
//!
//! Every problem is reported with its file, its line and what is wrong, and all problems are
//! collected before failing, so a writer fixes them in one pass. Nothing here writes files:
//! the build tool (xtask) decides what to do with a valid site.

pub mod audio;
pub mod bidi;
pub mod campaigns;
mod error;
pub mod facts;
pub mod glossary;
mod help;
mod languages;
mod locales;
mod pages;
pub mod places;
pub mod quiz;
pub mod record;
pub mod routes;
pub mod school;
pub mod screening;
mod site;
pub mod translation;

pub use error::{Problem, Problems};
pub use facts::{Fact, Facts};
pub use glossary::{Glossary, Term, Word};
pub use help::{EmergencyNumbers, Organisation, PhoneNumber};
pub use languages::Language;
pub use locales::Locales;
pub use pages::{Page, SourceRef};
pub use places::{Place, Places};
pub use routes::{Kind, Route};
pub use school::School;
pub use screening::Screening;
pub use site::{FactAlerts, Lookup, Site, SiteConfig};

/// Reads and parses one TOML file; `None` (with the problem pushed, at its line) when it
/// cannot be read or parsed. Returns the text too, for line numbers of later checks.
pub(crate) fn read_toml<T: serde::de::DeserializeOwned>(
    path: &std::path::Path,
    problems: &mut Problems,
) -> Option<(T, String)> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            problems.push(Problem::in_file(path, format!("cannot read: {e}")));
            return None;
        }
    };
    match toml::from_str(&text) {
        Ok(value) => Some((value, text)),
        Err(e) => {
            problems.push(toml_problem(path, &text, 0, &e, ""));
            None
        }
    }
}

/// A TOML error at its line; `offset` is where the TOML starts inside `text`.
pub(crate) fn toml_problem(
    path: &std::path::Path,
    text: &str,
    offset: usize,
    e: &toml::de::Error,
    prefix: &str,
) -> Problem {
    let line = e
        .span()
        .map(|s| line_of(text, offset + s.start))
        .unwrap_or(1);
    Problem::at(path, line, format!("{prefix}{}", e.message()))
}

/// Turns a byte offset in `text` into a 1-based line number.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// A date written as YYYY-MM-DD (the only form content/ uses for "checked" dates).
pub(crate) fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u32>().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    #[test]
    fn line_numbers_count_from_one() {
        assert_eq!(super::line_of("a\nb\nc", 0), 1);
        assert_eq!(super::line_of("a\nb\nc", 2), 2);
        assert_eq!(super::line_of("a\nb\nc", 4), 3);
    }

    #[test]
    fn iso_dates() {
        assert!(super::is_iso_date("2026-11-29"));
        assert!(!super::is_iso_date("2026-13-01"));
        assert!(!super::is_iso_date("29.11.2026"));
        assert!(!super::is_iso_date("2026-1-1"));
    }
}
