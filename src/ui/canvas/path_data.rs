//! Shapes handed to the browser as SVG path data: parsed natively as one string instead of
//! point by point across the WebAssembly boundary, in world units drawn under a transform.

use crate::map::projection::WorldPoint;
use std::fmt::Write;

/// Path units per world width. Large enough that single-precision path coordinates stay
/// well below a pixel apart at the deepest zoom.
pub const UNITS: f64 = 65_536.0;

/// Appends `points` to SVG path data, closed into a ring if `closed`.
pub fn trace(text: &mut String, points: &[WorldPoint], closed: bool) {
    for (index, point) in points.iter().enumerate() {
        let command = if index == 0 { 'M' } else { 'L' };
        let _ = write!(
            text,
            "{command}{:.2} {:.2}",
            point.x * UNITS,
            point.y * UNITS
        );
    }
    if closed && !points.is_empty() {
        text.push('Z');
    }
}
