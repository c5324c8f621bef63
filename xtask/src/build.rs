//! `cargo xtask build`: check the content, run trunk, draw the link previews, campaign cards
//! and the posters the page for organisations offers with Typst,
//! call the generator (wil-site), write what it made into dist.staging/ and swap that in
//! whole. Nothing here decides what the site contains.
//!
//! dist/ is replaced only when every step succeeded, so a bad content file leaves the
//! previous dist/ exactly as it was.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result};

use crate::{tools, Options, Progress};

pub struct Built {
    pub dist: PathBuf,
    pub report: wil_site::SizeReport,
}

pub fn build(root: &Path, options: &Options) -> Result<Built> {
    let started = Instant::now();
    let mut progress = Progress::new(7);

    progress.step("Reading and checking content/ and locales/");
    let site = wil_content::Site::load(root)?;
    wil_site::check(&site)?;
    let pages: usize = site.pages.values().map(|p| p.len()).sum();
    progress.detail(&format!(
        "{} languages, {} Markdown files, {} help entries",
        site.languages.len(),
        pages,
        site.organisations.len()
    ));
    progress
        .detail("translation coverage (strings and pages: reviewed / draft / stale / missing):");
    for line in wil_content::translation::coverage_table(&site.coverage()).lines() {
        progress.detail(line);
    }
    // Loud, on stderr: a value past its last day, or a check more than a year old, needs a
    // person to read the source again. `cargo xtask test` fails on the first kind.
    let alerts = site.fact_alerts();
    for line in alerts.errors.iter().chain(&alerts.warnings) {
        eprintln!("\n  WARNING: {line}");
    }

    progress.step("Checking build tools");
    let toolchain = tools::ensure_build_tools(root, options.install)?;

    let staging = root.join("dist.staging");
    if staging.exists() {
        std::fs::remove_dir_all(&staging)
            .with_context(|| format!("cannot clear {}", staging.display()))?;
    }

    progress.step("Fetching crates (trunk then builds offline)");
    tools::run(Command::new("cargo").arg("fetch").current_dir(root))?;

    progress.step("Building the WASM app with trunk (release, wasm-opt -Oz)");
    // Trunk's own output goes outside dist/: the generator takes what it needs from there.
    let trunk_out = root.join("target").join("trunk");
    if trunk_out.exists() {
        std::fs::remove_dir_all(&trunk_out)
            .with_context(|| format!("cannot clear {}", trunk_out.display()))?;
    }
    tools::run(
        Command::new("trunk")
            .args(["build", "--release", "--dist"])
            .arg(&trunk_out)
            .current_dir(root.join("app"))
            .env("PATH", toolchain.path_env()),
    )?;

    let base_url = options
        .base_url
        .clone()
        .unwrap_or_else(|| site.config.base_url.trim_end_matches('/').to_string());
    progress.step("Drawing the link previews and campaign cards, and the posters offered (Typst)");
    let (_, previews) = crate::preview::draw(root, &site, &base_url, options.install)?;
    let posters = crate::print::for_kit(root, &site, &base_url, options.install)?;

    progress.step("Generating the site");
    let inputs = wil_site::Inputs {
        trunk: read_tree(&trunk_out)?,
        public: read_tree(&root.join("public"))?,
        base_url,
        previews,
        posters,
        compression: wil_site::Compression::Smallest,
    };
    let built = wil_site::build(&site, &inputs, &mut |what| progress.detail(what))?;
    progress.detail(&format!(
        "version {}: {} files, {} shell files, {} languages, for {}",
        built.version,
        built.files.len(),
        built.shell.len(),
        built.pages_by_lang.len(),
        inputs.base_url
    ));

    progress.step("Writing dist/");
    for (path, bytes) in &built.files {
        write(&staging.join(path), bytes)?;
    }
    let dist = root.join("dist");
    swap_in(&staging, &dist)?;
    let report = wil_site::SizeReport::new(&built, wil_site::Budgets::project());
    let text = report.to_string();
    println!("{text}");
    let report_file = root.join("target").join("size-report.txt");
    if let Err(e) = std::fs::write(&report_file, &text) {
        progress.detail(&format!("(could not save {}: {e})", report_file.display()));
    }
    println!("Built dist/ in {:.1} s", started.elapsed().as_secs_f64());
    Ok(Built { dist, report })
}

/// Every file under `dir`, sorted, recursively.
pub fn list_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in
            std::fs::read_dir(&d).with_context(|| format!("cannot list {}", d.display()))?
        {
            let path = entry
                .with_context(|| format!("cannot list {}", d.display()))?
                .path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Every file under `dir` by its path relative to `dir` ("/"-separated) → bytes.
fn read_tree(dir: &Path) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut files = BTreeMap::new();
    for path in list_files(dir)? {
        let rel = path.strip_prefix(dir).expect("listed under dir");
        let name = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        let bytes =
            std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        files.insert(name, bytes);
    }
    Ok(files)
}

pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

/// Puts `staging` in the place of `dist` with two renames, so dist/ is never half-written.
fn swap_in(staging: &Path, dist: &Path) -> Result<()> {
    let old = dist.with_extension("old");
    if old.exists() {
        std::fs::remove_dir_all(&old)
            .with_context(|| format!("cannot remove {}", old.display()))?;
    }
    if dist.exists() {
        std::fs::rename(dist, &old)
            .with_context(|| format!("cannot move {} aside", dist.display()))?;
    }
    if let Err(e) = std::fs::rename(staging, dist) {
        if old.exists() {
            let _ = std::fs::rename(&old, dist);
        }
        return Err(e)
            .with_context(|| format!("cannot move the new build into {}", dist.display()));
    }
    if old.exists() {
        std::fs::remove_dir_all(&old)
            .with_context(|| format!("cannot remove {}", old.display()))?;
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A build that must stop before it would install anything.
    fn no_install() -> Options {
        Options {
            addr: [127, 0, 0, 1].into(),
            port: 0,
            base_url: None,
            install: false,
            check: false,
        }
    }

    /// A copy of the real content/ and locales/ in a new folder, to break on purpose.
    pub(crate) fn copy_of_content() -> tempfile::TempDir {
        let tmp = tempfile::tempdir().unwrap();
        let real = crate::project_root();
        for part in ["content", "locales"] {
            copy_dir(&real.join(part), &tmp.path().join(part));
        }
        tmp
    }

    fn copy_dir(from: &Path, to: &Path) {
        for (name, bytes) in read_tree(from).unwrap() {
            write(&to.join(name), &bytes).unwrap();
        }
    }

    /// Bad content must fail before anything is written: dist/ stays exactly as it was.
    #[test]
    fn bad_content_leaves_dist_untouched() {
        let tmp = copy_of_content();
        let root = tmp.path();
        // Break one front matter: drop the closing fence.
        let pay = root.join("content/pages/pay.en.md");
        let text = std::fs::read_to_string(&pay).unwrap();
        std::fs::write(&pay, text.replacen("+++\n**", "**", 1)).unwrap();
        write(&root.join("dist/index.html"), b"previous build").unwrap();

        let err = match build(root, &no_install()) {
            Err(e) => format!("{e:#}"),
            Ok(_) => panic!("a broken page must fail the build"),
        };
        assert!(
            err.contains("pay.en.md:1"),
            "error names file and line: {err}"
        );
        assert!(err.contains("not closed"), "{err}");
        assert_eq!(
            std::fs::read(root.join("dist/index.html")).unwrap(),
            b"previous build"
        );
        assert_eq!(list_files(&root.join("dist")).unwrap().len(), 1);
        assert!(!root.join("dist.staging").exists());
    }

    /// A message the pages need and no language has fails the first step, named with the
    /// folder where it belongs, before any tool runs.
    #[test]
    fn a_missing_message_fails_before_the_slow_steps() {
        let tmp = copy_of_content();
        let root = tmp.path();
        for lang in std::fs::read_dir(root.join("locales")).unwrap() {
            let file = lang.unwrap().path().join("main.ftl");
            if let Ok(text) = std::fs::read_to_string(&file) {
                let kept: Vec<&str> = text
                    .lines()
                    .filter(|l| {
                        !l.starts_with("search-summary") && !l.starts_with("language-continue")
                    })
                    .collect();
                std::fs::write(&file, kept.join("\n")).unwrap();
            }
        }
        let err = match build(root, &no_install()) {
            Err(e) => format!("{e:#}"),
            Ok(_) => panic!("a missing message must fail the build"),
        };
        assert!(err.contains("`search-summary`"), "{err}");
        assert!(err.contains("`language-continue`"), "{err}");
        assert!(err.contains("locales/en"), "{err}");
        assert!(!err.contains("trunk"), "failed in the first step: {err}");
    }

    #[test]
    fn swap_replaces_the_whole_tree() {
        let tmp = tempfile::tempdir().unwrap();
        let dist = tmp.path().join("dist");
        let staging = tmp.path().join("dist.staging");
        write(&dist.join("old.html"), b"old").unwrap();
        write(&staging.join("new.html"), b"new").unwrap();
        swap_in(&staging, &dist).unwrap();
        assert!(!dist.join("old.html").exists());
        assert_eq!(std::fs::read(dist.join("new.html")).unwrap(), b"new");
        assert!(!staging.exists());
        assert!(!tmp.path().join("dist.old").exists());
    }
}
