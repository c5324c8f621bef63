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
        <SearchBox ui=ui.clone() action=String::new() on_input=Some(set_query)/>
        <p class="search-none" role="status" hidden=move || !none_visible()>
            {ui.search_none}
        </p>
        <ul class="cards results">{items}</ul>
    }
}

/// The search field. On the home page it sends the words to the search page (`action`);
/// on the search page it filters in place (`on_input`).
#[component]
pub fn SearchBox(ui: Ui, action: String, on_input: Option<WriteSignal<String>>) -> impl IntoView {
    let action = (!action.is_empty()).then_some(action);
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
                        if let Some(set) = on_input {
                            set.set(normalize(&event_target_value(&ev)));
                        }
                    }
                />
                <button type="submit">{ui.search}</button>
            </div>
        </form>
    }
}
