//! A small built site in a temporary directory, and a helper to ask the router.
#![allow(dead_code)] // each test file uses a different part of this

use std::fs;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use axum::body::{to_bytes, Body, Bytes};
use axum::http::{HeaderMap, Method, Request, StatusCode};
use tower::ServiceExt;

pub const SECRET: &str = "TOP SECRET: must never be served";
pub const INDEX: &str = "<!doctype html><title>Home</title>";
pub const INDEX_BR: &[u8] = b"\x8b\x10\x80 pretend brotli of index";
pub const INDEX_GZ: &[u8] = b"\x1f\x8b pretend gzip of index";
pub const ROOT_404: &str = "<!doctype html><title>Not found</title>";
pub const ROOT_404_BR: &[u8] = b"\x8b pretend brotli of 404";
pub const LV_404: &str = "<!doctype html><title>Lapa nav atrasta</title>";
pub const LV_INDEX: &str = "<!doctype html><title>Sākums</title>";

pub struct Site {
    /// Holds `secret` and `Cargo.toml` next to `dist`, i.e. in dist's parent.
    pub _tmp: tempfile::TempDir,
    pub dist: PathBuf,
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

pub fn site() -> Site {
    // Not the default `.tmpXXXX`: a hidden name would let the hidden-file check mask a
    // failure of the "stays inside dist" check.
    let tmp = tempfile::Builder::new()
        .prefix("wil-site-")
        .tempdir()
        .unwrap();
    let dist = tmp.path().join("dist");
    write(&tmp.path().join("secret"), SECRET);
    write(&tmp.path().join("Cargo.toml"), SECRET);
    write(&tmp.path().join("a").join("secret"), SECRET);

    let d = |p: &str| dist.join(p);
    write(&d("index.html"), INDEX);
    write(&d("index.html.br"), INDEX_BR);
    write(&d("index.html.gz"), INDEX_GZ);
    write(&d("404.html"), ROOT_404);
    write(&d("404.html.br"), ROOT_404_BR);
    write(&d("lv/index.html"), LV_INDEX);
    write(&d("lv/404.html"), LV_404);
    write(&d("ru/index.html"), "<!doctype html><title>Главная</title>");
    write(&d("a/b.txt"), "inner");
    write(&d("sw.js"), "self.addEventListener('fetch', () => {});");
    write(&d("manifest.webmanifest"), "{}");
    write(&d("style-0123456789abcdef.css"), "body{}");
    write(&d("wil-app-0123456789abcdef_bg.wasm"), b"\0asm\x01\0\0\0");
    write(&d("wil-app-0123456789abcdef.js"), "export default 1;");
    write(&d("boot-0123456789abcdef.js"), "import './x.js';");
    write(&d("only-gzip.js"), "let a = 1;");
    write(&d("only-gzip.js.gz"), b"\x1f\x8b only gzip");
    write(&d("module.mjs"), "export {};");
    write(&d("data.json"), "{}");
    write(&d("image.svg"), "<svg/>");
    write(&d("icon-192.png"), b"\x89PNG");
    write(&d("favicon.ico"), b"\0\0\x01\0");
    write(&d("sitemap.xml"), "<urlset/>");
    write(&d("robots.txt"), "User-agent: *");
    write(&d("font.woff2"), b"wOF2");
    write(&d("blob.bin"), b"\x01\x02");
    write(&d(".env"), SECRET);
    write(&d(".git/config"), SECRET);
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(tmp.path().join("secret"), d("escape.txt")).unwrap();
        std::os::unix::fs::symlink(tmp.path(), d("escape-dir")).unwrap();
        std::os::unix::fs::symlink(d("a/b.txt"), d("inner-link.txt")).unwrap();
    }
    Site { _tmp: tmp, dist }
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(|v| v.to_str().unwrap())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

pub async fn ask(site: &Site, method: Method, uri: &str, headers: &[(&str, &str)]) -> Reply {
    ask_router(wil_server::router(site.dist.clone()), method, uri, headers).await
}

/// [`ask`] of a server set up as `router` is.
pub async fn ask_router(
    router: axum::Router,
    method: Method,
    uri: &str,
    headers: &[(&str, &str)],
) -> Reply {
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request.body(Body::empty()).unwrap();
    let response = router.oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
    Reply {
        status,
        headers,
        body,
    }
}

pub async fn get(site: &Site, uri: &str) -> Reply {
    ask(site, Method::GET, uri, &[]).await
}

// Raw HTTP over TCP, for the tests that run a real server.

/// A free port: bind port 0, note what the OS gave, and release it for the server.
pub fn free_port() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap()
}

/// Connects, waiting up to 10 s for the server to come up.
pub fn connect(addr: SocketAddr) -> TcpStream {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match TcpStream::connect(addr) {
            Ok(stream) => return stream,
            Err(_) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            Err(error) => panic!("server never came up: {error}"),
        }
    }
}

/// Sends one raw request (with `Connection: close`) and returns the raw response.
pub fn raw_request(addr: SocketAddr, request: &str) -> String {
    let mut stream = connect(addr);
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    String::from_utf8_lossy(&response).into_owned()
}

pub fn header<'a>(response: &'a str, name: &str) -> Option<&'a str> {
    let head = response.split("\r\n\r\n").next()?;
    head.lines().skip(1).find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

pub fn body(response: &str) -> &str {
    response.split_once("\r\n\r\n").map_or("", |(_, body)| body)
}
