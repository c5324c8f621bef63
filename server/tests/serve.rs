//! The real server over TCP: binds, serves HTTP/1.1, headers survive hyper.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::{Duration, Instant};

mod common;

fn free_port() -> SocketAddr {
    // Bind port 0, note what the OS gave us, and release it for `serve`.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap()
}

/// Sends one raw request (with `Connection: close`) and returns the raw response.
fn raw_request(addr: SocketAddr, request: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut stream = loop {
        match TcpStream::connect(addr) {
            Ok(stream) => break stream,
            Err(_) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            Err(error) => panic!("server never came up: {error}"),
        }
    };
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    String::from_utf8_lossy(&response).into_owned()
}

fn header<'a>(response: &'a str, name: &str) -> Option<&'a str> {
    let head = response.split("\r\n\r\n").next()?;
    head.lines().skip(1).find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

fn body(response: &str) -> &str {
    response.split_once("\r\n\r\n").map_or("", |(_, body)| body)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serves_over_real_http() {
    let site = common::site();
    let addr = free_port();
    let server = tokio::spawn(wil_server::serve(site.dist.clone(), addr));

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
    let result = wil_server::serve(site.dist.clone(), addr).await;
    assert!(result.is_err());
}
