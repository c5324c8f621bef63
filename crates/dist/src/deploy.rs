//! Serving dist/ from a host other than ours with the same headers: an nginx server block
//! and a `_headers` file (Netlify, Cloudflare Pages). Both are written from the tables of
//! this crate, which our server uses too, so the three cannot drift apart; a test starts nginx
//! with the block and compares its answers with our server's.

use crate::{CONTENT_TYPES, IMMUTABLE, NOT_FOUND_PAGE, NO_CACHE, SECURITY_HEADERS};

/// [`crate::has_content_hash`] as a regular expression on the file name, for nginx.
pub const HASHED_NAME: &str = "-[0-9a-f]{12,16}(_bg)?\\.[A-Za-z0-9]+$";

/// The nginx block's file name in dist/, and `_headers` (the name the hosts look for).
pub const NGINX_BLOCK_FILE: &str = "_deploy/nginx-server.conf";
pub const HEADERS_FILE: &str = "_headers";

/// A complete `server { … }` for nginx (1.22 or later, with the brotli_static module):
/// `listen` is what follows `listen` ("80", "127.0.0.1:8080"), `root` the absolute path of
/// dist/, `languages` the language folders (each answers 404 with its own page).
pub fn nginx_server_block(listen: &str, root: &str, languages: &[&str]) -> String {
    // `add_header` in a location replaces every inherited one: each location repeats all.
    let headers = |cache: &str| {
        let mut out = String::new();
        for (name, value) in SECURITY_HEADERS {
            out.push_str(&format!("        add_header {name} \"{value}\" always;\n"));
        }
        out.push_str(&format!(
            "        add_header cache-control \"{cache}\" always;\n"
        ));
        out
    };
    let types: String = CONTENT_TYPES
        .iter()
        .map(|(ext, ty)| {
            let bare = ty.split(';').next().unwrap_or(ty);
            format!("        {bare} {ext};\n")
        })
        .collect();
    let charset_types: Vec<&str> = CONTENT_TYPES
        .iter()
        .filter(|(_, ty)| ty.ends_with("charset=utf-8"))
        .map(|(_, ty)| ty.split(';').next().unwrap_or(ty))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    // A 404 page is sent from a named location without an ETag, as ours does: it must
    // never be taken for the resource that was asked for.
    let not_found = |name: &str, page: &str| {
        format!(
            "    location @{name} {{\n{}        etag off;\n        try_files {page} =404;\n    }}\n",
            headers(NO_CACHE)
        )
    };
    let mut languages_blocks = not_found("not_found", &format!("/{NOT_FOUND_PAGE}"));
    for lang in languages {
        languages_blocks.push_str(&format!(
            "    location /{lang}/ {{\n{}        error_page 404 @not_found_{lang};\n    }}\n",
            headers(NO_CACHE)
        ));
        languages_blocks.push_str(&not_found(
            &format!("not_found_{lang}"),
            &format!("/{lang}/{NOT_FOUND_PAGE}"),
        ));
    }
    format!(
        "# Written by the build (wil-dist deploy.rs): serves this dist/ with the same headers as
# wil-server. Needs nginx's brotli module (Debian: libnginx-mod-http-brotli-static) and, at
# the top of nginx.conf:
#   load_module modules/ngx_http_brotli_static_module.so;
server {{
    listen {listen};
    root {root};
    server_tokens off;
    absolute_redirect off;
    disable_symlinks on;
    etag on;
    gzip_static on;
    gzip_vary on;
    brotli_static on;
    charset utf-8;
    charset_types {charset_types};
    types {{
{types}    }}
    default_type application/octet-stream;
    error_page 404 @not_found;

    # Hidden files, and the precompressed copies fetched by name, are not there.
    location ~ /\\. {{
{no_cache}        return 404;
    }}
    location ~ \\.(br|gz)$ {{
{no_cache}        return 404;
    }}
    location ~ /_deploy/ {{
{no_cache}        return 404;
    }}
    location = /{HEADERS_FILE} {{
{no_cache}        return 404;
    }}
    # Names with a content hash never change: a year, immutable.
    location ~ \"{HASHED_NAME}\" {{
{immutable}    }}
    location / {{
{no_cache}    }}
{languages_blocks}}}
",
        charset_types = charset_types.join(" "),
        no_cache = headers(NO_CACHE),
        immutable = headers(IMMUTABLE),
    )
}

/// `_headers` for Netlify and Cloudflare Pages: the security headers on every path, and the
/// year-long rule on the build's hashed files, named one by one (a host joins two rules'
/// values for one header, so the no-cache default is left to the host).
pub fn netlify_headers(hashed_files: &[String]) -> String {
    let mut out = String::from(
        "# Written by the build (wil-dist deploy.rs): the same headers as wil-server.\n/*\n",
    );
    for (name, value) in SECURITY_HEADERS {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    for file in hashed_files {
        out.push_str(&format!("/{file}\n  cache-control: {IMMUTABLE}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nginx_block_carries_every_rule() {
        let block = nginx_server_block("8080", "/srv/dist", &["lv", "ur"]);
        for (name, value) in SECURITY_HEADERS {
            assert!(block.contains(&format!("add_header {name} \"{value}\" always;")));
        }
        assert!(block.contains("error_page 404 @not_found_ur;"));
        assert!(block.contains("try_files /ur/404.html =404;"));
        assert!(block.contains("application/wasm wasm;"));
        assert!(block.contains(
            "charset_types application/xml text/css text/html text/javascript text/plain;"
        ));
        assert_eq!(block.matches('{').count(), block.matches('}').count());
    }

    #[test]
    fn headers_file_lists_security_headers_and_hashed_files() {
        let text = netlify_headers(&["wil-app-0123456789abcdef_bg.wasm".to_string()]);
        assert!(text.contains("/*\n  content-security-policy: "));
        assert!(text.contains("/wil-app-0123456789abcdef_bg.wasm\n  cache-control: public, max-age=31536000, immutable"));
    }
}
