//! `cargo xtask <command>`: the project's one entry point for building, serving and testing.
//!
//! Each command installs what it needs and is missing, prints one line per step, and stops
//! with a clear message when something is wrong.

mod bench;
mod build;
mod preview;
mod print;
mod review;
mod test;
mod tools;
mod translated;
mod typst;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  build   install what is missing, build the site into dist/ and print its size report
  serve   build, then serve dist/ (default http://127.0.0.1:8080)
  test    install what is missing (including Chromium), build, run every test
  bench   build, then load our release server and nginx on the same dist/ with wrk and
          print requests/s, p50 and p99 of both (installs wrk and nginx with apt-get)
  print [--places a,b] [--langs x,y] [--base-url URL] [--out DIR]
          the posters and leaflets of content/places.toml as PDFs (target/print/):
          A4, A3, A3 outdoor, A6 leaflet and A4 with Latvian, for each place and language
  previews [--check]
          draw every page's link preview (1200×630 PNG) into target/og/ and every
          campaign card into target/cards/, as the build does, to look at them (the
          build keeps them in target/previews/ by hash);
          --check then checks them as `cargo xtask test` does
  review <lang>
          write target/review/<lang>.html: every string and page beside the source
          language, to print or send to a native speaker for review
  translated <lang> [--reviewed-by NAME --on YYYY-MM-DD]
          record that <lang>'s translation matches the current English text

options:
  --port N          port for serve (default 8080)
  --addr A          address for serve (default 127.0.0.1)
  --base-url URL    public origin for canonical links and the sitemap (default: content/site.toml)
  --no-install      never install anything; fail if a tool is missing";

/// Options shared by the commands.
#[derive(Debug, Clone)]
pub struct Options {
    pub addr: std::net::IpAddr,
    pub port: u16,
    pub base_url: Option<String>,
    pub install: bool,
    /// `previews --check`: check what was drawn, as `cargo xtask test` does.
    pub check: bool,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = args.first().cloned() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let root = project_root();
    // Commands with arguments of their own; the others share the options below.
    let own_args: Option<CommandWithArgs> = match command.as_str() {
        "review" => Some(review::run),
        "print" => Some(print::run),
        "translated" => Some(translated::run),
        _ => None,
    };
    if let Some(run) = own_args {
        return exit_code(run(&root, &args[1..]));
    }
    let options = match parse_options(&args[1..]) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match command.as_str() {
        "build" => build::build(&root, &options).map(|_| ()),
        "serve" => build::build(&root, &options).and_then(|_| serve(&root, &options)),
        "test" => test::run(&root, &options),
        "bench" => bench::run(&root, &options),
        "previews" => preview::run(&root, &options),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(anyhow::anyhow!("unknown command `{other}`\n\n{USAGE}")),
    };
    exit_code(result)
}

/// A command that reads its own arguments (after the command name).
type CommandWithArgs = fn(&std::path::Path, &[String]) -> anyhow::Result<()>;

fn exit_code(result: anyhow::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // {:#} prints the whole chain of context: what failed, and in which file.
            eprintln!("\nerror: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        addr: [127, 0, 0, 1].into(),
        port: 8080,
        base_url: None,
        install: true,
        check: false,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match a.as_str() {
            "--port" => {
                let v = value("--port")?;
                o.port = v
                    .parse()
                    .map_err(|_| format!("--port: `{v}` is not a port number (1–65535)"))?;
            }
            "--addr" => {
                let v = value("--addr")?;
                o.addr = v
                    .parse()
                    .map_err(|_| format!("--addr: `{v}` is not an IP address"))?;
            }
            "--base-url" => {
                let v = value("--base-url")?;
                if !(v.starts_with("https://") || v.starts_with("http://")) {
                    return Err(format!(
                        "--base-url: `{v}` must start with https:// or http://"
                    ));
                }
                o.base_url = Some(v.trim_end_matches('/').to_string());
            }
            "--no-install" => o.install = false,
            "--check" => o.check = true,
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    Ok(o)
}

fn serve(root: &std::path::Path, options: &Options) -> anyhow::Result<()> {
    use anyhow::Context;
    let addr = SocketAddr::new(options.addr, options.port);
    let dist = root.join("dist");
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime
        // As in production: `/` opens in the browser's language on a first visit.
        .block_on(wil_server::serve(
            dist,
            addr,
            wil_server::StartPage::ByLanguage,
        ))
        .with_context(|| format!("cannot serve {} at {addr}", root.join("dist").display()))
}

/// The workspace root: xtask lives in <root>/xtask.
pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits inside the workspace")
        .to_path_buf()
}

/// How many `Progress` are alive: a build inside `test` prints its steps indented.
static PROGRESS_DEPTH: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// One progress line per step: "[2/7] Building the WASM app with trunk", indented when it is
/// part of a larger command.
pub struct Progress {
    step: usize,
    total: usize,
    indent: usize,
    /// When the current step started: each step's time is printed when it ends, so a slow
    /// CI run says where its time went.
    started: std::time::Instant,
}

impl Progress {
    pub fn new(total: usize) -> Self {
        let depth = PROGRESS_DEPTH.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Progress {
            step: 0,
            total,
            indent: depth * 4,
            started: std::time::Instant::now(),
        }
    }
    /// A line under the current step.
    pub fn detail(&self, what: &str) {
        println!("{:indent$}      {what}", "", indent = self.indent);
    }

    pub fn step(&mut self, what: &str) {
        self.end_step();
        self.step += 1;
        self.started = std::time::Instant::now();
        println!(
            "{:indent$}[{}/{}] {what}",
            "",
            self.step,
            self.total,
            indent = self.indent
        );
    }

    fn end_step(&self) {
        if self.step > 0 {
            self.detail(&format!(
                "(step {} took {:.1} s)",
                self.step,
                self.started.elapsed().as_secs_f64()
            ));
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        // The last step's time (a command that stopped earlier, on an error, says so itself).
        if !std::thread::panicking() && self.step == self.total {
            self.end_step();
        }
        PROGRESS_DEPTH.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}
