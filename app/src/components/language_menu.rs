use leptos::prelude::*;

use super::icons::GlobeIcon;
use crate::model::LanguageLink;

/// The same page in every language, by each language's own name.
/// A `<details>` element, so it opens and closes with no JavaScript.
#[component]
pub fn LanguageMenu(label: String, languages: Vec<LanguageLink>) -> impl IntoView {
    let items = languages
        .into_iter()
        .map(|l| {
            let current = l.current.then_some("page");
            view! {
                <li>
                    <a href=l.href lang=l.code.clone() hreflang=l.code dir=l.dir aria-current=current>
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
                {label}
            </summary>
            <ul>{items}</ul>
        </details>
    }
}
