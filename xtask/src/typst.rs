//! Typst for posters and link previews: the PyPI package's Python runs
//! `typst_driver.py`, which lays out many documents per process (fonts are loaded once),
//! and the checks that what it drew can be read: every character in its fonts.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{bail, Context, Result};

use crate::build::write;

/// Jobs Typst could not do: the output, and Typst's message on one line.
pub type Failures = Vec<(String, String)>;

/// Why each job failed, one line each, sorted and without repeats: where `problem` reads
/// Typst's message as words too long for their place, the problem at the file they are
/// written in; else the output and Typst's message.
pub fn explain(
    failures: Failures,
    problem: impl Fn(&str) -> Option<wil_content::Problem>,
) -> Vec<String> {
    let mut lines: Vec<String> = failures
        .into_iter()
        .map(|(output, message)| match problem(&message) {
            Some(problem) => problem.to_string(),
            None => format!("{output}: {message}"),
        })
        .collect();
    lines.sort();
    lines.dedup();
    lines
}

/// Empties `work` and puts the template (as `template_file`) and the driver in it.
pub fn prepare(work: &Path, template_file: &str, template: &str) -> Result<()> {
    if work.exists() {
        std::fs::remove_dir_all(work)
            .with_context(|| format!("cannot empty {}", work.display()))?;
    }
    write(&work.join(template_file), template.as_bytes())?;
    write(
        &work.join("driver.py"),
        include_str!("typst_driver.py").as_bytes(),
    )
}

/// Runs Typst on every job (`<data file>\t<output>` lines) in `work`, with one process per
/// core; prints a progress line every 25 jobs (`done` says what was done to them). Returns
/// the failures: output and Typst's message, on one line.
pub fn run_jobs(
    python: &Path,
    work: &Path,
    template_file: &str,
    jobs: &str,
    count: usize,
    done: &str,
) -> Result<Failures> {
    let lines: Vec<&str> = jobs.lines().collect();
    let processes = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(lines.len().div_ceil(20))
        .max(1);
    let finished = AtomicUsize::new(0);
    let results: Vec<Result<(usize, Failures)>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..processes)
            .map(|p| {
                let part: String = lines
                    .iter()
                    .skip(p)
                    .step_by(processes)
                    .map(|l| format!("{l}\n"))
                    .collect();
                let finished = &finished;
                s.spawn(move || -> Result<(usize, Failures)> {
                    let mut child = Command::new(python)
                        .arg(work.join("driver.py"))
                        .arg(work)
                        .arg(work.join(template_file))
                        .args(font_dirs())
                        .stdin(Stdio::piped())
                        .stdout(Stdio::piped())
                        .spawn()
                        .with_context(|| format!("cannot start {}", python.display()))?;
                    child
                        .stdin
                        .take()
                        .expect("piped")
                        .write_all(part.as_bytes())?;
                    let mut answered = 0;
                    let mut failures = Vec::new();
                    for line in BufReader::new(child.stdout.take().expect("piped")).lines() {
                        let line = line?;
                        answered += 1;
                        if let Some(rest) = line.strip_prefix("error\t") {
                            let (output, message) = rest.split_once('\t').unwrap_or((rest, ""));
                            failures.push((output.to_string(), message.to_string()));
                        }
                        let n = finished.fetch_add(1, Ordering::Relaxed) + 1;
                        if count > 1 && (n.is_multiple_of(25) || n == count) {
                            println!("      {n}/{count} {done}");
                        }
                    }
                    child.wait()?;
                    Ok((answered, failures))
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a Typst thread panicked"))
            .collect()
    });
    let mut answered = 0;
    let mut failures = Vec::new();
    for r in results {
        let (n, f) = r?;
        answered += n;
        failures.extend(f);
    }
    if answered != count {
        bail!("Typst stopped after {answered} of {count} documents");
    }
    Ok(failures)
}

pub fn absolute(path: &Path) -> Result<PathBuf> {
    Ok(if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()?.join(path)
    })
}

/// Where Debian keeps its fonts (fonts-noto-core, DejaVu): the only fonts Typst sees, so a
/// poster or preview looks the same on every machine that makes it.
fn font_dirs() -> Vec<PathBuf> {
    ["/usr/share/fonts/truetype", "/usr/share/fonts/opentype"]
        .iter()
        .map(PathBuf::from)
        .filter(|d| d.is_dir())
        .collect()
}

pub fn output_of(cmd: &mut Command) -> Result<String> {
    let out = cmd
        .output()
        .with_context(|| format!("cannot run {cmd:?}"))?;
    if !out.status.success() {
        bail!(
            "{cmd:?} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Every string inside a JSON value, one per line.
fn collect_strings(value: &serde_json::Value, into: &mut String) {
    match value {
        serde_json::Value::String(s) => {
            into.push_str(s);
            into.push('\n');
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| collect_strings(v, into)),
        serde_json::Value::Object(o) => o
            .iter()
            // Font names and ids are not printed.
            .filter(|(k, _)| !matches!(k.as_str(), "fonts" | "id" | "lang" | "dir"))
            .for_each(|(_, v)| collect_strings(v, into)),
        _ => {}
    }
}

/// The characters each font family has, read from its cmap (the family's file found with
/// fontconfig, as Typst finds it by name).
#[derive(Default)]
pub struct FontCoverage {
    families: BTreeMap<String, std::collections::HashSet<char>>,
}

impl FontCoverage {
    fn chars_of(&mut self, family: &str) -> Result<&std::collections::HashSet<char>> {
        if !self.families.contains_key(family) {
            let file = output_of(
                Command::new("fc-match")
                    .args(["-f", "%{file}"])
                    .arg(format!("{family}:style=Regular")),
            )?;
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read the font {file}"))?;
            let face = ttf_parser::Face::parse(&bytes, 0)
                .with_context(|| format!("cannot parse the font {file}"))?;
            let named = face
                .names()
                .into_iter()
                .filter(|n| n.name_id == ttf_parser::name_id::FAMILY)
                .filter_map(|n| n.to_string())
                .any(|n| n == family);
            if !named {
                bail!("fontconfig has no font called {family:?} (it offered {file})");
            }
            let mut chars = std::collections::HashSet::new();
            if let Some(cmap) = face.tables().cmap {
                for sub in cmap.subtables {
                    if sub.is_unicode() {
                        sub.codepoints(|c| {
                            if let Some(ch) = char::from_u32(c) {
                                chars.insert(ch);
                            }
                        });
                    }
                }
            }
            self.families.insert(family.to_string(), chars);
        }
        Ok(&self.families[family])
    }

    /// What is wrong with a poster's or picture's words in one language (a JSON value with
    /// its `fonts`, as the generator writes it): the first character none of its fonts
    /// draws, said in a line; `None` when every one is drawn.
    pub fn missing_in(&mut self, words: &serde_json::Value) -> Result<Option<String>> {
        let families: Vec<String> = words["fonts"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|f| f.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        let mut text = String::new();
        collect_strings(words, &mut text);
        Ok(self.first_missing(&families, &text)?.map(|c| {
            format!(
                "the character {c:?} (U+{:04X}) is in none of the fonts {families:?}",
                c as u32
            )
        }))
    }

    /// The first character of `text` that none of `families` has (spaces, line ends and the
    /// invisible joiners aside).
    fn first_missing(&mut self, families: &[String], text: &str) -> Result<Option<char>> {
        for c in text.chars() {
            if c.is_whitespace() || matches!(c, '\u{200c}' | '\u{200d}' | '\u{2068}' | '\u{2069}') {
                continue;
            }
            let mut found = false;
            for family in families {
                if self.chars_of(family)?.contains(&c) {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(Some(c));
            }
        }
        Ok(None)
    }
}
