//! Reads the page's embedded data, parsed by the browser's own `JSON.parse`, into
//! [`PageData`], field by field.
//!
//! Hand-written on purpose: serde-wasm-bindgen cost several KB of WASM (brotli) that every
//! visitor downloads. The keys are those that serde writes on the native side (field names;
//! kebab-case for [`Ui`]; enums tagged by variant name). The decoder reads any [`ParsedJson`]:
//! in the browser a `JsValue`, in the native tests a `serde_json::Value`, so a test checks
//! that it reads back every key serde writes (`decode/tests.rs`).

use crate::model::*;

/// A parsed JSON value: the little the decoder asks of one.
pub trait ParsedJson: Sized {
    /// The value under `key` of an object (`None` if this is no object or lacks the key;
    /// JavaScript may answer `undefined` instead, which [`ParsedJson::is_null`] accepts).
    fn field(&self, key: &str) -> Option<Self>;
    fn string(&self) -> Option<String>;
    fn bool(&self) -> Option<bool>;
    /// The items of an array.
    fn items(&self) -> Option<Vec<Self>>;
    /// `null` (or JavaScript's `undefined`): how serde writes `None`.
    fn is_null(&self) -> bool;
    /// The first key of an object: the variant name of an externally tagged enum.
    fn first_key(&self) -> Option<String>;
}

#[cfg(feature = "hydrate")]
mod js {
    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    impl super::ParsedJson for JsValue {
        fn field(&self, key: &str) -> Option<Self> {
            Reflect::get(self, &JsValue::from_str(key)).ok()
        }
        fn string(&self) -> Option<String> {
            self.as_string()
        }
        fn bool(&self) -> Option<bool> {
            self.as_bool()
        }
        fn items(&self) -> Option<Vec<Self>> {
            Some(self.dyn_ref::<Array>()?.iter().collect())
        }
        fn is_null(&self) -> bool {
            JsValue::is_null(self) || self.is_undefined()
        }
        fn first_key(&self) -> Option<String> {
            Object::keys(self.dyn_ref::<Object>()?).get(0).as_string()
        }
    }
}

/// A type the decoder can read from parsed JSON.
pub trait FromJson: Sized {
    fn from_json<J: ParsedJson>(v: &J) -> Option<Self>;
}

impl FromJson for String {
    fn from_json<J: ParsedJson>(v: &J) -> Option<Self> {
        v.string()
    }
}

impl FromJson for bool {
    fn from_json<J: ParsedJson>(v: &J) -> Option<Self> {
        v.bool()
    }
}

impl FromJson for Dir {
    fn from_json<J: ParsedJson>(v: &J) -> Option<Self> {
        Dir::parse(&v.string()?)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json<J: ParsedJson>(v: &J) -> Option<Self> {
        if v.is_null() {
            Some(None)
        } else {
            T::from_json(v).map(Some)
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json<J: ParsedJson>(v: &J) -> Option<Self> {
        v.items()?.iter().map(T::from_json).collect()
    }
}

fn field<T: FromJson, J: ParsedJson>(obj: &J, key: &str) -> Option<T> {
    T::from_json(&obj.field(key)?)
}

/// `FromJson` for a struct: each field with the JSON key serde gives it.
macro_rules! from_json_struct {
    ($ty:ident { $($field:ident : $key:literal),* $(,)? }) => {
        impl FromJson for $ty {
            fn from_json<J: ParsedJson>(v: &J) -> Option<Self> {
                Some($ty { $($field: field(v, $key)?),* })
            }
        }
    };
}

from_json_struct!(PageData {
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
from_json_struct!(Ui {
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
from_json_struct!(LanguageLink {
    code: "code",
    name: "name",
    dir: "dir",
    href: "href",
    current: "current",
    prompt: "prompt",
});
from_json_struct!(PageLink {
    icon: "icon",
    href: "href",
    title: "title",
    summary: "summary"
});
from_json_struct!(Article {
    lang: "lang",
    notice: "notice",
    icon: "icon",
    title: "title",
    summary: "summary",
    html: "html",
    checked: "checked",
    sources: "sources",
});
from_json_struct!(Notice {
    text: "text",
    link_text: "link_text",
    link_href: "link_href",
    link_lang: "link_lang",
});
from_json_struct!(Source {
    title: "title",
    url: "url"
});
from_json_struct!(SearchEntry {
    href: "href",
    title: "title",
    summary: "summary",
    text: "text"
});
from_json_struct!(Organisation {
    anchor: "anchor",
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
from_json_struct!(Phone {
    display: "display",
    tel: "tel",
    label: "label"
});
from_json_struct!(TextPart {
    text: "text",
    ltr: "ltr"
});

/// serde's externally tagged enum: `{"Home": {…}}`, `{"Article": {…}}`.
impl FromJson for PageBody {
    fn from_json<J: ParsedJson>(v: &J) -> Option<Self> {
        let tag = v.first_key()?;
        let b = v.field(&tag)?;
        Some(match tag.as_str() {
            "Languages" => PageBody::Languages {
                heading: field(&b, "heading")?,
            },
            "Home" => PageBody::Home {
                heading: field(&b, "heading")?,
                intro: field(&b, "intro")?,
                search_href: field(&b, "search_href")?,
                pages: field(&b, "pages")?,
            },
            "Article" => PageBody::Article(Article::from_json(&b)?),
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

#[cfg(test)]
mod tests;
