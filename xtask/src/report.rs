//! The size report printed after every build: each file with its raw and brotli bytes, and
//! what a first visit to one page downloads (brotli, as our server sends it).

use std::collections::BTreeSet;
use std::path::Path;

use crate::build::{list_files, PagesByLang};
use crate::prerender::{file_for, Assets};

/// Budget for a first visit to one page, everything included (bytes, brotli).
pub const FIRST_VISIT_BUDGET: u64 = 150 * 1024;
/// Budget for what shows the text: the page's HTML and the CSS.
pub const TEXT_BUDGET: u64 = 20 * 1024;

/// Bytes sent for `url_path` by a server that prefers brotli.
fn sent(dist: &Path, url_path: &str) -> u64 {
    let file = dist.join(file_for(url_path));
    let br = file.with_file_name(format!(
        "{}.br",
        file.file_name().unwrap_or_default().to_string_lossy()
    ));
    std::fs::metadata(&br)
        .or_else(|_| std::fs::metadata(&file))
        .map(|m| m.len())
        .unwrap_or(0)
}

fn kb(n: u64) -> String {
    format!("{:.1} KB", n as f64 / 1024.0)
}

pub fn report(dist: &Path, assets: &Assets, pages: &PagesByLang) -> Result<String, String> {
    let mut out = String::new();
    out.push_str(&format!(
        "\n{:<48} {:>10} {:>10}\n",
        "file", "raw", "brotli"
    ));
    let mut total_raw = 0;
    let mut total_br = 0;
    for path in list_files(dist)? {
        let name = path
            .strip_prefix(dist)
            .unwrap_or(&path)
            .to_string_lossy()
            .to_string();
        if name.ends_with(".br") || name.ends_with(".gz") {
            continue;
        }
        let raw = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let br = sent(dist, &format!("/{name}"));
        total_raw += raw;
        total_br += br;
        out.push_str(&format!("{name:<48} {raw:>10} {br:>10}\n"));
    }
    out.push_str(&format!(
        "{:<48} {total_raw:>10} {total_br:>10}\n",
        "all files"
    ));

    // The heaviest page decides: its first visit, step by step.
    let heaviest = pages
        .values()
        .flatten()
        .filter(|u| u.ends_with('/'))
        .max_by_key(|u| sent(dist, u))
        .cloned()
        .unwrap_or_else(|| "/".into());
    let lang = heaviest
        .trim_matches('/')
        .split('/')
        .next()
        .unwrap_or("")
        .to_string();
    let text = sent(dist, &heaviest) + sent(dist, &assets.css);
    let app = sent(dist, &assets.boot_js) + sent(dist, &assets.app_js) + sent(dist, &assets.wasm);
    let head_extras =
        sent(dist, &format!("/{lang}/manifest.webmanifest")) + sent(dist, "/icon.svg");
    // After the page has loaded, the service worker stores the shell and the language.
    let mut seen: BTreeSet<String> = [
        heaviest.clone(),
        assets.css.clone(),
        assets.boot_js.clone(),
        assets.app_js.clone(),
        assets.wasm.clone(),
    ]
    .into_iter()
    .collect();
    seen.insert(format!("/{lang}/manifest.webmanifest"));
    seen.insert("/icon.svg".into());
    let mut offline = sent(dist, "/sw.js") + sent(dist, &format!("/{lang}/pack.json"));
    for url in ["/", "/404.html", "/offline.html"] {
        if seen.insert(url.to_string()) {
            offline += sent(dist, url);
        }
    }
    let total = text + app + head_extras + offline;
    out.push_str(&format!(
        "\nFirst visit to the heaviest page, {heaviest} (brotli):\n"
    ));
    out.push_str(&format!(
        "  text on screen (HTML + CSS)          {:>10}   budget {}\n",
        kb(text),
        kb(TEXT_BUDGET)
    ));
    out.push_str(&format!(
        "  app (boot + JS glue + WASM)          {:>10}\n",
        kb(app)
    ));
    out.push_str(&format!(
        "  manifest + icon                      {:>10}\n",
        kb(head_extras)
    ));
    out.push_str(&format!(
        "  offline copy (sw.js, shell, {lang} pack)  {:>10}\n",
        kb(offline)
    ));
    out.push_str(&format!(
        "  total                                {:>10}   budget {}\n",
        kb(total),
        kb(FIRST_VISIT_BUDGET)
    ));
    for (what, value, budget) in [
        ("text", text, TEXT_BUDGET),
        ("first visit", total, FIRST_VISIT_BUDGET),
    ] {
        if value > budget {
            out.push_str(&format!(
                "  OVER BUDGET: {what} is {} over\n",
                kb(value - budget)
            ));
        }
    }
    Ok(out)
}
