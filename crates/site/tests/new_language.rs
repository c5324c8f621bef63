//! Content is data: a language added only in content/ and locales/ is fully built — every
//! page, its manifest, QR code, pack, place in the sitemap, the chooser and the service
//! worker — with no change to Rust code.

mod common;

use std::path::Path;

use wil_content::{Kind, Route, Site};

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// The real content with Estonian added: a line in languages.toml, two translated strings
/// and one translated page; everything else falls back to English.
fn site_with_estonian() -> (tempfile::TempDir, Site) {
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = tempfile::tempdir().unwrap();
    for part in ["content", "locales"] {
        std::fs::create_dir_all(dir.path().join(part)).unwrap();
        copy_tree(&real.join(part), &dir.path().join(part));
    }
    let languages = dir.path().join("content/languages.toml");
    let mut text = std::fs::read_to_string(&languages).unwrap();
    text.push_str("\n[[language]]\ncode = \"et\"\nname = \"Eesti\"\nenglish_name = \"Estonian\"\ndir = \"ltr\"\nscript = \"Latn\"\nlocale = \"et_EE\"\nfallback = [\"en\"]\n");
    std::fs::write(&languages, text).unwrap();
    std::fs::create_dir_all(dir.path().join("locales/et")).unwrap();
    std::fs::write(
        dir.path().join("locales/et/main.ftl"),
        "app-name = Töö Lätis\nhome-heading = Sinu õigused Lätis\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("locales/et/translation.toml"),
        "status = \"draft\"\n",
    )
    .unwrap();
    let pay = std::fs::read_to_string(dir.path().join("content/pages/pay.en.md")).unwrap();
    let pay = pay.replacen(
        "+++\n",
        "+++\n[translation]\nstatus = \"draft\"\nsource = \"\"\n",
        1,
    );
    // The [translation] table must follow the top-level keys: put it at the end of the
    // front matter instead.
    let (front, body) = pay[4..].split_once("+++\n").unwrap();
    let front = front.replacen("[translation]\nstatus = \"draft\"\nsource = \"\"\n", "", 1);
    let front = front.replace("icon = ", "# icon = ");
    std::fs::write(
        dir.path().join("content/pages/pay.et.md"),
        format!("+++\n{front}\n[translation]\nstatus = \"draft\"\nsource = \"\"\n+++\n{body}"),
    )
    .unwrap();
    let site = Site::load(dir.path()).unwrap_or_else(|p| panic!("{p}"));
    (dir, site)
}

/// The Estonian site, with recordings of its first screening question and of every section
/// of its pay page (content/audio/et), built once for both tests: a build in the debug
/// profile (every page rendered, every file compressed) takes minutes.
struct Estonian {
    dir: tempfile::TempDir,
    built: wil_site::BuiltSite,
    question: String,
    sections: usize,
}

impl Estonian {
    /// The site as the build read it (loaded again: its Fluent bundles cannot be shared
    /// between the test threads).
    fn site(&self) -> Site {
        Site::load(self.dir.path()).unwrap_or_else(|p| panic!("{p}"))
    }
}

fn estonian() -> &'static Estonian {
    static BUILT: std::sync::OnceLock<Estonian> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        let (dir, site) = site_with_estonian();
        let question = site.screening.question[0].id.clone();
        let pay = site.page("pay", "et").unwrap().page().clone();
        let sections = wil_content::audio::sections(&pay.html);
        let audio = dir.path().join("content/audio/et");
        std::fs::create_dir_all(&audio).unwrap();
        std::fs::write(
            audio.join(format!("check-q-{question}.opus")),
            b"OggS question",
        )
        .unwrap();
        for n in 1..=sections {
            std::fs::write(audio.join(format!("pay-{n}.mp3")), b"ID3 section").unwrap();
        }
        let site = Site::load(dir.path()).unwrap_or_else(|p| panic!("{p}"));
        wil_site::check(&site).unwrap_or_else(|p| panic!("{p}"));
        let built = wil_site::build(&site, &inputs(&site), &mut |_| {}).unwrap();
        Estonian {
            dir,
            built,
            question,
            sections,
        }
    })
}

/// A white PNG of a link preview's size, as Typst would draw one (grey, 1 bit a pixel).
fn blank_png() -> Vec<u8> {
    use std::io::Write;
    let (width, height) = (wil_site::preview::WIDTH, wil_site::preview::HEIGHT);
    let chunk = |png: &mut Vec<u8>, kind: &[u8], data: &[u8]| {
        png.extend((data.len() as u32).to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        png.extend(kind);
        png.extend(data);
        png.extend(crc.sum().to_be_bytes());
    };
    let mut header = width.to_be_bytes().to_vec();
    header.extend(height.to_be_bytes());
    header.extend([1, 0, 0, 0, 0]);
    let row = 1 + (width as usize).div_ceil(8);
    let mut rows = vec![0xff; row * height as usize];
    for y in 0..height as usize {
        rows[y * row] = 0; // no filter
    }
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    zlib.write_all(&rows).unwrap();
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut png, b"IHDR", &header);
    chunk(&mut png, b"IDAT", &zlib.finish().unwrap());
    chunk(&mut png, b"IEND", &[]);
    png
}

/// What xtask would pass: trunk's files, the icons, an origin, a preview for every page.
fn inputs(site: &Site) -> wil_site::Inputs {
    let base = "https://example.test";
    let png = blank_png();
    wil_site::Inputs {
        trunk: common::fake_trunk(),
        public: common::icons(),
        base_url: base.into(),
        previews: wil_site::preview::previews(site, base)
            .unwrap_or_else(|p| panic!("{p}"))
            .into_iter()
            .map(|p| (p.file, png.clone()))
            .collect(),
        posters: wil_site::print::kit_files(site)
            .into_iter()
            .map(|(file, _)| (file, b"%PDF-1.7 a poster".to_vec()))
            .collect(),
        // What is built, not how small: the smallest copies take minutes in debug.
        compression: wil_site::Compression::Fast,
    }
}

#[test]
fn a_twelfth_language_from_content_alone_is_fully_built() {
    let estonian = estonian();
    let (site, built) = (estonian.site(), &estonian.built);
    let count = site.languages.len();
    assert!(site.language("et").is_some());
    let text = |file: &str| {
        String::from_utf8(
            built
                .files
                .get(file)
                .unwrap_or_else(|| panic!("{file} was not built"))
                .clone(),
        )
        .unwrap()
    };

    for kind in site.kinds() {
        let in_pack = kind.in_language_pack();
        let route = Route::page("et", kind);
        let page = text(&route.file());
        assert!(
            page.contains("<html lang=\"et\" dir=\"ltr\">"),
            "{}",
            route.url()
        );
        assert!(page.contains("Töö Lätis"), "{}: own app name", route.url());
        // Every worker page is kept offline with the language; the screening aid is not.
        assert_eq!(
            built.pages_by_lang["et"].contains(&route.url()),
            in_pack,
            "{}",
            route.url()
        );
        assert!(built.files.contains_key(&format!("{}.br", route.file())));
    }
    // The screening aid pairs it with every language: its side has its own lang and dir.
    let pair = text(&Route::page("ur", Kind::ScreeningWith("et".into())).file());
    assert!(
        pair.contains("<span lang=\"et\" dir=\"ltr\" class=\"side theirs\">"),
        "/ur/screening/et/ has no Estonian side"
    );
    // Its own words where written, English where not, and a draft notice on its page.
    assert!(text("et/index.html").contains("Sinu õigused Lätis"));
    assert!(text("et/pay/index.html").contains("class=\"notice\""));
    for file in [
        Route::Manifest("et".into()).file(),
        Route::Qr("et".into()).file(),
        Route::Pack("et".into()).file(),
    ] {
        assert!(built.files.contains_key(&file), "{file}");
    }
    assert!(text("sitemap.xml").contains("<loc>https://example.test/et/pay/</loc>"));
    // Its link previews: a picture of every page, in its words and its locale.
    let preview = wil_site::preview::previews(&site, "https://example.test")
        .unwrap()
        .into_iter()
        .find(|p| p.page == "/et/pay/")
        .expect("a preview of /et/pay/");
    assert!(
        preview.data.contains("\"lang\": \"et\""),
        "{}",
        preview.data
    );
    assert!(
        preview.data.contains("\"language\": \"Eesti\""),
        "{}",
        preview.data
    );
    assert!(built.files.contains_key("og/et/pay.png"));
    let pay = text("et/pay/index.html");
    assert!(
        pay.contains("<meta property=\"og:image\" content=\"https://example.test/og/et/pay.png\">")
    );
    assert!(pay.contains("<meta property=\"og:locale\" content=\"et_EE\">"));
    assert!(text("index.html").contains("href=\"/et/\" lang=\"et\""));
    assert!(text("sw.js").contains("\"et\":[\"/et/\""));
    // Every other language links to it in its menu and its alternates.
    assert!(text("lv/pay/index.html").contains("hreflang=\"et\""));
    assert_eq!(built.pages_by_lang.len(), count);
}

/// Recordings (content/audio) of the new language: published as they are, named by the
/// question or page they record, and kept offline with the language.
#[test]
fn recordings_are_published_named_in_the_markup_and_kept_with_their_language() {
    let Estonian {
        built,
        question,
        sections,
        ..
    } = estonian();
    assert!(*sections >= 2, "pay has {sections} sections");
    let text = |file: &str| String::from_utf8(built.files[file].clone()).unwrap();
    let q = format!("/audio/et/check-q-{question}.opus");
    assert_eq!(built.files[&q[1..]], b"OggS question");
    // The page's sections in order, on its Listen button.
    let sections: Vec<String> = (1..=*sections)
        .map(|n| format!("/audio/et/pay-{n}.mp3"))
        .collect();
    let marked = format!("data-audio=\"{}\"", sections.join(" "));
    assert!(text("et/pay/index.html").contains(&marked), "{marked}");
    // The question, in the self-check and on the person's side of the screening aid.
    assert!(text("et/check/index.html").contains(&format!("data-audio=\"{q}\"")));
    assert!(text("lv/screening/et/index.html").contains(&format!("data-audio=\"{q}\"")));
    assert!(!text("et/screening/lv/index.html").contains("data-audio=\"/audio/"));
    // Kept with the language.
    let sw = text("sw.js");
    for url in sections.iter().chain([&q]) {
        assert!(sw.contains(&format!("\"{url}\"")), "sw.js lacks {url}");
    }
}
