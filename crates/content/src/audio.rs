//! content/audio/<lang>/<name>.<ext>: recordings, for the languages that phones rarely have
//! a voice for (uz, ky, tg). "Listen" plays a recording where there is one, with or without
//! a voice. A name is what is recorded:
//!   check-q-<question id>   one question of content/screening.toml (the self-check and the
//!                           person's side of the screening aid)
//!   <page slug>-<n>         the n-th section of a page in that language: 1 is the title and
//!                           the text before the first `##` heading, 2 the first heading
//!                           and its text, and so on
//! The service worker stores a language's recordings with the language. None exist yet.

use std::path::{Path, PathBuf};

use crate::{Problem, Problems};

/// The kinds of file a recording may be, and the content type each is sent with (wil-dist
/// has the same table for the server).
pub const EXTENSIONS: &[&str] = &["opus", "ogg", "mp3", "m4a"];

#[derive(Debug, Clone, PartialEq)]
pub struct Recording {
    pub lang: String,
    /// `check-q-passport`, `pay-2`.
    pub name: String,
    /// `opus`, `mp3`, …
    pub extension: String,
    pub file: PathBuf,
    /// The recording itself, copied into dist/ as it is.
    pub bytes: Vec<u8>,
}

/// Every file under `dir` (which may not exist: then there are none). A file that is not
/// `<lang>/<name>.<ext>` with a known extension is a problem; whether the language and the
/// name exist is checked with the rest of the site.
pub(crate) fn read(dir: &Path, problems: &mut Problems) -> Vec<Recording> {
    let mut recordings = Vec::new();
    let Ok(langs) = std::fs::read_dir(dir) else {
        return recordings;
    };
    let mut langs: Vec<_> = langs.flatten().map(|e| e.path()).collect();
    langs.sort();
    for lang_dir in langs {
        let lang = file_name(&lang_dir);
        let Ok(files) = std::fs::read_dir(&lang_dir) else {
            problems.push(Problem::in_file(
                &lang_dir,
                "content/audio holds one folder per language (content/audio/<lang>/<name>.<ext>)",
            ));
            continue;
        };
        let mut files: Vec<_> = files.flatten().map(|e| e.path()).collect();
        files.sort();
        for file in files {
            let name = file_name(&file);
            let Some((stem, extension)) = name.rsplit_once('.') else {
                problems.push(Problem::in_file(&file, "a recording needs an extension"));
                continue;
            };
            let extension = extension.to_ascii_lowercase();
            if !EXTENSIONS.contains(&extension.as_str()) {
                problems.push(Problem::in_file(
                    &file,
                    format!(
                        "`.{extension}` is not a kind of recording the app plays: use one of {}",
                        EXTENSIONS.join(", ")
                    ),
                ));
                continue;
            }
            let bytes = match std::fs::read(&file) {
                Ok(bytes) => bytes,
                Err(e) => {
                    problems.push(Problem::in_file(&file, format!("cannot be read: {e}")));
                    continue;
                }
            };
            recordings.push(Recording {
                lang: lang.clone(),
                name: stem.to_string(),
                extension,
                file,
                bytes,
            });
        }
    }
    recordings
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// How many sections a page's HTML has: the part before the first `<h2`, then one per `<h2`.
pub fn sections(html: &str) -> usize {
    1 + html.matches("<h2").count()
}
