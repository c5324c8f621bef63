//! The one handler: GET/HEAD → file, redirect, 304 or 404 from the snapshot in memory;
//! anything else → 405.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{
    ACCEPT_LANGUAGE, ALLOW, CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE, IF_NONE_MATCH, LOCATION,
    VARY,
};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::Response;

use crate::headers::{self, NO_CACHE};
use crate::negotiate;
use crate::resolve;
use crate::snapshot::{Current, Entry, Snapshot};
use crate::StartPage;

/// As an axum handler (the router that tests drive).
pub(crate) async fn handle(State(current): State<Arc<Current>>, request: Request) -> Response {
    respond(&current, &request)
}

/// The whole answer to one request, security headers included. No await: everything is in
/// memory.
pub(crate) fn respond<B>(current: &Current, request: &axum::http::Request<B>) -> Response {
    let mut response = answer(current, request.method(), request.uri(), request.headers());
    // A 200 from the snapshot has them already.
    if !response
        .headers()
        .contains_key(headers::CONTENT_SECURITY_POLICY_HEADER)
    {
        headers::add_security_headers(response.headers_mut());
    }
    response
}

fn answer(current: &Current, method: &Method, uri: &Uri, headers: &HeaderMap) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return method_not_allowed();
    }
    let head = method == Method::HEAD;
    if uri.path().len() > MAX_PATH {
        return plain(StatusCode::URI_TOO_LONG, "URI too long\n", head);
    }
    // One snapshot for the whole answer: a rebuild swapped in meanwhile never mixes in.
    let site = current.get();
    if uri.path() == "/" && current.start_page == StartPage::ByLanguage {
        return start_page(&site, headers, head);
    }
    // The common case: a path the snapshot knows as it is written.
    if let Some(entry) = site.url(uri.path()) {
        return send(entry, StatusCode::OK, headers, head);
    }
    // Without percent-encoding, a path names a file only as it is written, and every file
    // is in the map: what is left is a folder without its slash, or nothing.
    if let Some(key) = uri
        .path()
        .strip_prefix('/')
        .filter(|_| !uri.path().contains('%'))
    {
        if !key.is_empty() && !key.ends_with('/') && site.is_index_dir(key) {
            return redirect(StatusCode::MOVED_PERMANENTLY, &with_slash(uri));
        }
        return not_found(&site, uri.path(), headers, head);
    }
    let Some(path) = resolve::parse(uri.path()) else {
        return not_found(&site, uri.path(), headers, head);
    };
    let key = path.segments.join("/");
    let file = if path.trailing_slash {
        site.file(&if key.is_empty() {
            "index.html".to_string()
        } else {
            format!("{key}/index.html")
        })
    } else if resolve::is_precompressed_name(&key) {
        None
    } else {
        site.file(&key)
    };
    if let Some(entry) = file {
        return send(entry, StatusCode::OK, headers, head);
    }
    if !path.trailing_slash && site.is_index_dir(&key) {
        return redirect(StatusCode::MOVED_PERMANENTLY, &with_slash(uri));
    }
    not_found(&site, uri.path(), headers, head)
}

/// `/` on our server: someone who has not chosen a language is sent (302) to the best one
/// for their browser's languages, so a typed or shared address opens in a language they
/// read. Who came to `/` from one of our own pages (a same-origin link) asked to see every
/// language, and gets the list, as do the service worker's own requests (it keeps
/// the list for offline use) and a browser whose languages we lack: the same page a
/// static host serves. The query is dropped: it is never ours to keep.
fn start_page(site: &Snapshot, request: &HeaderMap, head: bool) -> Response {
    let text = |name: &str| request.get(name).and_then(|v| v.to_str().ok());
    let chose = text("sec-fetch-site") == Some("same-origin");
    let navigation = text("sec-fetch-mode").is_none_or(|mode| mode == "navigate");
    let best = (!chose && navigation)
        .then(|| {
            let preferred = wil_dist::language::accept_language(text(ACCEPT_LANGUAGE.as_str())?);
            let ours: Vec<&str> = site.languages().iter().map(String::as_str).collect();
            wil_dist::language::negotiate(&preferred, &ours)
        })
        .flatten();
    let mut response = match best {
        // 302: the best language depends on the browser, so it is never a move for good.
        Some(language) => redirect(StatusCode::FOUND, &format!("/{language}/")),
        None => match site.url("/") {
            Some(entry) => send(entry, StatusCode::OK, request, head),
            None => return not_found(site, "/", request, head),
        },
    };
    // Caches must keep one answer per set of languages, and per kind of visit.
    response.headers_mut().append(
        VARY,
        HeaderValue::from_static("accept-language, sec-fetch-site, sec-fetch-mode"),
    );
    response
}

/// The path with a slash added, and its query. Only called for a path that names one of
/// the snapshot's folders (a plain local path, never `//host`), so echoing it keeps its
/// original encoding and cannot point elsewhere.
fn with_slash(uri: &Uri) -> String {
    let mut location = format!("{}/", uri.path());
    if let Some(query) = uri.query() {
        location.push('?');
        location.push_str(query);
    }
    location
}

/// Longer paths are refused with 414, as nginx does past its header buffer: no page of
/// ours comes near it, and a huge path is only ever a probe.
const MAX_PATH: usize = 4096;

/// Sends `entry` in the best encoding the client accepts: as the resource (200, or 304 when
/// the client's copy is current) or as a 404 page. Every header was built with the snapshot.
fn send(entry: &Entry, status: StatusCode, request: &HeaderMap, head: bool) -> Response {
    let variant = entry.variant(negotiate::choose(request, &entry.available));
    let (status, headers, body) = if status != StatusCode::OK {
        (status, &variant.not_found_headers, !head)
    } else if request
        .get(IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .zip(variant.etag.to_str().ok())
        .is_some_and(|(v, etag)| headers::if_none_match_hits(v, etag))
    {
        (
            StatusCode::NOT_MODIFIED,
            &variant.not_modified_headers,
            false,
        )
    } else {
        (status, &variant.ok_headers, !head)
    };
    let mut response = Response::new(if body {
        Body::from(variant.bytes.clone())
    } else {
        Body::empty()
    });
    *response.status_mut() = status;
    *response.headers_mut() = headers.clone();
    response
}

/// The 404 page of the language folder the path starts in, else the root one.
fn not_found(site: &Snapshot, raw_path: &str, request: &HeaderMap, head: bool) -> Response {
    let first = raw_path
        .strip_prefix('/')
        .and_then(|rest| rest.split('/').next())
        .and_then(resolve::decode_segment);
    let language_page = first.map(|language| format!("{language}/{}", wil_dist::NOT_FOUND_PAGE));
    language_page
        .as_deref()
        .and_then(|page| site.file(page))
        .or_else(|| site.file(wil_dist::NOT_FOUND_PAGE))
        .map(|page| send(page, StatusCode::NOT_FOUND, request, head))
        .unwrap_or_else(|| plain_not_found(head))
}

fn plain_not_found(head: bool) -> Response {
    plain(StatusCode::NOT_FOUND, "Not found\n", head)
}

fn method_not_allowed() -> Response {
    let mut response = plain(
        StatusCode::METHOD_NOT_ALLOWED,
        "Method not allowed\n",
        false,
    );
    response
        .headers_mut()
        .insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
    response
}

fn redirect(status: StatusCode, location: &str) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    let out = response.headers_mut();
    out.insert(LOCATION, header_value(location));
    // Browsers keep 301s forever unless told otherwise; a folder may become a file.
    out.insert(CACHE_CONTROL, HeaderValue::from_static(NO_CACHE));
    out.insert(CONTENT_LENGTH, HeaderValue::from(0));
    response
}

fn plain(status: StatusCode, text: &'static str, head: bool) -> Response {
    let body = if head {
        Body::empty()
    } else {
        Body::from(text)
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let out = response.headers_mut();
    out.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    out.insert(CACHE_CONTROL, HeaderValue::from_static(NO_CACHE));
    out.insert(CONTENT_LENGTH, HeaderValue::from(text.len()));
    response
}

/// Values built here come from checked paths, the URI and our own formatting, all of
/// which are valid header text; the fallback only guards against a future mistake.
fn header_value(text: &str) -> HeaderValue {
    HeaderValue::from_str(text).unwrap_or_else(|_| HeaderValue::from_static(""))
}
