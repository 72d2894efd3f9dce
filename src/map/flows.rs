//! Ties that add up by zoom: at a wide view the shown ties are grouped into flows from a German
//! Land to a partner country, closer in to a partner province (China, Japan, South Korea),
//! and closest in they are the exact pairs again. Each flow knows its ties, so that its count,
//! its kinds and its width follow from them; the ties of a chosen place are always its pairs.

use super::projection::{WorldPoint, project_lon_lat};
use atlas_model::{Atlas, Place, PlaceId, Tie, TieKind};
use std::collections::BTreeMap;

/// Countries whose provinces are told apart once the map comes closer: there, one country
/// holds many partners far apart from one another.
pub const BY_PROVINCE: [&str; 3] = ["CN", "JP", "KR"];

/// How finely ties are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FlowLevel {
    /// German Land to partner country.
    Countries,
    /// German Land to partner province (for [`BY_PROVINCE`]) or country.
    Provinces,
    /// Every tie on its own.
    Pairs,
}

impl FlowLevel {
    /// Below zoom 3.5 (a continent across a screen) the countries; below 5 (a country
    /// across a screen) the provinces; closer the pairs.
    pub fn at(zoom: f64) -> FlowLevel {
        if zoom < 3.5 {
            FlowLevel::Countries
        } else if zoom < 5.0 {
            FlowLevel::Provinces
        } else {
            FlowLevel::Pairs
        }
    }
}

/// One end of a flow: an area, or a place where the ties are shown as pairs (or where a place
/// lies in no known area).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FlowEnd {
    /// A German Land, as places name their division.
    Land(String),
    /// A partner country (ISO code).
    Country(String),
    /// A partner province: its country's code and its name.
    Province(String, String),
    Place(PlaceId),
}

/// Ties grouped between two ends.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    pub from: FlowEnd,
    pub to: FlowEnd,
    /// Indices of its ties in the atlas's `ties`.
    pub ties: Vec<usize>,
    /// Where each end is drawn: the middle of its places.
    pub from_at: WorldPoint,
    pub to_at: WorldPoint,
    /// Ties per kind, in [`TieKind::ALL`] order, kinds without ties left out.
    pub kinds: Vec<(TieKind, usize)>,
}

impl Flow {
    pub fn count(&self) -> usize {
        self.ties.len()
    }

    /// The kind most of its ties are (the first in [`TieKind::ALL`] order on a tie).
    pub fn main_kind(&self) -> Option<TieKind> {
        let most = self.kinds.iter().map(|&(_, count)| count).max()?;
        self.kinds
            .iter()
            .find(|&&(_, count)| count == most)
            .map(|&(kind, _)| kind)
    }
}

/// The width of a flow of `count` ties, in CSS pixels: an area grows with the count, so the
/// width with its square root, from a single tie's hairline up to 12 px.
pub fn flow_width(count: usize) -> f64 {
    (1.2 * (count as f64).sqrt()).clamp(1.2, 12.0)
}

/// The ties that pass `shown`, as flows at `level`; those of `chosen` as pairs at every level.
/// Flows come in a stable order (by their ends), so that a frame draws them the same way.
pub fn flows(
    atlas: &Atlas,
    shown: impl Fn(&Tie) -> bool,
    level: FlowLevel,
    chosen: Option<&PlaceId>,
) -> Vec<Flow> {
    let places = atlas.place_index();
    let mut grouped: BTreeMap<(FlowEnd, FlowEnd), Vec<usize>> = BTreeMap::new();
    for (index, tie) in atlas.ties.iter().enumerate().filter(|(_, tie)| shown(tie)) {
        let (Some(german), Some(partner)) = (places.get(&tie.german), places.get(&tie.partner))
        else {
            continue;
        };
        let level = if chosen.is_some_and(|chosen| tie.touches(chosen)) {
            FlowLevel::Pairs
        } else {
            level
        };
        let ends = (german_end(german, level), partner_end(partner, level));
        grouped.entry(ends).or_default().push(index);
    }
    grouped
        .into_iter()
        .map(|((from, to), ties)| {
            let middle = |end: fn(&Tie) -> &PlaceId| {
                let members = ties
                    .iter()
                    .filter_map(|&index| places.get(end(&atlas.ties[index])));
                middle_of(members.copied())
            };
            let mut kinds: BTreeMap<TieKind, usize> = BTreeMap::new();
            for &index in &ties {
                *kinds.entry(atlas.ties[index].kind).or_default() += 1;
            }
            Flow {
                from,
                to,
                from_at: middle(|tie| &tie.german),
                to_at: middle(|tie| &tie.partner),
                kinds: TieKind::ALL
                    .into_iter()
                    .filter_map(|kind| Some((kind, *kinds.get(&kind)?)))
                    .collect(),
                ties,
            }
        })
        .collect()
}

fn german_end(place: &Place, level: FlowLevel) -> FlowEnd {
    match (&place.division, level) {
        (Some(land), FlowLevel::Countries | FlowLevel::Provinces) => FlowEnd::Land(land.clone()),
        _ => FlowEnd::Place(place.id.clone()),
    }
}

fn partner_end(place: &Place, level: FlowLevel) -> FlowEnd {
    let by_province = BY_PROVINCE.contains(&place.country.as_str());
    match (level, &place.division) {
        (FlowLevel::Pairs, _) => FlowEnd::Place(place.id.clone()),
        (FlowLevel::Provinces, Some(province)) if by_province => {
            FlowEnd::Province(place.country.clone(), province.clone())
        }
        _ => FlowEnd::Country(place.country.clone()),
    }
}

/// The middle of distinct places' locations, in world coordinates.
fn middle_of<'a>(places: impl Iterator<Item = &'a Place>) -> WorldPoint {
    let mut seen: BTreeMap<&PlaceId, WorldPoint> = BTreeMap::new();
    for place in places {
        let at = project_lon_lat(place.location.lon, place.location.lat);
        seen.insert(&place.id, at);
    }
    let count = seen.len().max(1) as f64;
    let (x, y) = seen
        .values()
        .fold((0.0, 0.0), |(x, y), at| (x + at.x, y + at.y));
    WorldPoint::new(x / count, y / count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explore::filters::Filters;
    use crate::test_atlas::wider_atlas;
    use atlas_model::{Confidence, Source};

    /// The wider atlas with Hannover–Wuhan added, and Hefei and Wuhan in their provinces.
    fn atlas() -> Atlas {
        let mut atlas = wider_atlas();
        let (hannover, wuhan) = (PlaceId::new("hannover"), PlaceId::new("wuhan"));
        atlas.ties.push(Tie {
            id: Tie::id_for(&hannover, &wuhan, TieKind::Friendship),
            german: hannover,
            partner: wuhan,
            kind: TieKind::Friendship,
            since: None,
            ended: None,
            ended_undated: false,
            confidence: Confidence::Verified,
            sources: vec![Source::new("https://www.hannover.de/")],
            note: None,
        });
        for (id, province) in [("hefei", "Anhui"), ("wuhan", "Hubei")] {
            let place = atlas
                .places
                .iter_mut()
                .find(|place| place.id.as_str() == id);
            place.unwrap().division = Some(province.into());
        }
        atlas
    }

    fn ends(flows: &[Flow]) -> Vec<(String, String, usize)> {
        let name = |end: &FlowEnd| match end {
            FlowEnd::Land(land) => land.clone(),
            FlowEnd::Country(code) => code.clone(),
            FlowEnd::Province(_, name) => name.clone(),
            FlowEnd::Place(id) => id.to_string(),
        };
        let each = flows.iter();
        each.map(|flow| (name(&flow.from), name(&flow.to), flow.count()))
            .collect()
    }

    fn all(_: &Tie) -> bool {
        true
    }

    #[test]
    fn wide_the_ties_add_up_from_land_to_country() {
        let atlas = atlas();
        let flows = flows(&atlas, all, FlowLevel::Countries, None);
        assert_eq!(
            ends(&flows),
            [
                ("Niedersachsen".into(), "CN".into(), 2),
                ("Niedersachsen".into(), "JP".into(), 1),
                ("Niedersachsen".into(), "KR".into(), 1),
                ("Nordrhein-Westfalen".into(), "CN".into(), 1),
            ]
        );
        let counted: usize = flows.iter().map(Flow::count).sum();
        assert_eq!(
            counted,
            atlas.ties.len(),
            "every shown tie is in exactly one flow"
        );
        let china = &flows[0];
        assert_eq!(china.kinds, [(TieKind::Friendship, 2)]);
        assert_eq!(china.main_kind(), Some(TieKind::Friendship));
    }

    #[test]
    fn closer_china_splits_into_its_provinces_and_closest_into_pairs() {
        let atlas = atlas();
        let provinces = flows(&atlas, all, FlowLevel::Provinces, None);
        let to: Vec<String> = ends(&provinces).into_iter().map(|(_, to, _)| to).collect();
        assert!(
            to.contains(&"Anhui".to_string()) && to.contains(&"Hubei".to_string()),
            "{to:?}"
        );
        let pairs = flows(&atlas, all, FlowLevel::Pairs, None);
        assert_eq!(pairs.len(), atlas.ties.len());
        assert!(pairs.iter().all(|flow| flow.count() == 1));
        assert!(FlowLevel::at(2.0) < FlowLevel::at(4.0) && FlowLevel::at(4.0) < FlowLevel::at(6.0));
    }

    #[test]
    fn a_chosen_place_keeps_its_pairs_and_the_filters_apply() {
        let atlas = atlas();
        let osnabrueck = PlaceId::new("osnabrueck");
        let flows_now = flows(&atlas, all, FlowLevel::Countries, Some(&osnabrueck));
        let pairs: Vec<_> = ends(&flows_now)
            .into_iter()
            .filter(|(from, _, _)| from == "osnabrueck")
            .collect();
        assert_eq!(
            pairs,
            [
                ("osnabrueck".into(), "gwangmyeong".into(), 1),
                ("osnabrueck".into(), "hefei".into(), 1)
            ]
        );
        assert!(ends(&flows_now).contains(&("Niedersachsen".into(), "CN".into(), 1)));
        let china = Filters {
            countries: ["CN".to_string()].into(),
            ..Filters::default()
        };
        let shown = |tie: &Tie| china.tie_passes(&atlas, tie);
        let filtered = flows(&atlas, shown, FlowLevel::Countries, None);
        let to: Vec<String> = ends(&filtered).into_iter().map(|(_, to, _)| to).collect();
        assert_eq!(to, ["CN", "CN"]);
    }

    #[test]
    fn a_flow_is_drawn_between_the_middles_of_its_places_and_widens_with_its_count() {
        let atlas = atlas();
        let flows = flows(&atlas, all, FlowLevel::Countries, None);
        let (osnabrueck, hannover) = (
            project_lon_lat(8.0498, 52.27264),
            project_lon_lat(9.73322, 52.37052),
        );
        let china = &flows[0];
        assert!((china.from_at.x - (osnabrueck.x + hannover.x) / 2.0).abs() < 1e-9);
        assert!(flow_width(1) < flow_width(4) && flow_width(4) < flow_width(50));
        assert_eq!(flow_width(10_000), 12.0);
    }
}
