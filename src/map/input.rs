//! What the keyboard, the wheel and a click on a group marker do to the view: the map's input
//! rules, apart from the browser's events that carry them.

use super::projection::{ScreenPoint, WorldPoint};
use super::view::{View, Viewport};

/// How far an arrow key moves the map, in CSS pixels.
pub const KEY_PAN: f64 = 80.0;

/// How near a pointer must come to a line or marker to hit it, in CSS pixels: a finger is
/// broader than a mouse pointer.
pub fn hit_tolerance(touch: bool) -> f64 {
    if touch { 18.0 } else { 8.0 }
}

/// What a key does to the view: a pan in pixels and a zoom about the middle, in levels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KeyMove {
    pub pan: (f64, f64),
    pub zoom: f64,
}

impl KeyMove {
    /// The move a key (its `KeyboardEvent.key`) makes, if it makes one: the arrows pan the map
    /// the way they point, `+`/`=` zoom in and `-`/`_` zoom out.
    pub fn of(key: &str) -> Option<KeyMove> {
        let (pan, zoom) = match key {
            "ArrowLeft" => ((KEY_PAN, 0.0), 0.0),
            "ArrowRight" => ((-KEY_PAN, 0.0), 0.0),
            "ArrowUp" => ((0.0, KEY_PAN), 0.0),
            "ArrowDown" => ((0.0, -KEY_PAN), 0.0),
            "+" | "=" => ((0.0, 0.0), 1.0),
            "-" | "_" => ((0.0, 0.0), -1.0),
            _ => return None,
        };
        Some(KeyMove { pan, zoom })
    }

    pub fn applied(self, view: View, viewport: Viewport) -> View {
        let (dx, dy) = self.pan;
        view.panned(dx, dy)
            .zoomed_around(middle(viewport), self.zoom, viewport)
    }
}

/// The middle of the viewport, about which buttons and keys zoom.
pub fn middle(viewport: Viewport) -> ScreenPoint {
    ScreenPoint::new(viewport.width / 2.0, viewport.height / 2.0)
}

/// The zoom, in levels, of one wheel event that scrolls `delta_y` lines (`in_lines`) or
/// pixels: a mouse's notch and a touchpad's stroke alike, but never more than a level at once.
pub fn wheel_zoom(delta_y: f64, in_lines: bool) -> f64 {
    let per_unit = if in_lines { 0.05 } else { 0.002 };
    (-delta_y * per_unit).clamp(-1.0, 1.0)
}

/// The view that opens a group marker whose places span `low` to `high`: all of them with room
/// around, and a clear step closer — at least one and a half levels, at most four — so that a
/// click on a group never stays put nor leaps past what it opens.
pub fn opening_group(low: WorldPoint, high: WorldPoint, current: View, viewport: Viewport) -> View {
    let fitted = View::fitting(low, high, viewport, 120.0);
    let zoom = fitted.zoom.clamp(current.zoom + 1.5, current.zoom + 4.0);
    View { zoom, ..fitted }.clamped()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::projection::project_lon_lat;
    use approx::assert_relative_eq;

    const SIZE: Viewport = Viewport {
        width: 1000.0,
        height: 600.0,
    };

    fn germany() -> View {
        View {
            center: project_lon_lat(10.0, 51.0),
            zoom: 5.0,
        }
    }

    #[test]
    fn arrows_move_the_map_the_way_they_point_and_plus_and_minus_zoom() {
        let view = germany();
        let right = KeyMove::of("ArrowRight").unwrap().applied(view, SIZE);
        assert!(
            right.center.x > view.center.x,
            "the map shows what lies east"
        );
        let up = KeyMove::of("ArrowUp").unwrap().applied(view, SIZE);
        assert!(up.center.y < view.center.y, "the map shows what lies north");
        for (key, zoom) in [("+", 6.0), ("=", 6.0), ("-", 4.0), ("_", 4.0)] {
            let zoomed = KeyMove::of(key).unwrap().applied(view, SIZE);
            assert_relative_eq!(zoomed.zoom, zoom);
            assert_relative_eq!(zoomed.center.x, view.center.x, epsilon = 1e-12);
        }
        assert_eq!(KeyMove::of("Enter"), None);
        assert_eq!(KeyMove::of("a"), None);
    }

    #[test]
    fn a_wheel_notch_zooms_a_quarter_level_and_no_event_more_than_one() {
        assert_relative_eq!(wheel_zoom(5.0, true), -0.25);
        assert_relative_eq!(wheel_zoom(-100.0, false), 0.2);
        assert_relative_eq!(wheel_zoom(-5000.0, false), 1.0);
        assert_relative_eq!(wheel_zoom(90.0, true), -1.0);
    }

    #[test]
    fn opening_a_group_comes_at_least_one_and_a_half_and_at_most_four_levels_closer() {
        let view = germany();
        let (hamburg, munich) = (project_lon_lat(10.0, 53.5), project_lon_lat(11.6, 48.1));
        let wide = opening_group(hamburg, munich, View { zoom: 5.0, ..view }, SIZE);
        assert_relative_eq!(wide.zoom, 6.5);
        let (a, b) = (project_lon_lat(8.04, 52.27), project_lon_lat(8.05, 52.28));
        let tight = opening_group(a, b, View { zoom: 3.0, ..view }, SIZE);
        assert_relative_eq!(tight.zoom, 7.0);
        let midway = WorldPoint::new((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
        assert_relative_eq!(tight.center.x, midway.x, epsilon = 1e-9);
    }

    #[test]
    fn a_finger_hits_from_further_than_a_mouse() {
        assert!(hit_tolerance(true) > hit_tolerance(false));
    }
}
