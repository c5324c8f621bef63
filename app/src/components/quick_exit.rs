use leptos::prelude::*;

use super::icons::ExitIcon;
use crate::QUICK_EXIT_URL;

/// Leaves at once for a neutral site.
///
/// Without JavaScript it is a plain link. With JavaScript it replaces the current history
/// entry, so "Back" does not return here, and the page (with everything it holds in memory)
/// is unloaded. The Escape key pressed twice does the same.
#[component]
pub fn QuickExit(text: String, label: String) -> impl IntoView {
    crate::browser::listen_for_double_escape();
    view! {
        <a
            class="exit"
            href=QUICK_EXIT_URL
            rel="noreferrer"
            title=label
            on:click=move |ev| crate::browser::leave_now(&ev)
        >
            <ExitIcon/>
            <span class="exit-text">{text}</span>
        </a>
    }
}
