//! content/places.toml: where posters and leaflets go, each with a short code. A poster's QR
//! code opens `/q/<code>/<lang>/` (see [`crate::Route::Place`]), so the code is the only
//! thing that tells places apart: no query, nothing about the person.
//!
//! content/print.toml: what every poster says (message ids of locales/<lang>/print.ftl and
//! the help lines printed large).
//!
//! A code that is not URL-safe, a duplicated code, a language that does not exist, or a
//! printed address longer than [`MAX_PRINTED_URL`] is refused at its file and line.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::{line_of, Problem, Problems};

/// The longest printed address: the public domain and `/q/<code>/<lang>/`. Every character
/// more makes the QR code denser, and a longer address is harder to type from paper.
pub const MAX_PRINTED_URL: usize = 25;

/// One place, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub code: String,
    /// For the people who print (never shown in the app).
    pub name: String,
    /// The languages printed for this place, in the site's order.
    pub languages: Vec<String>,
    /// The line of `code = …` in the file, for problems found later (the printed length
    /// depends on the domain the build is given).
    pub line: usize,
}

/// The places and what their posters say.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Places {
    pub file: PathBuf,
    pub places: Vec<Place>,
    /// content/print.toml.
    pub print: Print,
}

/// What every poster and leaflet says.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Print {
    #[serde(skip)]
    pub file: PathBuf,
    /// Message ids of print.ftl, in the order printed.
    #[serde(default)]
    pub messages: Vec<String>,
    /// Organisation ids of content/help.toml, printed large under 112.
    #[serde(default)]
    pub help: Vec<String>,
    /// Script (ISO 15924) → font families, first choice first.
    #[serde(default)]
    pub fonts: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesFile {
    #[serde(default)]
    place: Vec<PlaceEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceEntry {
    code: String,
    name: String,
    #[serde(default)]
    languages: Option<Vec<String>>,
}

/// Reads content/places.toml and content/print.toml (none is fine: a site without
/// posters). `languages` are the site's language codes, in order.
pub(crate) fn read(content: &Path, languages: &[String], problems: &mut Problems) -> Places {
    let file = content.join("places.toml");
    let print = read_print(&content.join("print.toml"), problems);
    if !file.exists() {
        return Places {
            file,
            print,
            ..Places::default()
        };
    }
    let Some((list, text)) = crate::read_toml::<PlacesFile>(&file, problems) else {
        return Places {
            file,
            print,
            ..Places::default()
        };
    };
    let mut places: Vec<Place> = Vec::new();
    // Each `[[place]]` in order: its code's line is the n-th `code =` line.
    let code_lines: Vec<usize> = text
        .match_indices("code")
        .filter(|(o, _)| text[..*o].ends_with('\n') || *o == 0)
        .map(|(o, _)| line_of(&text, o))
        .collect();
    for (n, entry) in list.place.into_iter().enumerate() {
        let line = code_lines.get(n).copied().unwrap_or(1);
        let code = entry.code;
        if code.is_empty()
            || !code
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        {
            problems.push(Problem::at(
                &file,
                line,
                format!("`{code}`: a place code is lowercase letters a-z and digits only, so that it is safe in any address and easy to type"),
            ));
            continue;
        }
        if let Some(first) = places.iter().find(|p| p.code == code) {
            problems.push(Problem::at(
                &file,
                line,
                format!(
                    "the code `{code}` is already the place on line {}",
                    first.line
                ),
            ));
            continue;
        }
        let wanted = entry.languages.unwrap_or_else(|| languages.to_vec());
        for lang in &wanted {
            if !languages.contains(lang) {
                problems.push(Problem::at(
                    &file,
                    line,
                    format!("`{code}` lists `{lang}`, which is not in languages.toml"),
                ));
            }
        }
        places.push(Place {
            code,
            name: entry.name,
            // The site's order, whatever order the file uses.
            languages: languages
                .iter()
                .filter(|l| wanted.contains(l))
                .cloned()
                .collect(),
            line,
        });
    }
    Places {
        file,
        places,
        print,
    }
}

fn read_print(file: &Path, problems: &mut Problems) -> Print {
    if !file.exists() {
        return Print::default();
    }
    let Some((mut print, _)) = crate::read_toml::<Print>(file, problems) else {
        return Print::default();
    };
    print.file = file.to_path_buf();
    print
}

/// The address as printed under a QR code: the origin without its scheme, then the path.
pub fn printed(base_url: &str, path: &str) -> String {
    let host = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest)
        .trim_end_matches('/');
    format!("{host}{path}")
}

impl Places {
    /// Every message a poster needs.
    pub fn message_ids(&self) -> Vec<String> {
        if self.places.is_empty() {
            return Vec::new();
        }
        let mut ids = self.print.messages.clone();
        ids.extend(self.print.help.iter().map(|id| format!("print-{id}")));
        ids.push("print-scan".into());
        ids
    }

    /// Every printed address longer than [`MAX_PRINTED_URL`] with this origin, at the line of
    /// its place.
    pub fn too_long(&self, base_url: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        for place in &self.places {
            let longest = place
                .languages
                .iter()
                .map(|lang| printed(base_url, &crate::Route::place(&place.code, lang).url()))
                .max_by_key(|url| url.chars().count());
            if let Some(url) = longest {
                let length = url.chars().count();
                if length > MAX_PRINTED_URL {
                    problems.push(Problem::at(
                        &self.file,
                        place.line,
                        format!(
                            "the printed address {url} has {length} characters, more than {MAX_PRINTED_URL}: shorten the code `{}` (or the domain)",
                            place.code
                        ),
                    ));
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs() -> Vec<String> {
        ["lv", "en", "uz"].map(String::from).to_vec()
    }

    fn read_text(text: &str) -> (Places, Vec<String>) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("places.toml"), text).unwrap();
        let mut problems = Problems::default();
        let places = read(dir.path(), &langs(), &mut problems);
        let messages = problems
            .0
            .iter()
            .map(|p| {
                let name = p.file.file_name().unwrap().to_string_lossy().to_string();
                format!("{name}:{}: {}", p.line.unwrap_or(0), p.message)
            })
            .collect();
        (places, messages)
    }

    #[test]
    fn a_place_gets_every_language_in_the_sites_order() {
        let (places, problems) = read_text(
            "[[place]]\ncode = \"rix\"\nname = \"Airport\"\n\n[[place]]\ncode = \"s1\"\nname = \"School\"\nlanguages = [\"uz\", \"lv\"]\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(places.places[0].languages, langs());
        assert_eq!(places.places[1].languages, ["lv", "uz"]);
        assert_eq!(places.places[1].line, 6);
    }

    #[test]
    fn a_code_that_is_not_url_safe_is_refused_at_its_line() {
        for code in ["Rix", "a b", "é", "a/b", "a?b", "", "a-b"] {
            let (_, problems) = read_text(&format!("[[place]]\ncode = \"{code}\"\nname = \"x\"\n"));
            assert!(
                problems.len() == 1 && problems[0].starts_with("places.toml:2: `"),
                "{code}: {problems:?}"
            );
        }
    }

    #[test]
    fn a_duplicated_code_is_refused_naming_the_first() {
        let (places, problems) = read_text(
            "[[place]]\ncode = \"rix\"\nname = \"a\"\n[[place]]\ncode = \"rix\"\nname = \"b\"\n",
        );
        assert_eq!(
            problems,
            ["places.toml:5: the code `rix` is already the place on line 2"]
        );
        assert_eq!(places.places.len(), 1);
    }

    #[test]
    fn an_unknown_language_is_refused() {
        let (_, problems) =
            read_text("[[place]]\ncode = \"rix\"\nname = \"a\"\nlanguages = [\"xx\"]\n");
        assert_eq!(
            problems,
            ["places.toml:2: `rix` lists `xx`, which is not in languages.toml"]
        );
    }

    #[test]
    fn a_printed_address_over_25_characters_is_refused_at_the_places_line() {
        let (places, problems) = read_text(
            "[[place]]\ncode = \"rix\"\nname = \"a\"\n\n[[place]]\ncode = \"embassy\"\nname = \"b\"\n",
        );
        assert!(problems.is_empty());
        // "example.lv/q/rix/uz/" is 20 characters; "example.lv/q/embassy/uz/" 24.
        assert!(places.too_long("https://example.lv").is_empty());
        let long = places.too_long("https://work-in-latvia.lv");
        let lines: Vec<_> = long.iter().map(|p| p.line).collect();
        assert_eq!(lines, [Some(2), Some(6)]);
        assert!(long[1]
            .message
            .starts_with("the printed address work-in-latvia.lv/q/embassy/uz/ has 31 characters"));
    }

    #[test]
    fn the_printed_address_has_no_scheme() {
        assert_eq!(printed("https://a.lv/", "/q/x/uz/"), "a.lv/q/x/uz/");
        assert_eq!(
            printed("http://127.0.0.1:8080", "/q/x/uz/"),
            "127.0.0.1:8080/q/x/uz/"
        );
    }
}
