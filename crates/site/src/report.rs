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

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::Assets;

    /// A site of two pages whose sizes are known: `bytes(n)` sends n bytes.
    fn site(wasm_bytes: usize) -> BuiltSite {
        let mut files = BTreeMap::new();
        let mut put = |path: &str, raw: usize, br: Option<usize>| {
            files.insert(path.to_string(), vec![b'x'; raw]);
            if let Some(n) = br {
                files.insert(format!("{path}.br"), vec![b'x'; n]);
            }
        };
        put("lv/index.html", 9000, Some(3000));
        put("lv/pay/index.html", 12000, Some(4000));
        put("lv/manifest.webmanifest", 500, Some(300));
        put("lv/pack.json", 60000, Some(20000));
        put("index.html", 4000, Some(1500));
        put("404.html", 3000, Some(1000));
        put("offline.html", 3000, Some(1000));
        put("sw.js", 6000, Some(2000));
        put("style.css", 8000, Some(2500));
        put("boot.js", 150, None);
        put("app.js", 40000, Some(7000));
        put("app_bg.wasm", wasm_bytes * 3, Some(wasm_bytes));
        put("icon.svg", 300, None);
        let assets = Assets {
            css: "/style.css".into(),
            boot_js: "/boot.js".into(),
            app_js: "/app.js".into(),
            wasm: "/app_bg.wasm".into(),
        };
        BuiltSite {
            shell: crate::offline::shell(&assets),
            files,
            version: "v".into(),
            assets,
            pages_by_lang: BTreeMap::from([(
                "lv".to_string(),
                vec![
                    "/lv/".into(),
                    "/lv/pay/".into(),
                    "/lv/manifest.webmanifest".into(),
                ],
            )]),
        }
    }

    const BUDGETS: Budgets = Budgets {
        text: 20,
        first_visit: 150,
    };

    #[test]
    fn a_first_visit_counts_each_file_once_as_sent() {
        let report = SizeReport::new(&site(80_000), BUDGETS);
        assert_eq!(report.heaviest, "/lv/pay/");
        assert_eq!(report.parts[0].bytes(), 4000 + 2500, "page + css, brotli");
        assert_eq!(
            report.parts[1].bytes(),
            150 + 7000 + 80_000,
            "boot (raw) + glue + wasm"
        );
        assert_eq!(report.parts[2].bytes(), 300 + 300);
        // sw.js, the pack, and the shell pages the visit had not fetched yet.
        assert_eq!(report.parts[3].bytes(), 2000 + 20000 + 1500 + 1000 + 1000);
        assert!(report.over_budget().is_empty());
        let shown = report.to_string();
        assert!(shown.contains("lv/pay/index.html"), "{shown}");
        assert!(!shown.contains(".br "), "copies are not listed as files");
    }

    #[test]
    fn over_budget_names_the_biggest_files() {
        let report = SizeReport::new(&site(200_000), BUDGETS);
        let over = report.over_budget();
        assert_eq!(over.len(), 1, "{over:?}");
        assert!(over[0].starts_with("first visit is"), "{}", over[0]);
        assert!(
            over[0].contains("biggest: /app_bg.wasm 195.3 KB, /lv/pack.json"),
            "{}",
            over[0]
        );
        assert!(report.to_string().contains("OVER BUDGET"));
    }

    #[test]
    fn the_project_budgets_are_readable() {
        let b = Budgets::project();
        assert!(b.text > 0 && b.first_visit > b.text);
    }
}
