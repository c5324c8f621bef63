use leptos::prelude::*;

use crate::model::LanguageLink;

/// `/`: every language by its own name, each marked with its own `lang` and `dir`
/// so that screen readers and fonts treat each name correctly.
#[component]
pub fn LanguagesPage(heading: String, languages: Vec<LanguageLink>) -> impl IntoView {
    let items = languages
        .into_iter()
        .map(|l| {
            view! {
                <li>
                    <a class="card" href=l.href lang=l.code.clone() hreflang=l.code dir=l.dir>
                        {l.name}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{heading}</h1>
        <ul class="choices">{items}</ul>
    }
}
