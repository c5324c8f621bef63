//! The stylesheet as it is sent: comments and the whitespace the syntax does not need are
//! taken out (about a third of its compressed size; every first visit downloads it). Only
//! that: no rule is rewritten, so what an old phone's browser understands stays the same.
//! (Trunk's own minifier rewrites media queries into the range syntax, which iOS before
//! 16.4 ignores.)

/// `css` without comments and with whitespace only where it separates words. Strings are
/// copied as they are.
pub fn minify(css: &str) -> String {
    // Whitespace next to these never matters; after ':' it does not either (a space before
    // ':' can be a descendant combinator, as in `.check :is(…)`, and is kept).
    const TIGHT: &[char] = &['{', '}', ';', ',', '>'];
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    // A whitespace run seen but not written yet.
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = '\0';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            '"' | '\'' => {
                flush_space(&mut out, &mut space, c, TIGHT);
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if escaped {
                        escaped = false;
                    } else if s == '\\' {
                        escaped = true;
                    } else if s == c {
                        break;
                    }
                }
            }
            _ => {
                flush_space(&mut out, &mut space, c, TIGHT);
                // The last declaration of a block needs no ';'.
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
            }
        }
    }
    out
}

/// Writes the pending space before `next` unless either side makes it unneeded.
fn flush_space(out: &mut String, space: &mut bool, next: char, tight: &[char]) {
    if std::mem::take(space) {
        let after_tight = out
            .chars()
            .last()
            .is_none_or(|last| tight.contains(&last) || last == ':');
        if !after_tight && !tight.contains(&next) {
            out.push(' ');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::minify;

    #[test]
    fn comments_and_needless_whitespace_go() {
        let css = "/* Head. */\n:root {\n  --bg: #fff;   /* white */\n}\n\n.a , .b > .c {\n  margin: 0 auto;\n  color: var(--bg);\n}\n";
        assert_eq!(
            minify(css),
            ":root{--bg:#fff}.a,.b>.c{margin:0 auto;color:var(--bg)}"
        );
    }

    #[test]
    fn what_the_syntax_needs_stays() {
        // A descendant combinator before a pseudo-class, calc's spaces, media query words.
        let css = ".check:not([data-run]) :is(.x, [hidden]) { inline-size: calc(100% - 2rem); }\n@media print and (min-width: 40em) { .a { display: none !important; } }";
        assert_eq!(
            minify(css),
            ".check:not([data-run]) :is(.x,[hidden]){inline-size:calc(100% - 2rem)}@media print and (min-width:40em){.a{display:none !important}}"
        );
    }

    #[test]
    fn strings_are_kept_as_written() {
        let css = "body { font-family: \"Noto  Sans\", 'a /* b */ c', sans-serif; }\nq::before { content: \"\\\"  x\"; }";
        assert_eq!(
            minify(css),
            "body{font-family:\"Noto  Sans\",'a /* b */ c',sans-serif}q::before{content:\"\\\"  x\"}"
        );
    }
}
