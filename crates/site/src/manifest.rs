//! One web app manifest per language: installing the app from a page of a language gives
//! the app in that language.

use wil_content::{Language, Route};

use crate::document::THEME_COLOR;

pub fn manifest(lang: &Language, name: &str) -> String {
    serde_json::json!({
        "name": name,
        "short_name": name,
        "lang": lang.code,
        "dir": lang.dir,
        "start_url": Route::home(&lang.code).url(),
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": [
            { "src": Route::PngIcon(192).url(), "sizes": "192x192", "type": "image/png", "purpose": "any" },
            { "src": Route::PngIcon(512).url(), "sizes": "512x512", "type": "image/png", "purpose": "any" },
            { "src": Route::Icon.url(), "sizes": "any", "type": "image/svg+xml", "purpose": "any" }
        ]
    })
    .to_string()
}
