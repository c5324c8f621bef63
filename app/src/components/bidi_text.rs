use leptos::either::Either;
use leptos::prelude::*;

use crate::model::TextPart;

/// Text whose numbers stay left-to-right in a right-to-left page.
#[component]
pub fn BidiText(parts: Vec<TextPart>) -> impl IntoView {
    parts
        .into_iter()
        .map(|p| {
            if p.ltr {
                Either::Left(view! { <bdi dir="ltr">{p.text}</bdi> })
            } else {
                Either::Right(p.text)
            }
        })
        .collect_view()
}
