//! Accepting connections, with limits: the head of a request may be at most
//! `max_head_bytes` (hyper answers 431), must arrive within `head_timeout` (a client that
//! trickles it byte by byte is cut off), and at most `max_connections` are open at once (one
//! more is answered 503). On stop, no new connection is taken and those open get
//! `shutdown_grace` to finish what they are sending.

use std::sync::Arc;
use std::time::Duration;

use std::convert::Infallible;
use std::time::Instant;

use axum::body::HttpBody;
use axum::http::Request;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;

use crate::snapshot::Current;
use crate::{access_log, handler, Limits};

pub(crate) async fn accept(
    listener: TcpListener,
    current: Arc<Current>,
    limits: Limits,
    stop: impl std::future::Future<Output = ()>,
) {
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        // hyper's smallest allowed buffer is 8 KB, which is nginx's default too.
        .max_buf_size(limits.max_head_bytes.max(8192))
        .header_read_timeout(limits.head_timeout)
        .keep_alive(true);
    let graceful = GracefulShutdown::new();
    let open = Arc::new(Semaphore::new(limits.max_connections));
    tokio::pin!(stop);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors or a reset before accept: wait a moment, go on.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let _ = stream.set_nodelay(true);
        let Ok(permit) = Arc::clone(&open).try_acquire_owned() else {
            tokio::spawn(refuse(stream));
            continue;
        };
        let current = Arc::clone(&current);
        // A plain function per request, no router and no middleware stack: the answer is a
        // lookup in memory, and the log line is written after it.
        let service = service_fn(move |request: Request<Incoming>| {
            let started = Instant::now();
            let response = handler::respond(&current, &request);
            let bytes = response.body().size_hint().exact().unwrap_or(0);
            access_log::log(
                request.method(),
                request.uri().path(),
                response.status(),
                bytes,
                started.elapsed(),
            );
            std::future::ready(Ok::<_, Infallible>(response))
        });
        let connection = builder.serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(permit);
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(limits.shutdown_grace, graceful.shutdown()).await;
}

/// Too many connections: say so and close, rather than let the queue grow without end.
async fn refuse(mut stream: TcpStream) {
    let _ = stream
        .write_all(
            b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 1\r\nConnection: close\r\n\r\n",
        )
        .await;
    let _ = stream.shutdown().await;
}
