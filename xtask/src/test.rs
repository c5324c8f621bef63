//! `cargo xtask test`: every test, cheapest first, so a typo fails in seconds and not after
//! the WASM build: fmt and clippy, cargo test, then the build (with its size budgets), then
//! the browser tests in real Chromium.
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Result};

use crate::{build, tools, Options, Progress};

/// The clippy runs: the native workspace, and the app as the browser gets it.
const CLIPPY: &[&[&str]] = &[
    &["--workspace", "--all-targets"],
    &[
        "-p",
        "wil-app",
        "--features",
        "hydrate",
        "--target",
        "wasm32-unknown-unknown",
    ],
];

pub fn run(root: &Path, options: &Options) -> Result<()> {
    let mut progress = Progress::new(7);
    let cargo = |args: &[&str]| tools::run(Command::new("cargo").args(args).current_dir(root));

    facts_hold(root)?;

    progress.step("Lint: cargo fmt --check, clippy -D warnings (native and WASM)");
    // The WASM clippy run needs the target; installing it is cheap next to the build.
    tools::ensure_wasm_target(options.install)?;
    cargo(&["fmt", "--all", "--check"])?;
    for targets in CLIPPY {
        let mut args = vec!["clippy", "--quiet"];
        args.extend_from_slice(targets);
        args.extend(["--", "-D", "warnings"]);
        cargo(&args)?;
    }

    progress.step("Unit, content, render and server tests (cargo test)");
    // The server's tests start nginx with the block the build writes.
    tools::ensure_nginx_and_wrk(options.install)?;
    cargo(&["test", "--workspace"])?;

    progress.step("Building the site");
    let built = build::build(root, options)?;
    let over = built.report.over_budget();
    if !over.is_empty() {
        bail!(
            "the build is over its size budget (crates/site/budgets.toml):\n  {}",
            over.join("\n  ")
        );
    }

    progress.step("Posters, leaflets and link previews: laid out and checked");
    let print = crate::print::PrintOptions {
        places: Vec::new(),
        langs: Vec::new(),
        base_url: options.base_url.clone(),
        out: root.join("target").join("print"),
        install: options.install,
        check: true,
    };
    let posters = crate::print::make(root, &print)?;
    crate::print::check(&posters, &print.out, options.install)?;
    crate::print::refuses_what_does_not_fit(root, options.install)?;
    let site = wil_content::Site::load(root)?;
    let base = options
        .base_url
        .clone()
        .unwrap_or(site.config.base_url.clone());
    let previews = wil_site::preview::previews(&site, &base)?;
    crate::preview::check(&previews)?;
    crate::preview::refuses_what_does_not_fit(root, options.install)?;

    progress.step("Checking test tools (Chromium, fonts, Node.js)");
    let chromium = tools::ensure_chromium(options.install)?;
    tools::ensure_test_fonts(options.install)?;
    tools::ensure_node(options.install)?;

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
            // The spec reporter ends with every failing test and its error: the end of the
            // log (all a CI summary shows) then says what failed and why.
            .args(["--test", "--test-concurrency=1", "--test-reporter=spec"])
            .current_dir(&browser)
            .env("WIL_DIST", &built.dist)
            .env("WIL_SERVER", server)
            .env("CHROMIUM", chromium),
    )?;
    println!("All tests passed.");
    Ok(())
}

/// The server binary the browser tests start and stop themselves.
fn build_server(root: &Path) -> Result<PathBuf> {
    tools::run(
        Command::new("cargo")
            .args(["build", "--quiet", "-p", "wil-server"])
            .current_dir(root),
    )?;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    Ok(target.join("debug").join("wil-server"))
}

/// A fact past its last day fails the tests at once: the pages would show a value that may
/// no longer hold (content/facts.toml `until`), so a person must read the source again.
fn facts_hold(root: &Path) -> Result<()> {
    let site = wil_content::Site::load(root)?;
    let expired = site.fact_alerts().errors;
    if !expired.is_empty() {
        bail!(
            "content/facts.toml has facts past their last day:\n  {}",
            expired.join("\n  ")
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::build::tests::copy_of_content;

    /// The test command stops on an expired fact, naming it; the real content passes (until
    /// a value's last day comes: then this test fails too, on purpose).
    #[test]
    fn an_expired_fact_fails_the_test_command() {
        let tmp = copy_of_content();
        let root = tmp.path();
        super::facts_hold(root).unwrap();
        let facts = root.join("content/facts.toml");
        let text = std::fs::read_to_string(&facts).unwrap();
        std::fs::write(
            &facts,
            text.replacen("until = 2026-12-31", "until = 2020-12-31", 1),
        )
        .unwrap();
        let err = format!("{:#}", super::facts_hold(root).unwrap_err());
        assert!(
            err.contains("fact `minimum-wage`: held until 2020-12-31"),
            "{err}"
        );
    }
}
