//! Offline search: the same normalisation at build time (for the index) and in the browser
//! (for what the person types), so "alga" finds "Jūsu alga" and "заработная" finds "ЗАРАБОТНАЯ".

/// Lower case, Latin diacritics folded (ā → a, ș → s), Cyrillic ё → е, apostrophe-like marks
/// of Uzbek (oʻ, gʻ) dropped, every run of other punctuation or space made one space.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars().flat_map(char::to_lowercase) {
        let folded = match c {
            'ā' | 'ă' | 'â' | 'á' | 'à' | 'ä' => 'a',
            'č' | 'ç' => 'c',
            'ē' | 'é' | 'è' | 'ë' => 'e',
            'ģ' | 'ğ' => 'g',
            'ī' | 'î' | 'í' | 'ı' => 'i',
            'ķ' => 'k',
            'ļ' => 'l',
            'ņ' | 'ñ' => 'n',
            'ō' | 'ö' | 'ó' => 'o',
            'š' | 'ș' | 'ş' => 's',
            'ț' | 'ţ' => 't',
            'ū' | 'ü' | 'ú' => 'u',
            'ž' => 'z',
            'ё' => 'е',
            'ʻ' | 'ʼ' | '\'' | '’' | '‘' => continue,
            c => c,
        };
        if folded.is_alphanumeric() || is_mark(folded) {
            out.push(folded);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// Combining marks (Devanagari vowel signs, Arabic diacritics) belong to their word.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963 | 0x200C..=0x200D)
}

/// True when every word of the (already normalised) query occurs in the (normalised) text.
/// An empty query matches everything.
pub fn matches(text: &str, query: &str) -> bool {
    query
        .split(' ')
        .filter(|w| !w.is_empty())
        .all(|w| text.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_punctuation() {
        assert_eq!(normalize("Jūsu ALGA, (2026)!"), "jusu alga 2026");
        assert_eq!(normalize("Mulțumim  ș ț"), "multumim s t");
        assert_eq!(normalize("Oʻzbekcha ish haqi"), "ozbekcha ish haqi");
        assert_eq!(normalize("Всё ЗАРПЛАТА"), "все зарплата");
        assert_eq!(normalize("वेतन"), "वेतन");
        assert_eq!(normalize("تنخواہ"), "تنخواہ");
    }

    #[test]
    fn every_query_word_must_occur() {
        let text = normalize("Your pay: the minimum wage and overtime");
        assert!(matches(&text, &normalize("PAY")));
        assert!(matches(&text, &normalize("minimum over")));
        assert!(!matches(&text, &normalize("minimum housing")));
        assert!(matches(&text, ""));
    }
}
