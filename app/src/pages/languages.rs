use leptos::prelude::*;

use crate::components::{CardText, LanguageChoice};
use crate::model::LanguageLink;

/// `/`: every language by its own name, each marked with its own `lang` and `dir` so that
/// screen readers and fonts treat each name correctly, with "Continue in …" in that language.
///
/// In the browser, the language that suits this device (the person's earlier choice, else
/// the browser's languages) is highlighted. Nothing is hidden and nothing moves: only the
/// highlight changes, so there is no layout shift.
#[component]
pub fn LanguagesPage(heading: String, languages: Vec<LanguageLink>) -> impl IntoView {
    let (suggested, set_suggested) = signal(None::<String>);
    crate::browser::suggest_language(
        languages.iter().map(|l| l.code.clone()).collect(),
        set_suggested,
    );
    let items = languages
        .into_iter()
        .map(|l| {
            let code = l.code.clone();
            let is_suggested = move || suggested.get().as_deref() == Some(code.as_str());
            let (title, summary) = (l.name.clone(), l.prompt.clone());
            view! {
                <li>
                    <LanguageChoice link=l attr:class="card" class:suggested=is_suggested>
                        <CardText title summary/>
                    </LanguageChoice>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{heading}</h1>
        <ul class="choices">{items}</ul>
    }
}
