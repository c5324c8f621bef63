//! `cargo xtask test`: every test, from unit tests to real Chromium.
use std::path::Path;
use std::process::Command;

use crate::{build, tools, Options, Progress};

pub fn run(root: &Path, options: &Options) -> Result<(), String> {
    let mut progress = Progress::new(6);
    progress.step("Checking test tools (Chromium, fonts, Node.js)");
    let chromium = tools::ensure_chromium(options.install)?;
    tools::ensure_test_fonts(options.install)?;
    tools::ensure_node(options.install)?;

    progress.step("Building the site");
    let built = build::build(root, options)?;

    progress.step("Lint: cargo fmt --check, clippy -D warnings (native and WASM)");
    tools::run(
        Command::new("cargo")
            .args(["fmt", "--all", "--check"])
            .current_dir(root),
    )?;
    tools::run(
        Command::new("cargo")
            .args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--quiet",
                "--",
                "-D",
                "warnings",
            ])
            .current_dir(root),
    )?;
    tools::run(
        Command::new("cargo")
            .args([
                "clippy",
                "-p",
                "wil-app",
                "--features",
                "hydrate",
                "--target",
                "wasm32-unknown-unknown",
                "--quiet",
                "--",
                "-D",
                "warnings",
            ])
            .current_dir(root),
    )?;

    progress.step("Unit, render and server tests (cargo test)");
    tools::run(
        Command::new("cargo")
            .args(["test", "--workspace"])
            .current_dir(root),
    )?;

    progress.step("Installing the browser test runner (npm ci)");
    let browser = root.join("tests").join("browser");
    tools::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&browser)
            // playwright-core never downloads a browser; make that explicit.
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
    )?;

    progress.step("Browser tests in headless Chromium");
    let server = build_server(root)?;
    tools::run(
        Command::new("node")
            .args(["--test", "--test-concurrency=1"])
            .current_dir(&browser)
            .env("WIL_DIST", &built.dist)
            .env("WIL_SERVER", server)
            .env("CHROMIUM", chromium),
    )?;
    println!("All tests passed.");
    Ok(())
}

/// The server binary the browser tests start and stop themselves.
fn build_server(root: &Path) -> Result<std::path::PathBuf, String> {
    tools::run(
        Command::new("cargo")
            .args(["build", "--quiet", "-p", "wil-server"])
            .current_dir(root),
    )?;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    Ok(target.join("debug").join("wil-server"))
}
