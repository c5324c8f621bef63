//! The school section: content/school.toml lists the stories in the order a class meets
//! them, and each story is a graph in content/scenarios/<id>.toml. A step with choices is a
//! decision; a step without choices is an ending, and lists the help lines it offers.
//!
//! The words are Fluent messages (locales/<lang>/school.ftl), so a story is translated like
//! every other string: `scenario-<id>-title` and `-summary`; per step `scenario-<id>-<step>`
//! (the situation, or how it ends), and for a decision `-signs` (the warning signs) and
//! `-safer` (the safer move); per choice `scenario-<id>-<step>-<choice>` (what the student
//! does) and `-result` (what happens because of it).
//!
//! A story that could strand a student is refused at its file and line: a choice that
//! leads nowhere, an ending without help, a step no path reaches, a loop, or a path with
//! fewer than 2 or more than 4 decisions.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::{line_of, Problem, Problems};

/// Decisions on every path from the start to an ending: enough to think, short enough for
/// a lesson.
pub const DECISIONS: std::ops::RangeInclusive<usize> = 2..=4;
/// Choices at each decision.
pub const CHOICES: std::ops::RangeInclusive<usize> = 2..=3;

/// The school section, checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct School {
    pub file: PathBuf,
    /// In the order of content/school.toml.
    pub scenarios: Vec<Scenario>,
    /// content/quiz.toml.
    pub quiz: crate::quiz::Quiz,
    /// The lines the quiz's end offers (organisations of content/help.toml).
    pub help: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SchoolFile {
    scenarios: Vec<String>,
    #[serde(default)]
    help: Vec<String>,
}

/// One story.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    #[serde(skip)]
    pub id: String,
    #[serde(skip)]
    pub file: PathBuf,
    /// The first is the start.
    #[serde(default)]
    pub step: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// An ending's help lines: organisations of content/help.toml.
    #[serde(default)]
    pub help: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    /// The step this choice leads to.
    pub next: String,
    /// The safer move of its step (every decision has one, and one that is not).
    #[serde(default)]
    pub safer: bool,
}

impl Step {
    pub fn is_ending(&self) -> bool {
        self.choices.is_empty()
    }
}

impl Scenario {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.step.iter().find(|s| s.id == id)
    }

    pub fn start(&self) -> Option<&Step> {
        self.step.first()
    }

    /// Every message the story needs, in every language.
    pub fn message_ids(&self) -> Vec<String> {
        let base = format!("scenario-{}", self.id);
        let mut ids = vec![format!("{base}-title"), format!("{base}-summary")];
        for step in &self.step {
            let s = format!("{base}-{}", step.id);
            if !step.is_ending() {
                ids.extend([format!("{s}-signs"), format!("{s}-safer")]);
            }
            for c in &step.choices {
                ids.extend([format!("{s}-{}", c.id), format!("{s}-{}-result", c.id)]);
            }
            ids.push(s);
        }
        ids
    }

    /// How many decisions lie before each step on the shortest path from the start (0 for
    /// the start): the "Part n" a step is shown as.
    pub fn depths(&self) -> BTreeMap<&str, usize> {
        let mut depth = BTreeMap::new();
        let Some(start) = self.start() else {
            return depth;
        };
        depth.insert(start.id.as_str(), 0);
        let mut queue = std::collections::VecDeque::from([start]);
        while let Some(step) = queue.pop_front() {
            let d = depth[step.id.as_str()];
            for c in &step.choices {
                if let Some(next) = self.step(&c.next) {
                    if !depth.contains_key(next.id.as_str()) {
                        depth.insert(next.id.as_str(), d + 1);
                        queue.push_back(next);
                    }
                }
            }
        }
        depth
    }
}

impl School {
    /// Every message of the stories and the quiz.
    pub fn message_ids(&self) -> Vec<String> {
        self.scenarios
            .iter()
            .flat_map(|s| s.message_ids())
            .chain(self.quiz.message_ids())
            .collect()
    }

    /// The organisations the section names, with the file that names each.
    pub fn help_ids(&self) -> impl Iterator<Item = (&Path, &String)> {
        self.help
            .iter()
            .map(|id| (self.file.as_path(), id))
            .chain(self.scenarios.iter().flat_map(|s| {
                s.step
                    .iter()
                    .flat_map(|step| step.help.iter().map(|id| (s.file.as_path(), id)))
            }))
    }
}

/// content/school.toml and the stories it lists (empty when there is no school.toml: a
/// site without a school section is still a site).
pub(crate) fn read(content: &Path, problems: &mut Problems) -> School {
    let file = content.join("school.toml");
    if !file.exists() {
        return School::default();
    }
    let Some((list, text)) = crate::read_toml::<SchoolFile>(&file, problems) else {
        return School {
            file,
            ..School::default()
        };
    };
    let quiz = crate::quiz::read(&content.join("quiz.toml"), problems);
    let folder = content.join("scenarios");
    let mut scenarios = Vec::new();
    for id in &list.scenarios {
        let line = text
            .find(&format!("\"{id}\""))
            .map(|o| line_of(&text, o))
            .unwrap_or(1);
        if !is_id(id) {
            problems.push(Problem::at(
                &file,
                line,
                format!("`{id}`: an id is lowercase letters, digits and -"),
            ));
            continue;
        }
        if RESERVED.contains(&id.as_str()) {
            problems.push(Problem::at(
                &file,
                line,
                format!("a story may not be called `{id}`: /<lang>/school/{id}/ is another page"),
            ));
            continue;
        }
        if scenarios.iter().any(|s: &Scenario| &s.id == id) {
            problems.push(Problem::at(&file, line, format!("`{id}` is listed twice")));
            continue;
        }
        let path = folder.join(format!("{id}.toml"));
        if !path.exists() {
            problems.push(Problem::at(
                &file,
                line,
                format!("there is no story content/scenarios/{id}.toml"),
            ));
            continue;
        }
        if let Some(scenario) = read_scenario(&path, id, problems) {
            scenarios.push(scenario);
        }
    }
    // A story nobody lists would be translated and never shown.
    if let Ok(entries) = std::fs::read_dir(&folder) {
        let mut unlisted: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .filter(|p| {
                let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
                !list.scenarios.iter().any(|id| id == stem)
            })
            .collect();
        unlisted.sort();
        for path in unlisted {
            problems.push(Problem::in_file(
                &path,
                "this story is not listed in content/school.toml",
            ));
        }
    }
    School {
        help: list.help.clone(),
        file,
        scenarios,
        quiz,
    }
}

/// Addresses in /<lang>/school/ that are not stories.
pub const RESERVED: [&str; 2] = [crate::routes::QUIZ_SLUG, crate::routes::PRESENT_SLUG];

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// One story, checked as a graph; `None` when it cannot be read.
fn read_scenario(path: &Path, id: &str, problems: &mut Problems) -> Option<Scenario> {
    let (mut scenario, text) = crate::read_toml::<Scenario>(path, problems)?;
    scenario.id = id.to_string();
    scenario.file = path.to_path_buf();
    let lines = Lines::new(&text);
    let before = problems.0.len();
    check_steps(&scenario, &lines, problems);
    // The walks below assume every choice leads to a step: only a sound graph is walked.
    if problems.0.len() == before {
        check_paths(&scenario, &lines, problems);
    }
    Some(scenario)
}

/// Where each step and choice is written, for problems at their line.
struct Lines<'a> {
    text: &'a str,
    /// Byte offset of each `[[step]]` table's `id = "…"`, in order.
    steps: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        let steps = text
            .match_indices("[[step]]")
            .filter_map(|(at, _)| text[at..].find("id").map(|o| at + o))
            .collect();
        Lines { text, steps }
    }

    /// The line of the `n`-th step.
    fn step(&self, n: usize) -> usize {
        self.steps
            .get(n)
            .map(|&o| line_of(self.text, o))
            .unwrap_or(1)
    }

    /// The line of choice `choice` of the `n`-th step.
    fn choice(&self, n: usize, choice: &str) -> usize {
        let Some(&start) = self.steps.get(n) else {
            return 1;
        };
        let end = self.steps.get(n + 1).copied().unwrap_or(self.text.len());
        self.text[start..end]
            .find(&format!("\"{choice}\""))
            .map(|o| line_of(self.text, start + o))
            .unwrap_or_else(|| self.step(n))
    }
}

fn check_steps(scenario: &Scenario, lines: &Lines, problems: &mut Problems) {
    let path = &scenario.file;
    if scenario.step.is_empty() {
        problems.push(Problem::in_file(path, "the story has no [[step]]"));
        return;
    }
    let mut seen = BTreeSet::new();
    for (n, step) in scenario.step.iter().enumerate() {
        let at = |problems: &mut Problems, message: String| {
            problems.push(Problem::at(path, lines.step(n), message))
        };
        let s = &step.id;
        if !is_id(s) {
            at(
                problems,
                format!("step `{s}`: an id is lowercase letters, digits and -"),
            );
        }
        if !seen.insert(s.as_str()) {
            at(problems, format!("step `{s}` is listed twice"));
        }
        if step.is_ending() {
            if step.help.is_empty() {
                at(problems, format!("step `{s}` is a dead end: it has no choices and no help (an ending lists help = [\"…\"])"));
            }
            continue;
        }
        if !step.help.is_empty() {
            at(
                problems,
                format!("step `{s}` has choices and help: help belongs to an ending"),
            );
        }
        if !CHOICES.contains(&step.choices.len()) {
            at(
                problems,
                format!(
                    "step `{s}` has {} choice(s): a decision has {} to {}",
                    step.choices.len(),
                    CHOICES.start(),
                    CHOICES.end()
                ),
            );
        }
        let safer = step.choices.iter().filter(|c| c.safer).count();
        if safer == 0 || safer == step.choices.len() {
            at(
                problems,
                format!(
                    "step `{s}`: a decision has a safer move (safer = true) and a move that is not"
                ),
            );
        }
        let mut choices = BTreeSet::new();
        for c in &step.choices {
            let line = lines.choice(n, &c.id);
            if !is_id(&c.id) {
                problems.push(Problem::at(
                    path,
                    line,
                    format!(
                        "choice `{}`: an id is lowercase letters, digits and -",
                        c.id
                    ),
                ));
            }
            if !choices.insert(c.id.as_str()) {
                problems.push(Problem::at(
                    path,
                    line,
                    format!("step `{s}` has two choices `{}`", c.id),
                ));
            }
            if scenario.step(&c.next).is_none() {
                problems.push(Problem::at(
                    path,
                    line,
                    format!(
                        "choice `{}` of step `{s}` leads nowhere: there is no step `{}`",
                        c.id, c.next
                    ),
                ));
            }
        }
    }
}

/// Every step is reachable, no choice leads back, and every path has 2 to 4 decisions.
fn check_paths(scenario: &Scenario, lines: &Lines, problems: &mut Problems) {
    let path = &scenario.file;
    let index = |id: &str| scenario.step.iter().position(|s| s.id == id);
    let depths = scenario.depths();
    for (n, step) in scenario.step.iter().enumerate() {
        if !depths.contains_key(step.id.as_str()) {
            problems.push(Problem::at(
                path,
                lines.step(n),
                format!(
                    "step `{}` cannot be reached: no choice leads to it from the first step",
                    step.id
                ),
            ));
        }
    }
    // Depth-first, with each step's fewest and most decisions to an ending remembered.
    #[derive(Clone, Copy, PartialEq)]
    enum Visit {
        Open,
        Done(usize, usize),
    }
    fn walk(
        scenario: &Scenario,
        n: usize,
        visits: &mut Vec<Option<Visit>>,
        index: &dyn Fn(&str) -> Option<usize>,
        on_loop: &mut dyn FnMut(usize, &Choice),
    ) -> (usize, usize) {
        if let Some(Visit::Done(fewest, most)) = visits[n] {
            return (fewest, most);
        }
        visits[n] = Some(Visit::Open);
        let step = &scenario.step[n];
        let mut result = if step.is_ending() {
            (0, 0)
        } else {
            (usize::MAX, 0)
        };
        for c in &step.choices {
            let Some(next) = index(&c.next) else { continue };
            if visits[next] == Some(Visit::Open) {
                on_loop(n, c);
                continue;
            }
            let (fewest, most) = walk(scenario, next, visits, index, on_loop);
            result = (result.0.min(fewest + 1), result.1.max(most + 1));
        }
        if result.0 == usize::MAX {
            // Every choice looped back: already reported.
            result.0 = result.1;
        }
        visits[n] = Some(Visit::Done(result.0, result.1));
        result
    }
    let mut visits = vec![None; scenario.step.len()];
    let mut loops = Vec::new();
    let (fewest, most) = walk(scenario, 0, &mut visits, &index, &mut |n, c| {
        loops.push((n, c.clone()))
    });
    for (n, c) in &loops {
        problems.push(Problem::at(
            path,
            lines.choice(*n, &c.id),
            format!(
                "choice `{}` of step `{}` leads back to step `{}`: a story only moves forward",
                c.id, scenario.step[*n].id, c.next
            ),
        ));
    }
    if loops.is_empty() && !(DECISIONS.contains(&fewest) && DECISIONS.contains(&most)) {
        problems.push(Problem::at(
            path,
            lines.step(0),
            format!(
                "a path from the start to an ending passes {} decision(s): every path has {} to {}",
                if DECISIONS.contains(&fewest) {
                    most
                } else {
                    fewest
                },
                DECISIONS.start(),
                DECISIONS.end()
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads a school.toml listing one story `story` with `text`; returns the problems.
    fn problems_of(text: &str) -> Vec<String> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("school.toml"), "scenarios = [\"story\"]\n").unwrap();
        std::fs::create_dir(dir.path().join("scenarios")).unwrap();
        std::fs::write(dir.path().join("scenarios").join("story.toml"), text).unwrap();
        let mut problems = Problems::default();
        let school = read(dir.path(), &mut problems);
        if problems.is_empty() {
            assert_eq!(school.scenarios.len(), 1);
        }
        problems.0.iter().map(|p| p.to_string()).collect()
    }

    /// Two decisions, then two endings.
    const GOOD: &str = r#"[[step]]
id = "offer"
choices = [
  { id = "ask", next = "talk", safer = true },
  { id = "go", next = "talk" },
]

[[step]]
id = "talk"
choices = [
  { id = "stay", next = "end-safe", safer = true },
  { id = "leave", next = "end-help" },
]

[[step]]
id = "end-safe"
help = ["safe-house"]

[[step]]
id = "end-help"
help = ["safe-house", "police"]
"#;

    #[test]
    fn a_good_story_reads_with_its_messages_and_parts() {
        assert_eq!(problems_of(GOOD), Vec::<String>::new());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.toml");
        std::fs::write(&path, GOOD).unwrap();
        let s = read_scenario(&path, "s", &mut Problems::default()).unwrap();
        let ids = s.message_ids();
        assert!(ids.contains(&"scenario-s-offer-signs".to_string()));
        assert!(ids.contains(&"scenario-s-talk-leave-result".to_string()));
        assert!(ids.contains(&"scenario-s-end-help".to_string()));
        assert!(!ids.contains(&"scenario-s-end-help-signs".to_string()));
        assert_eq!(s.depths()["end-help"], 2);
    }

    #[test]
    fn a_choice_that_leads_nowhere_is_named_at_its_line() {
        let problems = problems_of(&GOOD.replace(
            "{ id = \"leave\", next = \"end-help\" }",
            "{ id = \"leave\", next = \"end-hepl\" }",
        ));
        assert!(
            problems.iter().any(|p| p.contains("story.toml:12:")
                && p.contains("choice `leave` of step `talk` leads nowhere")),
            "{problems:?}"
        );
    }

    #[test]
    fn a_dead_end_without_help_is_named() {
        let problems = problems_of(&GOOD.replace("help = [\"safe-house\"]\n", ""));
        assert!(
            problems
                .iter()
                .any(|p| p.contains("story.toml:16:") && p.contains("`end-safe` is a dead end")),
            "{problems:?}"
        );
    }

    #[test]
    fn an_unreachable_step_is_named() {
        let problems = problems_of(&format!(
            "{GOOD}\n[[step]]\nid = \"lost\"\nhelp = [\"police\"]\n"
        ));
        assert!(
            problems
                .iter()
                .any(|p| p.contains("story.toml:24:") && p.contains("`lost` cannot be reached")),
            "{problems:?}"
        );
    }

    #[test]
    fn a_loop_is_named() {
        let problems = problems_of(&GOOD.replace(
            "{ id = \"leave\", next = \"end-help\" }",
            "{ id = \"leave\", next = \"offer\" }",
        ));
        assert!(
            problems
                .iter()
                .any(|p| p.contains(":12:") && p.contains("leads back to step `offer`")),
            "{problems:?}"
        );
    }

    #[test]
    fn too_few_decisions_too_many_choices_and_no_safer_move_are_named() {
        // The first decision may end the story at once: one decision on that path.
        let problems = problems_of(&GOOD.replace(
            "{ id = \"go\", next = \"talk\" }",
            "{ id = \"go\", next = \"end-help\" }",
        ));
        assert!(
            problems
                .iter()
                .any(|p| p.contains(":2:") && p.contains("passes 1 decision(s)")),
            "{problems:?}"
        );
        let problems = problems_of(&GOOD.replace(
            "  { id = \"go\", next = \"talk\" },\n",
            "  { id = \"go\", next = \"talk\" },\n  { id = \"run\", next = \"talk\" },\n  { id = \"hide\", next = \"talk\" },\n",
        ));
        assert!(
            problems.iter().any(|p| p.contains("has 4 choice(s)")),
            "{problems:?}"
        );
        let problems =
            problems_of(&GOOD.replace("next = \"talk\", safer = true", "next = \"talk\""));
        assert!(
            problems
                .iter()
                .any(|p| p.contains(":2:")
                    && p.contains("step `offer`: a decision has a safer move")),
            "{problems:?}"
        );
    }

    #[test]
    fn a_missing_or_unlisted_story_is_named() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("school.toml"), "scenarios = [\"gone\"]\n").unwrap();
        std::fs::create_dir(dir.path().join("scenarios")).unwrap();
        std::fs::write(dir.path().join("scenarios").join("extra.toml"), GOOD).unwrap();
        let mut problems = Problems::default();
        read(dir.path(), &mut problems);
        let problems: Vec<String> = problems.0.iter().map(|p| p.to_string()).collect();
        assert!(
            problems.iter().any(|p| p.contains("school.toml:1:")
                && p.contains("no story content/scenarios/gone.toml")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.contains("extra.toml") && p.contains("not listed")),
            "{problems:?}"
        );
    }
}
