//! The generator's only way to a Fluent message. A message that cannot be formatted becomes
//! a [`Problem`] at the file and line where a writer fixes it, and every problem is
//! collected, so one run names them all. The empty string returned in its place never
//! reaches a page: a build with problems fails before it writes anything.

use std::cell::RefCell;

use wil_content::{Problem, Problems, Site};

pub struct Words<'a> {
    site: &'a Site,
    problems: RefCell<Vec<Problem>>,
}

impl<'a> Words<'a> {
    pub fn new(site: &'a Site) -> Self {
        Words {
            site,
            problems: RefCell::new(Vec::new()),
        }
    }

    /// Message `id` in `lang` (along its fallback chain), with `args`.
    pub fn get(&self, lang: &str, id: &str, args: &[(&str, &str)]) -> String {
        match self.site.locales.text(lang, id, args) {
            Ok(text) => text,
            Err(e) => {
                self.report(self.site.locales.problem(lang, id, e));
                String::new()
            }
        }
    }

    /// Records a problem found while building (once, however many pages meet it).
    pub fn report(&self, problem: Problem) {
        let mut problems = self.problems.borrow_mut();
        if !problems.contains(&problem) {
            problems.push(problem);
        }
    }

    /// Every problem met so far, or nothing.
    pub fn finish(self) -> Result<(), Problems> {
        let problems = self.problems.into_inner();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Problems(problems))
        }
    }
}
