//! The places that stories and visit routes name must have names in every script the atlas
//! speaks, so that a route never reads "上海 → Shenzhen" in Chinese or Japanese.

use crate::places::DeclaredPlaces;
use crate::problems::{Problem, quoted};
use atlas_model::{Lang, Place, PlaceId, Story, Visit};
use std::collections::{BTreeSet, HashMap};

/// One problem for each place a visit or story names that lacks a Chinese, Korean or Japanese
/// name, at its line of `places.toml` where it is declared there.
pub fn missing(
    places: &[Place],
    (visits, stories): (&[Visit], &[Story]),
    declared: &DeclaredPlaces,
    places_path: &str,
) -> Vec<Problem> {
    let told: BTreeSet<&PlaceId> = visits
        .iter()
        .flat_map(|visit| std::iter::once(&visit.from).chain(&visit.stops))
        .chain(stories.iter().flat_map(|story| &story.places))
        .collect();
    let by_id: HashMap<&PlaceId, &Place> = places.iter().map(|place| (&place.id, place)).collect();
    told.into_iter()
        .filter_map(|id| by_id.get(id))
        .filter_map(|place| {
            let names = &place.names;
            let lacking: Vec<&str> = [
                (Lang::Zh, &names.zh),
                (Lang::Ko, &names.ko),
                (Lang::Ja, &names.ja),
            ]
            .into_iter()
            .filter(|(_, name)| name.as_deref().is_none_or(str::is_empty))
            .map(|(lang, _)| lang.tag())
            .collect();
            (!lacking.is_empty()).then(|| {
                let message = format!(
                    "{} is named in a story or visit route but has no name in {}; give it in \
                     names (names = {{ …, {} = \"…\" }})",
                    quoted(place.id.as_str()),
                    lacking.join(", "),
                    lacking[0]
                );
                let line = declared.lines.get(place.id.as_str()).copied();
                let path = match line {
                    Some(_) => places_path.to_owned(),
                    None => format!("{places_path} (declare the place)"),
                };
                Problem::new(path, line, "names", message)
            })
        })
        .collect()
}
