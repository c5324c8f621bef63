use leptos::prelude::*;

use crate::model::LanguageLink;

/// A link to this page in one language, for the language menu and the start page.
///
/// Marked with the language's own `lang` and `dir`, so that screen readers and fonts treat
/// its name (the children) correctly. Following it is the person choosing that language, so
/// the device remembers it for the start page.
#[component]
pub fn LanguageChoice<C: IntoView + 'static>(
    link: LanguageLink,
    // Typed rather than `Children`: type-erased views (AnyView) cost several KB of WASM.
    children: TypedChildren<C>,
) -> impl IntoView {
    let children = children.into_inner();
    let LanguageLink {
        code,
        dir,
        href,
        current,
        ..
    } = link;
    let chosen = code.clone();
    view! {
        <a
            href=href
            lang=code.clone()
            hreflang=code
            dir=dir.as_str()
            aria-current=current.then_some("page")
            on:click=move |_| crate::browser::remember_language(&chosen)
        >
            {children()}
        </a>
    }
}
