//! Finding places by any of their names, in any script, as the reader types.

use super::fold::{folded_forms, is_cjk, kana_reading, short_vowels};
use atlas_model::{Atlas, PlaceId};
use std::cmp::Reverse;
use std::collections::HashMap;

/// A place whose name matches the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub place: PlaceId,
    /// The name that matched, as the atlas writes it (`Osnabrück`, `광명시`, `Hiroshima`).
    pub matched: String,
}

/// How well a name matches, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    Exact,
    /// The name begins with the query.
    NamePrefix,
    /// A later word of the name begins with the query (`land` in `Osnabrücker Land`).
    WordPrefix,
    Substring,
}

/// Every name of every place, folded once, for suggestions as the reader types.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    places: Vec<IndexedPlace>,
}

#[derive(Debug, Clone)]
struct IndexedPlace {
    id: PlaceId,
    ties: usize,
    population: u64,
    names: Vec<IndexedName>,
}

#[derive(Debug, Clone)]
struct IndexedName {
    written: String,
    /// [`folded_forms`] of the name.
    forms: Vec<String>,
    /// The forms with [`short_vowels`], compared with the Latin reading of a kana query.
    sounds: Vec<String>,
}

impl SearchIndex {
    pub fn new(atlas: &Atlas) -> Self {
        let mut ties: HashMap<&PlaceId, usize> = HashMap::new();
        for tie in &atlas.ties {
            *ties.entry(&tie.german).or_default() += 1;
            *ties.entry(&tie.partner).or_default() += 1;
        }
        let places = atlas
            .places
            .iter()
            .map(|place| {
                let names = &place.names;
                let written = [&names.de, &names.en]
                    .into_iter()
                    .chain(&names.native)
                    .chain(&names.zh)
                    .chain(&names.ko)
                    .chain(&names.ja)
                    .chain(&names.alternates);
                let mut indexed: Vec<IndexedName> = Vec::new();
                for name in written {
                    if indexed.iter().all(|seen| &seen.written != name) {
                        indexed.push(IndexedName::new(name));
                    }
                }
                IndexedPlace {
                    id: place.id.clone(),
                    ties: ties.get(&place.id).copied().unwrap_or(0),
                    population: place.population.unwrap_or(0),
                    names: indexed,
                }
            })
            .collect();
        SearchIndex { places }
    }

    /// Up to `limit` places whose names match `query`, best first: exact matches, then names
    /// that begin with the query, then names with a word that does, then names that contain it
    /// (for queries of two characters or more, or one Chinese, Japanese or Korean character).
    /// Within each, places with more ties come first, then larger ones, then by name.
    pub fn suggest(&self, query: &str, limit: usize) -> Vec<Suggestion> {
        let query = query.trim();
        let forms = folded_forms(query);
        let reading = kana_reading(query);
        if forms.is_empty() && reading.is_none() {
            return Vec::new();
        }
        let substrings = query.chars().count() >= 2 || query.chars().any(is_cjk);
        let mut found: Vec<(Match, &IndexedPlace, &IndexedName)> = self
            .places
            .iter()
            .filter_map(|place| {
                place
                    .names
                    .iter()
                    .filter_map(|name| {
                        let written = forms
                            .iter()
                            .flat_map(|form| name.forms.iter().map(move |name| (form, name)));
                        let spoken = reading
                            .iter()
                            .flat_map(|form| name.sounds.iter().map(move |name| (form, name)));
                        written
                            .chain(spoken)
                            .filter_map(|(query, name)| match_of(query, name, substrings))
                            .min()
                            .map(|best| (best, name))
                    })
                    .min_by_key(|&(best, _)| best)
                    .map(|(best, name)| (best, place, name))
            })
            .collect();
        found.sort_by(|(x_match, x, x_name), (y_match, y, y_name)| {
            (
                x_match,
                Reverse(x.ties),
                Reverse(x.population),
                &x_name.written,
                &x.id,
            )
                .cmp(&(
                    y_match,
                    Reverse(y.ties),
                    Reverse(y.population),
                    &y_name.written,
                    &y.id,
                ))
        });
        found
            .into_iter()
            .take(limit)
            .map(|(_, place, name)| Suggestion {
                place: place.id.clone(),
                matched: name.written.clone(),
            })
            .collect()
    }

    /// The place `text` names: its id, or one of its names in any spelling search accepts
    /// (`Osnabrück`, `osnabrueck`, `合肥`); where several places share the name, the one with
    /// the most ties. For a town's page that embeds the atlas focused on it.
    pub fn place_named(&self, text: &str) -> Option<PlaceId> {
        let text = text.trim();
        if let Some(place) = self.places.iter().find(|place| place.id.as_str() == text) {
            return Some(place.id.clone());
        }
        let forms = folded_forms(text);
        self.places
            .iter()
            .filter(|place| {
                place
                    .names
                    .iter()
                    .any(|name| name.forms.iter().any(|form| forms.contains(form)))
            })
            .max_by_key(|place| (place.ties, place.population))
            .map(|place| place.id.clone())
    }
}

impl IndexedName {
    fn new(written: &str) -> Self {
        let forms = folded_forms(written);
        let mut sounds: Vec<String> = forms.iter().map(|form| short_vowels(form)).collect();
        sounds.dedup();
        IndexedName {
            written: written.to_string(),
            forms,
            sounds,
        }
    }
}

/// How `name` matches `query`, both folded.
fn match_of(query: &str, name: &str, substrings: bool) -> Option<Match> {
    if name == query {
        Some(Match::Exact)
    } else if name.starts_with(query) {
        Some(Match::NamePrefix)
    } else if name
        .match_indices(' ')
        .any(|(space, _)| name[space + 1..].starts_with(query))
    {
        Some(Match::WordPrefix)
    } else if substrings && name.contains(query) {
        Some(Match::Substring)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_atlas::wider_atlas;
    use atlas_model::Tie;

    /// The places suggested for `query`, best first.
    fn places(index: &SearchIndex, query: &str) -> Vec<String> {
        index
            .suggest(query, 10)
            .into_iter()
            .map(|suggestion| suggestion.place.to_string())
            .collect()
    }

    fn first(index: &SearchIndex, query: &str) -> Option<Suggestion> {
        index.suggest(query, 1).into_iter().next()
    }

    fn suggestion(place: &str, matched: &str) -> Option<Suggestion> {
        Some(Suggestion {
            place: PlaceId::new(place),
            matched: matched.into(),
        })
    }

    mod latin {
        use super::*;

        #[test]
        fn umlauts_match_however_they_are_typed() {
            let index = SearchIndex::new(&wider_atlas());
            for query in ["Osnabrück", "Osnabrueck", "osnabruck", "OSNABRÜCK", "osnab"] {
                assert_eq!(
                    first(&index, query),
                    suggestion("osnabrueck", "Osnabrück"),
                    "{query}"
                );
            }
        }

        #[test]
        fn every_language_and_alternate_name_is_searched() {
            let index = SearchIndex::new(&wider_atlas());
            assert_eq!(first(&index, "tokio"), suggestion("tokyo", "Tokio"));
            assert_eq!(first(&index, "Hanover"), suggestion("hannover", "Hanover"));
            assert_eq!(places(&index, "hannover"), ["hannover"]);
        }

        #[test]
        fn an_empty_or_blank_query_suggests_nothing() {
            let index = SearchIndex::new(&wider_atlas());
            assert!(index.suggest("", 10).is_empty());
            assert!(index.suggest("  \t", 10).is_empty());
            assert!(index.suggest("-", 10).is_empty());
            assert!(index.suggest("osnabrück", 0).is_empty());
        }
    }

    mod other_scripts {
        use super::*;

        #[test]
        fn chinese_finds_by_han_characters() {
            let index = SearchIndex::new(&wider_atlas());
            assert_eq!(first(&index, "合肥"), suggestion("hefei", "合肥"));
            assert_eq!(first(&index, "武汉"), suggestion("wuhan", "武汉"));
            assert_eq!(first(&index, "武漢"), suggestion("wuhan", "武漢市"));
        }

        #[test]
        fn korean_finds_by_the_start_of_a_name_even_mid_syllable() {
            let index = SearchIndex::new(&wider_atlas());
            assert_eq!(first(&index, "광명"), suggestion("gwangmyeong", "광명시"));
            assert_eq!(first(&index, "과"), suggestion("gwangmyeong", "광명시"));
            assert_eq!(
                first(&index, "히로시마"),
                suggestion("hiroshima", "히로시마 시")
            );
        }

        #[test]
        fn one_han_character_finds_a_name_containing_it() {
            let index = SearchIndex::new(&wider_atlas());
            assert_eq!(places(&index, "肥"), ["hefei"]);
            assert_eq!(places(&index, "명"), ["gwangmyeong"]);
        }

        #[test]
        fn hiragana_and_katakana_find_latin_names_by_sound() {
            let index = SearchIndex::new(&wider_atlas());
            assert_eq!(
                first(&index, "ひろしま"),
                suggestion("hiroshima", "Hiroshima")
            );
            assert_eq!(
                first(&index, "ヒロシマ"),
                suggestion("hiroshima", "Hiroshima")
            );
            assert_eq!(first(&index, "ひろ"), suggestion("hiroshima", "Hiroshima"));
            assert_eq!(first(&index, "とうきょう"), suggestion("tokyo", "Tokyo"));
            assert_eq!(first(&index, "おおさか"), None);
        }

        #[test]
        fn kana_also_match_names_written_in_kana() {
            let index = SearchIndex::new(&wider_atlas());
            assert_eq!(
                first(&index, "ハノーファー"),
                suggestion("hannover", "ハノーファー")
            );
        }
    }

    mod ranking {
        use super::*;

        /// Adds a place called `name` with `ties` ties to Hefei.
        fn add_place(atlas: &mut Atlas, id: &str, name: &str, ties: usize) {
            let mut place = atlas.places[1].clone();
            place.id = PlaceId::new(id);
            place.names = atlas_model::PlaceNames {
                de: name.into(),
                en: name.into(),
                ..Default::default()
            };
            let mut tie = atlas.ties[0].clone();
            tie.german = place.id.clone();
            tie.id = Tie::id_for(&tie.german, &tie.partner, tie.kind);
            atlas.ties.extend(std::iter::repeat_n(tie, ties));
            atlas.places.push(place);
        }

        #[test]
        fn exact_before_prefix_before_word_before_substring() {
            let mut atlas = wider_atlas();
            add_place(&mut atlas, "land", "Land", 1);
            add_place(&mut atlas, "landau", "Landau", 2);
            add_place(&mut atlas, "osnabruecker-land", "Osnabrücker Land", 3);
            add_place(&mut atlas, "holland", "Holland", 4);
            let index = SearchIndex::new(&atlas);
            assert_eq!(
                places(&index, "land"),
                ["land", "landau", "osnabruecker-land", "holland"]
            );
            assert_eq!(
                places(&index, "osnabrück"),
                ["osnabrueck", "osnabruecker-land"],
                "Osnabrück has fewer ties but matches exactly"
            );
        }

        #[test]
        fn one_latin_letter_matches_only_beginnings() {
            let index = SearchIndex::new(&wider_atlas());
            assert_eq!(places(&index, "w"), ["wuhan"]);
        }

        #[test]
        fn more_ties_then_more_people_come_first() {
            let mut atlas = wider_atlas();
            let index = SearchIndex::new(&atlas);
            assert_eq!(
                places(&index, "h"),
                ["hiroshima", "hannover", "hefei"],
                "one tie each: by population"
            );
            let mut second = atlas.ties[0].clone();
            second.kind = atlas_model::TieKind::Contact;
            atlas.ties.push(second);
            let index = SearchIndex::new(&atlas);
            assert_eq!(places(&index, "h"), ["hefei", "hiroshima", "hannover"]);
        }

        #[test]
        fn each_place_once_by_its_best_name_and_no_more_than_asked() {
            let index = SearchIndex::new(&wider_atlas());
            assert_eq!(
                first(&index, "hiroshima"),
                suggestion("hiroshima", "Hiroshima")
            );
            assert_eq!(places(&index, "hiroshima"), ["hiroshima"]);
            assert_eq!(index.suggest("h", 2).len(), 2);
        }
    }

    #[test]
    fn names_a_place_by_id_or_by_any_spelling_of_a_name() {
        let index = SearchIndex::new(&wider_atlas());
        let osnabrueck = Some(PlaceId::new("osnabrueck"));
        for text in ["osnabrueck", "Osnabrück", " OSNABRUECK ", "osnabruck"] {
            assert_eq!(index.place_named(text), osnabrueck, "{text}");
        }
        assert_eq!(index.place_named("Osna"), None, "a prefix names nothing");
        assert_eq!(index.place_named("Atlantis"), None);
    }
}
