//! The safety promises: nothing outside dist, nothing hidden, security headers on every
//! response, only GET/HEAD, no cookies.

mod common;

use axum::http::{Method, StatusCode};
use common::*;

const SECURITY_HEADERS: &[(&str, &str)] = &[
    (
        "content-security-policy",
        wil_server::CONTENT_SECURITY_POLICY,
    ),
    ("referrer-policy", "no-referrer"),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ),
];

fn assert_safe_headers(reply: &Reply, what: &str) {
    for (name, value) in SECURITY_HEADERS {
        assert_eq!(reply.header(name), Some(*value), "{name} on {what}");
    }
    assert!(reply.header("set-cookie").is_none(), "cookie on {what}");
}

#[test]
fn the_policy_is_the_agreed_one() {
    assert_eq!(
        wil_server::CONTENT_SECURITY_POLICY,
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
         worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    );
}

#[tokio::test]
async fn security_headers_on_every_kind_of_response() {
    let site = site();
    let ok = get(&site, "/").await;
    assert_eq!(ok.status, StatusCode::OK);
    assert_safe_headers(&ok, "200");

    let missing = get(&site, "/nope").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_safe_headers(&missing, "404");

    let post = ask(&site, Method::POST, "/", &[]).await;
    assert_eq!(post.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_safe_headers(&post, "405");

    let redirect = get(&site, "/lv").await;
    assert_eq!(redirect.status, StatusCode::MOVED_PERMANENTLY);
    assert_safe_headers(&redirect, "301");

    let etag = ok.header("etag").unwrap().to_owned();
    let not_modified = ask(&site, Method::GET, "/", &[("if-none-match", &etag)]).await;
    assert_eq!(not_modified.status, StatusCode::NOT_MODIFIED);
    assert_safe_headers(&not_modified, "304");

    let head = ask(&site, Method::HEAD, "/sw.js", &[]).await;
    assert_safe_headers(&head, "HEAD");
}

#[tokio::test]
async fn only_get_and_head_are_allowed() {
    let site = site();
    for method in [
        Method::POST,
        Method::PUT,
        Method::DELETE,
        Method::PATCH,
        Method::OPTIONS,
        Method::TRACE,
        Method::from_bytes(b"PROPFIND").unwrap(),
    ] {
        let reply = ask(&site, method.clone(), "/index.html", &[]).await;
        assert_eq!(reply.status, StatusCode::METHOD_NOT_ALLOWED, "{method}");
        assert_eq!(reply.header("allow"), Some("GET, HEAD"), "{method}");
        assert_ne!(reply.text(), INDEX, "{method}");
    }
}

#[tokio::test]
async fn language_404_page_then_root_404_page() {
    let site = site();
    let lv = get(&site, "/lv/nope").await;
    assert_eq!(lv.status, StatusCode::NOT_FOUND);
    assert_eq!(lv.text(), LV_404);
    assert_eq!(lv.header("content-type"), Some("text/html; charset=utf-8"));
    assert_eq!(lv.header("cache-control"), Some("no-cache"));
    assert!(
        lv.header("etag").is_none(),
        "a 404 must not be validated as a 200"
    );

    // `ru` has no 404.html of its own.
    let ru = get(&site, "/ru/nope").await;
    assert_eq!(ru.status, StatusCode::NOT_FOUND);
    assert_eq!(ru.text(), ROOT_404);

    let root = get(&site, "/nope/deeper/still").await;
    assert_eq!(root.status, StatusCode::NOT_FOUND);
    assert_eq!(root.text(), ROOT_404);
    assert_eq!(
        root.header("content-type"),
        Some("text/html; charset=utf-8")
    );
}

#[tokio::test]
async fn the_404_page_is_negotiated_too() {
    let site = site();
    let reply = ask(&site, Method::GET, "/nope", &[("accept-encoding", "br")]).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(reply.header("content-encoding"), Some("br"));
    assert_eq!(reply.header("vary"), Some("accept-encoding"));
    assert_eq!(&reply.body[..], ROOT_404_BR);
}

#[tokio::test]
async fn without_any_404_page_a_plain_not_found() {
    let site = site();
    std::fs::remove_file(site.dist.join("404.html")).unwrap();
    let reply = get(&site, "/nope").await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(reply.text(), "Not found\n");
    assert_eq!(
        reply.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    assert_safe_headers(&reply, "plain 404");
}

#[tokio::test]
async fn traversal_never_leaves_dist() {
    let site = site();
    for path in [
        "/../Cargo.toml",
        "/../secret",
        "/a/../../secret",
        "/%2e%2e/secret",
        "/%2E%2E/secret",
        "/.%2e/secret",
        "/..%2fsecret",
        "/..%2Fsecret",
        "/a%2f..%2f..%2fsecret",
        "/%5c..%5csecret",
        "/a/..%5c..%5csecret",
        "/a\\..\\..\\secret",
        "/..\\secret",
        "/%00",
        "/secret%00.html",
        "/./index.html",
        "//secret",
        "/escape.txt",
        "/escape-dir/secret",
        "/escape-dir/a/secret",
        "/.env",
        "/.git/config",
        "/%2eenv",
    ] {
        let reply = ask(&site, Method::GET, path, &[("accept-encoding", "br, gzip")]).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!reply.text().contains("SECRET"), "{path} leaked the secret");
        // The normal 404 page, so probing learns nothing.
        assert_eq!(&reply.body[..], ROOT_404_BR, "{path}");
    }
}

#[tokio::test]
async fn redirects_cannot_point_elsewhere() {
    let site = site();
    // `//host` would be an open redirect if it reached the redirect logic.
    for path in ["//lv", "//example.com/lv", "/lv//"] {
        let reply = get(&site, path).await;
        assert_ne!(reply.status, StatusCode::MOVED_PERMANENTLY, "{path}");
        assert!(reply.header("location").is_none(), "{path}");
    }
}

#[tokio::test]
async fn no_cookie_ever() {
    let site = site();
    for (method, path) in [
        (Method::GET, "/"),
        (Method::GET, "/lv"),
        (Method::GET, "/missing"),
        (Method::HEAD, "/"),
        (Method::POST, "/"),
        (Method::GET, "/../secret"),
    ] {
        let reply = ask(&site, method.clone(), path, &[("cookie", "id=1")]).await;
        assert!(
            reply.headers.get_all("set-cookie").iter().next().is_none(),
            "{method} {path}"
        );
    }
}

/// A path longer than any page of ours is refused with 414, as nginx does.
#[tokio::test]
async fn an_overlong_path_is_refused() {
    let site = site();
    let long = format!("/{}", "a/".repeat(2_500));
    let reply = get(&site, &long).await;
    assert_eq!(reply.status, StatusCode::URI_TOO_LONG);
    assert!(reply.header("content-security-policy").is_some());
    // 2,000 segments within the limit: a clean 404, no file outside dist.
    let segments = format!("/{}", "x/".repeat(2_000));
    assert_eq!(get(&site, &segments).await.status, StatusCode::NOT_FOUND);
}
