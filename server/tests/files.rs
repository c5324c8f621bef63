//! Serving files: content types, compression, caching, conditional requests, HEAD.

mod common;

use axum::http::{Method, StatusCode};
use common::*;

#[tokio::test]
async fn content_types_follow_the_extension() {
    let site = site();
    for (path, expected) in [
        ("/", "text/html; charset=utf-8"),
        ("/index.html", "text/html; charset=utf-8"),
        ("/style-0123456789abcdef.css", "text/css; charset=utf-8"),
        ("/sw.js", "text/javascript; charset=utf-8"),
        ("/module.mjs", "text/javascript; charset=utf-8"),
        ("/wil-app-0123456789abcdef_bg.wasm", "application/wasm"),
        ("/data.json", "application/json"),
        ("/manifest.webmanifest", "application/manifest+json"),
        ("/image.svg", "image/svg+xml"),
        ("/icon-192.png", "image/png"),
        ("/favicon.ico", "image/x-icon"),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/font.woff2", "font/woff2"),
        ("/blob.bin", "application/octet-stream"),
    ] {
        let reply = get(&site, path).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        assert_eq!(reply.header("content-type"), Some(expected), "{path}");
    }
}

#[tokio::test]
async fn files_and_directory_indexes() {
    let site = site();
    let root = get(&site, "/").await;
    assert_eq!(root.text(), INDEX);
    assert_eq!(
        root.header("content-length"),
        Some(&*INDEX.len().to_string())
    );

    let lv = get(&site, "/lv/").await;
    assert_eq!(lv.status, StatusCode::OK);
    assert_eq!(lv.text(), LV_INDEX);

    let inner = get(&site, "/a/b.txt").await;
    assert_eq!(inner.text(), "inner");
}

#[tokio::test]
async fn directory_without_slash_redirects_keeping_the_query() {
    let site = site();
    let reply = get(&site, "/lv").await;
    assert_eq!(reply.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(reply.header("location"), Some("/lv/"));
    assert!(reply.body.is_empty());

    let reply = get(&site, "/lv?from=home&x=1").await;
    assert_eq!(reply.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(reply.header("location"), Some("/lv/?from=home&x=1"));

    // A directory without index.html is not a page.
    assert_eq!(get(&site, "/a").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn brotli_is_chosen_when_offered() {
    let site = site();
    let reply = ask(&site, Method::GET, "/", &[("accept-encoding", "gzip, br")]).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header("content-encoding"), Some("br"));
    assert_eq!(reply.header("vary"), Some("accept-encoding"));
    assert_eq!(
        reply.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(&reply.body[..], INDEX_BR);
    assert_eq!(
        reply.header("content-length"),
        Some(&*INDEX_BR.len().to_string())
    );
}

#[tokio::test]
async fn gzip_is_chosen_when_only_gzip_is_offered() {
    let site = site();
    let reply = ask(
        &site,
        Method::GET,
        "/index.html",
        &[("accept-encoding", "gzip")],
    )
    .await;
    assert_eq!(reply.header("content-encoding"), Some("gzip"));
    assert_eq!(reply.header("vary"), Some("accept-encoding"));
    assert_eq!(&reply.body[..], INDEX_GZ);

    // Only the variants that exist are considered.
    let reply = ask(
        &site,
        Method::GET,
        "/only-gzip.js",
        &[("accept-encoding", "br, gzip")],
    )
    .await;
    assert_eq!(reply.header("content-encoding"), Some("gzip"));
    assert_eq!(&reply.body[..], b"\x1f\x8b only gzip");
}

#[tokio::test]
async fn identity_without_header_or_when_brotli_is_refused() {
    let site = site();
    for headers in [&[][..], &[("accept-encoding", "br;q=0")][..]] {
        let reply = ask(&site, Method::GET, "/", headers).await;
        assert_eq!(reply.header("content-encoding"), None, "{headers:?}");
        // Vary even on the plain variant: caches must not hand it to everybody.
        assert_eq!(reply.header("vary"), Some("accept-encoding"), "{headers:?}");
        assert_eq!(reply.text(), INDEX, "{headers:?}");
    }
    // No compressed sibling: no Vary.
    let reply = ask(
        &site,
        Method::GET,
        "/robots.txt",
        &[("accept-encoding", "br")],
    )
    .await;
    assert_eq!(reply.header("vary"), None);
    assert_eq!(reply.header("content-encoding"), None);
}

#[tokio::test]
async fn precompressed_files_are_not_served_directly() {
    let site = site();
    for path in ["/index.html.br", "/index.html.gz", "/404.html.br"] {
        let reply = ask(&site, Method::GET, path, &[("accept-encoding", "br, gzip")]).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        assert_ne!(&reply.body[..], INDEX_BR, "{path}");
        assert_ne!(&reply.body[..], INDEX_GZ, "{path}");
    }
}

#[tokio::test]
async fn hashed_names_are_immutable_everything_else_revalidates() {
    let site = site();
    for path in [
        "/wil-app-0123456789abcdef_bg.wasm",
        "/wil-app-0123456789abcdef.js",
        "/style-0123456789abcdef.css",
        "/boot-0123456789abcdef.js",
    ] {
        let reply = get(&site, path).await;
        assert_eq!(
            reply.header("cache-control"),
            Some("public, max-age=31536000, immutable"),
            "{path}"
        );
    }
    for path in [
        "/",
        "/index.html",
        "/lv/",
        "/sw.js",
        "/manifest.webmanifest",
        "/icon-192.png",
        "/sitemap.xml",
        "/robots.txt",
        "/nope",
    ] {
        let reply = get(&site, path).await;
        assert_eq!(reply.header("cache-control"), Some("no-cache"), "{path}");
    }
}

#[tokio::test]
async fn etag_answers_if_none_match_with_304() {
    let site = site();
    let first = get(&site, "/sw.js").await;
    let etag = first.header("etag").expect("an ETag").to_owned();
    assert!(
        etag.starts_with('"') && etag.ends_with('"'),
        "strong: {etag}"
    );

    let again = ask(&site, Method::GET, "/sw.js", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    assert_eq!(again.header("etag"), Some(&*etag));
    assert_eq!(again.header("cache-control"), Some("no-cache"));

    let other = ask(
        &site,
        Method::GET,
        "/sw.js",
        &[("if-none-match", "\"nope\"")],
    )
    .await;
    assert_eq!(other.status, StatusCode::OK);
    assert!(!other.body.is_empty());
}

#[tokio::test]
async fn each_encoding_has_its_own_etag() {
    let site = site();
    let br = ask(&site, Method::GET, "/", &[("accept-encoding", "br")]).await;
    let gz = ask(&site, Method::GET, "/", &[("accept-encoding", "gzip")]).await;
    let plain = get(&site, "/").await;
    let tags = [br.header("etag"), gz.header("etag"), plain.header("etag")];
    assert!(tags.iter().all(Option::is_some));
    assert_ne!(tags[0], tags[1]);
    assert_ne!(tags[0], tags[2]);
    assert_ne!(tags[1], tags[2]);

    // The brotli ETag does not validate the plain variant.
    let reply = ask(
        &site,
        Method::GET,
        "/",
        &[("if-none-match", tags[0].unwrap())],
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    // But it does validate the brotli one, and the 304 still carries Vary.
    let reply = ask(
        &site,
        Method::GET,
        "/",
        &[
            ("if-none-match", tags[0].unwrap()),
            ("accept-encoding", "br"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::NOT_MODIFIED);
    assert_eq!(reply.header("vary"), Some("accept-encoding"));
}

#[tokio::test]
async fn head_has_headers_but_no_body() {
    let site = site();
    let reply = ask(&site, Method::HEAD, "/", &[("accept-encoding", "br")]).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.body.is_empty());
    assert_eq!(reply.header("content-encoding"), Some("br"));
    assert_eq!(
        reply.header("content-length"),
        Some(&*INDEX_BR.len().to_string())
    );
    assert_eq!(
        reply.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(reply.header("etag").is_some());

    let missing = ask(&site, Method::HEAD, "/nope", &[]).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.is_empty());
}

#[cfg(unix)]
#[tokio::test]
async fn symlinks_inside_dist_are_followed() {
    let site = site();
    let reply = get(&site, "/inner-link.txt").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.text(), "inner");
}
