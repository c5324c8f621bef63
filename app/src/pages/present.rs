//! The classroom screen's own parts in a story or the quiz (`/<lang>/school/present/…`),
//! drawn by the build like the rest of their markup.
//!
//! The root of a story or quiz that has a cover is marked `data-present`: the stylesheet
//! then sets every text in large type on a dark screen (for the back of a dark room), and
//! the driver (`browser/self_check.rs`) follows the keys of a presentation clicker. Without
//! JavaScript the screens still play by their links, as on a phone.

use leptos::prelude::*;

use crate::model::Cover;

/// The QR code that opens the students' page, with the address written under it.
pub fn qr(cover: &Cover) -> impl IntoView {
    view! {
        <figure class="present-qr">
            <div class="present-code" inner_html=cover.qr_svg.clone()></div>
            <figcaption>
                <strong>{cover.follow.clone()}</strong>
                <span class="present-address" dir="ltr">{cover.address.clone()}</span>
            </figcaption>
        </figure>
    }
}

/// The step counter ("3 / 7", written by the driver) and the black screen of B or ".",
/// both only with the app.
pub fn controls() -> impl IntoView {
    view! {
        <p class="present-count" data-count data-app hidden></p>
        <div class="present-black" data-black hidden></div>
    }
}
