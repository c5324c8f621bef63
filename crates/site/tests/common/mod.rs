//! What the build tests pass where xtask would pass real files: trunk's output and the
//! icons of public/, as stand-ins (the build checks their names, not their bytes).

use std::collections::BTreeMap;

/// trunk's output directory, with the hashed names the build reads.
pub fn fake_trunk() -> BTreeMap<String, Vec<u8>> {
    [
        ("index.html", "<!-- trunk's, dropped -->"),
        ("wil-app-0000000000000000_bg.wasm", "wasm"),
        (
            "wil-app-0000000000000000.js",
            "export default function init() {}",
        ),
        ("style-0000000000000000.css", "body{}"),
    ]
    .into_iter()
    .map(|(n, b)| (n.to_string(), b.as_bytes().to_vec()))
    .collect()
}

/// public/: the icons every page and manifest links to.
pub fn icons() -> BTreeMap<String, Vec<u8>> {
    ["icon.svg", "icon-192.png", "icon-512.png"]
        .into_iter()
        .map(|n| (n.to_string(), b"icon".to_vec()))
        .collect()
}
