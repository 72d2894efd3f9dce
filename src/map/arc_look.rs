//! How an arc of each style is stroked: colour, width, strength and dashes, in CSS pixels,
//! the same on the live map and in a picture taken away.

use crate::map::flows::{Flow, flow_width};
use crate::map::scene::ArcStyle;
use crate::palette;
use atlas_model::Confidence;

/// How an arc of one style is stroked, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ArcLook {
    pub colour: &'static str,
    pub width: f64,
    pub alpha: f64,
    pub dash: &'static [f64],
}

impl ArcLook {
    pub fn of(style: ArcStyle) -> ArcLook {
        match style {
            ArcStyle::Tie { kind, confidence } => ArcLook {
                colour: palette::tie_colour(kind),
                width: 1.0,
                alpha: if confidence == Confidence::Verified {
                    0.8
                } else {
                    0.5
                },
                dash: if confidence == Confidence::ListOnly {
                    &[2.0, 3.0]
                } else {
                    &[]
                },
            },
            ArcStyle::Visit => ArcLook {
                colour: palette::VISIT,
                width: 2.2,
                alpha: 0.95,
                dash: &[7.0, 4.0],
            },
        }
    }

    /// A flow of ties added up: as wide as its count asks, in the colour of the kind most of
    /// its ties are, and the fainter the fewer ties it holds, so that the broad flows stand out
    /// of the many single ones; solid, since it adds up ties of every kind of source.
    pub fn flow(flow: &Flow) -> ArcLook {
        let width = flow_width(flow.count());
        ArcLook {
            colour: flow.main_kind().map_or(palette::VISIT, palette::tie_colour),
            width,
            alpha: 0.4 + 0.45 * (width / 6.0).min(1.0),
            dash: &[],
        }
    }
}
