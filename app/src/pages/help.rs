use leptos::prelude::*;

use super::article::ArticleFrame;
use crate::components::icons::PhoneIcon;
use crate::components::BidiText;
use crate::model::{Article, Organisation, Ui};

/// Where to get help: an introduction, then one card per organisation with big call buttons.
#[component]
pub fn HelpPage(article: Article, organisations: Vec<Organisation>, ui: Ui) -> impl IntoView {
    let cards = organisations
        .into_iter()
        .map(|o| view! { <OrganisationCard org=o ui=ui.clone()/> })
        .collect_view();
    view! {
        <ArticleFrame article ui=ui.clone()>
            <ul class="orgs">{cards}</ul>
        </ArticleFrame>
    }
}

#[component]
fn OrganisationCard(org: Organisation, ui: Ui) -> impl IntoView {
    let phones = org
        .phones
        .into_iter()
        .map(|p| {
            // A line with a name ("Latgale", "Emergency line") shows the name instead of
            // "Call": the icon already says what the button does.
            let label = if p.label.is_empty() {
                ui.call.clone()
            } else {
                p.label
            };
            view! {
                <a class="call" href=format!("tel:{}", p.tel)>
                    <PhoneIcon/>
                    <span class="call-label">{label}</span>
                    " "
                    <bdi dir="ltr">{p.display}</bdi>
                </a>
            }
        })
        .collect_view();
    let mail = format!("mailto:{}", org.email);
    let email = (!org.email.is_empty()).then(|| {
        view! {
            <dt>{ui.email.clone()}</dt>
            <dd>
                <a href=mail>
                    <bdi dir="ltr">{org.email.clone()}</bdi>
                </a>
            </dd>
        }
    });
    let address = (!org.address.is_empty()).then(|| {
        view! {
            <dt>{ui.address.clone()}</dt>
            <dd>{org.address.clone()}</dd>
        }
    });
    view! {
        <li class="org" id=org.anchor>
            <h2>{org.name}</h2>
            <p>
                <BidiText parts=org.about/>
            </p>
            <div class="calls">{phones}</div>
            <dl>
                <dt>{ui.hours.clone()}</dt>
                <dd>
                    <BidiText parts=org.hours/>
                </dd>
                <dt>{ui.languages_spoken.clone()}</dt>
                <dd>{org.languages}</dd>
                {email}
                {address}
            </dl>
            <p class="checked">
                <BidiText parts=org.checked/>
                " · "
                <a href=org.source.url rel="noreferrer">{org.source.title}</a>
            </p>
        </li>
    }
}
