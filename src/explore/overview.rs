//! The shown ties in numbers, for the overview: a table of German Länder against partner
//! countries with totals, ties founded per decade (those without a known year counted apart,
//! not left out), the German places with the most partners, and ties by kind. Everything
//! counts the ties that pass the reader's filters.

use super::filters::{Filters, TieFacts};
use atlas_model::{Atlas, PlaceId, TieKind};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// How many German places the overview ranks.
pub const TOP_PLACES: usize = 10;

/// The overview of the ties that pass the filters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Overview {
    /// Ties counted.
    pub total: usize,
    /// The partner countries (the table's columns), most ties first, then by code.
    pub columns: Vec<Column>,
    /// The German Länder (the table's rows), most ties first, then by name; ties whose German
    /// place has no Land come last, in a row of their own.
    pub rows: Vec<Row>,
    /// Ties founded per decade, oldest first; ties without a year last.
    pub decades: Vec<Decade>,
    /// The German places with the most partners, most first (at most [`TOP_PLACES`]).
    pub top_places: Vec<(PlaceId, usize)>,
    /// Ties per kind, in [`TieKind::ALL`] order, kinds without ties left out.
    pub kinds: Vec<(TieKind, usize)>,
}

/// What the table's rows are sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    /// The Land's name, the row without a Land last.
    State,
    /// The ties of one column (its index), most first.
    Column(usize),
    /// All the Land's ties, most first.
    Total,
}

/// A partner country and its ties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// ISO 3166-1 alpha-2 code; `None` where the partner place is unknown.
    pub country: Option<String>,
    pub total: usize,
}

/// A German Land and its ties per partner country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The Land as places name their division; `None` for places without one.
    pub state: Option<String>,
    /// Ties per column, in the order of [`Overview::columns`].
    pub cells: Vec<usize>,
    pub total: usize,
}

/// A decade's foundings, per kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decade {
    /// Its first year (1990 for 1990–1999); `None` for the ties without a known year.
    pub start: Option<i32>,
    /// Ties per kind, in [`TieKind::ALL`] order, kinds without ties left out.
    pub kinds: Vec<(TieKind, usize)>,
    pub total: usize,
}

impl Overview {
    pub fn of(atlas: &Atlas, filters: &Filters) -> Overview {
        let mut cells: BTreeMap<(Option<&str>, Option<&str>), usize> = BTreeMap::new();
        let mut decades: BTreeMap<Option<i32>, BTreeMap<TieKind, usize>> = BTreeMap::new();
        let mut partners: HashMap<&PlaceId, BTreeSet<&PlaceId>> = HashMap::new();
        let mut kinds: BTreeMap<TieKind, usize> = BTreeMap::new();
        let mut total = 0;
        for (tie, facts) in
            TieFacts::every(atlas).filter(|(_, facts)| filters.check_tie(facts).all())
        {
            total += 1;
            *cells
                .entry((facts.german_division, facts.partner_country))
                .or_default() += 1;
            let decade = facts.year.map(|year| year.div_euclid(10) * 10);
            *decades
                .entry(decade)
                .or_default()
                .entry(tie.kind)
                .or_default() += 1;
            partners
                .entry(&tie.german)
                .or_default()
                .insert(&tie.partner);
            *kinds.entry(tie.kind).or_default() += 1;
        }
        let columns = ranked(&cells, |(_, country)| *country)
            .into_iter()
            .map(|(country, total)| Column {
                country: country.map(str::to_owned),
                total,
            })
            .collect::<Vec<_>>();
        let rows = ranked(&cells, |(state, _)| *state)
            .into_iter()
            .map(|(state, total)| Row {
                state: state.map(str::to_owned),
                cells: columns
                    .iter()
                    .map(|column| {
                        let key = (state, column.country.as_deref());
                        cells.get(&key).copied().unwrap_or(0)
                    })
                    .collect(),
                total,
            })
            .collect();
        Overview {
            total,
            columns,
            rows,
            decades: decades_in_order(decades),
            top_places: top_places(partners),
            kinds: in_kind_order(&kinds),
        }
    }
}

impl Overview {
    /// The rows in the order `by` asks for; rows that tie keep their order (most ties first).
    pub fn rows_sorted_by(&self, by: SortBy) -> Vec<Row> {
        let mut rows = self.rows.clone();
        match by {
            SortBy::State => rows
                .sort_by(|a, b| (a.state.is_none(), &a.state).cmp(&(b.state.is_none(), &b.state))),
            SortBy::Column(index) => {
                rows.sort_by_key(|row| std::cmp::Reverse(row.cells.get(index).copied()))
            }
            SortBy::Total => rows.sort_by_key(|row| std::cmp::Reverse(row.total)),
        }
        rows
    }
}

/// The values `part` picks from the cells' keys with their totals: most first, then by value,
/// an unknown value (`None`) last.
fn ranked<'a>(
    cells: &BTreeMap<(Option<&'a str>, Option<&'a str>), usize>,
    part: impl Fn(&(Option<&'a str>, Option<&'a str>)) -> Option<&'a str>,
) -> Vec<(Option<&'a str>, usize)> {
    let mut totals: BTreeMap<Option<&str>, usize> = BTreeMap::new();
    for (key, count) in cells {
        *totals.entry(part(key)).or_default() += count;
    }
    let mut ranked: Vec<(Option<&str>, usize)> = totals.into_iter().collect();
    ranked.sort_by_key(|&(value, total)| (value.is_none(), std::cmp::Reverse(total), value));
    ranked
}

fn in_kind_order(counts: &BTreeMap<TieKind, usize>) -> Vec<(TieKind, usize)> {
    TieKind::ALL
        .into_iter()
        .filter_map(|kind| Some((kind, *counts.get(&kind)?)))
        .collect()
}

/// Decades oldest first, the ties without a year last.
fn decades_in_order(decades: BTreeMap<Option<i32>, BTreeMap<TieKind, usize>>) -> Vec<Decade> {
    let mut ordered: Vec<Decade> = decades
        .into_iter()
        .map(|(start, kinds)| Decade {
            start,
            total: kinds.values().sum(),
            kinds: in_kind_order(&kinds),
        })
        .collect();
    ordered.sort_by_key(|decade| (decade.start.is_none(), decade.start));
    ordered
}

/// The German places with the most distinct partners, then by id.
fn top_places(partners: HashMap<&PlaceId, BTreeSet<&PlaceId>>) -> Vec<(PlaceId, usize)> {
    let mut ranked: Vec<(PlaceId, usize)> = partners
        .into_iter()
        .map(|(place, partners)| (place.clone(), partners.len()))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked.truncate(TOP_PLACES);
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_atlas::wider_atlas;

    fn column_codes(overview: &Overview) -> Vec<Option<&str>> {
        let columns = overview.columns.iter();
        columns.map(|column| column.country.as_deref()).collect()
    }

    /// The wider atlas, counted by hand: Osnabrück–Hefei (Niedersachsen, CN, 2006, friendship),
    /// Osnabrück–Gwangmyeong (Niedersachsen, KR, 1997, friendship), Hannover–Hiroshima
    /// (Niedersachsen, JP, 1983, twin town), Duisburg–Wuhan (Nordrhein-Westfalen, CN, no year,
    /// twin town).
    #[test]
    fn the_table_counts_each_land_against_each_country_with_totals() {
        let overview = Overview::of(&wider_atlas(), &Filters::default());
        assert_eq!(overview.total, 4);
        assert_eq!(
            column_codes(&overview),
            [Some("CN"), Some("JP"), Some("KR")]
        );
        let totals: Vec<usize> = overview.columns.iter().map(|column| column.total).collect();
        assert_eq!(totals, [2, 1, 1]);
        let rows: Vec<(Option<&str>, &[usize], usize)> = overview
            .rows
            .iter()
            .map(|row| (row.state.as_deref(), &row.cells[..], row.total))
            .collect();
        assert_eq!(
            rows,
            [
                (Some("Niedersachsen"), &[1, 1, 1][..], 3),
                (Some("Nordrhein-Westfalen"), &[1, 0, 0][..], 1)
            ]
        );
        let by_rows: usize = overview.rows.iter().map(|row| row.total).sum();
        assert_eq!(by_rows, overview.total);
    }

    #[test]
    fn rows_sort_by_name_by_a_column_or_by_total() {
        let row = |state: Option<&str>, cells: [usize; 2]| Row {
            state: state.map(str::to_owned),
            cells: cells.to_vec(),
            total: cells.iter().sum(),
        };
        let overview = Overview {
            rows: vec![
                row(Some("Sachsen"), [1, 4]),
                row(Some("Bayern"), [3, 0]),
                row(None, [0, 1]),
            ],
            ..Overview::default()
        };
        let states = |by| -> Vec<Option<String>> {
            let rows = overview.rows_sorted_by(by);
            rows.into_iter().map(|row| row.state).collect()
        };
        let name = |name: &str| Some(name.to_owned());
        assert_eq!(
            states(SortBy::State),
            [name("Bayern"), name("Sachsen"), None]
        );
        assert_eq!(
            states(SortBy::Total),
            [name("Sachsen"), name("Bayern"), None]
        );
        assert_eq!(
            states(SortBy::Column(0)),
            [name("Bayern"), name("Sachsen"), None]
        );
        assert_eq!(
            states(SortBy::Column(1)),
            [name("Sachsen"), None, name("Bayern")]
        );
    }

    #[test]
    fn decades_run_oldest_first_and_keep_the_ties_without_a_year() {
        let overview = Overview::of(&wider_atlas(), &Filters::default());
        let decades: Vec<(Option<i32>, usize)> = overview
            .decades
            .iter()
            .map(|decade| (decade.start, decade.total))
            .collect();
        assert_eq!(
            decades,
            [(Some(1980), 1), (Some(1990), 1), (Some(2000), 1), (None, 1)]
        );
        assert_eq!(overview.decades[3].kinds, [(TieKind::TwinTown, 1)]);
    }

    #[test]
    fn places_rank_by_partners_and_kinds_follow_their_order() {
        let overview = Overview::of(&wider_atlas(), &Filters::default());
        let top: Vec<(&str, usize)> = overview
            .top_places
            .iter()
            .map(|(place, count)| (place.as_str(), *count))
            .collect();
        assert_eq!(top, [("osnabrueck", 2), ("duisburg", 1), ("hannover", 1)]);
        assert_eq!(
            overview.kinds,
            [(TieKind::TwinTown, 2), (TieKind::Friendship, 2)]
        );
    }

    #[test]
    fn the_overview_follows_the_filters_and_the_years() {
        let china = Filters {
            countries: BTreeSet::from(["CN".to_string()]),
            ..Filters::default()
        };
        let overview = Overview::of(&wider_atlas(), &china);
        assert_eq!(overview.total, 2);
        assert_eq!(column_codes(&overview), [Some("CN")]);
        assert_eq!(overview.rows.len(), 2);
        let nineties = Filters {
            years: Some((1990, 2010)),
            ..Filters::default()
        };
        let overview = Overview::of(&wider_atlas(), &nineties);
        let starts: Vec<Option<i32>> = overview.decades.iter().map(|d| d.start).collect();
        assert_eq!(
            starts,
            [Some(1990), Some(2000)],
            "a year range hides undated ties"
        );
        assert_eq!(
            Overview::of(
                &wider_atlas(),
                &Filters {
                    countries: BTreeSet::from(["XX".to_string()]),
                    ..Filters::default()
                }
            ),
            Overview::default()
        );
    }

    #[test]
    fn a_place_without_a_land_gets_a_row_of_its_own_at_the_end() {
        let mut atlas = wider_atlas();
        let duisburg = atlas
            .places
            .iter_mut()
            .find(|place| place.id.as_str() == "duisburg")
            .unwrap();
        duisburg.division = None;
        let overview = Overview::of(&atlas, &Filters::default());
        let states: Vec<Option<&str>> = overview.rows.iter().map(|r| r.state.as_deref()).collect();
        assert_eq!(states, [Some("Niedersachsen"), None]);
    }
}
