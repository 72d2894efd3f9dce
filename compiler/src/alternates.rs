//! The other Latin spellings a place carries in the atlas, for search: few, and none that its
//! own names already give.

use crate::nearest::{german_key, name_key};
use atlas_model::PlaceNames;
use std::collections::HashSet;

/// At most this many alternate spellings per place, to keep the atlas small: the first view's
/// download has a budget, and every further spelling per place costs about 1 KB of brotli.
pub const MAX_ALTERNATES: usize = 3;

/// Gazetteer spellings with fewer letters (`Pa` for Chongqing) would match too much in a search.
const MIN_LETTERS: usize = 3;

/// The alternate spellings of a place named `names`: its declared ones (`names.alternates`),
/// in their order, then from the gazetteer entry it is located at, its GeoNames name
/// (`found.0`) and alternate names (`found.1`), up to [`MAX_ALTERNATES`] in all.
///
/// The rule, chosen because GeoNames lists alternate names alphabetically, so that "first"
/// would mean nothing:
/// - dropped: a spelling equal to the German or English name once case, diacritics and
///   punctuation are ignored (`Hanoi` for `Hà Nội`, `Xian` for `Xi'an`); one equal in that way,
///   or with German umlauts spelt out, to the names or a spelling kept before it
///   (`Osnabrueck` for Osnabrück, which the app's search finds by folding umlauts anyway;
///   `Ossenbruegge` after `Ossenbrügge`); a gazetteer spelling of fewer than three letters;
/// - the gazetteer's spellings in this order: GeoNames' own name where the place is named
///   otherwise (`Qiryat Motsqin` for Kiryat Motzkin); then the shortest first, ties in
///   GeoNames' order. Short spellings tend to be the common ones (`Canton`, `Sian`, `Nankin`),
///   long ones descriptive (`Beijing Shi`, `Pei-ching-shih`).
pub fn pick(names: &PlaceNames, found: (&str, &[String])) -> Vec<String> {
    let (name, alternates) = found;
    let mut from_gazetteer: Vec<&String> = alternates
        .iter()
        .filter(|alternate| name_key(alternate).chars().count() >= MIN_LETTERS)
        .collect();
    from_gazetteer.sort_by_key(|alternate| alternate.chars().count());
    let mut seen: HashSet<String> = [&names.de, &names.en]
        .into_iter()
        .flat_map(|own| [name_key(own), german_key(own)])
        .collect();
    let mut kept = Vec::new();
    let candidates = names.alternates.iter().map(String::as_str);
    let candidates = candidates
        .chain(std::iter::once(name))
        .chain(from_gazetteer.into_iter().map(String::as_str));
    for candidate in candidates {
        if kept.len() == MAX_ALTERNATES {
            break;
        }
        let (loose, spelt_out) = (name_key(candidate), german_key(candidate));
        if loose.is_empty() || seen.contains(&loose) || seen.contains(&spelt_out) {
            continue;
        }
        seen.extend([loose, spelt_out]);
        kept.push(candidate.trim().to_owned());
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(de: &str, en: &str, declared: &[&str]) -> PlaceNames {
        PlaceNames {
            de: de.into(),
            en: en.into(),
            alternates: declared.iter().map(|&name| name.to_owned()).collect(),
            ..PlaceNames::default()
        }
    }

    fn spellings(list: &str) -> Vec<String> {
        list.split('|').map(str::to_owned).collect()
    }

    mod dropped {
        use super::*;

        #[test]
        fn spellings_of_the_own_names_once_case_and_diacritics_are_ignored() {
            let kept = pick(
                &names("Hà Nội", "Hanoi", &[]),
                ("Hà Nội", &spellings("HANOI|Ha-noi|Ha Noi|Hanoj|Kẻ Chợ")),
            );
            assert_eq!(kept, ["Hanoj", "Kẻ Chợ"]);
        }

        #[test]
        fn repeats_of_a_kept_spelling_and_very_short_ones() {
            let kept = pick(
                &names("Osnabrück", "Osnabrück", &["Osnabrugge"]),
                (
                    "Osnabrück",
                    &spellings("OSNABRUGGE|Os|Ossenbrügge|Ossenbruegge|Osnabruck"),
                ),
            );
            assert_eq!(kept, ["Osnabrugge", "Ossenbrügge"]);
        }
    }

    mod kept {
        use super::*;

        #[test]
        fn at_most_three_the_declared_first_then_the_shortest_but_no_umlauts_spelt_out() {
            let kept = pick(
                &names("Osnabrück", "Osnabrück", &["Osnabrugge"]),
                (
                    "Osnabrück",
                    &spellings(
                        "Asnabruk|Osnabrik|Osnabrika|Osnabriukas|Osnabrjuk|Osnabrueck|\
                         Osnabruga|Osnabrugensis|Osnabruko|Ossenbruegge|Ossenbrügge",
                    ),
                ),
            );
            assert_eq!(kept, ["Osnabrugge", "Asnabruk", "Osnabrik"]);
        }

        #[test]
        fn the_geonames_name_where_the_place_is_named_otherwise() {
            let kept = pick(
                &names("Kiryat Motzkin", "Kiryat Motzkin", &[]),
                (
                    "Qiryat Motsqin",
                    &spellings("Kiryat Motzkin|Qiryat Motzkin"),
                ),
            );
            assert_eq!(kept, ["Qiryat Motsqin", "Qiryat Motzkin"]);
        }
    }
}
