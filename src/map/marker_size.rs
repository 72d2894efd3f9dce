//! How large a marker is drawn: a place's dot by how many ties meet there, a group's disc by
//! how many places it holds; the same on the live map and in a picture taken away.

use crate::map::scene::Marker;
use atlas_model::PlaceKind;

/// A group's disc: larger the more places it holds.
pub fn group_radius(places: usize) -> f64 {
    9.0 + (places.min(20) as f64) * 0.35
}

/// A place's dot: larger the more ties and visits meet there.
pub fn marker_radius(marker: &Marker) -> f64 {
    match marker.kind {
        PlaceKind::Country => COUNTRY_RADIUS,
        _ => 3.0 + (marker.degree.min(10) as f64) * 0.35,
    }
}

/// The radius of a whole country standing as one end (a delegation from several of its
/// regions): a wide dashed ring, so it never reads as a town.
const COUNTRY_RADIUS: f64 = 11.0;
