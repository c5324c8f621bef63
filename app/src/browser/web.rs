//! The browser facade for the WASM build: start-up (hydration), the service worker, quick
//! exit and the remembered language. `native.rs` has the same functions as no-ops.
//! Event listeners are gloo-events' (0.1 KB of WASM, brotli); each is `forget()`-ten, since
//! it is needed for as long as the page is open.

use std::rc::Rc;

use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::PageData;

thread_local! {
    /// Set when the person chose "reload" in the new-version banner.
    static RELOAD_REQUESTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Entry point of the WASM module: read the page's data that the build embedded as JSON
/// and take over the pre-rendered `<body>` with exactly that data.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(data) = page_data() else {
        // No data means a page we did not render (or a broken build): leave the static page
        // as it is, it is complete without us.
        return;
    };
    // Marks when the app takes over, so the browser tests can tell a layout shift caused by
    // hydration from one caused by, say, the phone loading a fallback font.
    if let Some(performance) = window().performance() {
        let _ = performance.mark("wil-hydrate");
    }
    leptos::mount::hydrate_body(move || view! { <crate::App data/> });
    // The self-check (an article whose text is its screens) changes the DOM that hydration
    // has just taken over; on every other page it does nothing.
    super::run_self_check();
    // The share panel after the app (not hydrated: the build drew it whole).
    super::run_share_button();
    // Says "the app has taken over": for the browser tests, and for styles that should
    // only apply when the app runs.
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}

fn page_data() -> Option<PageData> {
    let text = document().get_element_by_id("page-data")?.text_content()?;
    let value = js_sys::JSON::parse(&text).ok()?;
    crate::decode::FromJson::from_json(&value)
}

/// The quick-exit link was clicked: leave with [`quick_exit`] instead of following the link,
/// which would leave this page in the history.
pub fn leave_now(click: &leptos::ev::MouseEvent) {
    click.prevent_default();
    quick_exit();
}

/// Leave now: replace this history entry with a neutral site. The page unloads, so nothing
/// it held in memory survives, and "Back" does not lead here.
fn quick_exit() {
    let _ = window().location().replace(crate::QUICK_EXIT_URL);
}

/// Escape pressed twice within a second also leaves: fast when a hand is already on a keyboard
/// (not on the classroom screen, where Escape leaves full screen).
pub fn listen_for_double_escape() {
    let last = std::cell::Cell::new(0.0_f64);
    EventListener::new(&window(), "keydown", move |ev| {
        let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        // On the classroom screen Escape leaves full screen, and must never leave the lesson.
        let presenting = document().query_selector("[data-present]").ok().flatten();
        if ev.key() != "Escape" || presenting.is_some() {
            return;
        }
        let now = js_sys::Date::now();
        if now - last.get() < 1000.0 {
            quick_exit();
        }
        last.set(now);
    })
    .forget();
}

/// Registers the service worker, asks it to keep this language for offline use, and turns
/// `set_ready` on when a new build is installed and waiting.
pub fn watch_service_worker(lang: String, set_ready: WriteSignal<bool>) {
    let container = window().navigator().service_worker();
    // A new worker takes control only after the person chose "reload": then load the page
    // again, so shell and content come from the new build together.
    // A first install with clients.claim(), or another tab's choice, must not reload a
    // page someone is reading: only this tab's own "reload" does.
    EventListener::new(&container, "controllerchange", |_| {
        if RELOAD_REQUESTED.get() {
            let _ = window().location().reload();
        }
    })
    .forget();

    let had_controller = container.controller().is_some();
    let registered = container.register(wil_dist::SERVICE_WORKER_URL);
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(registered).await else {
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        if had_controller && reg.waiting().is_some() {
            set_ready.set(true);
        }
        // A worker may already be installing when registration resolves (its `updatefound`
        // has fired): watch it too, not only the ones found later.
        let watch = move |worker: web_sys::ServiceWorker| {
            let w = worker.clone();
            EventListener::new(&worker, "statechange", move |_| {
                if w.state() == web_sys::ServiceWorkerState::Installed && had_controller {
                    set_ready.set(true);
                }
            })
            .forget();
        };
        if let Some(installing) = reg.installing() {
            watch(installing);
        }
        let reg_for_update = reg.clone();
        EventListener::new(&reg, "updatefound", move |_| {
            if let Some(installing) = reg_for_update.installing() {
                watch(installing);
            }
        })
        .forget();

        // Keep every page of this language for offline use: only on the language's own
        // pages, not on the start page (the person has not chosen a language there yet).
        let path = window().location().pathname().unwrap_or_default();
        if !path.starts_with(&format!("/{lang}/")) {
            return;
        }
        let container = window().navigator().service_worker();
        if let Ok(ready) = container.ready() {
            if let Ok(active) = wasm_bindgen_futures::JsFuture::from(ready).await {
                let active: web_sys::ServiceWorkerRegistration = active.unchecked_into();
                if let Some(worker) = active.active() {
                    let _ = worker.post_message(&message("keep-language", Some(&lang)));
                }
            }
        }
    });
}

/// The person chose "reload": tell the waiting worker to take over; `controllerchange`
/// then reloads the page.
pub fn activate_new_version() {
    RELOAD_REQUESTED.set(true);
    let container = window().navigator().service_worker();
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(container.get_registration()).await
        else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        match reg.waiting() {
            Some(waiting) => {
                let _ = waiting.post_message(&message("skip-waiting", None));
            }
            None => {
                let _ = window().location().reload();
            }
        }
    });
}

fn message(kind: &str, lang: Option<&str>) -> JsValue {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
    if let Some(lang) = lang {
        let _ = js_sys::Reflect::set(&msg, &"lang".into(), &lang.into());
    }
    msg.into()
}

/// Where the person's own language choice is kept, on this device only. Written only when
/// the person chooses a language, never on a mere visit.
const CHOSEN_LANGUAGE_KEY: &str = "wil-lang";

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The person chose a language: remember it on this device for the start page.
pub fn remember_language(code: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(CHOSEN_LANGUAGE_KEY, code);
    }
}

/// Highlights the language that suits this device: the person's earlier choice, else the
/// best match for the browser's languages.
pub fn suggest_language(available: Vec<String>, set: WriteSignal<Option<String>>) {
    let chosen = local_storage()
        .and_then(|s| s.get_item(CHOSEN_LANGUAGE_KEY).ok().flatten())
        .filter(|c| available.contains(c));
    let suggestion = chosen.or_else(|| {
        let preferred: Vec<String> = window()
            .navigator()
            .languages()
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
        let available: Vec<&str> = available.iter().map(String::as_str).collect();
        wil_dist::language::negotiate(&preferred, &available)
    });
    // After hydration, so the first render matches the server's HTML.
    Effect::new(move |_| set.set(suggestion.clone()));
}

/// Asks the service worker to keep every language; `done(true)` when all are stored.
pub fn keep_all_languages(done: impl Fn(bool) + 'static) {
    ask_worker(
        "keep-all",
        None,
        Rc::new(move |reply| done(reply_ok(&reply))),
    );
}

/// True when the service worker's answer says `{ ok: true }`.
pub fn reply_ok(reply: &JsValue) -> bool {
    js_sys::Reflect::get(reply, &"ok".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Sends `kind` (for language `lang`) to the active service worker with a port of its own;
/// `reply` gets every message the worker answers on it, or `undefined` when there is no
/// worker. One function for every request, so its code is in the WASM once.
pub fn ask_worker(kind: &'static str, lang: Option<String>, reply: Rc<dyn Fn(JsValue)>) {
    let container = window().navigator().service_worker();
    leptos::task::spawn_local(async move {
        let worker = match container.ready() {
            Ok(ready) => wasm_bindgen_futures::JsFuture::from(ready)
                .await
                .ok()
                .and_then(|r| {
                    r.unchecked_into::<web_sys::ServiceWorkerRegistration>()
                        .active()
                }),
            Err(_) => None,
        };
        let (Some(worker), Ok(channel)) = (worker, web_sys::MessageChannel::new()) else {
            reply(JsValue::UNDEFINED);
            return;
        };
        let on_message = reply.clone();
        let port = channel.port1();
        EventListener::new(&port, "message", move |ev| {
            let data = ev
                .dyn_ref::<web_sys::MessageEvent>()
                .map(|ev| ev.data())
                .unwrap_or(JsValue::UNDEFINED);
            on_message(data);
        })
        .forget();
        // Unlike `onmessage`, a listener does not start the port by itself.
        port.start();
        let transfer = js_sys::Array::of1(&channel.port2());
        if worker
            .post_message_with_transferable(&message(kind, lang.as_deref()), &transfer)
            .is_err()
        {
            reply(JsValue::UNDEFINED);
        }
    });
}

/// The search page opened from the home page's search box: take the words from `?q=`.
pub fn query_from_address(set: WriteSignal<String>) {
    let search = window().location().search().unwrap_or_default();
    let q = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|p| p.get("q"))
        .unwrap_or_default();
    if q.is_empty() {
        return;
    }
    if let Some(input) = document()
        .get_element_by_id("q")
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_value(&q);
    }
    // After hydration, so the first render matches the server's HTML.
    Effect::new(move |_| set.set(crate::search::normalize(&q)));
}
