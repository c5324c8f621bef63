//! Reads the page's embedded data, parsed by the browser's own `JSON.parse`, into
//! [`PageData`], field by field.
//!
//! Hand-written on purpose: serde-wasm-bindgen cost several KB of WASM (brotli) that every
//! visitor downloads. The keys are those that serde writes on the native side (field names;
//! kebab-case for [`Ui`]; enums tagged by variant name). A mismatch cannot go unnoticed:
//! the page then is not hydrated, and the browser tests wait for hydration on every page.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::model::*;

pub trait FromJs: Sized {
    fn from_js(v: &JsValue) -> Option<Self>;
}

impl FromJs for String {
    fn from_js(v: &JsValue) -> Option<Self> {
        v.as_string()
    }
}

impl FromJs for bool {
    fn from_js(v: &JsValue) -> Option<Self> {
        v.as_bool()
    }
}

impl FromJs for Dir {
    fn from_js(v: &JsValue) -> Option<Self> {
        Dir::parse(&v.as_string()?)
    }
}

impl<T: FromJs> FromJs for Option<T> {
    fn from_js(v: &JsValue) -> Option<Self> {
        if v.is_null() || v.is_undefined() {
            Some(None)
        } else {
            T::from_js(v).map(Some)
        }
    }
}

impl<T: FromJs> FromJs for Vec<T> {
    fn from_js(v: &JsValue) -> Option<Self> {
        v.dyn_ref::<Array>()?
            .iter()
            .map(|x| T::from_js(&x))
            .collect()
    }
}

fn field<T: FromJs>(obj: &JsValue, key: &str) -> Option<T> {
    T::from_js(&Reflect::get(obj, &JsValue::from_str(key)).ok()?)
}

/// `FromJs` for a struct: each field with the JSON key serde gives it.
macro_rules! from_js_struct {
    ($ty:ident { $($field:ident : $key:literal),* $(,)? }) => {
        impl FromJs for $ty {
            fn from_js(v: &JsValue) -> Option<Self> {
                Some($ty { $($field: field(v, $key)?),* })
            }
        }
    };
}

from_js_struct!(PageData {
    lang: "lang",
    dir: "dir",
    path: "path",
    home_href: "home_href",
    help_href: "help_href",
    ui: "ui",
    languages: "languages",
    keep_all_size: "keep_all_size",
    body: "body",
});
from_js_struct!(Ui {
    app_name: "app-name",
    skip_to_content: "skip-to-content",
    quick_exit: "quick-exit",
    quick_exit_label: "quick-exit-label",
    languages: "languages",
    help: "help",
    emergency: "emergency",
    new_version: "new-version",
    reload: "reload",
    sources: "sources",
    privacy_note: "privacy-note",
    call: "call",
    hours: "hours",
    email: "email",
    address: "address",
    languages_spoken: "languages-spoken",
    keep_all: "keep-all",
    keep_all_working: "keep-all-working",
    keep_all_done: "keep-all-done",
    keep_all_failed: "keep-all-failed",
    search: "search",
    search_label: "search-label",
    search_none: "search-none",
});
from_js_struct!(LanguageLink {
    code: "code",
    name: "name",
    dir: "dir",
    href: "href",
    current: "current",
    prompt: "prompt",
});
from_js_struct!(PageLink {
    icon: "icon",
    href: "href",
    title: "title",
    summary: "summary"
});
from_js_struct!(Article {
    lang: "lang",
    notice: "notice",
    icon: "icon",
    title: "title",
    summary: "summary",
    html: "html",
    checked: "checked",
    sources: "sources",
});
from_js_struct!(Notice {
    text: "text",
    link_text: "link_text",
    link_href: "link_href",
    link_lang: "link_lang",
});
from_js_struct!(Source {
    title: "title",
    url: "url"
});
from_js_struct!(SearchEntry {
    href: "href",
    title: "title",
    summary: "summary",
    text: "text"
});
from_js_struct!(Organisation {
    id: "id",
    name: "name",
    about: "about",
    phones: "phones",
    hours: "hours",
    email: "email",
    address: "address",
    languages: "languages",
    checked: "checked",
    source: "source",
});
from_js_struct!(Phone {
    display: "display",
    tel: "tel"
});
from_js_struct!(TextPart {
    text: "text",
    ltr: "ltr"
});

/// serde's externally tagged enum: `{"Home": {…}}`, `{"Article": {…}}`.
impl FromJs for PageBody {
    fn from_js(v: &JsValue) -> Option<Self> {
        let tag = Object::keys(v.dyn_ref::<Object>()?).get(0).as_string()?;
        let b = Reflect::get(v, &JsValue::from_str(&tag)).ok()?;
        Some(match tag.as_str() {
            "Languages" => PageBody::Languages {
                heading: field(&b, "heading")?,
            },
            "Home" => PageBody::Home {
                heading: field(&b, "heading")?,
                intro: field(&b, "intro")?,
                pages: field(&b, "pages")?,
            },
            "Article" => PageBody::Article(Article::from_js(&b)?),
            "Help" => PageBody::Help {
                article: field(&b, "article")?,
                organisations: field(&b, "organisations")?,
            },
            "Search" => PageBody::Search {
                heading: field(&b, "heading")?,
                entries: field(&b, "entries")?,
            },
            "NotFound" => PageBody::NotFound {
                heading: field(&b, "heading")?,
                text: field(&b, "text")?,
                back: field(&b, "back")?,
            },
            _ => return None,
        })
    }
}
