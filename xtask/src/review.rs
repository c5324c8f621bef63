//! `cargo xtask review <lang>`: writes the review sheet of a language (made by
//! wil_site::review) to target/review/<lang>.html.

use std::path::Path;

use anyhow::{bail, Result};

pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let [lang] = args else {
        bail!("usage: cargo xtask review <lang>");
    };
    let site = wil_content::Site::load(root)?;
    let sheet = wil_site::review::review_sheet(&site, lang)?;
    let path = root
        .join("target")
        .join("review")
        .join(format!("{lang}.html"));
    crate::build::write(&path, sheet.as_bytes())?;
    let shown = std::fs::canonicalize(&path).unwrap_or(path);
    println!("{}", shown.display());
    println!(
        "Open it in a browser (it works offline) or print it; after the review, record it with"
    );
    println!("  cargo xtask translated {lang} --reviewed-by \"NAME\" --on YYYY-MM-DD");
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn needs_exactly_one_language() {
        let root = crate::project_root();
        let err = super::run(&root, &[]).unwrap_err().to_string();
        assert!(err.contains("usage"), "{err}");
    }
}
