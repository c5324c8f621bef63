use leptos::prelude::*;

use super::check::{answer_button, call_line, ReplySymbols};
use crate::model::{AidSign, Pair, Prepare, ScreeningAid, ScreeningStart, Side};

/// `/<lang>/screening/<person>/`: the screening aid for one pair of languages, as the text
/// of an article (the frame, title, notice and sources come from `ArticlePage`).
///
/// Like the self-check it is static HTML that the build renders once, and the same driver
/// (`browser::run_self_check`) turns it into screens: an opening both read, one question
/// per screen in both languages (the person taps the answer), a closing, what the
/// professional noticed, and the summary with the next steps. Without JavaScript it is the
/// opening, the questions in both languages and the next steps. Every text the person reads
/// carries the person's `lang` and `dir`.
#[component]
pub fn ScreeningMarkup(aid: ScreeningAid) -> impl IntoView {
    let ScreeningAid {
        person,
        person_notice,
        words,
        both,
        progress,
        questions,
        observed,
        dimensions,
        met,
        lines,
    } = aid;
    let total = questions.len();
    // The text of both sides: each in its own language and direction, as a block.
    let side = |pair: &Pair| both_sides(pair, &person);
    let question_items = questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let n = i + 1;
            let answers = [
                ("yes", 0, &both.yes),
                ("no", 1, &both.no),
                ("not-sure", 2, &both.not_sure),
            ]
            .map(|(reply, icon, label)| answer_button(reply, icon, label_of(label, &person)));
            view! {
                <li
                    class="check-q"
                    data-screen
                    data-sign-if=if q.sign_if_yes { "yes" } else { "no" }
                    data-dim=q.sign.dimension.clone()
                    data-grade=q.sign.grade.clone()
                    data-audio=q.audio.clone()
                >
                    <p class="check-progress" data-app hidden>
                        {progress.get(i).cloned().unwrap_or_default()}
                    </p>
                    <h2 id=format!("screening-q-{n}") class="pair" tabindex="-1">
                        {side(&q.text)}
                    </h2>
                    <div class="check-answers" data-app hidden>
                        {answers}
                    </div>
                    <button type="button" class="check-back" data-go="back" data-app hidden>
                        {label_of(&both.back, &person)}
                    </button>
                </li>
            }
        })
        .collect_view();
    let observed_items = observed
        .iter()
        .enumerate()
        .map(|(k, o)| {
            view! {
                <li>
                    <label>
                        <input
                            type="checkbox"
                            autocomplete="off"
                            data-observed=total + k + 1
                            data-dim=o.dimension.clone()
                            data-grade=o.grade.clone()
                        />
                        " "
                        {o.text.clone()}
                    </label>
                </li>
            }
        })
        .collect_view();
    // Every sign, under its dimension: the i-th question's is `data-sign=i`, the observed
    // signs follow.
    let signs_of = |dim: &str| {
        let asked = questions
            .iter()
            .enumerate()
            .filter(|(_, q)| q.sign.dimension == dim);
        let asked = asked
            .map(|(i, q)| {
                let answer = if q.sign_if_yes { &both.yes } else { &both.no };
                let detail = format!("{} {}", words.answer, answer.mine);
                sign_item(i + 1, &q.sign, detail)
            })
            .collect_view();
        let seen = observed
            .iter()
            .enumerate()
            .filter(|(_, o)| o.dimension == dim)
            .map(|(k, o)| sign_item(total + k + 1, o, words.observed_sign.clone()))
            .collect_view();
        (asked, seen)
    };
    let dimension_items = dimensions
        .iter()
        .map(|(id, name)| {
            let (asked, seen) = signs_of(id);
            view! {
                <section class="aid-dim" data-dim-state=format!("{id} any")>
                    <h3>
                        {name.clone()} " "
                        <span class="aid-met" data-dim-state=format!("{id} met")>
                            {words.dimension_met.clone()}
                        </span>
                        <span class="aid-below" data-dim-state=format!("{id} below")>
                            {words.dimension_below.clone()}
                        </span>
                    </h3>
                    <ul>{asked} {seen}</ul>
                </section>
            }
        })
        .collect_view();
    let met_items = met
        .into_iter()
        .enumerate()
        .map(|(n, text)| view! { <p data-met=n><strong>{text}</strong></p> })
        .collect_view();
    let unsure_items = questions
        .iter()
        .enumerate()
        .map(|(i, q)| view! { <li data-unsure=i + 1>{q.text.mine.clone()}</li> })
        .collect_view();
    let line_items = lines
        .iter()
        .map(|line| call_line(line.clone(), false))
        .collect_view();
    let begin = label_of(&both.begin, &person);
    let next = || label_of(&both.next, &person);
    // "Listen" reads the person's side of the screen on view, in the person's language.
    let (listen_lang, read) = match &person {
        Some(s) => (Some(s.lang.clone()), format!("[lang=\"{}\"]", s.lang)),
        None => (None, ".side, .answer".to_string()),
    };
    let theirs_notice = person.as_ref().filter(|_| !person_notice.is_empty()).map(|s| {
        view! { <p class="notice" lang=s.lang.clone() dir=s.dir.as_str()>{person_notice.clone()}</p> }
    });
    view! {
        <div class="check aid" id="screening" data-listen=listen_lang data-read=read>
        <ReplySymbols/>
        <div class="check-start" data-screen>
            <p><strong>{words.give_phone}</strong></p>
            {theirs_notice}
            <div class="pair">{side(&both.opening_who)}</div>
            <div class="pair">{side(&both.opening_stop)}</div>
            <div class="pair check-private">{side(&both.opening_private)}</div>
            <div class="pair">{side(&both.opening_how)}</div>
            <p data-static>{words.list_intro}</p>
            <button type="button" class="check-go" data-go="next" data-app hidden>
                {begin}
            </button>
        </div>
        <ol class="check-questions">{question_items}</ol>
        <section class="aid-closing" data-screen>
            <h2 id="screening-closing" class="pair" tabindex="-1">
                {side(&both.closing_thanks)}
            </h2>
            <div class="pair">{side(&both.closing_give_back)}</div>
            <button type="button" class="check-go" data-go="next" data-app hidden>
                {next()}
            </button>
        </section>
        <section class="aid-observed" data-screen>
            <h2 id="screening-observed" tabindex="-1">{words.observed_title}</h2>
            <p>{words.observed_intro}</p>
            <ul class="aid-checklist">{observed_items}</ul>
            <button type="button" class="check-go" data-go="next" data-app hidden>
                {next()}
            </button>
        </section>
        <div data-screen>
            <section class="aid-summary" data-app hidden>
                <h2 id="screening-summary" tabindex="-1">{words.summary_title}</h2>
                <p class="check-not-legal"><strong>{words.not_verdict}</strong></p>
                {met_items}
                <p data-if="none">{words.none}</p>
                {dimension_items}
                <p class="aid-rule">{words.rule}</p>
                <p data-if="unsure">{words.unsure}</p>
                <ul class="check-unsure">{unsure_items}</ul>
                // An editable element rather than a textarea: it grows with its text, so the
                // print shows all of it, and the browser never restores it into a later visit.
                <p id="screening-notes-label" class="aid-notes-label">{words.notes}</p>
                <div
                    class="aid-notes"
                    contenteditable="plaintext-only"
                    role="textbox"
                    aria-multiline="true"
                    aria-labelledby="screening-notes-label"
                    spellcheck="false"
                    data-app
                    hidden
                ></div>
            </section>
            <section class="aid-refer">
                <h2>{words.refer_title}</h2>
                <p>{words.refer_both}</p>
                <p>{words.refer_first}</p>
                <p>{words.refer_identify}</p>
                <h3 class="pair">{side(&both.expect_title)}</h3>
                <div class="pair">{side(&both.expect_inform)}</div>
                <div class="pair">{side(&both.expect_service)}</div>
                <div class="pair">{side(&both.expect_no_police)}</div>
                <div class="pair">{side(&both.expect_decide)}</div>
                <div class="calls">{line_items}</div>
            </section>
            <div class="aid-actions" data-app hidden>
                <button type="button" class="check-go" data-go="print">{words.print}</button>
                " "
                <button type="button" class="check-again" data-go="again">{words.erase}</button>
            </div>
        </div>
        </div>
    }
}

/// `/<lang>/screening/`: the professional reads what the aid is and picks the language the
/// person reads; each choice is named in its own script, with its `lang` and `dir`.
#[component]
pub fn ScreeningChoice(start: ScreeningStart) -> impl IntoView {
    let ScreeningStart {
        intro,
        private,
        not_verdict,
        choose,
        languages,
        prepare,
    } = start;
    let items = languages
        .into_iter()
        .map(|l| {
            view! {
                <li>
                    <a class="card" href=l.href lang=l.code.clone() hreflang=l.code dir=l.dir.as_str()>
                        {l.name}
                    </a>
                </li>
            }
        })
        .collect_view();
    // The same driver as the screens' (`browser::run_self_check`) handles "prepare".
    view! {
        <div class="check aid" id="screening">
            <p>{intro}</p>
            <p class="check-private">{private}</p>
            <p class="check-not-legal">{not_verdict}</p>
            <h2 id="screening-choose">{choose}</h2>
            <ul class="choices">{items}</ul>
            <PrepareSection prepare/>
        </div>
    }
}

/// "Prepare this phone" (the screening aid) or "prepare for class" (the school section):
/// the service worker stores the set at once, with a progress bar. The driver
/// (`browser::run_self_check`) handles its button; without the app it stays hidden.
#[component]
pub fn PrepareSection(prepare: Prepare) -> impl IntoView {
    let Prepare {
        lang,
        school,
        title,
        about,
        button,
        working,
        done,
        failed,
        total,
    } = prepare;
    view! {
        <section class="aid-prepare" data-lang=lang data-school=school.then_some("") data-app hidden>
            <h2 id="prepare">{title}</h2>
            <p>{about}</p>
            <button type="button" class="check-go" data-go="prepare">{button}</button>
            <progress max=total value="0" aria-labelledby="prepare" hidden></progress>
            <p role="status">
                <span data-state="working" hidden>{working}</span>
                <span data-state="done" hidden>{done}</span>
                <span data-state="failed" hidden>{failed}</span>
            </p>
        </section>
    }
}

/// A text in the professional's language, then (when there is one) the person's.
fn both_sides(pair: &Pair, person: &Option<Side>) -> impl IntoView {
    let theirs = person.as_ref().map(|s| {
        view! { <span class="side theirs" lang=s.lang.clone() dir=s.dir.as_str()>{pair.theirs.clone()}</span> }
    });
    view! {
        <span class="side">{pair.mine.clone()}</span>
        {theirs}
    }
}

/// A button's words: the person's first (they tap it), then the professional's, smaller.
fn label_of(pair: &Pair, person: &Option<Side>) -> impl IntoView {
    let theirs = person.as_ref().map(|s| {
        view! { <span lang=s.lang.clone() dir=s.dir.as_str()>{pair.theirs.clone()}</span> " " }
    });
    let mine_class = if person.is_some() { "mine" } else { "" };
    view! {
        {theirs}
        <span class=mine_class>{pair.mine.clone()}</span>
    }
}

/// One sign of the summary: its words, how it came up, its grade.
fn sign_item(n: usize, sign: &AidSign, detail: String) -> impl IntoView {
    view! {
        <li data-sign=n>
            {sign.text.clone()} " "
            <span class="aid-detail">{detail} " · " {sign.grade_name.clone()}</span>
        </li>
    }
}
