//! Work in Latvia: the user interface.
//!
//! Built twice from the same code: natively with feature `ssr`, where xtask renders every
//! page to static HTML, and to WASM with feature `hydrate`, where the browser takes over the
//! pre-rendered page. The crate knows nothing about files: it renders a [`model::PageData`].

pub mod app;
pub mod components;
pub mod indicators;
pub mod model;
pub mod pages;
pub mod search;

mod browser;
// The browser reads its data with it; the native tests check it against serde.
#[cfg(any(feature = "hydrate", test))]
mod decode;

pub use app::App;

/// Where the quick-exit button goes: a busy, ordinary site that reveals nothing.
pub const QUICK_EXIT_URL: &str = "https://www.google.com/";
