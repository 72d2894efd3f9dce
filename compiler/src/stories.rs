//! Validating `stories/*.toml`: texts in five languages, of 80–200 words (120–500 characters
//! in Chinese, Korean and Japanese), about known places, a visit or a tie, and the source they
//! retell.

use crate::checks::{Check, all, character_count, localized, word_count};
use crate::facts::{Fact, FactLists, missing};
use crate::known::Known;
use crate::problems::quoted;
use crate::raw::{RawLocalized, RawStory, RawStorySource};
use atlas_model::{
    Lang, Localized, PlaceId, Story, StoryId, StorySource, StorySubject, TieId, VisitId,
};
use toml::Spanned;

/// Words a story text may have in German and English.
pub const WORDS: std::ops::RangeInclusive<usize> = 80..=200;

/// Letters and digits a story text may have in Chinese, Korean and Japanese, which do not
/// separate words by spaces: about what 80–200 English words take.
pub const CHARACTERS: std::ops::RangeInclusive<usize> = 120..=500;

/// What stories may refer to.
pub struct References<'a> {
    pub places: &'a Known,
    pub visits: &'a Known,
    pub ties: &'a Known,
    pub seeds: &'a Known,
    /// The facts each seed record lists, which its stories must keep.
    pub facts: &'a FactLists,
}

/// Validates one story file whose name (without `.toml`) is `stem`.
pub fn validate(
    check: &mut Check<'_>,
    record: &Spanned<RawStory>,
    stem: &str,
    stories: &mut Known,
    refs: &References<'_>,
) -> Option<Story> {
    let at = record.span().start;
    let raw = record.get_ref();
    let id = check.required(&raw.id, at, "id").and_then(|id| {
        stories.define_checked(
            check,
            id,
            "id",
            format!("{}:{}", check.file.path, check.file.line(id.span().start)),
        );
        let slug = check.slug(id, "id")?;
        if slug != stem {
            let message = format!(
                "{} differs from the file name {}",
                quoted(&slug),
                quoted(&format!("{stem}.toml"))
            );
            check.at(id.span().start, "id", message);
            return None;
        }
        Some(slug)
    });
    let date = check
        .required(&raw.date, at, "date")
        .and_then(|date| check.date(date, "date"));
    let places = check
        .required(&raw.places, at, "places")
        .and_then(|list| places(check, list, refs.places));
    let subject = subject(check, raw, refs);
    let title = check
        .required(&raw.title, at, "title")
        .and_then(|title| localized(check, title, "title"));
    let text = check.required(&raw.text, at, "text").and_then(|text| {
        let localized = localized(check, text, "text")?;
        let lengths_ok = Lang::ALL.map(|lang| {
            let (length, range, unit) = if lang.counts_characters() {
                (
                    character_count(localized.get(lang)),
                    CHARACTERS,
                    "characters",
                )
            } else {
                (word_count(localized.get(lang)), WORDS, "words")
            };
            let fits = range.contains(&length);
            if !fits {
                let span = text.get_ref().get(lang).as_ref();
                let offset = span.map_or(text.span().start, |s| s.span().start);
                let message = format!(
                    "{length} {unit}; a story text needs {} to {} {unit}",
                    range.start(),
                    range.end()
                );
                check.at(offset, format!("text.{}", lang.tag()), message);
            }
            fits
        });
        lengths_ok.iter().all(|&ok| ok).then_some(localized)
    });
    let source = check
        .required(&raw.source, at, "source")
        .and_then(|source| story_source(check, source, refs.seeds));
    if let (Some(text), Some(raw_text), Some(seed)) = (
        &text,
        &raw.text,
        source.as_ref().and_then(|source| source.seed.as_ref()),
    ) {
        keeps_facts(
            check,
            text,
            raw_text,
            refs.facts.get(seed).map_or(&[], Vec::as_slice),
        );
    }
    Some(Story {
        id: StoryId::new(id?),
        title: title?,
        text: text?,
        date: date?,
        places: places?,
        subject: subject?,
        source: source?,
    })
}

/// Reports each fact of the story's seed record that its German or English text lacks.
fn keeps_facts(
    check: &mut Check<'_>,
    text: &Localized,
    raw: &Spanned<RawLocalized>,
    facts: &[Fact],
) {
    for lang in [Lang::De, Lang::En] {
        let offset = raw
            .get_ref()
            .get(lang)
            .as_ref()
            .map_or(raw.span().start, |s| s.span().start);
        for (fact, word) in missing(facts, text, lang) {
            let message = format!(
                "lacks {}, which states a fact listed at {} ({})",
                quoted(word),
                fact.at,
                fact.what
            );
            check.at(offset, format!("text.{}", lang.tag()), message);
        }
    }
}

fn places(
    check: &mut Check<'_>,
    list: &Spanned<Vec<Spanned<String>>>,
    known: &Known,
) -> Option<Vec<PlaceId>> {
    if list.get_ref().is_empty() {
        check.at(
            list.span().start,
            "places",
            "a story names at least one place",
        );
        return None;
    }
    let mut seen = Vec::new();
    let ids = list.get_ref().iter().enumerate().map(|(index, place)| {
        let field = format!("places[{index}]");
        if seen.contains(place.get_ref()) {
            check.at(
                place.span().start,
                field,
                format!("{} is listed twice", quoted(place.get_ref())),
            );
            return None;
        }
        seen.push(place.get_ref().clone());
        known.reference(check, place, &field).map(PlaceId::new)
    });
    all(ids)
}

/// The visit or tie the story is about: `Some(None)` for neither, `None` on a problem.
fn subject(
    check: &mut Check<'_>,
    raw: &RawStory,
    refs: &References<'_>,
) -> Option<Option<StorySubject>> {
    match (&raw.visit, &raw.tie) {
        (Some(_), Some(tie)) => {
            check.at(
                tie.span().start,
                "tie",
                "a story is about a visit or a tie, not both",
            );
            None
        }
        (Some(visit), None) => refs
            .visits
            .reference(check, visit, "visit")
            .map(|id| Some(StorySubject::Visit(VisitId::new(id)))),
        (None, Some(tie)) => refs
            .ties
            .reference(check, tie, "tie")
            .map(|id| Some(StorySubject::Tie(TieId::new(id)))),
        (None, None) => Some(None),
    }
}

fn story_source(
    check: &mut Check<'_>,
    source: &Spanned<RawStorySource>,
    seeds: &Known,
) -> Option<StorySource> {
    let at = source.span().start;
    let raw = source.get_ref();
    let publisher = check.text(&raw.publisher, at, "source.publisher");
    let title = check.text(&raw.title, at, "source.title");
    let date = match &raw.date {
        Some(date) => check.date(date, "source.date").map(Some),
        None => Some(None),
    };
    let url = match &raw.url {
        Some(url) => check.url(url, "source.url").map(Some),
        None => Some(None),
    };
    let seed = match &raw.seed {
        Some(seed) if seeds.contains(seed.get_ref()) => Some(Some(seed.get_ref().clone())),
        Some(seed) => {
            let stem = seed
                .get_ref()
                .strip_suffix(".txt")
                .unwrap_or(seed.get_ref());
            let message = format!(
                "no record {} in seeds/ (expected seeds/{stem}.toml)",
                quoted(seed.get_ref())
            );
            check.at(seed.span().start, "source.seed", message);
            None
        }
        None => Some(None),
    };
    Some(StorySource {
        publisher: publisher?,
        title: title?,
        date: date?,
        url: url?,
        seed: seed?,
    })
}
