//! One line per request on stdout: method, path, status, bytes sent, duration.
//!
//! Lines go to one writer thread that writes them in batches and flushes whenever it has
//! caught up: under load a thousand lines cost one write, when idle each line shows at once,
//! and a request never waits for the terminal.
//!
//! Deliberately NOT logged: IP address, user agent, referrer, query string, or any
//! other header. People using this app may be watched; if logs are seized or leaked
//! they must not identify anyone. Do not add fields here without that in mind.

use std::io::Write;
use std::sync::mpsc::{channel, Sender};
use std::sync::OnceLock;
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
    write_line(format!(
        "{method} {path} {} {bytes}B {millis:.1}ms\n",
        response.status().as_u16()
    ));
    response
}

fn write_line(line: String) {
    static WRITER: OnceLock<Sender<String>> = OnceLock::new();
    let sender = WRITER.get_or_init(|| {
        let (sender, lines) = channel::<String>();
        std::thread::spawn(move || {
            let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout());
            while let Ok(line) = lines.recv() {
                let _ = out.write_all(line.as_bytes());
                while let Ok(more) = lines.try_recv() {
                    let _ = out.write_all(more.as_bytes());
                }
                let _ = out.flush();
            }
        });
        sender
    });
    // Only fails if the writer thread is gone; the request is served all the same.
    let _ = sender.send(line);
}
