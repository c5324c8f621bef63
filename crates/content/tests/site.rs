//! Reading a whole site from disk: a small fixture written per test, then one thing broken.

use std::path::Path;

use wil_content::Site;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

const PAGE: &str = "+++\ntitle = \"Pay\"\nsummary = \"About pay.\"\nchecked = 2026-11-29\n[[sources]]\ntitle = \"Source\"\nurl = \"https://example.org/\"\n+++\nText. [Help](/en/help/)\n";

/// A valid two-language site.
fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let r = dir.path();
    write(r, "content/site.toml", "base_url = \"http://127.0.0.1:8080\"\nsource_language = \"en\"\nhome = [\"pay\", \"help\"]\n");
    write(
        r,
        "content/languages.toml",
        "[[language]]\ncode = \"en\"\nname = \"English\"\nenglish_name = \"English\"\ndir = \"ltr\"\nscript = \"Latn\"\nlocale = \"en_GB\"\n\n[[language]]\ncode = \"lv\"\nname = \"Latviešu\"\nenglish_name = \"Latvian\"\ndir = \"ltr\"\nscript = \"Latn\"\nlocale = \"lv_LV\"\nfallback = [\"en\"]\n",
    );
    write(r, "content/help.toml", "[[organisation]]\nid = \"police\"\nname = \"Police\"\nphones = [{ display = \"110\" }]\nchecked = 2026-11-29\nsource = { title = \"s\", url = \"https://example.org/\" }\n");
    write(r, "content/facts.toml", "# no facts yet\n");
    write(r, "content/screening.toml", "checked = 2026-12-02\nsource = { title = \"ILO\", url = \"https://www.ilo.org/\" }\ngeneral_help = [\"police\"]\nreferral = { police = \"police\", providers = [\"police\"] }\n[[dimension]]\nid = \"coercion\"\nhelp = [\"police\"]\n[[question]]\nid = \"passport\"\ndimension = \"coercion\"\nindicator = \"Confiscation of documents\"\ngrade = \"strong\"\nsign_when = \"no\"\n");
    write(r, "content/pages/pay.en.md", PAGE);
    write(r, "content/pages/help.en.md", &PAGE.replace("Pay", "Help"));
    write(
        r,
        "locales/en/main.ftl",
        "hello = Hello\nonly-en = Only in English\nchecked-on = Checked on { $date }\norg-police-about = Police\norg-police-hours = Always\norg-police-languages = Latvian\ncheck-q-passport = Do you keep your passport?\ncheck-sign-passport = Someone keeps your passport.\ncheck-dim-coercion = You may be forced.\nscreening-dim-coercion = Coercion\n",
    );
    write(
        r,
        "locales/lv/main.ftl",
        "hello = Sveiki\norg-police-about = Policija\n",
    );
    write(
        r,
        "locales/lv/translation.toml",
        "status = \"draft\"\n[source]\n",
    );
    dir
}

/// Adds `line` at the end of the file `rel`.
fn append(root: &Path, rel: &str, line: &str) {
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    write(root, rel, &format!("{text}{line}"));
}

/// A Latvian draft of the English page `en`, made from its current text, whose body line
/// `english` reads `latvian`.
fn latvian_draft(en: &str, english: &str, latvian: &str) -> String {
    use wil_content::translation::short_hash;
    en.replacen(
        "checked = 2026-11-29\n",
        &format!(
            "checked = 2026-11-29\n[translation]\nstatus = \"draft\"\nsource = \"{}\"\n",
            short_hash(en)
        ),
        1,
    )
    .replace(english, latvian)
    .replace("/en/help/", "/lv/help/")
}

fn problems(root: &Path) -> String {
    match Site::load(root) {
        Ok(_) => panic!("expected the site to be rejected"),
        Err(p) => p.to_string(),
    }
}

#[test]
fn valid_site_loads_with_fallbacks() {
    let dir = fixture();
    let site = Site::load(dir.path()).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(site.locales.text("lv", "hello", &[]).unwrap(), "Sveiki");
    // Missing in lv: falls back to en, never to the raw key.
    assert_eq!(
        site.locales.text("lv", "only-en", &[]).unwrap(),
        "Only in English"
    );
    assert_eq!(
        site.locales
            .text("en", "checked-on", &[("date", "2026-11-29")])
            .unwrap(),
        "Checked on 2026-11-29"
    );
    assert!(site.locales.text("lv", "nowhere", &[]).is_err());
    // A page missing in lv is found in en, flagged as fallen back.
    let wil_content::Lookup::FellBack(page) = site.page("pay", "lv").unwrap() else {
        panic!("pay is not written in lv");
    };
    assert_eq!(page.lang, "en");
    assert!(matches!(
        site.page("pay", "en"),
        Some(wil_content::Lookup::Own(_))
    ));
    assert!(site.is_route("/lv/pay/") && site.is_route("/") && !site.is_route("/lv/nope/"));
}

#[test]
fn fluent_syntax_error_names_file_and_line() {
    let dir = fixture();
    write(
        dir.path(),
        "locales/lv/main.ftl",
        "hello = Sveiki\n\nbroken = { $\n",
    );
    let p = problems(dir.path());
    assert!(p.contains("locales/lv/main.ftl:3: Fluent syntax"), "{p}");
}

#[test]
fn translation_key_missing_from_source_is_rejected() {
    let dir = fixture();
    write(
        dir.path(),
        "locales/lv/main.ftl",
        "hello = Sveiki\nextra = Lieks\n",
    );
    let p = problems(dir.path());
    assert!(
        p.contains("main.ftl:2: message `extra` is not in the source language"),
        "{p}"
    );
}

#[test]
fn internal_link_to_missing_page_is_rejected() {
    let dir = fixture();
    write(
        dir.path(),
        "content/pages/pay.en.md",
        &PAGE.replace("/en/help/", "/en/nowhere/"),
    );
    let p = problems(dir.path());
    assert!(
        p.contains("pay.en.md:9: Markdown: internal link `/en/nowhere/` leads to no page"),
        "{p}"
    );
}

/// Every page the build writes is a valid link target, the search page included (it used
/// to fail the build although the build writes it); the 404 and offline pages are not.
#[test]
fn links_to_every_built_page_are_accepted() {
    let dir = fixture();
    write(
        dir.path(),
        "content/pages/pay.en.md",
        &PAGE.replace(
            "[Help](/en/help/)",
            "[Search](/lv/search/) [Home](/en/) [Help](/lv/help/#org-police) [Start](/)",
        ),
    );
    let site = wil_content::Site::load(dir.path()).unwrap_or_else(|p| panic!("{p}"));
    for lang in ["en", "lv"] {
        assert!(site.is_route(&format!("/{lang}/search/")));
        assert!(!site.is_route(&format!("/{lang}/404.html")));
        assert!(!site.is_route(&format!("/{lang}/offline.html")));
    }
    assert!(
        !site.is_route("/en/search"),
        "without the slash it is not the page"
    );
}

#[test]
fn bad_phone_number_and_unknown_field_are_rejected() {
    let dir = fixture();
    write(dir.path(), "content/help.toml", "[[organisation]]\nid = \"police\"\nname = \"Police\"\nphones = [{ display = \"one-one-oh\" }]\nchecked = 2026-11-29\nsource = { title = \"s\", url = \"https://example.org/\" }\n");
    assert!(problems(dir.path()).contains("is not a phone number"));
    write(dir.path(), "content/help.toml", "[[organisation]]\nid = \"police\"\nname = \"Police\"\nfax = \"1\"\nphones = [{ display = \"110\" }]\nchecked = 2026-11-29\nsource = { title = \"s\", url = \"https://example.org/\" }\n");
    let p = problems(dir.path());
    assert!(p.contains("help.toml:4:") && p.contains("fax"), "{p}");
}

#[test]
fn page_in_unknown_language_and_missing_home_page() {
    let dir = fixture();
    write(dir.path(), "content/pages/pay.xx.md", PAGE);
    assert!(problems(dir.path()).contains("`xx` is not a language"));
    let dir = fixture();
    write(
        dir.path(),
        "content/site.toml",
        "base_url = \"x\"\nsource_language = \"en\"\nhome = [\"rent\"]\n",
    );
    assert!(problems(dir.path()).contains("home lists `rent`"));
}

#[test]
fn every_problem_is_reported_at_once() {
    let dir = fixture();
    write(dir.path(), "locales/lv/main.ftl", "hello = { $\n");
    write(dir.path(), "content/pages/help.en.md", "no front matter\n");
    let p = problems(dir.path());
    assert!(
        p.contains("main.ftl:1") && p.contains("help.en.md:1"),
        "{p}"
    );
}

/// The coverage report on a fixture with one missing, one stale and one draft string.
#[test]
fn coverage_counts_reviewed_draft_stale_and_missing() {
    use wil_content::translation::{short_hash, Counts};
    let dir = fixture();
    let r = dir.path();
    // lv has `hello` (translated from the current English: draft) and `org-police-about`
    // (translated from an older English text: stale); every other string is missing.
    let hello = short_hash("hello = Hello");
    write(
        r,
        "locales/lv/translation.toml",
        &format!(
            "status = \"draft\"\n[source]\nhello = \"{hello}\"\norg-police-about = \"00000000\"\n"
        ),
    );
    // The Latvian page was translated from the current English page: a draft.
    let en_pay = std::fs::read_to_string(r.join("content/pages/pay.en.md")).unwrap();
    let lv_pay = PAGE
        .replacen(
            "checked = 2026-11-29\n",
            &format!(
                "checked = 2026-11-29\n[translation]\nstatus = \"draft\"\nsource = \"{}\"\n",
                short_hash(&en_pay)
            ),
            1,
        )
        .replace("/en/help/", "/lv/help/");
    write(r, "content/pages/pay.lv.md", &lv_pay);
    let site = Site::load(r).unwrap_or_else(|p| panic!("{p}"));
    let rows = site.coverage();
    let en = rows.iter().find(|r| r.lang == "en").unwrap();
    assert_eq!(
        en.ui,
        Counts {
            reviewed: 10,
            draft: 0,
            stale: 0,
            missing: 0
        }
    );
    let lv = rows.iter().find(|r| r.lang == "lv").unwrap();
    assert_eq!(
        lv.ui,
        Counts {
            reviewed: 0,
            draft: 1,
            stale: 1,
            missing: 8
        }
    );
    assert_eq!(
        lv.pages,
        Counts {
            reviewed: 0,
            draft: 1,
            stale: 0,
            missing: 1
        }
    );
    let table = wil_content::translation::coverage_table(&rows);
    assert!(
        table
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>()
                == ["lv", "0", "1", "1", "8", "0", "1", "0", "1"]),
        "{table}"
    );

    // Changing the English page makes its translation stale.
    write(
        r,
        "content/pages/pay.en.md",
        &PAGE.replace("Text.", "New text."),
    );
    let site = Site::load(r).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(
        site.page_status("pay", "lv"),
        wil_content::translation::Status::Stale
    );
}

#[test]
fn translation_with_a_variable_the_source_lacks_is_rejected() {
    let dir = fixture();
    write(
        dir.path(),
        "locales/lv/main.ftl",
        "hello = Sveiki, { $name }\n",
    );
    write(
        dir.path(),
        "locales/lv/translation.toml",
        "status = \"draft\"\n",
    );
    let p = problems(dir.path());
    assert!(
        p.contains("main.ftl:1: message `hello` uses the variable `$name`"),
        "{p}"
    );
}

#[test]
fn translated_page_without_status_or_with_bad_status_is_rejected() {
    let dir = fixture();
    write(
        dir.path(),
        "content/pages/pay.lv.md",
        &PAGE.replace("/en/help/", "/lv/help/"),
    );
    assert!(problems(dir.path()).contains("a translation needs [translation]"));
    let bad = PAGE.replacen(
        "checked = 2026-11-29\n",
        "checked = 2026-11-29\n[translation]\nstatus = \"done\"\nsource = \"\"\n",
        1,
    );
    write(
        dir.path(),
        "content/pages/pay.lv.md",
        &bad.replace("/en/help/", "/lv/help/"),
    );
    let p = problems(dir.path());
    assert!(
        p.contains("pay.lv.md:6:") && p.contains("`draft`") && p.contains("`reviewed`"),
        "{p}"
    );
}

#[test]
fn a_phone_number_in_text_must_come_from_the_help_directory() {
    let dir = fixture();
    write(
        dir.path(),
        "content/pages/pay.en.md",
        &PAGE.replace("Text.", "Call +371 20000000 now."),
    );
    let p = problems(dir.path());
    assert!(
        p.contains("the phone number +37120000000 is not in content/help.toml"),
        "{p}"
    );
    // A listed number is fine.
    write(
        dir.path(),
        "content/pages/pay.en.md",
        &PAGE.replace("Text.", "Call 110."),
    );
    assert!(Site::load(dir.path()).is_ok());
}

const WAGE: &str = "[[fact]]\nname = \"minimum-wage\"\nvalue = \"780\"\nwhat = \"minimum wage\"\nchecked = 2026-11-29\nuntil = 2099-12-31\nsource = { title = \"s\", url = \"https://example.org/wage\" }\n";

/// An amount, a date or a duration written out in page text fails the build at its line:
/// it must be a fact, defined once with its source.
#[test]
fn a_number_in_page_text_must_be_a_fact() {
    let dir = fixture();
    let r = dir.path();
    write(
        r,
        "content/pages/pay.en.md",
        &PAGE.replace("Text.", "Text.\n\nAt least EUR 780 a month, since 2026."),
    );
    let p = problems(r);
    assert!(
        p.contains("pay.en.md:11: the number 780 is not a fact")
            && p.contains("pay.en.md:11: the number 2026 is not a fact"),
        "{p}"
    );
    // Named as a fact, it is shown with its value.
    write(r, "content/facts.toml", WAGE);
    write(
        r,
        "content/pages/pay.en.md",
        &PAGE.replace("Text.", "Text.\n\nAt least EUR {$minimum-wage} a month."),
    );
    // A message names a fact as a Fluent variable.
    append(
        r,
        "locales/en/main.ftl",
        "wage-line = At least EUR { $minimum-wage }\n",
    );
    let site = Site::load(r).unwrap_or_else(|p| panic!("{p}"));
    let page = &site.pages["pay"]["en"];
    assert!(page.html.contains("780"), "{}", page.html);
    assert_eq!(
        site.locales.text("lv", "wage-line", &[]).unwrap(),
        "At least EUR 780"
    );
    assert!(site.fact_alerts().errors.is_empty());
    // A misspelt name, and a fact no page names, are errors too.
    write(
        r,
        "content/pages/pay.en.md",
        &PAGE.replace("Text.", "At least EUR {$minimum-wag} a month."),
    );
    let p = problems(r);
    assert!(
        p.contains("pay.en.md:9: {$minimum-wag}: there is no fact `minimum-wag`")
            && p.contains("fact `minimum-wage` is named by no page"),
        "{p}"
    );
}

/// A fact past its last day: the pages never show it as current, and the test command's
/// check (`fact_alerts().errors`) fails. A check older than a year is a warning.
#[test]
fn an_expired_fact_is_flagged_on_the_page_and_fails_the_tests() {
    let dir = fixture();
    let r = dir.path();
    write(
        r,
        "content/facts.toml",
        &WAGE.replace("2099-12-31", "2020-12-31"),
    );
    append(
        r,
        "locales/en/main.ftl",
        "fact-expired = (until { $date }: it may have changed)\n",
    );
    write(
        r,
        "content/pages/pay.en.md",
        &PAGE.replace("Text.", "At least EUR {$minimum-wage} a month."),
    );
    let site = Site::load(r).unwrap_or_else(|p| panic!("{p}"));
    assert!(
        site.pages["pay"]["en"]
            .html
            .contains("780</bdi> (until <bdi dir=\"ltr\">2020-12-31</bdi>: it may have changed)"),
        "{}",
        site.pages["pay"]["en"].html
    );
    let alerts = site.fact_alerts();
    assert_eq!(alerts.errors.len(), 1, "{alerts:?}");
    assert!(
        alerts.errors[0].contains("facts.toml: fact `minimum-wage`: held until 2020-12-31"),
        "{alerts:?}"
    );
    assert!(
        alerts.warnings.is_empty(),
        "expired is an error, not also a warning"
    );

    write(
        r,
        "content/facts.toml",
        &WAGE
            .replace("until = 2099-12-31\n", "")
            .replace("2026-11-29", "2020-01-01"),
    );
    let alerts = Site::load(r)
        .unwrap_or_else(|p| panic!("{p}"))
        .fact_alerts();
    assert!(alerts.errors.is_empty(), "{alerts:?}");
    assert!(
        alerts.warnings[0].contains("last checked 2020-01-01"),
        "{alerts:?}"
    );
}

/// An up-to-date translation carries the same facts, numbers, links and sources as the
/// page it was made from; a stale one (its English changed since) is not compared.
#[test]
fn a_translation_must_carry_the_same_facts_as_its_source() {
    let dir = fixture();
    let r = dir.path();
    write(r, "content/facts.toml", WAGE);
    let en = PAGE.replace("Text.", "EUR {$minimum-wage}. Call 110.");
    write(r, "content/pages/pay.en.md", &en);
    let lv = |body: &str| latvian_draft(&en, "EUR {$minimum-wage}. Call 110.", body);
    write(
        r,
        "content/pages/pay.lv.md",
        &lv("EUR {$minimum-wage}. Zvaniet 110."),
    );
    Site::load(r).unwrap_or_else(|p| panic!("{p}"));

    write(
        r,
        "content/pages/pay.lv.md",
        &lv("Zvaniet 110 vai 112. [Cits](/lv/pay/)"),
    );
    let p = problems(r);
    assert!(
        p.contains(
            "pay.lv.md: its facts ({$name}) differ from pay.en.md: missing here [minimum-wage]"
        ),
        "{p}"
    );
    assert!(p.contains("not in the original [112]"), "{p}");
    assert!(p.contains("its link targets differ"), "{p}");

    // Once the English changes, the translation is stale: shown as such, not compared.
    write(
        r,
        "content/pages/pay.en.md",
        &en.replace("Call", "Please call"),
    );
    write(r, "content/help.toml", &std::fs::read_to_string(r.join("content/help.toml")).unwrap().replace("[[organisation]]", "[emergency]\nnumbers = [\"112\"]\nchecked = 2026-11-29\nsource = { title = \"s\", url = \"https://example.org/\" }\n\n[[organisation]]"));
    Site::load(r).unwrap_or_else(|p| panic!("{p}"));
}

/// The real content: every worker page exists in every language, every page has sources
/// and a checked date, and every help entry a source.
#[test]
fn real_content_is_complete_and_sourced() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let site = Site::load(&root).unwrap_or_else(|p| panic!("{p}"));
    for slug in &site.config.home {
        if [
            wil_content::routes::CHECK_SLUG,
            wil_content::routes::SCHOOL_SLUG,
        ]
        .contains(&slug.as_str())
        {
            continue;
        }
        for lang in &site.languages {
            let status = site.page_status(slug, &lang.code);
            assert_ne!(
                status,
                wil_content::translation::Status::Missing,
                "{slug} in {}",
                lang.code
            );
            let page = &site.pages[slug][&lang.code];
            assert!(!page.sources.is_empty(), "{slug}.{}: sources", lang.code);
            assert_eq!(page.checked.len(), 10, "{slug}.{}: checked date", lang.code);
        }
    }
    assert!(site.config.home.len() >= 13);
    for org in &site.organisations {
        assert!(org.source.url.starts_with("http"), "{}", org.id);
    }
}

/// The school's stories as written: at least ten, each a graph that `Site::load` accepted
/// (every choice leads somewhere, every ending offers help, 2–4 decisions on every path),
/// and every ending's help lines are the help directory's.
#[test]
fn real_school_stories_are_sound() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let site = Site::load(&root).unwrap_or_else(|p| panic!("{p}"));
    let stories = &site.school.scenarios;
    assert!(stories.len() >= 10, "{} stories", stories.len());
    for story in stories {
        let endings: Vec<_> = story.step.iter().filter(|s| s.is_ending()).collect();
        assert!(
            endings.len() >= 2,
            "{}: {} endings",
            story.id,
            endings.len()
        );
        for step in &story.step {
            if step.is_ending() {
                assert!(step
                    .help
                    .iter()
                    .all(|id| site.organisations.iter().any(|o| &o.id == id)));
            } else {
                assert!(
                    step.choices.iter().any(|c| c.safer),
                    "{} {}",
                    story.id,
                    step.id
                );
            }
        }
        let depths = story.depths();
        assert_eq!(
            depths.len(),
            story.step.len(),
            "{}: every step reachable",
            story.id
        );
    }
}

/// A translation uses the glossary's word wherever its original uses the term.
#[test]
fn a_translation_must_use_the_glossary_words() {
    let dir = fixture();
    let r = dir.path();
    write(
        r,
        "content/glossary.toml",
        "[[term]]\nid = \"overtime\"\nen = \"overtime\"\nnote = \"extra hours\"\n",
    );
    write(
        r,
        "locales/lv/glossary.toml",
        "overtime = \"virsstund|as\"\n",
    );
    let en = PAGE.replace("Text.", "Overtime is paid more.");
    write(r, "content/pages/pay.en.md", &en);
    let lv = |body: &str| latvian_draft(&en, "Overtime is paid more.", body);
    write(
        r,
        "content/pages/pay.lv.md",
        &lv("Par virsstundām maksā vairāk."),
    );
    let site = Site::load(r).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(
        site.glossary.word("lv", "overtime").unwrap().shown(),
        "virsstundas"
    );

    write(
        r,
        "content/pages/pay.lv.md",
        &lv("Par papildu darbu maksā vairāk."),
    );
    let p = problems(r);
    assert!(
        p.contains("pay.lv.md: the original uses the glossary term \"overtime\", and this page does not use its word \"virsstundas\""),
        "{p}"
    );

    write(
        r,
        "locales/lv/glossary.toml",
        "overtime = \"virsstund|as\"\nrent = \"īre\"\n",
    );
    write(
        r,
        "content/pages/pay.lv.md",
        &lv("Par virsstundām maksā vairāk."),
    );
    let p = problems(r);
    assert!(
        p.contains("lv/glossary.toml:2: `rent` is not a term of content/glossary.toml"),
        "{p}"
    );
}

#[test]
fn a_screening_help_line_must_be_in_the_help_directory() {
    let dir = fixture();
    let r = dir.path();
    let text = std::fs::read_to_string(r.join("content/screening.toml")).unwrap();
    write(
        r,
        "content/screening.toml",
        &text.replace("help = [\"police\"]", "help = [\"police\", \"nobody\"]"),
    );
    let p = Site::load(r).unwrap_err().to_string();
    assert!(
        p.contains("screening.toml") && p.contains("help line `nobody`"),
        "{p}"
    );
}

#[test]
fn a_screening_question_needs_its_words() {
    let dir = fixture();
    let r = dir.path();
    let text = std::fs::read_to_string(r.join("locales/en/main.ftl")).unwrap();
    write(
        r,
        "locales/en/main.ftl",
        &text.replace("check-sign-passport = Someone keeps your passport.\n", ""),
    );
    let p = Site::load(r).unwrap_err().to_string();
    assert!(p.contains("check-sign-passport"), "{p}");
}

/// content/audio: a recording names a question or a section of a page in its language, is
/// one of the kinds the app plays, and lives in a language's folder.
#[test]
fn recordings_must_name_something_in_a_known_language() {
    let dir = fixture();
    let r = dir.path();
    // The pay page has one section (no ## heading): pay-1 exists, pay-2 does not.
    for good in [
        "content/audio/en/check-q-passport.opus",
        "content/audio/en/pay-1.mp3",
    ] {
        write(r, good, "recorded");
    }
    let site = Site::load(r).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(
        site.recording_url("en", "check-q-passport").as_deref(),
        Some("/audio/en/check-q-passport.opus")
    );
    assert_eq!(site.recording("en", "pay-1").unwrap().bytes, b"recorded");
    assert_eq!(site.recording_url("lv", "check-q-passport"), None);

    for (bad, says) in [
        (
            "content/audio/en/pay-2.opus",
            "`pay-2` names nothing to record",
        ),
        (
            "content/audio/en/check-q-nobody.opus",
            "`check-q-nobody` names nothing",
        ),
        ("content/audio/lv/pay-1.opus", "`pay-1` names nothing"),
        ("content/audio/de/pay-1.opus", "`de` is not a language"),
        (
            "content/audio/en/pay-1.wav",
            "`.wav` is not a kind of recording",
        ),
    ] {
        let dir = fixture();
        write(dir.path(), bad, "recorded");
        let err = Site::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains(bad) && err.contains(says), "{bad}: {err}");
    }
}
