//! The map's colours: a quiet basemap so that arcs and places stand out.

use atlas_model::TieKind;

pub const SEA: &str = "#dce8f0";
pub const LAND: &str = "#f8f6f1";
pub const BORDER: &str = "#c3bdb0";
pub const VISIT: &str = "#a3135a";
pub const MARKER: &str = "#1f2937";
pub const LABEL: &str = "#111827";
pub const HALO: &str = "rgba(255,255,255,0.92)";
pub const SELECTION: &str = "#f59e0b";

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
