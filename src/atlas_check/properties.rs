//! Properties of the check over atlases broken at random: it never panics; what it keeps is
//! whole (unique ids, points on the globe, every reference found) and in its order; each
//! record it leaves out is counted and named in a reason; and a checked atlas checks clean.

use super::*;
use crate::property_cases::cases;
use crate::test_atlas::storied_atlas;
use atlas_model::Atlas;
use proptest::prelude::*;
use proptest::sample::Index;

/// One way a hand-edited atlas goes wrong.
#[derive(Debug, Clone)]
enum Damage {
    PlaceTwice(Index),
    PlaceMoved(Index, f64, f64),
    PlaceGone(Index),
    TieEndRenamed(Index, bool, String),
    TieTwice(Index),
    TieGone(Index),
    VisitStopRenamed(Index, String),
    VisitTwice(Index),
    VisitGone(Index),
    StoryPlaceRenamed(Index, String),
    StoryTwice(Index),
}

/// A coordinate anywhere: on the globe, just off it, far off it, or not a number.
fn coordinate() -> impl Strategy<Value = f64> {
    prop_oneof![
        -180.0..180.0f64,
        Just(90.000_001),
        Just(-180.5),
        Just(f64::NAN),
        Just(f64::INFINITY),
        any::<f64>(),
    ]
}

/// An id the atlas may or may not have.
fn some_id() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("osnabrueck".to_owned()),
        Just("hefei".to_owned()),
        "[a-z]{1,8}",
        Just(String::new()),
    ]
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        any::<Index>().prop_map(Damage::PlaceTwice),
        (any::<Index>(), coordinate(), coordinate())
            .prop_map(|(at, lat, lon)| Damage::PlaceMoved(at, lat, lon)),
        any::<Index>().prop_map(Damage::PlaceGone),
        (any::<Index>(), any::<bool>(), some_id())
            .prop_map(|(at, german, id)| Damage::TieEndRenamed(at, german, id)),
        any::<Index>().prop_map(Damage::TieTwice),
        any::<Index>().prop_map(Damage::TieGone),
        (any::<Index>(), some_id()).prop_map(|(at, id)| Damage::VisitStopRenamed(at, id)),
        any::<Index>().prop_map(Damage::VisitTwice),
        any::<Index>().prop_map(Damage::VisitGone),
        (any::<Index>(), some_id()).prop_map(|(at, id)| Damage::StoryPlaceRenamed(at, id)),
        any::<Index>().prop_map(Damage::StoryTwice),
    ]
}

/// Copies the record at `at` to the end of `records`.
fn twice<T: Clone>(records: &mut Vec<T>, at: &Index) {
    if !records.is_empty() {
        let copy = records[at.index(records.len())].clone();
        records.push(copy);
    }
}

fn gone<T>(records: &mut Vec<T>, at: &Index) {
    if !records.is_empty() {
        records.remove(at.index(records.len()));
    }
}

fn damaged(mut atlas: Atlas, damages: &[Damage]) -> Atlas {
    for damage in damages {
        match damage {
            Damage::PlaceTwice(at) => twice(&mut atlas.places, at),
            Damage::PlaceMoved(at, lat, lon) if !atlas.places.is_empty() => {
                let index = at.index(atlas.places.len());
                atlas.places[index].location.lat = *lat;
                atlas.places[index].location.lon = *lon;
            }
            Damage::PlaceGone(at) => gone(&mut atlas.places, at),
            Damage::TieEndRenamed(at, german, id) if !atlas.ties.is_empty() => {
                let count = atlas.ties.len();
                let tie = &mut atlas.ties[at.index(count)];
                *(if *german {
                    &mut tie.german
                } else {
                    &mut tie.partner
                }) = PlaceId::new(id);
            }
            Damage::TieTwice(at) => twice(&mut atlas.ties, at),
            Damage::TieGone(at) => gone(&mut atlas.ties, at),
            Damage::VisitStopRenamed(at, id) if !atlas.visits.is_empty() => {
                let count = atlas.visits.len();
                let visit = &mut atlas.visits[at.index(count)];
                visit.stops.push(PlaceId::new(id));
            }
            Damage::VisitTwice(at) => twice(&mut atlas.visits, at),
            Damage::VisitGone(at) => gone(&mut atlas.visits, at),
            Damage::StoryPlaceRenamed(at, id) if !atlas.stories.is_empty() => {
                let count = atlas.stories.len();
                let story = &mut atlas.stories[at.index(count)];
                story.places.push(PlaceId::new(id));
            }
            Damage::StoryTwice(at) => twice(&mut atlas.stories, at),
            _ => {}
        }
    }
    atlas
}

/// Whether `kept` is `all` with some records left out, the rest in their order and untouched.
fn kept_in_order<T: PartialEq>(kept: &[T], all: &[T]) -> bool {
    let mut rest = all.iter();
    kept.iter().all(|record| rest.any(|other| other == record))
}

fn unique<'a, T: Eq + std::hash::Hash + 'a>(mut ids: impl Iterator<Item = &'a T>) -> bool {
    let mut seen = HashSet::new();
    ids.all(|id| seen.insert(id))
}

/// The ids of records of `all` that are not in `kept` (each left-out copy once).
fn left_out_ids<T: PartialEq, I: ToString>(
    kept: &[T],
    all: &[T],
    id: impl Fn(&T) -> I,
) -> Vec<String> {
    let mut kept = kept.iter().peekable();
    all.iter()
        .filter(|record| {
            if kept.peek() == Some(record) {
                kept.next();
                false
            } else {
                true
            }
        })
        .map(|record| id(record).to_string())
        .collect()
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn what_is_kept_is_whole_and_what_is_left_out_is_named(
        damages in proptest::collection::vec(damage(), 0..8)
    ) {
        let atlas = damaged(storied_atlas(), &damages);
        match checked(atlas.clone()) {
            Ok((kept, left)) => {
                let places: HashSet<&PlaceId> = kept.places.iter().map(|place| &place.id).collect();
                let ties: HashSet<&TieId> = kept.ties.iter().map(|tie| &tie.id).collect();
                let visits: HashSet<&VisitId> = kept.visits.iter().map(|visit| &visit.id).collect();
                prop_assert!(unique(kept.places.iter().map(|place| &place.id)));
                prop_assert!(unique(kept.ties.iter().map(|tie| &tie.id)));
                prop_assert!(unique(kept.visits.iter().map(|visit| &visit.id)));
                prop_assert!(unique(kept.stories.iter().map(|story| &story.id)));
                for place in &kept.places {
                    let (lat, lon) = (place.location.lat, place.location.lon);
                    prop_assert!((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon));
                }
                for tie in &kept.ties {
                    prop_assert!(places.contains(&tie.german) && places.contains(&tie.partner));
                }
                for visit in &kept.visits {
                    prop_assert!(places.contains(&visit.from));
                    prop_assert!(visit.stops.iter().all(|stop| places.contains(stop)));
                }
                for story in &kept.stories {
                    prop_assert!(story.places.iter().all(|place| places.contains(place)));
                    match &story.subject {
                        Some(StorySubject::Tie(tie)) => prop_assert!(ties.contains(tie)),
                        Some(StorySubject::Visit(visit)) => prop_assert!(visits.contains(visit)),
                        None => {}
                    }
                }
                prop_assert!(kept_in_order(&kept.places, &atlas.places));
                prop_assert!(kept_in_order(&kept.ties, &atlas.ties));
                prop_assert!(kept_in_order(&kept.visits, &atlas.visits));
                prop_assert!(kept_in_order(&kept.stories, &atlas.stories));

                let named = [
                    ("place", left_out_ids(&kept.places, &atlas.places, |place| place.id.clone())),
                    ("tie", left_out_ids(&kept.ties, &atlas.ties, |tie| tie.id.clone())),
                    ("visit", left_out_ids(&kept.visits, &atlas.visits, |visit| visit.id.clone())),
                    (
                        "story",
                        left_out_ids(&kept.stories, &atlas.stories, |story| story.id.clone()),
                    ),
                ];
                let counts = [left.places, left.ties, left.visits, left.stories];
                for ((kind, ids), count) in named.iter().zip(counts) {
                    prop_assert_eq!(ids.len(), count, "{} left out", kind);
                    for id in ids {
                        let start = format!("{kind} {id:?} ");
                        prop_assert!(
                            left.reasons.iter().any(|reason| reason.starts_with(&start)),
                            "no reason names {} {:?}: {:?}", kind, id, left.reasons
                        );
                    }
                }
                prop_assert_eq!(left.reasons.len(), left.count());
                prop_assert!(left.ties * 2 <= atlas.ties.len());

                let again = checked(kept.clone());
                prop_assert_eq!(again, Ok((kept, LeftOut::default())));
            }
            Err(TooBroken(why)) => {
                let first = why.split_once("first: ").map(|(_, first)| first).unwrap_or_default();
                prop_assert!(
                    ["place \"", "tie \"", "visit \"", "story \""]
                        .iter()
                        .any(|kind| first.starts_with(kind)),
                    "the refusal names no record: {}", why
                );
            }
        }
    }
}
