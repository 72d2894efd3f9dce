//! Countries grouped into regions of the world, each with the box around its outlines, so
//! that a frame draws only the regions it can see instead of every coastline on Earth.

use super::projection::WorldPoint;
use super::world_box::WorldBox;

/// Regions per side of the world: countries fall into an 8 × 8 grid by the centre of their box.
const CELLS: f64 = 8.0;

/// Countries near each other, drawn as one path.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// Indices of the countries, in the order given.
    pub members: Vec<usize>,
    pub bounds: WorldBox,
}

/// Groups countries (each a list of rings) into regions; countries without points are left out.
pub fn regions(countries: &[Vec<Vec<WorldPoint>>]) -> Vec<Region> {
    let mut found: Vec<((i64, i64), Region)> = Vec::new();
    for (index, rings) in countries.iter().enumerate() {
        let Some(bounds) = WorldBox::around(rings.iter().flatten()) else {
            continue;
        };
        let cell = (
            ((bounds.low.x + bounds.high.x) / 2.0 * CELLS).floor() as i64,
            ((bounds.low.y + bounds.high.y) / 2.0 * CELLS).floor() as i64,
        );
        match found.iter_mut().find(|(key, _)| *key == cell) {
            Some((_, region)) => {
                region.members.push(index);
                region.bounds = region.bounds.union(bounds);
            }
            None => found.push((
                cell,
                Region {
                    members: vec![index],
                    bounds,
                },
            )),
        }
    }
    found.into_iter().map(|(_, region)| region).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::projection::{Projector, project_lon_lat};

    /// A small square country around `(lon, lat)`.
    fn country(lon: f64, lat: f64) -> Vec<Vec<WorldPoint>> {
        vec![
            [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)]
                .iter()
                .map(|(x, y)| project_lon_lat(lon + x, lat + y))
                .collect(),
        ]
    }

    #[test]
    fn neighbours_share_a_region_and_distant_countries_do_not() {
        let countries = vec![
            country(8.0, 51.0),
            country(10.0, 50.0),
            country(117.0, 31.8),
            vec![],
        ];
        let found = regions(&countries);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].members, vec![0, 1]);
        assert_eq!(found[1].members, vec![2]);
    }

    #[test]
    fn a_region_box_holds_every_member() {
        let countries = vec![country(8.0, 51.0), country(10.0, 50.0)];
        let region = &regions(&countries)[0];
        for point in countries.iter().flatten().flatten() {
            assert!(region.bounds.low.x <= point.x && point.x <= region.bounds.high.x);
            assert!(region.bounds.low.y <= point.y && point.y <= region.bounds.high.y);
        }
    }

    #[test]
    fn a_view_of_germany_sees_europe_but_not_china() {
        let countries = vec![country(10.0, 51.0), country(117.0, 31.8)];
        let found = regions(&countries);
        let projector = Projector::new(project_lon_lat(10.0, 51.0), 6.0, 800.0, 600.0);
        let screen = WorldBox::on_screen(&projector, 800.0, 600.0);
        assert!(found[0].bounds.overlaps_shifted(0.0, &screen));
        assert!(!found[1].bounds.overlaps_shifted(0.0, &screen));
    }

    #[test]
    fn a_shifted_copy_of_the_world_is_seen_across_the_antimeridian() {
        // Looking just east of 180°, the copy of Chukotka one world to the east shows.
        let chukotka = regions(&[country(178.0, 66.0)]);
        let projector = Projector::new(project_lon_lat(181.0, 66.0), 6.0, 800.0, 600.0);
        let screen = WorldBox::on_screen(&projector, 800.0, 600.0);
        assert!(chukotka[0].bounds.overlaps_shifted(0.0, &screen));
        let far_east = Projector::new(project_lon_lat(178.0 + 360.0, 66.0), 6.0, 800.0, 600.0);
        let shifted = WorldBox::on_screen(&far_east, 800.0, 600.0);
        assert!(!chukotka[0].bounds.overlaps_shifted(0.0, &shifted));
        assert!(chukotka[0].bounds.overlaps_shifted(1.0, &shifted));
    }
}
