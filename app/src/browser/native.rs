//! The browser facade for the native build: every function does nothing. The pre-renderer
//! only writes HTML; what these do happens later, in the browser, after hydration.
//! Signatures match `web.rs`, since the components call both through the same lines.

use leptos::ev::MouseEvent;
use leptos::prelude::WriteSignal;

pub fn leave_now(_click: &MouseEvent) {}

pub fn listen_for_double_escape() {}

pub fn watch_service_worker(_lang: String, _set_ready: WriteSignal<bool>) {}

pub fn activate_new_version() {}

pub fn remember_language(_code: &str) {}

pub fn suggest_language(_available: Vec<String>, _set: WriteSignal<Option<String>>) {}

pub fn keep_all_languages(_done: impl Fn(bool) + 'static) {}

pub fn query_from_address(_set: WriteSignal<String>) {}
