use leptos::prelude::*;

/// "New version — reload": shown when the service worker has a new build ready.
///
/// Never rendered on the server (the signal starts false everywhere), so hydration matches;
/// the browser side turns it on when a waiting service worker appears.
#[component]
pub fn UpdateBanner(text: String, reload: String, lang: String) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    crate::browser::watch_service_worker(lang, set_ready);
    view! {
        <Show when=move || ready.get()>
            <div class="update" role="status">
                <span>{text.clone()}</span>
                <button
                    type="button"
                    on:click=move |_| crate::browser::activate_new_version()
                >
                    {reload.clone()}
                </button>
            </div>
        </Show>
    }
}
