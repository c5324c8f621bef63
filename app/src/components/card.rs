use leptos::either::Either;
use leptos::prelude::*;

use super::icons::PageIcon;

/// A link shown as a card: a title (with the page's icon, if it has one) and one line about
/// where it leads. The home page, the search results and the start page are lists of these.
#[component]
pub fn Card(
    href: String,
    #[prop(optional_no_strip)] icon: Option<String>,
    title: String,
    summary: String,
) -> impl IntoView {
    view! {
        <a class="card" href=href>
            <CardText icon title summary/>
        </a>
    }
}

/// The inside of a card, for a link that is a card but is made by another component (a
/// language link on the start page gets `class="card"` and this as its children).
#[component]
pub fn CardText(
    #[prop(optional_no_strip)] icon: Option<String>,
    title: String,
    summary: String,
) -> impl IntoView {
    // Either rather than an Option: a missing icon leaves no hydration marker (`<!>`) in the
    // title, so a card without one is exactly its text.
    let title = match icon {
        Some(name) => Either::Left(view! { <PageIcon name/> {title} }),
        None => Either::Right(title),
    };
    view! {
        <span class="card-title">{title}</span>
        <span class="card-summary">{summary}</span>
    }
}
