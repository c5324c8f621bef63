use std::path::Path;

use serde::Deserialize;

use crate::{line_of, Problem, Problems};

/// One language the site is written in, from content/languages.toml.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// BCP 47 code, also the URL prefix: "lv" → /lv/.
    pub code: String,
    /// The name in the language itself: "Latviešu".
    pub name: String,
    pub english_name: String,
    /// "ltr" or "rtl".
    pub dir: String,
    /// ISO 15924 script: "Latn", "Cyrl", "Arab", "Deva".
    pub script: String,
    /// The language and country a link preview names (OpenGraph `og:locale`, as
    /// `ll_CC`): "lv_LV". The country is where most of its readers come from.
    pub locale: String,
    /// Where a missing string is looked up next, in order (the source language last).
    #[serde(default)]
    pub fallback: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguagesFile {
    language: Vec<Language>,
}

pub(crate) fn read(path: &Path, problems: &mut Problems) -> Vec<Language> {
    let Some((file, text)) = crate::read_toml::<LanguagesFile>(path, problems) else {
        return Vec::new();
    };
    let codes: Vec<&str> = file.language.iter().map(|l| l.code.as_str()).collect();
    for (i, l) in file.language.iter().enumerate() {
        let line = text
            .find(&format!("code = \"{}\"", l.code))
            .map(|o| line_of(&text, o))
            .unwrap_or(1);
        if l.code.is_empty() || !l.code.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            problems.push(Problem::at(
                path,
                line,
                format!("language code `{}` must be lower-case letters", l.code),
            ));
        }
        if codes[..i].contains(&l.code.as_str()) {
            problems.push(Problem::at(
                path,
                line,
                format!("language `{}` is listed twice", l.code),
            ));
        }
        if l.dir != "ltr" && l.dir != "rtl" {
            problems.push(Problem::at(
                path,
                line,
                format!(
                    "dir of `{}` must be \"ltr\" or \"rtl\", not {:?}",
                    l.code, l.dir
                ),
            ));
        }
        let locale_ok = l.locale.split_once('_').is_some_and(|(language, country)| {
            language == l.code
                && country.len() == 2
                && country.chars().all(|c| c.is_ascii_uppercase())
        });
        if !locale_ok {
            problems.push(Problem::at(
                path,
                line,
                format!(
                    "locale of `{}` must be the code, `_` and a country in capitals (\"{}_LV\"), not {:?}",
                    l.code, l.code, l.locale
                ),
            ));
        }
        for f in &l.fallback {
            if !codes.contains(&f.as_str()) || f == &l.code {
                problems.push(Problem::at(
                    path,
                    line,
                    format!(
                        "fallback `{f}` of `{}` is not another listed language",
                        l.code
                    ),
                ));
            }
        }
    }
    file.language
}
