//! `wil-server [--dist DIR] [--addr ADDR] [--port N] [--start-page by-language|list]`:
//! serves the built site.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

use wil_server::StartPage;

const USAGE: &str = "\
Usage: wil-server [--dist DIR] [--addr ADDR] [--port N] [--start-page by-language|list]

Serves the built site with precompressed files, cache rules and security headers.

Options:
  --dist DIR    directory with the built site (default: dist)
  --addr ADDR   IP address to listen on (default: 127.0.0.1)
  --port N      TCP port to listen on (default: 8080)
  --start-page by-language|list
                what / answers: a redirect to the language of the browser's
                Accept-Language, unless the person came from one of our pages
                (by-language, the default), or always the list of languages, as a
                static host serves it (list)
  -h, --help    print this help";

struct Options {
    dist: PathBuf,
    addr: IpAddr,
    port: u16,
    start_page: StartPage,
}

enum Parsed {
    Run(Options),
    Help,
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Parsed, String> {
    let mut options = Options {
        dist: PathBuf::from("dist"),
        addr: IpAddr::V4(Ipv4Addr::LOCALHOST),
        port: 8080,
        start_page: StartPage::ByLanguage,
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        // Both `--port 80` and `--port=80`.
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                (flag.to_owned(), Some(value.to_owned()))
            }
            _ => (arg, None),
        };
        if flag == "-h" || flag == "--help" {
            return Ok(Parsed::Help);
        }
        if !matches!(
            flag.as_str(),
            "--dist" | "--addr" | "--port" | "--start-page"
        ) {
            return Err(format!("unknown argument '{flag}'"));
        }
        let value = match inline.or_else(|| args.next()) {
            Some(value) => value,
            None => return Err(format!("{flag} needs a value")),
        };
        match flag.as_str() {
            "--dist" => options.dist = PathBuf::from(value),
            "--addr" => {
                options.addr = value
                    .parse()
                    .map_err(|_| format!("--addr: '{value}' is not an IP address"))?;
            }
            "--start-page" => {
                options.start_page = match value.as_str() {
                    "by-language" => StartPage::ByLanguage,
                    "list" => StartPage::List,
                    _ => {
                        return Err(format!(
                            "--start-page: '{value}' is neither 'by-language' nor 'list'"
                        ))
                    }
                };
            }
            _ => {
                options.port = value
                    .parse()
                    .map_err(|_| format!("--port: '{value}' is not a port number (0-65535)"))?;
            }
        }
    }
    Ok(Parsed::Run(options))
}

#[tokio::main]
async fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(Parsed::Run(options)) => options,
        Ok(Parsed::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if !options.dist.join("index.html").is_file() {
        eprintln!(
            "error: {} has no index.html; build the site first or pass --dist DIR",
            options.dist.display()
        );
        return ExitCode::from(1);
    }
    let addr = SocketAddr::new(options.addr, options.port);
    match wil_server::serve(options.dist, addr, options.start_page).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: cannot serve at {addr}: {error}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Parsed, String> {
        parse_args(args.iter().map(|a| a.to_string()))
    }

    #[test]
    fn defaults_and_flags() {
        let Ok(Parsed::Run(o)) = parse(&[]) else {
            panic!("defaults")
        };
        assert_eq!(o.dist, PathBuf::from("dist"));
        assert_eq!(
            SocketAddr::new(o.addr, o.port).to_string(),
            "127.0.0.1:8080"
        );

        let Ok(Parsed::Run(o)) = parse(&["--dist", "out", "--addr", "::1", "--port=9000"]) else {
            panic!("flags")
        };
        assert_eq!(o.dist, PathBuf::from("out"));
        assert_eq!(SocketAddr::new(o.addr, o.port).to_string(), "[::1]:9000");
        assert_eq!(o.start_page, StartPage::ByLanguage);
        let Ok(Parsed::Run(o)) = parse(&["--start-page", "list"]) else {
            panic!("--start-page")
        };
        assert_eq!(o.start_page, StartPage::List);

        assert!(matches!(parse(&["--port", "1", "-h"]), Ok(Parsed::Help)));
    }

    #[test]
    fn bad_input_is_an_error() {
        for args in [
            &["--bogus"][..],
            &["--port"],
            &["--port", "65536"],
            &["--port", "-1"],
            &["--addr", "localhost"],
            &["--start-page", "none"],
            &["dist"],
        ] {
            assert!(parse(args).is_err(), "{args:?}");
        }
    }
}
