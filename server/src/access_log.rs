//! One line per request on stdout: method, path, status, bytes sent, duration.
//!
//! Lines gather in memory and one thread writes them ten times a second: under load a
//! thousand lines cost one write, and a request never waits for the terminal.
//!
//! Deliberately NOT logged: IP address, user agent, referrer, query string, or any
//! other header. People using this app may be watched; if logs are seized or leaked
//! they must not identify anyone. Do not add fields here without that in mind.

use std::io::Write;
use std::sync::{Mutex, Once};
use std::time::Duration;

use axum::http::{Method, StatusCode};

/// Lines not yet written. A request appends to it under a short lock; nothing else
/// happens on the request's path (no system call, no thread to wake).
static PENDING: Mutex<Vec<u8>> = Mutex::new(Vec::new());
/// How often the writer thread writes what has gathered.
const EVERY: Duration = Duration::from_millis(100);
/// Past this, the request that fills it writes at once (a burst never grows memory).
const MOST: usize = 256 * 1024;

/// Logs one answered request. `path` is the raw, still percent-encoded path: it cannot
/// contain control characters, so a request cannot forge log lines, and it has no query.
pub(crate) fn log(method: &Method, path: &str, status: StatusCode, bytes: u64, took: Duration) {
    static WRITER: Once = Once::new();
    WRITER.call_once(|| {
        std::thread::spawn(|| loop {
            std::thread::sleep(EVERY);
            flush();
        });
    });
    let millis = took.as_secs_f64() * 1000.0;
    let full = match PENDING.lock() {
        Ok(mut pending) => {
            let _ = writeln!(
                pending,
                "{method} {path} {} {bytes}B {millis:.1}ms",
                status.as_u16()
            );
            pending.len() > MOST
        }
        Err(_) => false,
    };
    if full {
        flush();
    }
}

/// Writes every pending line to stdout (also at shutdown, so no line is lost).
pub(crate) fn flush() {
    let lines = match PENDING.lock() {
        Ok(mut pending) => std::mem::take(&mut *pending),
        Err(_) => return,
    };
    if !lines.is_empty() {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&lines);
        let _ = out.flush();
    }
}
