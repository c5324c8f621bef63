//! Numbers inside text must read left to right even in a right-to-left language: a phone
//! number "+371 28612120" in an Urdu sentence would otherwise be shown as "28612120 +371".
//! These helpers find such runs so that they can be isolated (`<bdi dir="ltr">`).

/// Byte ranges of runs that must stay left-to-right: a digit (or a + before one) followed
/// by digits and the separators used in numbers, dates and times, with at least 3 digits.
pub fn ltr_runs(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let next_is_digit = |k: usize| chars.get(k).is_some_and(|(_, c)| c.is_ascii_digit());
        if !(c.is_ascii_digit() || (c == '+' && next_is_digit(i + 1))) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut digits = usize::from(c.is_ascii_digit());
        while j < chars.len() {
            let c = chars[j].1;
            if c.is_ascii_digit() {
                digits += 1;
                j += 1;
            } else if " .,-:/–".contains(c) && next_is_digit(j + 1) {
                j += 1;
            } else {
                break;
            }
        }
        if digits >= 3 {
            let end = chars.get(j).map(|(o, _)| *o).unwrap_or(text.len());
            runs.push((start, end));
        }
        i = j;
    }
    runs
}

/// `text` (an address) kept left to right inside right-to-left plain text, where no markup
/// can go (a post's text, copied into a social network): between the Unicode marks
/// LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE. Without them an Urdu post shows
/// "https://x/ur/" as "/https://x/ur".
pub fn isolate_ltr(text: &str) -> String {
    format!("\u{2066}{text}\u{2069}")
}

/// `text` cut into (part, must stay left-to-right) pieces, in order.
pub fn split(text: &str) -> Vec<(String, bool)> {
    let mut parts = Vec::new();
    let mut at = 0;
    for (start, end) in ltr_runs(text) {
        if start > at {
            parts.push((text[at..start].to_string(), false));
        }
        parts.push((text[start..end].to_string(), true));
        at = end;
    }
    if at < text.len() {
        parts.push((text[at..].to_string(), false));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<&str> {
        ltr_runs(text)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn phone_numbers_amounts_dates_and_times() {
        assert_eq!(runs("کال کریں +371 28612120 ابھی"), vec!["+371 28612120"]);
        assert_eq!(runs("EUR 780 (2026)."), vec!["780", "2026"]);
        assert_eq!(runs("Checked on 2026-11-29"), vec!["2026-11-29"]);
        assert_eq!(
            runs("9:00–17:00 (+371 67898343: 9:00–20:00)"),
            vec!["9:00–17:00", "+371 67898343", "9:00–20:00"]
        );
        assert_eq!(runs("8000 2012"), vec!["8000 2012"]);
    }

    #[test]
    fn short_numbers_and_plain_text_stay_as_they_are() {
        assert_eq!(runs("8 hours a day, 40 a week, plus 100 %"), vec!["100"]);
        assert_eq!(runs("8 hours, 40 hours"), Vec::<&str>::new());
        assert!(runs("no numbers here").is_empty());
        assert_eq!(
            split("Call 112 now"),
            vec![
                ("Call ".into(), false),
                ("112".into(), true),
                (" now".into(), false)
            ]
        );
    }
}
