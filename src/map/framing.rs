//! Framing what was chosen in the part of the map that nothing covers: not under the panel,
//! the bottom sheet, the legend or the buttons that lie over the map.

use super::projection::{ScreenPoint, TILE_SIZE, WorldPoint};
use super::view::{MIN_ZOOM, View, Viewport};
use super::world_box::WorldBox;

/// A rectangle on screen in CSS pixels, from the map's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenRect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl ScreenRect {
    /// The whole of a viewport.
    pub fn of(viewport: Viewport) -> ScreenRect {
        ScreenRect {
            left: 0.0,
            top: 0.0,
            right: viewport.width,
            bottom: viewport.height,
        }
    }

    pub fn width(&self) -> f64 {
        (self.right - self.left).max(0.0)
    }

    pub fn height(&self) -> f64 {
        (self.bottom - self.top).max(0.0)
    }

    fn area(&self) -> f64 {
        self.width() * self.height()
    }

    fn overlaps(&self, other: &ScreenRect) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    /// Whether `point` lies inside, at least `margin` pixels from every edge.
    pub fn contains(&self, point: ScreenPoint, margin: f64) -> bool {
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

/// The part of `map` that none of `covers` lies over. Each cover, largest first, is cut away
/// from the side where that keeps the most: a panel on the right narrows the map, a bottom
/// sheet or a legend in a corner lowers its bottom edge, a row of buttons at the top its top.
pub fn uncovered(map: ScreenRect, covers: &[ScreenRect]) -> ScreenRect {
    let mut covers: Vec<&ScreenRect> = covers.iter().filter(|cover| cover.area() > 0.0).collect();
    covers.sort_by(|a, b| b.area().total_cmp(&a.area()));
    covers.into_iter().fold(map, |free, cover| {
        if !free.overlaps(cover) {
            return free;
        }
        [
            ScreenRect {
                left: cover.right,
                ..free
            },
            ScreenRect {
                right: cover.left,
                ..free
            },
            ScreenRect {
                top: cover.bottom,
                ..free
            },
            ScreenRect {
                bottom: cover.top,
                ..free
            },
        ]
        .into_iter()
        .max_by(|a, b| a.area().total_cmp(&b.area()))
        .unwrap_or(free)
    })
}

/// How far from the free area's edges a framed feature stays, in pixels: room for markers,
/// the numbers of a visit's stops and the start of their labels.
pub const FRAME_PADDING: f64 = 40.0;

/// The view that shows `bounds` whole inside `free` (a part of `viewport`), as close as fits
/// but no closer than `max_zoom`.
pub fn framing_in(bounds: WorldBox, viewport: Viewport, free: ScreenRect, max_zoom: f64) -> View {
    let free_size = Viewport {
        width: free.width(),
        height: free.height(),
    };
    let fitted = View::fitting(bounds.low, bounds.high, free_size, FRAME_PADDING);
    let zoom = fitted.zoom.min(max_zoom).max(MIN_ZOOM);
    let scale = TILE_SIZE * zoom.exp2();
    // The box's middle goes to the free area's middle, wherever that lies on the screen.
    let target = free.centre();
    View {
        center: WorldPoint::new(
            fitted.center.x - (target.x - viewport.width / 2.0) / scale,
            fitted.center.y - (target.y - viewport.height / 2.0) / scale,
        ),
        zoom,
    }
    .clamped()
}

/// Where to fly so that a chosen feature spanning `bounds` is seen whole in `free`, or `None`
/// when it already is, large enough to read: the map should not jump when what a person chose
/// is in plain sight. `always` (a kiosk's tour) frames it even then.
pub fn frame_choice(
    current: View,
    bounds: WorldBox,
    viewport: Viewport,
    free: ScreenRect,
    max_zoom: f64,
    always: bool,
) -> Option<View> {
    let framed = framing_in(bounds, viewport, free, max_zoom);
    if always {
        return Some(framed);
    }
    let projector = current.projector(viewport);
    let (low, high) = (
        projector.to_screen(bounds.low),
        projector.to_screen(bounds.high),
    );
    let in_sight =
        free.contains(low, FRAME_PADDING / 2.0) && free.contains(high, FRAME_PADDING / 2.0);
    // Two zoom steps short of its frame, a trip across Asia is a few dozen pixels long.
    let large_enough = current.zoom >= framed.zoom - 1.5;
    (!(in_sight && large_enough)).then_some(framed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::projection::project_lon_lat;
    use approx::assert_relative_eq;

    const DESKTOP: Viewport = Viewport {
        width: 945.0,
        height: 747.0,
    };
    const PHONE: Viewport = Viewport {
        width: 390.0,
        height: 740.0,
    };

    fn rect(left: f64, top: f64, right: f64, bottom: f64) -> ScreenRect {
        ScreenRect {
            left,
            top,
            right,
            bottom,
        }
    }

    /// Osnabrück's trip of 2024: to Hefei, Wuhu, Gwangmyeong and Seoul.
    fn osnabrueck_to_seoul() -> WorldBox {
        WorldBox::around(&[
            project_lon_lat(8.05, 52.27),
            project_lon_lat(126.98, 37.57),
            project_lon_lat(117.28, 31.86),
        ])
        .unwrap()
    }

    fn assert_inside(view: View, viewport: Viewport, bounds: WorldBox, free: ScreenRect) {
        let projector = view.projector(viewport);
        for corner in [bounds.low, bounds.high] {
            let point = projector.to_screen(corner);
            assert!(
                free.contains(point, FRAME_PADDING - 1e-6),
                "{point:?} outside {free:?}"
            );
        }
    }

    mod uncovered_area {
        use super::*;

        #[test]
        fn a_panel_on_the_right_narrows_the_map() {
            let map = ScreenRect::of(DESKTOP);
            let panel = rect(561.0, 0.0, 945.0, 747.0);
            assert_eq!(uncovered(map, &[panel]), rect(0.0, 0.0, 561.0, 747.0));
        }

        #[test]
        fn a_bottom_sheet_lowers_the_bottom_edge_and_a_top_button_raises_the_top() {
            let map = ScreenRect::of(PHONE);
            let sheet = rect(0.0, 296.0, 390.0, 740.0);
            let toggle = rect(12.0, 12.0, 200.0, 48.0);
            assert_eq!(
                uncovered(map, &[toggle, sheet]),
                rect(0.0, 48.0, 390.0, 296.0)
            );
        }

        #[test]
        fn controls_in_corners_are_cut_away_where_it_costs_least() {
            let map = ScreenRect::of(DESKTOP);
            let legend = rect(12.0, 640.0, 300.0, 723.0);
            let zoom_buttons = rect(893.0, 590.0, 933.0, 719.0);
            let free = uncovered(map, &[legend, zoom_buttons]);
            assert_eq!(free, rect(0.0, 0.0, 893.0, 640.0));
        }

        #[test]
        fn a_cover_beside_the_map_changes_nothing() {
            let map = ScreenRect::of(DESKTOP);
            let side_bar = rect(-335.0, 0.0, 0.0, 747.0);
            assert_eq!(uncovered(map, &[side_bar]), map);
        }
    }

    mod framing {
        use super::*;

        #[test]
        fn a_trip_is_framed_whole_beside_the_panel() {
            let free = rect(0.0, 0.0, 561.0, 747.0);
            let bounds = osnabrueck_to_seoul();
            let view = framing_in(bounds, DESKTOP, free, 7.0);
            assert_inside(view, DESKTOP, bounds, free);
        }

        #[test]
        fn a_trip_is_framed_whole_above_a_bottom_sheet() {
            let free = rect(0.0, 48.0, 390.0, 296.0);
            let bounds = osnabrueck_to_seoul();
            let view = framing_in(bounds, PHONE, free, 7.0);
            assert_inside(view, PHONE, bounds, free);
            let middle = view.projector(PHONE).to_screen(WorldPoint::new(
                (bounds.low.x + bounds.high.x) / 2.0,
                (bounds.low.y + bounds.high.y) / 2.0,
            ));
            assert_relative_eq!(middle.y, 172.0, epsilon = 1e-6);
        }

        #[test]
        fn one_place_stops_at_the_closest_zoom_allowed() {
            let osnabrueck = project_lon_lat(8.05, 52.27);
            let bounds = WorldBox::around(&[osnabrueck]).unwrap();
            let view = framing_in(bounds, DESKTOP, ScreenRect::of(DESKTOP), 7.0);
            assert_relative_eq!(view.zoom, 7.0);
            assert_relative_eq!(view.center.x, osnabrueck.x, epsilon = 1e-9);
        }

        #[test]
        fn what_is_in_plain_sight_stays_put() {
            let free = rect(0.0, 0.0, 561.0, 747.0);
            let bounds = osnabrueck_to_seoul();
            let framed = framing_in(bounds, DESKTOP, free, 7.0);
            assert_eq!(
                frame_choice(framed, bounds, DESKTOP, free, 7.0, false),
                None
            );
            assert_eq!(
                frame_choice(framed, bounds, DESKTOP, free, 7.0, true),
                Some(framed),
                "a tour frames it anyway"
            );
        }

        #[test]
        fn what_lies_under_the_panel_or_is_too_small_to_read_is_framed() {
            let whole = ScreenRect::of(DESKTOP);
            let free = rect(0.0, 0.0, 561.0, 747.0);
            let bounds = osnabrueck_to_seoul();
            let centred_under_panel = framing_in(bounds, DESKTOP, whole, 7.0);
            assert!(frame_choice(centred_under_panel, bounds, DESKTOP, free, 7.0, false).is_some());
            let far_away = View {
                zoom: MIN_ZOOM,
                ..framing_in(bounds, DESKTOP, free, 7.0)
            };
            assert!(frame_choice(far_away, bounds, DESKTOP, free, 7.0, false).is_some());
        }
    }
}
