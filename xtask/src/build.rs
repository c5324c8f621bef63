//! `cargo xtask build`: content → checked site → WASM (trunk) → pre-rendered pages →
//! service worker → compressed copies → dist/, swapped in whole at the end.
//!
//! Everything is built in dist.staging/ first. dist/ is replaced only when every step
//! succeeded, so a bad content file leaves the previous dist/ exactly as it was.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use sha2::{Digest, Sha256};

use crate::prerender::{self, Assets, VERSION_PLACEHOLDER};
use crate::{compress, report, service_worker, tools, Options, Progress};

pub struct Built {
    pub dist: PathBuf,
}

pub fn build(root: &Path, options: &Options) -> Result<Built, String> {
    let started = Instant::now();
    let mut progress = Progress::new(8);

    progress.step("Reading content/ and locales/");
    let site = wil_content::Site::load(root).map_err(|p| p.to_string())?;
    let pages: usize = site.pages.values().map(|p| p.len()).sum();
    println!(
        "      {} languages, {} Markdown files, {} help entries",
        site.languages.len(),
        pages,
        site.organisations.len()
    );

    println!("      translation coverage (strings and pages: reviewed / draft / stale / missing):");
    for line in wil_content::translation::coverage_table(&site.coverage()).lines() {
        println!("      {line}");
    }

    progress.step("Checking build tools");
    let toolchain = tools::ensure_build_tools(root, options.install)?;

    let staging = root.join("dist.staging");
    if staging.exists() {
        std::fs::remove_dir_all(&staging)
            .map_err(|e| format!("cannot clear {}: {e}", staging.display()))?;
    }

    progress.step("Fetching crates (trunk then builds offline)");
    tools::run(Command::new("cargo").arg("fetch").current_dir(root))?;

    progress.step("Building the WASM app with trunk (release, wasm-opt -Oz)");
    tools::run(
        Command::new("trunk")
            .args(["build", "--release", "--dist"])
            .arg(&staging)
            .current_dir(root.join("app"))
            .env("PATH", toolchain.path_env()),
    )?;
    let assets = find_assets(&staging)?;

    progress.step("Pre-rendering every page in every language");
    let base_url = options
        .base_url
        .clone()
        .unwrap_or_else(|| site.config.base_url.trim_end_matches('/').to_string());
    let rendered = prerender::render_site(&site, &assets, &base_url)?;
    println!("      {} files for {}", rendered.files.len(), base_url);
    copy_dir(&root.join("public"), &staging)?;
    for (path, bytes) in &rendered.files {
        write(&staging.join(path), bytes)?;
    }

    progress.step("Writing the service worker");
    // The version is a hash of every file of the build, so any change gives a new cache.
    let version = hash_tree(&staging)?;
    for path in list_files(&staging)? {
        if path.extension().is_some_and(|e| e == "html") {
            let html = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
            write(
                &path,
                html.replace(VERSION_PLACEHOLDER, &version).as_bytes(),
            )?;
        }
    }
    // One pack per language: the service worker stores a language from it in one request.
    for (lang, urls) in &rendered.pages_by_lang {
        let mut pack = serde_json::Map::new();
        for url in urls {
            let body = std::fs::read_to_string(staging.join(prerender::file_for(url)))
                .map_err(|e| format!("{url}: {e}"))?;
            pack.insert(url.clone(), serde_json::Value::String(body));
        }
        let json = serde_json::Value::Object(pack).to_string();
        write(&staging.join(lang).join("pack.json"), json.as_bytes())?;
    }
    let mut shell: Vec<String> = rendered.shared_pages.clone();
    shell.extend([
        assets.css.clone(),
        assets.boot_js.clone(),
        assets.app_js.clone(),
        assets.wasm.clone(),
    ]);
    // The PNG icons are only for installing, which needs a connection anyway.
    shell.push("/icon.svg".to_string());
    let sw = service_worker::render(&version, &shell, &rendered.pages_by_lang);
    write(&staging.join("sw.js"), sw.as_bytes())?;
    println!(
        "      version {version}: {} shell files, {} languages",
        shell.len(),
        rendered.pages_by_lang.len()
    );

    progress.step("Compressing (brotli 11, gzip 9)");
    let files = list_files(&staging)?;
    compress::compress_dir(&files)?;

    progress.step("Replacing dist/");
    let dist = root.join("dist");
    swap_in(&staging, &dist)?;
    let lines = report::report(&dist, &assets, &rendered.pages_by_lang)?;
    println!("{lines}");
    let _ = std::fs::write(root.join("target").join("size-report.txt"), &lines);
    println!("Built dist/ in {:.1} s", started.elapsed().as_secs_f64());
    Ok(Built { dist })
}

/// Finds trunk's hashed outputs and writes the boot script that starts the app. Trunk's own
/// index.html is dropped: its inline start-up script would need 'unsafe-inline' in the CSP.
fn find_assets(staging: &Path) -> Result<Assets, String> {
    let names: Vec<String> = std::fs::read_dir(staging)
        .map_err(|e| format!("trunk wrote no {}: {e}", staging.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    let find = |pred: &dyn Fn(&str) -> bool, what: &str| {
        names
            .iter()
            .find(|n| pred(n))
            .cloned()
            .ok_or_else(|| format!("trunk produced no {what} in {}", staging.display()))
    };
    let wasm = find(&|n| n.ends_with("_bg.wasm"), "WASM file")?;
    let stem = wasm.trim_end_matches("_bg.wasm").to_string();
    let app_js = find(&|n| n == format!("{stem}.js"), "JS glue")?;
    let css = find(
        &|n| n.starts_with("style-") && n.ends_with(".css"),
        "stylesheet",
    )?;
    let _ = std::fs::remove_file(staging.join("index.html"));

    let boot = format!(
        "// Starts the app: loads the WASM, which hydrates the pre-rendered page.\nimport init from \"/{app_js}\";\ninit({{ module_or_path: \"/{wasm}\" }});\n"
    );
    let boot_name = format!("boot-{}.js", &hex(&Sha256::digest(boot.as_bytes()))[..16]);
    write(&staging.join(&boot_name), boot.as_bytes())?;
    Ok(Assets {
        css: format!("/{css}"),
        boot_js: format!("/{boot_name}"),
        app_js: format!("/{app_js}"),
        wasm: format!("/{wasm}"),
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Every file under `dir`, sorted, recursively.
pub fn list_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
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

fn hash_tree(dir: &Path) -> Result<String, String> {
    let mut h = Sha256::new();
    for path in list_files(dir)? {
        let rel = path.strip_prefix(dir).unwrap_or(&path);
        h.update(rel.to_string_lossy().as_bytes());
        h.update([0]);
        h.update(std::fs::read(&path).map_err(|e| e.to_string())?);
    }
    Ok(hex(&h.finalize())[..16].to_string())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    for path in list_files(from)? {
        let rel = path.strip_prefix(from).expect("listed under from");
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        write(&to.join(rel), &bytes)?;
    }
    Ok(())
}

/// Puts `staging` in the place of `dist` with two renames, so dist/ is never half-written.
fn swap_in(staging: &Path, dist: &Path) -> Result<(), String> {
    let old = dist.with_extension("old");
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(|e| e.to_string())?;
    }
    if dist.exists() {
        std::fs::rename(dist, &old).map_err(|e| format!("cannot move dist/ aside: {e}"))?;
    }
    if let Err(e) = std::fs::rename(staging, dist) {
        if old.exists() {
            let _ = std::fs::rename(&old, dist);
        }
        return Err(format!("cannot move the new build into dist/: {e}"));
    }
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// URL paths of each language's pages, as the pre-renderer lists them.
pub type PagesByLang = BTreeMap<String, Vec<String>>;

#[cfg(test)]
mod tests {
    use super::*;

    /// Bad content must fail before anything is written: dist/ stays exactly as it was.
    #[test]
    fn bad_content_leaves_dist_untouched() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let real = crate::project_root();
        copy_dir(&real.join("content"), &root.join("content")).unwrap();
        copy_dir(&real.join("locales"), &root.join("locales")).unwrap();
        // Break one front matter: drop the closing fence.
        let pay = root.join("content/pages/pay.en.md");
        let text = std::fs::read_to_string(&pay).unwrap();
        std::fs::write(&pay, text.replacen("+++\n**", "**", 1)).unwrap();
        write(&root.join("dist/index.html"), b"previous build").unwrap();

        let options = Options {
            addr: [127, 0, 0, 1].into(),
            port: 0,
            base_url: None,
            install: false,
        };
        let err = match build(root, &options) {
            Err(e) => e,
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
