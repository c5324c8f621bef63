//! Serves the pre-built site directory (`dist/`) for "Work in Latvia".
//!
//! Everything here is read-only and stateless: the server never writes to disk, never
//! sets a cookie and never logs who is asking, because people using the app may be
//! watched and must not be identifiable from our side.

mod access_log;
mod handler;
mod headers;
mod negotiate;
mod resolve;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::middleware;
use axum::Router;

pub use headers::CONTENT_SECURITY_POLICY;

/// The whole site: GET and HEAD of files under `dist`, everything else refused.
///
/// `dist` is re-read on every request, so rebuilding the site while the server runs
/// is picked up without a restart.
pub fn router(dist: PathBuf) -> Router {
    Router::new()
        .fallback(handler::handle)
        .with_state(Arc::new(dist))
        // Applied to every response, including 404, 405, 301 and 304.
        .layer(middleware::map_response(headers::add_security_headers))
        // Outermost, so the logged status and size are what actually leaves.
        .layer(middleware::from_fn(access_log::log_request))
}

/// Binds `addr`, prints one line saying where the site is, and serves until Ctrl-C or
/// SIGTERM, letting requests in flight finish.
pub async fn serve(dist: PathBuf, addr: SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    // The bound address, not the requested one: with port 0 only this says where we are.
    let local = listener.local_addr()?;
    println!("Serving {} at http://{local}/", dist.display());
    axum::serve(listener, router(dist))
        .with_graceful_shutdown(shutdown_signal())
        .await
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
