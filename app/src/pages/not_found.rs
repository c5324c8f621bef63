use leptos::prelude::*;

/// The page for an address that does not exist (served with status 404).
#[component]
pub fn NotFoundPage(heading: String, text: String, back: String, href: String) -> impl IntoView {
    view! {
        <h1>{heading}</h1>
        <p>{text}</p>
        <p>
            <a class="card" href=href>{back}</a>
        </p>
    }
}
