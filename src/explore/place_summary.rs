//! A town in numbers, as an editor would sum it up on the town's page: how many partners in
//! which countries, the oldest tie and its year, and how many visits and stories the atlas has.
use atlas_model::{Atlas, PlaceId};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceSummary {
    /// Distinct places it has a tie with.
    pub partners: usize,
    /// The partners' countries (ISO codes) with how many partners each, most first, then by code.
    pub countries: Vec<(String, usize)>,
    /// The oldest tie of a known year: its partner and that year.
    pub oldest: Option<(PlaceId, i32)>,
    /// Visits that start or stop there.
    pub visits: usize,
    /// Stories about it.
    pub stories: usize,
}

impl PlaceSummary {
    pub fn of(atlas: &Atlas, place: &PlaceId) -> PlaceSummary {
        let ends = atlas
            .ties
            .iter()
            .filter_map(|tie| Some((tie, tie.other_end(place)?)));
        let mut partners: BTreeSet<&PlaceId> = BTreeSet::new();
        let mut oldest: Option<(PlaceId, i32)> = None;
        for (tie, partner) in ends {
            partners.insert(partner);
            if let Some(year) = tie.since.map(|since| since.year_number())
                && oldest.as_ref().is_none_or(|(_, first)| year < *first)
            {
                oldest = Some((partner.clone(), year));
            }
        }
        let mut by_country: BTreeMap<&str, usize> = BTreeMap::new();
        for partner in &partners {
            if let Some(found) = atlas.place(partner) {
                *by_country.entry(found.country.as_str()).or_default() += 1;
            }
        }
        let mut countries: Vec<(String, usize)> = by_country
            .into_iter()
            .map(|(code, count)| (code.to_owned(), count))
            .collect();
        countries.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        PlaceSummary {
            partners: partners.len(),
            countries,
            oldest,
            visits: atlas
                .visits
                .iter()
                .filter(|visit| visit.touches(place))
                .count(),
            stories: atlas.stories_of_place(place).count(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_atlas::wider_atlas;

    #[test]
    fn osnabrueck_has_two_partners_in_two_countries_the_oldest_since_1997() {
        let summary = PlaceSummary::of(&wider_atlas(), &PlaceId::new("osnabrueck"));
        assert_eq!(summary.partners, 2);
        assert_eq!(
            summary.countries,
            [("CN".to_owned(), 1), ("KR".to_owned(), 1)]
        );
        assert_eq!(summary.oldest, Some((PlaceId::new("gwangmyeong"), 1997)));
        assert_eq!((summary.visits, summary.stories), (1, 0));
    }

    #[test]
    fn a_partner_abroad_sums_up_from_its_side_and_a_tie_without_a_year_is_never_the_oldest() {
        let wuhan = PlaceSummary::of(&wider_atlas(), &PlaceId::new("wuhan"));
        assert_eq!(wuhan.partners, 1);
        assert_eq!(wuhan.countries, [("DE".to_owned(), 1)]);
        assert_eq!(wuhan.oldest, None, "Duisburg–Wuhan has no year");
        let tokyo = PlaceSummary::of(&wider_atlas(), &PlaceId::new("tokyo"));
        assert_eq!((tokyo.partners, tokyo.visits), (0, 1));
    }
}
