//! Pointer gestures on the map: drag to pan and fling, two fingers to pinch-zoom, a still press
//! to click, two quick presses to zoom in.
//!
//! Plain state driven by pointer events, so mouse, pen and touch behave alike and the logic
//! is tested without a browser.

use super::projection::ScreenPoint;
use super::view::{View, Viewport};

/// How far a press may move and still count as a click or tap, in CSS pixels.
const CLICK_SLOP: f64 = 6.0;
/// How soon and how near a second click must follow the first to make a double click.
const DOUBLE_CLICK_MS: f64 = 350.0;
const DOUBLE_CLICK_SLOP: f64 = 24.0;
/// The stretch of a drag, in milliseconds, whose speed carries on as a fling.
const FLING_WINDOW_MS: f64 = 100.0;

/// What letting go of the map meant.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Release {
    Nothing,
    Click(ScreenPoint),
    DoubleClick(ScreenPoint),
    /// A drag let go while moving: pixels per millisecond.
    Fling(f64, f64),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Gestures {
    pointers: Vec<(i32, ScreenPoint)>,
    press_start: Option<ScreenPoint>,
    moved_too_far: bool,
    pinched: bool,
    /// Recent (time, position) samples of a one-pointer drag.
    trail: Vec<(f64, ScreenPoint)>,
    last_click: Option<(f64, ScreenPoint)>,
}

impl Gestures {
    pub fn down(&mut self, pointer: i32, at: ScreenPoint, now: f64) {
        self.trail = vec![(now, at)];
        self.pointers.retain(|(id, _)| *id != pointer);
        self.pointers.push((pointer, at));
        if self.pointers.len() == 1 {
            self.press_start = Some(at);
            self.moved_too_far = false;
            self.pinched = false;
        } else {
            // A second finger makes this a pinch, never a tap or a fling.
            self.moved_too_far = true;
            self.pinched = true;
        }
    }

    /// The view after `pointer` moved to `at`, or `None` when the move changes nothing.
    pub fn moved(
        &mut self,
        pointer: i32,
        at: ScreenPoint,
        now: f64,
        view: View,
        viewport: Viewport,
    ) -> Option<View> {
        let index = self.pointers.iter().position(|(id, _)| *id == pointer)?;
        self.trail.push((now, at));
        self.trail.retain(|(time, _)| now - time <= FLING_WINDOW_MS);
        let before = self.pointers.clone();
        self.pointers[index].1 = at;
        if let Some(start) = self.press_start
            && start.distance_to(at) > CLICK_SLOP
        {
            self.moved_too_far = true;
        }
        match before.as_slice() {
            [(_, previous)] => Some(view.panned(at.x - previous.x, at.y - previous.y)),
            [(_, a0), (_, b0), ..] => {
                let (a1, b1) = (self.pointers[0].1, self.pointers[1].1);
                let (mid0, mid1) = (midpoint(*a0, *b0), midpoint(a1, b1));
                let (spread0, spread1) = (a0.distance_to(*b0), a1.distance_to(b1));
                let panned = view.panned(mid1.x - mid0.x, mid1.y - mid0.y);
                if spread0 < 1.0 || spread1 < 1.0 {
                    return Some(panned);
                }
                Some(panned.zoomed_around(mid1, (spread1 / spread0).log2(), viewport))
            }
            [] => None,
        }
    }

    /// Ends a pointer and says what the press was.
    pub fn up(&mut self, pointer: i32, at: ScreenPoint, now: f64) -> Release {
        let was_pressed = self.pointers.iter().any(|(id, _)| *id == pointer);
        self.pointers.retain(|(id, _)| *id != pointer);
        if !was_pressed || !self.pointers.is_empty() {
            return Release::Nothing;
        }
        self.press_start = None;
        if self.moved_too_far {
            return self.fling(now);
        }
        match self.last_click.take() {
            Some((time, previous))
                if now - time <= DOUBLE_CLICK_MS
                    && previous.distance_to(at) <= DOUBLE_CLICK_SLOP =>
            {
                Release::DoubleClick(at)
            }
            _ => {
                self.last_click = Some((now, at));
                Release::Click(at)
            }
        }
    }

    fn fling(&self, now: f64) -> Release {
        let recent: Vec<_> = self
            .trail
            .iter()
            .filter(|(time, _)| now - time <= FLING_WINDOW_MS)
            .collect();
        match (self.pinched, recent.first(), recent.last()) {
            (false, Some((t0, p0)), Some((t1, p1))) if t1 - t0 >= 10.0 => {
                Release::Fling((p1.x - p0.x) / (t1 - t0), (p1.y - p0.y) / (t1 - t0))
            }
            _ => Release::Nothing,
        }
    }

    /// Forgets a pointer the browser took away (pointercancel).
    pub fn cancel(&mut self, pointer: i32) {
        self.pointers.retain(|(id, _)| *id != pointer);
        self.moved_too_far = true;
    }

    /// How many pointers are pressed on the map.
    pub fn pressed(&self) -> usize {
        self.pointers.len()
    }

    /// How far `at` is from where the press began, in pixels (0 with nothing pressed).
    pub fn pressed_distance(&self, at: ScreenPoint) -> f64 {
        self.press_start.map_or(0.0, |start| start.distance_to(at))
    }

    pub fn is_dragging(&self) -> bool {
        !self.pointers.is_empty() && self.moved_too_far
    }
}

fn midpoint(a: ScreenPoint, b: ScreenPoint) -> ScreenPoint {
    ScreenPoint::new((a.x + b.x) / 2.0, (a.y + b.y) / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::projection::project_lon_lat;
    use approx::assert_relative_eq;

    const SCREEN: Viewport = Viewport {
        width: 1000.0,
        height: 600.0,
    };

    fn start() -> View {
        View::germany_and_east_asia(SCREEN)
    }

    #[test]
    fn a_still_press_is_a_click() {
        let mut gestures = Gestures::default();
        gestures.down(1, ScreenPoint::new(100.0, 100.0), 0.0);
        gestures.moved(1, ScreenPoint::new(102.0, 101.0), 40.0, start(), SCREEN);
        assert_eq!(
            gestures.up(1, ScreenPoint::new(102.0, 101.0), 80.0),
            Release::Click(ScreenPoint::new(102.0, 101.0))
        );
    }

    #[test]
    fn a_drag_pans_and_is_no_click() {
        let mut gestures = Gestures::default();
        let hefei = project_lon_lat(117.28, 31.86);
        let before = start().projector(SCREEN).to_screen(hefei);
        gestures.down(1, ScreenPoint::new(100.0, 100.0), 0.0);
        let view = gestures
            .moved(1, ScreenPoint::new(160.0, 130.0), 500.0, start(), SCREEN)
            .unwrap();
        let after = view.projector(SCREEN).to_screen(hefei);
        assert_relative_eq!(after.x - before.x, 60.0, epsilon = 1e-6);
        assert_relative_eq!(after.y - before.y, 30.0, epsilon = 1e-6);
        // Held still for a while before letting go: no fling.
        assert_eq!(
            gestures.up(1, ScreenPoint::new(160.0, 130.0), 900.0),
            Release::Nothing
        );
    }

    #[test]
    fn spreading_two_fingers_zooms_in_around_them() {
        let mut gestures = Gestures::default();
        gestures.down(1, ScreenPoint::new(400.0, 300.0), 0.0);
        gestures.down(2, ScreenPoint::new(600.0, 300.0), 5.0);
        let middle = ScreenPoint::new(500.0, 300.0);
        let under_fingers = start().projector(SCREEN).to_world(middle);
        let view = gestures
            .moved(2, ScreenPoint::new(800.0, 300.0), 30.0, start(), SCREEN)
            .unwrap();
        // The fingers moved apart from 200 to 400 px: one zoom step; the midpoint moved by 100 px.
        assert_relative_eq!(view.zoom, start().zoom + 1.0, epsilon = 1e-9);
        let now = view.projector(SCREEN).to_screen(under_fingers);
        assert_relative_eq!(now.x, 600.0, epsilon = 1e-6);
        assert_relative_eq!(now.y, 300.0, epsilon = 1e-6);
        assert_eq!(
            gestures.up(2, ScreenPoint::new(800.0, 300.0), 40.0),
            Release::Nothing
        );
        assert_eq!(
            gestures.up(1, ScreenPoint::new(400.0, 300.0), 45.0),
            Release::Nothing
        );
    }

    #[test]
    fn moves_of_unknown_pointers_change_nothing() {
        let mut gestures = Gestures::default();
        assert_eq!(
            gestures.moved(7, ScreenPoint::new(1.0, 1.0), 0.0, start(), SCREEN),
            None
        );
        assert_eq!(
            gestures.up(7, ScreenPoint::new(1.0, 1.0), 0.0),
            Release::Nothing
        );
    }

    #[test]
    fn two_quick_clicks_are_a_double_click() {
        let mut gestures = Gestures::default();
        let at = ScreenPoint::new(300.0, 200.0);
        gestures.down(1, at, 0.0);
        assert_eq!(gestures.up(1, at, 60.0), Release::Click(at));
        gestures.down(1, at, 200.0);
        assert_eq!(gestures.up(1, at, 260.0), Release::DoubleClick(at));
        gestures.down(1, at, 1000.0);
        assert_eq!(
            gestures.up(1, at, 1060.0),
            Release::Click(at),
            "a third click starts afresh"
        );
        gestures.down(1, at, 2000.0);
        assert_eq!(
            gestures.up(1, at, 2060.0),
            Release::Click(at),
            "too late for a double click"
        );
    }

    #[test]
    fn letting_go_while_moving_flings() {
        let mut gestures = Gestures::default();
        gestures.down(1, ScreenPoint::new(100.0, 100.0), 0.0);
        for step in 1..=10 {
            let time = f64::from(step) * 16.0;
            gestures.moved(
                1,
                ScreenPoint::new(100.0 + time, 100.0),
                time,
                start(),
                SCREEN,
            );
        }
        match gestures.up(1, ScreenPoint::new(260.0, 100.0), 160.0) {
            Release::Fling(vx, vy) => {
                assert_relative_eq!(vx, 1.0, epsilon = 1e-9);
                assert_relative_eq!(vy, 0.0, epsilon = 1e-9);
            }
            other => panic!("expected a fling, got {other:?}"),
        }
    }
}
