use leptos::prelude::*;

use super::SearchBox;
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
        <SearchBox ui action=search_href on_input=None/>
        <ul class="cards">{items}</ul>
    }
}
