//! The size report of a build, computed from the built site in memory: every file with its
//! raw and brotli bytes, and what a first visit to the heaviest page downloads, part by
//! part, against the budgets in budgets.toml.

use std::collections::BTreeSet;
use std::fmt;

use serde::Deserialize;
use wil_content::Route;

use crate::BuiltSite;

/// The budgets, in KB of brotli bytes (crates/site/budgets.toml).
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budgets {
    pub text: u64,
    pub first_visit: u64,
}

impl Budgets {
    pub fn project() -> Budgets {
        toml::from_str(include_str!("../budgets.toml")).expect("budgets.toml is valid")
    }
}

/// One part of a first visit: its files and their bytes as sent.
#[derive(Debug, Clone)]
pub struct Part {
    pub name: &'static str,
    pub files: Vec<(String, u64)>,
}

impl Part {
    pub fn bytes(&self) -> u64 {
        self.files.iter().map(|(_, n)| n).sum()
    }
}

#[derive(Debug, Clone)]
pub struct SizeReport {
    /// Every file (not the .br/.gz copies): path, raw bytes, bytes as sent.
    pub files: Vec<(String, u64, u64)>,
    /// The page whose first visit costs most.
    pub heaviest: String,
    /// text on screen, app, manifest + icon, offline copy.
    pub parts: [Part; 4],
    pub budgets: Budgets,
}

/// Bytes sent for `url` by a server that prefers brotli.
fn sent(built: &BuiltSite, url: &str) -> u64 {
    let file = wil_dist::file_for(url);
    built
        .files
        .get(&format!("{file}.br"))
        .or_else(|| built.files.get(&file))
        .map_or(0, |b| b.len() as u64)
}

impl SizeReport {
    pub fn new(built: &BuiltSite, budgets: Budgets) -> SizeReport {
        let files = built
            .files
            .iter()
            .filter(|(p, _)| !p.ends_with(".br") && !p.ends_with(".gz"))
            .map(|(p, b)| (p.clone(), b.len() as u64, sent(built, &format!("/{p}"))))
            .collect();
        let heaviest = built
            .pages_by_lang
            .values()
            .flatten()
            .filter(|u| u.ends_with('/'))
            .max_by_key(|u| sent(built, u))
            .cloned()
            .unwrap_or_else(|| Route::Chooser.url());
        let lang = heaviest.trim_matches('/').split('/').next().unwrap_or("");
        let part = |name, urls: Vec<String>| Part {
            name,
            files: urls
                .into_iter()
                .map(|u| {
                    let n = sent(built, &u);
                    (u, n)
                })
                .collect(),
        };
        let a = &built.assets;
        let text = vec![heaviest.clone(), a.css.clone()];
        let app = vec![a.boot_js.clone(), a.app_js.clone(), a.wasm.clone()];
        let extras = vec![Route::Manifest(lang.into()).url(), Route::Icon.url()];
        // After the page has loaded, the service worker stores the shell and the language:
        // what the page already fetched comes from the browser's cache.
        let seen: BTreeSet<&String> = text.iter().chain(&app).chain(&extras).collect();
        let mut offline = vec![Route::ServiceWorker.url(), Route::Pack(lang.into()).url()];
        offline.extend(built.shell.iter().filter(|u| !seen.contains(u)).cloned());
        SizeReport {
            files,
            heaviest,
            parts: [
                part("text on screen (HTML + CSS)", text),
                part("app (boot + JS glue + WASM)", app),
                part("manifest + icon", extras),
                part("offline copy (sw.js, shell, pack)", offline),
            ],
            budgets,
        }
    }

    pub fn total(&self) -> u64 {
        self.parts.iter().map(Part::bytes).sum()
    }

    /// One line per budget that is exceeded, naming the biggest files of that part.
    pub fn over_budget(&self) -> Vec<String> {
        let mut over = Vec::new();
        let mut check = |what: &str, value: u64, budget_kb: u64, files: Vec<(String, u64)>| {
            let budget = budget_kb * 1024;
            if value > budget {
                let mut files = files;
                files.sort_by_key(|f| std::cmp::Reverse(f.1));
                let biggest: Vec<String> = files
                    .iter()
                    .take(3)
                    .map(|(f, n)| format!("{f} {}", kb(*n)))
                    .collect();
                over.push(format!(
                    "{what} is {} over its budget of {budget_kb} KB; biggest: {}",
                    kb(value - budget),
                    biggest.join(", ")
                ));
            }
        };
        check(
            "text on screen",
            self.parts[0].bytes(),
            self.budgets.text,
            self.parts[0].files.clone(),
        );
        check(
            "first visit",
            self.total(),
            self.budgets.first_visit,
            self.parts.iter().flat_map(|p| p.files.clone()).collect(),
        );
        over
    }
}

fn kb(n: u64) -> String {
    format!("{:.1} KB", n as f64 / 1024.0)
}

impl fmt::Display for SizeReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "\n{:<48} {:>10} {:>10}", "file", "raw", "brotli")?;
        for (name, raw, br) in &self.files {
            writeln!(f, "{name:<48} {raw:>10} {br:>10}")?;
        }
        let raw: u64 = self.files.iter().map(|x| x.1).sum();
        let br: u64 = self.files.iter().map(|x| x.2).sum();
        writeln!(f, "{:<48} {raw:>10} {br:>10}", "all files")?;
        writeln!(
            f,
            "\nFirst visit to the heaviest page, {} (brotli):",
            self.heaviest
        )?;
        for (i, part) in self.parts.iter().enumerate() {
            let budget = if i == 0 {
                format!("   budget {} KB", self.budgets.text)
            } else {
                String::new()
            };
            writeln!(f, "  {:<36} {:>10}{budget}", part.name, kb(part.bytes()))?;
        }
        writeln!(
            f,
            "  {:<36} {:>10}   budget {} KB",
            "total",
            kb(self.total()),
            self.budgets.first_visit
        )?;
        for line in self.over_budget() {
            writeln!(f, "  OVER BUDGET: {line}")?;
        }
        Ok(())
    }
}
