use leptos::prelude::*;

use super::icons::GlobeIcon;
use super::{KeepAll, LanguageChoice};
use crate::model::{LanguageLink, Ui};

/// The same page in every language, by each language's own name, and the "keep all
/// languages on this phone" action. A `<details>` element, so it opens with no JavaScript.
#[component]
pub fn LanguageMenu(ui: Ui, languages: Vec<LanguageLink>, keep_all_size: String) -> impl IntoView {
    let items = languages
        .into_iter()
        .map(|l| {
            let name = l.name.clone();
            view! {
                <li>
                    <LanguageChoice link=l>{name}</LanguageChoice>
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
