use leptos::prelude::*;

use crate::model::{Kit, KitLanguage, KitPost};

/// `/<lang>/for-organisations/`: the campaign days, then for every language its cards, the
/// text of a post and the posters, as the text of an article. The labels are in the page's
/// language; each card's day, text and picture carry their own `lang` and `dir`.
///
/// Static HTML the build renders once: selecting a post's text is how it is copied, and a
/// card or poster opens as the file it is, so no script is needed.
#[component]
pub fn KitMarkup(kit: Kit) -> impl IntoView {
    let Kit {
        intro,
        days_intro,
        days,
        card,
        post,
        post_how,
        posters,
        languages,
    } = kit;
    let days = days
        .into_iter()
        .map(|d| view! { <li>{d}</li> })
        .collect_view();
    // A long page: each language by its own name, to jump to.
    let index = languages
        .iter()
        .map(|l| {
            view! {
                <li>
                    <a href=format!("#kit-{}", l.lang) lang=l.lang.clone() dir=l.dir.as_str()>
                        {l.name.clone()}
                    </a>
                </li>
            }
        })
        .collect_view();
    let sections = languages
        .into_iter()
        .map(|l| language(l, &card, &post, &post_how, &posters))
        .collect_view();
    view! {
        <p>{intro}</p>
        <p>{days_intro}</p>
        <ul>{days}</ul>
        <ul class="kit-index">{index}</ul>
        {sections}
    }
}

fn language(
    l: KitLanguage,
    card: &str,
    post: &str,
    post_how: &str,
    posters_label: &str,
) -> impl IntoView {
    let KitLanguage {
        lang,
        dir,
        name,
        notice,
        posts,
        posters,
    } = l;
    let dir = dir.as_str();
    let posts = posts
        .into_iter()
        .map(|KitPost { day, card: href, alt, text }| {
            view! {
                <h3 lang=lang.clone() dir=dir>{day}</h3>
                <figure class="kit-card">
                    <a href=href.clone()>
                        <img
                            src=href.clone()
                            alt=alt
                            lang=lang.clone()
                            dir=dir
                            width="1200"
                            height="630"
                            loading="lazy"
                            decoding="async"
                        />
                    </a>
                    <figcaption>{card.to_string()}</figcaption>
                </figure>
                <p class="kit-label">{post.to_string()} <span class="kit-how">{format!(" {post_how}")}</span></p>
                <blockquote class="kit-post" lang=lang.clone() dir=dir>{text}</blockquote>
            }
        })
        .collect_view();
    let posters = (!posters.is_empty()).then(|| {
        let items = posters
            .into_iter()
            .map(|(label, href)| view! { <li><a href=href type="application/pdf">{format!("{label} (PDF)")}</a></li> })
            .collect_view();
        view! {
            <h3>{posters_label.to_string()}</h3>
            <ul class="kit-posters">{items}</ul>
        }
    });
    view! {
        <section class="kit-lang" id=format!("kit-{lang}") aria-labelledby=format!("kit-{lang}-name")>
            <h2 id=format!("kit-{lang}-name") lang=lang.clone() dir=dir>{name}</h2>
            {notice.map(|n| view! { <p class="notice">{n}</p> })}
            {posts}
            {posters}
        </section>
    }
}
