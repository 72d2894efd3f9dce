//! The ties a poster lists under its map: one town's partners oldest first, or every tie shown,
//! by German town.
use atlas_model::{Atlas, PlaceId, Tie};

/// The ties of `atlas` (the part the reader's filters show) a poster lists: those of `town`
/// where the poster is about one, oldest first and the undated last; else all of them, by
/// German town (as `name` writes it) and then by year.
pub fn poster_ties<'a>(
    atlas: &'a Atlas,
    town: Option<&PlaceId>,
    name: &dyn Fn(&PlaceId) -> String,
) -> Vec<&'a Tie> {
    let mut ties: Vec<&Tie> = atlas
        .ties
        .iter()
        .filter(|tie| town.is_none_or(|town| tie.touches(town)))
        .collect();
    let year = |tie: &Tie| tie.since.map_or(i32::MAX, |since| since.year_number());
    if town.is_some() {
        ties.sort_by_key(|tie| (year(tie), name(&tie.partner)));
    } else {
        ties.sort_by_cached_key(|tie| (name(&tie.german), year(tie), name(&tie.partner)));
    }
    ties
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_atlas::wider_atlas;

    #[test]
    fn a_towns_ties_come_oldest_first_and_the_rest_by_town() {
        let atlas = wider_atlas();
        let name = |id: &PlaceId| id.to_string();
        let all = poster_ties(&atlas, None, &name);
        assert_eq!(all.len(), atlas.ties.len());
        let towns: Vec<String> = all.iter().map(|tie| tie.german.to_string()).collect();
        let mut sorted = towns.clone();
        sorted.sort();
        assert_eq!(towns, sorted);

        let town = atlas.ties[0].german.clone();
        let own = poster_ties(&atlas, Some(&town), &name);
        assert!(!own.is_empty());
        assert!(own.iter().all(|tie| tie.touches(&town)));
        let years: Vec<i32> = own
            .iter()
            .map(|tie| tie.since.map_or(i32::MAX, |since| since.year_number()))
            .collect();
        assert!(years.windows(2).all(|pair| pair[0] <= pair[1]), "{years:?}");
    }
}
