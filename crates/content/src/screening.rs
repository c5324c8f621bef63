//! content/screening.toml: the questions of the self-check and the screening aid, each tied
//! to one ILO indicator with its grade, and the signs a professional notices without asking.
//! The words are Fluent messages (`check-q-<id>`, `check-sign-<id>`, `check-dim-<id>`,
//! `check-observed-<id>`), so they are translated like every other string.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::{is_iso_date, line_of, Problem, Problems, SourceRef};

/// How much an indicator weighs in the ILO list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grade {
    Strong,
    Medium,
    Weak,
}

impl Grade {
    /// The word of the file, as the markup and the browser's rule read it.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Strong => "strong",
            Grade::Medium => "medium",
            Grade::Weak => "weak",
        }
    }
}

/// The answer that shows a question's sign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    Yes,
    No,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    /// Help directory organisations whose lines the result offers for this dimension.
    pub help: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub dimension: String,
    /// The ILO's name of the indicator, for reviewers and the professional's summary.
    pub indicator: String,
    pub grade: Grade,
    pub sign_when: Answer,
}

/// A sign a professional notes without asking.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observed {
    pub id: String,
    pub dimension: String,
    pub indicator: String,
    pub grade: Grade,
}

/// The professional's next steps in Latvia: inform both the State Police and a service
/// provider. Ids are organisations of content/help.toml.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    pub police: String,
    pub providers: Vec<String>,
    /// Where the steps are written down.
    #[serde(default)]
    pub sources: Vec<SourceRef>,
}

/// The whole file, checked.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Screening {
    #[serde(skip)]
    pub file: PathBuf,
    pub checked: Option<toml::value::Datetime>,
    pub source: Option<SourceRef>,
    #[serde(default)]
    pub dimension: Vec<Dimension>,
    /// Lines offered when no sign came up, and on the page without JavaScript.
    #[serde(default)]
    pub general_help: Vec<String>,
    #[serde(default)]
    pub question: Vec<Question>,
    #[serde(default)]
    pub observed: Vec<Observed>,
    #[serde(default)]
    pub referral: Referral,
}

impl Screening {
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimension.iter().find(|d| d.id == id)
    }

    /// Every message of this file the self-check and the screening aid need, in every
    /// language.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .question
            .iter()
            .flat_map(|q| [format!("check-q-{}", q.id), format!("check-sign-{}", q.id)])
            .collect();
        ids.extend(self.dimension.iter().map(|d| format!("check-dim-{}", d.id)));
        ids.extend(
            self.observed
                .iter()
                .map(|o| format!("check-observed-{}", o.id)),
        );
        ids.extend(
            self.dimension
                .iter()
                .map(|d| format!("screening-dim-{}", d.id)),
        );
        ids
    }

    /// The organisations the file names (for the cross-check with content/help.toml).
    pub fn help_ids(&self) -> impl Iterator<Item = &String> {
        self.general_help
            .iter()
            .chain(self.dimension.iter().flat_map(|d| d.help.iter()))
            .chain(std::iter::once(&self.referral.police))
            .chain(&self.referral.providers)
    }
}

/// content/screening.toml (empty, with the problem pushed, when unreadable or wrong).
pub(crate) fn read(path: &Path, problems: &mut Problems) -> Screening {
    let Some((mut file, text)) = crate::read_toml::<Screening>(path, problems) else {
        return Screening::default();
    };
    file.file = path.to_path_buf();
    let line_of_id = |id: &str| {
        text.find(&format!("id = \"{id}\""))
            .map(|o| line_of(&text, o))
            .unwrap_or(1)
    };
    if !file.checked.is_some_and(|c| is_iso_date(&c.to_string())) {
        problems.push(Problem::in_file(
            path,
            "checked must be a date like 2026-12-02",
        ));
    }
    if !file
        .source
        .as_ref()
        .is_some_and(|s| s.url.starts_with("http"))
    {
        problems.push(Problem::in_file(path, "source needs a web address"));
    }
    if file.question.is_empty() {
        problems.push(Problem::in_file(path, "there are no questions"));
    }
    let mut seen = BTreeSet::new();
    for d in &file.dimension {
        if !seen.insert(format!("dimension {}", d.id)) {
            problems.push(Problem::at(
                path,
                line_of_id(&d.id),
                format!("dimension `{}` is listed twice", d.id),
            ));
        }
    }
    for d in &file.dimension {
        if !file.question.iter().any(|q| q.dimension == d.id) {
            problems.push(Problem::at(
                path,
                line_of_id(&d.id),
                format!("dimension `{}` has no question", d.id),
            ));
        }
    }
    if file.referral.police.is_empty() || file.referral.providers.is_empty() {
        problems.push(Problem::in_file(
            path,
            "[referral] needs `police` and `providers` (ids of content/help.toml)",
        ));
    }
    let with_dimension = file
        .question
        .iter()
        .map(|q| ("question", &q.id, &q.dimension))
        .chain(
            file.observed
                .iter()
                .map(|o| ("observed sign", &o.id, &o.dimension)),
        );
    for (what, id, dimension) in with_dimension {
        let line = line_of_id(id);
        if !seen.insert(format!("{what} {id}")) {
            problems.push(Problem::at(
                path,
                line,
                format!("{what} `{id}` is listed twice"),
            ));
        }
        if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            problems.push(Problem::at(
                path,
                line,
                format!("{what} `{id}`: an id is lowercase letters, digits and -"),
            ));
        }
        if file.dimension(dimension).is_none() {
            problems.push(Problem::at(
                path,
                line,
                format!("{what} `{id}`: there is no dimension `{dimension}`"),
            ));
        }
    }
    file
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> (Screening, Vec<String>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("screening.toml");
        std::fs::write(&path, text).unwrap();
        let mut problems = Problems::default();
        let s = read(&path, &mut problems);
        let messages = problems.0.iter().map(|p| p.to_string()).collect();
        (s, messages)
    }

    const HEAD: &str = "checked = 2026-12-02\nsource = { title = \"ILO\", url = \"https://www.ilo.org/\" }\nreferral = { police = \"police\", providers = [\"marta\"] }\n[[dimension]]\nid = \"coercion\"\nhelp = [\"police\"]\n";

    #[test]
    fn a_good_file_reads() {
        let (s, problems) = read_text(&format!(
            "{HEAD}[[question]]\nid = \"passport\"\ndimension = \"coercion\"\nindicator = \"Confiscation of documents\"\ngrade = \"strong\"\nsign_when = \"no\"\n"
        ));
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(s.question[0].grade, Grade::Strong);
        assert_eq!(s.question[0].sign_when, Answer::No);
        assert_eq!(
            s.message_ids(),
            [
                "check-q-passport",
                "check-sign-passport",
                "check-dim-coercion",
                "screening-dim-coercion",
            ]
        );
    }

    #[test]
    fn a_bad_grade_an_unknown_dimension_and_a_twin_are_named_at_their_line() {
        let (_, problems) = read_text(&format!(
            "{HEAD}[[question]]\nid = \"passport\"\ndimension = \"coercion\"\nindicator = \"x\"\ngrade = \"very strong\"\nsign_when = \"no\"\n"
        ));
        assert!(
            problems[0].contains("screening.toml:11") && problems[0].contains("very strong"),
            "{problems:?}"
        );
        let (_, problems) = read_text(&format!(
            "{HEAD}[[question]]\nid = \"passport\"\ndimension = \"elsewhere\"\nindicator = \"x\"\ngrade = \"weak\"\nsign_when = \"yes\"\n[[question]]\nid = \"passport\"\ndimension = \"coercion\"\nindicator = \"x\"\ngrade = \"weak\"\nsign_when = \"yes\"\n"
        ));
        assert!(
            problems
                .iter()
                .any(|p| p.contains(":8:") && p.contains("no dimension `elsewhere`")),
            "{problems:?}"
        );
        assert!(
            problems.iter().any(|p| p.contains("listed twice")),
            "{problems:?}"
        );
    }

    #[test]
    fn a_dimension_with_no_question_and_a_missing_referral_are_named() {
        let (_, problems) = read_text(&format!(
            "{HEAD}[[dimension]]\nid = \"isolation\"\nhelp = []\n[[question]]\nid = \"passport\"\ndimension = \"coercion\"\nindicator = \"x\"\ngrade = \"strong\"\nsign_when = \"no\"\n"
        ));
        assert!(
            problems
                .iter()
                .any(|p| p.contains("screening.toml:8:")
                    && p.contains("`isolation` has no question")),
            "{problems:?}"
        );
        let (_, problems) = read_text(&HEAD.replace(
            "referral = { police = \"police\", providers = [\"marta\"] }\n",
            "",
        ));
        assert!(
            problems.iter().any(|p| p.contains("[referral] needs")),
            "{problems:?}"
        );
    }
}
