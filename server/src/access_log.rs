//! One line per request on stdout: method, path, status, bytes sent, duration.
//!
//! Deliberately NOT logged: IP address, user agent, referrer, query string, or any
//! other header. People using this app may be watched; if logs are seized or leaked
//! they must not identify anyone. Do not add fields here without that in mind.

use std::time::Instant;

use axum::body::HttpBody;
use axum::extract::Request;
use axum::http::header::CONTENT_LENGTH;
use axum::middleware::Next;
use axum::response::Response;

pub(crate) async fn log_request(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    // The raw, still percent-encoded path: it cannot contain control characters, so a
    // request cannot forge log lines. `path()` already excludes the query string.
    let path = request.uri().path().to_owned();

    let response = next.run(request).await;

    let bytes = response.body().size_hint().exact().unwrap_or_else(|| {
        response
            .headers()
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    });
    let millis = started.elapsed().as_secs_f64() * 1000.0;
    println!(
        "{method} {path} {} {bytes}B {millis:.1}ms",
        response.status().as_u16()
    );
    response
}
