use leptos::either::EitherOf6;
use leptos::prelude::*;

use crate::components::{HelpStrip, LanguageMenu, QuickExit, UpdateBanner};
use crate::model::{PageBody, PageData};
use crate::pages::{ArticlePage, HelpPage, HomePage, LanguagesPage, NotFoundPage, SearchPage};

/// The whole `<body>` of every page: the same frame around each kind of page.
#[component]
pub fn App(data: PageData) -> impl IntoView {
    let PageData {
        lang,
        home_href,
        help_href,
        ui,
        languages,
        keep_all_size,
        body,
        ..
    } = data;
    let is_chooser = matches!(body, PageBody::Languages { .. });
    // An enum of views rather than type-erased AnyViews: smaller WASM (no async hydration
    // path is compiled for each page kind).
    let main = match body {
        PageBody::Languages { heading } => {
            EitherOf6::A(view! { <LanguagesPage heading languages=languages.clone()/> })
        }
        PageBody::Home {
            heading,
            intro,
            search_href,
            pages,
        } => EitherOf6::B(view! { <HomePage heading intro pages ui=ui.clone() search_href/> }),
        PageBody::Article(article) => EitherOf6::C(view! { <ArticlePage article ui=ui.clone()/> }),
        PageBody::Help {
            article,
            organisations,
        } => EitherOf6::D(view! { <HelpPage article organisations ui=ui.clone()/> }),
        PageBody::NotFound {
            heading,
            text,
            back,
        } => EitherOf6::E(view! { <NotFoundPage heading text back href=home_href.clone()/> }),
        PageBody::Search { heading, entries } => {
            EitherOf6::F(view! { <SearchPage heading entries ui=ui.clone()/> })
        }
    };
    let menu = (!is_chooser).then(|| {
        view! {
            <div class="langbar">
                <LanguageMenu ui=ui.clone() languages keep_all_size/>
            </div>
        }
    });
    view! {
        <a class="skip" href="#main">{ui.skip_to_content.clone()}</a>
        <header class="top">
            <a class="brand" href=home_href>{ui.app_name.clone()}</a>
            <QuickExit text=ui.quick_exit.clone() label=ui.quick_exit_label.clone()/>
        </header>
        {menu}
        <main id="main" tabindex="-1">{main}</main>
        <footer class="foot">
            <p class="privacy">{ui.privacy_note.clone()}</p>
        </footer>
        <HelpStrip help=ui.help.clone() help_href emergency=ui.emergency.clone()/>
        <UpdateBanner text=ui.new_version.clone() reload=ui.reload.clone() lang/>
    }
}
