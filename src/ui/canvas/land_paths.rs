//! The basemap's countries as browser paths, one per region of the world, each with its box:
//! a frame fills only the regions it can see.

use crate::map::basemap::CountryShape;
use crate::map::path_data::trace;
use crate::map::regions::regions;
use crate::map::world_box::WorldBox;
use crate::ui::runtime::next_task::next_task;
use web_sys::Path2d;

/// From this zoom on, the detailed basemap is shown.
pub const DETAIL_FROM_ZOOM: f64 = 4.5;
/// From this zoom on, the detailed basemap is fetched and prepared, so that it is ready when
/// the view reaches `DETAIL_FROM_ZOOM`.
pub const PREPARE_DETAIL_FROM_ZOOM: f64 = DETAIL_FROM_ZOOM - 0.5;

pub struct LandPaths {
    parts: Vec<(WorldBox, Path2d)>,
}

impl LandPaths {
    /// Every region's path at once.
    pub fn build(countries: &[CountryShape]) -> Option<LandPaths> {
        let parts = regions(countries)
            .into_iter()
            .map(|region| Some((region.bounds, region_path(countries, &region.members)?)))
            .collect::<Option<_>>()?;
        Some(LandPaths { parts })
    }

    /// The same, one region per task, so that a large basemap never holds up a frame.
    pub async fn build_between_frames(countries: &[CountryShape]) -> Option<LandPaths> {
        let mut parts = Vec::new();
        for region in regions(countries) {
            parts.push((region.bounds, region_path(countries, &region.members)?));
            next_task().await;
        }
        Some(LandPaths { parts })
    }

    /// How many regions there are.
    pub fn regions(&self) -> usize {
        self.parts.len()
    }

    /// The path of region `index` if it overlaps `screen` in the world copy `turns` worlds east.
    pub fn region_if_visible(&self, index: usize, turns: f64, screen: WorldBox) -> Option<&Path2d> {
        let (bounds, path) = self.parts.get(index)?;
        bounds.overlaps_shifted(turns, &screen).then_some(path)
    }
}

fn region_path(countries: &[CountryShape], members: &[usize]) -> Option<Path2d> {
    let mut text = String::new();
    for ring in members.iter().flat_map(|&index| &countries[index]) {
        trace(&mut text, ring, true);
    }
    Path2d::new_with_path_string(&text).ok()
}
