use leptos::prelude::*;

use super::icons::{HelpIcon, PhoneIcon};

/// "Help · 112" at the bottom of every page, within reach of the thumb.
#[component]
pub fn HelpStrip(help: String, help_href: String, emergency: String) -> impl IntoView {
    let label = help.clone();
    view! {
        <nav class="helpstrip" aria-label=label>
            <a class="helpstrip-help" href=help_href>
                <HelpIcon/>
                {help}
            </a>
            <a class="helpstrip-sos" href="tel:112">
                <PhoneIcon/>
                {emergency}
                " "
                <bdi dir="ltr">"112"</bdi>
            </a>
        </nav>
    }
}
