//! Bringing a chosen feature into the part of the map that the panel leaves visible.

use super::projection::ScreenPoint;
use super::view::View;

/// A rectangle on screen in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenRect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl ScreenRect {
    fn contains(&self, point: ScreenPoint, margin: f64) -> bool {
        point.x >= self.left + margin
            && point.x <= self.right - margin
            && point.y >= self.top + margin
            && point.y <= self.bottom - margin
    }

    fn centre(&self) -> ScreenPoint {
        ScreenPoint::new(
            (self.left + self.right) / 2.0,
            (self.top + self.bottom) / 2.0,
        )
    }
}

/// The view that moves `point` to the middle of `visible`, or `None` when it is already
/// comfortably inside (a map should not jump when what you chose is in sight).
pub fn revealing(view: View, point: ScreenPoint, visible: ScreenRect, margin: f64) -> Option<View> {
    if visible.contains(point, margin) {
        return None;
    }
    let target = visible.centre();
    Some(view.panned(target.x - point.x, target.y - point.y))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::projection::project_lon_lat;
    use crate::map::view::Viewport;
    use approx::assert_relative_eq;

    const SCREEN: Viewport = Viewport {
        width: 1280.0,
        height: 800.0,
    };
    const BESIDE_PANEL: ScreenRect = ScreenRect {
        left: 0.0,
        top: 0.0,
        right: 896.0,
        bottom: 800.0,
    };

    #[test]
    fn a_place_under_the_panel_moves_into_view() {
        let view = View::germany_and_east_asia(SCREEN);
        let tokyo = project_lon_lat(139.7, 35.7);
        let before = view.projector(SCREEN).to_screen(tokyo);
        assert!(
            before.x > BESIDE_PANEL.right,
            "Tokyo starts under the panel"
        );
        let moved = revealing(view, before, BESIDE_PANEL, 40.0).unwrap();
        let after = moved.projector(SCREEN).to_screen(tokyo);
        assert_relative_eq!(after.x, 448.0, epsilon = 1e-6);
        assert_relative_eq!(after.y, 400.0, epsilon = 1e-6);
    }

    #[test]
    fn a_place_in_sight_stays_put() {
        let view = View::germany_and_east_asia(SCREEN);
        assert_eq!(
            revealing(view, ScreenPoint::new(300.0, 300.0), BESIDE_PANEL, 40.0),
            None
        );
    }
}
