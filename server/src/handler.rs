//! The one handler: GET/HEAD → file, redirect, 304 or 404; anything else → 405.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{
    ALLOW, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, ETAG, IF_NONE_MATCH,
    LOCATION, VARY,
};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::Response;

use crate::headers::{self, NO_CACHE};
use crate::negotiate::{self, Encoding};
use crate::resolve::{self, Resolved};

pub(crate) async fn handle(State(dist): State<Arc<PathBuf>>, request: Request) -> Response {
    let method = request.method();
    if method != Method::GET && method != Method::HEAD {
        return method_not_allowed();
    }
    let head = method == Method::HEAD;
    let uri = request.uri();
    let headers = request.headers();

    // Canonicalized per request so that a rebuilt or re-linked dist is picked up.
    let Ok(root) = tokio::fs::canonicalize(dist.as_path()).await else {
        return plain_not_found(head);
    };
    let Some(path) = resolve::parse(uri.path()) else {
        return not_found(&root, uri.path(), headers, head).await;
    };
    match resolve::resolve(&root, &path).await {
        Resolved::File(file) => send_file(&root, &file, StatusCode::OK, headers, head).await,
        Resolved::AddSlash => {
            // The raw path passed `parse`, so it is a plain local path; echoing it keeps
            // its original encoding.
            let mut location = format!("{}/", uri.path());
            if let Some(query) = uri.query() {
                location.push('?');
                location.push_str(query);
            }
            redirect(&location)
        }
        Resolved::NotFound => not_found(&root, uri.path(), headers, head).await,
    }
}

/// Sends `file` (or its best precompressed sibling) with `status`. Only 200s get an ETag
/// and the hashed-name cache rule; a 404 page must never be cached as if it were the
/// resource.
async fn send_file(
    root: &Path,
    file: &Path,
    status: StatusCode,
    request: &HeaderMap,
    head: bool,
) -> Response {
    let mut variants = Vec::new();
    for encoding in [Encoding::Brotli, Encoding::Gzip] {
        let sibling = with_suffix(file, encoding.file_suffix());
        if let Some(real) = resolve::file_inside(root, &sibling).await {
            variants.push((encoding, real));
        }
    }
    let available: Vec<Encoding> = variants.iter().map(|(e, _)| *e).collect();
    let encoding = negotiate::choose(request, &available);
    let variant = variants
        .iter()
        .find(|(e, _)| *e == encoding)
        .map_or(file, |(_, path)| path.as_path());

    let Ok(meta) = tokio::fs::metadata(variant).await else {
        return internal_error(head);
    };

    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    let out = response.headers_mut();
    // Caches must keep one copy per encoding, even for the variant chosen this time.
    if !available.is_empty() {
        out.insert(VARY, HeaderValue::from_static("accept-encoding"));
    }
    if status == StatusCode::OK {
        out.insert(
            CACHE_CONTROL,
            HeaderValue::from_static(headers::cache_control(file)),
        );
        let etag = headers::etag(&meta, encoding);
        let hit = request
            .get(IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| headers::if_none_match_hits(v, &etag));
        out.insert(ETAG, header_value(&etag));
        if hit {
            // RFC 9110 §15.4.5: a 304 repeats the validators and cache headers, not the
            // representation metadata.
            *response.status_mut() = StatusCode::NOT_MODIFIED;
            return response;
        }
    } else {
        out.insert(CACHE_CONTROL, HeaderValue::from_static(NO_CACHE));
    }
    out.insert(
        CONTENT_TYPE,
        HeaderValue::from_static(headers::content_type(file)),
    );
    if let Some(coding) = encoding.content_encoding() {
        out.insert(CONTENT_ENCODING, HeaderValue::from_static(coding));
    }

    if head {
        out.insert(CONTENT_LENGTH, HeaderValue::from(meta.len()));
        return response;
    }
    // Whole files in memory: the site is a few megabytes at most, and this keeps
    // Content-Length exactly the bytes sent even if the file is replaced meanwhile.
    let Ok(bytes) = tokio::fs::read(variant).await else {
        return internal_error(head);
    };
    out.insert(CONTENT_LENGTH, HeaderValue::from(bytes.len()));
    *response.body_mut() = Body::from(bytes);
    response
}

/// The 404 page of the language folder the path starts in, else the root one.
async fn not_found(root: &Path, raw_path: &str, request: &HeaderMap, head: bool) -> Response {
    let first = raw_path
        .strip_prefix('/')
        .and_then(|rest| rest.split('/').next())
        .and_then(resolve::decode_segment);
    let mut candidates = Vec::new();
    if let Some(language) = first {
        candidates.push(root.join(language).join(wil_dist::NOT_FOUND_PAGE));
    }
    candidates.push(root.join(wil_dist::NOT_FOUND_PAGE));
    for candidate in candidates {
        if let Some(page) = resolve::file_inside(root, &candidate).await {
            return send_file(root, &page, StatusCode::NOT_FOUND, request, head).await;
        }
    }
    plain_not_found(head)
}

fn plain_not_found(head: bool) -> Response {
    plain(StatusCode::NOT_FOUND, "Not found\n", head)
}

fn internal_error(head: bool) -> Response {
    plain(
        StatusCode::INTERNAL_SERVER_ERROR,
        "Internal server error\n",
        head,
    )
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

fn redirect(location: &str) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::MOVED_PERMANENTLY;
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

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(suffix);
    PathBuf::from(name)
}
