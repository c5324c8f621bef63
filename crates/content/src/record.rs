//! Recording that a translation matches the current source text: the hash of each source
//! message goes into locales/<lang>/translation.toml, the hash of each source page into the
//! translated page's `[translation] source`. Returns the files to write; the caller writes
//! them (`cargo xtask translated`).

use std::path::PathBuf;

use crate::Site;

/// Who checked a translation, or nobody yet (a draft written by us).
pub enum Review {
    Draft,
    Reviewed { by: String, on: String },
}

/// The new text of every file that records `lang`'s translation status.
pub fn record(site: &Site, lang: &str, review: &Review) -> Result<Vec<(PathBuf, String)>, String> {
    if site.language(lang).is_none() || lang == site.config.source_language {
        return Err(format!(
            "`{lang}` is not a translated language in content/languages.toml"
        ));
    }
    let (status, reviewed_by, reviewed_on) = match review {
        Review::Draft => ("draft", "", ""),
        Review::Reviewed { by, on } => ("reviewed", by.as_str(), on.as_str()),
    };
    let mut toml = format!(
        "# Translation status of locales/{lang}/*.ftl.\n\
         # status: \"draft\" (written by us, not yet checked) or \"reviewed\" (checked by a native speaker;\n\
         # then fill reviewed_by and reviewed_on, YYYY-MM-DD).\n\
         status = \"{status}\"\nreviewed_by = \"{reviewed_by}\"\nreviewed_on = \"{reviewed_on}\"\n\n\
         # The English text each message was translated from, as a short hash; recorded by\n\
         # `cargo xtask translated {lang}`. The build marks a message stale when its English changed.\n\
         [source]\n"
    );
    for id in site.locales.defined_ids(lang) {
        if let Some(h) = site.locales.source_hash(&id) {
            toml.push_str(&format!("{id} = \"{h}\"\n"));
        }
    }
    let mut files = vec![(
        site.root
            .join("locales")
            .join(lang)
            .join("translation.toml"),
        toml,
    )];
    for by_lang in site.pages.values() {
        let (Some(page), Some(source)) =
            (by_lang.get(lang), by_lang.get(&site.config.source_language))
        else {
            continue;
        };
        let text = std::fs::read_to_string(&page.file)
            .map_err(|e| format!("{}: cannot read: {e}", page.file.display()))?;
        let updated = set_translation(&text, status, reviewed_by, reviewed_on, &source.text_hash)
            .ok_or_else(|| {
            format!(
                "{}: no [translation] table in the front matter",
                page.file.display()
            )
        })?;
        files.push((page.file.clone(), updated));
    }
    Ok(files)
}

/// Rewrites the keys of the `[translation]` table in a page's front matter.
fn set_translation(text: &str, status: &str, by: &str, on: &str, source: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 64);
    let mut in_table = false;
    let mut seen = false;
    let mut fences = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if t == "+++" {
            fences += 1;
        }
        if fences == 1 && t.starts_with('[') {
            in_table = t == "[translation]";
            if in_table {
                seen = true;
                out.push_str(line);
                out.push_str(&format!(
                    "status = \"{status}\"\nreviewed_by = \"{by}\"\nreviewed_on = \"{on}\"\nsource = \"{source}\"\n"
                ));
                continue;
            }
        }
        let key = t.split('=').next().unwrap_or("").trim();
        if in_table
            && fences == 1
            && ["status", "reviewed_by", "reviewed_on", "source"].contains(&key)
        {
            continue;
        }
        out.push_str(line);
    }
    seen.then_some(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn rewrites_only_the_translation_table() {
        let page = "+++\ntitle = \"T\"\n\n[translation]\nstatus = \"draft\"\nsource = \"\"\n\n[[sources]]\ntitle = \"s\"\nurl = \"https://x/\"\n+++\nsource = text\n";
        let out =
            super::set_translation(page, "reviewed", "A. B.", "2026-12-01", "abcd1234").unwrap();
        assert!(out.contains("[translation]\nstatus = \"reviewed\"\nreviewed_by = \"A. B.\"\nreviewed_on = \"2026-12-01\"\nsource = \"abcd1234\"\n"));
        assert_eq!(out.matches("status =").count(), 1);
        assert!(
            out.ends_with("+++\nsource = text\n"),
            "the body is untouched"
        );
        assert!(
            super::set_translation("+++\ntitle = \"T\"\n+++\n", "draft", "", "", "x").is_none()
        );
    }
}
