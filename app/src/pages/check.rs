use leptos::prelude::*;

use crate::components::icons::{PhoneIcon, ReplySymbol};
use crate::model::{CheckLine, SelfCheck};

/// `/<lang>/check/`: the self-check, as the text of an article (title, draft notice, sources
/// and the frame come from `ArticlePage`).
///
/// The build renders the whole self-check once with this component into the article's
/// trusted HTML; in the browser a small driver (`browser::run_self_check`) turns the list
/// into one question per screen by showing and hiding its parts. Drawing the screens with
/// Leptos' typed views instead cost 8.8 KB of WASM (brotli) that every visitor of every page
/// would download; the driver costs about 2.3 KB, shared with the screening aid.
///
/// The self-check as static HTML: complete and readable with JavaScript off (every question,
/// the general help lines). Parts only the app can use carry `hidden` and `data-app`; each
/// screen is marked `data-screen`; the signs, meanings and lines carry what the driver needs
/// to decide whether to show them. Nothing here is stored or sent anywhere.
#[component]
pub fn SelfCheckMarkup(check: SelfCheck) -> impl IntoView {
    let SelfCheck {
        words,
        progress,
        questions,
        dimensions,
        lines,
    } = check;
    let question_items = questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let n = i + 1;
            let sign_if = if q.sign_if_yes { "yes" } else { "no" };
            let answers = [
                ("yes", 0, &words.yes),
                ("no", 1, &words.no),
                ("not-sure", 2, &words.not_sure),
            ]
            .map(|(reply, icon, label)| answer_button(reply, icon, label.clone()));
            view! {
                <li
                    class="check-q"
                    data-screen
                    data-sign-if=sign_if
                    data-dim=q.dimension.clone()
                    data-grade=q.grade.clone()
                    data-audio=q.audio.clone()
                >
                    <p class="check-progress" data-app hidden>
                        {progress.get(i).cloned().unwrap_or_default()}
                    </p>
                    <h2 id=format!("check-q-{n}") tabindex="-1">
                        {q.text.clone()}
                    </h2>
                    <div class="check-answers" data-app hidden>
                        {answers}
                    </div>
                    <button type="button" class="check-back" data-go="back" data-app hidden>
                        {words.back.clone()}
                    </button>
                </li>
            }
        })
        .collect_view();
    let sign_items = questions
        .iter()
        .enumerate()
        .map(|(i, q)| view! { <li data-sign=i + 1>{q.sign.clone()}</li> })
        .collect_view();
    let unsure_items = questions
        .iter()
        .enumerate()
        .map(|(i, q)| view! { <li data-unsure=i + 1>{q.text.clone()}</li> })
        .collect_view();
    let meaning_items = dimensions
        .into_iter()
        .map(|d| view! { <li data-dim-state=format!("{} any", d.id)>{d.meaning}</li> })
        .collect_view();
    let line_items = lines
        .into_iter()
        .map(|line| {
            let general = line.general;
            call_line(line, !general)
        })
        .collect_view();
    view! {
        // "Listen" reads the screen on view: its texts and the answers.
        <div class="check" id="self-check" data-read="p, h2, li, .answer">
        <ReplySymbols/>
        <div class="check-start" data-screen>
            <p>{words.intro}</p>
            <p class="check-private">{words.private}</p>
            <p data-static>{words.list_intro}</p>
            <button type="button" class="check-go" data-go="next" data-app hidden>
                {words.start}
            </button>
        </div>
        <ol class="check-questions">{question_items}</ol>
        // The result and the lines are one screen; without JavaScript only the lines show.
        <div data-screen>
        <section class="check-result" data-app hidden>
            <h2 id="check-result" tabindex="-1">
                {words.result_title}
            </h2>
            <p data-if="signs">{words.result_signs}</p>
            <ul class="check-signs">{sign_items}</ul>
            <p data-if="none">{words.result_none}</p>
            <ul class="check-meanings">{meaning_items}</ul>
            <p data-if="unsure">{words.result_unsure}</p>
            <ul class="check-unsure">{unsure_items}</ul>
        </section>
        <section class="check-lines">
            <p class="check-not-legal">
                <strong>{words.not_legal}</strong>
            </p>
            <p>{words.next_step}</p>
            <div class="calls">{line_items}</div>
            <p>{words.danger}</p>
            <button type="button" class="check-again" data-go="again" data-app hidden>
                {words.start_again}
            </button>
        </section>
        </div>
        </div>
    }
}

/// The answer icons, drawn once and used by every question's buttons.
#[component]
pub(crate) fn ReplySymbols() -> impl IntoView {
    view! {
        <svg hidden>
            <ReplySymbol which=0/>
            <ReplySymbol which=1/>
            <ReplySymbol which=2/>
        </svg>
    }
}

/// One answer button: `reply` is what the driver records, `icon` the symbol it shows.
pub(crate) fn answer_button(reply: &'static str, icon: u8, label: impl IntoView) -> impl IntoView {
    view! {
        <button type="button" class="answer" data-answer=reply aria-pressed="false">
            <svg class="icon" aria-hidden="true" focusable="false">
                <use href=format!("#reply-{icon}")></use>
            </svg>
            {label}
        </button>
    }
}

/// A tap-to-call line. The self-check's driver shows the ones a result needs (lines with
/// dimensions, or general ones); a line with neither always shows (the screening aid's).
pub(crate) fn call_line(line: CheckLine, hidden: bool) -> impl IntoView {
    let CheckLine {
        name,
        phone,
        dimensions,
        general,
    } = line;
    view! {
        <a
            class="call"
            href=format!("tel:{}", phone.tel)
            data-dims=(general || !dimensions.is_empty()).then(|| dimensions.join(" "))
            data-general=general.then_some("")
            hidden=hidden
        >
            <PhoneIcon/>
            <span class="call-label">{name}</span>
            " "
            <bdi dir="ltr">{phone.display}</bdi>
        </a>
    }
}
