//! The site generator: checked content ([`wil_content::Site`]) + what trunk built + the
//! public origin → every file of the site, in memory. One module per output; the build tool
//! (xtask) only reads the inputs, calls [`check`] and [`build`], and writes the result.
//!
//! ```text
//! check(site)                 every page's data and head, nothing rendered: all problems at once
//! build(site, inputs)
//!   assets    trunk's files → hashed asset names + boot script
//!   pages     route × language → HTML (document: <head> + the app's body), QR codes,
//!             manifests, sitemap, robots.txt
//!   offline   version (hash of every file) → stamped into pages; packs; shell; sw.js
//!   compress  .br and .gz copies
//! report      the size report, from the result
//! ```

pub mod assets;
pub mod compress;
pub mod css;
pub mod document;
pub mod manifest;
pub mod offline;
pub mod page_data;
pub mod pages;
pub mod preview;
pub mod print;
pub mod qr;
pub mod report;
pub mod review;
pub mod sitemap;
pub mod words;

use std::collections::BTreeMap;

use anyhow::{bail, Context, Result};
use wil_content::{Problems, Route, Site};

pub use assets::Assets;
pub use compress::Compression;
pub use report::{Budgets, SizeReport};

/// What the generator takes besides the content.
pub struct Inputs {
    /// trunk's output directory: relative path → bytes.
    pub trunk: BTreeMap<String, Vec<u8>>,
    /// public/: copied as it is (icons).
    pub public: BTreeMap<String, Vec<u8>>,
    /// The public origin for canonical links, link previews, the sitemap and QR codes,
    /// without a trailing slash.
    pub base_url: String,
    /// The link previews Typst drew (`og/uz/pay.png` → PNG): one for every indexed page,
    /// made from [`preview::previews`].
    pub previews: BTreeMap<String, Vec<u8>>,
    /// The posters and leaflets Typst laid out for the page for organisations
    /// (`ngo/uz-a4.pdf` → PDF), made from [`print::posters`] for the place
    /// content/campaigns.toml names.
    pub posters: BTreeMap<String, Vec<u8>>,
    /// How hard to compress the .br and .gz copies: [`Compression::Smallest`] for a site
    /// to serve.
    pub compression: Compression,
}

/// The whole built site.
pub struct BuiltSite {
    /// Path inside dist/ → bytes, the .br/.gz copies included.
    pub files: BTreeMap<String, Vec<u8>>,
    pub version: String,
    pub assets: Assets,
    /// What the service worker stores when it installs.
    pub shell: Vec<String>,
    /// Each language's pages and manifest, as stored by "keep this language".
    pub pages_by_lang: BTreeMap<String, Vec<String>>,
}

/// The first, cheap step: every message every page needs, and everything else a page is
/// made of, checked before anything slow runs. All problems are reported at once.
pub fn check(site: &Site) -> Result<(), Problems> {
    pages::check(site)
}

/// Builds every file. `progress` gets one line per step.
pub fn build(site: &Site, inputs: &Inputs, progress: &mut dyn FnMut(&str)) -> Result<BuiltSite> {
    let base = inputs.base_url.trim_end_matches('/');
    // Every page and manifest links to these: they must be in public/.
    for icon in [Route::Icon, Route::PngIcon(192), Route::PngIcon(512)] {
        if !inputs.public.contains_key(&icon.file()) {
            bail!(
                "public/{} is missing: every page and manifest links to {}",
                icon.file(),
                icon.url()
            );
        }
    }
    let (assets, app_files) = assets::from_trunk(&inputs.trunk)?;

    progress("pre-rendering every page in every language");
    let rendered = pages::render(site, &assets, base)?;
    let mut files = inputs.public.clone();
    files.extend(preview::take(
        &rendered.indexed,
        &preview::card_routes(site),
        &inputs.previews,
    )?);
    files.extend(print::take(site, &inputs.posters)?);
    for (path, bytes) in app_files.into_iter().chain(rendered.files) {
        if files.insert(path.clone(), bytes).is_some() {
            bail!("two outputs want the same file {path} (is it in public/ too?)");
        }
    }

    progress("writing the service worker and the language packs");
    let version = offline::version(&files);
    offline::stamp(&mut files, &version);
    for (lang, urls) in &rendered.pages_by_lang {
        let pack = offline::pack(&files, urls).with_context(|| format!("the {lang} pack"))?;
        files.insert(Route::Pack(lang.clone()).file(), pack);
    }
    let shell = offline::shell(&assets);
    files.insert(
        Route::ServiceWorker.file(),
        offline::service_worker(
            &version,
            &shell,
            &rendered.pages_by_lang,
            &rendered.screening_sets,
            &rendered.school_sets,
            &rendered.classroom_sets,
            &rendered.recordings_by_lang,
        )
        .into_bytes(),
    );

    progress(match inputs.compression {
        Compression::Smallest => "compressing (brotli 11, gzip 9)",
        Compression::Fast => "compressing (brotli 1, gzip 1: not for serving)",
    });
    let copies = compress::compressed_copies(&files, inputs.compression);
    files.extend(copies);

    // For hosts other than ours: the same headers as nginx rules and as `_headers`.
    let hashed: Vec<String> = files
        .keys()
        .filter(|f| !f.ends_with(".br") && !f.ends_with(".gz"))
        .filter(|f| wil_dist::cache_control(f) == wil_dist::IMMUTABLE)
        .cloned()
        .collect();
    let languages: Vec<&str> = site.languages.iter().map(|l| l.code.as_str()).collect();
    files.insert(
        wil_dist::deploy::HEADERS_FILE.to_string(),
        wil_dist::deploy::netlify_headers(&hashed).into_bytes(),
    );
    files.insert(
        wil_dist::deploy::NGINX_BLOCK_FILE.to_string(),
        wil_dist::deploy::nginx_server_block("80", "/srv/work-in-latvia/dist", &languages)
            .into_bytes(),
    );
    Ok(BuiltSite {
        files,
        version,
        assets,
        shell,
        pages_by_lang: rendered.pages_by_lang,
    })
}
