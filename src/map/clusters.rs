//! Grouping markers that crowd together at a wide zoom into one marker with a count.
//!
//! Greedy by importance: the most important place of a crowd anchors its cluster, and every
//! less important place within reach joins it. Computed from the same projector as the
//! painting, so what is drawn and what a click hits always agree.

use super::emphasis::Emphasis;
use super::projection::{Projector, ScreenPoint, WorldPoint};
use super::scene::{Marker, Scene};
use super::world_box::WorldBox;
use atlas_model::PlaceId;

/// How close two markers may come, in CSS pixels, before they group.
pub const CLUSTER_RADIUS: f64 = 22.0;

/// One marker on screen: a single place, or several grouped under the most important.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// Indices into the scene's markers, most important first.
    pub members: Vec<usize>,
    pub at: ScreenPoint,
}

impl Cluster {
    pub fn is_group(&self) -> bool {
        self.members.len() > 1
    }
}

/// Groups `markers` (sorted by importance) that lie within `radius` pixels of a more important
/// one; a marker for which `keep_apart` holds (say, the selected place) always stands alone.
pub fn cluster_markers(
    markers: &[Marker],
    projector: &Projector,
    radius: f64,
    keep_apart: impl Fn(&Marker) -> bool,
) -> Vec<Cluster> {
    let mut clusters: Vec<(Cluster, bool)> = Vec::new();
    for (index, marker) in markers.iter().enumerate() {
        let at = projector.to_screen_near(marker.at);
        let alone = keep_apart(marker);
        let home = (!alone)
            .then(|| {
                clusters
                    .iter_mut()
                    .find(|(cluster, open)| *open && cluster.at.distance_to(at) <= radius)
            })
            .flatten();
        match home {
            Some((cluster, _)) => cluster.members.push(index),
            None => clusters.push((
                Cluster {
                    members: vec![index],
                    at,
                },
                !alone,
            )),
        }
    }
    clusters.into_iter().map(|(cluster, _)| cluster).collect()
}

/// The clusters the map shows: the places of what was chosen always stand alone.
pub fn clusters_for(scene: &Scene, projector: &Projector, chosen: &Emphasis) -> Vec<Cluster> {
    cluster_markers(&scene.markers, projector, CLUSTER_RADIUS, |marker| {
        chosen.marks(&marker.place)
    })
}

/// The group a place is hidden in, if it is.
pub fn group_of<'a>(
    clusters: &'a [Cluster],
    scene: &Scene,
    place: &PlaceId,
) -> Option<&'a Cluster> {
    clusters.iter().find(|cluster| {
        cluster.is_group()
            && cluster
                .members
                .iter()
                .any(|&index| &scene.markers[index].place == place)
    })
}

/// The group under a click, if any.
pub fn group_at(clusters: &[Cluster], at: ScreenPoint) -> Option<&Cluster> {
    clusters
        .iter()
        .filter(|cluster| cluster.is_group() && cluster.at.distance_to(at) <= CLUSTER_RADIUS)
        .min_by(|a, b| a.at.distance_to(at).total_cmp(&b.at.distance_to(at)))
}

/// Every tie has one end here: a group of its places across several Länder is named by none
/// ("Deutschland" would tell a reader of this map nothing).
const HOME_COUNTRY: &str = "DE";

/// The area a group of markers lies in, where one names it: a first-level division (a German
/// Land, a Chinese province) or a partner country (an ISO code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Area {
    Division(String),
    Country(String),
}

/// What a marker holds: how many places, how many ties touch them, and the area they share.
#[derive(Debug, Clone, PartialEq)]
pub struct Holding {
    pub places: usize,
    pub ties: usize,
    pub area: Option<Area>,
}

/// What each cluster holds, beside `clusters`: a group is said as its count of places and
/// ties and named for the division or country all its places lie in, never after one town.
pub fn holdings(clusters: &[Cluster], scene: &Scene) -> Vec<Holding> {
    let mut cluster_of = vec![0; scene.markers.len()];
    for (index, cluster) in clusters.iter().enumerate() {
        for &member in &cluster.members {
            cluster_of[member] = index;
        }
    }
    let mut ties = vec![0; clusters.len()];
    for ends in &scene.tie_markers {
        let (first, second) = (cluster_of[ends[0]], cluster_of[ends[1]]);
        ties[first] += 1;
        if second != first {
            ties[second] += 1;
        }
    }
    clusters
        .iter()
        .zip(ties)
        .map(|(cluster, ties)| Holding {
            places: cluster.members.len(),
            ties,
            area: shared_area(cluster.members.iter().map(|&index| &scene.markers[index])),
        })
        .collect()
}

fn shared_area<'a>(mut members: impl Iterator<Item = &'a Marker>) -> Option<Area> {
    let first = members.next()?;
    let (mut country, mut division) = (Some(&first.country), first.division.as_ref());
    for member in members {
        if division != member.division.as_ref() {
            division = None;
        }
        if country != Some(&member.country) {
            country = None;
        }
    }
    match (country, division) {
        (Some(_), Some(division)) => Some(Area::Division(division.clone())),
        (Some(country), None) if country != HOME_COUNTRY => Some(Area::Country(country.clone())),
        _ => None,
    }
}

/// The world box around a cluster's members, to zoom to when it is opened.
pub fn bounds_of(cluster: &Cluster, markers: &[Marker]) -> Option<(WorldPoint, WorldPoint)> {
    let points = cluster.members.iter().map(|&index| &markers[index].at);
    WorldBox::around(points).map(|bounds| (bounds.low, bounds.high))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::scene::Feature;
    use crate::map::view::{View, Viewport};
    use crate::test_atlas::osnabrueck_atlas;
    use atlas_model::{Coordinates, Place};

    const SCREEN: Viewport = Viewport {
        width: 1280.0,
        height: 720.0,
    };

    /// Osnabrück's atlas with Münster added, 45 km away: one crowd at a wide zoom.
    fn with_muenster() -> Scene {
        let mut atlas = osnabrueck_atlas();
        let mut muenster: Place = atlas.places[0].clone();
        muenster.id = PlaceId::new("muenster");
        muenster.location = Coordinates::lat_lon(51.96236, 7.62571);
        atlas.places.push(muenster);
        Scene::build(&atlas)
    }

    fn wide_clusters(scene: &Scene, wide: View) -> Vec<Cluster> {
        cluster_markers(
            &scene.markers,
            &wide.projector(SCREEN),
            CLUSTER_RADIUS,
            |_| false,
        )
    }

    #[test]
    fn neighbours_group_at_a_wide_zoom_and_part_when_zoomed_in() {
        let scene = with_muenster();
        let wide = View::germany_and_east_asia(SCREEN);
        let clusters = wide_clusters(&scene, wide);
        let group = clusters
            .iter()
            .find(|cluster| cluster.is_group())
            .expect("a group");
        let names: Vec<&str> = group
            .members
            .iter()
            .map(|&i| scene.markers[i].place.as_str())
            .collect();
        assert_eq!(names, ["osnabrueck", "muenster"], "led by the busier place");
        assert_eq!(
            group.at,
            wide.projector(SCREEN)
                .to_screen(scene.markers[group.members[0]].at)
        );

        let close = View {
            center: wide.center,
            zoom: 8.0,
        };
        let apart = cluster_markers(
            &scene.markers,
            &close.projector(SCREEN),
            CLUSTER_RADIUS,
            |_| false,
        );
        assert!(apart.iter().all(|cluster| !cluster.is_group()));
        assert_eq!(apart.len(), scene.markers.len());
    }

    #[test]
    fn a_place_kept_apart_stands_alone() {
        let scene = with_muenster();
        let wide = View::germany_and_east_asia(SCREEN);
        let clusters = cluster_markers(
            &scene.markers,
            &wide.projector(SCREEN),
            CLUSTER_RADIUS,
            |marker| marker.place.as_str() == "muenster",
        );
        assert!(clusters.iter().all(|cluster| !cluster.is_group()));
    }

    #[test]
    fn a_click_finds_the_group_and_a_place_knows_its_group() {
        let scene = with_muenster();
        let wide = View::germany_and_east_asia(SCREEN);
        let projector = wide.projector(SCREEN);
        let clusters = clusters_for(&scene, &projector, &Emphasis::default());
        let group =
            group_of(&clusters, &scene, &PlaceId::new("muenster")).expect("Münster is grouped");
        assert_eq!(group_at(&clusters, group.at), Some(group));
        assert_eq!(group_of(&clusters, &scene, &PlaceId::new("hefei")), None);
        let chosen = Feature::Place(PlaceId::new("muenster"));
        let apart = clusters_for(
            &scene,
            &projector,
            &Emphasis::of(&scene, Some(&chosen), None),
        );
        assert_eq!(group_of(&apart, &scene, &PlaceId::new("muenster")), None);
    }

    #[test]
    fn a_group_says_how_many_places_and_ties_it_holds_and_names_their_land() {
        let scene = with_muenster();
        let clusters = wide_clusters(&scene, View::germany_and_east_asia(SCREEN));
        let holdings = holdings(&clusters, &scene);
        let group = clusters.iter().position(Cluster::is_group).unwrap();
        assert_eq!(
            holdings[group],
            Holding {
                places: 2,
                ties: 2,
                area: Some(Area::Division("Niedersachsen".into())),
            },
            "Osnabrück's two ties; Münster, copied from Osnabrück, shares its Land"
        );
        let hefei = clusters
            .iter()
            .position(|cluster| scene.markers[cluster.members[0]].place.as_str() == "hefei")
            .unwrap();
        assert_eq!(holdings[hefei].places, 1);
        assert_eq!(holdings[hefei].ties, 1);
    }

    #[test]
    fn a_group_across_provinces_is_named_for_its_country_and_across_countries_or_lands_not_at_all()
    {
        let scene = with_muenster();
        let mut markers: Vec<Marker> = scene
            .markers
            .iter()
            .filter(|marker| marker.country == "DE")
            .cloned()
            .collect();
        markers[1].division = Some("Nordrhein-Westfalen".into());
        assert_eq!(shared_area(markers.iter()), None, "across Länder: no name");
        for marker in &mut markers {
            marker.country = "JP".into();
        }
        assert_eq!(
            shared_area(markers.iter()),
            Some(Area::Country("JP".into()))
        );
        markers[1].country = "KR".into();
        assert_eq!(shared_area(markers.iter()), None);
        assert_eq!(shared_area(std::iter::empty()), None);
    }

    #[test]
    fn a_group_opens_onto_the_box_of_its_members() {
        let scene = with_muenster();
        let wide = View::germany_and_east_asia(SCREEN);
        let clusters = wide_clusters(&scene, wide);
        let group = clusters.iter().find(|cluster| cluster.is_group()).unwrap();
        let (low, high) = bounds_of(group, &scene.markers).unwrap();
        for &index in &group.members {
            let at = scene.markers[index].at;
            assert!(at.x >= low.x && at.x <= high.x && at.y >= low.y && at.y <= high.y);
        }
    }
}
