//! What trunk built, found by name, and the boot script that starts it.

use std::collections::BTreeMap;

use anyhow::{anyhow, Result};
use sha2::{Digest, Sha256};

/// The hashed files of the app, as URL paths ("/style-0123456789abcdef.css").
#[derive(Debug, Clone, PartialEq)]
pub struct Assets {
    pub css: String,
    pub boot_js: String,
    pub app_js: String,
    pub wasm: String,
}

impl Assets {
    /// Every file a page needs to start the app, in load order.
    pub fn all(&self) -> [&str; 4] {
        [&self.css, &self.boot_js, &self.app_js, &self.wasm]
    }
}

/// Finds trunk's outputs among `trunk` (file name → bytes) and adds the boot script that
/// starts the app. Trunk's own index.html is left out: its inline start-up script would need
/// 'unsafe-inline' in the CSP. Returns the assets and the files to publish.
pub fn from_trunk(
    trunk: &BTreeMap<String, Vec<u8>>,
) -> Result<(Assets, BTreeMap<String, Vec<u8>>)> {
    let find = |pred: &dyn Fn(&str) -> bool, what: &str| {
        trunk
            .keys()
            .find(|n| !n.contains('/') && pred(n))
            .cloned()
            .ok_or_else(|| anyhow!("trunk produced no {what} (files: {:?})", trunk.keys()))
    };
    let wasm = find(&|n| n.ends_with("_bg.wasm"), "WASM file")?;
    let stem = wasm.trim_end_matches("_bg.wasm").to_string();
    let app_js = find(&|n| n == format!("{stem}.js"), "JS glue")?;
    let css = find(
        &|n| n.starts_with("style-") && n.ends_with(".css"),
        "stylesheet",
    )?;
    let mut files: BTreeMap<String, Vec<u8>> = trunk
        .iter()
        .filter(|(name, _)| *name != "index.html" && **name != css)
        .map(|(n, b)| (n.clone(), b.clone()))
        .collect();
    // The stylesheet is sent minified, named by the hash of what is sent.
    let style = crate::css::minify(&String::from_utf8_lossy(&trunk[&css]));
    let css = format!(
        "style-{}.css",
        &hex(&Sha256::digest(style.as_bytes()))[..16]
    );
    files.insert(css.clone(), style.into_bytes());

    let boot = format!(
        "// Starts the app: loads the WASM, which hydrates the pre-rendered page.\n// If it cannot start, wil-failed tells style.css to show the self-check's static list again.\nimport init from \"/{app_js}\";\ninit({{ module_or_path: \"/{wasm}\" }}).catch(() => document.documentElement.classList.add(\"wil-failed\"));\n"
    );
    let boot_name = format!("boot-{}.js", &hex(&Sha256::digest(boot.as_bytes()))[..16]);
    files.insert(boot_name.clone(), boot.into_bytes());
    Ok((
        Assets {
            css: format!("/{css}"),
            boot_js: format!("/{boot_name}"),
            app_js: format!("/{app_js}"),
            wasm: format!("/{wasm}"),
        },
        files,
    ))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_trunk_outputs_and_writes_a_hashed_boot_script() {
        let mut trunk = BTreeMap::new();
        for name in [
            "index.html",
            "wil-app-0123_bg.wasm",
            "wil-app-0123.js",
            "style-abcd.css",
        ] {
            trunk.insert(name.to_string(), b"x".to_vec());
        }
        trunk.insert("style-abcd.css".into(), b"a {\n  color: red;\n}\n".to_vec());
        let (assets, files) = from_trunk(&trunk).unwrap();
        assert_eq!(assets.wasm, "/wil-app-0123_bg.wasm");
        assert_eq!(assets.app_js, "/wil-app-0123.js");
        // The stylesheet minified, under the hash of what is sent.
        assert_eq!(files[&assets.css[1..]], b"a{color:red}");
        assert!(assets.css.starts_with("/style-") && assets.css.len() == "/style-.css".len() + 16);
        assert!(!files.contains_key("index.html") && !files.contains_key("style-abcd.css"));
        let boot = std::str::from_utf8(&files[&assets.boot_js[1..]]).unwrap();
        assert!(boot.contains("import init from \"/wil-app-0123.js\""));
        trunk.remove("style-abcd.css");
        let err = from_trunk(&trunk).unwrap_err().to_string();
        assert!(err.contains("no stylesheet"), "{err}");
    }
}
