//! What one paint drew, as a person sees it — labels, markers and a visit's stops — for the
//! page's scripts and the tests; and how a frame names places.

use atlas_model::{Lang, PlaceId, TieKind};

/// How a frame names places, and the divisions (Länder, provinces) groups of them lie in, in
/// a language.
pub struct Names {
    pub place: Box<PlaceNamer>,
    /// A division by the name places give as theirs.
    pub division: Box<DivisionNamer>,
}

/// A place's name in a language.
pub type PlaceNamer = dyn Fn(&PlaceId, Lang) -> String;

/// A division's name in a language, from the name places give as theirs.
pub type DivisionNamer = dyn Fn(&str, Lang) -> String;

/// What one paint drew, as a person sees it: for the page's scripts and the tests.
#[derive(Debug, Clone, Default)]
pub struct Drawn {
    pub labels: Vec<DrawnLabel>,
    pub markers: Vec<DrawnMarker>,
    pub stops: Vec<DrawnStop>,
    /// The flows of ties added up, where the view shows them.
    pub flows: Vec<DrawnFlow>,
}

/// A label on the map, in CSS pixels from the canvas's corner.
#[derive(Debug, Clone)]
pub struct DrawnLabel {
    pub text: String,
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
    /// The index of its marker in [`Drawn::markers`].
    pub marker: usize,
    /// The places it names: none for a group's count, two for chosen places on one spot.
    pub places: Vec<PlaceId>,
}

/// A marker's disc, and what it holds.
#[derive(Debug, Clone)]
pub struct DrawnMarker {
    pub x: f64,
    pub y: f64,
    pub radius: f64,
    pub places: usize,
    pub ties: usize,
}

/// A chosen visit's stop number beside its marker.
#[derive(Debug, Clone)]
pub struct DrawnStop {
    pub place: PlaceId,
    pub number: usize,
    pub x: f64,
    pub y: f64,
}

/// A flow of ties added up, drawn as one stroke.
#[derive(Debug, Clone)]
pub struct DrawnFlow {
    /// Its ends' keys: `land:Niedersachsen`, `country:CN`, `province:CN:Anhui`, `place:hefei`.
    pub from: String,
    pub to: String,
    pub ties: usize,
    /// Its stroke's width in CSS pixels, and the kind whose colour it has.
    pub width: f64,
    pub kind: Option<TieKind>,
    /// The middle of its stroke.
    pub x: f64,
    pub y: f64,
}
