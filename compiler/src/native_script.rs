//! Which readers can read a place's native name as it is written: Korean readers read Hangul,
//! Chinese readers Han characters, Japanese readers Han and kana. Where the gazetteer has no
//! name for a place in the reader's language but its native name is in the reader's script
//! (上城区 for a Chinese or Japanese reader, 합정 for a Korean one), that name serves.

use atlas_model::Lang;

fn han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

fn kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}')
}

fn hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}')
}

/// Whether readers of `lang` read `name` in its own script: every letter of it is one their
/// script writes.
pub fn reads(lang: Lang, name: &str) -> bool {
    let mut letters = name.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some()
        && match lang {
            Lang::Zh => letters.all(han),
            Lang::Ja => letters.all(|c| han(c) || kana(c)),
            Lang::Ko => letters.all(hangul),
            Lang::De | Lang::En => false,
        }
}

/// `name` if readers of `lang` read it as it is written.
pub fn readable(lang: Lang, name: Option<&String>) -> Option<String> {
    name.filter(|name| reads(lang, name)).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_reader_reads_their_own_script() {
        assert!(reads(Lang::Zh, "芜湖"));
        assert!(reads(Lang::Ja, "芜湖"));
        assert!(!reads(Lang::Ko, "芜湖"));
        assert!(reads(Lang::Ko, "광명시"));
        assert!(!reads(Lang::Zh, "광명시"));
        assert!(reads(Lang::Ja, "広島市"));
        assert!(reads(Lang::Ja, "つくば市"));
        assert!(!reads(Lang::Zh, "つくば市"));
    }

    #[test]
    fn latin_names_and_empty_ones_serve_nobody() {
        assert!(!reads(Lang::Zh, "Hà Nội"));
        assert!(!reads(Lang::Ja, ""));
        assert!(!reads(Lang::De, "芜湖"));
    }
}
