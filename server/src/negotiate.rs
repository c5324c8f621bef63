//! Accept-Encoding → which precompressed variant to send.
//!
//! The build writes `file.br` and `file.gz` next to text files; we only pick among the
//! variants that exist, and never compress on the fly.

use axum::http::header::ACCEPT_ENCODING;
use axum::http::HeaderMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    /// Our preference when the client likes several equally: brotli is smallest.
    pub(crate) const PREFERENCE: [Encoding; 3] =
        [Encoding::Brotli, Encoding::Gzip, Encoding::Identity];

    /// Suffix of the sibling file holding this variant.
    pub(crate) fn file_suffix(self) -> &'static str {
        match self {
            Encoding::Brotli => ".br",
            Encoding::Gzip => ".gz",
            Encoding::Identity => "",
        }
    }

    /// Value of `Content-Encoding`, if one is sent at all.
    pub(crate) fn content_encoding(self) -> Option<&'static str> {
        match self {
            Encoding::Brotli => Some("br"),
            Encoding::Gzip => Some("gzip"),
            Encoding::Identity => None,
        }
    }
}

/// Picks the variant to send. `available` lists the compressed siblings that exist;
/// identity is always available.
///
/// The client's q-values decide; our preference only breaks ties. If the client refuses
/// everything we have, it still gets identity: a page it may be able to read beats a 406
/// it certainly cannot.
pub(crate) fn choose(request: &HeaderMap, available: &[Encoding]) -> Encoding {
    let mut values = request
        .get_all(ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok());
    let accepted = match (values.next(), values.next()) {
        // RFC 9110 allows anything without the header, but old tools that send none
        // usually cannot decode either.
        (None, _) => return Encoding::Identity,
        // The usual case: one header, read in place.
        (Some(only), None) => Accepted::parse(only),
        (Some(first), Some(second)) => {
            let mut all = format!("{first},{second}");
            for more in values {
                all.push(',');
                all.push_str(more);
            }
            Accepted::parse(&all)
        }
    };

    let mut best = Encoding::Identity;
    let mut best_q = 0;
    for encoding in Encoding::PREFERENCE {
        if encoding != Encoding::Identity && !available.contains(&encoding) {
            continue;
        }
        let q = accepted.quality(encoding);
        // Strictly greater: on a tie the earlier (preferred) encoding stays.
        if q > best_q {
            best = encoding;
            best_q = q;
        }
    }
    best
}

/// The q-values (in thousandths) the client gave for the codings we care about.
#[derive(Default, Debug)]
struct Accepted {
    br: Option<u16>,
    gzip: Option<u16>,
    identity: Option<u16>,
    any: Option<u16>,
}

impl Accepted {
    fn parse(header: &str) -> Accepted {
        let mut accepted = Accepted::default();
        for item in header.split(',') {
            let mut params = item.split(';');
            let name = params.next().unwrap_or("").trim();
            let mut q = Some(1000);
            for param in params {
                if let Some((key, value)) = param.split_once('=') {
                    if key.trim().eq_ignore_ascii_case("q") {
                        q = parse_qvalue(value.trim());
                    }
                }
            }
            // A malformed q-value makes the entry meaningless; ignore it entirely.
            let Some(q) = q else { continue };
            let is = |word: &str| name.eq_ignore_ascii_case(word);
            let slot = if is("br") {
                &mut accepted.br
            } else if is("gzip") || is("x-gzip") {
                &mut accepted.gzip
            } else if is("identity") {
                &mut accepted.identity
            } else if name == "*" {
                &mut accepted.any
            } else {
                continue;
            };
            // Listed twice: the lower value wins, so a refusal is never overridden.
            *slot = Some(slot.map_or(q, |old| old.min(q)));
        }
        accepted
    }

    fn quality(&self, encoding: Encoding) -> u16 {
        match encoding {
            Encoding::Brotli => self.br.or(self.any).unwrap_or(0),
            Encoding::Gzip => self.gzip.or(self.any).unwrap_or(0),
            // RFC 9110 §12.5.3: identity is acceptable unless excluded explicitly or
            // through `*;q=0`. Unmentioned, it is the last resort: the lowest positive
            // value, which loses every tie because it comes last in PREFERENCE.
            Encoding::Identity => self.identity.or(self.any).unwrap_or(1),
        }
    }
}

/// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`, in thousandths.
fn parse_qvalue(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole = match whole {
        "0" => 0,
        "1" => 1000,
        _ => return None,
    };
    let fraction = fraction
        .bytes()
        .zip([100, 10, 1])
        .map(|(digit, scale)| u16::from(digit - b'0') * scale)
        .sum::<u16>();
    let q = whole + fraction;
    (q <= 1000).then_some(q)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    const BOTH: &[Encoding] = &[Encoding::Brotli, Encoding::Gzip];

    fn pick(accept: &str, available: &[Encoding]) -> Encoding {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT_ENCODING, HeaderValue::from_str(accept).unwrap());
        choose(&headers, available)
    }

    #[test]
    fn prefers_brotli_then_gzip_on_ties() {
        assert_eq!(pick("gzip, deflate, br, zstd", BOTH), Encoding::Brotli);
        assert_eq!(pick("gzip, br", &[Encoding::Gzip]), Encoding::Gzip);
        assert_eq!(pick("gzip", BOTH), Encoding::Gzip);
        assert_eq!(pick("x-gzip", BOTH), Encoding::Gzip);
        assert_eq!(pick("BR", BOTH), Encoding::Brotli);
    }

    #[test]
    fn q_values_are_honoured() {
        assert_eq!(pick("br;q=0", BOTH), Encoding::Identity);
        assert_eq!(pick("br;q=0.5, gzip;q=0.8", BOTH), Encoding::Gzip);
        assert_eq!(pick("br;q=0.001, gzip;q=0", BOTH), Encoding::Brotli);
        assert_eq!(pick("br ; q=0.000, gzip", BOTH), Encoding::Gzip);
        assert_eq!(pick("br;q=1.0", BOTH), Encoding::Brotli);
        // Malformed q-values drop the entry.
        assert_eq!(pick("br;q=2", BOTH), Encoding::Identity);
        assert_eq!(pick("br;q=0.5.5", BOTH), Encoding::Identity);
        assert_eq!(pick("br;q=0.1234", BOTH), Encoding::Identity);
        // A refusal is not overridden by a repeat.
        assert_eq!(pick("br, br;q=0", BOTH), Encoding::Identity);
    }

    #[test]
    fn wildcard_and_identity() {
        assert_eq!(pick("*", BOTH), Encoding::Brotli);
        assert_eq!(pick("*;q=0, gzip", BOTH), Encoding::Gzip);
        assert_eq!(pick("br;q=0, *", BOTH), Encoding::Gzip);
        assert_eq!(pick("identity", BOTH), Encoding::Identity);
        assert_eq!(pick("identity;q=0.5, gzip", BOTH), Encoding::Gzip);
        assert_eq!(pick("identity;q=1, gzip;q=0.5", BOTH), Encoding::Identity);
        assert_eq!(pick("", BOTH), Encoding::Identity);
        // Nothing acceptable: identity anyway.
        assert_eq!(pick("*;q=0", BOTH), Encoding::Identity);
    }

    #[test]
    fn only_existing_siblings_are_chosen() {
        assert_eq!(pick("br", &[]), Encoding::Identity);
        assert_eq!(pick("br, gzip", &[Encoding::Gzip]), Encoding::Gzip);
        assert_eq!(choose(&HeaderMap::new(), BOTH), Encoding::Identity);
    }

    #[test]
    fn qvalue_grammar() {
        assert_eq!(parse_qvalue("0"), Some(0));
        assert_eq!(parse_qvalue("0."), Some(0));
        assert_eq!(parse_qvalue("0.5"), Some(500));
        assert_eq!(parse_qvalue("0.05"), Some(50));
        assert_eq!(parse_qvalue("1"), Some(1000));
        assert_eq!(parse_qvalue("1.000"), Some(1000));
        assert_eq!(parse_qvalue("1.001"), None);
        assert_eq!(parse_qvalue(".5"), None);
        assert_eq!(parse_qvalue("-0"), None);
        assert_eq!(parse_qvalue(""), None);
    }
}
