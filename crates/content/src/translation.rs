//! Translation status: draft or reviewed, and stale when the source changed afterwards.
//!
//! A translation records a short hash of the source text it was made from (per message in
//! locales/<lang>/translation.toml, per page in the page's `[translation]` front matter).
//! When the source's hash today differs, the translation is stale.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::{is_iso_date, Problem, Problems};

/// Eight hex digits of SHA-256: enough to notice a change, short enough to read.
pub fn short_hash(text: &str) -> String {
    Sha256::digest(text.trim().as_bytes())
        .iter()
        .take(4)
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Status {
    /// The word the coverage table and the review sheet use.
    pub fn word(self) -> &'static str {
        match self {
            Status::Reviewed => "reviewed",
            Status::Draft => "draft",
            Status::Stale => "stale",
            Status::Missing => "missing",
        }
    }
}

/// Where one string or page of one language stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Checked by a native speaker, and the source has not changed since.
    Reviewed,
    /// Written by us, not yet checked.
    Draft,
    /// The source changed after the translation was made.
    Stale,
    /// Not translated: the fallback language is shown.
    Missing,
}

/// What a translation records about itself: written by us, or checked by a native speaker.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Recorded {
    #[default]
    Draft,
    Reviewed,
}

/// How a translation was made: `[translation]` in a page's front matter, or
/// locales/<lang>/translation.toml.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationInfo {
    /// In TOML: `status = "draft"` or `status = "reviewed"` (anything else is an error at
    /// its line).
    pub status: Recorded,
    #[serde(default)]
    pub reviewed_by: String,
    #[serde(default)]
    pub reviewed_on: String,
    /// For a page: the hash of the source page it was translated from.
    #[serde(default)]
    pub source: String,
}

impl TranslationInfo {
    pub fn is_reviewed(&self) -> bool {
        self.status == Recorded::Reviewed
    }

    /// A review names who and when.
    pub fn check(&self, file: &Path, line: usize, problems: &mut Problems) {
        if self.is_reviewed()
            && (self.reviewed_by.trim().is_empty() || !is_iso_date(&self.reviewed_on))
        {
            problems.push(Problem::at(
                file,
                line,
                "translation: a reviewed translation needs reviewed_by and reviewed_on (YYYY-MM-DD)",
            ));
        }
    }

    /// The status of a translation whose source now hashes to `current`.
    pub fn status(&self, current: &str) -> Status {
        if self.source != current {
            Status::Stale
        } else if self.is_reviewed() {
            Status::Reviewed
        } else {
            Status::Draft
        }
    }
}

/// locales/<lang>/translation.toml: the file's status and each message's source hash.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleTranslation {
    pub status: Recorded,
    #[serde(default)]
    pub reviewed_by: String,
    #[serde(default)]
    pub reviewed_on: String,
    #[serde(default)]
    pub source: BTreeMap<String, String>,
}

impl LocaleTranslation {
    pub fn read(path: &Path, problems: &mut Problems) -> Option<LocaleTranslation> {
        // No file is not a problem here: the caller decides whether one was needed.
        if !path.exists() {
            return None;
        }
        let (t, _) = crate::read_toml::<LocaleTranslation>(path, problems)?;
        t.info("").check(path, 1, problems);
        Some(t)
    }

    /// The file's status as it applies to message `id`.
    fn info(&self, id: &str) -> TranslationInfo {
        TranslationInfo {
            status: self.status,
            reviewed_by: self.reviewed_by.clone(),
            reviewed_on: self.reviewed_on.clone(),
            source: self.source.get(id).cloned().unwrap_or_default(),
        }
    }

    pub fn status_of(&self, id: &str, current: &str) -> Status {
        self.info(id).status(current)
    }
}

/// Counts of strings or pages by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub reviewed: usize,
    pub draft: usize,
    pub stale: usize,
    pub missing: usize,
}

impl Counts {
    pub fn add(&mut self, s: Status) {
        match s {
            Status::Reviewed => self.reviewed += 1,
            Status::Draft => self.draft += 1,
            Status::Stale => self.stale += 1,
            Status::Missing => self.missing += 1,
        }
    }
}

/// One row of the coverage table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageRow {
    pub lang: String,
    pub ui: Counts,
    pub pages: Counts,
}

/// The coverage table as the build prints it.
pub fn coverage_table(rows: &[CoverageRow]) -> String {
    let mut s = format!(
        "{:<6} {:>27}   {:>27}\n{:<6} {:>6} {:>6} {:>6} {:>7}   {:>6} {:>6} {:>6} {:>7}\n",
        "",
        "UI strings",
        "pages",
        "lang",
        "review",
        "draft",
        "stale",
        "missing",
        "review",
        "draft",
        "stale",
        "missing"
    );
    for r in rows {
        s.push_str(&format!(
            "{:<6} {:>6} {:>6} {:>6} {:>7}   {:>6} {:>6} {:>6} {:>7}\n",
            r.lang,
            r.ui.reviewed,
            r.ui.draft,
            r.ui.stale,
            r.ui.missing,
            r.pages.reviewed,
            r.pages.draft,
            r.pages.stale,
            r.pages.missing
        ));
    }
    s
}
