//! `/` on our server: a person who has not chosen a language goes to the best one for their
//! browser (302, with Vary); one who came from our own pages, the service worker, and a
//! browser whose languages we lack get the list of languages, as on a static host.

mod common;

use axum::http::{Method, StatusCode};
use common::*;
use wil_server::StartPage;

/// A person opening the address: typed, scanned or followed from another site.
const OPENED: &[(&str, &str)] = &[("sec-fetch-site", "none"), ("sec-fetch-mode", "navigate")];

async fn start(site: &Site, languages: &str, visit: &[(&str, &str)]) -> Reply {
    let mut headers = visit.to_vec();
    headers.push(("accept-language", languages));
    ask(site, Method::GET, "/", &headers).await
}

fn varies_by_language(reply: &Reply) -> bool {
    reply
        .headers
        .get_all("vary")
        .iter()
        .any(|v| v.to_str().unwrap().contains("accept-language"))
}

#[tokio::test]
async fn a_person_who_has_not_chosen_goes_to_their_best_language() {
    let site = site();
    for (languages, home) in [
        ("ru-LV,ru;q=0.9,en;q=0.8", "/ru/"),
        ("de-DE, lv;q=0.5", "/lv/"),
        ("en;q=0.3, ru;q=0.7, lv;q=0.9", "/lv/"),
        ("LV", "/lv/"),
    ] {
        for visit in [OPENED, &[("sec-fetch-site", "cross-site")][..], &[]] {
            let reply = start(&site, languages, visit).await;
            assert_eq!(reply.status, StatusCode::FOUND, "{languages} {visit:?}");
            assert_eq!(reply.header("location"), Some(home), "{languages}");
            assert!(varies_by_language(&reply));
            assert_eq!(reply.header("cache-control"), Some("no-cache"));
            assert!(reply.header("content-security-policy").is_some());
        }
    }
    // A query is not carried over: it is never ours to keep.
    let reply = ask(
        &site,
        Method::GET,
        "/?fbclid=abc",
        &[("accept-language", "ru")],
    )
    .await;
    assert_eq!(reply.header("location"), Some("/ru/"));
    let head = ask(&site, Method::HEAD, "/", &[("accept-language", "lv")]).await;
    assert_eq!(head.status, StatusCode::FOUND);
}

#[tokio::test]
async fn the_list_for_who_chose_it_for_the_worker_and_for_languages_we_lack() {
    let site = site();
    for (languages, visit) in [
        // From our own pages: the language menu's "all languages" asks for the list.
        (
            "ru",
            &[
                ("sec-fetch-site", "same-origin"),
                ("sec-fetch-mode", "navigate"),
            ][..],
        ),
        // The service worker keeping the list for offline use.
        (
            "ru",
            &[
                ("sec-fetch-site", "same-origin"),
                ("sec-fetch-mode", "cors"),
            ][..],
        ),
        ("lv", &[("sec-fetch-mode", "no-cors")][..]),
        // Languages we do not have, a refused one, a wildcard, nonsense.
        ("de-DE, fr;q=0.5", OPENED),
        ("ru;q=0, *", OPENED),
        ("<script>", OPENED),
    ] {
        let reply = start(&site, languages, visit).await;
        assert_eq!(reply.status, StatusCode::OK, "{languages} {visit:?}");
        assert_eq!(reply.text(), INDEX, "{languages} {visit:?}");
        assert!(varies_by_language(&reply), "{languages} {visit:?}");
    }
    // No Accept-Language at all.
    let reply = ask(&site, Method::GET, "/", OPENED).await;
    assert_eq!(reply.text(), INDEX);
}

#[tokio::test]
async fn a_folder_without_a_start_page_is_no_language() {
    let site = site();
    // "a/" holds a file but no index.html: a browser asking for "a" gets the list.
    let reply = start(&site, "a", OPENED).await;
    assert_eq!(reply.status, StatusCode::OK);
}

#[tokio::test]
async fn as_a_static_host_the_start_page_is_always_the_list() {
    let site = site();
    let reply = ask_router(
        wil_server::router_with(site.dist.clone(), StartPage::List),
        Method::GET,
        "/",
        &[("accept-language", "ru"), OPENED[0], OPENED[1]],
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.text(), INDEX);
    assert!(!varies_by_language(&reply));
}
