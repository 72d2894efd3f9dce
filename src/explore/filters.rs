//! What the reader filters the map by, and whether a tie or a visit passes.

use atlas_model::{Atlas, Confidence, Place, PlaceId, Region, Tie, TieKind, Visit};
use std::collections::BTreeSet;

/// The ISO code of the country every tie has one side in.
pub const GERMANY: &str = "DE";

/// The reader's choices. An empty set means "every option"; `years` is inclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filters {
    /// Kinds of tie to show.
    pub kinds: BTreeSet<TieKind>,
    /// Whether delegation visits are shown at all.
    pub visits: bool,
    /// The regions of the partner side (East Asia, West Asia, …).
    pub regions: BTreeSet<Region>,
    /// ISO codes of the partner side's country.
    pub countries: BTreeSet<String>,
    /// German divisions (Länder) of the German side, as [`Place::division`] names them.
    pub states: BTreeSet<String>,
    pub confidences: BTreeSet<Confidence>,
    /// A tie's founding year or a visit's start year must lie in this range, both ends included.
    pub years: Option<(i32, i32)>,
    /// Only the ties and visits of this place: a town's own page embeds the atlas focused on it.
    pub place: Option<PlaceId>,
}

impl Default for Filters {
    /// Everything shown, visits included.
    fn default() -> Self {
        Filters {
            kinds: BTreeSet::new(),
            visits: true,
            regions: BTreeSet::new(),
            countries: BTreeSet::new(),
            states: BTreeSet::new(),
            confidences: BTreeSet::new(),
            years: None,
            place: None,
        }
    }
}

impl Filters {
    /// True when nothing is filtered out.
    pub fn is_default(&self) -> bool {
        *self == Filters::default()
    }

    /// Shows everything again.
    pub fn reset(&mut self) {
        *self = Filters::default();
    }

    pub fn tie_passes(&self, atlas: &Atlas, tie: &Tie) -> bool {
        let ends = [&tie.german, &tie.partner].map(|id| atlas.place(id));
        self.check_tie(&TieFacts::of(tie, ends)).all()
    }

    /// The ties that pass, in atlas order: the quick way to walk them all.
    pub fn passing_ties<'a>(&self, atlas: &'a Atlas) -> impl Iterator<Item = &'a Tie> {
        TieFacts::every(atlas)
            .filter(|(_, facts)| self.check_tie(facts).all())
            .map(|(tie, _)| tie)
    }

    /// Whether each tie of `atlas` passes, by its position.
    pub fn tie_verdicts(&self, atlas: &Atlas) -> Vec<bool> {
        TieFacts::every(atlas)
            .map(|(_, facts)| self.check_tie(&facts).all())
            .collect()
    }

    pub fn visit_passes(&self, atlas: &Atlas, visit: &Visit) -> bool {
        self.check_visit(visit, |id| atlas.place(id))
    }

    /// Whether `year` lies in the chosen range; every year does when none is chosen.
    pub fn year_passes(&self, year: i32) -> bool {
        self.years
            .is_none_or(|(first, last)| (first..=last).contains(&year))
    }

    /// Each facet's verdict on one tie, kept apart so facet counts can leave one out.
    pub(super) fn check_tie(&self, tie: &TieFacts) -> TieChecks {
        TieChecks {
            kind: self.kinds.is_empty() || self.kinds.contains(&tie.kind),
            region: self.regions.is_empty()
                || tie
                    .partner_region
                    .is_some_and(|region| self.regions.contains(&region)),
            country: passes(&self.countries, tie.partner_country),
            state: passes(&self.states, tie.german_division),
            confidence: self.confidences.is_empty() || self.confidences.contains(&tie.confidence),
            year: self.years.is_none() || tie.year.is_some_and(|year| self.year_passes(year)),
            place: self
                .place
                .as_ref()
                .is_none_or(|place| place == tie.german || place == tie.partner),
        }
    }

    pub(super) fn check_visit<'a>(
        &self,
        visit: &Visit,
        place: impl Fn(&PlaceId) -> Option<&'a Place>,
    ) -> bool {
        let country_of = |id: &PlaceId| place(id).map(|stop| stop.country.as_str());
        let region_chosen = |id: &PlaceId| {
            country_of(id)
                .and_then(Region::of_country)
                .is_some_and(|region| self.regions.contains(&region))
        };
        self.visits
            && self.year_passes(visit.start.year_number())
            && self.place.as_ref().is_none_or(|place| visit.touches(place))
            && (self.countries.is_empty()
                || visit
                    .stops
                    .iter()
                    .any(|stop| passes(&self.countries, country_of(stop))))
            && (self.regions.is_empty() || visit.stops.iter().any(region_chosen))
            && passes(
                &self.states,
                place(&visit.from).and_then(|from| from.division.as_deref()),
            )
    }
}

/// An empty choice lets everything pass; otherwise the value must be known and chosen.
fn passes(chosen: &BTreeSet<String>, value: Option<&str>) -> bool {
    chosen.is_empty() || value.is_some_and(|value| chosen.contains(value))
}

/// What the filters look at in a tie, with its places looked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TieFacts<'a> {
    /// The tie's German place and its partner.
    pub german: &'a PlaceId,
    pub partner: &'a PlaceId,
    pub kind: TieKind,
    pub confidence: Confidence,
    /// The partner's country (Germany for a tie between two German places), and its region.
    pub partner_country: Option<&'a str>,
    pub partner_region: Option<Region>,
    /// The division of the German side.
    pub german_division: Option<&'a str>,
    /// The founding year, where known.
    pub year: Option<i32>,
}

impl<'a> TieFacts<'a> {
    /// The facts of `tie`, whose German place and partner are `ends` where the atlas has them.
    pub fn of(tie: &'a Tie, ends: [Option<&'a Place>; 2]) -> Self {
        let [german, partner] = ends;
        TieFacts {
            german: &tie.german,
            partner: &tie.partner,
            kind: tie.kind,
            confidence: tie.confidence,
            partner_country: partner.map(|partner| partner.country.as_str()),
            partner_region: partner.and_then(|partner| Region::of_country(&partner.country)),
            german_division: german.and_then(|german| german.division.as_deref()),
            year: tie.since.map(|since| since.year_number()),
        }
    }

    /// Every tie of `atlas` with its facts, its places found by position rather than by id.
    pub fn every(atlas: &'a Atlas) -> impl Iterator<Item = (&'a Tie, TieFacts<'a>)> {
        atlas
            .ties
            .iter()
            .enumerate()
            .map(|(position, tie)| (tie, TieFacts::of(tie, atlas.tie_places(position))))
    }
}

/// One tie's verdict from each facet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TieChecks {
    pub kind: bool,
    pub region: bool,
    pub country: bool,
    pub state: bool,
    pub confidence: bool,
    pub year: bool,
    /// Not a facet: the focus applies to every count.
    pub place: bool,
}

impl TieChecks {
    pub fn all(&self) -> bool {
        self.kind
            && self.region
            && self.country
            && self.state
            && self.confidence
            && self.year
            && self.place
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_atlas::wider_atlas;
    use atlas_model::TieId;

    fn tie<'a>(atlas: &'a Atlas, id: &str) -> &'a Tie {
        atlas.tie(&TieId::new(id)).expect("a tie of the test atlas")
    }

    /// The ids of the ties that pass, in atlas order.
    fn passing(atlas: &Atlas, filters: &Filters) -> Vec<String> {
        atlas
            .ties
            .iter()
            .filter(|tie| filters.tie_passes(atlas, tie))
            .map(|tie| tie.id.to_string())
            .collect()
    }

    fn set<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
        items.into_iter().collect()
    }

    mod defaults {
        use super::*;

        #[test]
        fn show_every_tie_and_visit() {
            let atlas = wider_atlas();
            let filters = Filters::default();
            assert!(filters.is_default());
            assert!(filters.visits);
            assert_eq!(passing(&atlas, &filters).len(), atlas.ties.len());
            assert!(
                atlas
                    .visits
                    .iter()
                    .all(|visit| filters.visit_passes(&atlas, visit))
            );
        }

        #[test]
        fn reset_undoes_every_choice() {
            let mut filters = Filters {
                kinds: set([TieKind::Friendship]),
                visits: false,
                regions: set([Region::EastAsia]),
                countries: set(["CN".to_string()]),
                states: set(["Niedersachsen".to_string()]),
                confidences: set([Confidence::Verified]),
                years: Some((1990, 2000)),
                place: Some(PlaceId::new("osnabrueck")),
            };
            assert!(!filters.is_default());
            filters.reset();
            assert!(filters.is_default());
        }
    }

    mod ties {
        use super::*;

        #[test]
        fn kinds_and_confidences_keep_only_the_chosen() {
            let atlas = wider_atlas();
            let twin_towns = Filters {
                kinds: set([TieKind::TwinTown]),
                ..Filters::default()
            };
            assert_eq!(
                passing(&atlas, &twin_towns),
                [
                    "hannover--hiroshima--twin_town",
                    "duisburg--wuhan--twin_town"
                ]
            );
            let verified_twin_towns = Filters {
                confidences: set([Confidence::Verified]),
                ..twin_towns
            };
            assert_eq!(
                passing(&atlas, &verified_twin_towns),
                ["hannover--hiroshima--twin_town"]
            );
        }

        #[test]
        fn regions_look_at_the_partner_sides_country() {
            let mut atlas = wider_atlas();
            let hiroshima = atlas
                .places
                .iter_mut()
                .find(|place| place.id.as_str() == "hiroshima")
                .unwrap();
            hiroshima.country = "TR".into();
            let west = Filters {
                regions: set([Region::WestAsia]),
                ..Filters::default()
            };
            assert_eq!(passing(&atlas, &west), ["hannover--hiroshima--twin_town"]);
            let east_and_south = Filters {
                regions: set([Region::EastAsia, Region::SouthAsia]),
                ..Filters::default()
            };
            assert_eq!(passing(&atlas, &east_and_south).len(), 3);
            let visit = &atlas
                .visits
                .iter()
                .find(|v| v.id.as_str() == "hannover-2018")
                .unwrap()
                .clone();
            assert!(west.visit_passes(&atlas, visit), "a stop lies in West Asia");
            let germany = Filters {
                regions: set([Region::Germany]),
                ..Filters::default()
            };
            assert!(!germany.visit_passes(&atlas, visit));
        }

        #[test]
        fn countries_look_at_the_partner_side() {
            let atlas = wider_atlas();
            let china = Filters {
                countries: set(["CN".to_string()]),
                ..Filters::default()
            };
            assert_eq!(
                passing(&atlas, &china),
                [
                    "osnabrueck--hefei--friendship",
                    "duisburg--wuhan--twin_town"
                ]
            );
            let germany = Filters {
                countries: set([GERMANY.to_string()]),
                ..Filters::default()
            };
            assert!(passing(&atlas, &germany).is_empty());
        }

        #[test]
        fn ends_found_by_position_are_those_found_by_id_also_after_the_atlas_changed() {
            let mut atlas = wider_atlas();
            let by_id = |atlas: &Atlas| {
                let ties = atlas.ties.iter();
                ties.map(|tie| [&tie.german, &tie.partner].map(|id| atlas.place(id).cloned()))
                    .collect::<Vec<_>>()
            };
            let by_position = |atlas: &Atlas| {
                (0..atlas.ties.len())
                    .map(|position| atlas.tie_places(position).map(|end| end.cloned()))
                    .collect::<Vec<_>>()
            };
            assert_eq!(by_position(&atlas), by_id(&atlas));
            // Places dropped, moved and a tie reversed after the positions were found.
            atlas.places.remove(0);
            atlas.places.reverse();
            let first = &mut atlas.ties[0];
            std::mem::swap(&mut first.german, &mut first.partner);
            assert!(by_id(&atlas).iter().flatten().any(Option::is_none));
            assert_eq!(by_position(&atlas), by_id(&atlas));
        }

        #[test]
        fn between_two_german_places_the_partner_is_the_second() {
            let mut atlas = wider_atlas();
            let mut inland = tie(&atlas, "osnabrueck--hefei--friendship").clone();
            inland.partner = PlaceId::new("duisburg");
            atlas.ties = vec![inland];
            let facts = TieFacts::of(&atlas.ties[0], atlas.tie_places(0));
            assert_eq!(facts.partner_country, Some(GERMANY));
            assert_eq!(facts.german_division, Some("Niedersachsen"));
        }

        #[test]
        fn states_look_at_the_german_side() {
            let atlas = wider_atlas();
            let rhine = Filters {
                states: set(["Nordrhein-Westfalen".to_string()]),
                ..Filters::default()
            };
            assert_eq!(passing(&atlas, &rhine), ["duisburg--wuhan--twin_town"]);
            let lower_saxony = Filters {
                states: set(["Niedersachsen".to_string()]),
                ..Filters::default()
            };
            assert_eq!(passing(&atlas, &lower_saxony).len(), 3);
        }

        #[test]
        fn a_year_range_includes_both_ends_and_hides_undated_ties() {
            let atlas = wider_atlas();
            let from = |first, last| Filters {
                years: Some((first, last)),
                ..Filters::default()
            };
            assert_eq!(
                passing(&atlas, &from(1983, 1997)),
                [
                    "osnabrueck--gwangmyeong--friendship",
                    "hannover--hiroshima--twin_town"
                ]
            );
            assert_eq!(
                passing(&atlas, &from(1998, 2006)),
                ["osnabrueck--hefei--friendship"]
            );
            assert_eq!(
                passing(&atlas, &from(1000, 3000)).len(),
                atlas.ties.len() - 1,
                "Duisburg–Wuhan has no year"
            );
        }

        #[test]
        fn a_tie_with_an_unknown_place_fails_only_the_facets_that_need_it() {
            let atlas = wider_atlas();
            let mut lost = tie(&atlas, "osnabrueck--hefei--friendship").clone();
            lost.partner = PlaceId::new("nowhere");
            assert!(Filters::default().tie_passes(&atlas, &lost));
            let china = Filters {
                countries: set(["CN".to_string()]),
                ..Filters::default()
            };
            assert!(!china.tie_passes(&atlas, &lost));
        }
    }

    mod visits {
        use super::*;

        fn trip_passes(filters: &Filters) -> bool {
            let atlas = wider_atlas();
            let trip = atlas
                .visit(&atlas_model::VisitId::new("hannover-2018"))
                .unwrap();
            filters.visit_passes(&atlas, trip)
        }

        #[test]
        fn can_be_hidden() {
            assert!(!trip_passes(&Filters {
                visits: false,
                ..Filters::default()
            }));
        }

        #[test]
        fn pass_when_any_stop_is_in_a_chosen_country() {
            let countries = |codes: &[&str]| Filters {
                countries: codes.iter().map(ToString::to_string).collect(),
                ..Filters::default()
            };
            assert!(trip_passes(&countries(&["JP"])));
            assert!(trip_passes(&countries(&["KR", "JP"])));
            assert!(!trip_passes(&countries(&["CN"])));
        }

        #[test]
        fn pass_by_the_state_they_start_from() {
            let states = |name: &str| Filters {
                states: set([name.to_string()]),
                ..Filters::default()
            };
            assert!(trip_passes(&states("Niedersachsen")));
            assert!(!trip_passes(&states("Nordrhein-Westfalen")));
        }

        #[test]
        fn pass_by_their_start_year() {
            let years = |first, last| Filters {
                years: Some((first, last)),
                ..Filters::default()
            };
            assert!(trip_passes(&years(2018, 2018)));
            assert!(!trip_passes(&years(2019, 2024)));
            assert!(!trip_passes(&years(2000, 2017)));
        }

        #[test]
        fn ignore_tie_kinds_and_confidences() {
            assert!(trip_passes(&Filters {
                kinds: set([TieKind::Contact]),
                confidences: set([Confidence::ListOnly]),
                ..Filters::default()
            }));
        }
    }

    mod focus {
        use super::*;

        #[test]
        fn keeps_only_the_ties_and_visits_of_one_place() {
            let atlas = wider_atlas();
            let place = atlas.ties[0].german.clone();
            let focused = Filters {
                place: Some(place.clone()),
                ..Filters::default()
            };
            let own: Vec<String> = atlas
                .ties
                .iter()
                .filter(|tie| tie.german == place || tie.partner == place)
                .map(|tie| tie.id.to_string())
                .collect();
            assert!(!own.is_empty() && own.len() < atlas.ties.len());
            assert_eq!(passing(&atlas, &focused), own);
            for visit in &atlas.visits {
                let touches = visit.touches(&place);
                assert_eq!(focused.visit_passes(&atlas, visit), touches, "{}", visit.id);
            }
        }

        #[test]
        fn of_a_place_without_ties_shows_nothing() {
            let atlas = wider_atlas();
            let nowhere = Filters {
                place: Some(PlaceId::new("nowhere")),
                ..Filters::default()
            };
            assert!(passing(&atlas, &nowhere).is_empty());
        }
    }
}
