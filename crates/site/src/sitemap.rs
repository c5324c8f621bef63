//! sitemap.xml (every indexed page with its language alternates) and robots.txt.

use wil_content::{Route, Site};

use crate::document::alternates;

/// The sitemap of `routes` (indexed pages only), with full URLs under `base`.
pub fn sitemap_xml(site: &Site, base: &str, routes: &[Route]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for route in routes {
        let Some(alts) = alternates(site, route) else {
            continue;
        };
        s.push_str(&format!(
            "  <url>\n    <loc>{}</loc>\n",
            xml_escape(&format!("{base}{}", route.url()))
        ));
        // The chooser is the x-default of every home page: it lists no alternates itself.
        if *route != Route::Chooser {
            for (lang, alt) in alts {
                s.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                    xml_escape(&lang),
                    xml_escape(&format!("{base}{alt}"))
                ));
            }
        }
        s.push_str("  </url>\n");
    }
    s.push_str("</urlset>\n");
    s
}

pub fn robots_txt(base: &str) -> String {
    format!(
        "User-agent: *\nAllow: /\nSitemap: {base}{}\n",
        Route::Sitemap.url()
    )
}

/// XML text and attribute escaping (the sitemap is the one file not written by Leptos).
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaping_keeps_markup_out() {
        assert_eq!(
            super::xml_escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
