//! Suggestions for misspelt names: edit distance, diacritic folding and slugs.

use unicode_normalization::UnicodeNormalization;

/// Edit distance in characters, counting a swap of two neighbours as one edit
/// (optimal string alignment).
pub fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let width = b.len() + 1;
    let mut table = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            table[i * width + j] = match (i, j) {
                (0, j) => j,
                (i, 0) => i,
                (i, j) => {
                    let cost = usize::from(a[i - 1] != b[j - 1]);
                    let mut best = (table[(i - 1) * width + j] + 1)
                        .min(table[i * width + j - 1] + 1)
                        .min(table[(i - 1) * width + j - 1] + cost);
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        best = best.min(table[(i - 2) * width + j - 2] + 1);
                    }
                    best
                }
            };
        }
    }
    table[a.len() * width + b.len()]
}

/// Lowercase without diacritics, for matching names loosely: `Kwangmyŏng` → `kwangmyong`.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ß' => "ss".to_owned(),
            'ı' => "i".to_owned(),
            'đ' => "d".to_owned(),
            'ø' => "o".to_owned(),
            'ł' => "l".to_owned(),
            other => other.to_string(),
        })
        .collect()
}

/// Lowercase, with the German umlauts spelt out: `Münster` → `muenster`.
fn spell_umlauts(text: &str) -> String {
    let mut spelled = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => spelled.push_str("ae"),
            'ö' => spelled.push_str("oe"),
            'ü' => spelled.push_str("ue"),
            other => spelled.push(other),
        }
    }
    spelled
}

/// A name reduced to its letters and digits, folded: `Xi’an` and `Xian` → `xian`,
/// `Kwangmyŏng` → `kwangmyong`, `Münster` → `munster`.
pub fn name_key(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// [`name_key`] with German umlauts spelt out: `Münster` and `Muenster` → `muenster`.
pub fn german_key(text: &str) -> String {
    name_key(&spell_umlauts(text))
}

/// The slug a name would have: `Osnabrücker Land` → `osnabruecker-land`.
pub fn slugify(text: &str) -> String {
    let folded = fold(&spell_umlauts(text));
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    words.join("-")
}

/// A slug without spelling umlauts out, for names that are not German: `Özdere` → `ozdere`.
pub fn plain_slug(text: &str) -> String {
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    words.join("-")
}

/// True when two names share little: neither contains the other (folded) and they differ in
/// more than a third of the longer's letters. `Kadıköy` and `Babadağ` are far apart; `Hanau` and
/// `Hanau am Main`, or `Kiryat Motzkin` and `Qiryat Motsqin`, are not.
pub fn far_apart(a: &str, b: &str) -> bool {
    let (a, b) = (name_key(a), name_key(b));
    if a.contains(&b) || b.contains(&a) {
        return false;
    }
    let longer = a.chars().count().max(b.chars().count());
    distance(&a, &b) * 3 > longer
}

/// The candidates closest to `wanted` (at most `limit`), if any is plausibly meant.
///
/// Candidates are compared folded; a candidate is close when its distance is at most
/// a third of the longer name (and at least 1 edit is always allowed).
pub fn closest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    limit: usize,
) -> Vec<&'a str> {
    let wanted = fold(wanted);
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter_map(|candidate| {
            let folded = fold(candidate);
            let score = distance(&wanted, &folded);
            let allowed = (wanted.chars().count().max(folded.chars().count()) / 3).max(1);
            (score <= allowed).then_some((score, candidate))
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored
        .into_iter()
        .take(limit)
        .map(|(_, name)| name)
        .collect()
}

/// `; did you mean "osnabrueck"?` for the closest known id, or nothing.
pub fn did_you_mean<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    match closest(wanted, known, 1).first() {
        Some(best) => format!("; did you mean {best:?}?"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_edits_in_characters() {
        assert_eq!(distance("osnabrueck", "osnabruck"), 1);
        assert_eq!(distance("", "hefei"), 5);
        assert_eq!(distance("Münster", "Munster"), 1);
        assert_eq!(distance("gwangmyeong", "kwangmyong"), 2);
        assert_eq!(distance("hefie", "hefei"), 1);
    }

    #[test]
    fn folding_drops_diacritics_and_case() {
        assert_eq!(fold("Kwangmyŏng"), "kwangmyong");
        assert_eq!(fold("Münster"), "munster");
        assert_eq!(fold("İzmir"), "izmir");
        assert_eq!(fold("Đà Nẵng"), "da nang");
        assert_eq!(fold("Gießen"), "giessen");
    }

    #[test]
    fn name_keys_ignore_case_marks_and_punctuation() {
        assert_eq!(name_key("Xi’an"), name_key("Xian"));
        assert_eq!(name_key("Kwangmyŏng"), "kwangmyong");
        assert_eq!(name_key("Halle (Saale)"), "hallesaale");
        assert_eq!(name_key("合肥"), "合肥");
        assert_eq!(german_key("Münster"), german_key("Muenster"));
        assert_ne!(german_key("Münster"), german_key("Munster"));
        assert_eq!(name_key("Münster"), name_key("Munster"));
    }

    #[test]
    fn names_far_apart_share_little() {
        assert!(far_apart("Kadıköy", "Babadağ"));
        assert!(far_apart("Nof HaGalil", "Naẕerat ‘Illit"));
        assert!(!far_apart("Hanau", "Hanau am Main"));
        assert!(!far_apart("Kiryat Motzkin", "Qiryat Motsqin"));
        assert!(!far_apart("Ulaanbaatar", "Ulan Bator"));
    }

    #[test]
    fn plain_slugs_drop_marks_without_spelling_umlauts() {
        assert_eq!(plain_slug("Özdere"), "ozdere");
        assert_eq!(plain_slug("Xi’an"), "xi-an");
        assert_eq!(plain_slug("Ra'anana"), "ra-anana");
    }

    #[test]
    fn slugs_spell_german_umlauts_out() {
        assert_eq!(slugify("Osnabrücker Land"), "osnabruecker-land");
        assert_eq!(slugify("Xi'an"), "xi-an");
        assert_eq!(slugify("Hefei"), "hefei");
    }

    #[test]
    fn suggests_only_close_names() {
        let known = ["osnabrueck", "hefei", "gwangmyeong", "muensterland"];
        assert_eq!(
            did_you_mean("osnabruck", known),
            "; did you mean \"osnabrueck\"?"
        );
        assert_eq!(did_you_mean("hefie", known), "; did you mean \"hefei\"?");
        assert_eq!(did_you_mean("tokyo", known), "");
    }
}
