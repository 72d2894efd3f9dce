//! Shapes handed to the browser as SVG path data: parsed natively as one string instead of
//! point by point across the WebAssembly boundary, in world units drawn under a transform.

use crate::map::projection::WorldPoint;

/// Path units per world width. Large enough that single-precision path coordinates stay
/// well below a pixel apart at the deepest zoom.
pub const UNITS: f64 = 65_536.0;

/// Appends `points` to SVG path data, closed into a ring if `closed`.
pub fn trace(text: &mut String, points: &[WorldPoint], closed: bool) {
    for (index, point) in points.iter().enumerate() {
        text.push(if index == 0 { 'M' } else { 'L' });
        push_hundredths(text, point.x * UNITS);
        text.push(' ');
        push_hundredths(text, point.y * UNITS);
    }
    if closed && !points.is_empty() {
        text.push('Z');
    }
}

/// Appends `value` with two decimals, as `{:.2}` would but written digit by digit from an
/// integer: the float formatter's exact mode took a tenth of the first frame, and the integer
/// formatter still a tenth of a filter change with 20,000 ties.
fn push_hundredths(text: &mut String, value: f64) {
    let hundredths = (value * 100.0).round() as i64;
    if hundredths < 0 {
        text.push('-');
    }
    let mut magnitude = hundredths.unsigned_abs();
    // Twenty digits hold any u64; at least three are written, for "0.05".
    let mut digits = [0u8; 20];
    let mut count = 0;
    while magnitude > 0 || count < 3 {
        digits[count] = b'0' + (magnitude % 10) as u8;
        magnitude /= 10;
        count += 1;
    }
    for (place, &digit) in digits[..count].iter().enumerate().rev() {
        text.push(char::from(digit));
        if place == 2 {
            text.push('.');
        }
    }
}

/// Every n-th point of a path, its ends kept, so that it has at most `segments` segments.
pub fn thinned(path: &[WorldPoint], segments: usize) -> Vec<WorldPoint> {
    let step = path
        .len()
        .saturating_sub(1)
        .div_ceil(segments.max(1))
        .max(1);
    let mut points: Vec<WorldPoint> = path.iter().step_by(step).copied().collect();
    if let Some(&last) = path.last()
        && points.last() != Some(&last)
    {
        points.push(last);
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(count: usize) -> Vec<WorldPoint> {
        (0..count)
            .map(|index| WorldPoint::new(index as f64 / 100.0, 0.5))
            .collect()
    }

    #[test]
    fn a_trace_moves_then_draws_lines_in_path_units_and_closes_rings() {
        let mut open = String::new();
        trace(&mut open, &points(3), false);
        assert_eq!(open, "M0.00 32768.00L655.36 32768.00L1310.72 32768.00");
        let mut ring = String::new();
        trace(&mut ring, &points(2), true);
        assert!(ring.ends_with('Z'));
        let mut nothing = String::new();
        trace(&mut nothing, &[], true);
        assert_eq!(nothing, "");
    }

    #[test]
    fn numbers_are_written_with_two_decimals_as_the_formatter_would() {
        for value in [
            0.0,
            0.004,
            0.005,
            1.0,
            12.345,
            655.36,
            32768.0,
            65535.999,
            -0.5,
            -12.3456,
            1e9 + 0.25,
        ] {
            let mut written = String::new();
            push_hundredths(&mut written, value);
            let parsed: f64 = written.parse().expect("a number");
            assert!(
                (parsed - value).abs() <= 0.005 + 1e-9,
                "{value} → {written}"
            );
            let formatted = format!("{value:.2}");
            let same = formatted.parse::<f64>().expect("a number");
            assert!(
                (parsed - same).abs() <= 0.01 + 1e-9,
                "{value}: {written} vs {formatted}"
            );
        }
        let mut small_negative = String::new();
        push_hundredths(&mut small_negative, -0.001);
        assert_eq!(small_negative, "0.00");
    }

    #[test]
    fn thinning_keeps_both_ends_and_at_most_the_segments_asked_for() {
        for (count, segments) in [(65, 16), (100, 16), (17, 16), (5, 16), (2, 1), (40, 0)] {
            let path = points(count);
            let thin = thinned(&path, segments);
            assert_eq!(thin.first(), path.first(), "{count} → {segments}");
            assert_eq!(thin.last(), path.last(), "{count} → {segments}");
            assert!(
                thin.len() - 1 <= segments.max(1) + 1,
                "{count} → {segments}: {}",
                thin.len()
            );
        }
        assert_eq!(thinned(&points(5), 16), points(5), "short paths stay whole");
    }
}
