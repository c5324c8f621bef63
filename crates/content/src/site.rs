use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::translation::{Counts, CoverageRow, Status};
use serde::Deserialize;

use crate::facts::{self, Facts};
use crate::glossary::{self, Glossary};
use crate::pages::FactValues;
use crate::screening::{self, Screening};
use crate::{help, languages, pages, Language, Locales, Organisation, Page, Problem, Problems};

/// content/site.toml: settings that are content, not code.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// The public origin, for canonical links, OpenGraph and the sitemap.
    pub base_url: String,
    /// The language every translation is made from.
    pub source_language: String,
    /// The pages on each home page, in order. Each is content/pages/<slug>.<lang>.md.
    pub home: Vec<String>,
}

/// Everything in content/ and locales/, read and checked.
#[derive(Debug)]
pub struct Site {
    pub root: PathBuf,
    pub config: SiteConfig,
    pub languages: Vec<Language>,
    pub locales: Locales,
    /// slug → language → page.
    pub pages: BTreeMap<String, BTreeMap<String, Page>>,
    pub organisations: Vec<Organisation>,
    /// Numbers page text may name without a card (112 …), from content/help.toml.
    pub emergency_numbers: Vec<String>,
    /// content/facts.toml: every amount, duration and date that page text names.
    pub facts: Facts,
    /// The day the site was read (YYYY-MM-DD, UTC): what fact expiry is measured against.
    pub today: String,
    /// content/glossary.toml and the words of each language.
    pub glossary: Glossary,
    /// content/screening.toml: the self-check's questions, tied to the ILO indicators.
    pub screening: Screening,
    /// content/audio: recordings "Listen" plays (see `audio.rs`).
    pub recordings: Vec<crate::audio::Recording>,
    /// content/school.toml and content/scenarios: the school section's stories.
    pub school: crate::School,
    /// content/places.toml and content/print.toml: where posters go and what they say.
    pub places: crate::Places,
    /// content/campaigns.toml: the campaign days, their cards, the posters offered with them.
    pub campaigns: crate::campaigns::Campaigns,
}

impl Site {
    /// Reads `root`/content and `root`/locales. Fails with every problem found.
    pub fn load(root: &Path) -> Result<Site, Problems> {
        let mut problems = Problems::default();
        let content = root.join("content");
        let config_path = content.join("site.toml");
        let config = read_config(&config_path, &mut problems);
        let languages = languages::read(&content.join("languages.toml"), &mut problems);
        let source = config
            .as_ref()
            .map(|c| c.source_language.clone())
            .unwrap_or_else(|| "en".into());
        if !languages.is_empty() && !languages.iter().any(|l| l.code == source) {
            problems.push(Problem::in_file(
                &config_path,
                format!("source_language `{source}` is not in languages.toml"),
            ));
        }
        let mut locales = Locales::read(&root.join("locales"), &languages, &source, &mut problems);
        let facts = facts::read(&content.join("facts.toml"), &mut problems);
        let today = facts::today();
        let values = fact_values(&facts, &languages, &locales, &today);
        let pages = read_pages(&content.join("pages"), &languages, &values, &mut problems);
        locales.set_facts(values);
        let (organisations, emergency_numbers) =
            help::read(&content.join("help.toml"), &mut problems);
        let glossary = glossary::read(root, &languages, &mut problems);
        let screening = screening::read(&content.join("screening.toml"), &mut problems);
        let recordings = crate::audio::read(&content.join("audio"), &mut problems);
        let school = crate::school::read(&content, &mut problems);
        let codes: Vec<String> = languages.iter().map(|l| l.code.clone()).collect();
        let places = crate::places::read(&content, &codes, &mut problems);
        let campaigns = crate::campaigns::read(&content, &places, &mut problems);

        let Some(config) = config else {
            return Err(problems);
        };
        let site = Site {
            root: root.to_path_buf(),
            config,
            languages,
            locales,
            pages,
            organisations,
            emergency_numbers,
            facts,
            today,
            glossary,
            screening,
            recordings,
            school,
            places,
            campaigns,
        };
        site.check(&config_path, &mut problems);
        if problems.is_empty() {
            Ok(site)
        } else {
            Err(problems)
        }
    }

    /// True when a recording called `name` has something to be the recording of in `lang`.
    fn records_something(&self, lang: &str, name: &str) -> bool {
        if let Some(id) = name.strip_prefix("check-q-") {
            return self.screening.question.iter().any(|q| q.id == id);
        }
        let Some((slug, n)) = name.rsplit_once('-') else {
            return false;
        };
        let page = self.pages.get(slug).and_then(|by_lang| by_lang.get(lang));
        match (page, n.parse::<usize>()) {
            (Some(page), Ok(n)) => (1..=crate::audio::sections(&page.html)).contains(&n),
            _ => false,
        }
    }

    /// The recording of `name` in `lang`, if there is one.
    pub fn recording(&self, lang: &str, name: &str) -> Option<&crate::audio::Recording> {
        self.recordings
            .iter()
            .find(|r| r.lang == lang && r.name == name)
    }

    /// Cross-file checks: home pages exist, internal links lead somewhere, every string the
    /// help directory needs exists.
    fn check(&self, config_path: &Path, problems: &mut Problems) {
        let source = &self.config.source_language;
        for (slug, what) in [
            (crate::routes::CHECK_SLUG, "the self-check"),
            (crate::routes::SCREENING_SLUG, "the screening aid"),
            (crate::routes::SCHOOL_SLUG, "the school section"),
            (crate::routes::KIT_SLUG, "the page for organisations"),
        ] {
            if self.pages.contains_key(slug) {
                problems.push(Problem::in_file(
                    &self.root.join("content").join("pages"),
                    format!("a page may not be called `{slug}`: /<lang>/{slug}/ is {what}"),
                ));
            }
        }
        for slug in &self.config.home {
            // The self-check is built from content/screening.toml, not from a page.
            if slug == crate::routes::CHECK_SLUG {
                continue;
            }
            if slug == crate::routes::SCHOOL_SLUG {
                if self.school.scenarios.is_empty() {
                    problems.push(Problem::in_file(
                        config_path,
                        "home lists `school`, but content/school.toml lists no story",
                    ));
                }
                continue;
            }
            if !self.pages.get(slug).is_some_and(|p| p.contains_key(source)) {
                problems.push(Problem::in_file(
                    config_path,
                    format!(
                        "home lists `{slug}`, but content/pages/{slug}.{source}.md does not exist"
                    ),
                ));
            }
        }
        if !self.pages.contains_key("help") {
            problems.push(Problem::in_file(
                config_path,
                format!("the help page content/pages/help.{source}.md is missing"),
            ));
        }
        // A number in page text is either a fact (`{$name}`, defined once with its source)
        // or a phone number the help directory lists with its source: nothing unsourced
        // reaches a reader.
        let known: Vec<String> = self
            .organisations
            .iter()
            .flat_map(|o| o.phones.iter().map(|p| p.tel()))
            .chain(self.emergency_numbers.iter().cloned())
            .collect();
        let mut used = std::collections::BTreeSet::new();
        for by_lang in self.pages.values() {
            for page in by_lang.values() {
                for (number, line) in &page.bare_numbers {
                    let tel: String = number.chars().filter(|c| *c != ' ').collect();
                    if !known.contains(&tel) {
                        let message = if tel.len() >= 6 {
                            format!("the phone number {tel} is not in content/help.toml (where every number has its source)")
                        } else {
                            format!("the number {number} is not a fact: define it in content/facts.toml with its source and write {{$name}}")
                        };
                        problems.push(Problem::at(&page.file, *line, message));
                    }
                }
                for (name, line) in &page.fact_refs {
                    used.insert(name.as_str());
                    if self.facts.get(name).is_none() {
                        problems.push(Problem::at(
                            &page.file,
                            *line,
                            format!("{{${name}}}: there is no fact `{name}` in content/facts.toml"),
                        ));
                    }
                }
                if page.lang != *source && self.page_status(&page.slug, &page.lang) != Status::Stale
                {
                    if let Some(original) = by_lang.get(source) {
                        same_facts_as_source(page, original, problems);
                        self.follows_glossary(page, original, problems);
                    }
                }
                if page.lang != *source && page.translation.is_none() {
                    problems.push(Problem::at(
                        &page.file,
                        1,
                        "front matter: a translation needs [translation] with status (draft or reviewed) and source",
                    ));
                }
                for (link, line) in &page.internal_links {
                    if !self.is_route(link) {
                        problems.push(Problem::at(
                            &page.file,
                            *line,
                            format!("Markdown: internal link `{link}` leads to no page"),
                        ));
                    }
                }
            }
        }
        let facts_file = self.root.join("content").join("facts.toml");
        for name in self.facts.0.keys() {
            if !used.contains(name.as_str()) {
                problems.push(Problem::in_file(
                    &facts_file,
                    format!(
                        "fact `{name}` is named by no page: remove it, or name it as {{${name}}}"
                    ),
                ));
            }
        }
        for r in &self.recordings {
            if self.language(&r.lang).is_none() {
                problems.push(Problem::in_file(
                    &r.file,
                    format!("`{}` is not a language of languages.toml", r.lang),
                ));
            } else if !self.records_something(&r.lang, &r.name) {
                problems.push(Problem::in_file(
                    &r.file,
                    format!(
                        "`{}` names nothing to record: check-q-<question id>, or <page>-<section> for a page of {} (section 1 is the start, then one per ## heading)",
                        r.name, r.lang
                    ),
                ));
            }
        }
        for id in self.screening.help_ids() {
            if !self.organisations.iter().any(|o| &o.id == id) {
                problems.push(Problem::in_file(
                    &self.screening.file,
                    format!("help line `{id}` is not an organisation of content/help.toml"),
                ));
            }
        }
        for slug in self.pages.keys() {
            let taken = crate::school::RESERVED.contains(&slug.as_str())
                || self.school.scenarios.iter().any(|s| &s.id == slug);
            if self.section_of(slug).is_some() && taken {
                problems.push(Problem::in_file(
                    &self.root.join("content").join("pages"),
                    format!("the school page `{slug}` has the address of a story or the quiz: rename it"),
                ));
            }
        }
        for (file, id) in self.school.help_ids() {
            if !self.organisations.iter().any(|o| &o.id == id) {
                problems.push(Problem::in_file(
                    file,
                    format!("help line `{id}` is not an organisation of content/help.toml"),
                ));
            }
        }
        for id in &self.places.print.help {
            if !self
                .organisations
                .iter()
                .any(|o| &o.id == id && !o.phones.is_empty())
            {
                problems.push(Problem::in_file(
                    &self.places.print.file,
                    format!("help line `{id}` is not an organisation of content/help.toml with a phone number"),
                ));
            }
        }
        problems
            .0
            .extend(self.places.too_long(&self.config.base_url));
        if !self.places.places.is_empty() {
            for lang in &self.languages {
                if !self.places.print.fonts.contains_key(&lang.script) {
                    problems.push(Problem::in_file(
                        &self.places.print.file,
                        format!(
                            "[fonts] has no typeface for the script {} ({}): posters in it cannot be printed",
                            lang.script, lang.code
                        ),
                    ));
                }
            }
        }
        for lang in &self.languages {
            for id in self
                .screening
                .message_ids()
                .into_iter()
                .chain(self.school.message_ids())
                .chain(self.places.message_ids())
                .chain(self.campaigns.message_ids())
            {
                // The post's words name the day and the app's address.
                let args: &[(&str, &str)] = if id == crate::campaigns::POST_MESSAGE {
                    &[("day", "-"), ("link", "-")]
                } else {
                    &[]
                };
                if let Err(e) = self.locales.text(&lang.code, &id, args) {
                    problems.push(Problem::in_file(
                        &self.root.join("locales").join(&lang.code),
                        e,
                    ));
                }
            }
            for org in &self.organisations {
                let parts = ["about", "hours", "languages"]
                    .map(|part| format!("org-{}-{part}", org.id))
                    .into_iter()
                    .chain(org.phones.iter().filter_map(|p| p.label_message(&org.id)));
                for message in parts {
                    if let Err(e) = self.locales.text(&lang.code, &message, &[]) {
                        problems.push(Problem::in_file(
                            &self.root.join("locales").join(&lang.code),
                            e,
                        ));
                    }
                }
            }
        }
    }

    /// An up-to-date translation uses the glossary's word wherever its original uses the
    /// term, so that one thing has one name on every page of a language.
    fn follows_glossary(&self, page: &Page, original: &Page, problems: &mut Problems) {
        let text =
            |p: &Page| format!("{}\n{}\n{}", p.title, p.summary, p.plain_text).to_lowercase();
        let (here, there) = (text(page), text(original));
        for term in &self.glossary.terms {
            let Some(word) = self.glossary.word(&page.lang, &term.id) else {
                continue;
            };
            if term.applies_to(&page.slug)
                && there.contains(&term.en.to_lowercase())
                && !word.is_used_in(&here)
            {
                problems.push(Problem::in_file(
                    &page.file,
                    format!(
                        "the original uses the glossary term \"{}\", and this page does not use its word \"{}\" (locales/{}/glossary.toml)",
                        term.en,
                        word.shown(),
                        page.lang
                    ),
                ));
            }
        }
    }

    /// What `cargo xtask test` fails on (`errors`: a fact past its last day) and what every
    /// build prints loudly (`warnings`: a fact whose check is more than a year old).
    pub fn fact_alerts(&self) -> FactAlerts {
        let facts_file = self.root.join("content").join("facts.toml");
        let line = |name: &str| format!("{}: fact `{name}`", facts_file.display());
        FactAlerts {
            errors: self
                .facts
                .expired(&self.today)
                .into_iter()
                .map(|f| {
                    format!(
                        "{}: held until {}, and today is {}; pages show it as possibly out of date. Check the source and enter the current value",
                        line(&f.name),
                        f.until.map(|u| u.to_string()).unwrap_or_default(),
                        self.today
                    )
                })
                .collect(),
            warnings: self
                .facts
                .old_checks(&self.today)
                .into_iter()
                .map(|f| {
                    format!(
                        "{}: last checked {}, more than a year ago; check {}",
                        line(&f.name),
                        f.checked,
                        f.source.url
                    )
                })
                .collect(),
        }
    }

    /// Where page `slug` stands in `lang`.
    pub fn page_status(&self, slug: &str, lang: &str) -> Status {
        let Some(by_lang) = self.pages.get(slug) else {
            return Status::Missing;
        };
        let Some(page) = by_lang.get(lang) else {
            return Status::Missing;
        };
        match (&page.translation, by_lang.get(&self.config.source_language)) {
            (None, _) => Status::Reviewed,
            (Some(t), Some(source)) => t.status(&source.text_hash),
            (Some(_), None) => Status::Stale,
        }
    }

    /// Every language × (UI strings, pages), counted by status.
    pub fn coverage(&self) -> Vec<CoverageRow> {
        let ids = self.locales.source_ids();
        self.languages
            .iter()
            .map(|l| {
                let mut row = CoverageRow {
                    lang: l.code.clone(),
                    ui: Counts::default(),
                    pages: Counts::default(),
                };
                for id in &ids {
                    row.ui.add(self.locales.status(&l.code, id));
                }
                for slug in self.pages.keys() {
                    row.pages.add(self.page_status(slug, &l.code));
                }
                row
            })
            .collect()
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The page `slug` in `lang`, or in the first language of its fallback chain that has it.
    pub fn page(&self, slug: &str, lang: &str) -> Option<Lookup<'_>> {
        let by_lang = self.pages.get(slug)?;
        if let Some(p) = by_lang.get(lang) {
            return Some(Lookup::Own(p));
        }
        let language = self.language(lang)?;
        language
            .fallback
            .iter()
            .chain(std::iter::once(&self.config.source_language))
            .find_map(|code| by_lang.get(code))
            .map(Lookup::FellBack)
    }
}

/// Where a page was found for a language.
#[derive(Debug, Clone, Copy)]
pub enum Lookup<'a> {
    /// Written in the language asked for.
    Own(&'a Page),
    /// Not written in it: this is the first language of its fallback chain that has the page
    /// (`page.lang` says which).
    FellBack(&'a Page),
}

impl<'a> Lookup<'a> {
    pub fn page(self) -> &'a Page {
        match self {
            Lookup::Own(p) | Lookup::FellBack(p) => p,
        }
    }
}

/// Facts that need a person: see [`Site::fact_alerts`].
#[derive(Debug, Default, Clone, PartialEq)]
pub struct FactAlerts {
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

/// For each language, what each `{$name}` becomes: the value, and after an expired value the
/// language's `fact-expired` note, so that an old amount is never shown as current.
fn fact_values(
    facts: &Facts,
    languages: &[Language],
    locales: &Locales,
    today: &str,
) -> BTreeMap<String, FactValues> {
    languages
        .iter()
        .map(|l| {
            let values = facts
                .0
                .values()
                .map(|f| {
                    let shown = match f.until.filter(|_| f.expired(today)) {
                        Some(until) => {
                            let until = until.to_string();
                            let note = locales
                                .text(&l.code, "fact-expired", &[("date", &until)])
                                .unwrap_or_else(|_| format!("(until {until})"));
                            format!("{} {note}", f.value)
                        }
                        None => f.value.clone(),
                    };
                    (f.name.clone(), shown)
                })
                .collect();
            (l.code.clone(), values)
        })
        .collect()
}

/// A translation that is up to date names the same facts, phone numbers, links and sources
/// as the page it was made from: a translator can reword, never change a value.
fn same_facts_as_source(page: &Page, original: &Page, problems: &mut Problems) {
    fn sorted<T: Ord + Clone>(items: impl Iterator<Item = T>) -> Vec<T> {
        let mut v: Vec<T> = items.collect();
        v.sort();
        v
    }
    let own_prefix = format!("/{}/", page.lang);
    let source_prefix = format!("/{}/", original.lang);
    let link = |l: &String| match l.strip_prefix(&own_prefix) {
        Some(rest) => format!("{source_prefix}{rest}"),
        None => l.clone(),
    };
    let checks: [(&str, Vec<String>, Vec<String>); 4] = [
        (
            "facts ({$name})",
            sorted(page.fact_refs.iter().map(|(n, _)| n.clone())),
            sorted(original.fact_refs.iter().map(|(n, _)| n.clone())),
        ),
        (
            "numbers written out (phone numbers)",
            sorted(page.bare_numbers.iter().map(|(n, _)| n.replace(' ', ""))),
            sorted(
                original
                    .bare_numbers
                    .iter()
                    .map(|(n, _)| n.replace(' ', "")),
            ),
        ),
        (
            "link targets",
            sorted(page.link_targets.iter().map(link)),
            sorted(original.link_targets.iter().cloned()),
        ),
        (
            "sources",
            page.sources.iter().map(|s| s.url.clone()).collect(),
            original.sources.iter().map(|s| s.url.clone()).collect(),
        ),
    ];
    for (what, here, there) in checks {
        if here != there {
            let missing = difference(&there, &here);
            let extra = difference(&here, &there);
            problems.push(Problem::in_file(
                &page.file,
                format!(
                    "its {what} differ from {}: missing here [{}], not in the original [{}]{}",
                    original
                        .file
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    missing.join(", "),
                    extra.join(", "),
                    if missing.is_empty() && extra.is_empty() {
                        " (same items, another order)"
                    } else {
                        ""
                    }
                ),
            ));
        }
    }
}

/// The items of `a` not matched one-for-one in `b`.
fn difference(a: &[String], b: &[String]) -> Vec<String> {
    let mut rest = b.to_vec();
    a.iter()
        .filter(|x| match rest.iter().position(|y| y == *x) {
            Some(i) => {
                rest.remove(i);
                false
            }
            None => true,
        })
        .cloned()
        .collect()
}

fn read_config(path: &Path, problems: &mut Problems) -> Option<SiteConfig> {
    crate::read_toml(path, problems).map(|(config, _)| config)
}

/// content/pages/<slug>.<lang>.md for every known language.
fn read_pages(
    dir: &Path,
    languages: &[Language],
    values: &BTreeMap<String, FactValues>,
    problems: &mut Problems,
) -> BTreeMap<String, BTreeMap<String, Page>> {
    let mut pages: BTreeMap<String, BTreeMap<String, Page>> = BTreeMap::new();
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            problems.push(Problem::in_file(dir, format!("cannot read: {e}")));
            return pages;
        }
    };
    files.sort();
    for file in files {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let Some(stem) = name.strip_suffix(".md") else {
            continue;
        };
        let Some((slug, lang)) = stem.rsplit_once('.') else {
            problems.push(Problem::in_file(
                &file,
                "page files are named <page>.<language>.md, e.g. pay.en.md",
            ));
            continue;
        };
        if !languages.iter().any(|l| l.code == lang) {
            problems.push(Problem::in_file(
                &file,
                format!("`{lang}` is not a language in content/languages.toml"),
            ));
            continue;
        }
        if slug.is_empty()
            || !slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            problems.push(Problem::in_file(
                &file,
                format!("page name `{slug}` must be lower-case letters, digits and -"),
            ));
            continue;
        }
        let no_values = FactValues::new();
        let values = values.get(lang).unwrap_or(&no_values);
        if let Some(page) = pages::read(&file, slug, lang, values, problems) {
            pages
                .entry(slug.to_string())
                .or_default()
                .insert(lang.to_string(), page);
        }
    }
    pages
}
