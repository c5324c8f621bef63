use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::translation::{Counts, CoverageRow, Status};
use serde::Deserialize;

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
        let locales = Locales::read(&root.join("locales"), &languages, &source, &mut problems);
        let pages = read_pages(&content.join("pages"), &languages, &mut problems);
        let organisations = help::read(&content.join("help.toml"), &mut problems);

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
        };
        site.check(&config_path, &mut problems);
        if problems.is_empty() {
            Ok(site)
        } else {
            Err(problems)
        }
    }

    /// Cross-file checks: home pages exist, internal links lead somewhere, every string the
    /// help directory needs exists.
    fn check(&self, config_path: &Path, problems: &mut Problems) {
        let source = &self.config.source_language;
        for slug in &self.config.home {
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
        // A phone number in page text must be one the help directory lists with its source
        // (or an emergency number), so that no unsourced number reaches a reader.
        let known: Vec<String> = self
            .organisations
            .iter()
            .flat_map(|o| o.phones.iter().map(|p| p.tel()))
            .chain(["112".to_string(), "110".to_string()])
            .collect();
        for by_lang in self.pages.values() {
            for page in by_lang.values() {
                for number in phone_numbers(&page.plain_text) {
                    if !known.contains(&number) {
                        problems.push(Problem::in_file(
                            &page.file,
                            format!("the phone number {number} is not in content/help.toml (where every number has its source)"),
                        ));
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
        for lang in &self.languages {
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

fn read_config(path: &Path, problems: &mut Problems) -> Option<SiteConfig> {
    crate::read_toml(path, problems).map(|(config, _)| config)
}

/// content/pages/<slug>.<lang>.md for every known language.
fn read_pages(
    dir: &Path,
    languages: &[Language],
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
        if let Some(page) = pages::read(&file, slug, lang, problems) {
            pages
                .entry(slug.to_string())
                .or_default()
                .insert(lang.to_string(), page);
        }
    }
    pages
}

/// Phone-number-like runs in text: a leading + or only digits and spaces, 6 or more digits.
/// Dates (2026-11-29) and times (9:00–17:00) have other separators and are not numbers.
fn phone_numbers(text: &str) -> Vec<String> {
    crate::bidi::ltr_runs(text)
        .into_iter()
        .map(|(a, b)| &text[a..b])
        .filter(|run| {
            run.chars()
                .all(|c| c.is_ascii_digit() || c == ' ' || c == '+')
        })
        .filter(|run| run.chars().filter(char::is_ascii_digit).count() >= 6)
        .map(|run| run.chars().filter(|c| *c != ' ').collect())
        .collect()
}
