//! Serves the pre-built site directory (`dist/`) for "Work in Latvia".
//!
//! Everything here is read-only and stateless: the server never writes to disk, never
//! sets a cookie and never logs who is asking, because people using the app may be
//! watched and must not be identifiable from our side.

mod access_log;
mod connections;
mod handler;
mod headers;
mod negotiate;
mod resolve;
mod snapshot;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;

use snapshot::Current;

pub use headers::CONTENT_SECURITY_POLICY;

/// The whole site: GET and HEAD of files under `dist`, everything else refused. `dist` is
/// read into memory now; [`serve`] also watches it for a new build.
pub fn router(dist: PathBuf) -> Router {
    router_with(dist, StartPage::default())
}

/// [`router`] with another answer at `/`.
pub fn router_with(dist: PathBuf, start_page: StartPage) -> Router {
    let mut current = Current::load(dist);
    current.start_page = start_page;
    app(Arc::new(current))
}

fn app(current: Arc<Current>) -> Router {
    Router::new().fallback(handler::handle).with_state(current)
}

/// What `/` answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StartPage {
    /// A redirect to the best language for the browser's `Accept-Language`, unless the
    /// person came from one of our pages (then the list): the default of our server.
    #[default]
    ByLanguage,
    /// Always the list of languages, as a static host or CDN serves it.
    List,
}

/// Limits that keep the server steady when a crowd, or a hostile client, arrives.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Request line and headers together; more gets 431 (nginx's default buffer is 8 KB).
    pub max_head_bytes: usize,
    /// A client that has not sent its whole head by then is disconnected (slow-loris).
    pub head_timeout: std::time::Duration,
    /// Open connections at once; one more is answered 503 and closed.
    pub max_connections: usize,
    /// On SIGTERM, requests in flight get this long to finish.
    pub shutdown_grace: std::time::Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_head_bytes: 8 * 1024,
            head_timeout: std::time::Duration::from_secs(10),
            max_connections: 4096,
            shutdown_grace: std::time::Duration::from_secs(10),
        }
    }
}

/// Binds `addr`, prints one line saying where the site is, and serves until Ctrl-C or
/// SIGTERM, letting requests in flight finish. A new build of `dist` (swapped in by the
/// build tool) is read and served within a second; SIGHUP reads dist/ again at once.
pub async fn serve(dist: PathBuf, addr: SocketAddr, start_page: StartPage) -> std::io::Result<()> {
    serve_configured(dist, addr, Limits::default(), start_page, shutdown_signal()).await
}

/// [`serve`] with other limits, stopping when `stop` completes (tests use both), with the
/// default start page.
pub async fn serve_with(
    dist: PathBuf,
    addr: SocketAddr,
    limits: Limits,
    stop: impl std::future::Future<Output = ()>,
) -> std::io::Result<()> {
    serve_configured(dist, addr, limits, StartPage::default(), stop).await
}

async fn serve_configured(
    dist: PathBuf,
    addr: SocketAddr,
    limits: Limits,
    start_page: StartPage,
    stop: impl std::future::Future<Output = ()>,
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    // The bound address, not the requested one: with port 0 only this says where we are.
    let local = listener.local_addr()?;
    let mut current = Current::load(dist.clone());
    current.start_page = start_page;
    let current = Arc::new(current);
    let site = current.get();
    println!(
        "Serving {} at http://{local}/ ({} files, {:.1} MB in memory)",
        dist.display(),
        site.len(),
        site.bytes as f64 / 1e6
    );
    drop(site);
    let watcher = tokio::spawn(watch(Arc::clone(&current)));
    connections::accept(listener, current, limits, stop).await;
    watcher.abort();
    access_log::flush();
    Ok(())
}

/// Reads dist/ again when it changes (checked every second) or on SIGHUP.
async fn watch(current: Arc<Current>) {
    #[cfg(unix)]
    let mut hangup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).ok();
    loop {
        #[cfg(unix)]
        let forced = async {
            match hangup.as_mut() {
                Some(signal) => signal.recv().await.is_some(),
                None => std::future::pending().await,
            }
        };
        #[cfg(not(unix))]
        let forced = std::future::pending::<bool>();
        let force = tokio::select! {
            () = tokio::time::sleep(std::time::Duration::from_secs(1)) => false,
            got = forced => got,
        };
        let current = Arc::clone(&current);
        let changed = tokio::task::spawn_blocking(move || {
            let changed = if force {
                current.reload()
            } else {
                current.reload_if_changed()
            };
            changed.then(|| current.get().len())
        })
        .await
        .ok()
        .flatten();
        if let Some(files) = changed {
            println!("dist/ changed: now serving the new build ({files} files)");
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        // If the handler cannot be installed, wait forever rather than shutting down.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };

    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();

    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
