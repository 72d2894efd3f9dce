//! The map's colours: a quiet basemap so that arcs and places stand out, with contrast
//! checked against it (WCAG 2.1: 3:1 for graphics, 4.5:1 for text).

use atlas_model::TieKind;

pub const SEA: &str = "#dce8f0";
pub const LAND: &str = "#f8f6f1";
pub const BORDER: &str = "#c3bdb0";
pub const VISIT: &str = "#a3135a";
pub const MARKER: &str = "#1f2937";
pub const LABEL: &str = "#111827";
/// The second line of a group's label: what it holds.
pub const LABEL_SOFT: &str = "#374151";
pub const HALO: &str = "rgba(255,255,255,0.92)";
pub const SELECTION: &str = "#d97706";

/// The basemap's two colours, which a host page may choose to match its own.
#[derive(Debug, Clone, PartialEq)]
pub struct MapColours {
    pub sea: String,
    pub land: String,
}

impl Default for MapColours {
    fn default() -> Self {
        MapColours {
            sea: SEA.to_string(),
            land: LAND.to_string(),
        }
    }
}

impl MapColours {
    /// The atlas's own colours, with the theme's where it has them.
    pub fn with_theme(theme: &crate::page_options::Theme) -> Self {
        let own = MapColours::default();
        MapColours {
            sea: theme.sea.clone().unwrap_or(own.sea),
            land: theme.land.clone().unwrap_or(own.land),
        }
    }
}

pub fn tie_colour(kind: TieKind) -> &'static str {
    match kind {
        TieKind::TwinTown => "#c2410c",
        TieKind::Friendship => "#1d4ed8",
        TieKind::Contact => "#4b5563",
        TieKind::ProjectPartnership => "#7c3aed",
        TieKind::Cooperation => "#047857",
        TieKind::LetterOfIntent => "#a16207",
    }
}

/// The WCAG contrast ratio of two `#rrggbb` colours, from 1 (none) to 21.
pub fn contrast_ratio(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (relative_luminance(a)?, relative_luminance(b)?);
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    Some((light + 0.05) / (dark + 0.05))
}

fn relative_luminance(hex: &str) -> Option<f64> {
    let hex = hex.strip_prefix('#').filter(|hex| hex.len() == 6)?;
    let channel = |index: usize| -> Option<f64> {
        let value = f64::from(u8::from_str_radix(hex.get(index..index + 2)?, 16).ok()?) / 255.0;
        Some(if value <= 0.04045 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast_ratio("#000000", "#ffffff").unwrap() - 21.0).abs() < 1e-9);
        assert!((contrast_ratio("#777777", "#777777").unwrap() - 1.0).abs() < 1e-9);
        assert_eq!(contrast_ratio("white", "#000000"), None);
    }

    #[test]
    fn every_arc_colour_stands_out_on_land_and_sea() {
        let colours = TieKind::ALL.map(tie_colour);
        for colour in colours.iter().chain([&VISIT, &MARKER, &SELECTION]) {
            for ground in [LAND, SEA] {
                let ratio = contrast_ratio(colour, ground).unwrap();
                // The selection is a halo around an arc that itself meets 3:1.
                let needed = if *colour == SELECTION { 2.0 } else { 3.0 };
                assert!(ratio >= needed, "{colour} on {ground}: {ratio:.2}");
            }
        }
    }

    #[test]
    fn labels_are_readable_on_their_halo_and_the_land() {
        for ground in ["#ffffff", LAND, SEA] {
            assert!(contrast_ratio(LABEL, ground).unwrap() >= 4.5);
            assert!(contrast_ratio(LABEL_SOFT, ground).unwrap() >= 4.5);
        }
    }

    #[test]
    fn kinds_are_told_apart_by_colour() {
        let colours = TieKind::ALL.map(tie_colour);
        for (index, colour) in colours.iter().enumerate() {
            assert!(
                !colours[index + 1..].contains(colour),
                "{colour} is used twice"
            );
        }
    }
}
