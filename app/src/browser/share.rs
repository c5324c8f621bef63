//! The share panel (`components::SharePanel`, which the build draws after the app and
//! nothing hydrates): its QR code drawn from the modules the page carries, and its button:
//! where the phone has a share sheet, it opens it; elsewhere it copies the page's address
//! and says so. The address is this page's own, as the browser reached
//! it, without its query or fragment. No web-sys bindings: `navigator.share` and
//! `navigator.clipboard` are looked up at run time, so a browser without them gets the copy
//! button, or the written address.

use gloo_events::EventListener;
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// Draws the panel's QR code from the modules the page carries, in place of the image file
/// (which is then never fetched), then shows the button.
pub fn run_share_button() {
    draw_qr_code();
    wire_button();
}

fn draw_qr_code() {
    let document = leptos::prelude::document();
    let Ok(Some(code)) = document.query_selector("[data-qr]") else {
        return;
    };
    let width: usize = code
        .get_attribute("data-qr-width")
        .and_then(|w| w.parse().ok())
        .unwrap_or(0);
    let Some(bytes) = code
        .get_attribute("data-qr")
        .and_then(|b| leptos::prelude::window().atob(&b).ok())
    else {
        return;
    };
    // atob gives one character per byte.
    let bytes: Vec<u32> = bytes.chars().map(u32::from).collect();
    if width == 0 || bytes.len() * 8 < width * width {
        return;
    }
    let dark = |i: usize| bytes[i / 8] & (0x80 >> (i % 8)) != 0;
    code.set_inner_html(&svg(width, dark));
}

/// The code as SVG, each row's dark modules as runs of one path, with a quiet zone of four
/// modules (as wil-site's `qr::inline_svg` draws it).
fn svg(width: usize, dark: impl Fn(usize) -> bool) -> String {
    let size = width + 8;
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if !dark(y * width + x) {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && dark(y * width + x) {
                x += 1;
            }
            path.push_str(&format!("M{} {}.5h{}", start + 4, y + 4, x - start));
        }
    }
    format!(
        r##"<svg aria-hidden="true" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path stroke="#000" d="{path}"/></svg>"##
    )
}

/// Shows the button, with the words for what this browser can do, and wires it.
fn wire_button() {
    let document = leptos::prelude::document();
    let Ok(Some(button)) = document.query_selector("[data-share]") else {
        return;
    };
    let navigator: JsValue = leptos::prelude::window().navigator().into();
    let method = |on: &JsValue, name: &str| {
        Reflect::get(on, &name.into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
    };
    let share = method(&navigator, "share");
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    let write_text = method(&clipboard, "writeText");
    if share.is_none() && write_text.is_none() {
        // Nothing to offer but the written address, which stays.
        return;
    }
    let label = if share.is_some() {
        button.get_attribute("data-share-label")
    } else {
        button.get_attribute("data-copy-label")
    };
    button.set_text_content(label.as_deref());
    // Its place was kept (invisible) before: showing it moves nothing.
    let _ = button.set_attribute("data-ready", "");
    let copied = button.get_attribute("data-copied").unwrap_or_default();
    EventListener::new(&button, "click", move |_| {
        let location = leptos::prelude::window().location();
        let url = format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        let status = leptos::prelude::document()
            .query_selector("[data-share-status]")
            .ok()
            .flatten();
        if let Some(share) = &share {
            let data = Object::new();
            let _ = Reflect::set(&data, &"url".into(), &url.into());
            let title = leptos::prelude::document().title();
            let _ = Reflect::set(&data, &"title".into(), &title.into());
            // The person may close the sheet: a rejected promise is not an error to show,
            // but it is awaited, so that it is not reported as unhandled.
            if let Ok(Ok(p)) = share
                .call1(&navigator, &data)
                .map(|p| p.dyn_into::<Promise>())
            {
                leptos::task::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
                });
            }
            return;
        }
        let (Some(write_text), Some(status)) = (&write_text, status) else {
            return;
        };
        let Ok(promise) = write_text
            .call1(&clipboard, &url.into())
            .and_then(|p| p.dyn_into::<Promise>())
        else {
            return;
        };
        let copied = copied.clone();
        leptos::task::spawn_local(async move {
            // Said only once the address is really on the clipboard.
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                status.set_text_content(Some(&copied));
            }
        });
    })
    .forget();
}
