//! Validating `stories/*.toml`: bilingual texts of 80–200 words about known places, a
//! visit or a tie, and the source they retell.

use crate::checks::{Check, all, localized, word_count};
use crate::known::Known;
use crate::problems::quoted;
use crate::raw::{RawStory, RawStorySource};
use atlas_model::{Lang, PlaceId, Story, StoryId, StorySource, StorySubject, TieId, VisitId};
use toml::Spanned;

/// Words a story text may have, in each language.
pub const WORDS: std::ops::RangeInclusive<usize> = 80..=200;

/// What stories may refer to.
pub struct References<'a> {
    pub places: &'a Known,
    pub visits: &'a Known,
    pub ties: &'a Known,
    pub seeds: &'a Known,
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
            let words = word_count(localized.get(lang));
            let fits = WORDS.contains(&words);
            if !fits {
                let span = match lang {
                    Lang::De => text.get_ref().de.as_ref(),
                    Lang::En => text.get_ref().en.as_ref(),
                };
                let offset = span.map_or(text.span().start, |s| s.span().start);
                let message = format!(
                    "{words} words; a story text needs {} to {} words",
                    WORDS.start(),
                    WORDS.end()
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
