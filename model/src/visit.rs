//! Delegation visits: a journey from one place to one or more places in order.

use crate::date::PartialDate;
use crate::ids::{PlaceId, VisitId};
use crate::text::Localized;
use serde::{Deserialize, Serialize};

/// What an organisation did in a visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationRole {
    Organiser,
    Participant,
    Host,
}

impl OrganisationRole {
    pub fn from_name(name: &str) -> Option<OrganisationRole> {
        match name {
            "organiser" => Some(OrganisationRole::Organiser),
            "participant" => Some(OrganisationRole::Participant),
            "host" => Some(OrganisationRole::Host),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub name: String,
    pub role: OrganisationRole,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Visit {
    pub id: VisitId,
    pub from: PlaceId,
    /// The places visited, in the order of the journey.
    pub stops: Vec<PlaceId>,
    pub start: PartialDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegation_size: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<Organisation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Localized>,
}

impl Visit {
    /// The legs of the journey: origin to first stop, then stop to stop.
    pub fn legs(&self) -> impl Iterator<Item = (&PlaceId, &PlaceId)> {
        std::iter::once(&self.from)
            .chain(self.stops.iter())
            .zip(self.stops.iter())
    }

    /// Whether the journey starts at `place` or stops there.
    pub fn touches(&self, place: &PlaceId) -> bool {
        &self.from == place || self.stops.contains(place)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn osnabrueck_2024() -> Visit {
        Visit {
            id: VisitId::new("osnabrueck-2024"),
            from: PlaceId::new("osnabrueck"),
            stops: ["hefei", "wuhu", "gwangmyeong"].map(PlaceId::new).to_vec(),
            start: "2024-10-25".parse().unwrap(),
            end: None,
            delegation_size: Some(35),
            organisations: vec![],
            topics: vec![],
        }
    }

    #[test]
    fn legs_follow_the_journey_in_order() {
        let visit = osnabrueck_2024();
        let legs: Vec<(&str, &str)> = visit
            .legs()
            .map(|(from, to)| (from.as_str(), to.as_str()))
            .collect();
        assert_eq!(
            legs,
            [
                ("osnabrueck", "hefei"),
                ("hefei", "wuhu"),
                ("wuhu", "gwangmyeong")
            ]
        );
    }

    #[test]
    fn a_visit_touches_its_origin_and_its_stops_only() {
        let visit = osnabrueck_2024();
        for place in ["osnabrueck", "hefei", "gwangmyeong"] {
            assert!(visit.touches(&PlaceId::new(place)), "{place}");
        }
        assert!(!visit.touches(&PlaceId::new("hannover")));
    }
}
