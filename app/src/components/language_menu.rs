use leptos::prelude::*;

use super::icons::GlobeIcon;
use super::KeepAll;
use crate::model::{LanguageLink, Ui};

/// The same page in every language, by each language's own name, and the "keep all
/// languages on this phone" action. A `<details>` element, so it opens with no JavaScript.
#[component]
pub fn LanguageMenu(ui: Ui, languages: Vec<LanguageLink>, keep_all_size: String) -> impl IntoView {
    let items = languages
        .into_iter()
        .map(|l| {
            let current = l.current.then_some("page");
            let chosen = l.code.clone();
            view! {
                <li>
                    <a
                        href=l.href
                        lang=l.code.clone()
                        hreflang=l.code
                        dir=l.dir
                        aria-current=current
                        on:click=move |_| crate::browser::remember_language(&chosen)
                    >
                        {l.name}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="langs">
            <summary>
                <GlobeIcon/>
                {ui.languages.clone()}
            </summary>
            <ul>{items}</ul>
            <KeepAll ui size=keep_all_size/>
        </details>
    }
}
