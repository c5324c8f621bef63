//! The self-check, the screening aid and the school's stories in the browser: one small
//! driver over the HTML that the build rendered with `SelfCheckMarkup`, `ScreeningMarkup` or
//! `StoryMarkup` (whose links `a[data-go="#<screen>"]` lead to a screen by its id). It shows
//! one screen at a time (`[data-screen]`, in document order) by setting `hidden`, and keeps
//! the answers in this page's memory only. "Start again", "erase" and leaving the page (also into the
//! back-forward cache, so "Back" shows a fresh start) forget them; nothing is stored or sent.
//!
//! What the answers bring up is marked in the markup, and the driver only shows or hides:
//! - `data-sign=j`: the j-th sign (questions first, then what a professional noticed,
//!   `input[data-observed=j]`) came up;
//! - `data-unsure=i`: question i was answered "not sure";
//! - `data-dim-state="<dimension> any|met|below"`: the dimension has signs; they reach the
//!   ILO's combination rule ([`crate::indicators`]); or they do not;
//! - `data-met=n`: the signs reach the rule in n dimensions;
//! - `data-if=signs|none|unsure`; `a[data-dims]`: a help line for those dimensions
//!   (`data-general`: when no sign came up).
//! - the quiz: `button[data-pick]` is an option (`data-right` when picking it is right); an
//!   answered question is marked `data-done` and `data-got` (1 right, 0 not), and the last
//!   screen shows the `data-score=n` that counts the questions got right.
//! - the classroom screen (a story or the quiz marked `data-present`): the keys of a
//!   presentation clicker, as in reveal.js ([`Check::key`]); a story's feedback shows its
//!   warning signs and safer move (`.story-why`) once marked `data-shown`; `[data-count]`
//!   says "3 / 7" (this screen, and the screens of the rest of the way by "next").
//!
//! Written for size (every visitor of every page downloads it): element lists are found
//! once, in document order, and what the markup says is read from its attributes when needed.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::EventListener;
use leptos::prelude::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, SpeechSynthesisUtterance};

use crate::indicators::{dimensions_reaching, tally, Counts};
use wil_dist::language::negotiate;

/// The states of a reading, as `data-when` names them.
const IDLE: &str = "idle";
const SPEAKING: &str = "speaking";
const PAUSED: &str = "paused";

/// No answer yet; then the answer buttons' order in each question: yes, no, not sure.
const NONE: u8 = u8::MAX;
const YES: u8 = 0;
const NO: u8 = 1;
const NOT_SURE: u8 = 2;

struct Check {
    /// The start screen, each question, then the screens after them: `step` indexes it.
    screens: Vec<Element>,
    /// The page's title: the focus target of a screen with no heading of its own.
    title: Element,
    questions: Vec<Element>,
    /// The observed signs' checkboxes (the screening aid's), numbered after the questions.
    observed: Vec<Element>,
    /// Everything shown or hidden by the answers (see the module's notes).
    marks: Vec<Element>,
    lines: Vec<Element>,
    /// The professional's notes (an editable element, so that print shows all of it).
    notes: Option<Element>,
    step: usize,
    /// On the classroom screen: the screens shown before this one, for "back".
    trail: Option<Vec<usize>>,
    /// The classroom screen's step counter and black screen.
    count: Option<Element>,
    black: Option<Element>,
    answers: Vec<u8>,
    /// "Listen" (`components::Listen`), when the page has it.
    listen: Option<Listen>,
    /// This driver, for the listeners it adds later (the end of a reading).
    me: Weak<RefCell<Check>>,
}

/// How "Listen" reads: in which language, what (a CSS selector), and where it is now.
struct Listen {
    control: Element,
    lang: String,
    read: String,
    state: &'static str,
    /// The page (or one of its screens) has recordings: Listen works without a voice.
    recorded: bool,
    /// The recording playing, and those still to come (last first).
    playing: Option<(web_sys::HtmlAudioElement, Vec<String>)>,
}

/// Starts the driver: the screens of the self-check, the screening aid or a story if this
/// page is one, and "Listen" on every written page.
pub fn run_self_check() {
    let root = document()
        .query_selector("#self-check, #screening, #story, #quiz")
        .ok()
        .flatten()
        .or_else(|| document().query_selector("main").ok().flatten());
    let Some(root) = root else {
        return;
    };
    let Some(title) = document().query_selector("main h1").ok().flatten() else {
        return;
    };
    let _ = title.set_attribute("tabindex", "-1");
    let questions = all(&root, "[data-sign-if]");
    // The screens' markup may say what to read and in which language (the person's).
    let reading = document()
        .query_selector(".listen")
        .ok()
        .flatten()
        .map(|control| {
            let say = |name: &str| {
                root.get_attribute(name)
                    .unwrap_or_else(|| attr(&control, name))
            };
            let recorded = control.has_attribute("data-audio")
                || root.query_selector("[data-audio]").ok().flatten().is_some();
            Listen {
                lang: say("data-listen"),
                read: say("data-read"),
                control,
                state: IDLE,
                recorded,
                playing: None,
            }
        });
    let check = Check {
        screens: all(&root, "[data-screen]"),
        title,
        answers: vec![NONE; questions.len()],
        questions,
        observed: all(&root, "[data-observed]"),
        marks: all(
            &root,
            "[data-sign], [data-unsure], [data-dim-state], [data-met], [data-if], [data-score]",
        ),
        lines: all(&root, "a[data-dims]"),
        notes: root.query_selector("[contenteditable]").ok().flatten(),
        step: 0,
        trail: root.has_attribute("data-present").then(Vec::new),
        count: root.query_selector("[data-count]").ok().flatten(),
        black: root.query_selector("[data-black]").ok().flatten(),
        listen: reading,
        me: Weak::new(),
    };
    for el in all(&root, "[data-app]") {
        set_hidden(&el, false);
    }
    for el in all(&root, "[data-static]") {
        set_hidden(&el, true);
    }
    check.render();
    check.show_listen();
    // From now on `hidden` alone decides (style.css pre-hides until this mark).
    let _ = root.set_attribute("data-run", "");
    let check = Rc::new(RefCell::new(check));
    check.borrow_mut().me = Rc::downgrade(&check);
    // A phone may list its voices only a moment after the page loads.
    if let Ok(synth) = window().speech_synthesis() {
        listen(&synth, "voiceschanged", check.clone());
    }
    // One handler for every event: a second closure type would compile wasm-bindgen's
    // callback code a second time.
    // On `main`: "Listen" sits in the article's frame, outside the screens.
    if let Some(main) = document().query_selector("main").ok().flatten() {
        listen(&main, "click", check.clone());
    }
    if root.has_attribute("data-present") {
        listen(&window(), "keydown", check.clone());
    }
    listen(&window(), "pagehide", check);
}

/// Not passive: a story's links are followed in place, so their default must be preventable
/// (gloo's listeners are passive unless told otherwise).
fn listen(target: &web_sys::EventTarget, event: &'static str, check: Rc<RefCell<Check>>) {
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(target, event, options, move |ev| {
        check.borrow_mut().handle(ev)
    })
    .forget();
}

impl Check {
    fn handle(&mut self, ev: &web_sys::Event) {
        match ev.type_().as_str() {
            "pagehide" => {
                self.stop_reading();
                self.forget();
                self.render();
                return;
            }
            "voiceschanged" => return self.show_listen(),
            "keydown" => return self.key(ev.unchecked_ref()),
            // A recording has played: the next one, or the end.
            "ended" => {
                let rest = self.listen.as_mut().and_then(|l| l.playing.take());
                match rest {
                    Some((_, rest)) if !rest.is_empty() => self.play(rest),
                    _ => self.set_reading(IDLE),
                }
                return;
            }
            // The last part of a reading has been read (not when a new one took over).
            "end" => {
                if !window().speech_synthesis().is_ok_and(|s| s.speaking()) {
                    self.set_reading(IDLE);
                }
                return;
            }
            _ => {}
        }
        let Some(button) = ev.target().and_then(|t| {
            t.unchecked_into::<Element>()
                .closest("button, a[data-go]")
                .ok()
                .flatten()
        }) else {
            return;
        };
        let go = button.get_attribute("data-go");
        let synth = window().speech_synthesis();
        let playing = self.listen.as_ref().and_then(|l| l.playing.as_ref());
        let audio = playing.map(|(audio, _)| audio.clone());
        match (go.as_deref(), &synth, audio) {
            (Some("listen"), _, _) => return self.read_aloud(),
            (Some("pause"), _, Some(audio)) => {
                let _ = audio.pause();
                return self.set_reading(PAUSED);
            }
            (Some("resume"), _, Some(audio)) => {
                let _ = audio.play();
                return self.set_reading(SPEAKING);
            }
            (Some("pause"), Ok(synth), None) => {
                synth.pause();
                return self.set_reading(PAUSED);
            }
            (Some("resume"), Ok(synth), None) => {
                synth.resume();
                return self.set_reading(SPEAKING);
            }
            // Any other button ends a reading: a new screen is not the one being read.
            _ => self.stop_reading(),
        }
        if go.as_deref() == Some("stop") {
            return;
        }
        let last = self.screens.len().saturating_sub(1);
        if button.has_attribute("data-pick") {
            return self.pick(&button);
        }
        if let Some(answer) = button.get_attribute("data-answer") {
            // The questions' screens come right after the start screen.
            let Some(given) = self.answers.get_mut(self.step.wrapping_sub(1)) else {
                return;
            };
            *given = match answer.as_str() {
                "yes" => YES,
                "no" => NO,
                _ => NOT_SURE,
            };
            self.step += 1;
        } else {
            match go.as_deref() {
                Some("next") => self.go((self.step + 1).min(last)),
                Some("back") => self.step = self.step.saturating_sub(1),
                // A story's link to one of its screens: shown in place, not added to the
                // history (Back and quick exit leave the page, not a step).
                Some(to) if to.starts_with('#') => {
                    ev.prevent_default();
                    let Some(n) = self.screen_of(to) else {
                        return;
                    };
                    self.go(n);
                }
                Some("check") => {
                    if let Some(q) = self.screens.get(self.step) {
                        reveal(q);
                    }
                    return;
                }
                Some("print") => {
                    let _ = window().print();
                    return;
                }
                Some("prepare") => {
                    prepare(&button);
                    return;
                }
                // "Start again" and "erase" forget every answer.
                Some(_) => self.forget(),
                None => return,
            }
        }
        self.show();
    }

    /// A quiz's option tapped: picked (or, where every warning sign is tapped, toggled until
    /// "Check"); a question answered stays as it was.
    fn pick(&self, button: &Element) {
        let Some(q) = self.screens.get(self.step) else {
            return;
        };
        if !q.has_attribute("data-done") {
            let pressed = attr(button, "aria-pressed") == "true";
            let _ = button.set_attribute("aria-pressed", if pressed { "false" } else { "true" });
            // On the classroom screen a pick marks the class's answer; "next" reveals.
            let checked_later = q.query_selector("[data-go=check]").ok().flatten().is_some();
            if !checked_later && self.trail.is_none() {
                reveal(q);
            }
        }
    }

    /// Shows the current screen and moves the focus to its heading.
    fn show(&self) {
        self.render();
        let screen = &self.screens[self.step];
        let heading = screen.query_selector("h2").ok().flatten();
        let heading = heading.as_ref().unwrap_or(&self.title);
        let _ = heading.unchecked_ref::<HtmlElement>().focus();
    }

    /// Goes to screen `n`; on the classroom screen, "back" returns here.
    fn go(&mut self, n: usize) {
        if let Some(trail) = &mut self.trail {
            if n != self.step {
                trail.push(self.step);
            }
        }
        self.step = n;
    }

    /// The screen whose id is `to` without its "#".
    fn screen_of(&self, to: &str) -> Option<usize> {
        let id = to.strip_prefix('#')?;
        self.screens.iter().position(|s| s.id() == id)
    }

    /// Where "next" leads from screen `n`, once it is revealed: at a story's decision, the
    /// safer choice; from its feedback, the step the choice led to; at an ending or the
    /// quiz's end, nowhere; else the screen after it.
    fn after(&self, n: usize) -> Option<usize> {
        let screen = self.screens.get(n)?;
        if screen.class_list().contains("story-end") {
            return None;
        }
        let choice = all(screen, "a.choice").into_iter().find_map(|a| {
            let to = self.screen_of(&attr(&a, "data-go"))?;
            self.screens[to].has_attribute("data-safer").then_some(to)
        });
        let link = screen.query_selector("a.story-next").ok().flatten();
        choice
            .or_else(|| link.and_then(|a| self.screen_of(&attr(&a, "data-go"))))
            .or((n + 1 < self.screens.len()).then_some(n + 1))
    }

    /// A key on the classroom screen (keys with Ctrl, Alt or Meta stay the browser's).
    fn key(&mut self, ev: &web_sys::KeyboardEvent) {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() || self.trail.is_none() {
            return;
        }
        let key = ev.key();
        let black = self
            .black
            .as_ref()
            .is_some_and(|b| !b.has_attribute("hidden"));
        match key.as_str() {
            "ArrowRight" | "ArrowDown" | " " | "PageDown" | "ArrowLeft" | "ArrowUp" | "PageUp"
            | "Home" | "End"
                if black => {}
            "ArrowRight" | "ArrowDown" | " " | "PageDown" => self.next(),
            "ArrowLeft" | "ArrowUp" | "PageUp" => self.back(),
            "Home" => {
                self.forget();
                self.show();
            }
            // The last screen: a story's ending the safer way from here, the quiz's end.
            "End" => {
                while let Some(n) = self.after(self.step) {
                    self.go(n);
                }
                self.show();
            }
            "b" | "B" | "." => {}
            "f" | "F" => {
                let doc = document();
                if doc.fullscreen_element().is_some() {
                    doc.exit_fullscreen();
                } else if let Some(root) = doc.document_element() {
                    let _ = root.request_fullscreen();
                }
            }
            // The number of a choice (a story's) or an option (the quiz's), as the class chose.
            digit if digit.len() == 1 && ("1"..="9").contains(&digit) => {
                let n = usize::from(digit.as_bytes()[0] - b'1');
                // Done here, not by a click: its handler would borrow this driver again.
                let screen = &self.screens[self.step];
                let Some(el) = all(screen, "a.choice, [data-pick]").get(n).cloned() else {
                    return;
                };
                if el.has_attribute("data-pick") {
                    self.pick(&el);
                } else if let Some(to) = self.screen_of(&attr(&el, "data-go")) {
                    self.go(to);
                    self.show();
                }
            }
            _ => return,
        }
        ev.prevent_default();
        // B or "." darkens the screen or lights it again; any other key lights it.
        if let Some(b) = &self.black {
            set_hidden(b, !matches!(key.as_str(), "b" | "B" | ".") || black);
        }
    }

    /// True when the current screen has a part that "next" reveals first: a story's
    /// feedback before its warning signs, a quiz question before its answer.
    fn unrevealed(&self) -> bool {
        let screen = &self.screens[self.step];
        (screen.class_list().contains("story-feedback") && !screen.has_attribute("data-shown"))
            || (screen.class_list().contains("quiz-q") && !screen.has_attribute("data-done"))
    }

    /// "Next" on the classroom screen: reveal, else go on.
    fn next(&mut self) {
        let screen = self.screens[self.step].clone();
        if screen.class_list().contains("quiz-q") && !screen.has_attribute("data-done") {
            reveal(&screen);
        } else if self.unrevealed() {
            let _ = screen.set_attribute("data-shown", "");
        } else if let Some(n) = self.after(self.step) {
            self.go(n);
            return self.show();
        }
        self.render();
    }

    /// "Back" on the classroom screen: hide what "next" revealed, else the screen before.
    fn back(&mut self) {
        let screen = &self.screens[self.step];
        if screen.has_attribute("data-shown") {
            let _ = screen.remove_attribute("data-shown");
            return self.render();
        }
        if let Some(n) = self.trail.as_mut().and_then(Vec::pop) {
            self.step = n;
            self.show();
        }
    }

    /// Shows "Listen" only when the phone has a voice for the language: a voice whose own
    /// language is another one (Android lists voices that are not installed, then reads
    /// in English) counts as none.
    fn show_listen(&self) {
        if let Some(l) = &self.listen {
            set_hidden(&l.control, !l.recorded && voice_for(&l.lang).is_none());
        }
    }

    /// Plays the last of `rest` (the recordings still to come, last first).
    fn play(&mut self, mut rest: Vec<String>) {
        let (Some(url), Some(me), Some(l)) = (rest.pop(), self.me.upgrade(), &mut self.listen)
        else {
            return;
        };
        let Ok(audio) = web_sys::HtmlAudioElement::new_with_src(&url) else {
            return;
        };
        listen(&audio, "ended", me);
        let _ = audio.play();
        l.playing = Some((audio, rest));
        self.set_reading(SPEAKING);
    }

    /// Reads the screen on view (or the page) aloud, part by part, with the language's voice.
    fn read_aloud(&mut self) {
        let Some(l) = &self.listen else {
            return;
        };
        // A recording where there is one: the screen's, or the page's (all its sections).
        let screen = self.screens.get(self.step);
        let recorded = attr(screen.unwrap_or(&l.control), "data-audio");
        if !recorded.is_empty() {
            let mut rest: Vec<String> = recorded.split(' ').map(String::from).collect();
            rest.reverse();
            return self.play(rest);
        }
        let (Ok(synth), Some(voice)) = (window().speech_synthesis(), voice_for(&l.lang)) else {
            return;
        };
        synth.cancel();
        let scope = match screen {
            Some(screen) => screen.clone(),
            None => document()
                .document_element()
                .expect("a document has a root"),
        };
        let mut last = None;
        for el in all(&scope, &l.read) {
            if el.closest("[hidden]").ok().flatten().is_some() {
                continue;
            }
            let text = el.text_content().unwrap_or_default();
            let Ok(part) = SpeechSynthesisUtterance::new_with_text(text.trim()) else {
                continue;
            };
            part.set_lang(&l.lang);
            part.set_voice(Some(&voice));
            synth.speak(&part);
            last = Some(part);
        }
        if let (Some(part), Some(me)) = (last, self.me.upgrade()) {
            listen(&part, "end", me);
            self.set_reading(SPEAKING);
        }
    }

    fn stop_reading(&mut self) {
        let Some(l) = &mut self.listen else {
            return;
        };
        if l.state != IDLE {
            if let Some((audio, _)) = l.playing.take() {
                let _ = audio.pause();
            }
            if let Ok(synth) = window().speech_synthesis() {
                synth.cancel();
            }
            self.set_reading(IDLE);
        }
    }

    /// Shows the buttons of reading state `state` ("idle", "speaking", "paused").
    fn set_reading(&mut self, state: &'static str) {
        if let Some(l) = &mut self.listen {
            l.state = state;
            for button in all(&l.control, "[data-when]") {
                let when = attr(&button, "data-when");
                set_hidden(&button, !when.split(' ').any(|w| w == state));
            }
        }
    }

    fn forget(&mut self) {
        self.answers.fill(NONE);
        self.step = 0;
        if let Some(trail) = &mut self.trail {
            trail.clear();
        }
        for input in &self.observed {
            input.unchecked_ref::<HtmlInputElement>().set_checked(false);
        }
        if let Some(notes) = &self.notes {
            notes.set_text_content(None);
        }
        for screen in &self.screens {
            let _ = screen.remove_attribute("data-done");
            let _ = screen.remove_attribute("data-got");
            let _ = screen.remove_attribute("data-shown");
            for answer in all(screen, "details") {
                let _ = answer.remove_attribute("open");
            }
            for pick in all(screen, "[data-pick]") {
                let _ = pick.set_attribute("aria-pressed", "false");
            }
        }
    }

    /// True when the j-th sign (0-based: questions, then observed signs) came up.
    fn shows_sign(&self, j: usize) -> bool {
        if let Some(q) = self.questions.get(j) {
            let yes_shows = q.get_attribute("data-sign-if").as_deref() == Some("yes");
            return match self.answers[j] {
                YES => yes_shows,
                NO => !yes_shows,
                _ => false,
            };
        }
        self.observed
            .get(j - self.questions.len())
            .is_some_and(|o| o.unchecked_ref::<HtmlInputElement>().checked())
    }

    /// Shows the current screen and what the answers brought up.
    fn render(&self) {
        for (n, screen) in self.screens.iter().enumerate() {
            set_hidden(screen, n != self.step);
        }
        // "3 / 7": the screens shown so far, and those "next" would still show.
        if let (Some(count), Some(trail)) = (&self.count, &self.trail) {
            let here = trail.len() + 1;
            let mut total = here;
            let mut at = self.step;
            while let Some(n) = self.after(at) {
                total += 1;
                at = n;
            }
            let number = |n: usize| {
                String::from(
                    js_sys::Number::from(n as f64)
                        .to_string_with_radix(10)
                        .unwrap_or_default(),
                )
            };
            count.set_text_content(Some(&(number(here) + " / " + &number(total))));
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
        // The signs that came up, by dimension (each sign adds its dimension).
        let sources = self.questions.iter().chain(&self.observed);
        let by_dimension = tally(
            sources
                .enumerate()
                .filter(|(j, _)| self.shows_sign(*j))
                .map(|(_, el)| (attr(el, "data-dim"), attr(el, "data-grade"))),
        );
        let counts = |dim: &str| {
            by_dimension
                .iter()
                .find(|(d, _)| d == dim)
                .map(|(_, c)| *c)
                .unwrap_or_default()
        };
        let reaching = dimensions_reaching(&by_dimension);
        let score = self
            .screens
            .iter()
            .filter(|s| attr(s, "data-got") == "1")
            .count();
        let any_sign = !by_dimension.is_empty();
        for el in &self.marks {
            let number = |name: &str| {
                el.get_attribute(name)
                    .and_then(|n| n.parse::<usize>().ok())
                    .unwrap_or(0)
            };
            let visible = if el.has_attribute("data-sign") {
                self.shows_sign(number("data-sign").wrapping_sub(1))
            } else if el.has_attribute("data-unsure") {
                self.answers.get(number("data-unsure").wrapping_sub(1)) == Some(&NOT_SURE)
            } else if let Some(state) = el.get_attribute("data-dim-state") {
                let (dim, state) = state.split_once(' ').unwrap_or_default();
                let c: Counts = counts(dim);
                match state {
                    "met" => c.reaches_rule(),
                    "below" => c.any() && !c.reaches_rule(),
                    _ => c.any(),
                }
            } else if el.has_attribute("data-met") {
                number("data-met") == reaching
            } else if el.has_attribute("data-score") {
                number("data-score") == score
            } else {
                match el.get_attribute("data-if").as_deref() {
                    Some("signs") => any_sign,
                    Some("none") => !any_sign,
                    _ => self.answers.contains(&NOT_SURE),
                }
            };
            set_hidden(el, !visible);
        }
        // With signs, the lines for their dimensions; otherwise the general lines.
        let at_last = self.step + 1 == self.screens.len();
        for el in &self.lines {
            let shown = if at_last && any_sign {
                attr(el, "data-dims").split(' ').any(|d| counts(d).any())
            } else {
                el.has_attribute("data-general")
            };
            set_hidden(el, !shown);
        }
    }
}

/// A quiz question answered: right (`data-got` 1) when exactly the right options are
/// pressed; its answer opens.
fn reveal(q: &Element) {
    let got = all(q, "[data-pick]")
        .iter()
        .all(|p| (attr(p, "aria-pressed") == "true") == p.has_attribute("data-right"));
    let _ = q.set_attribute("data-got", if got { "1" } else { "0" });
    let _ = q.set_attribute("data-done", "");
    if let Some(answer) = q.query_selector("details").ok().flatten() {
        let _ = answer.set_attribute("open", "");
    }
}

/// "Prepare this phone" (the screening aid's start page): the service worker stores the set
/// of the section's `data-lang`, the progress bar follows each page, and the status says
/// when it is done or failed.
fn prepare(button: &Element) {
    let Some(section) = button.closest("[data-lang]").ok().flatten() else {
        return;
    };
    let Some(progress) = section.query_selector("progress").ok().flatten() else {
        return;
    };
    let _ = button.set_attribute("disabled", "");
    set_hidden(&progress, false);
    show_state(&section, "working");
    let button = button.clone();
    let lang = attr(&section, "data-lang");
    let set = if section.has_attribute("data-school") {
        "keep-school"
    } else {
        "keep-screening"
    };
    let reply = move |reply: wasm_bindgen::JsValue| {
        let stored = js_sys::Reflect::get(&reply, &"stored".into()).unwrap_or_default();
        if stored.as_f64().is_some() {
            // The number as the worker sent it: no formatting code in the WASM.
            let _ = js_sys::Reflect::set(&progress, &"value".into(), &stored);
            return;
        }
        let ok = super::reply_ok(&reply);
        show_state(&section, if ok { "done" } else { "failed" });
        let _ = button.remove_attribute("disabled");
    };
    super::ask_worker(set, Some(lang), Rc::new(reply));
}

/// Shows the `[data-state]` of `section` named `state` and hides the others.
fn show_state(section: &Element, state: &str) {
    for el in all(section, "[data-state]") {
        set_hidden(
            &el,
            el.get_attribute("data-state").as_deref() != Some(state),
        );
    }
}

/// The phone's voice for `lang`: one whose own language is `lang` ("ur", "ur-PK").
fn voice_for(lang: &str) -> Option<web_sys::SpeechSynthesisVoice> {
    let voices = window().speech_synthesis().ok()?.get_voices();
    voices
        .iter()
        .map(JsCast::unchecked_into::<web_sys::SpeechSynthesisVoice>)
        .find(|v| negotiate(&[v.lang()], &[lang]).is_some())
}

fn attr(el: &Element, name: &str) -> String {
    el.get_attribute(name).unwrap_or_default()
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
