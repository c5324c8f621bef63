//! Finds the tools the build needs and installs the missing ones.
//!
//! Everything comes from the package registries this project can reach (crates.io, npm,
//! Debian): trunk and wasm-bindgen-cli with cargo, wasm-opt from the npm package `binaryen`
//! (Debian's binaryen 108 produces WASM that fails at start-up), Chromium with apt-get.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

pub const TRUNK_VERSION: &str = "0.21.14";
/// binaryen's wasm-opt; app/Trunk.toml pins the same version, so trunk refuses any other.
pub const BINARYEN_VERSION: &str = "132.0.0";
/// The PyPI package that lays out the posters (Typst 0.15 inside).
pub const TYPST_VERSION: &str = "0.15.2";

/// PATH entries to put first when running trunk, so it finds our wasm-opt and wasm-bindgen.
pub struct Toolchain {
    pub path_prefix: Vec<PathBuf>,
}

impl Toolchain {
    pub fn path_env(&self) -> std::ffi::OsString {
        let mut parts = self.path_prefix.clone();
        parts.extend(std::env::split_paths(
            &std::env::var_os("PATH").unwrap_or_default(),
        ));
        std::env::join_paths(parts).expect("PATH entries contain no separator")
    }
}

fn cargo_bin() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"));
    home.join("bin")
}

/// Runs a command with inherited output; an error names the command.
pub fn run(cmd: &mut Command) -> Result<()> {
    let shown = format!("{cmd:?}");
    let status = cmd
        .status()
        .with_context(|| format!("cannot start {shown}"))?;
    if !status.success() {
        bail!("{shown} failed ({status})");
    }
    Ok(())
}

/// First line of `program --version`, or None when it cannot run.
fn version_of(program: &Path) -> Option<String> {
    let out = Command::new(program).arg("--version").output().ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .trim()
            .to_string()
    })
}

/// Finds `name` on PATH (with cargo's bin directory added).
fn which(name: &str) -> Option<PathBuf> {
    let mut dirs = vec![cargo_bin()];
    dirs.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    dirs.into_iter().map(|d| d.join(name)).find(|p| p.is_file())
}

/// The wasm-bindgen version in Cargo.lock: the CLI must be exactly this one.
pub fn locked_wasm_bindgen(root: &Path) -> Result<String> {
    let path = root.join("Cargo.lock");
    let lock = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    bail!("Cargo.lock has no wasm-bindgen entry")
}

/// The Rust target wasm32-unknown-unknown (rustup).
pub fn ensure_wasm_target(install: bool) -> Result<()> {
    let targets = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output();
    let has_target = targets.as_ref().is_ok_and(|o| {
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .any(|l| l.trim() == "wasm32-unknown-unknown")
    });
    if !has_target {
        need(install, "the Rust target wasm32-unknown-unknown")?;
        println!("      installing the wasm32-unknown-unknown target (rustup)");
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    Ok(())
}

/// Makes sure the WASM build chain is present: target, trunk, wasm-bindgen-cli, wasm-opt.
pub fn ensure_build_tools(root: &Path, install: bool) -> Result<Toolchain> {
    ensure_wasm_target(install)?;

    // trunk.
    let trunk_ok = which("trunk")
        .and_then(|t| version_of(&t))
        .is_some_and(|v| v == format!("trunk {TRUNK_VERSION}"));
    if !trunk_ok {
        need(install, &format!("trunk {TRUNK_VERSION}"))?;
        println!("      installing trunk {TRUNK_VERSION} (cargo install; about 10 minutes the first time)");
        run(Command::new("cargo").args([
            "install",
            "--locked",
            "trunk",
            "--version",
            TRUNK_VERSION,
        ]))?;
    }

    // wasm-bindgen-cli at exactly the locked version. Not --locked: its own lock file pins
    // a crate version that the registry no longer has.
    let wanted = locked_wasm_bindgen(root)?;
    let bindgen_ok = which("wasm-bindgen")
        .and_then(|t| version_of(&t))
        .is_some_and(|v| v == format!("wasm-bindgen {wanted}"));
    if !bindgen_ok {
        need(install, &format!("wasm-bindgen-cli {wanted}"))?;
        println!("      installing wasm-bindgen-cli {wanted} (cargo install; a few minutes)");
        run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &wanted]))?;
    }

    // wasm-opt from npm's binaryen, kept inside the project (.tools/), first on PATH.
    let binaryen = root.join(".tools").join("binaryen");
    let bin = binaryen.join("node_modules").join(".bin");
    let major = BINARYEN_VERSION.split('.').next().unwrap_or_default();
    let opt_ok =
        version_of(&bin.join("wasm-opt")).is_some_and(|v| v.contains(&format!("version {major}")));
    if !opt_ok {
        need(
            install,
            &format!("wasm-opt (npm binaryen@{BINARYEN_VERSION})"),
        )?;
        ensure_node(install)?;
        println!("      installing wasm-opt (npm binaryen@{BINARYEN_VERSION})");
        std::fs::create_dir_all(&binaryen)
            .with_context(|| format!("cannot create {}", binaryen.display()))?;
        run(Command::new("npm")
            .args([
                "install",
                "--no-audit",
                "--no-fund",
                "--no-save",
                "--prefix",
            ])
            .arg(&binaryen)
            .arg(format!("binaryen@{BINARYEN_VERSION}")))?;
    }
    Ok(Toolchain {
        path_prefix: vec![bin, cargo_bin()],
    })
}

/// Node.js and npm, for wasm-opt and the browser tests.
pub fn ensure_node(install: bool) -> Result<()> {
    if which("node").is_some() && which("npm").is_some() {
        return Ok(());
    }
    need(install, "Node.js and npm")?;
    apt_install(&["nodejs", "npm"])
}

/// Debian's Chromium and its driver, for the browser tests. Never a downloaded browser.
pub fn ensure_chromium(install: bool) -> Result<PathBuf> {
    let chromium = PathBuf::from("/usr/bin/chromium");
    if chromium.is_file() {
        return Ok(chromium);
    }
    need(install, "Chromium (/usr/bin/chromium)")?;
    apt_install(&["chromium", "chromium-driver"])?;
    Ok(chromium)
}

/// Fonts for Devanagari, Arabic-script and Cyrillic text, as phones have them, so that the
/// browser tests see real glyphs (and catch a character no font can draw). The app itself
/// never downloads a font.
pub fn ensure_test_fonts(install: bool) -> Result<()> {
    let has = |lang: &str| {
        Command::new("fc-list")
            .arg(format!(":lang={lang}"))
            .output()
            .map(|o| !o.stdout.is_empty())
            .unwrap_or(false)
    };
    if has("hi") && has("ur") {
        return Ok(());
    }
    need(install, "fonts for Hindi and Urdu (fonts-noto-core)")?;
    apt_install(&["fonts-noto-core"])
}

/// Debian's nginx with its brotli module (the test of the generated nginx block, and the
/// server `cargo xtask bench` compares with) and wrk (bench's load generator).
pub fn ensure_nginx_and_wrk(install: bool) -> Result<()> {
    let brotli = Path::new("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so");
    if which("wrk").is_some() && which("nginx").is_some() && brotli.is_file() {
        return Ok(());
    }
    need(install, "wrk and nginx with the brotli module")?;
    apt_install(&["wrk", "nginx-light", "libnginx-mod-http-brotli-static"])
}

/// The PyPI package `typst` (a wheel with Typst inside: seconds to install, where
/// `cargo install typst-cli` takes about 15 minutes) in a virtual environment inside the
/// project (.tools/typst). Returns its Python. With the fonts of every script we print.
pub fn ensure_typst(root: &Path, install: bool) -> Result<PathBuf> {
    ensure_test_fonts(install)?;
    let venv = root.join(".tools").join("typst");
    let python = venv.join("bin").join("python");
    let installed = Command::new(&python)
        .args(["-c", "import typst; print(typst.__version__)"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    if installed.as_deref() == Some(TYPST_VERSION) {
        return Ok(python);
    }
    need(install, &format!("typst {TYPST_VERSION} (PyPI)"))?;
    if which("python3").is_none() {
        apt_install(&["python3", "python3-venv"])?;
    }
    println!("      installing typst {TYPST_VERSION} (pip, into .tools/typst)");
    let venv_made = Command::new("python3")
        .args(["-m", "venv", "--clear"])
        .arg(&venv)
        .status()
        .is_ok_and(|s| s.success());
    if !venv_made {
        // Debian's Python keeps venv in a package of its own.
        apt_install(&["python3-venv"])?;
        run(Command::new("python3")
            .args(["-m", "venv", "--clear"])
            .arg(&venv))?;
    }
    run(Command::new(&python).args([
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        &format!("typst=={TYPST_VERSION}"),
    ]))?;
    Ok(python)
}

/// poppler-utils (pdfinfo, pdffonts, pdftoppm) and zbar-tools (zbarimg), which check the
/// posters: page size and count, embedded fonts, and that every QR code reads back.
pub fn ensure_print_checkers(install: bool) -> Result<()> {
    if ["pdfinfo", "pdffonts", "pdftoppm", "zbarimg"]
        .iter()
        .all(|t| which(t).is_some())
    {
        return Ok(());
    }
    need(install, "poppler-utils and zbar-tools")?;
    apt_install(&["poppler-utils", "zbar-tools"])
}

fn apt_install(packages: &[&str]) -> Result<()> {
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    if !is_root {
        bail!(
            "{} missing. Install it as root, then run this again:\n  sudo apt-get update && sudo apt-get install -y {}",
            packages.join(" and "),
            packages.join(" ")
        );
    }
    println!("      installing {} (apt-get)", packages.join(", "));
    run(Command::new("apt-get").arg("update").arg("-q"))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-q"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

fn need(install: bool, what: &str) -> Result<()> {
    if !install {
        bail!("{what} is missing and --no-install was given");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value of `key = "…"` on its own line of `text`.
    fn quoted(text: &str, key: &str) -> Option<String> {
        text.lines()
            .find_map(|l| l.trim().strip_prefix(key)?.trim().strip_prefix('='))
            .map(|v| {
                v.trim()
                    .trim_matches('"')
                    .trim_start_matches('=')
                    .to_string()
            })
    }

    /// wasm-bindgen is named in three places that must agree: the pin in Cargo.toml, the
    /// lock, and Trunk.toml (trunk refuses a CLI of another version; the CLI must equal the
    /// library).
    #[test]
    fn wasm_bindgen_versions_agree() {
        let root = crate::project_root();
        let read = |f: &str| std::fs::read_to_string(root.join(f)).unwrap();
        let locked = locked_wasm_bindgen(&root).unwrap();
        assert_eq!(
            quoted(&read("Cargo.toml"), "wasm-bindgen").as_deref(),
            Some(locked.as_str())
        );
        assert_eq!(
            quoted(&read("app/Trunk.toml"), "wasm_bindgen").as_deref(),
            Some(locked.as_str())
        );
    }

    /// Trunk.toml pins the same binaryen that we install.
    #[test]
    fn wasm_opt_version_agrees() {
        let trunk = std::fs::read_to_string(crate::project_root().join("app/Trunk.toml")).unwrap();
        let major = BINARYEN_VERSION.split('.').next().unwrap();
        assert_eq!(quoted(&trunk, "wasm_opt"), Some(format!("version_{major}")));
    }
}
