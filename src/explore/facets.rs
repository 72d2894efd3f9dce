//! Counts beside each filter option: how many ties choosing that option would show.

use super::filters::{Filters, TieChecks, TieFacts};
use atlas_model::{Atlas, Confidence, PlaceId, Region, TieKind};
use std::collections::{BTreeMap, HashMap};

/// One option of a facet and how many ties pass when the facet is set to exactly it, all the
/// other facets as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetOption<T> {
    pub value: T,
    pub count: usize,
}

/// Everything the filter panel counts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FacetCounts {
    /// The kinds present in the atlas, in [`TieKind::ALL`] order.
    pub kinds: Vec<FacetOption<TieKind>>,
    /// The partner regions present in the atlas, in [`Region::ALL`] order.
    pub regions: Vec<FacetOption<Region>>,
    /// Every partner country of the atlas: most ties in the whole atlas first, then by code. The
    /// order does not follow the filters, so options stay put while the reader ticks them.
    pub countries: Vec<FacetOption<String>>,
    /// Every division of a tie's German side, by name.
    pub states: Vec<FacetOption<String>>,
    /// The confidences present in the atlas, surest first.
    pub confidences: Vec<FacetOption<Confidence>>,
    /// Ties passing the filters as they are.
    pub ties: usize,
    /// Visits passing the filters as they are.
    pub visits_shown: usize,
    /// Visits that would pass with visits shown.
    pub visits: usize,
    /// Ties hidden only because they have no year while a year range is chosen.
    pub undated_hidden: usize,
}

/// Counts for every facet option, the standard faceted-search way: a facet's own choice is
/// ignored for its own counts, every other facet applies.
pub fn facet_counts(atlas: &Atlas, filters: &Filters) -> FacetCounts {
    let place = |id: &PlaceId| atlas.place(id);

    let mut kinds = Tally::default();
    let mut regions = Tally::default();
    let mut countries = Tally::default();
    let mut countries_in_atlas: HashMap<&str, usize> = HashMap::new();
    let mut states = Tally::default();
    let mut confidences = Tally::default();
    let mut counts = FacetCounts::default();
    for (_, facts) in TieFacts::every(atlas) {
        let checks = filters.check_tie(&facts);
        let others = |except: fn(&mut TieChecks)| {
            let mut rest = checks;
            except(&mut rest);
            rest.all()
        };
        kinds.add(facts.kind, others(|c| c.kind = true));
        if let Some(region) = facts.partner_region {
            regions.add(region, others(|c| c.region = true));
        }
        confidences.add(facts.confidence, others(|c| c.confidence = true));
        if let Some(country) = facts.partner_country {
            countries.add(country, others(|c| c.country = true));
            *countries_in_atlas.entry(country).or_default() += 1;
        }
        if let Some(state) = facts.german_division {
            states.add(state, others(|c| c.state = true));
        }
        counts.ties += usize::from(checks.all());
        counts.undated_hidden +=
            usize::from(facts.year.is_none() && !checks.year && others(|c| c.year = true));
    }

    let shown = Filters {
        visits: true,
        ..filters.clone()
    };
    for visit in &atlas.visits {
        counts.visits += usize::from(shown.check_visit(visit, place));
    }
    counts.visits_shown = if filters.visits { counts.visits } else { 0 };

    counts.kinds = kinds.options(|&kind| kind);
    counts.regions = regions.options(|&region| region);
    counts.confidences = confidences.options(|&confidence| confidence);
    counts.states = states.options(|state| state.to_string());
    counts.countries = countries.options(|country| country.to_string());
    counts.countries.sort_by(|x, y| {
        let in_atlas = |code: &str| countries_in_atlas.get(code).copied().unwrap_or(0);
        in_atlas(&y.value)
            .cmp(&in_atlas(&x.value))
            .then_with(|| x.value.cmp(&y.value))
    });
    counts
}

/// The earliest and the latest year in the atlas: of the ties' founding and the visits' starts.
pub fn year_span(atlas: &Atlas) -> Option<(i32, i32)> {
    let tie_years = atlas
        .ties
        .iter()
        .filter_map(|tie| tie.since.map(|since| since.year_number()));
    let visit_years = atlas.visits.iter().map(|visit| visit.start.year_number());
    tie_years
        .chain(visit_years)
        .fold(None, |span, year| match span {
            None => Some((year, year)),
            Some((first, last)) => Some((first.min(year), last.max(year))),
        })
}

/// Every option seen in the atlas, with how many ties passed the other facets.
struct Tally<K>(BTreeMap<K, usize>);

impl<K> Default for Tally<K> {
    fn default() -> Self {
        Tally(BTreeMap::new())
    }
}

impl<K: Ord> Tally<K> {
    fn add(&mut self, option: K, passes_the_others: bool) {
        *self.0.entry(option).or_default() += usize::from(passes_the_others);
    }

    fn options<T>(self, value: impl Fn(&K) -> T) -> Vec<FacetOption<T>> {
        self.0
            .iter()
            .map(|(option, &count)| FacetOption {
                value: value(option),
                count,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_atlas::{osnabrueck_atlas, wider_atlas};
    use atlas_model::PartialDate;
    use std::collections::BTreeSet;

    fn counted<T: Clone>(options: &[FacetOption<T>]) -> Vec<(T, usize)> {
        options
            .iter()
            .map(|option| (option.value.clone(), option.count))
            .collect()
    }

    fn countries(options: &[FacetOption<String>]) -> Vec<(&str, usize)> {
        options
            .iter()
            .map(|option| (option.value.as_str(), option.count))
            .collect()
    }

    /// What a facet option's count promises: the ties that pass once the facet is set to it.
    fn ties_passing(atlas: &Atlas, filters: &Filters) -> usize {
        atlas
            .ties
            .iter()
            .filter(|tie| filters.tie_passes(atlas, tie))
            .count()
    }

    mod options {
        use super::*;

        #[test]
        fn come_from_the_data_in_a_fixed_order() {
            let counts = facet_counts(&wider_atlas(), &Filters::default());
            assert_eq!(
                counted(&counts.kinds),
                [(TieKind::TwinTown, 2), (TieKind::Friendship, 2)]
            );
            assert_eq!(
                counted(&counts.confidences),
                [(Confidence::Verified, 3), (Confidence::ListOnly, 1)]
            );
            assert_eq!(
                countries(&counts.states),
                [("Niedersachsen", 3), ("Nordrhein-Westfalen", 1)]
            );
            assert_eq!(
                countries(&counts.countries),
                [("CN", 2), ("JP", 1), ("KR", 1)],
                "most ties first, then by code"
            );
            assert_eq!((counts.ties, counts.visits, counts.visits_shown), (4, 2, 2));
            assert_eq!(counts.undated_hidden, 0);
        }

        #[test]
        fn keep_their_place_and_show_zero_when_filtered_away() {
            let atlas = wider_atlas();
            let lower_saxony = Filters {
                states: BTreeSet::from(["Niedersachsen".to_string()]),
                ..Filters::default()
            };
            let counts = facet_counts(&atlas, &lower_saxony);
            assert_eq!(
                countries(&counts.countries),
                [("CN", 1), ("JP", 1), ("KR", 1)]
            );
            assert_eq!(
                countries(&counts.states),
                [("Niedersachsen", 3), ("Nordrhein-Westfalen", 1)],
                "a facet's own choice does not narrow its counts"
            );
            assert_eq!(counts.ties, 3);
        }
    }

    mod counts {
        use super::*;

        /// Every option's count equals the ties passing with that facet set to exactly it.
        fn assert_counts_keep_their_promise(atlas: &Atlas, filters: &Filters) {
            let counts = facet_counts(atlas, filters);
            for option in &counts.kinds {
                let narrowed = Filters {
                    kinds: BTreeSet::from([option.value]),
                    ..filters.clone()
                };
                assert_eq!(option.count, ties_passing(atlas, &narrowed), "{option:?}");
            }
            for option in &counts.confidences {
                let narrowed = Filters {
                    confidences: BTreeSet::from([option.value]),
                    ..filters.clone()
                };
                assert_eq!(option.count, ties_passing(atlas, &narrowed), "{option:?}");
            }
            for option in &counts.countries {
                let narrowed = Filters {
                    countries: BTreeSet::from([option.value.clone()]),
                    ..filters.clone()
                };
                assert_eq!(option.count, ties_passing(atlas, &narrowed), "{option:?}");
            }
            for option in &counts.states {
                let narrowed = Filters {
                    states: BTreeSet::from([option.value.clone()]),
                    ..filters.clone()
                };
                assert_eq!(option.count, ties_passing(atlas, &narrowed), "{option:?}");
            }
            assert_eq!(counts.ties, ties_passing(atlas, filters));
        }

        #[test]
        fn match_the_ties_that_choosing_an_option_shows() {
            let atlas = wider_atlas();
            let mut filters = Filters::default();
            assert_counts_keep_their_promise(&atlas, &filters);
            filters.kinds.insert(TieKind::TwinTown);
            assert_counts_keep_their_promise(&atlas, &filters);
            filters.countries.insert("JP".into());
            filters.countries.insert("KR".into());
            assert_counts_keep_their_promise(&atlas, &filters);
            filters.kinds.clear();
            filters.confidences.insert(Confidence::Verified);
            filters.years = Some((1990, 2010));
            assert_counts_keep_their_promise(&atlas, &filters);
        }

        #[test]
        fn other_facets_narrow_a_facets_counts() {
            let counts = facet_counts(
                &wider_atlas(),
                &Filters {
                    kinds: BTreeSet::from([TieKind::TwinTown]),
                    ..Filters::default()
                },
            );
            assert_eq!(
                countries(&counts.countries),
                [("CN", 1), ("JP", 1), ("KR", 0)]
            );
            assert_eq!(
                counted(&counts.kinds),
                [(TieKind::TwinTown, 2), (TieKind::Friendship, 2)]
            );
            assert_eq!(counts.ties, 2);
        }

        #[test]
        fn visits_are_counted_shown_or_not() {
            let atlas = wider_atlas();
            let hidden = Filters {
                visits: false,
                ..Filters::default()
            };
            let counts = facet_counts(&atlas, &hidden);
            assert_eq!((counts.visits, counts.visits_shown), (2, 0));
            let japan = Filters {
                countries: BTreeSet::from(["JP".to_string()]),
                ..hidden
            };
            assert_eq!(
                facet_counts(&atlas, &japan).visits,
                1,
                "only Hannover's trip"
            );
        }

        #[test]
        fn undated_ties_hidden_by_a_year_range_are_counted() {
            let atlas = wider_atlas();
            let mut filters = Filters {
                years: Some((1900, 2100)),
                ..Filters::default()
            };
            let counts = facet_counts(&atlas, &filters);
            assert_eq!((counts.ties, counts.undated_hidden), (3, 1));
            filters.kinds.insert(TieKind::Friendship);
            assert_eq!(
                facet_counts(&atlas, &filters).undated_hidden,
                0,
                "the undated tie is a twin town, hidden anyway"
            );
            filters.reset();
            assert_eq!(facet_counts(&atlas, &filters).undated_hidden, 0);
        }
    }

    mod years {
        use super::*;

        #[test]
        fn span_ties_and_visits() {
            assert_eq!(year_span(&osnabrueck_atlas()), Some((1997, 2024)));
            let mut atlas = wider_atlas();
            assert_eq!(year_span(&atlas), Some((1983, 2024)));
            atlas.ties[0].since = Some(PartialDate::year(2031));
            assert_eq!(year_span(&atlas), Some((1983, 2031)));
        }

        #[test]
        fn an_atlas_without_dates_has_no_span() {
            let mut atlas = osnabrueck_atlas();
            atlas.visits.clear();
            for tie in &mut atlas.ties {
                tie.since = None;
            }
            assert_eq!(year_span(&atlas), None);
        }
    }
}
