//! Ties between two places: twinnings, friendships, cooperations and lighter contacts.

use crate::date::PartialDate;
use crate::ids::{PlaceId, TieId};
use crate::text::Bilingual;
use serde::{Deserialize, Serialize};

/// The kinds of tie. The first four are the kinds of the German reference database of
/// municipal partnerships (RGRE): Partnerschaft, Freundschaft, Kontakt, Projektpartnerschaft.
/// A tie that has ended keeps its kind and says so in [`Tie::ended`]. Ordered as listed, so
/// sets of kinds iterate in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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

/// How sure the atlas is that a tie exists as described; ordered from the surest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
    pub const ALL: [Confidence; 3] = [
        Confidence::Verified,
        Confidence::WeakMention,
        Confidence::ListOnly,
    ];

    /// The name used in data files and links.
    pub fn name(self) -> &'static str {
        match self {
            Confidence::Verified => "verified",
            Confidence::WeakMention => "weak_mention",
            Confidence::ListOnly => "list_only",
        }
    }

    pub fn from_name(name: &str) -> Option<Confidence> {
        Confidence::ALL
            .into_iter()
            .find(|confidence| confidence.name() == name)
    }
}

/// A public source that states a fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub url: String,
    /// Who published it, as a reader names them (`Stadt Rosenheim`, `Wikidata`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl Source {
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            label: None,
        }
    }

    /// What the source is called in a list: its label, else the site it is on
    /// (`https://www.osnabrueck.de/…` is `osnabrueck.de`).
    pub fn name(&self) -> String {
        self.label.clone().unwrap_or_else(|| {
            let rest = self
                .url
                .split_once("://")
                .map_or(&*self.url, |(_, rest)| rest);
            let site = rest.split('/').next().unwrap_or(rest);
            site.trim_start_matches("www.").to_owned()
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tie {
    pub id: TieId,
    /// The German town or district (the compiler checks that it is one); `a` in the JSON.
    #[serde(rename = "a")]
    pub german: PlaceId,
    /// The town, district or region abroad; `b` in the JSON.
    #[serde(rename = "b")]
    pub partner: PlaceId,
    pub kind: TieKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<PartialDate>,
    /// When the tie ended, where the date is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<PartialDate>,
    /// True when the tie has ended but the date is not known (then `ended` is `None`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ended_undated: bool,
    pub confidence: Confidence,
    pub sources: Vec<Source>,
    /// A short public note, in German and English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Bilingual>,
}

impl Tie {
    /// The id a tie between `a` and `b` of `kind` has: `a--b--kind`.
    pub fn id_for(a: &PlaceId, b: &PlaceId, kind: TieKind) -> TieId {
        TieId(format!("{a}--{b}--{}", kind.name()))
    }

    pub fn touches(&self, place: &PlaceId) -> bool {
        &self.german == place || &self.partner == place
    }

    /// The other end of the tie, seen from `place`, if `place` is one of its ends.
    pub fn other_end(&self, place: &PlaceId) -> Option<&PlaceId> {
        if &self.german == place {
            Some(&self.partner)
        } else if &self.partner == place {
            Some(&self.german)
        } else {
            None
        }
    }

    /// True when the tie no longer exists, whether or not its end is dated.
    pub fn has_ended(&self) -> bool {
        self.ended.is_some() || self.ended_undated
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
    fn every_confidence_round_trips_through_its_name_as_serde_writes_it() {
        for confidence in Confidence::ALL {
            assert_eq!(Confidence::from_name(confidence.name()), Some(confidence));
            assert_eq!(
                serde_json::to_string(&confidence).unwrap(),
                format!("\"{}\"", confidence.name())
            );
        }
        assert_eq!(Confidence::from_name("Verified"), None);
    }

    #[test]
    fn an_undated_end_still_ends_the_tie() {
        let json = r#"{"id":"langenfeld--batangas--twin_town","a":"langenfeld","b":"batangas",
            "kind":"twin_town","confidence":"verified","sources":[{"url":"https://a.de/"}]}"#;
        let mut tie: Tie = serde_json::from_str(json).unwrap();
        assert!(!tie.has_ended());
        assert!(!serde_json::to_string(&tie).unwrap().contains("ended"));
        tie.ended_undated = true;
        assert!(tie.has_ended());
        assert!(
            serde_json::to_string(&tie)
                .unwrap()
                .contains(r#""ended_undated":true"#)
        );
        tie.ended_undated = false;
        tie.ended = Some("2015".parse().unwrap());
        assert!(tie.has_ended());
    }

    #[test]
    fn sources_carry_an_optional_label() {
        let source: Source = serde_json::from_str(r#"{"url":"https://a.de/"}"#).unwrap();
        assert_eq!(source, Source::new("https://a.de/"));
        let labelled = Source {
            label: Some("Wikidata P190 extract, 2017".into()),
            ..source
        };
        assert_eq!(
            serde_json::to_string(&labelled).unwrap(),
            r#"{"url":"https://a.de/","label":"Wikidata P190 extract, 2017"}"#
        );
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

    #[test]
    fn a_source_is_named_by_its_label_else_by_its_site() {
        let site = Source::new("https://www.osnabrueck.de/partnerstaedte/hefei");
        assert_eq!(site.name(), "osnabrueck.de");
        assert_eq!(Source::new("urn:isbn:3-12").name(), "urn:isbn:3-12");
        let labelled = Source {
            label: Some("Wikidata P190".into()),
            ..site
        };
        assert_eq!(labelled.name(), "Wikidata P190");
    }

    #[test]
    fn the_other_end_is_seen_from_either_end() {
        let json = r#"{"id":"osnabrueck--hefei--friendship","a":"osnabrueck","b":"hefei",
            "kind":"friendship","confidence":"verified","sources":[]}"#;
        let tie: Tie = serde_json::from_str(json).unwrap();
        let (osnabrueck, hefei) = (PlaceId::new("osnabrueck"), PlaceId::new("hefei"));
        assert_eq!((&tie.german, &tie.partner), (&osnabrueck, &hefei));
        assert_eq!(tie.other_end(&osnabrueck), Some(&hefei));
        assert_eq!(tie.other_end(&hefei), Some(&osnabrueck));
        assert_eq!(tie.other_end(&PlaceId::new("wuhu")), None);
        assert!(
            serde_json::to_string(&tie)
                .unwrap()
                .contains(r#""a":"osnabrueck","b":"hefei""#)
        );
    }
}
