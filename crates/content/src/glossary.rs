//! The glossary: the terms the pages use (content/glossary.toml) and the one word for each in
//! every language (locales/<lang>/glossary.toml), so that "overtime" or "residence permit" is
//! the same word on every page of a language, and a reviewer sees the words in one table.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::{line_of, Language, Problem, Problems};

/// One term of content/glossary.toml.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The key the language files use ("residence-permit").
    pub id: String,
    /// The term as the source-language pages write it ("residence permit").
    pub en: String,
    /// What it means here, for translators.
    pub note: String,
    /// Only these pages are checked for the term (where the word has other meanings
    /// elsewhere); every page when absent.
    #[serde(default)]
    pub pages: Option<Vec<String>>,
}

impl Term {
    pub fn applies_to(&self, slug: &str) -> bool {
        self.pages
            .as_ref()
            .is_none_or(|p| p.iter().any(|s| s == slug))
    }
}

/// A language's word for a term, as written: "virsstund|as", or forms "a|b / c|d".
#[derive(Debug, Clone, PartialEq)]
pub struct Word(pub String);

impl Word {
    /// As a reader sees it: the marks taken out ("virsstundas").
    pub fn shown(&self) -> String {
        self.0.replace('|', "")
    }

    /// True when `text` holds one of the forms' stems (any case, any ending).
    pub fn is_used_in(&self, text: &str) -> bool {
        let text = text.to_lowercase();
        self.0
            .split(" / ")
            .map(|form| form.split('|').next().unwrap_or(form).trim().to_lowercase())
            .any(|stem| !stem.is_empty() && text.contains(&stem))
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Glossary {
    pub terms: Vec<Term>,
    /// language → term id → word.
    pub words: BTreeMap<String, BTreeMap<String, Word>>,
}

impl Glossary {
    pub fn word(&self, lang: &str, id: &str) -> Option<&Word> {
        self.words.get(lang)?.get(id)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    term: Vec<Term>,
}

/// content/glossary.toml and every locales/<lang>/glossary.toml; a site without a glossary
/// has none (no file is needed).
pub(crate) fn read(root: &Path, languages: &[Language], problems: &mut Problems) -> Glossary {
    let path = root.join("content").join("glossary.toml");
    if !path.exists() {
        return Glossary::default();
    }
    let Some((file, _)) = crate::read_toml::<GlossaryFile>(&path, problems) else {
        return Glossary::default();
    };
    let mut words = BTreeMap::new();
    for lang in languages {
        let path = root.join("locales").join(&lang.code).join("glossary.toml");
        if !path.exists() {
            continue;
        }
        let Some((table, text)) = crate::read_toml::<BTreeMap<String, String>>(&path, problems)
        else {
            continue;
        };
        for (id, word) in &table {
            if !file.term.iter().any(|t| &t.id == id) {
                let line = text
                    .find(id.as_str())
                    .map(|o| line_of(&text, o))
                    .unwrap_or(1);
                problems.push(Problem::at(
                    &path,
                    line,
                    format!("`{id}` is not a term of content/glossary.toml"),
                ));
            } else if word.replace(['|', '/'], "").trim().is_empty() {
                let line = text
                    .find(id.as_str())
                    .map(|o| line_of(&text, o))
                    .unwrap_or(1);
                problems.push(Problem::at(&path, line, format!("`{id}` has no word")));
            }
        }
        words.insert(
            lang.code.clone(),
            table.into_iter().map(|(k, v)| (k, Word(v))).collect(),
        );
    }
    Glossary {
        terms: file.term,
        words,
    }
}

#[cfg(test)]
mod tests {
    use super::Word;

    #[test]
    fn a_stem_matches_any_ending_and_forms_are_alternatives() {
        let w = Word("virsstund|as".into());
        assert_eq!(w.shown(), "virsstundas");
        assert!(w.is_used_in("Par Virsstundām maksā vairāk."));
        assert!(!w.is_used_in("Par darbu maksā."));
        let forms = Word("вид на жительство / вида на жительство".into());
        assert!(forms.is_used_in("без вида на жительство"));
        assert!(!Word("|".into()).is_used_in("anything"));
    }
}
