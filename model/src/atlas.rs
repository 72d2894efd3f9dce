//! The whole compiled atlas, as the app downloads it.

use crate::id_index::IdIndex;
use crate::ids::{PlaceId, TieId, VisitId};
use crate::place::Place;
use crate::story::{Story, StorySubject};
use crate::text::Localized;
use crate::tie::Tie;
use crate::tie_ends::TieEnds;
use crate::visit::Visit;
use serde::{Deserialize, Serialize};

/// The schema version the compiler writes and the app accepts.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Atlas {
    pub schema: u32,
    pub places: Vec<Place>,
    pub ties: Vec<Tie>,
    pub visits: Vec<Visit>,
    pub stories: Vec<Story>,
    /// The names of the first-level divisions (Länder, provinces) that places lie in.
    #[serde(default)]
    pub divisions: Vec<Division>,
    /// Attributions the app must show (data licences), in every language.
    pub credits: Vec<Localized>,
    /// Where each place, tie and visit is in its list, for lookups by id.
    #[serde(skip)]
    pub index: AtlasIndex,
}

/// The positions of the atlas's places, ties and visits by id, built on the first lookup.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AtlasIndex {
    places: IdIndex<PlaceId>,
    ties: IdIndex<TieId>,
    visits: IdIndex<VisitId>,
    tie_ends: TieEnds,
}

/// A first-level division (a German Land, a Chinese province) and its names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Division {
    /// ISO 3166-1 alpha-2 code of its country.
    pub country: String,
    /// The name places give as their `division`.
    pub name: String,
    pub names: Localized,
}

impl Atlas {
    pub fn place(&self, id: &PlaceId) -> Option<&Place> {
        self.index.places.find(&self.places, id, |place| &place.id)
    }

    /// Where the place `id` is in `places`.
    pub fn place_position(&self, id: &PlaceId) -> Option<usize> {
        self.index
            .places
            .position(&self.places, id, |place| &place.id)
    }

    /// The German place and the partner of the tie at `position` in `ties`, each `None` where
    /// the atlas lacks it: the quick way for code that walks every tie.
    pub fn tie_places(&self, position: usize) -> [Option<&Place>; 2] {
        let position_of = |id: &PlaceId| self.place_position(id);
        self.index
            .tie_ends
            .of(&self.ties, &self.places, position, position_of, |id| {
                self.place(id)
            })
    }

    /// The names of the division a place of `country` gives as `name`.
    pub fn division(&self, country: &str, name: &str) -> Option<&Division> {
        self.divisions
            .iter()
            .find(|division| division.country == country && division.name == name)
    }

    pub fn tie(&self, id: &TieId) -> Option<&Tie> {
        self.index.ties.find(&self.ties, id, |tie| &tie.id)
    }

    pub fn visit(&self, id: &VisitId) -> Option<&Visit> {
        self.index.visits.find(&self.visits, id, |visit| &visit.id)
    }

    /// The stories about a place: those that name it and those about a visit that starts or
    /// stops there.
    pub fn stories_of_place<'a>(&'a self, id: &'a PlaceId) -> impl Iterator<Item = &'a Story> {
        self.stories.iter().filter(move |story| {
            story.places.contains(id)
                || matches!(&story.subject, Some(StorySubject::Visit(visit))
                    if self.visit(visit).is_some_and(|visit| visit.touches(id)))
        })
    }

    /// The stories told about a visit.
    pub fn stories_of_visit<'a>(&'a self, id: &'a VisitId) -> impl Iterator<Item = &'a Story> {
        self.stories
            .iter()
            .filter(move |story| matches!(&story.subject, Some(StorySubject::Visit(v)) if v == id))
    }

    /// The stories told about a tie.
    pub fn stories_of_tie<'a>(&'a self, id: &'a TieId) -> impl Iterator<Item = &'a Story> {
        self.stories
            .iter()
            .filter(move |story| matches!(&story.subject, Some(StorySubject::Tie(t)) if t == id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two stories: one naming Osnabrück, one about a visit from Hannover to Hefei that names
    /// no place of its own.
    fn atlas() -> Atlas {
        let story = |id: &str, places: &str, subject: &str| {
            format!(
                r#"{{"id":"{id}","title":{{"de":"T","en":"T","zh":"T","ko":"T","ja":"T"}},"text":{{"de":"x","en":"x","zh":"x","ko":"x","ja":"x"}},
                "date":"2024","places":[{places}],{subject}
                "source":{{"publisher":"P","title":"S"}}}}"#
            )
        };
        let json = format!(
            r#"{{"schema":2,"places":[],"ties":[],"credits":[],
            "visits":[{{"id":"hannover-2015","from":"hannover","stops":["hefei"],"start":"2015"}}],
            "stories":[{},{}]}}"#,
            story("named", r#""osnabrueck""#, ""),
            story("trip", "", r#""subject":{"visit":"hannover-2015"},"#),
        );
        serde_json::from_str(&json).unwrap()
    }

    fn stories_of(atlas: &Atlas, place: &str) -> Vec<String> {
        let place = PlaceId::new(place);
        let stories = atlas.stories_of_place(&place);
        stories.map(|story| story.id.to_string()).collect()
    }

    #[test]
    fn a_place_has_the_stories_that_name_it_and_those_of_visits_through_it() {
        let atlas = atlas();
        assert_eq!(stories_of(&atlas, "osnabrueck"), ["named"]);
        assert_eq!(stories_of(&atlas, "hannover"), ["trip"]);
        assert_eq!(stories_of(&atlas, "hefei"), ["trip"]);
        assert!(stories_of(&atlas, "wuhu").is_empty());
    }
}
