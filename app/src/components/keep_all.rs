use leptos::prelude::*;

use crate::model::Ui;

#[derive(Clone, Copy, PartialEq)]
enum Saving {
    Idle,
    Working,
    Done,
    Failed,
}

/// "Keep all languages on this phone", with its size shown first: for NGO staff and
/// professionals who show pages to someone else, offline. It needs the service worker, so
/// it appears only once the app runs (inside the closed language menu: nothing moves).
#[component]
pub fn KeepAll(ui: Ui, size: String) -> impl IntoView {
    let (running, set_running) = signal(false);
    let (saving, set_saving) = signal(Saving::Idle);
    Effect::new(move |_| set_running.set(true));
    let Ui {
        keep_all,
        keep_all_working,
        keep_all_done,
        keep_all_failed,
        ..
    } = ui;
    let status = move || match saving.get() {
        Saving::Idle => String::new(),
        Saving::Working => keep_all_working.clone(),
        Saving::Done => keep_all_done.clone(),
        Saving::Failed => keep_all_failed.clone(),
    };
    view! {
        <Show when=move || running.get()>
            <div class="keep-all">
                <p>{size.clone()}</p>
                <button
                    type="button"
                    disabled=move || saving.get() == Saving::Working
                    on:click=move |_| {
                        set_saving.set(Saving::Working);
                        crate::browser::keep_all_languages(move |ok| {
                            set_saving.set(if ok { Saving::Done } else { Saving::Failed });
                        });
                    }
                >
                    {keep_all.clone()}
                </button>
                <p class="keep-all-status" role="status">{status.clone()}</p>
            </div>
        </Show>
    }
}
