//! How tall an embedded atlas asks its frame to be, for the width its host gives it: tall
//! enough that, in a narrow column, the map keeps most of the frame beside the header and the
//! panel's sheet; never so tall that it takes over the host's page.

/// Below this frame width the panel opens as a sheet from below (as `public/style.css` says).
pub const SHEET_BELOW: f64 = 640.0;
/// The heights a frame may ask for, in CSS pixels.
pub const LOWEST: f64 = 480.0;
pub const HIGHEST: f64 = 760.0;
/// The message an atlas posts to its host page: `{ type, height }`.
pub const MESSAGE_TYPE: &str = "partner-atlas:height";

/// The frame height, in whole CSS pixels, an atlas `width` pixels wide asks for. Narrow, where
/// header and sheet lie above and over the map, it is taller than wide; wide, it keeps
/// roughly the proportions of a screen.
pub fn wanted_height(width: f64) -> f64 {
    if !width.is_finite() || width <= 0.0 {
        return LOWEST;
    }
    let (proportion, lowest) = if width < SHEET_BELOW {
        (1.6, 560.0)
    } else {
        (0.62, LOWEST)
    };
    (width * proportion).clamp(lowest, HIGHEST).round()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrow_column_asks_for_a_tall_frame_and_a_wide_one_for_a_screen_s_shape() {
        assert_eq!(wanted_height(296.0), 560.0);
        assert_eq!(wanted_height(360.0), 576.0);
        assert_eq!(wanted_height(900.0), 558.0);
        assert_eq!(wanted_height(2400.0), HIGHEST);
        assert_eq!(wanted_height(640.0), LOWEST);
    }

    #[test]
    fn no_width_asks_for_the_lowest_height() {
        assert_eq!(wanted_height(0.0), LOWEST);
        assert_eq!(wanted_height(f64::NAN), LOWEST);
    }
}
