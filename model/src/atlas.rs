//! The whole compiled atlas, as the app downloads it.

use crate::ids::{PlaceId, TieId, VisitId};
use crate::place::Place;
use crate::story::{Story, StorySubject};
use crate::tie::Tie;
use crate::visit::Visit;
use serde::{Deserialize, Serialize};

/// The schema version the compiler writes and the app accepts.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Atlas {
    pub schema: u32,
    pub places: Vec<Place>,
    pub ties: Vec<Tie>,
    pub visits: Vec<Visit>,
    pub stories: Vec<Story>,
    /// Attributions the app must show (data licences).
    pub credits: Vec<String>,
}

impl Atlas {
    pub fn place(&self, id: &PlaceId) -> Option<&Place> {
        self.places.iter().find(|place| &place.id == id)
    }

    pub fn tie(&self, id: &TieId) -> Option<&Tie> {
        self.ties.iter().find(|tie| &tie.id == id)
    }

    pub fn visit(&self, id: &VisitId) -> Option<&Visit> {
        self.visits.iter().find(|visit| &visit.id == id)
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
