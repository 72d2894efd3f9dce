//! Folding names and queries to forms that compare loosely: case, accents, umlauts, kana.

use super::kana::romaji;

/// The combining diaeresis that NFD splits off `ä`, `ö` and `ü`.
const DIAERESIS: char = '\u{0308}';
/// The kana voicing marks (dakuten, handakuten) that NFD splits off `が` or `パ`: kept, since
/// `か` and `が` are different sounds.
const KANA_VOICING: [char; 2] = ['\u{3099}', '\u{309A}'];

/// The text in canonical decomposition (NFD): accents apart from their letters. In the browser
/// its own Unicode tables do it (`String.prototype.normalize`), which spares the WebAssembly
/// about 125 KB of tables; natively the `unicode-normalization` crate does.
#[cfg(target_arch = "wasm32")]
fn decomposed(text: &str) -> String {
    js_sys::JsString::from(text).normalize("NFD").into()
}

#[cfg(not(target_arch = "wasm32"))]
fn decomposed(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd().collect()
}

/// The combining marks NFD splits off the letters of place names: the diacritics of Latin and
/// Vietnamese (and their extensions), and the kana voicing marks.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{3099}'..='\u{309A}')
}

/// The folded forms of a text: lowercase, accents dropped (`Hà Nội` → `ha noi`), and a second
/// form with German umlauts written out (`Osnabrück` → `osnabruck`, `osnabrueck`). Apostrophes
/// go (`Xi'an` → `xian`); any other run of spaces and punctuation becomes one space
/// (`Frankfurt (Oder)` → `frankfurt oder`). One form when the two agree; none when nothing is
/// left.
pub fn folded_forms(text: &str) -> Vec<String> {
    let plain = fold(text, false);
    let umlauts = fold(text, true);
    let mut forms = vec![plain];
    if umlauts != forms[0] {
        forms.push(umlauts);
    }
    forms.retain(|form| !form.is_empty());
    forms
}

/// A folded Latin form with long vowels shortened, as romanisations of Japanese disagree on
/// them: `toukyou`, `tōkyō` and `tokyo` all become `tokyo`.
pub fn short_vowels(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        let lengthens = match out.chars().last() {
            Some(previous) if is_vowel(previous) => previous == c || (previous == 'o' && c == 'u'),
            _ => false,
        };
        if !lengthens {
            out.push(c);
        }
    }
    out
}

/// The Latin reading of a query written in hiragana or katakana, folded and with short vowels
/// (`とうきょう` → `tokyo`); `None` for a query without kana.
pub fn kana_reading(query: &str) -> Option<String> {
    if !query.chars().any(is_kana) {
        return None;
    }
    let reading = short_vowels(&fold(&romaji(query), false));
    Some(reading).filter(|reading| !reading.is_empty())
}

/// True for Chinese characters, kana and Hangul: scripts where one character is a word.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'     // Hangul jamo
        | '\u{3040}'..='\u{30FF}'   // hiragana, katakana
        | '\u{3130}'..='\u{318F}'   // Hangul compatibility jamo
        | '\u{31F0}'..='\u{31FF}'   // katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}'   // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'   // CJK unified ideographs
        | '\u{AC00}'..='\u{D7AF}'   // Hangul syllables
        | '\u{F900}'..='\u{FAFF}'   // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}'   // half-width katakana
        | '\u{20000}'..='\u{2FA1F}' // CJK extensions B onwards
    )
}

fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}')
        && c != '・'
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Lowercase, without accents, with `ß` as `ss` and the like; umlauts as `ae`, `oe`, `ue` when
/// `umlauts` is set, else as plain vowels.
fn fold(text: &str, umlauts: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in decomposed(text).chars() {
        if c == DIAERESIS && umlauts && out.ends_with(['a', 'o', 'u']) {
            out.push('e');
        } else if is_combining_mark(c) {
            if KANA_VOICING.contains(&c) {
                out.push(c);
            }
        } else if matches!(c, '\'' | '’' | 'ʼ' | '‘' | '`') {
            continue;
        } else if let Some(spelled) = spelled_out(c) {
            out.push_str(spelled);
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// Letters that no accent-stripping turns into plain Latin ones.
fn spelled_out(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' | 'ẞ' => "ss",
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'ı' => "i",
        'ø' | 'Ø' => "o",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ł' | 'Ł' => "l",
        'þ' | 'Þ' => "th",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    mod latin {
        use super::*;

        #[test]
        fn umlauts_fold_both_ways() {
            assert_eq!(folded_forms("Osnabrück"), ["osnabruck", "osnabrueck"]);
            assert_eq!(folded_forms("ÖSTERREICH"), ["osterreich", "oesterreich"]);
            assert_eq!(folded_forms("Osnabrueck"), ["osnabrueck"]);
        }

        #[test]
        fn accents_and_special_letters_become_plain() {
            assert_eq!(folded_forms("Hà Nội"), ["ha noi"]);
            assert_eq!(folded_forms("Đà Nẵng"), ["da nang"]);
            assert_eq!(folded_forms("Gießen"), ["giessen"]);
            assert_eq!(folded_forms("Diyarbakır"), ["diyarbakir"]);
            assert_eq!(folded_forms("Kyōto"), ["kyoto"]);
            assert_eq!(folded_forms("Ærø"), ["aero"]);
        }

        #[test]
        fn punctuation_becomes_one_space_and_apostrophes_go() {
            assert_eq!(folded_forms("  Frankfurt -  Oder "), ["frankfurt oder"]);
            assert_eq!(folded_forms("Frankfurt (Oder)"), ["frankfurt oder"]);
            assert_eq!(
                folded_forms("Hann. Münden"),
                ["hann munden", "hann muenden"]
            );
            assert_eq!(folded_forms("Xi’an"), ["xian"]);
            assert!(folded_forms(" - ").is_empty());
        }
    }

    mod long_vowels {
        use super::*;

        #[test]
        fn shorten_doubled_vowels_and_ou() {
            assert_eq!(short_vowels("toukyou"), "tokyo");
            assert_eq!(short_vowels("oosaka"), "osaka");
            assert_eq!(short_vowels("kuushuu"), "kushu");
            assert_eq!(short_vowels("hiroshima"), "hiroshima");
        }
    }

    mod kana {
        use super::*;

        #[test]
        fn hiragana_and_katakana_read_as_latin() {
            assert_eq!(kana_reading("ひろしま").as_deref(), Some("hiroshima"));
            assert_eq!(kana_reading("ヒロシマ").as_deref(), Some("hiroshima"));
            assert_eq!(kana_reading("とうきょう").as_deref(), Some("tokyo"));
            assert_eq!(kana_reading("トーキョー").as_deref(), Some("tokyo"));
        }

        #[test]
        fn voiced_kana_keep_their_voice() {
            assert_eq!(kana_reading("ぎふ").as_deref(), Some("gifu"));
            assert_ne!(folded_forms("が"), folded_forms("か"));
        }

        #[test]
        fn only_queries_with_kana_have_a_reading() {
            assert_eq!(kana_reading("広島"), None);
            assert_eq!(kana_reading("hiroshima"), None);
            assert_eq!(kana_reading("광명"), None);
        }
    }

    #[test]
    fn cjk_covers_han_kana_and_hangul_but_not_latin() {
        assert!("合肥광명ひらカタ".chars().all(is_cjk));
        assert!(!"Hà Nội".chars().any(is_cjk));
    }
}
