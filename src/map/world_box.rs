//! Boxes in world coordinates: around shapes, and around what a screen shows.

use super::projection::{Projector, ScreenPoint, WorldPoint};

/// A box in world coordinates, `low` at the north-west (smallest x and y).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WorldBox {
    pub low: WorldPoint,
    pub high: WorldPoint,
}

impl WorldBox {
    /// The box around `points`, if there are any.
    pub fn around<'a>(points: impl IntoIterator<Item = &'a WorldPoint>) -> Option<WorldBox> {
        points.into_iter().fold(None, |bounds, point| {
            let WorldBox { low, high } = bounds.unwrap_or(WorldBox {
                low: *point,
                high: *point,
            });
            Some(WorldBox {
                low: WorldPoint::new(low.x.min(point.x), low.y.min(point.y)),
                high: WorldPoint::new(high.x.max(point.x), high.y.max(point.y)),
            })
        })
    }

    /// The part of the world a projector shows on a screen of `width` × `height`.
    pub fn on_screen(projector: &Projector, width: f64, height: f64) -> WorldBox {
        WorldBox {
            low: projector.to_world(ScreenPoint::new(0.0, 0.0)),
            high: projector.to_world(ScreenPoint::new(width, height)),
        }
    }

    pub fn union(self, other: WorldBox) -> WorldBox {
        WorldBox {
            low: WorldPoint::new(self.low.x.min(other.low.x), self.low.y.min(other.low.y)),
            high: WorldPoint::new(self.high.x.max(other.high.x), self.high.y.max(other.high.y)),
        }
    }

    /// Whether the two boxes share any point, with `self` shifted east by `turns` worlds.
    pub fn overlaps_shifted(&self, turns: f64, other: &WorldBox) -> bool {
        self.low.x + turns <= other.high.x
            && other.low.x <= self.high.x + turns
            && self.low.y <= other.high.y
            && other.low.y <= self.high.y
    }
}
