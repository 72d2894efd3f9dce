//! Ties that add up by zoom: at the widest view the shown ties are grouped into flows from
//! Germany to each partner country, closer in from each German Land, closer still to a partner
//! province (China, Japan, South Korea), and closest in they are the exact pairs again. Each flow knows its ties, so that its count,
//! its kinds and its width follow from them; the ties of a chosen place are always its pairs.
//!
//! Flows are made from the scene, which holds the ties that pass the reader's filters and the
//! time range: what adds up is exactly what the pairs would show.

use super::arcs::great_circle_world_in;
use super::projection::{WorldPoint, unproject};
use super::scene::{ArcStyle, Marker, Scene};
use crate::by_address::ByAddress;
use atlas_model::{Coordinates, PlaceId, TieKind};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// Countries whose provinces are told apart once the map comes closer: there, one country
/// holds many partners far apart from one another.
pub const BY_PROVINCE: [&str; 3] = ["CN", "JP", "KR"];

/// How finely ties are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FlowLevel {
    /// Germany to partner country: where Germany is a few dozen pixels wide, its Länder would
    /// only fan out into strands too close to tell apart.
    Nation,
    /// German Land to partner country.
    Countries,
    /// German Land to partner province (for [`BY_PROVINCE`]) or country.
    Provinces,
    /// Every tie on its own.
    Pairs,
}

impl FlowLevel {
    /// Below zoom 2.5 (Asia on a phone) Germany as one; below 4 (Asia across a desktop's
    /// map) its Länder; below 5 (a country across a screen) the partners' provinces; closer
    /// the pairs.
    pub fn at(zoom: f64) -> FlowLevel {
        let levels = [
            FlowLevel::Nation,
            FlowLevel::Countries,
            FlowLevel::Provinces,
        ];
        let level = levels.into_iter().find(|level| zoom < level.closest_zoom());
        level.unwrap_or(FlowLevel::Pairs)
    }

    /// The zoom from which the next level takes over.
    fn closest_zoom(self) -> f64 {
        match self {
            FlowLevel::Nation => 2.5,
            FlowLevel::Countries => 4.0,
            FlowLevel::Provinces => 5.0,
            FlowLevel::Pairs => f64::INFINITY,
        }
    }

    /// The chords a flow's great circle is drawn in at this level. A broad stroke costs the
    /// browser by its joins (with 20,000 ties, the flows' raster was the largest part of a
    /// filter change); these keep every flow within a pixel of its circle at the level's
    /// closest zoom, where the broad flows are up to twelve pixels wide.
    fn flow_segments(self) -> usize {
        match self {
            FlowLevel::Nation => 24,
            FlowLevel::Countries => 36,
            FlowLevel::Provinces | FlowLevel::Pairs => 48,
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

impl FlowEnd {
    /// A stable text key: `land:Niedersachsen`, `country:CN`, `province:CN:Anhui`, `place:hefei`.
    pub fn key(&self) -> String {
        match self {
            FlowEnd::Land(land) => format!("land:{land}"),
            FlowEnd::Country(code) => format!("country:{code}"),
            FlowEnd::Province(code, name) => format!("province:{code}:{name}"),
            FlowEnd::Place(id) => format!("place:{id}"),
        }
    }

    /// The country an end lies in, where it names one.
    pub fn country(&self) -> Option<&str> {
        match self {
            FlowEnd::Country(code) | FlowEnd::Province(code, _) => Some(code),
            FlowEnd::Land(_) | FlowEnd::Place(_) => None,
        }
    }
}

/// Ties grouped between two ends.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    pub from: FlowEnd,
    pub to: FlowEnd,
    /// Indices of its ties in the scene's `ties`.
    pub ties: Vec<usize>,
    /// Where each end is drawn: the middle of the places its flows join there, so that the
    /// flows of one Land leave from one point.
    pub from_at: WorldPoint,
    pub to_at: WorldPoint,
    /// The great circle between the two ends, in world coordinates.
    pub path: Vec<WorldPoint>,
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

    /// A flow between two places is a tie (or several) drawn as itself, not added up.
    pub fn is_pairs(&self) -> bool {
        matches!(
            (&self.from, &self.to),
            (FlowEnd::Place(_), FlowEnd::Place(_))
        )
    }
}

/// The flows of one scene and zoom, shared by the map's state, its input and its painter, and
/// compared by address: the same set is equal, a set made again is another.
pub type SharedFlows = ByAddress<Arc<Vec<Flow>>>;

/// The width of a flow of `count` ties, in CSS pixels: an area grows with the count, so the
/// width with its square root, from a single tie's hairline up to 12 px.
pub fn flow_width(count: usize) -> f64 {
    (1.2 * (count as f64).sqrt()).clamp(1.2, 12.0)
}

/// The scene's ties as flows at `level`; those of `chosen` as pairs at every level. Flows come
/// in a stable order (by their ends), so that a frame draws them the same way.
pub fn flows(scene: &Scene, level: FlowLevel, chosen: Option<&PlaceId>) -> Vec<Flow> {
    let chosen = chosen.and_then(|id| scene.marker_position(id));
    let mut ends = Ends::new(scene, level);
    let mut grouped: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (index, &[german, partner]) in scene.tie_markers.iter().enumerate() {
        let pairs = chosen.is_some_and(|chosen| chosen == german || chosen == partner);
        let key = (
            ends.of(german, Side::German, pairs),
            ends.of(partner, Side::Partner, pairs),
        );
        grouped.entry(key).or_default().push(index);
    }
    let middles: Vec<WorldPoint> = ends.members.iter().map(middle_of).collect();
    let mut flows: Vec<Flow> = grouped
        .into_iter()
        .map(|((from, to), ties)| {
            let mut kinds: BTreeMap<TieKind, usize> = BTreeMap::new();
            for &index in &ties {
                if let ArcStyle::Tie { kind, .. } = scene.ties[index].style {
                    *kinds.entry(kind).or_default() += 1;
                }
            }
            let (from_at, to_at) = (middles[from], middles[to]);
            Flow {
                from: ends.ends[from].clone(),
                to: ends.ends[to].clone(),
                ties,
                from_at,
                to_at,
                path: flow_path(from_at, to_at, level),
                kinds: TieKind::ALL
                    .into_iter()
                    .filter_map(|kind| Some((kind, *kinds.get(&kind)?)))
                    .collect(),
            }
        })
        .collect();
    flows.sort_by(|a, b| (&a.from, &a.to).cmp(&(&b.from, &b.to)));
    flows
}

/// Which end of a tie a marker is.
#[derive(Clone, Copy)]
enum Side {
    German,
    Partner,
}

/// The ends of one scene's flows, each once with the places it holds, and the end each marker
/// falls in: worked out once per marker and side, not once per tie, since thousands of ties
/// share a few hundred places.
struct Ends<'a> {
    scene: &'a Scene,
    level: FlowLevel,
    ends: Vec<FlowEnd>,
    index: HashMap<FlowEnd, usize>,
    members: Vec<BTreeMap<usize, WorldPoint>>,
    /// Per marker: its end as the German side and as the partner, at `level` and as pairs.
    known: Vec<[[Option<usize>; 2]; 2]>,
}

impl<'a> Ends<'a> {
    fn new(scene: &'a Scene, level: FlowLevel) -> Self {
        Ends {
            scene,
            level,
            ends: Vec::new(),
            index: HashMap::new(),
            members: Vec::new(),
            known: vec![[[None; 2]; 2]; scene.markers.len()],
        }
    }

    /// The end `marker` falls in on `side`, as a pair's place when `pairs`.
    fn of(&mut self, marker: usize, side: Side, pairs: bool) -> usize {
        if let Some(known) = self.known[marker][side as usize][usize::from(pairs)] {
            return known;
        }
        let level = if pairs { FlowLevel::Pairs } else { self.level };
        let at = &self.scene.markers[marker];
        let end = match side {
            Side::German => german_end(at, level),
            Side::Partner => partner_end(at, level),
        };
        let index = *self.index.entry(end.clone()).or_insert_with(|| {
            self.ends.push(end);
            self.members.push(BTreeMap::new());
            self.ends.len() - 1
        });
        self.members[index].insert(marker, at.at);
        self.known[marker][side as usize][usize::from(pairs)] = Some(index);
        index
    }
}

fn german_end(marker: &Marker, level: FlowLevel) -> FlowEnd {
    match (&marker.division, level) {
        (_, FlowLevel::Nation) => FlowEnd::Country(marker.country.clone()),
        (Some(land), FlowLevel::Countries | FlowLevel::Provinces) => FlowEnd::Land(land.clone()),
        _ => FlowEnd::Place(marker.place.clone()),
    }
}

fn partner_end(marker: &Marker, level: FlowLevel) -> FlowEnd {
    let by_province = BY_PROVINCE.contains(&marker.country.as_str());
    match (level, &marker.division) {
        (FlowLevel::Pairs, _) => FlowEnd::Place(marker.place.clone()),
        (FlowLevel::Provinces, Some(province)) if by_province => {
            FlowEnd::Province(marker.country.clone(), province.clone())
        }
        _ => FlowEnd::Country(marker.country.clone()),
    }
}

/// The middle of distinct places' locations, in world coordinates.
fn middle_of(places: &BTreeMap<usize, WorldPoint>) -> WorldPoint {
    let count = places.len().max(1) as f64;
    let (x, y) = places
        .values()
        .fold((0.0, 0.0), |(x, y), at| (x + at.x, y + at.y));
    WorldPoint::new(x / count, y / count)
}

/// The great circle a flow of `level` is drawn along.
fn flow_path(from: WorldPoint, to: WorldPoint, level: FlowLevel) -> Vec<WorldPoint> {
    great_circle_world_in(coordinates(from), coordinates(to), level.flow_segments())
}

fn coordinates(at: WorldPoint) -> Coordinates {
    let (lon, lat) = unproject(at);
    Coordinates::lat_lon(lat, lon)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explore::filters::Filters;
    use crate::explore::shown::shown_atlas;
    use crate::map::arcs::great_circle_world;
    use crate::map::projection::{TILE_SIZE, project_lon_lat};
    use crate::test_atlas::wider_atlas;
    use atlas_model::{Atlas, Confidence, Source, Tie};

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

    #[test]
    fn a_flow_keeps_to_its_great_circle_within_a_pixel_at_its_level_s_closest_zoom() {
        let far_apart = [
            ((52.52, 13.40), (-6.21, 106.85)), // Berlin–Jakarta
            ((53.55, 9.99), (43.06, 141.35)),  // Hamburg–Sapporo
            ((48.14, 11.58), (14.60, 120.98)), // München–Manila
            ((47.99, 7.85), (1.35, 103.82)),   // Freiburg–Singapore
            ((54.32, 10.14), (22.32, 114.17)), // Kiel–Hong Kong
        ];
        let levels = [
            FlowLevel::Nation,
            FlowLevel::Countries,
            FlowLevel::Provinces,
        ];
        for (level, ((lat, lon), (to_lat, to_lon))) in levels
            .into_iter()
            .flat_map(|level| far_apart.map(|pair| (level, pair)))
        {
            let closest = TILE_SIZE * level.closest_zoom().exp2();
            let (from, to) = (project_lon_lat(lon, lat), project_lon_lat(to_lon, to_lat));
            let drawn = flow_path(from, to, level);
            assert!(drawn.len() <= level.flow_segments() + 1);
            let circle = great_circle_world(coordinates(from), coordinates(to));
            let off = circle
                .iter()
                .map(|point| {
                    let chords = drawn.windows(2);
                    let near = chords.map(|chord| distance_to_chord(*point, chord[0], chord[1]));
                    near.fold(f64::INFINITY, f64::min)
                })
                .fold(0.0, f64::max);
            assert!(off * closest < 1.0, "{level:?}: {} px off", off * closest);
        }
    }

    fn distance_to_chord(point: WorldPoint, a: WorldPoint, b: WorldPoint) -> f64 {
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let along = ((point.x - a.x) * dx + (point.y - a.y) * dy) / (dx * dx + dy * dy);
        let t = along.clamp(0.0, 1.0);
        (point.x - a.x - t * dx).hypot(point.y - a.y - t * dy)
    }

    #[test]
    fn wide_the_ties_add_up_from_land_to_country() {
        let scene = Scene::build(&atlas());
        let flows = flows(&scene, FlowLevel::Countries, None);
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
            scene.ties.len(),
            "every shown tie is in exactly one flow"
        );
        let china = &flows[0];
        assert_eq!(china.kinds, [(TieKind::Friendship, 2)]);
        assert_eq!(china.main_kind(), Some(TieKind::Friendship));
        assert!(!china.is_pairs());
    }

    #[test]
    fn widest_germany_is_one_end() {
        let scene = Scene::build(&atlas());
        let flows = flows(&scene, FlowLevel::Nation, None);
        assert_eq!(
            ends(&flows),
            [
                ("DE".into(), "CN".into(), 3),
                ("DE".into(), "JP".into(), 1),
                ("DE".into(), "KR".into(), 1),
            ]
        );
    }

    #[test]
    fn closer_china_splits_into_its_provinces_and_closest_into_pairs() {
        let scene = Scene::build(&atlas());
        let provinces = flows(&scene, FlowLevel::Provinces, None);
        let to: Vec<String> = ends(&provinces).into_iter().map(|(_, to, _)| to).collect();
        assert!(
            to.contains(&"Anhui".to_string()) && to.contains(&"Hubei".to_string()),
            "{to:?}"
        );
        let pairs = flows(&scene, FlowLevel::Pairs, None);
        assert_eq!(pairs.len(), scene.ties.len());
        assert!(
            pairs
                .iter()
                .all(|flow| flow.count() == 1 && flow.is_pairs())
        );
        let levels = [1.5, 3.0, 4.5, 6.0].map(FlowLevel::at);
        assert_eq!(
            levels,
            [
                FlowLevel::Nation,
                FlowLevel::Countries,
                FlowLevel::Provinces,
                FlowLevel::Pairs
            ]
        );
    }

    #[test]
    fn a_chosen_place_keeps_its_pairs_and_the_filters_apply() {
        let atlas = atlas();
        let scene = Scene::build(&atlas);
        let osnabrueck = PlaceId::new("osnabrueck");
        let flows_now = flows(&scene, FlowLevel::Countries, Some(&osnabrueck));
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
        let filtered = flows(
            &Scene::build(&shown_atlas(&atlas, &china)),
            FlowLevel::Countries,
            None,
        );
        assert_eq!(
            ends(&filtered),
            [
                ("Niedersachsen".into(), "CN".into(), 2),
                ("Nordrhein-Westfalen".into(), "CN".into(), 1),
            ]
        );
        let before_2000 = Filters {
            years: Some((1900, 1999)),
            ..Filters::default()
        };
        let dated = flows(
            &Scene::build(&shown_atlas(&atlas, &before_2000)),
            FlowLevel::Countries,
            None,
        );
        let counted: usize = dated.iter().map(Flow::count).sum();
        let passing = atlas.ties.iter();
        let expected = passing
            .filter(|tie| before_2000.tie_passes(&atlas, tie))
            .count();
        assert_eq!(counted, expected, "the time range applies to the flows");
        assert!(counted < atlas.ties.len());
    }

    #[test]
    fn the_flows_of_a_land_leave_from_the_middle_of_its_places_and_widen_with_their_count() {
        let flows = flows(&Scene::build(&atlas()), FlowLevel::Countries, None);
        let (osnabrueck, hannover) = (
            project_lon_lat(8.0498, 52.27264),
            project_lon_lat(9.73322, 52.37052),
        );
        let (china, japan) = (&flows[0], &flows[1]);
        assert!((china.from_at.x - (osnabrueck.x + hannover.x) / 2.0).abs() < 1e-9);
        assert_eq!(china.from_at, japan.from_at, "one Land, one point");
        let (first, last) = (china.path[0], *china.path.last().unwrap());
        assert!((first.x - china.from_at.x).abs() < 1e-9 && (last.y - china.to_at.y).abs() < 1e-9);
        assert!(flow_width(1) < flow_width(4) && flow_width(4) < flow_width(50));
        assert_eq!(flow_width(10_000), 12.0);
    }
}
