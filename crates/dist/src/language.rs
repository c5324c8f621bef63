//! Which of our languages suits a browser's preferred languages best: in the browser from
//! `navigator.languages` (the start page's suggestion), on our server from the
//! `Accept-Language` header (the start page's redirect).

/// The first of `preferred` (navigator.languages, best first) that we have: an exact match,
/// or the same primary language ("ru-LV" → "ru", "uz-Latn-UZ" → "uz"). `None` when none
/// fits; the start page then just lists every language.
pub fn negotiate(preferred: &[String], available: &[&str]) -> Option<String> {
    for tag in preferred {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        if tag.is_empty() {
            continue;
        }
        if let Some(a) = available.iter().find(|a| a.eq_ignore_ascii_case(&tag)) {
            return Some(a.to_string());
        }
        let primary = tag.split('-').next().unwrap_or("");
        if let Some(a) = available.iter().find(|a| a.eq_ignore_ascii_case(primary)) {
            return Some(a.to_string());
        }
    }
    None
}

/// The languages of an `Accept-Language` header, best first: by quality (`q`), then in the
/// order written. Refused ones (`q=0`), the wildcard and malformed entries are left out;
/// a missing `q` is 1.
pub fn accept_language(header: &str) -> Vec<String> {
    let mut weighted: Vec<(u16, String)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let ok = !tag.is_empty()
                && tag != "*"
                && tag.len() <= 35
                && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if !ok {
                return None;
            }
            let mut quality = 1000;
            for param in parts {
                let (key, value) = param.split_once('=')?;
                if key.trim().eq_ignore_ascii_case("q") {
                    quality = thousandths(value.trim())?;
                }
            }
            (quality > 0).then(|| (quality, tag.to_string()))
        })
        .collect();
    // A stable sort keeps the written order among equal qualities.
    weighted.sort_by_key(|(quality, _)| std::cmp::Reverse(*quality));
    weighted.into_iter().map(|(_, tag)| tag).collect()
}

/// A quality value ("0.8", "1", "1.000") in thousandths; `None` when it is not one.
fn thousandths(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let digits = format!("{fraction:0<3}");
    match whole {
        "0" => digits.parse().ok(),
        "1" if digits == "000" => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{accept_language, negotiate};

    /// Any list of available codes will do: negotiation knows nothing of the site's own.
    const AVAILABLE: &[&str] = &["lv", "en", "ru", "uz", "tg", "kk", "ro", "ur"];

    fn pick(prefs: &[&str]) -> Option<String> {
        let prefs: Vec<String> = prefs.iter().map(|s| s.to_string()).collect();
        negotiate(&prefs, AVAILABLE)
    }

    #[test]
    fn exact_and_region_variants() {
        assert_eq!(pick(&["lv"]).as_deref(), Some("lv"));
        assert_eq!(pick(&["ru-LV", "en"]).as_deref(), Some("ru"));
        assert_eq!(pick(&["uz-Latn-UZ"]).as_deref(), Some("uz"));
        assert_eq!(pick(&["UR-pk"]).as_deref(), Some("ur"));
        assert_eq!(pick(&["tg_TJ"]).as_deref(), Some("tg"));
    }

    #[test]
    fn order_of_preference_wins() {
        assert_eq!(pick(&["kk-KZ", "ru-RU", "en-US"]).as_deref(), Some("kk"));
        assert_eq!(pick(&["de-DE", "ro-MD", "ru"]).as_deref(), Some("ro"));
    }

    #[test]
    fn unknown_languages_propose_nothing() {
        assert_eq!(pick(&["de-DE", "fr"]), None);
        assert_eq!(pick(&[]), None);
        assert_eq!(pick(&["", "x-klingon"]), None);
    }

    #[test]
    fn accept_language_is_read_by_quality_then_order() {
        assert_eq!(
            accept_language("ru-LV,ru;q=0.9,en-US;q=0.8,en;q=0.7"),
            ["ru-LV", "ru", "en-US", "en"]
        );
        assert_eq!(
            accept_language("en;q=0.5, uz ; q=0.9, kk"),
            ["kk", "uz", "en"]
        );
        assert_eq!(accept_language("lv, ru"), ["lv", "ru"]);
        assert_eq!(accept_language("ur-PK;q=1.000"), ["ur-PK"]);
    }

    #[test]
    fn refused_wild_and_malformed_entries_are_left_out() {
        assert_eq!(accept_language("en;q=0, *;q=0.5, ro"), ["ro"]);
        for bad in [
            "",
            " , ",
            "en;q=2",
            "en;q=0.1234",
            "en;q=abc",
            "e n",
            "<script>",
            "en;q",
        ] {
            assert!(accept_language(bad).is_empty(), "{bad:?}");
        }
        let long = "a".repeat(36);
        assert!(accept_language(&long).is_empty());
    }
}
