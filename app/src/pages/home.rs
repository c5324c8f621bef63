use leptos::prelude::*;

use crate::components::icons::PageIcon;
use crate::model::PageLink;

/// `/<lang>/`: what the app offers, as a list of pages.
#[component]
pub fn HomePage(heading: String, intro: String, pages: Vec<PageLink>) -> impl IntoView {
    let items = pages
        .into_iter()
        .map(|p| {
            view! {
                <li>
                    <a class="card" href=p.href>
                        <span class="card-title">
                            {p.icon.map(|name| view! { <PageIcon name/> })}
                            {p.title}
                        </span>
                        <span class="card-summary">{p.summary}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{heading}</h1>
        <p class="lead">{intro}</p>
        <ul class="cards">{items}</ul>
    }
}
