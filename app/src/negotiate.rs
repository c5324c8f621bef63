//! Which of our languages suits a browser's preferred languages best.

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

#[cfg(test)]
mod tests {
    use super::negotiate;

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
}
