//! The nginx block the build writes (wil-dist `deploy.rs`) gives the same answers as our
//! server: nginx is started with it on the test site, and for every kind of file both are
//! asked the same thing. Needs Debian's nginx-light and libnginx-mod-http-brotli-static
//! (`cargo xtask test` installs them).

use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};

mod common;

use common::{connect, free_port, header, raw_request};

const BROTLI: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

struct Nginx(Child);

impl Drop for Nginx {
    /// SIGTERM, not SIGKILL: nginx's master then stops its workers, which would otherwise
    /// live on with the port.
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let _ = self.0.wait();
    }
}

fn start_nginx(dist: &Path, work: &Path, addr: SocketAddr) -> Nginx {
    assert!(
        Path::new(BROTLI).is_file() && Command::new("nginx").arg("-v").output().is_ok(),
        "nginx with the brotli module is missing: apt-get install nginx-light libnginx-mod-http-brotli-static (cargo xtask test installs them)"
    );
    let block = wil_dist::deploy::nginx_server_block(
        &addr.to_string(),
        &dist.canonicalize().unwrap().display().to_string(),
        &["lv", "ru"],
    );
    let block_file = work.join("server.conf");
    std::fs::write(&block_file, block).unwrap();
    let conf = work.join("nginx.conf");
    std::fs::create_dir_all(work.join("tmp")).unwrap();
    let w = work.display();
    std::fs::write(
        &conf,
        format!(
            "load_module {BROTLI};\ndaemon off;\npid {w}/nginx.pid;\nerror_log {w}/error.log;\n\
             events {{}}\nhttp {{\n  access_log off;\n  client_body_temp_path {w}/tmp;\n  \
             proxy_temp_path {w}/tmp;\n  fastcgi_temp_path {w}/tmp;\n  uwsgi_temp_path {w}/tmp;\n  \
             scgi_temp_path {w}/tmp;\n  include {};\n}}\n",
            block_file.display()
        ),
    )
    .unwrap();
    let child = Command::new("nginx")
        .arg("-p")
        .arg(work)
        .arg("-c")
        .arg(&conf)
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start nginx");
    Nginx(child)
}

/// What must agree: status, content type, encoding, cache rule, Vary, every security
/// header, an ETag on a 200 and none on a 404, no cookie.
///
/// Two differences are nginx's own and harmless, so they are not compared: a redirect
/// carries a small HTML body with its type (ours has no body), and nginx sends `Vary` only
/// with an encoded response (ours on every response of a file that has encoded copies,
/// which is what caches need).
fn comparable(response: &str) -> Vec<(String, String)> {
    let status = response
        .split_whitespace()
        .nth(1)
        .unwrap_or("?")
        .to_string();
    let encoded = header(response, "content-encoding").is_some();
    let mut out = vec![("status".to_string(), status.clone())];
    let names = [
        "content-type",
        "content-encoding",
        "cache-control",
        "vary",
        "set-cookie",
    ]
    .into_iter()
    .chain(wil_dist::SECURITY_HEADERS.iter().map(|(n, _)| *n));
    for name in names {
        let skip =
            (name == "content-type" && status.starts_with('3')) || (name == "vary" && !encoded);
        let value = if skip {
            "(not compared)".to_string()
        } else {
            header(response, name).unwrap_or("").to_ascii_lowercase()
        };
        out.push((name.to_string(), value));
    }
    out.push((
        "has etag".into(),
        header(response, "etag").is_some().to_string(),
    ));
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_generated_nginx_block_answers_like_our_server() {
    let site = common::site();
    let work = tempfile::tempdir().unwrap();
    let ours = free_port();
    let theirs = free_port();
    let _nginx = start_nginx(&site.dist, work.path(), theirs);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(wil_server::serve_with(
        site.dist.clone(),
        ours,
        wil_server::Limits::default(),
        async move {
            let _ = stopped.await;
        },
    ));
    let differences = tokio::task::spawn_blocking(move || {
        drop(connect(theirs));
        let mut differences = Vec::new();
        // Every kind of file in the test site, a folder without its slash, the 404 pages,
        // and what must not be served. Symlinks are left out: nginx refuses every symlink
        // (`disable_symlinks on`), ours follows those that stay inside dist/.
        for path in [
            "/",
            "/lv/",
            "/lv",
            "/a/b.txt",
            "/sw.js",
            "/manifest.webmanifest",
            "/style-0123456789abcdef.css",
            "/wil-app-0123456789abcdef_bg.wasm",
            "/wil-app-0123456789abcdef.js",
            "/boot-0123456789abcdef.js",
            "/only-gzip.js",
            "/module.mjs",
            "/data.json",
            "/image.svg",
            "/icon-192.png",
            "/favicon.ico",
            "/sitemap.xml",
            "/robots.txt",
            "/font.woff2",
            "/blob.bin",
            "/nope",
            "/lv/nope",
            "/lv/nope/deeper",
            "/index.html.br",
            "/.env",
            "/.git/config",
        ] {
            for encoding in ["br, gzip", "gzip", ""] {
                let accept = if encoding.is_empty() {
                    String::new()
                } else {
                    format!("Accept-Encoding: {encoding}\r\n")
                };
                let request = format!(
                    "GET {path} HTTP/1.1\r\nHost: localhost\r\n{accept}Connection: close\r\n\r\n"
                );
                let a = comparable(&raw_request(ours, &request));
                let b = comparable(&raw_request(theirs, &request));
                for ((name, x), (_, y)) in a.iter().zip(&b) {
                    if x != y {
                        differences.push(format!(
                            "{path} [{encoding}] {name}: ours {x:?}, nginx {y:?}"
                        ));
                    }
                }
            }
        }
        differences
    })
    .await
    .unwrap();
    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
    assert!(
        differences.is_empty(),
        "nginx answers differently:\n  {}",
        differences.join("\n  ")
    );
}
