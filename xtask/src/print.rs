//! `cargo xtask print`: the posters and leaflets as PDFs (wil_site::print makes their data
//! and the Typst template; Typst lays them out), and the checks `cargo xtask test` runs on
//! them: page size and count, embedded fonts with no Type 3, every character covered by the
//! poster's fonts, and every QR code read back to the address it should open.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use wil_site::print::{Poster, TEMPLATE, TEMPLATE_FILE};

use crate::build::write;
use crate::tools;
use crate::typst::{self, absolute, output_of, FontCoverage};

const USAGE: &str = "usage: cargo xtask print [--places rix,emb] [--langs uz,ru] [--base-url URL] [--out DIR] [--check] [--no-install]

Writes <out>/<place>/<lang>-<format>.pdf (default out: target/print) for every place of
content/places.toml and each of its languages (or only those named). Formats: a4, a3,
a3-outdoor (error correction Q, a 20 cm code), a6 (a two-sided leaflet) and a4-lv (the
language with Latvian). --check then checks every PDF as `cargo xtask test` does.";

/// What to print, and where.
pub struct PrintOptions {
    pub places: Vec<String>,
    pub langs: Vec<String>,
    pub base_url: Option<String>,
    pub out: PathBuf,
    pub install: bool,
    /// Check every PDF afterwards, as `cargo xtask test` does.
    pub check: bool,
}

pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let options = parse(root, args)?;
    let started = Instant::now();
    let made = make(root, &options)?;
    let seconds = started.elapsed().as_secs_f64();
    report(&made, &options.out, seconds)?;
    if options.check {
        check(&made, &options.out, options.install)?;
        refuses_what_does_not_fit(root, options.install)?;
    }
    Ok(())
}

fn parse(root: &Path, args: &[String]) -> Result<PrintOptions> {
    let mut o = PrintOptions {
        places: Vec::new(),
        langs: Vec::new(),
        base_url: None,
        out: root.join("target").join("print"),
        install: true,
        check: false,
    };
    let list = |v: &str| -> Vec<String> {
        v.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || {
            it.next()
                .cloned()
                .with_context(|| format!("{a} needs a value\n\n{USAGE}"))
        };
        match a.as_str() {
            "--places" => o.places = list(&value()?),
            "--langs" => o.langs = list(&value()?),
            "--base-url" => {
                let v = value()?;
                if !(v.starts_with("https://") || v.starts_with("http://")) {
                    bail!("--base-url: `{v}` must start with https:// or http://");
                }
                o.base_url = Some(v);
            }
            "--out" => o.out = PathBuf::from(value()?),
            "--no-install" => o.install = false,
            "--check" => o.check = true,
            "--help" | "-h" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => bail!("unknown option `{other}`\n\n{USAGE}"),
        }
    }
    Ok(o)
}

/// Makes every PDF asked for; returns what each should be.
pub fn make(root: &Path, options: &PrintOptions) -> Result<Vec<Poster>> {
    println!("==> posters and leaflets");
    let site = wil_content::Site::load(root)?;
    let base = options
        .base_url
        .clone()
        .unwrap_or_else(|| site.config.base_url.clone());
    let posters = wil_site::print::posters(&site, &base, &options.places, &options.langs)?;
    if posters.is_empty() {
        bail!("nothing to print: no place of content/places.toml has the languages asked for");
    }
    let python = tools::ensure_typst(root, options.install)?;

    // Typst's folder: the template, and each poster's data and QR code.
    let work = root.join("target").join("print-work");
    typst::prepare(&work, TEMPLATE_FILE, TEMPLATE)?;
    let mut jobs = String::new();
    for p in &posters {
        write(&work.join(&p.data_file), p.data.as_bytes())?;
        write(&work.join(&p.qr_file), p.qr_svg.as_bytes())?;
        let pdf = options.out.join(&p.file);
        std::fs::create_dir_all(pdf.parent().expect("a file in a folder"))?;
        jobs.push_str(&format!("{}\t{}\n", p.data_file, absolute(&pdf)?.display()));
    }

    println!(
        "      laying out {} PDFs with Typst {} (base URL {base})",
        posters.len(),
        tools::TYPST_VERSION
    );
    let failures = lay_out(&python, &work, &jobs, posters.len(), &site)?;
    if !failures.is_empty() {
        bail!(
            "{} poster(s) could not be made:\n  {}",
            failures.len(),
            failures.join("\n  ")
        );
    }
    Ok(posters)
}

/// The posters the page for organisations offers (the place content/campaigns.toml names,
/// in each of its languages), laid out into target/print-kit/ and read back for
/// wil_site::Inputs (`ngo/uz-a4.pdf` → bytes). About 2 s: they are made afresh each build.
pub fn for_kit(
    root: &Path,
    site: &wil_content::Site,
    base: &str,
    install: bool,
) -> Result<BTreeMap<String, Vec<u8>>> {
    let Some(place) = site.campaigns.posters.clone() else {
        return Ok(BTreeMap::new());
    };
    let out = root.join("target").join("print-kit");
    if out.exists() {
        std::fs::remove_dir_all(&out).with_context(|| format!("cannot empty {}", out.display()))?;
    }
    let options = PrintOptions {
        places: vec![place],
        langs: Vec::new(),
        base_url: Some(base.to_string()),
        out: out.clone(),
        install,
        check: false,
    };
    let started = Instant::now();
    let posters = make(root, &options)?;
    let mut laid_out = BTreeMap::new();
    for p in &posters {
        let bytes = std::fs::read(out.join(&p.file))
            .with_context(|| format!("Typst laid out no {}", p.file))?;
        laid_out.insert(p.file.clone(), bytes);
    }
    println!(
        "      {} posters and leaflets for the page for organisations in {:.1} s, {:.1} MB in all",
        laid_out.len(),
        started.elapsed().as_secs_f64(),
        laid_out.values().map(Vec::len).sum::<usize>() as f64 / 1024.0 / 1024.0
    );
    Ok(laid_out)
}

/// Runs Typst on every poster job; returns why each failure failed, a text that does not
/// fit at its message's file and line.
fn lay_out(
    python: &Path,
    work: &Path,
    jobs: &str,
    count: usize,
    site: &wil_content::Site,
) -> Result<Vec<String>> {
    let failures = typst::run_jobs(python, work, TEMPLATE_FILE, jobs, count, "laid out")?;
    Ok(typst::explain(failures, |message| {
        wil_site::print::typst_problem(site, message)
    }))
}

/// A message too long for its box stops the print at the message's file and line: one
/// poster's message made ten times longer must be refused there, naming the message.
pub fn refuses_what_does_not_fit(root: &Path, install: bool) -> Result<()> {
    let site = wil_content::Site::load(root)?;
    let python = tools::ensure_typst(root, install)?;
    let lang = "uz";
    let mut poster = wil_site::print::posters(&site, &site.config.base_url, &[], &[lang.into()])?
        .into_iter()
        .find(|p| p.format.name == "a4")
        .context("no A4 poster in uz")?;
    let mut data: serde_json::Value = serde_json::from_str(&poster.data)?;
    let first = &mut data["text"]["messages"][0];
    let id = first["id"].as_str().unwrap_or_default().to_string();
    let long = first["text"].as_str().unwrap_or_default().repeat(10);
    first["text"] = long.into();
    poster.data = data.to_string();
    let work = root.join("target").join("print-work-overflow");
    typst::prepare(&work, TEMPLATE_FILE, TEMPLATE)?;
    write(&work.join(&poster.data_file), poster.data.as_bytes())?;
    write(&work.join(&poster.qr_file), poster.qr_svg.as_bytes())?;
    let pdf = work.join("overflow.pdf");
    let jobs = format!("{}\t{}\n", poster.data_file, absolute(&pdf)?.display());
    let failures = lay_out(&python, &work, &jobs, 1, &site)?;
    let expected = site.locales.problem(lang, &id, "").to_string();
    let at = expected.trim_end_matches(": ");
    match failures.as_slice() {
        [one] if one.starts_with(at) && one.contains(&id) && one.contains("does not fit") => {
            println!("      a message too long for its box is refused at {at}");
            Ok(())
        }
        other => bail!("a message ten times too long should be refused at {at}, got {other:?}"),
    }
}

/// The sizes, by format, and the time it took.
fn report(posters: &[Poster], out: &Path, seconds: f64) -> Result<()> {
    let mut by_format: BTreeMap<&str, (usize, u64, u64)> = BTreeMap::new();
    for p in posters {
        let size = std::fs::metadata(out.join(&p.file))?.len();
        let entry = by_format.entry(p.format.name).or_insert((0, 0, u64::MAX));
        entry.0 += 1;
        entry.1 = entry.1.max(size);
        entry.2 = entry.2.min(size);
    }
    println!("      format        PDFs   smallest    largest");
    for (format, (count, largest, smallest)) in by_format {
        println!(
            "      {format:<12} {count:>5} {:>7.0} KB {:>7.0} KB",
            smallest as f64 / 1024.0,
            largest as f64 / 1024.0
        );
    }
    println!(
        "      {} PDFs in {} ({seconds:.1} s)",
        posters.len(),
        out.display()
    );
    Ok(())
}

/// Checks every PDF against what it should be. Fails naming every PDF that is wrong.
pub fn check(posters: &[Poster], out: &Path, install: bool) -> Result<()> {
    tools::ensure_print_checkers(install)?;
    println!("==> checking {} posters and leaflets", posters.len());
    let mut problems = Vec::new();
    let mut fonts = FontCoverage::default();
    for (n, p) in posters.iter().enumerate() {
        let pdf = out.join(&p.file);
        if let Err(e) = check_one(p, &pdf, &mut fonts) {
            problems.push(format!("{}: {e:#}", p.file));
        }
        if (n + 1) % 50 == 0 || n + 1 == posters.len() {
            println!("      {}/{} checked", n + 1, posters.len());
        }
    }
    if !problems.is_empty() {
        bail!(
            "{} of {} PDFs are wrong:\n  {}",
            problems.len(),
            posters.len(),
            problems.join("\n  ")
        );
    }
    println!(
        "      every page size and count, every font embedded (no Type 3), every character in its fonts, every QR code reads its address"
    );
    Ok(())
}

fn check_one(p: &Poster, pdf: &Path, fonts: &mut FontCoverage) -> Result<()> {
    // Page count and size (pdfinfo gives points: 1 mm = 72 / 25.4 pt).
    let info = output_of(Command::new("pdfinfo").arg(pdf))?;
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(str::trim)
            .unwrap_or("")
            .to_string()
    };
    let pages: usize = field("Pages:").parse().unwrap_or(0);
    if pages != p.format.pages {
        bail!("{pages} page(s), not {}", p.format.pages);
    }
    let size = field("Page size:");
    let mut numbers = size
        .split_whitespace()
        .filter_map(|w| w.parse::<f64>().ok());
    let (w, h) = (numbers.next().unwrap_or(0.0), numbers.next().unwrap_or(0.0));
    let (want_w, want_h) = (
        p.format.size_mm.0 * 72.0 / 25.4,
        p.format.size_mm.1 * 72.0 / 25.4,
    );
    if (w - want_w).abs() > 1.0 || (h - want_h).abs() > 1.0 {
        bail!(
            "page size {size}, not {}×{} mm",
            p.format.size_mm.0,
            p.format.size_mm.1
        );
    }

    // Fonts: all embedded, none Type 3 (a bitmap or path font that prints badly and cannot
    // be searched or read aloud).
    let listed = output_of(Command::new("pdffonts").arg(pdf))?;
    for line in listed.lines().skip(2) {
        if line.contains("Type 3") {
            bail!("a Type 3 font: {line}");
        }
        let columns: Vec<&str> = line.split_whitespace().collect();
        // name type… encoding emb sub uni object ID: "emb" is the fifth from the end.
        if columns.len() >= 6 && columns[columns.len() - 5] != "yes" {
            bail!("a font is not embedded: {line}");
        }
    }

    // Every character of the poster's words is in one of its fonts: no empty boxes.
    let data: serde_json::Value = serde_json::from_str(&p.data)?;
    for words in [&data["text"], &data["second"]] {
        if words.is_null() {
            continue;
        }
        if let Some(missing) = fonts.missing_in(words)? {
            bail!("{missing}");
        }
    }

    // The QR code, from the page that carries it, read as a phone would.
    let page = p.format.pages.to_string();
    // pdftoppm adds ".png" to the name it is given.
    let prefix = pdf.with_extension(format!("qr-{}", std::process::id()));
    output_of(
        Command::new("pdftoppm")
            .args(["-r", "50", "-png", "-singlefile", "-f", &page, "-l", &page])
            .arg(pdf)
            .arg(&prefix),
    )?;
    let png = PathBuf::from(format!("{}.png", prefix.display()));
    let decoded = Command::new("zbarimg")
        .args(["--raw", "-q"])
        .arg(&png)
        .output()
        .context("cannot run zbarimg")?;
    let _ = std::fs::remove_file(&png);
    let decoded = String::from_utf8_lossy(&decoded.stdout).trim().to_string();
    if decoded != p.url {
        bail!("the QR code reads {decoded:?}, not {:?}", p.url);
    }
    Ok(())
}
