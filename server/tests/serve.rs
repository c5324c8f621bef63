//! The real server over TCP: binds, serves HTTP/1.1, headers survive hyper.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::{Duration, Instant};

mod common;

use common::{body, connect, free_port, header, raw_request};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serves_over_real_http() {
    let site = common::site();
    let addr = free_port();
    let server = tokio::spawn(wil_server::serve(
        site.dist.clone(),
        addr,
        Default::default(),
    ));

    let get = tokio::task::spawn_blocking(move || {
        raw_request(
            addr,
            "GET /lv/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
        )
    })
    .await
    .unwrap();
    assert!(get.starts_with("HTTP/1.1 200 OK\r\n"), "{get}");
    assert_eq!(body(&get), common::LV_INDEX);
    assert_eq!(
        header(&get, "content-length"),
        Some(&*common::LV_INDEX.len().to_string())
    );
    assert_eq!(
        header(&get, "content-security-policy"),
        Some(wil_server::CONTENT_SECURITY_POLICY)
    );
    assert_eq!(header(&get, "x-frame-options"), Some("DENY"));
    assert!(header(&get, "set-cookie").is_none());

    // hyper must keep our Content-Length on HEAD and send no body.
    let head = tokio::task::spawn_blocking(move || {
        raw_request(
            addr,
            "HEAD / HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n",
        )
    })
    .await
    .unwrap();
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
    assert_eq!(header(&head, "content-encoding"), Some("gzip"));
    assert_eq!(
        header(&head, "content-length"),
        Some(&*common::INDEX_GZ.len().to_string())
    );
    assert_eq!(body(&head), "");

    let traversal = tokio::task::spawn_blocking(move || {
        raw_request(
            addr,
            "GET /../secret HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
        )
    })
    .await
    .unwrap();
    assert!(traversal.starts_with("HTTP/1.1 404"), "{traversal}");
    assert!(!traversal.contains("SECRET"));

    server.abort();
}

#[tokio::test]
async fn serve_reports_a_busy_port() {
    let site = common::site();
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap();
    let result = wil_server::serve(site.dist.clone(), addr, Default::default()).await;
    assert!(result.is_err());
}

/// Starts the server with `limits`; the sender stops it.
fn start(
    limits: wil_server::Limits,
) -> (
    common::Site,
    SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<std::io::Result<()>>,
) {
    let site = common::site();
    let addr = free_port();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(wil_server::serve_with(
        site.dist.clone(),
        addr,
        limits,
        async move {
            let _ = stopped.await;
        },
    ));
    (site, addr, stop, server)
}

/// A request head over 8 KB gets 431, as from nginx; a normal one still works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversize_head_gets_431() {
    let (_site, addr, stop, server) = start(wil_server::Limits::default());
    let big = format!(
        "GET /lv/ HTTP/1.1\r\nHost: localhost\r\nX-Padding: {}\r\nConnection: close\r\n\r\n",
        "a".repeat(70 * 1024)
    );
    let reply = tokio::task::spawn_blocking(move || raw_request(addr, &big))
        .await
        .unwrap();
    assert!(reply.starts_with("HTTP/1.1 431"), "{reply}");
    let ok = tokio::task::spawn_blocking(move || {
        raw_request(
            addr,
            "GET /lv/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
        )
    })
    .await
    .unwrap();
    assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}

/// A client that trickles its head byte by byte is cut off when the head timeout passes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trickling_client_is_cut_off() {
    let limits = wil_server::Limits {
        head_timeout: Duration::from_millis(500),
        ..Default::default()
    };
    let (_site, addr, stop, server) = start(limits);
    let closed_after = tokio::task::spawn_blocking(move || {
        let started = Instant::now();
        let mut stream = connect(addr);
        stream
            .set_read_timeout(Some(Duration::from_millis(50)))
            .unwrap();
        for byte in b"GET /lv/ HTTP/1.1\r\nHost: localhost\r\n".iter().cycle() {
            if stream.write_all(&[*byte]).is_err() {
                break;
            }
            let mut buf = [0u8; 512];
            match stream.read(&mut buf) {
                Ok(0) => break,
                Ok(_) => break, // a 408 or similar: the server gave up on us
                Err(e)
                    if e.kind() == std::io::ErrorKind::WouldBlock
                        || e.kind() == std::io::ErrorKind::TimedOut => {}
                Err(_) => break,
            }
            assert!(started.elapsed() < Duration::from_secs(10), "never cut off");
        }
        started.elapsed()
    })
    .await
    .unwrap();
    assert!(
        closed_after >= Duration::from_millis(400),
        "{closed_after:?}"
    );
    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}

/// One connection more than the limit is answered 503 and closed; the others are served.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_connection_too_many_gets_503() {
    let limits = wil_server::Limits {
        max_connections: 1,
        ..Default::default()
    };
    let (_site, addr, stop, server) = start(limits);
    let reply = tokio::task::spawn_blocking(move || {
        // The first connection stays open (keep-alive, no request yet).
        let first = connect(addr);
        std::thread::sleep(Duration::from_millis(200));
        let second = raw_request(
            addr,
            "GET /lv/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
        );
        drop(first);
        second
    })
    .await
    .unwrap();
    assert!(reply.starts_with("HTTP/1.1 503"), "{reply}");
    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}

/// On stop, an open keep-alive connection is closed after its request and `serve_with`
/// returns well within the grace period; no new connection is taken.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stopping_finishes_open_connections_and_returns() {
    let (_site, addr, stop, server) = start(wil_server::Limits::default());
    let mut stream = tokio::task::spawn_blocking(move || {
        let mut stream = connect(addr);
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream
            .write_all(b"GET /lv/ HTTP/1.1\r\nHost: localhost\r\n\r\n")
            .unwrap();
        let mut buf = [0u8; 4096];
        let n = stream.read(&mut buf).unwrap();
        assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
        stream
    })
    .await
    .unwrap();
    let started = Instant::now();
    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    let mut rest = Vec::new();
    let _ = stream.read_to_end(&mut rest);
    assert!(
        TcpStream::connect(addr).is_err(),
        "still accepting after stop"
    );
}

/// Hostile request lines over real TCP: each gets a clean 4xx, and nothing from outside
/// dist/ ever comes back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_request_lines_get_a_clean_4xx() {
    let (_site, addr, stop, server) = start(wil_server::Limits::default());
    let replies = tokio::task::spawn_blocking(move || {
        let lines: [&[u8]; 9] = [
            b"GET /../secret HTTP/1.1",
            b"GET /%2e%2e/secret HTTP/1.1",
            b"GET /a/..%2f..%2fsecret HTTP/1.1",
            b"GET /a\\..\\..\\secret HTTP/1.1",
            b"GET /%00 HTTP/1.1",
            b"GET /\xff\xfe HTTP/1.1",
            b"GET /\0 HTTP/1.1",
            b"BREW / HTTP/1.1",
            b"GET /escape.txt HTTP/1.1",
        ];
        lines
            .iter()
            .map(|line| {
                let mut stream = connect(addr);
                stream
                    .set_read_timeout(Some(Duration::from_secs(10)))
                    .unwrap();
                let mut request = line.to_vec();
                request.extend_from_slice(b"\r\nHost: localhost\r\nConnection: close\r\n\r\n");
                stream.write_all(&request).unwrap();
                let mut response = Vec::new();
                let _ = stream.read_to_end(&mut response);
                (
                    String::from_utf8_lossy(line).into_owned(),
                    String::from_utf8_lossy(&response).into_owned(),
                )
            })
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();
    for (line, reply) in replies {
        let status = reply.split_whitespace().nth(1).unwrap_or("");
        assert!(
            status.starts_with('4'),
            "{line:?} got {:?}",
            reply.lines().next()
        );
        assert!(!reply.contains("SECRET"), "{line:?} leaked");
    }
    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}
