//! `cargo xtask bench`: our server against nginx on the same dist/, in the same run, on
//! loopback, with the same bounded load (wrk). Prints requests per second, p50 and p99 for
//! an HTML page (brotli), the WASM file (brotli), a 404 and a 304 revalidation, the ratio
//! ours / nginx, and our server's memory before and after; then a steady minute with 256
//! connections on ours (errors, memory). Numbers only: nothing here passes or fails on a
//! time.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::{build, tools, Options, Progress};

/// Load per run: bounded, the same for both servers.
const CONNECTIONS: &str = "64";
const THREADS: &str = "2";
const SECONDS: &str = "8";
/// The steady run: many connections for a minute, to show errors and memory stay flat.
const STEADY_CONNECTIONS: &str = "256";
const STEADY_SECONDS: &str = "60";

pub fn run(root: &Path, options: &Options) -> Result<()> {
    let mut progress = Progress::new(5);
    progress.step("Building the site");
    let built = build::build(root, options)?;
    progress.step("Checking bench tools (wrk, nginx with brotli)");
    tools::ensure_nginx_and_wrk(options.install)?;
    progress.step("Building the release server");
    tools::run(
        Command::new("cargo")
            .args(["build", "--quiet", "--release", "-p", "wil-server"])
            .current_dir(root),
    )?;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let server = target.join("release").join("wil-server");

    progress.step("Starting both servers on loopback");
    let dist = std::fs::canonicalize(&built.dist)?;
    let work = target.join("bench");
    std::fs::create_dir_all(work.join("logs"))?;
    let ours_port = free_port()?;
    let nginx_port = free_port()?;
    let mut ours = Running(
        Command::new(&server)
            .args(["--dist"])
            .arg(&dist)
            .args(["--port", &ours_port.to_string()])
            .stdout(Stdio::null())
            .spawn()
            .context("cannot start wil-server")?,
    );
    let conf = work.join("nginx.conf");
    std::fs::write(&conf, nginx_conf(&dist, &work, nginx_port))?;
    let _nginx = Running(
        Command::new("nginx")
            .arg("-p")
            .arg(&work)
            .arg("-c")
            .arg(&conf)
            .stderr(Stdio::null())
            .spawn()
            .context("cannot start nginx")?,
    );
    let ours_addr: SocketAddr = ([127, 0, 0, 1], ours_port).into();
    let nginx_addr: SocketAddr = ([127, 0, 0, 1], nginx_port).into();
    wait_until_up(ours_addr)?;
    wait_until_up(nginx_addr)?;
    let memory_before = rss_kb(ours.0.id());

    progress.step(&format!(
        "Loading each path for {SECONDS} s with wrk ({THREADS} threads, {CONNECTIONS} connections)"
    ));
    let wasm = wasm_path(&dist)?;
    let html = "/en/pay/";
    let mut rows = Vec::new();
    for (name, path, accept_br, revalidate) in [
        ("HTML page (br)", html, true, false),
        ("WASM (br)", wasm.as_str(), true, false),
        ("404", "/en/no-such-page/", true, false),
        ("304 revalidation", html, true, true),
    ] {
        let mut results = Vec::new();
        for addr in [ours_addr, nginx_addr] {
            let mut headers = Vec::new();
            if accept_br {
                headers.push("Accept-Encoding: br, gzip".to_string());
            }
            if revalidate {
                let etag = etag_of(addr, path)?;
                headers.push(format!("If-None-Match: {etag}"));
            }
            let status = status_of(addr, path, &headers)?;
            results.push((wrk(addr, path, &headers)?, status));
        }
        rows.push((name, results));
    }
    let memory_after = rss_kb(ours.0.id());

    progress.detail(&format!(
        "steady: {STEADY_SECONDS} s with {STEADY_CONNECTIONS} connections on {html}, ours only"
    ));
    let steady = wrk_with(
        ours_addr,
        html,
        &["Accept-Encoding: br, gzip".to_string()],
        STEADY_CONNECTIONS,
        STEADY_SECONDS,
    )?;
    let memory_steady = rss_kb(ours.0.id());
    ours.stop();

    println!();
    println!(
        "{:<18} {:>6} {:>10} {:>9} {:>9}   {:>10} {:>9} {:>9}   {:>7} {:>9}",
        "path", "status", "ours r/s", "p50", "p99", "nginx r/s", "p50", "p99", "r/s ×", "p99 ×"
    );
    for (name, results) in &rows {
        let ((o, status), (n, _)) = (&results[0], &results[1]);
        println!(
            "{:<18} {:>6} {:>10.0} {:>9} {:>9}   {:>10.0} {:>9} {:>9}   {:>7.2} {:>9.2}",
            name,
            status,
            o.requests_per_second,
            micros(o.p50),
            micros(o.p99),
            n.requests_per_second,
            micros(n.p50),
            micros(n.p99),
            o.requests_per_second / n.requests_per_second,
            o.p99.as_secs_f64() / n.p99.as_secs_f64(),
        );
        if o.errors > 0 || n.errors > 0 {
            println!("{:<18} errors: ours {}, nginx {}", "", o.errors, n.errors);
        }
    }
    println!(
        "\nwil-server memory (RSS): {} before, {} after the runs",
        memory_before.map_or("?".into(), |k| format!("{:.1} MB", k as f64 / 1024.0)),
        memory_after.map_or("?".into(), |k| format!("{:.1} MB", k as f64 / 1024.0)),
    );
    println!(
        "steady ({STEADY_SECONDS} s, {STEADY_CONNECTIONS} connections): {:.0} r/s, p99 {}, {} socket errors; memory after it {}",
        steady.requests_per_second,
        micros(steady.p99),
        steady.errors,
        memory_steady.map_or("?".into(), |k| format!("{:.1} MB", k as f64 / 1024.0)),
    );
    println!(
        "machine: {} cores; dist: {}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        dist.display()
    );
    Ok(())
}

/// A child process that is stopped when dropped, so a failed run leaves no server behind.
struct Running(Child);

impl Running {
    /// SIGTERM first: nginx's master then stops its workers, which a SIGKILL would leave
    /// running with the port.
    fn stop(&mut self) {
        // Stopped once already (by hand, then again when dropped): nothing to signal.
        if matches!(self.0.try_wait(), Ok(Some(_))) {
            return;
        }
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .stderr(Stdio::null())
            .status();
        if self.0.wait().is_err() {
            let _ = self.0.kill();
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop();
    }
}

/// nginx as a static server would be set up for this site: precompressed files
/// (gzip_static, brotli_static), and like ours one buffered log line per request (nginx's
/// default logs too; ours writes to stdout, here discarded, nginx to a file).
fn nginx_conf(dist: &Path, work: &Path, port: u16) -> String {
    format!(
        "load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
daemon off;
worker_processes auto;
pid {work}/nginx.pid;
error_log {work}/logs/error.log;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    types {{ application/wasm wasm; application/manifest+json webmanifest; }}
    log_format short '$request_method $uri $status $body_bytes_sent $request_time';
    access_log {work}/logs/access.log short buffer=64k flush=1s;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {work}/tmp;
    proxy_temp_path {work}/tmp;
    fastcgi_temp_path {work}/tmp;
    uwsgi_temp_path {work}/tmp;
    scgi_temp_path {work}/tmp;
    server {{
        listen 127.0.0.1:{port};
        root {dist};
        gzip_static on;
        brotli_static on;
        etag on;
        error_page 404 /en/404.html;
    }}
}}
",
        work = work.display(),
        dist = dist.display(),
    )
}

struct Measured {
    requests_per_second: f64,
    p50: Duration,
    p99: Duration,
    errors: u64,
}

fn wrk(addr: SocketAddr, path: &str, headers: &[String]) -> Result<Measured> {
    wrk_with(addr, path, headers, CONNECTIONS, SECONDS)
}

fn wrk_with(
    addr: SocketAddr,
    path: &str,
    headers: &[String],
    connections: &str,
    seconds: &str,
) -> Result<Measured> {
    let mut cmd = Command::new("wrk");
    cmd.args([
        "-t",
        THREADS,
        "-c",
        connections,
        "-d",
        &format!("{seconds}s"),
        "--latency",
    ]);
    for h in headers {
        cmd.args(["-H", h]);
    }
    cmd.arg(format!("http://{addr}{path}"));
    let out = cmd.output().context("cannot run wrk")?;
    let text = String::from_utf8_lossy(&out.stdout);
    parse_wrk(&text).with_context(|| format!("cannot read wrk's output:\n{text}"))
}

fn parse_wrk(text: &str) -> Result<Measured> {
    let value = |prefix: &str| {
        text.lines()
            .find_map(|l| l.trim().strip_prefix(prefix).map(|v| v.trim().to_string()))
    };
    let rps: f64 = value("Requests/sec:").context("no Requests/sec")?.parse()?;
    let p50 = parse_duration(&value("50%").context("no 50% line")?)?;
    let p99 = parse_duration(&value("99%").context("no 99% line")?)?;
    // "Non-2xx or 3xx responses" counts our 404s: that is the answer asked for, not an error.
    let errors = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("Socket errors:"))
        .map(|v| {
            v.split(',')
                .filter_map(|part| part.split_whitespace().last()?.parse::<u64>().ok())
                .sum()
        })
        .unwrap_or(0);
    Ok(Measured {
        requests_per_second: rps,
        p50,
        p99,
        errors,
    })
}

/// wrk's "123.45us", "1.20ms", "2.00s".
fn parse_duration(text: &str) -> Result<Duration> {
    let (number, unit) = text
        .find(|c: char| c.is_ascii_alphabetic())
        .map(|i| text.split_at(i))
        .context("no unit")?;
    let n: f64 = number.parse()?;
    let seconds = match unit {
        "us" => n / 1e6,
        "ms" => n / 1e3,
        "s" => n,
        "m" => n * 60.0,
        other => bail!("unknown unit {other}"),
    };
    Ok(Duration::from_secs_f64(seconds))
}

fn micros(d: Duration) -> String {
    let us = d.as_secs_f64() * 1e6;
    if us >= 1000.0 {
        format!("{:.2}ms", us / 1000.0)
    } else {
        format!("{us:.0}us")
    }
}

/// The hashed WASM file's path in dist/.
fn wasm_path(dist: &Path) -> Result<String> {
    std::fs::read_dir(dist)?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .find(|n| n.ends_with(".wasm"))
        .map(|n| format!("/{n}"))
        .context("no .wasm file in dist/")
}

/// One request by hand; the response head as text.
fn head_of(addr: SocketAddr, path: &str, headers: &[String]) -> Result<String> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut request = format!("GET {path} HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n");
    for h in headers {
        request.push_str(h);
        request.push_str("\r\n");
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes())?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response)?;
    let text = String::from_utf8_lossy(&response);
    Ok(text
        .split("\r\n\r\n")
        .next()
        .unwrap_or_default()
        .to_string())
}

fn status_of(addr: SocketAddr, path: &str, headers: &[String]) -> Result<String> {
    let head = head_of(addr, path, headers)?;
    Ok(head.split_whitespace().nth(1).unwrap_or("?").to_string())
}

fn etag_of(addr: SocketAddr, path: &str) -> Result<String> {
    let head = head_of(addr, path, &["Accept-Encoding: br, gzip".to_string()])?;
    head.lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("etag")
                .then(|| value.trim().to_string())
        })
        .with_context(|| format!("no ETag from {addr}{path}"))
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn wait_until_up(addr: SocketAddr) -> Result<()> {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        if TcpStream::connect(addr).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    bail!("nothing answers at {addr} after 20 s")
}

/// Resident memory of a process, from /proc (Linux), in KB.
fn rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_wrk_output() {
        let text = "Running 8s test @ http://127.0.0.1:1/en/pay/
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   512.00us  100.00us   5.00ms   90.00%
  Latency Distribution
     50%  480.00us
     75%  600.00us
     90%  700.00us
     99%    1.50ms
  100000 requests in 8.00s, 400.00MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
Requests/sec:  12500.00
Transfer/sec:     50.00MB
";
        let m = parse_wrk(text).unwrap();
        assert_eq!(m.requests_per_second, 12500.0);
        assert_eq!(m.p50, Duration::from_micros(480));
        assert_eq!(m.p99, Duration::from_micros(1500));
        assert_eq!(m.errors, 3);
        assert!(parse_wrk("garbage").is_err());
    }
}
