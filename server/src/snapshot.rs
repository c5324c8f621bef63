//! dist/ held in memory: every file, each encoding's bytes and its headers, read once.
//!
//! A request then costs a hash lookup and a reference count, never a file-system call, so a
//! campaign day's crowd is served at memory speed. dist/ is small (about 13 MB with the
//! compressed copies). When the build swaps in a new dist/, a new snapshot is read whole and
//! replaces the old one in one step: a response always comes from one build, never a mix.
//!
//! The security boundary of `resolve.rs` holds here too: only regular files that are still
//! inside dist/ after every symlink is followed, and nothing hidden, go into a snapshot.

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use axum::body::Bytes;
use axum::http::header::{
    CACHE_CONTROL, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, ETAG, VARY,
};
use axum::http::{HeaderMap, HeaderValue};

use crate::headers;
use crate::negotiate::Encoding;

/// One encoding of one file.
pub(crate) struct Variant {
    pub encoding: Encoding,
    pub bytes: Bytes,
    /// A strong validator of these bytes: a hash of the content and the encoding, so an
    /// unchanged file keeps its ETag across rebuilds and a phone revalidates for free.
    pub etag: HeaderValue,
    pub length: HeaderValue,
    /// Every header of a response with these bytes, security headers included, built once:
    /// a response copies them. A 200 …
    pub ok_headers: HeaderMap,
    /// … a 304 (RFC 9110 §15.4.5: the validators and cache headers, not the
    /// representation metadata) …
    pub not_modified_headers: HeaderMap,
    /// … and this file sent as a 404 page: no ETag, never cached as if it were the
    /// resource asked for.
    pub not_found_headers: HeaderMap,
}

/// One file as requested (`lv/pay/index.html`), with every encoding that exists.
pub(crate) struct Entry {
    /// Identity first, then the precompressed siblings that exist.
    pub variants: Vec<Variant>,
    /// The encodings of those siblings.
    pub available: Vec<Encoding>,
}

impl Entry {
    pub fn variant(&self, encoding: Encoding) -> &Variant {
        self.variants
            .iter()
            .find(|v| v.encoding == encoding)
            .unwrap_or(&self.variants[0])
    }
}

/// Everything one build of dist/ serves.
#[derive(Default)]
pub(crate) struct Snapshot {
    /// Every file by the URL paths that name it ("/lv/pay/index.html", and "/lv/pay/" for
    /// an index): the common request is one lookup, with no decoding. Every key comes from a
    /// file that passed the checks below, so a path that matches one is safe by construction.
    urls: HashMap<String, Arc<Entry>>,
    /// Directories that hold an `index.html` ("lv/pay"), for the add-a-slash redirect.
    dirs: HashSet<String>,
    /// The language folders ("lv", "ur"): the top-level folders with a start page, sorted.
    /// (Only a language's folder has one; and only a language tag can match one.)
    languages: Vec<String>,
    /// How many files.
    count: usize,
    /// Bytes held, all encodings counted.
    pub bytes: usize,
}

impl Snapshot {
    /// The file at a relative path with `/` ("lv/pay/index.html").
    pub fn file(&self, relative: &str) -> Option<&Arc<Entry>> {
        self.urls.get(&format!("/{relative}"))
    }

    /// The file a raw URL path names exactly, if it is one of the snapshot's own paths.
    pub fn url(&self, raw_path: &str) -> Option<&Arc<Entry>> {
        self.urls.get(raw_path)
    }

    pub fn is_index_dir(&self, relative: &str) -> bool {
        self.dirs.contains(relative)
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// Reads all of `dist`. An error means dist/ changed or vanished while it was read:
    /// the caller keeps what it had and tries again.
    pub fn read(dist: &Path) -> std::io::Result<Snapshot> {
        let root = std::fs::canonicalize(dist)?;
        let mut snapshot = Snapshot::default();
        let mut seen = HashSet::new();
        walk(&root, &root, &mut seen, &mut snapshot)?;
        let mut languages: Vec<String> = snapshot
            .dirs
            .iter()
            .filter(|dir| !dir.is_empty() && !dir.contains('/'))
            .cloned()
            .collect();
        languages.sort();
        snapshot.languages = languages;
        Ok(snapshot)
    }
}

fn walk(
    root: &Path,
    dir: &Path,
    seen: &mut HashSet<PathBuf>,
    snapshot: &mut Snapshot,
) -> std::io::Result<()> {
    // A symlink loop inside dist/ would otherwise never end.
    if !seen.insert(dir.to_path_buf()) {
        return Ok(());
    }
    let mut names: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    names.sort();
    for name in names {
        let Some(name) = name.to_str() else { continue };
        // Hidden files, and the rules for other hosts (`_headers`, `_deploy/`) at the top.
        if name.starts_with('.') || (dir == root && name.starts_with('_')) {
            continue;
        }
        let Some(real) = inside(root, &dir.join(name)) else {
            continue;
        };
        let meta = std::fs::metadata(&real)?;
        if meta.is_dir() {
            walk(root, &real, seen, snapshot)?;
            continue;
        }
        if !meta.is_file() || name.ends_with(".br") || name.ends_with(".gz") {
            continue;
        }
        let relative = relative_key(root, &dir.join(name));
        let entry = read_entry(root, &dir.join(name), &real)?;
        snapshot.bytes += entry.variants.iter().map(|v| v.bytes.len()).sum::<usize>();
        let entry = Arc::new(entry);
        if name == "index.html" {
            let dir_key = relative_key(root, dir);
            let url = if dir_key.is_empty() {
                "/".to_string()
            } else {
                format!("/{dir_key}/")
            };
            snapshot.urls.insert(url, Arc::clone(&entry));
            snapshot.dirs.insert(dir_key);
        }
        snapshot.urls.insert(format!("/{relative}"), entry);
        snapshot.count += 1;
    }
    Ok(())
}

/// The canonical path of `candidate` if, after following every symlink, it is still under
/// `root` and nothing on the way there is hidden.
fn inside(root: &Path, candidate: &Path) -> Option<PathBuf> {
    let real = std::fs::canonicalize(candidate).ok()?;
    let relative = real.strip_prefix(root).ok()?;
    let hidden = relative
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
    (!hidden).then_some(real)
}

/// The path as a request names it: relative to the root the walk started from (not to
/// where symlinks lead), with `/` between names.
fn relative_key(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .map(|p| {
            p.components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/")
        })
        .unwrap_or_default()
}

fn read_entry(root: &Path, requested: &Path, real: &Path) -> std::io::Result<Entry> {
    let mut variants = vec![variant(Encoding::Identity, std::fs::read(real)?)];
    for encoding in [Encoding::Brotli, Encoding::Gzip] {
        let mut name = requested.as_os_str().to_owned();
        name.push(encoding.file_suffix());
        if let Some(sibling) = inside(root, Path::new(&name)) {
            if std::fs::metadata(&sibling)?.is_file() {
                variants.push(variant(encoding, std::fs::read(&sibling)?));
            }
        }
    }
    let content_type = headers::content_type(requested);
    let cache_control = headers::cache_control(requested);
    let compressed = variants.len() > 1;
    for v in &mut variants {
        let mut common = HeaderMap::new();
        // Caches must keep one copy per encoding, even for the variant chosen this time.
        if compressed {
            common.insert(VARY, HeaderValue::from_static("accept-encoding"));
        }
        headers::add_security_headers(&mut common);
        let mut representation = HeaderMap::new();
        representation.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        if let Some(coding) = v.encoding.content_encoding() {
            representation.insert(CONTENT_ENCODING, HeaderValue::from_static(coding));
        }
        representation.insert(CONTENT_LENGTH, v.length.clone());

        let mut not_modified = common.clone();
        not_modified.insert(CACHE_CONTROL, HeaderValue::from_static(cache_control));
        not_modified.insert(ETAG, v.etag.clone());
        let mut ok = not_modified.clone();
        ok.extend(representation.clone());
        let mut not_found = common;
        not_found.insert(CACHE_CONTROL, HeaderValue::from_static(headers::NO_CACHE));
        not_found.extend(representation);
        (v.ok_headers, v.not_modified_headers, v.not_found_headers) = (ok, not_modified, not_found);
    }
    Ok(Entry {
        available: variants
            .iter()
            .map(|v| v.encoding)
            .filter(|e| *e != Encoding::Identity)
            .collect(),
        variants,
    })
}

fn variant(encoding: Encoding, bytes: Vec<u8>) -> Variant {
    // SipHash with fixed keys: the same bytes give the same tag in every run of this
    // build of the server, which is what a validator needs.
    let mut hasher = DefaultHasher::new();
    hasher.write(&bytes);
    let tag = match encoding.content_encoding() {
        Some(coding) => format!("-{coding}"),
        None => String::new(),
    };
    let etag = format!("\"{:x}-{:016x}{tag}\"", bytes.len(), hasher.finish());
    Variant {
        encoding,
        length: HeaderValue::from(bytes.len()),
        bytes: Bytes::from(bytes),
        etag: HeaderValue::from_str(&etag).unwrap_or_else(|_| HeaderValue::from_static("\"\"")),
        ok_headers: HeaderMap::new(),
        not_modified_headers: HeaderMap::new(),
        not_found_headers: HeaderMap::new(),
    }
}

/// What identifies one dist/ on disk: the build swaps a new directory in by renaming, which
/// changes the inode; adding or removing a file at the top changes the modification time.
pub(crate) fn stamp(dist: &Path) -> Option<(u64, u64, std::time::SystemTime)> {
    let meta = std::fs::metadata(dist).ok()?;
    #[cfg(unix)]
    let (dev, ino) = {
        use std::os::unix::fs::MetadataExt;
        (meta.dev(), meta.ino())
    };
    #[cfg(not(unix))]
    let (dev, ino) = (0, 0);
    Some((dev, ino, meta.modified().ok()?))
}

/// The snapshot being served, and how to replace it.
pub(crate) struct Current {
    pub dist: PathBuf,
    /// What `/` answers.
    pub start_page: crate::StartPage,
    snapshot: RwLock<Arc<Snapshot>>,
    stamp: RwLock<Option<(u64, u64, std::time::SystemTime)>>,
}

impl Current {
    /// Reads `dist` now (an empty site when it does not exist yet).
    pub fn load(dist: PathBuf) -> Current {
        let current = Current {
            snapshot: RwLock::new(Arc::new(Snapshot::default())),
            stamp: RwLock::new(None),
            dist,
            start_page: crate::StartPage::ByLanguage,
        };
        current.reload();
        current
    }

    pub fn get(&self) -> Arc<Snapshot> {
        self.snapshot
            .read()
            .map(|s| Arc::clone(&s))
            .unwrap_or_default()
    }

    /// Reads dist/ again if its stamp changed; true when a new snapshot is served.
    pub fn reload_if_changed(&self) -> bool {
        let now = stamp(&self.dist);
        if now.is_some() && self.stamp.read().is_ok_and(|s| *s == now) {
            return false;
        }
        self.reload()
    }

    /// Reads dist/ whole and swaps it in, unless it changed during the read (then the old
    /// snapshot stays: the next check reads the finished one).
    pub fn reload(&self) -> bool {
        let before = stamp(&self.dist);
        let Ok(next) = Snapshot::read(&self.dist) else {
            return false;
        };
        if stamp(&self.dist) != before {
            return false;
        }
        if let (Ok(mut snapshot), Ok(mut stamp)) = (self.snapshot.write(), self.stamp.write()) {
            *snapshot = Arc::new(next);
            *stamp = before;
            return true;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn body(current: &Current, key: &str) -> Option<String> {
        let site = current.get();
        let entry = site.file(key)?;
        Some(String::from_utf8_lossy(&entry.variant(Encoding::Identity).bytes).into_owned())
    }

    /// The build writes dist.staging/ and renames it over dist/: the server notices, reads
    /// the new build whole and serves only it; an unchanged file keeps its ETag.
    #[test]
    fn a_swapped_in_build_replaces_the_old_one_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let dist = tmp.path().join("dist");
        write(&dist.join("index.html"), "old home");
        write(&dist.join("lv/index.html"), "old lv");
        write(&dist.join("app.wasm"), "same bytes");
        let current = Current::load(dist.clone());
        assert_eq!(body(&current, "lv/index.html").as_deref(), Some("old lv"));
        assert!(current.get().is_index_dir("lv"));
        let etag = current.get().file("app.wasm").unwrap().variants[0]
            .etag
            .clone();
        assert!(!current.reload_if_changed(), "nothing changed");

        let staging = tmp.path().join("dist.staging");
        write(&staging.join("index.html"), "new home");
        write(&staging.join("app.wasm"), "same bytes");
        let old = tmp.path().join("dist.old");
        std::fs::rename(&dist, &old).unwrap();
        std::fs::rename(&staging, &dist).unwrap();
        std::fs::remove_dir_all(&old).unwrap();

        assert!(current.reload_if_changed());
        assert_eq!(body(&current, "index.html").as_deref(), Some("new home"));
        assert_eq!(
            body(&current, "lv/index.html"),
            None,
            "nothing of the old build"
        );
        assert!(!current.get().is_index_dir("lv"));
        assert_eq!(
            current.get().file("app.wasm").unwrap().variants[0].etag,
            etag
        );
    }

    /// The rules for other hosts, at the top of dist/, are not part of the site.
    #[test]
    fn deploy_files_are_not_served() {
        let tmp = tempfile::tempdir().unwrap();
        let dist = tmp.path().join("dist");
        write(&dist.join("_headers"), "/*");
        write(&dist.join("_deploy/nginx-server.conf"), "server {}");
        write(&dist.join("lv/_page.txt"), "a page");
        let current = Current::load(dist);
        assert!(current.get().file("_headers").is_none());
        assert!(current.get().file("_deploy/nginx-server.conf").is_none());
        assert_eq!(body(&current, "lv/_page.txt").as_deref(), Some("a page"));
    }

    /// Without dist/ the site is empty (404s), and it is served once it appears.
    #[test]
    fn a_missing_dist_is_an_empty_site_until_it_appears() {
        let tmp = tempfile::tempdir().unwrap();
        let dist = tmp.path().join("dist");
        let current = Current::load(dist.clone());
        assert_eq!(current.get().len(), 0);
        write(&dist.join("index.html"), "home");
        assert!(current.reload_if_changed());
        assert_eq!(body(&current, "index.html").as_deref(), Some("home"));
    }

    #[test]
    fn etags_differ_by_encoding_and_content() {
        let a = variant(Encoding::Identity, b"abc".to_vec());
        let b = variant(Encoding::Brotli, b"abc".to_vec());
        let c = variant(Encoding::Identity, b"abd".to_vec());
        assert_ne!(a.etag, b.etag);
        assert_ne!(a.etag, c.etag);
        assert_eq!(a.etag, variant(Encoding::Identity, b"abc".to_vec()).etag);
        assert!(b.etag.to_str().unwrap().ends_with("-br\""));
    }
}
