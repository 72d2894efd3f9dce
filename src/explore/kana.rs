//! Reading hiragana and katakana as Hepburn romaji, for searching Latin names by sound.
//!
//! Written here rather than taken from a kana crate: the search needs only this one direction,
//! and the crate tried (wana_kana) added 31 KB to the WebAssembly, a tenth of the first view's
//! budget.

/// The romaji of the hiragana from `ぁ` (U+3041) to `ゖ` (U+3096), in code point order.
const HIRAGANA: [&str; 86] = [
    "a", "a", "i", "i", "u", "u", "e", "e", "o", "o", // ぁあぃいぅうぇえぉお
    "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko",
    "go", // かがきぎくぐけげこご
    "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so",
    "zo", // さざしじすずせぜそぞ
    "ta", "da", "chi", "ji", "", "tsu", "zu", "te", "de", "to",
    "do", // ただちぢっつづてでとど
    "na", "ni", "nu", "ne", "no", // なにぬねの
    "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo", "po", "ma",
    "mi", "mu", "me", "mo", // まみむめも
    "ya", "ya", "yu", "yu", "yo", "yo", // ゃやゅゆょよ
    "ra", "ri", "ru", "re", "ro", // らりるれろ
    "wa", "wa", "wi", "we", "o", "n", "vu", "ka", "ke", // ゎわゐゑをんゔゕゖ
];

/// The small kana that change the syllable before them rather than add one.
const SMALL_Y: [char; 3] = ['ゃ', 'ゅ', 'ょ'];
const SMALL_VOWELS: [char; 5] = ['ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ'];
const SMALL_TSU: char = 'っ';
const LONG_MARK: char = 'ー';

/// A katakana as its hiragana (`カ` → `か`); other characters as they are.
fn as_hiragana(c: char) -> char {
    match c {
        '\u{30A1}'..='\u{30F6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
        _ => c,
    }
}

fn romaji_of(c: char) -> Option<&'static str> {
    let index = (c as u32).checked_sub(0x3041)?;
    HIRAGANA.get(index as usize).copied()
}

/// The Hepburn reading of the kana in `text` (`ひろしま` → `hiroshima`, `キョウト` → `kyouto`,
/// `がっこう` → `gakkou`, `ラーメン` → `raamen`); other characters are kept as they are.
pub fn romaji(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut double_next = false;
    for c in text.chars().map(as_hiragana) {
        if c == SMALL_TSU {
            double_next = true;
            continue;
        }
        if SMALL_Y.contains(&c) && out.ends_with('i') {
            // きゃ → kya, しゃ → sha, ちゃ → cha, じゃ → ja.
            out.pop();
            let vowel = &romaji_of(c).unwrap_or("")[1..];
            if !(out.ends_with("sh") || out.ends_with("ch") || out.ends_with('j')) {
                out.push('y');
            }
            out.push_str(vowel);
            continue;
        }
        if SMALL_VOWELS.contains(&c) && out.ends_with('u') && out.len() > 1 {
            // ファ → fa, ヴァ → va.
            out.pop();
            out.push_str(romaji_of(c).unwrap_or(""));
            continue;
        }
        if c == LONG_MARK {
            if let Some(vowel) = out.chars().last().filter(|last| "aeiou".contains(*last)) {
                out.push(vowel);
            }
            continue;
        }
        match romaji_of(c) {
            Some(reading) => {
                if std::mem::take(&mut double_next) {
                    match reading.chars().next() {
                        Some('c') => out.push('t'),
                        Some(first) if !"aeiou".contains(first) => out.push(first),
                        _ => {}
                    }
                }
                out.push_str(reading);
            }
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hiragana_and_katakana_read_as_hepburn() {
        assert_eq!(romaji("ひろしま"), "hiroshima");
        assert_eq!(romaji("ヒロシマ"), "hiroshima");
        assert_eq!(romaji("とうきょう"), "toukyou");
        assert_eq!(romaji("おおさか"), "oosaka");
        assert_eq!(romaji("ソウル"), "souru");
        assert_eq!(romaji("ふくおか"), "fukuoka");
    }

    #[test]
    fn small_kana_change_the_syllable_before() {
        assert_eq!(romaji("しゃ"), "sha");
        assert_eq!(romaji("ちょう"), "chou");
        assert_eq!(romaji("じゅ"), "ju");
        assert_eq!(romaji("きゃ"), "kya");
        assert_eq!(romaji("ファ"), "fa");
    }

    #[test]
    fn small_tsu_doubles_and_the_long_mark_lengthens() {
        assert_eq!(romaji("がっこう"), "gakkou");
        assert_eq!(romaji("まっちゃ"), "matcha");
        assert_eq!(romaji("ラーメン"), "raamen");
    }

    #[test]
    fn other_characters_stay() {
        assert_eq!(romaji("広島"), "広島");
        assert_eq!(romaji("Osaka"), "Osaka");
    }
}
