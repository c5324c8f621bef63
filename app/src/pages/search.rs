use leptos::prelude::*;

use crate::components::Card;
use crate::model::{SearchEntry, Ui};
use crate::search::{matches, normalize};

/// `/<lang>/search/`: every page and help entry of the language. Without JavaScript it is a
/// complete list; with it, the list narrows as the person types, with no connection needed:
/// the index is this page itself.
#[component]
pub fn SearchPage(heading: String, entries: Vec<SearchEntry>, ui: Ui) -> impl IntoView {
    let (query, set_query) = signal(String::new());
    crate::browser::query_from_address(set_query);
    let texts: Vec<String> = entries.iter().map(|e| e.text.clone()).collect();
    let none_visible = move || {
        let q = query.get();
        !texts.iter().any(|t| matches(t, &q))
    };
    let items = entries
        .into_iter()
        .map(|e| {
            let text = e.text;
            let hidden = move || !matches(&text, &query.get());
            view! {
                <li hidden=hidden>
                    <Card href=e.href title=e.title summary=e.summary/>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{heading}</h1>
        <SearchBox ui=ui.clone() mode=SearchMode::FilterInPlace(set_query)/>
        <p class="search-none" role="status" hidden=move || !none_visible()>
            {ui.search_none}
        </p>
        <ul class="cards results">{items}</ul>
    }
}

/// What the search box does with the words typed into it.
pub enum SearchMode {
    /// On the home page: sends them to the search page at this address (as `?q=`).
    SendTo(String),
    /// On the search page: narrows the list in place as the person types.
    FilterInPlace(WriteSignal<String>),
}

/// The search field, on the home page and on the search page (see [`SearchMode`]).
#[component]
pub fn SearchBox(ui: Ui, mode: SearchMode) -> impl IntoView {
    let (action, filter) = match mode {
        SearchMode::SendTo(href) => (Some(href), None),
        SearchMode::FilterInPlace(set_query) => (None, Some(set_query)),
    };
    view! {
        <form class="search" role="search" action=action method="get">
            <label for="q">{ui.search_label}</label>
            <div class="search-row">
                <input
                    id="q"
                    name="q"
                    type="search"
                    autocomplete="off"
                    on:input=move |ev| {
                        if let Some(set_query) = filter {
                            set_query.set(normalize(&event_target_value(&ev)));
                        }
                    }
                />
                <button type="submit">{ui.search}</button>
            </div>
        </form>
    }
}
