//! Simple line icons, inline so that no icon font or extra request is needed.
//! Always shown beside words, never instead of them, so they are hidden from screen readers.

use leptos::prelude::*;

/// The one `<svg>` wrapper: every icon is a single path on the same 24×24 grid.
#[component]
fn Icon(path: &'static str) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=path/>
        </svg>
    }
}

const PHONE: &str = "M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z";
const GLOBE: &str = "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.9 6h-2.9a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8zM12 4a14 14 0 0 1 1.9 4h-3.8A14 14 0 0 1 12 4zM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4zm.8 2h2.9a15.7 15.7 0 0 0 1.4 3.6A8 8 0 0 1 5.1 16zM8 8H5.1a8 8 0 0 1 4.3-3.6A15.7 15.7 0 0 0 8 8zm4 12a14 14 0 0 1-1.9-4h3.8A14 14 0 0 1 12 20zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4zm.3 5.6a15.7 15.7 0 0 0 1.4-3.6h2.9a8 8 0 0 1-4.3 3.6zm1.7-5.6a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4z";
const EXIT: &str = "M14 3h5a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-5v-2h5V5h-5zm-3.6 4.4L11.8 6l6 6-6 6-1.4-1.4 3.6-3.6H3v-2h11z";
const HELP: &str = "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm-1-5h2v2h-2zm1-9a4 4 0 0 0-4 4h2a2 2 0 1 1 2 2 1 1 0 0 0-1 1v1h2v-.2A4 4 0 0 0 12 6z";

#[component]
pub fn PhoneIcon() -> impl IntoView {
    view! { <Icon path=PHONE/> }
}

const SPEAKER: &str = "M3 9h4l5-4v14l-5-4H3zm13.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z";

#[component]
pub fn SpeakerIcon() -> impl IntoView {
    view! { <Icon path=SPEAKER/> }
}

#[component]
pub fn GlobeIcon() -> impl IntoView {
    view! { <Icon path=GLOBE/> }
}

#[component]
pub fn ExitIcon() -> impl IntoView {
    view! { <Icon path=EXIT/> }
}

#[component]
pub fn HelpIcon() -> impl IntoView {
    view! { <Icon path=HELP/> }
}

const YES: &str = "M9 16.2l-4.2-4.2-1.4 1.4L9 19 21 7l-1.4-1.4z";
const NO: &str =
    "M19 6.4L17.6 5 12 10.6 6.4 5 5 6.4l5.6 5.6L5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6z";

/// The icon of yes (0), no (1) or not sure (2), as a `<symbol id="reply-N">` that the
/// self-check's answer buttons `<use>`: drawn once, not once per question.
#[component]
pub fn ReplySymbol(which: u8) -> impl IntoView {
    let path = match which {
        0 => YES,
        1 => NO,
        _ => HELP,
    };
    view! {
        <symbol id=format!("reply-{which}") viewBox="0 0 24 24">
            <path d=path/>
        </symbol>
    }
}

/// The icon a page names in its front matter ("pay", "documents", …), beside its title.
#[component]
pub fn PageIcon(name: String) -> impl IntoView {
    let d = match name.as_str() {
        "pay" => "M2 6h20v12H2zm2 2v8h16V8zm8 1.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5z",
        "contract" => "M6 2h9l5 5v15H6zm2 2v16h10V8h-4V4zm0 8h10v1.5H8zm0 3h10v1.5H8zm0 3h7v1.5H8z",
        "time" => "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zm-1 3h2v5.2l3.5 2.1-1 1.7L11 13.3z",
        "leave" => "M7 2h2v2h6V2h2v2h3v18H4V4h3zm-1 8v10h12V10zm0-4v2h12V6z",
        "documents" => "M3 5h18v14H3zm2 2v10h14V7zm2 2h5v6H7zm7 1h4v1.5h-4zm0 3h4v1.5h-4z",
        "health" => "M9 3h6v6h6v6h-6v6H9v-6H3V9h6z",
        "home" => "M12 3l9 8h-3v10h-5v-6h-2v6H6V11H3z",
        "travel" => "M21 15v-2l-8-5V3.5a1.5 1.5 0 0 0-3 0V8l-8 5v2l8-2.5V18l-2 1.5V21l3.5-1 3.5 1v-1.5L13 18v-5.5z",
        "permit" => "M12 2l8 3v6c0 5-3.4 9.4-8 11-4.6-1.6-8-6-8-11V5zm-1.2 13.2l5.7-5.7-1.4-1.4-4.3 4.3-2-2-1.4 1.4z",
        "shield" => "M12 2l8 3v6c0 5-3.4 9.4-8 11-4.6-1.6-8-6-8-11V5zm0 2.2L6 6.4V11c0 3.9 2.5 7.4 6 8.8 3.5-1.4 6-4.9 6-8.8V6.4z",
        "exit" => EXIT,
        "check" => "M9 2h6v2h4v18H5V4h4zm0 4H7v14h10V6h-2v1H9zm-.6 7.4l1.4-1.4 1.7 1.7 3.7-3.7 1.4 1.4-5.1 5.1z",
        "danger" => "M12 2L1 21h22zm0 4.5L19.5 19h-15zM11 10h2v5h-2zm0 6h2v2h-2z",
        _ => HELP,
    };
    view! { <Icon path=d/> }
}
