//! The facts of a source article, listed in its seed record, that every story retelling it
//! must keep: each fact's words must appear in the story's German and English texts.

use crate::checks::Check;
use crate::raw::RawFact;
use atlas_model::{Lang, Localized};
use std::collections::HashMap;
use toml::Spanned;

/// One fact, with the words that state it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub what: String,
    pub de: Vec<String>,
    pub en: Vec<String>,
    /// Where it is written down (`seeds/000_x.toml:12`), for messages.
    pub at: String,
}

/// The facts of each seed record, by the seed file name stories give (`<stem>.txt`).
pub type FactLists = HashMap<String, Vec<Fact>>;

/// Reads the `[[fact]]` tables of one seed record.
pub fn read(check: &mut Check<'_>, facts: &[Spanned<RawFact>]) -> Vec<Fact> {
    facts
        .iter()
        .filter_map(|fact| {
            let at = fact.span().start;
            let raw = fact.get_ref();
            let what = check.text(&raw.what, at, "fact.what");
            let de = words(check, &raw.de, at, "fact.de");
            let en = words(check, &raw.en, at, "fact.en");
            Some(Fact {
                what: what?,
                de: de?,
                en: en?,
                at: format!("{}:{}", check.file.path, check.file.line(at)),
            })
        })
        .collect()
}

fn words(
    check: &mut Check<'_>,
    list: &Option<Vec<Spanned<String>>>,
    at: usize,
    field: &str,
) -> Option<Vec<String>> {
    let Some(list) = list else {
        check.at(at, field, "missing: list the words that state the fact");
        return None;
    };
    if list.is_empty() {
        check.at(at, field, "list at least one word that states the fact");
        return None;
    }
    let words: Vec<Option<String>> = list
        .iter()
        .map(|word| check.non_blank(word, field))
        .collect();
    words.into_iter().collect()
}

/// The facts whose words a story's text in `lang` lacks, each with the first missing word.
pub fn missing<'a>(facts: &'a [Fact], text: &Localized, lang: Lang) -> Vec<(&'a Fact, &'a str)> {
    facts
        .iter()
        .filter_map(|fact| {
            let words = match lang {
                Lang::De => &fact.de,
                Lang::En => &fact.en,
                _ => return None,
            };
            let text = text.get(lang);
            words
                .iter()
                .find(|word| !text.contains(word.as_str()))
                .map(|word| (fact, word.as_str()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact() -> Fact {
        Fact {
            what: "The delegation had 35 members.".to_owned(),
            de: vec!["35".to_owned(), "Osnabrück".to_owned()],
            en: vec!["35".to_owned()],
            at: "seeds/000.toml:3".to_owned(),
        }
    }

    #[test]
    fn a_fact_is_kept_when_every_word_of_it_appears() {
        let text = Localized {
            de: "35 Menschen aus Osnabrück reisten.".to_owned(),
            en: "35 people travelled.".to_owned(),
            ..Localized::same("")
        };
        let facts = [fact()];
        assert!(missing(&facts, &text, Lang::De).is_empty());
        assert!(missing(&facts, &text, Lang::En).is_empty());
    }

    #[test]
    fn a_fact_is_missing_when_one_word_is_not_in_the_text() {
        let text = Localized {
            de: "36 Menschen aus Osnabrück reisten.".to_owned(),
            ..Localized::same("35 people travelled.")
        };
        let facts = [fact()];
        let missing = missing(&facts, &text, Lang::De);
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].1, "35");
        assert!(super::missing(&facts, &text, Lang::Ja).is_empty());
    }
}
