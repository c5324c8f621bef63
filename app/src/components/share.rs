use leptos::prelude::*;

use crate::model::Share;

/// "Share this page", at the end of every page the site indexes: the phone's share sheet or
/// "copy link" (a button the app shows: it does nothing without JavaScript), the address
/// written out, and the page's QR code, drawn by the build, for a friend's phone to scan.
///
/// Rendered by the build after the app's body and never hydrated: its words and its code are
/// not in the page's data, and the app's few lines find the button by `data-share` and draw
/// the code from `data-qr` (no request). Without JavaScript there is nothing to draw with:
/// the stylesheet shows a link to the image file of the code the build wrote instead.
#[component]
pub fn SharePanel(share: Share) -> impl IntoView {
    let Share {
        title,
        share,
        copy,
        copied,
        show_qr,
        qr_about,
        address,
        qr_width,
        qr_modules,
        qr_image,
        kit,
    } = share;
    let show_qr_link = show_qr.clone();
    view! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{title}</h2>
            <p class="share-actions">
                <button type="button" class="share-button" data-share data-share-label=share data-copy-label=copy data-copied=copied>
                    {copy.clone()}
                </button>
                <span class="share-status" role="status" data-share-status></span>
            </p>
            <p class="share-address" dir="ltr" translate="no">{address}</p>
            <details class="share-qr">
                <summary>{show_qr}</summary>
                <figure>
                    <div class="share-code" data-qr=qr_modules data-qr-width=qr_width></div>
                    <figcaption>{qr_about}</figcaption>
                </figure>
            </details>
            <p class="share-image"><a href=qr_image>{show_qr_link}</a></p>
            {kit.map(|(text, href)| view! { <p class="share-kit"><a href=href>{text}</a></p> })}
        </section>
    }
}
