use leptos::prelude::*;

use super::icons::SpeakerIcon;
use crate::model::ListenWords;

/// "Listen": the phone reads `read` (a CSS selector: in the current screen of a self-check
/// or screening aid, else in the page) aloud with its own voice for `lang`. Hidden until the
/// driver (`browser::run_self_check`) finds such a voice: a phone without one shows nothing,
/// rather than reading Kyrgyz with a Russian voice.
///
/// `data-when` says in which state of the reading each button shows. The build puts it at
/// the start of an article's text (static HTML): its words need no room in the WASM.
#[component]
pub fn Listen(
    lang: String,
    /// The page's recordings, one per section in order (content/audio), or none: played
    /// instead of the voice, also on a phone that has no voice for the language.
    recordings: Vec<String>,
    words: ListenWords,
) -> impl IntoView {
    let audio = (!recordings.is_empty()).then(|| recordings.join(" "));
    // The title and the text, paragraph by paragraph; on the self-check and the screening
    // aid their markup says what to read instead (the screen on view) and in which language.
    let read = "main h1, main .prose :is(h2, h3, p, li)";
    let ListenWords {
        listen,
        pause,
        resume,
        stop,
    } = words;
    view! {
        <div class="listen" data-listen=lang data-read=read data-audio=audio hidden>
            <button type="button" data-go="listen" data-when="idle">
                <SpeakerIcon/>
                {listen}
            </button>
            <button type="button" data-go="pause" data-when="speaking" hidden>
                {pause}
            </button>
            <button type="button" data-go="resume" data-when="paused" hidden>
                {resume}
            </button>
            <button type="button" data-go="stop" data-when="speaking paused" hidden>
                {stop}
            </button>
        </div>
    }
}
