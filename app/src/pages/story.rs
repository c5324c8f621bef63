use leptos::prelude::*;

use super::check::call_line;
use super::present;
use crate::model::{Cover, Story, StoryChoice, StoryStep, StoryWords};

/// `/<lang>/school/<story>/`: a story of the school section, as the text of an article.
///
/// Every step is a screen (`data-screen`): a decision with its choices, each choice's
/// feedback (what happened, the warning signs, the safer move), and the endings with
/// their help lines. A choice is a link to its feedback's screen, and the feedback's
/// "Continue" a link to the next step, so the story plays with JavaScript off too: the
/// stylesheet shows the screen the address points to (`:target`). With the app, the same
/// driver as the self-check's shows one screen at a time without adding to the history
/// (so quick exit leaves no trail of steps behind), and nothing is stored.
///
/// On the classroom screen (a story with a cover) a first screen shows the title and the
/// QR code that opens the story on the students' phones.
#[component]
pub fn StoryMarkup(story: Story) -> impl IntoView {
    let Story {
        words,
        steps,
        cover,
    } = story;
    let start = steps.first().map(|s| s.id.clone()).unwrap_or_default();
    let present = cover.is_some();
    let cover = cover.map(|c| cover_screen(c, &start));
    let screens = steps
        .into_iter()
        .enumerate()
        .map(|(n, step)| {
            if step.choices.is_empty() {
                ending(step, &words, &start).into_any()
            } else {
                decision(step, &words, n == 0).into_any()
            }
        })
        .collect_view();
    view! {
        <div
            class="story"
            id="story"
            data-read="h2, h3, p, .choice"
            data-present=present.then_some("")
        >
            {cover}
            {screens}
            {present.then(present::controls)}
        </div>
    }
}

/// The classroom screen's first screen: the story's title, and the code for phones.
fn cover_screen(cover: Cover, start: &str) -> impl IntoView {
    view! {
        <section class="present-cover" id="present-cover" data-screen>
            <h2 tabindex="-1">{cover.title.clone()}</h2>
            {present::qr(&cover)}
            <p>{cover.summary.clone()}</p>
            {go(step_id(start), "story-next", cover.start)}
        </section>
    }
}

/// A link to screen `id` that the driver follows in place (`data-go`).
fn go(id: String, class: &'static str, label: String) -> impl IntoView {
    let to = format!("#{id}");
    view! { <a class=class href=to.clone() data-go=to>{label}</a> }
}

fn step_id(step: &str) -> String {
    format!("s-{step}")
}

fn choice_id(step: &str, choice: &str) -> String {
    format!("c-{step}.{choice}")
}

/// A decision, then one screen of feedback per choice.
fn decision(step: StoryStep, words: &StoryWords, first: bool) -> impl IntoView {
    let StoryStep {
        id,
        part,
        text,
        signs,
        safer,
        choices,
        ..
    } = step;
    let links = choices
        .iter()
        .map(|c| view! { <li>{go(choice_id(&id, &c.id), "choice", c.label.clone())}</li> })
        .collect_view();
    let feedback = choices
        .into_iter()
        .map(|c| feedback(&id, c, &signs, &safer, words))
        .collect_view();
    view! {
        <section class="story-step" id=step_id(&id) data-screen>
            <h2 tabindex="-1">{part}</h2>
            {first.then(|| view! { <p class="story-private">{words.private.clone()}</p> })}
            <p>{text}</p>
            <p class="story-ask">
                <strong>{words.ask.clone()}</strong>
            </p>
            <ul class="story-choices">{links}</ul>
        </section>
        {feedback}
    }
}

fn feedback(
    step: &str,
    choice: StoryChoice,
    signs: &str,
    safer: &str,
    words: &StoryWords,
) -> impl IntoView {
    let StoryChoice {
        id,
        chose,
        result,
        next,
        safer: was_safer,
        ..
    } = choice;
    let verdict = if was_safer {
        words.was_safer.clone()
    } else {
        words.was_risky.clone()
    };
    view! {
        <section
            class="story-feedback"
            id=choice_id(step, &id)
            data-safer=was_safer.then_some("")
            data-screen
        >
            <h2 tabindex="-1">{chose}</h2>
            <p class="story-verdict">
                <strong>{verdict}</strong>
            </p>
            <p>{result}</p>
            // On the classroom screen, "next" shows this part only after the class has
            // talked about what happened.
            <div class="story-why">
                <h3>{words.signs.clone()}</h3>
                <p>{signs.to_string()}</p>
                <h3>{words.safer.clone()}</h3>
                <p>{safer.to_string()}</p>
            </div>
            {go(step_id(&next), "story-next", words.next.clone())}
        </section>
    }
}

/// How it ends, where to get help, and the way to play again.
fn ending(step: StoryStep, words: &StoryWords, start: &str) -> impl IntoView {
    let lines = step
        .lines
        .into_iter()
        .map(|line| call_line(line, false))
        .collect_view();
    view! {
        <section class="story-end" id=step_id(&step.id) data-screen>
            <h2 tabindex="-1">{words.end_title.clone()}</h2>
            <p>{step.text}</p>
            <h3>{words.help_title.clone()}</h3>
            <div class="calls">{lines}</div>
            <p>{words.danger.clone()}</p>
            <p class="story-again">
                {go(step_id(start), "story-next", words.again.clone())}
                " "
                <a href=words.others_href.clone()>{words.others.clone()}</a>
            </p>
        </section>
    }
}
