//! Link previews for `cargo xtask build`: wil_site::preview makes every indexed page's data
//! and the template, Typst draws the PNGs. Each is kept in target/previews/ under a hash of
//! its data and the template, so a build draws only the pictures whose words changed. And
//! the checks `cargo xtask test` runs on them: every character in its fonts, and words too
//! long for a preview refused at the file they are written in.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use wil_site::preview::{Preview, TEMPLATE, TEMPLATE_FILE};

use crate::build::write;
use crate::tools;
use crate::typst::{self, absolute, FontCoverage};

/// Where drawn pictures are kept between builds, by Typst version (a new Typst may draw
/// differently).
fn cache_dir(root: &Path) -> PathBuf {
    root.join("target")
        .join("previews")
        .join(tools::TYPST_VERSION)
}

/// The pictures drawn: `og/uz/pay.png` → PNG.
pub type Drawn = BTreeMap<String, Vec<u8>>;

/// Every indexed page's preview for the site at `base`: what each should show, and the
/// PNGs (`og/uz/pay.png` → bytes) for wil_site::Inputs.
pub fn draw(
    root: &Path,
    site: &wil_content::Site,
    base: &str,
    install: bool,
) -> Result<(Vec<Preview>, Drawn)> {
    let started = Instant::now();
    let previews = wil_site::preview::previews(site, base)?;
    let python = tools::ensure_typst(root, install)?;
    let cache = cache_dir(root);
    std::fs::create_dir_all(&cache).with_context(|| format!("cannot make {}", cache.display()))?;
    let cached = |p: &Preview| cache.join(format!("{}.png", p.cache_key()));

    let todo: Vec<&Preview> = previews.iter().filter(|p| !cached(p).is_file()).collect();
    if !todo.is_empty() {
        let work = root.join("target").join("preview-work");
        typst::prepare(&work, TEMPLATE_FILE, TEMPLATE)?;
        let mut jobs = String::new();
        for p in &todo {
            write(&work.join(&p.data_file), p.data.as_bytes())?;
            // Drawn beside its final name, then renamed: a stopped build leaves no half
            // picture in the cache.
            let drawing = cache.join(format!("{}.drawing.png", p.cache_key()));
            jobs.push_str(&format!(
                "{}\t{}\n",
                p.data_file,
                absolute(&drawing)?.display()
            ));
        }
        println!(
            "      drawing {} of {} link previews with Typst {}",
            todo.len(),
            previews.len(),
            tools::TYPST_VERSION
        );
        let failures = typst::run_jobs(&python, &work, TEMPLATE_FILE, &jobs, todo.len(), "drawn")?;
        refuse(&previews, failures)?;
        for p in &todo {
            let drawing = cache.join(format!("{}.drawing.png", p.cache_key()));
            std::fs::rename(&drawing, cached(p))
                .with_context(|| format!("Typst drew no {}", drawing.display()))?;
        }
    }

    // Pictures no page shows any more go: the cache stays the size of one site.
    let keep: BTreeSet<PathBuf> = previews.iter().map(cached).collect();
    for entry in std::fs::read_dir(&cache)? {
        let path = entry?.path();
        if !keep.contains(&path) {
            let _ = std::fs::remove_file(&path);
        }
    }

    let mut drawn = BTreeMap::new();
    for p in &previews {
        let bytes = std::fs::read(cached(p)).with_context(|| format!("cannot read {}", p.file))?;
        drawn.insert(p.file.clone(), bytes);
    }
    let sizes: Vec<usize> = drawn.values().map(Vec::len).collect();
    println!(
        "      {} link previews ({} drawn, {} kept from the last build) in {:.1} s: {:.0}–{:.0} KB, {:.1} MB in all",
        previews.len(),
        todo.len(),
        previews.len() - todo.len(),
        started.elapsed().as_secs_f64(),
        sizes.iter().min().copied().unwrap_or(0) as f64 / 1024.0,
        sizes.iter().max().copied().unwrap_or(0) as f64 / 1024.0,
        sizes.iter().sum::<usize>() as f64 / 1024.0 / 1024.0
    );
    Ok((previews, drawn))
}

/// `cargo xtask previews`: every preview drawn, and copied to target/og/ under the path it
/// has in dist/ (`target/og/uz/pay.png`), to look at.
pub fn run(root: &Path, options: &crate::Options) -> Result<()> {
    let site = wil_content::Site::load(root)?;
    let base = options
        .base_url
        .clone()
        .unwrap_or_else(|| site.config.base_url.clone());
    let (previews, drawn) = draw(root, &site, &base, options.install)?;
    let out = root.join("target");
    for (file, bytes) in &drawn {
        write(&out.join(file), bytes)?;
    }
    println!(
        "      written to {} and {} (the campaign cards)",
        out.join("og").display(),
        out.join("cards").display()
    );
    if options.check {
        check(&previews)?;
        refuses_what_does_not_fit(root, options.install)?;
    }
    Ok(())
}

/// Fails with every picture Typst could not draw; words that do not fit at the file where
/// they are written.
fn refuse(previews: &[Preview], failures: typst::Failures) -> Result<()> {
    let messages = typst::explain(failures, |message| {
        wil_site::preview::typst_problem(previews, message)
    });
    if !messages.is_empty() {
        bail!(
            "{} link preview(s) could not be drawn:\n  {}",
            messages.len(),
            messages.join("\n  ")
        );
    }
    Ok(())
}

/// Every character of every preview is in the fonts it is drawn with: no empty boxes in a
/// shared link, in any script.
pub fn check(previews: &[Preview]) -> Result<()> {
    println!("==> checking {} link previews", previews.len());
    let mut fonts = FontCoverage::default();
    let mut problems = Vec::new();
    for p in previews {
        let data: serde_json::Value = serde_json::from_str(&p.data)?;
        // The page's own words, then each language's name on the chooser, in its fonts.
        let mut parts = vec![data.clone()];
        parts[0]["languages"] = serde_json::Value::Null;
        parts.extend(data["languages"].as_array().cloned().unwrap_or_default());
        for part in parts {
            if let Some(missing) = fonts.missing_in(&part)? {
                problems.push(format!("{}: {missing}", p.file));
            }
        }
    }
    if !problems.is_empty() {
        bail!(
            "{} link previews have characters no font draws:\n  {}",
            problems.len(),
            problems.join("\n  ")
        );
    }
    println!("      every character of every preview is in its fonts");
    Ok(())
}

/// A title too long for any size stops the build at the page's file: the Uzbek pay page's
/// title made forty times longer (no size fits it) must be refused there.
pub fn refuses_what_does_not_fit(root: &Path, install: bool) -> Result<()> {
    let site = wil_content::Site::load(root)?;
    let python = tools::ensure_typst(root, install)?;
    let page = "/uz/pay/";
    let mut preview = wil_site::preview::previews(&site, &site.config.base_url)?
        .into_iter()
        .find(|p| p.page == page)
        .with_context(|| format!("no preview of {page}"))?;
    let mut data: serde_json::Value = serde_json::from_str(&preview.data)?;
    data["title"] = data["title"].as_str().unwrap_or_default().repeat(40).into();
    preview.data = data.to_string();
    let work = root.join("target").join("preview-work-overflow");
    typst::prepare(&work, TEMPLATE_FILE, TEMPLATE)?;
    write(&work.join(&preview.data_file), preview.data.as_bytes())?;
    let png = absolute(&work.join("overflow.png"))?;
    let jobs = format!("{}\t{}\n", preview.data_file, png.display());
    let failures = typst::run_jobs(&python, &work, TEMPLATE_FILE, &jobs, 1, "drawn")?;
    let source = preview.source.display().to_string();
    match refuse(std::slice::from_ref(&preview), failures) {
        Err(e) if e.to_string().contains(&source) && e.to_string().contains("do not fit") => {
            println!("      a title too long for its link preview is refused at {source}");
            Ok(())
        }
        other => bail!("a title forty times too long should be refused at {source}, got {other:?}"),
    }
}
