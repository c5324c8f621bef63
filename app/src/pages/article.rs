use leptos::prelude::*;

use crate::components::icons::PageIcon;
use crate::components::BidiText;
use crate::model::{Article, Notice, Source, TextPart, Ui};

/// A page written in Markdown: title, text, the date it was checked and its sources.
#[component]
pub fn ArticlePage(article: Article, ui: Ui) -> impl IntoView {
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
    view! {
        <article lang=lang>
            <ArticleHeader notice icon title/>
            <div class="prose" inner_html=html></div>
            <Sources heading=ui.sources checked sources/>
        </article>
    }
}

/// The top of a written page: a note on its translation, then its icon and title.
#[component]
pub fn ArticleHeader(notice: Option<Notice>, icon: Option<String>, title: String) -> impl IntoView {
    view! {
        <DraftNotice notice/>
        <h1>
            {icon.map(|name| view! { <PageIcon name/> })}
            {title}
        </h1>
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
