use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast;

use crate::translation::{short_hash, LocaleTranslation, Status};
use crate::{line_of, Language, Problem, Problems};

/// The Fluent messages of every language, with each language's fallback chain.
pub struct Locales {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    /// Message ids per language, in file order, with the file and line that defines each.
    ids: BTreeMap<String, Vec<(String, PathBuf, usize)>>,
    /// Per language, per message: its text as written, and the variables it uses.
    written: BTreeMap<String, BTreeMap<String, (String, Vec<String>)>>,
    /// locales/<lang>/translation.toml of each translation.
    translations: BTreeMap<String, LocaleTranslation>,
    chains: BTreeMap<String, Vec<String>>,
    source: String,
    /// locales/, to name the folder where a missing message belongs.
    dir: PathBuf,
    /// Per language, every fact of content/facts.toml as it is shown there: a message names
    /// one as a variable (`{ $pmlp-report-days }`), like a page names it as `{$name}`.
    facts: BTreeMap<String, crate::pages::FactValues>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field("languages", &self.chains.keys())
            .finish()
    }
}

impl Locales {
    /// Reads locales/<code>/*.ftl for every language.
    pub(crate) fn read(
        dir: &Path,
        languages: &[Language],
        source: &str,
        problems: &mut Problems,
    ) -> Locales {
        let mut locales = Locales {
            bundles: BTreeMap::new(),
            ids: BTreeMap::new(),
            chains: BTreeMap::new(),
            source: source.to_string(),
            written: BTreeMap::new(),
            translations: BTreeMap::new(),
            dir: dir.to_path_buf(),
            facts: BTreeMap::new(),
        };
        for lang in languages {
            let mut chain = vec![lang.code.clone()];
            chain.extend(lang.fallback.iter().cloned());
            if !chain.iter().any(|c| c == source) {
                chain.push(source.to_string());
            }
            locales.chains.insert(lang.code.clone(), chain);

            let langid = lang.code.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new(vec![langid]);
            // Direction is handled in HTML with dir= and <bdi>; Fluent's own isolation marks
            // would put invisible characters into titles and meta tags.
            bundle.set_use_isolating(false);
            let mut ids = Vec::new();
            let mut written = BTreeMap::new();
            let folder = dir.join(&lang.code);
            let mut files: Vec<PathBuf> = match std::fs::read_dir(&folder) {
                Ok(rd) => rd
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                    .collect(),
                // A language nobody has translated yet: every string falls back, and the
                // coverage table shows it as missing. The source language must exist.
                Err(_) if lang.code != source => Vec::new(),
                Err(e) => {
                    problems.push(Problem::in_file(
                        &folder,
                        format!("cannot read the locale folder: {e}"),
                    ));
                    Vec::new()
                }
            };
            if lang.code != source {
                let path = folder.join("translation.toml");
                if let Some(t) = LocaleTranslation::read(&path, problems) {
                    locales.translations.insert(lang.code.clone(), t);
                } else if !files.is_empty() && !path.exists() {
                    problems.push(Problem::in_file(
                        &path,
                        "missing: a translation records its status (draft or reviewed) here",
                    ));
                }
            }
            files.sort();
            for file in files {
                let text = match std::fs::read_to_string(&file) {
                    Ok(t) => t,
                    Err(e) => {
                        problems.push(Problem::in_file(&file, format!("cannot read: {e}")));
                        continue;
                    }
                };
                let resource = match FluentResource::try_new(text.clone()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            problems.push(Problem::at(
                                &file,
                                line_of(&text, e.pos.start),
                                format!("Fluent syntax: {}", e.kind),
                            ));
                        }
                        r
                    }
                };
                for entry in resource.entries() {
                    if let ast::Entry::Message(m) = entry {
                        let id = m.id.name.to_string();
                        let line = find_definition(&text, &id);
                        if ids
                            .iter()
                            .any(|(i, _, _): &(String, PathBuf, usize)| i == &id)
                        {
                            problems.push(Problem::at(
                                &file,
                                line,
                                format!("message `{id}` is defined twice"),
                            ));
                        }
                        let mut vars = Vec::new();
                        if let Some(value) = &m.value {
                            variables(value, &mut vars);
                        }
                        for a in &m.attributes {
                            variables(&a.value, &mut vars);
                        }
                        written.insert(id.clone(), (raw_message(&text, line), vars));
                        ids.push((id, file.clone(), line));
                    }
                }
                // Duplicates were reported above; keep the first definition.
                bundle.add_resource_overriding(resource);
            }
            locales.bundles.insert(lang.code.clone(), bundle);
            locales.ids.insert(lang.code.clone(), ids);
            locales.written.insert(lang.code.clone(), written);
        }
        locales.check_against_source(problems);
        locales
    }

    /// A translation may only define messages that the source language has, and only use
    /// the variables that the source message uses.
    fn check_against_source(&self, problems: &mut Problems) {
        let (Some(source_ids), Some(source_written)) =
            (self.ids.get(&self.source), self.written.get(&self.source))
        else {
            return;
        };
        for (lang, ids) in &self.ids {
            if lang == &self.source {
                continue;
            }
            for (id, file, line) in ids {
                if !source_ids.iter().any(|(s, _, _)| s == id) {
                    problems.push(Problem::at(
                        file,
                        *line,
                        format!(
                            "message `{id}` is not in the source language ({})",
                            self.source
                        ),
                    ));
                    continue;
                }
                let source_vars = &source_written[id].1;
                for var in &self.written[lang][id].1 {
                    if !source_vars.contains(var) {
                        problems.push(Problem::at(
                            file,
                            *line,
                            format!(
                                "message `{id}` uses the variable `${var}`, which the source ({}) does not have",
                                self.source
                            ),
                        ));
                    }
                }
            }
        }
    }

    /// The hash of the source language's text of message `id`, as translations record it.
    pub fn source_hash(&self, id: &str) -> Option<String> {
        self.written
            .get(&self.source)?
            .get(id)
            .map(|(text, _)| short_hash(text))
    }

    /// Where message `id` stands in `lang`.
    pub fn status(&self, lang: &str, id: &str) -> Status {
        if lang == self.source {
            return Status::Reviewed;
        }
        if !self.written.get(lang).is_some_and(|w| w.contains_key(id)) {
            return Status::Missing;
        }
        let current = self.source_hash(id).unwrap_or_default();
        match self.translations.get(lang) {
            Some(t) => t.status_of(id, &current),
            None => Status::Draft,
        }
    }

    /// The message ids a translation defines (for `cargo xtask translated`).
    pub fn defined_ids(&self, lang: &str) -> Vec<String> {
        self.ids
            .get(lang)
            .map(|v| v.iter().map(|(i, _, _)| i.clone()).collect())
            .unwrap_or_default()
    }

    /// Message `id` as written in `lang`'s files (no fallback, variables unformatted), for
    /// the review sheet.
    pub fn written(&self, lang: &str, id: &str) -> Option<&str> {
        self.written
            .get(lang)?
            .get(id)
            .map(|(text, _)| text.as_str())
    }

    /// The translation status file of `lang`, if it has one.
    pub fn translation(&self, lang: &str) -> Option<&LocaleTranslation> {
        self.translations.get(lang)
    }

    /// The ids of the source language's messages, in file order.
    pub fn source_ids(&self) -> Vec<String> {
        self.ids
            .get(&self.source)
            .map(|ids| ids.iter().map(|(i, _, _)| i.clone()).collect())
            .unwrap_or_default()
    }

    /// A problem with message `id` in `lang`, placed where a writer fixes it: at the
    /// definition the lookup used (the first language of the chain that has the message),
    /// or, for a message no language has, in the source language's folder.
    pub fn problem(&self, lang: &str, id: &str, message: impl Into<String>) -> Problem {
        let chain = self.chains.get(lang).map(Vec::as_slice).unwrap_or(&[]);
        let defined = chain.iter().find_map(|code| {
            self.ids
                .get(code)?
                .iter()
                .find(|(i, _, _)| i == id)
                .map(|(_, file, line)| (file, *line))
        });
        match defined {
            Some((file, line)) => Problem::at(file, line, message),
            None => Problem::in_file(&self.dir.join(&self.source), message),
        }
    }

    /// Gives every message the facts as variables (see `facts`).
    pub(crate) fn set_facts(&mut self, facts: BTreeMap<String, crate::pages::FactValues>) {
        self.facts = facts;
    }

    /// Formats message `id` in `lang`, falling back along the language's chain.
    /// Never returns a raw key: a message missing everywhere is an error.
    pub fn text(&self, lang: &str, id: &str, args: &[(&str, &str)]) -> Result<String, String> {
        let chain = self
            .chains
            .get(lang)
            .ok_or_else(|| format!("unknown language `{lang}`"))?;
        for code in chain {
            let Some(bundle) = self.bundles.get(code) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut fargs = FluentArgs::new();
            for (k, v) in self.facts.get(lang).into_iter().flatten() {
                fargs.set(k.as_str(), v.as_str());
            }
            for (k, v) in args {
                fargs.set(*k, *v);
            }
            let mut errors = Vec::new();
            let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            if let Some(e) = errors.first() {
                return Err(format!("message `{id}` in `{code}`: {e}"));
            }
            return Ok(out.into_owned());
        }
        Err(format!(
            "message `{id}` is missing in {} (and its fallbacks)",
            chain.join(", ")
        ))
    }
}

/// The variables (`$name`) a pattern uses, including inside select expressions.
fn variables(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    let inline = |e: &ast::InlineExpression<&str>, out: &mut Vec<String>| match e {
        ast::InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    };
    match expression {
        ast::Expression::Inline(e) => inline(e, out),
        ast::Expression::Select { selector, variants } => {
            inline(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

/// The message as written: its first line and the indented lines that continue it.
fn raw_message(text: &str, line: usize) -> String {
    let mut lines = text.lines().skip(line - 1);
    let mut out = lines.next().unwrap_or("").to_string();
    for l in lines {
        if l.starts_with(' ') && !l.trim().is_empty() {
            out.push('\n');
            out.push_str(l);
        } else {
            break;
        }
    }
    out
}

fn find_definition(text: &str, id: &str) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let rest = line.strip_prefix(id).unwrap_or("");
        if line.starts_with(id) && rest.trim_start().starts_with('=') {
            return line_of(text, offset);
        }
        offset += line.len();
    }
    1
}
