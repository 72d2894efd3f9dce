//! Stories: what happened, told in all five languages, with the source named.

use crate::date::PartialDate;
use crate::ids::{PlaceId, StoryId, TieId, VisitId};
use crate::text::Localized;
use serde::{Deserialize, Serialize};

/// What a story is about on the map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StorySubject {
    Visit(VisitId),
    Tie(TieId),
}

/// The article a story retells.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StorySource {
    pub publisher: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The record in `seeds/` this story was written from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub id: StoryId,
    pub title: Localized,
    pub text: Localized,
    pub date: PartialDate,
    pub places: Vec<PlaceId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<StorySubject>,
    pub source: StorySource,
}
