//! `cargo xtask translated <lang> [--reviewed-by NAME --on YYYY-MM-DD]`: records that the
//! translation of <lang> now matches the current source text (wil_content::record decides
//! what to write). Without --reviewed-by the translation is marked a draft (written by us);
//! with it, reviewed.

use std::path::Path;

use anyhow::{bail, Context, Result};
use wil_content::record::{record, Review};
use wil_content::Site;

pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let usage = "usage: cargo xtask translated <lang> [--reviewed-by NAME --on YYYY-MM-DD]";
    let mut lang = None;
    let mut reviewed_by = String::new();
    let mut reviewed_on = String::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--reviewed-by" => reviewed_by = it.next().cloned().context(usage)?,
            "--on" => reviewed_on = it.next().cloned().context(usage)?,
            other if !other.starts_with('-') && lang.is_none() => lang = Some(other.to_string()),
            other => bail!("unknown argument `{other}`\n{usage}"),
        }
    }
    let lang = lang.context(usage)?;
    let review = match (reviewed_by.is_empty(), reviewed_on.is_empty()) {
        (true, true) => Review::Draft,
        (false, false) => Review::Reviewed {
            by: reviewed_by,
            on: reviewed_on,
        },
        _ => bail!("--reviewed-by and --on go together\n{usage}"),
    };
    let site = Site::load(root)?;
    let files = record(&site, &lang, &review).map_err(anyhow::Error::msg)?;
    for (path, text) in files {
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
        println!("{}: recorded", path.display());
    }
    Ok(())
}
