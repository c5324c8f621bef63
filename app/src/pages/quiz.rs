use leptos::prelude::*;

use super::check::call_line;
use super::present;
use crate::model::{QuizData, QuizItem, QuizWords};

/// `/<lang>/school/quiz/`: the quiz, as the text of an article.
///
/// Without JavaScript it is a list: each question with its options and, folded in a
/// `<details>`, the answer and why. With the app, the self-check's driver shows one question
/// per screen; a tap on an option (or "Check", for a question where every warning sign is
/// tapped) marks the question `data-done`, with `data-got` 1 or 0, and opens its answer.
/// The score is counted from those marks on the last screen, which shows the one sentence
/// of `data-score` that matches. Nothing leaves the page's memory.
#[component]
pub fn QuizMarkup(quiz: QuizData) -> impl IntoView {
    let QuizData {
        words,
        questions,
        scores,
        lines,
        cover,
    } = quiz;
    let present = cover.is_some();
    // On the classroom screen the start shows the title and the code for phones.
    let cover = cover.map(|c| {
        view! {
            <p class="present-title">{c.title.clone()}</p>
            {present::qr(&c)}
        }
    });
    let items = questions
        .into_iter()
        .map(|q| question(q, &words))
        .collect_view();
    let scores = scores
        .into_iter()
        .enumerate()
        .map(|(n, s)| view! { <span data-score=n hidden>{s}</span> })
        .collect_view();
    let lines = lines
        .into_iter()
        .map(|line| call_line(line, false))
        .collect_view();
    view! {
        <div
            class="check quiz"
            id="quiz"
            data-read="h2, p, li, .pick"
            data-present=present.then_some("")
        >
            <div class="check-start" data-screen>
                {cover}
                <p>{words.intro.clone()}</p>
                <button type="button" class="check-go" data-go="next" data-app hidden>
                    {words.start.clone()}
                </button>
            </div>
            <ol class="check-questions">{items}</ol>
            <div class="quiz-end" data-screen>
                <h2 tabindex="-1">{scores}</h2>
                <p>{words.end.clone()}</p>
                <div class="calls">{lines}</div>
                <p>{words.danger.clone()}</p>
                <button type="button" class="check-again" data-go="again" data-app hidden>
                    {words.again.clone()}
                </button>
            </div>
            {present.then(present::controls)}
        </div>
    }
}

fn question(q: QuizItem, words: &QuizWords) -> impl IntoView {
    let QuizItem {
        progress,
        text,
        spot,
        picks,
        answer,
        explain,
    } = q;
    let buttons = picks
        .iter()
        .map(|(label, right)| {
            view! {
                <button
                    type="button"
                    class="pick"
                    data-pick
                    data-right=right.then_some("")
                    aria-pressed="false"
                >
                    {label.clone()}
                    {(spot && *right).then(|| view! { <span class="pick-flag">{words.flag.clone()}</span> })}
                </button>
            }
        })
        .collect_view();
    let listed = picks
        .iter()
        .map(|(label, _)| view! { <li>{label.clone()}</li> })
        .collect_view();
    let flags = picks
        .iter()
        .filter(|(_, right)| spot && *right)
        .map(|(label, _)| view! { <li>{label.clone()}</li> })
        .collect_view();
    view! {
        <li class="check-q quiz-q" data-screen>
            <p class="check-progress" data-app hidden>{progress}</p>
            <h2 tabindex="-1">{text}</h2>
            {spot.then(|| view! { <p>{words.spot.clone()}</p> })}
            <ul data-static>{listed}</ul>
            <div class="check-answers quiz-picks" data-app hidden>{buttons}</div>
            {spot.then(|| view! {
                <button type="button" class="check-go quiz-check" data-go="check" data-app hidden>
                    {words.check.clone()}
                </button>
            })}
            <details class="quiz-answer" aria-live="polite">
                <summary data-static>{words.show.clone()}</summary>
                <p class="quiz-right"><strong>{words.right.clone()}</strong></p>
                <p class="quiz-wrong"><strong>{words.wrong.clone()}</strong></p>
                {(!spot).then(|| view! { <p>{answer}</p> })}
                {spot.then(|| view! { <ul class="quiz-flags">{flags}</ul> })}
                <p>{explain}</p>
                <button type="button" class="check-go" data-go="next" data-app hidden>
                    {words.next.clone()}
                </button>
            </details>
        </li>
    }
}
