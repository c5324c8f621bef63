//! content/quiz.toml: the school section's quiz. Three kinds of question:
//! - `true-false`: a statement (`quiz-<id>`), `answer = true` or `false`;
//! - `choice`: a question and its `options` (`quiz-<id>-<option>`), `answer` names one;
//! - `spot`: a job advert cut into `phrases` (`quiz-<id>-<phrase>`), `flags` names the
//!   warning signs among them, which the student taps.
//!
//! Every question has an explanation shown after the answer (`quiz-<id>-explain`). A
//! question without an answer (or whose answer is not one of its options or phrases) is
//! refused at its file and line.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::{line_of, Problem, Problems};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuizKind {
    TrueFalse,
    Choice,
    Spot,
}

/// A question's answer as the file writes it: `true`/`false`, or an option's id.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum QuizAnswer {
    Bool(bool),
    Option(String),
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizQuestion {
    pub id: String,
    pub kind: QuizKind,
    #[serde(default)]
    pub answer: Option<QuizAnswer>,
    /// A `choice` question's options, in the order shown.
    #[serde(default)]
    pub options: Vec<String>,
    /// A `spot` question's advert, phrase by phrase.
    #[serde(default)]
    pub phrases: Vec<String>,
    /// The warning signs among the phrases.
    #[serde(default)]
    pub flags: Vec<String>,
}

/// The quiz, checked.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    #[serde(skip)]
    pub file: PathBuf,
    /// When the explanations were checked against their sources.
    pub checked: Option<toml::value::Datetime>,
    /// Where the explanations' facts come from.
    #[serde(default)]
    pub sources: Vec<crate::SourceRef>,
    #[serde(default)]
    pub question: Vec<QuizQuestion>,
}

impl QuizQuestion {
    /// The parts a student picks from: the options, the phrases, or true and false.
    pub fn parts(&self) -> Vec<String> {
        match self.kind {
            QuizKind::TrueFalse => vec!["true".into(), "false".into()],
            QuizKind::Choice => self.options.clone(),
            QuizKind::Spot => self.phrases.clone(),
        }
    }

    /// True when picking `part` is right: the answer, or one of the flags.
    pub fn is_right(&self, part: &str) -> bool {
        match (&self.kind, &self.answer) {
            (QuizKind::TrueFalse, Some(QuizAnswer::Bool(b))) => part == b.to_string(),
            (QuizKind::Choice, Some(QuizAnswer::Option(o))) => part == o,
            (QuizKind::Spot, _) => self.flags.iter().any(|f| f == part),
            _ => false,
        }
    }
}

impl Quiz {
    /// Every message of the quiz's questions, in every language.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for q in &self.question {
            ids.push(format!("quiz-{}", q.id));
            ids.push(format!("quiz-{}-explain", q.id));
            if q.kind != QuizKind::TrueFalse {
                ids.extend(q.parts().iter().map(|p| format!("quiz-{}-{p}", q.id)));
            }
        }
        ids
    }
}

/// content/quiz.toml (empty when there is none: the school section may have stories only).
pub(crate) fn read(path: &Path, problems: &mut Problems) -> Quiz {
    if !path.exists() {
        return Quiz::default();
    }
    let Some((mut quiz, text)) = crate::read_toml::<Quiz>(path, problems) else {
        return Quiz::default();
    };
    quiz.file = path.to_path_buf();
    if !quiz
        .checked
        .is_some_and(|c| crate::is_iso_date(&c.to_string()))
        || quiz.sources.is_empty()
        || !quiz.sources.iter().all(|s| s.url.starts_with("http"))
    {
        problems.push(Problem::in_file(
            path,
            "the quiz needs checked = <date> and sources = [{ title, url }] for its explanations",
        ));
    }
    let mut seen = BTreeSet::new();
    let mut from = 0;
    for q in &quiz.question {
        // Questions are written in order: each one's line is after the one before.
        let at = text[from..]
            .find(&format!("id = \"{}\"", q.id))
            .map(|o| from + o)
            .unwrap_or(from);
        from = at;
        let line = line_of(&text, at);
        let mut problem = |message: String| problems.push(Problem::at(path, line, message));
        let id = &q.id;
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            problem(format!(
                "question `{id}`: an id is lowercase letters, digits and -"
            ));
        }
        if !seen.insert(id.clone()) {
            problem(format!("question `{id}` is listed twice"));
        }
        match (q.kind, &q.answer) {
            (QuizKind::TrueFalse, Some(QuizAnswer::Bool(_))) => {}
            (QuizKind::TrueFalse, _) => problem(format!(
                "question `{id}` has no answer: answer = true or false"
            )),
            (QuizKind::Choice, Some(QuizAnswer::Option(o))) if q.options.contains(o) => {}
            (QuizKind::Choice, Some(QuizAnswer::Option(o))) => problem(format!(
                "question `{id}`: the answer `{o}` is not one of its options"
            )),
            (QuizKind::Choice, _) => problem(format!(
                "question `{id}` has no answer: answer = \"<one of its options>\""
            )),
            (QuizKind::Spot, _) => {
                if q.flags.is_empty() {
                    problem(format!(
                        "question `{id}` has no answer: flags = [\"<the phrases that are warning signs>\"]"
                    ));
                }
                for f in &q.flags {
                    if !q.phrases.contains(f) {
                        problem(format!(
                            "question `{id}`: the flag `{f}` is not one of its phrases"
                        ));
                    }
                }
                if q.flags.len() == q.phrases.len() {
                    problem(format!(
                        "question `{id}`: every phrase is a flag; an advert needs some that are not"
                    ));
                }
            }
        }
        let parts = q.parts();
        let unique: BTreeSet<&String> = parts.iter().collect();
        if q.kind != QuizKind::TrueFalse && (parts.len() < 2 || unique.len() != parts.len()) {
            problem(format!(
                "question `{id}` needs at least two different options or phrases"
            ));
        }
    }
    quiz
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems_of(text: &str) -> (Quiz, Vec<String>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("quiz.toml");
        std::fs::write(&path, text).unwrap();
        let mut problems = Problems::default();
        let quiz = read(&path, &mut problems);
        (quiz, problems.0.iter().map(|p| p.to_string()).collect())
    }

    const GOOD: &str = r#"checked = 2026-12-02
sources = [{ title = "PMLP", url = "https://www.pmlp.gov.lv/" }]
[[question]]
id = "passport"
kind = "true-false"
answer = false

[[question]]
id = "fee"
kind = "choice"
options = ["pay", "refuse"]
answer = "refuse"

[[question]]
id = "advert"
kind = "spot"
phrases = ["city", "high-pay", "passport"]
flags = ["high-pay", "passport"]
"#;

    #[test]
    fn a_good_quiz_reads_with_its_messages_and_answers() {
        let (quiz, problems) = problems_of(GOOD);
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(quiz.question.len(), 3);
        assert!(quiz.question[0].is_right("false") && !quiz.question[0].is_right("true"));
        assert!(quiz.question[1].is_right("refuse"));
        assert!(quiz.question[2].is_right("passport") && !quiz.question[2].is_right("city"));
        let ids = quiz.message_ids();
        assert!(ids.contains(&"quiz-passport-explain".to_string()));
        assert!(ids.contains(&"quiz-fee-refuse".to_string()));
        assert!(ids.contains(&"quiz-advert-high-pay".to_string()));
        assert!(!ids.contains(&"quiz-passport-true".to_string()));
    }

    #[test]
    fn a_question_without_an_answer_is_named_at_its_line() {
        let (_, problems) = problems_of(&GOOD.replace("answer = false\n", ""));
        assert!(
            problems
                .iter()
                .any(|p| p.contains("quiz.toml:4:") && p.contains("`passport` has no answer")),
            "{problems:?}"
        );
        let (_, problems) = problems_of(&GOOD.replace("answer = \"refuse\"", "answer = \"run\""));
        assert!(
            problems.iter().any(
                |p| p.contains("quiz.toml:9:") && p.contains("`run` is not one of its options")
            ),
            "{problems:?}"
        );
        let (_, problems) =
            problems_of(&GOOD.replace("flags = [\"high-pay\", \"passport\"]\n", ""));
        assert!(
            problems
                .iter()
                .any(|p| p.contains("quiz.toml:15:") && p.contains("`advert` has no answer")),
            "{problems:?}"
        );
        let (_, problems) = problems_of(&GOOD.replace("kind = \"spot\"", "kind = \"guess\""));
        assert!(
            problems
                .iter()
                .any(|p| p.contains("quiz.toml:16:") && p.contains("guess")),
            "{problems:?}"
        );
    }
}
