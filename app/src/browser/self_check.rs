//! The self-check in the browser: a small driver over the HTML that the build rendered with
//! `SelfCheckMarkup`. It shows one screen at a time (start, each question, the result) by
//! setting `hidden`, and keeps the answers in this page's memory only. "Start again" and
//! leaving the page (also into the back-forward cache, so "Back" shows a fresh start) forget
//! them; nothing is stored or sent.
//!
//! Written for size (every visitor of every page downloads it): element lists are found
//! once, in document order (question i's sign is the i-th sign), every list is a
//! `Vec<Element>` and what the markup says is read from its attributes when needed.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use leptos::prelude::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// No answer yet; then the answer buttons' order in each question: yes, no, not sure.
const NONE: u8 = u8::MAX;
const YES: u8 = 0;
const NO: u8 = 1;
const NOT_SURE: u8 = 2;

struct Check {
    /// The start screen, each question, the result, then the help lines: `step` indexes the
    /// first three kinds; the lines show with the result.
    screens: Vec<Element>,
    /// Where the focus goes on each screen (the page title, each question, the result's title).
    headings: Vec<Element>,
    questions: Vec<Element>,
    signs: Vec<Element>,
    unsure: Vec<Element>,
    meanings: Vec<Element>,
    /// "Your answers show…", "…none of the signs…", "You were not sure…", in that order.
    notes: Vec<Element>,
    lines: Vec<Element>,
    step: usize,
    answers: Vec<u8>,
}

/// Starts the self-check if this page is one (else does nothing).
pub fn run_self_check() {
    let Some(root) = document().get_element_by_id("self-check") else {
        return;
    };
    let Some(title) = document().query_selector("main h1").ok().flatten() else {
        return;
    };
    // The start screen's focus target is the page's title.
    let _ = title.set_attribute("tabindex", "-1");
    let mut headings = vec![title];
    headings.extend(all(&root, "[data-screen] h2"));
    let questions = all(&root, "li[data-sign-if]");
    let check = Check {
        screens: all(&root, "[data-screen]"),
        headings,
        answers: vec![NONE; questions.len()],
        questions,
        signs: all(&root, "[data-sign]"),
        unsure: all(&root, "[data-unsure]"),
        meanings: all(&root, "[data-meaning]"),
        notes: all(&root, "[data-if]"),
        lines: all(&root, "a[data-dims]"),
        step: 0,
    };
    for el in all(&root, "[data-app]") {
        set_hidden(&el, false);
    }
    for el in all(&root, "[data-static]") {
        set_hidden(&el, true);
    }
    check.render();
    // From now on `hidden` alone decides (style.css pre-hides until this mark).
    let _ = root.set_attribute("data-run", "");
    let check = Rc::new(RefCell::new(check));
    // One handler for both events: a second closure type would compile wasm-bindgen's
    // callback code a second time.
    listen(&root, "click", check.clone());
    listen(&window(), "pagehide", check);
}

fn listen(target: &web_sys::EventTarget, event: &'static str, check: Rc<RefCell<Check>>) {
    EventListener::new(target, event, move |ev| check.borrow_mut().handle(ev)).forget();
}

impl Check {
    fn handle(&mut self, ev: &web_sys::Event) {
        let total = self.answers.len();
        if ev.type_() == "pagehide" {
            self.forget();
            self.render();
            return;
        }
        let Some(button) = ev.target().and_then(|t| {
            t.unchecked_into::<Element>()
                .closest("button")
                .ok()
                .flatten()
        }) else {
            return;
        };
        if let Some(answer) = button.get_attribute("data-answer") {
            if (1..=total).contains(&self.step) {
                self.answers[self.step - 1] = match answer.as_str() {
                    "yes" => YES,
                    "no" => NO,
                    _ => NOT_SURE,
                };
                self.step += 1;
            }
        } else {
            match button.get_attribute("data-go").as_deref() {
                Some("start") => self.step = 1,
                Some("back") => self.step = self.step.saturating_sub(1),
                // "Start again" forgets every answer.
                Some(_) => self.forget(),
                None => return,
            }
        }
        self.render();
        if let Some(heading) = self.headings.get(self.step) {
            let _ = heading.unchecked_ref::<HtmlElement>().focus();
        }
    }

    fn forget(&mut self) {
        self.answers.fill(NONE);
        self.step = 0;
    }

    fn shows_sign(&self, i: usize) -> bool {
        let yes_shows = self.questions[i].get_attribute("data-sign-if").as_deref() == Some("yes");
        match self.answers[i] {
            YES => yes_shows,
            NO => !yes_shows,
            _ => false,
        }
    }

    /// True when a question of dimension `dim` showed its sign.
    fn has_sign(&self, dim: &str) -> bool {
        (0..self.answers.len()).any(|i| {
            self.questions[i].get_attribute("data-dim").as_deref() == Some(dim)
                && self.shows_sign(i)
        })
    }

    /// Shows the current screen and, on the result, what the answers brought up.
    fn render(&self) {
        let total = self.answers.len();
        let at_result = self.step > total;
        for (n, screen) in self.screens.iter().enumerate() {
            set_hidden(screen, n != self.step && !(at_result && n > total));
        }
        // The answer given before stays marked when the person goes back.
        for (q, answer) in self.questions.iter().zip(&self.answers) {
            for (reply, button) in all(q, "button[data-answer]").iter().enumerate() {
                let pressed = if reply as u8 == *answer {
                    "true"
                } else {
                    "false"
                };
                let _ = button.set_attribute("aria-pressed", pressed);
            }
        }
        for (i, el) in self.signs.iter().enumerate() {
            set_hidden(el, !self.shows_sign(i));
        }
        for (el, answer) in self.unsure.iter().zip(&self.answers) {
            set_hidden(el, *answer != NOT_SURE);
        }
        for el in &self.meanings {
            let dim = el.get_attribute("data-meaning").unwrap_or_default();
            set_hidden(el, !self.has_sign(&dim));
        }
        let any_sign = (0..total).any(|i| self.shows_sign(i));
        let any_unsure = self.answers.contains(&NOT_SURE);
        for (el, shown) in self.notes.iter().zip([any_sign, !any_sign, any_unsure]) {
            set_hidden(el, !shown);
        }
        // With signs, the lines for their dimensions; otherwise the general lines.
        for el in &self.lines {
            let shown = if at_result && any_sign {
                let dims = el.get_attribute("data-dims").unwrap_or_default();
                dims.split(' ').any(|d| self.has_sign(d))
            } else {
                el.has_attribute("data-general")
            };
            set_hidden(el, !shown);
        }
    }
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .map(|node| node.unchecked_into::<Element>())
        .collect()
}

fn set_hidden(el: &Element, hidden: bool) {
    let _ = el.toggle_attribute_with_force("hidden", hidden);
}
