//! Ties between two places: twinnings, friendships, cooperations and lighter contacts.

use crate::date::PartialDate;
use crate::ids::{PlaceId, TieId};
use serde::{Deserialize, Serialize};

/// The kinds of tie. The first four are the kinds of the German reference database of
/// municipal partnerships (Partnerschaft, Freundschaft, Kontakt, Projektpartnerschaft).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TieKind {
    TwinTown,
    Friendship,
    Contact,
    ProjectPartnership,
    Cooperation,
    LetterOfIntent,
}

impl TieKind {
    pub const ALL: [TieKind; 6] = [
        TieKind::TwinTown,
        TieKind::Friendship,
        TieKind::Contact,
        TieKind::ProjectPartnership,
        TieKind::Cooperation,
        TieKind::LetterOfIntent,
    ];

    /// The name used in data files and ids.
    pub fn name(self) -> &'static str {
        match self {
            TieKind::TwinTown => "twin_town",
            TieKind::Friendship => "friendship",
            TieKind::Contact => "contact",
            TieKind::ProjectPartnership => "project_partnership",
            TieKind::Cooperation => "cooperation",
            TieKind::LetterOfIntent => "letter_of_intent",
        }
    }

    pub fn from_name(name: &str) -> Option<TieKind> {
        TieKind::ALL.into_iter().find(|kind| kind.name() == name)
    }
}

/// How sure the atlas is that a tie exists as described.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// An official municipal, consulate or local-press page states it.
    Verified,
    /// Only a passing mention on such a page.
    WeakMention,
    /// Only in bulk lists derived from Wikipedia or Wikidata.
    ListOnly,
}

impl Confidence {
    pub fn from_name(name: &str) -> Option<Confidence> {
        match name {
            "verified" => Some(Confidence::Verified),
            "weak_mention" => Some(Confidence::WeakMention),
            "list_only" => Some(Confidence::ListOnly),
            _ => None,
        }
    }
}

/// A public source that states a fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tie {
    pub id: TieId,
    /// The German side.
    pub a: PlaceId,
    pub b: PlaceId,
    pub kind: TieKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<PartialDate>,
    pub confidence: Confidence,
    pub sources: Vec<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Tie {
    /// The id a tie between `a` and `b` of `kind` has: `a--b--kind`.
    pub fn id_for(a: &PlaceId, b: &PlaceId, kind: TieKind) -> TieId {
        TieId(format!("{a}--{b}--{}", kind.name()))
    }

    pub fn touches(&self, place: &PlaceId) -> bool {
        &self.a == place || &self.b == place
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_through_its_name() {
        for kind in TieKind::ALL {
            assert_eq!(TieKind::from_name(kind.name()), Some(kind));
        }
        assert_eq!(TieKind::from_name("twin town"), None);
    }

    #[test]
    fn tie_ids_name_both_ends_and_the_kind() {
        let id = Tie::id_for(
            &PlaceId::new("osnabrueck"),
            &PlaceId::new("hefei"),
            TieKind::Friendship,
        );
        assert_eq!(id.as_str(), "osnabrueck--hefei--friendship");
    }
}
