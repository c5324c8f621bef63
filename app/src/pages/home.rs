use leptos::prelude::*;

use super::{SearchBox, SearchMode};
use crate::components::Card;
use crate::model::{PageLink, Ui};

/// `/<lang>/`: what the app offers, as a list of pages.
#[component]
pub fn HomePage(
    heading: String,
    intro: String,
    pages: Vec<PageLink>,
    ui: Ui,
    search_href: String,
) -> impl IntoView {
    let items = pages
        .into_iter()
        .map(|p| {
            view! {
                <li>
                    <Card href=p.href icon=p.icon title=p.title summary=p.summary/>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{heading}</h1>
        <p class="lead">{intro}</p>
        <SearchBox ui mode=SearchMode::SendTo(search_href)/>
        <ul class="cards">{items}</ul>
    }
}
