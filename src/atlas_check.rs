//! What the app checks in an atlas it has decoded, once, before anything is drawn: the compiler
//! guarantees it for its own output, but a host may serve a file edited by hand or by another
//! tool. Records with a duplicate id, a point off the globe or a reference to something the
//! atlas lacks are left out and counted, so that no town is ever listed by its raw id; an atlas
//! with too much wrong is refused.

use atlas_model::{Atlas, PlaceId, StorySubject, TieId, VisitId};
use std::collections::HashSet;
use std::fmt;

/// What was left out of an atlas, and the first reason, for the notice.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeftOut {
    pub places: usize,
    pub ties: usize,
    pub visits: usize,
    pub stories: usize,
    /// Every reason, in the order found: the first is shown, all are told in the console.
    pub reasons: Vec<String>,
}

impl LeftOut {
    pub fn count(&self) -> usize {
        self.places + self.ties + self.visits + self.stories
    }
}

/// Why an atlas is refused: most of its ties could not be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooBroken(pub String);

impl fmt::Display for TooBroken {
    fn fmt(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}

/// The atlas without its bad records, and what was left out; refused when more than half of
/// its ties (or all of its places) would go.
pub fn checked(mut atlas: Atlas) -> Result<(Atlas, LeftOut), TooBroken> {
    let mut left = LeftOut::default();
    let (places_before, ties_before) = (atlas.places.len(), atlas.ties.len());

    let mut seen: HashSet<PlaceId> = HashSet::new();
    atlas.places.retain(|place| {
        let (lat, lon) = (place.location.lat, place.location.lon);
        let reason = if !seen.insert(place.id.clone()) {
            Some(format!("place {:?} appears twice", place.id.as_str()))
        } else if !(lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0) {
            Some(format!(
                "place {:?} lies off the globe ({lat}, {lon})",
                place.id.as_str()
            ))
        } else {
            None
        };
        keep(reason, &mut left.places, &mut left.reasons)
    });
    let places: HashSet<PlaceId> = atlas.places.iter().map(|place| place.id.clone()).collect();
    let missing = |id: &PlaceId| (!places.contains(id)).then(|| id.as_str().to_owned());

    let mut seen: HashSet<TieId> = HashSet::new();
    atlas.ties.retain(|tie| {
        let reason = if !seen.insert(tie.id.clone()) {
            Some(format!("tie {:?} appears twice", tie.id.to_string()))
        } else {
            [&tie.german, &tie.partner]
                .into_iter()
                .find_map(missing)
                .map(|place| {
                    format!(
                        "tie {:?} names place {place:?}, which is missing",
                        tie.id.to_string()
                    )
                })
        };
        keep(reason, &mut left.ties, &mut left.reasons)
    });

    let mut seen: HashSet<VisitId> = HashSet::new();
    atlas.visits.retain(|visit| {
        let reason = if !seen.insert(visit.id.clone()) {
            Some(format!("visit {:?} appears twice", visit.id.to_string()))
        } else {
            std::iter::once(&visit.from)
                .chain(&visit.stops)
                .find_map(missing)
                .map(|place| {
                    format!(
                        "visit {:?} names place {place:?}, which is missing",
                        visit.id.to_string()
                    )
                })
        };
        keep(reason, &mut left.visits, &mut left.reasons)
    });

    let ties: HashSet<&TieId> = atlas.ties.iter().map(|tie| &tie.id).collect();
    let visits: HashSet<&VisitId> = atlas.visits.iter().map(|visit| &visit.id).collect();
    let mut seen = HashSet::new();
    atlas.stories.retain(|story| {
        let subject_missing = match &story.subject {
            Some(StorySubject::Tie(tie)) => {
                (!ties.contains(tie)).then(|| format!("tie {:?}", tie.to_string()))
            }
            Some(StorySubject::Visit(visit)) => {
                (!visits.contains(visit)).then(|| format!("visit {:?}", visit.to_string()))
            }
            None => None,
        };
        let reason = if !seen.insert(story.id.clone()) {
            Some(format!("story {:?} appears twice", story.id.to_string()))
        } else if let Some(subject) = subject_missing {
            Some(format!(
                "story {:?} is about {subject}, which is missing",
                story.id.to_string()
            ))
        } else {
            story.places.iter().find_map(missing).map(|place| {
                format!(
                    "story {:?} names place {place:?}, which is missing",
                    story.id.to_string()
                )
            })
        };
        keep(reason, &mut left.stories, &mut left.reasons)
    });

    let too_many_ties = left.ties * 2 > ties_before;
    let no_places = places_before > 0 && atlas.places.is_empty();
    if too_many_ties || no_places {
        let first = left.reasons.first().cloned().unwrap_or_default();
        return Err(TooBroken(format!(
            "{} of its {ties_before} ties and {} of its {places_before} places are broken, \
             first: {first}",
            left.ties, left.places
        )));
    }
    Ok((atlas, left))
}

/// Keeps a record without a reason; counts and notes one with.
fn keep(reason: Option<String>, count: &mut usize, reasons: &mut Vec<String>) -> bool {
    match reason {
        None => true,
        Some(reason) => {
            *count += 1;
            reasons.push(reason);
            false
        }
    }
}

#[cfg(test)]
mod properties;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_atlas::wider_atlas;

    #[test]
    fn a_sound_atlas_passes_whole() {
        let atlas = wider_atlas();
        let (checked_atlas, left) = checked(atlas.clone()).expect("sound");
        assert_eq!(checked_atlas, atlas);
        assert_eq!(left, LeftOut::default());
    }

    #[test]
    fn dangling_references_duplicates_and_points_off_the_globe_are_left_out_and_said() {
        let mut atlas = wider_atlas();
        let tie_count = atlas.ties.len();
        let mut dangling = atlas.ties[0].clone();
        dangling.id = TieId::new("osnabrueck--atlantis--friendship");
        dangling.partner = PlaceId::new("atlantis");
        atlas.ties.push(dangling);
        atlas.ties.push(atlas.ties[1].clone());
        let mut off = atlas.places[0].clone();
        off.id = PlaceId::new("nowhere");
        off.location.lat = 123.0;
        atlas.places.push(off);
        atlas.places.push(atlas.places[2].clone());
        if let Some(visit) = atlas.visits.first_mut() {
            visit.stops.push(PlaceId::new("atlantis"));
        }

        let (checked_atlas, left) = checked(atlas.clone()).expect("few enough broken");
        assert_eq!(checked_atlas.ties.len(), tie_count);
        assert!(
            checked_atlas
                .ties
                .iter()
                .all(|tie| checked_atlas.place(&tie.partner).is_some())
        );
        assert_eq!(left.ties, 2);
        assert_eq!(left.places, 2);
        assert_eq!(left.visits, usize::from(!atlas.visits.is_empty()));
        assert!(
            left.reasons
                .iter()
                .any(|reason| reason.contains("\"atlantis\", which is missing"))
        );
        assert!(
            left.reasons
                .iter()
                .any(|reason| reason.contains("\"nowhere\" lies off the globe"))
        );
        assert!(
            left.reasons
                .iter()
                .any(|reason| reason.contains("appears twice"))
        );
        // A story about the visit left out goes with it.
        let broken_visit = atlas.visits.first().map(|visit| &visit.id);
        let about_it = atlas
            .stories
            .iter()
            .filter(|story| {
                matches!(&story.subject, Some(StorySubject::Visit(visit)) if Some(visit) == broken_visit)
            })
            .count();
        assert_eq!(left.stories, about_it);
    }

    #[test]
    fn an_atlas_whose_ties_are_mostly_broken_is_refused_with_the_first_reason() {
        let mut atlas = wider_atlas();
        for tie in &mut atlas.ties {
            tie.partner = PlaceId::new("atlantis");
        }
        let refused = checked(atlas).expect_err("too broken");
        assert!(refused.0.contains("which is missing"), "{refused}");
    }
}
