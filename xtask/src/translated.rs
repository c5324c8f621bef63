//! `cargo xtask translated <lang> [--reviewed-by NAME --on YYYY-MM-DD]`: records that the
//! translation of <lang> now matches the current source text.
//!
//! It stores the hash of each source message in locales/<lang>/translation.toml and the hash
//! of each source page in the translated page's `[translation] source`. Without
//! --reviewed-by the translation is marked a draft (written by us); with it, reviewed.

use std::path::Path;

use wil_content::Site;

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let usage = "usage: cargo xtask translated <lang> [--reviewed-by NAME --on YYYY-MM-DD]";
    let mut lang = None;
    let mut reviewed_by = String::new();
    let mut reviewed_on = String::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--reviewed-by" => reviewed_by = it.next().cloned().ok_or(usage)?,
            "--on" => reviewed_on = it.next().cloned().ok_or(usage)?,
            other if !other.starts_with('-') && lang.is_none() => lang = Some(other.to_string()),
            other => return Err(format!("unknown argument `{other}`\n{usage}")),
        }
    }
    let lang = lang.ok_or(usage)?;
    if reviewed_by.is_empty() != reviewed_on.is_empty() {
        return Err(format!("--reviewed-by and --on go together\n{usage}"));
    }
    let status = if reviewed_by.is_empty() {
        "draft"
    } else {
        "reviewed"
    };
    let site = Site::load(root).map_err(|p| p.to_string())?;
    if site.language(&lang).is_none() || lang == site.config.source_language {
        return Err(format!(
            "`{lang}` is not a translated language in content/languages.toml"
        ));
    }

    let mut toml = format!(
        "# Translation status of locales/{lang}/*.ftl.\n\
         # status: \"draft\" (written by us, not yet checked) or \"reviewed\" (checked by a native speaker;\n\
         # then fill reviewed_by and reviewed_on, YYYY-MM-DD).\n\
         status = \"{status}\"\nreviewed_by = \"{reviewed_by}\"\nreviewed_on = \"{reviewed_on}\"\n\n\
         # The English text each message was translated from, as a short hash; recorded by\n\
         # `cargo xtask translated {lang}`. The build marks a message stale when its English changed.\n\
         [source]\n"
    );
    let ids = site.locales.defined_ids(&lang);
    for id in &ids {
        if let Some(h) = site.locales.source_hash(id) {
            toml.push_str(&format!("{id} = \"{h}\"\n"));
        }
    }
    let path = root.join("locales").join(&lang).join("translation.toml");
    std::fs::write(&path, toml).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("{}: {} messages marked {status}", path.display(), ids.len());

    for (slug, by_lang) in &site.pages {
        let (Some(page), Some(source)) = (
            by_lang.get(&lang),
            by_lang.get(&site.config.source_language),
        ) else {
            continue;
        };
        let text = std::fs::read_to_string(&page.file).map_err(|e| e.to_string())?;
        let updated = set_translation(&text, status, &reviewed_by, &reviewed_on, &source.text_hash)
            .ok_or_else(|| {
                format!(
                    "{}: no [translation] table in the front matter",
                    page.file.display()
                )
            })?;
        std::fs::write(&page.file, updated).map_err(|e| e.to_string())?;
        println!("{}: page `{slug}` marked {status}", page.file.display());
    }
    Ok(())
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
