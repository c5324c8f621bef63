use leptos::either::Either;
use leptos::prelude::*;

use crate::components::icons::PageIcon;
use crate::components::BidiText;
use crate::model::{Article, Notice, Source, TextPart, Ui};

/// A page written in Markdown: title, text, the date it was checked and its sources.
#[component]
pub fn ArticlePage(article: Article, ui: Ui) -> impl IntoView {
    article_frame(article, &ui, None::<()>)
}

/// The frame of every written page (see [`article_frame`]) with `children` between the
/// text and the sources: the help page's organisations.
#[component]
pub fn ArticleFrame<C: IntoView + 'static>(
    article: Article,
    ui: Ui,
    // Typed rather than `Children`: type-erased views (AnyView) cost about 12 KB of WASM.
    children: TypedChildren<C>,
) -> impl IntoView {
    article_frame(article, &ui, Some(children.into_inner()()))
}

/// A note on the translation, the icon and title, the text (which starts with "Listen",
/// drawn by the build), then `between` (if any), then the date it was checked and the
/// sources.
fn article_frame(article: Article, ui: &Ui, between: Option<impl IntoView>) -> impl IntoView {
    let sources_heading = ui.sources.clone();
    let Article {
        lang,
        notice,
        icon,
        title,
        html,
        checked,
        sources,
        ..
    } = article;
    let sources = view! { <Sources heading=sources_heading checked sources/> };
    // The sources with or without something before them, rather than an optional view:
    // an empty Option would leave a hydration marker (`<!>`) in every article's HTML.
    let end = match between {
        Some(between) => Either::Left((between, sources)),
        None => Either::Right(sources),
    };
    view! {
        <article lang=lang>
            <DraftNotice notice/>
            <h1>
                {icon.map(|name| view! { <PageIcon name/> })}
                {title}
            </h1>
            <div class="prose" inner_html=html></div>
            {end}
        </article>
    }
}

/// "Checked on DATE" and the list of sources that close every page with facts.
#[component]
pub fn Sources(heading: String, checked: Vec<TextPart>, sources: Vec<Source>) -> impl IntoView {
    let items = sources
        .into_iter()
        .map(|s| {
            view! {
                <li>
                    <a href=s.url.clone() rel="noreferrer">{s.title}</a>
                    " "
                    <bdi class="url" dir="ltr">{s.url}</bdi>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="sources">
            <h2>{heading}</h2>
            <p class="checked">
                <BidiText parts=checked/>
            </p>
            <ul>{items}</ul>
        </section>
    }
}

/// A small, polite note on a translation that a native speaker has not checked yet, or that
/// is older than its source, with a link to the same page in the fallback language.
#[component]
pub fn DraftNotice(notice: Option<Notice>) -> impl IntoView {
    notice.map(|n| {
        let link = (!n.link_text.is_empty()).then(|| {
            view! {
                " "
                <a href=n.link_href hreflang=n.link_lang>
                    {n.link_text}
                </a>
            }
        });
        view! {
            <p class="notice" role="note">
                {n.text}
                {link}
            </p>
        }
    })
}
