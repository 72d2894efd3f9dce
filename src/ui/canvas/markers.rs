//! Markers: a place's dot (ringed where it is chosen), a group's disc with its count of
//! places, and the numbers of a chosen visit's stops.

use super::drawn::{DrawnMarker, DrawnStop};
use super::frame::Frame;
use crate::map::clusters::{Cluster, Holding};
use crate::map::label_placement::place_badges;
use crate::map::marker_size::{group_radius, marker_radius};
use crate::map::projection::ScreenPoint;
use crate::map::scene::{Feature, Marker};
use crate::palette;
use atlas_model::PlaceKind;
use std::f64::consts::TAU;

/// How far a stop's number sits from its marker's centre.
const STOP_OFFSET: f64 = 13.0;
/// The radius of a stop number's disc, which labels keep clear of.
pub const STOP_RADIUS: f64 = 8.0;

impl Frame<'_> {
    pub(super) fn paint_cluster(&self, cluster: &Cluster, holding: &Holding) -> DrawnMarker {
        let radius = if cluster.is_group() {
            self.paint_group(cluster.at, holding.places)
        } else {
            self.paint_marker(&self.input.scene.markers[cluster.members[0]], cluster.at)
        };
        DrawnMarker {
            x: cluster.at.x,
            y: cluster.at.y,
            radius,
            places: holding.places,
            ties: holding.ties,
        }
    }

    /// A group of crowded places: a disc with their count. Gives its radius.
    fn paint_group(&self, at: ScreenPoint, places: usize) -> f64 {
        let context = self.context;
        let radius = group_radius(places);
        context.begin_path();
        context.arc(at.x, at.y, radius, 0.0, TAU).ok();
        context.set_fill_style_str(palette::MARKER);
        context.fill();
        context.set_stroke_style_str("#ffffff");
        context.set_line_width(2.0);
        context.stroke();
        context.set_fill_style_str("#ffffff");
        context.set_font("700 11px system-ui, -apple-system, 'Segoe UI', sans-serif");
        context.set_text_align("center");
        context.set_text_baseline("middle");
        context
            .fill_text(&places.to_string(), at.x, at.y + 0.5)
            .ok();
        context.set_text_align("start");
        radius
    }

    /// One place; ringed in the selection's colour where it belongs to what is chosen. Gives
    /// the radius it covers.
    fn paint_marker(&self, marker: &Marker, at: ScreenPoint) -> f64 {
        let context = self.context;
        let selected =
            matches!(&self.input.selected, Some(Feature::Place(place)) if place == &marker.place);
        let marked = self.chosen.marks(&marker.place);
        let radius = marker_radius(marker)
            + if marked { 2.0 } else { 0.0 }
            + if selected { 1.5 } else { 0.0 };
        context.begin_path();
        context.arc(at.x, at.y, radius, 0.0, TAU).ok();
        let outline = if marked {
            palette::SELECTION
        } else {
            palette::MARKER
        };
        match marker.kind {
            PlaceKind::City => {
                context.set_fill_style_str(if selected {
                    palette::SELECTION
                } else {
                    palette::MARKER
                });
                context.fill();
                context.set_stroke_style_str(if marked && !selected {
                    palette::SELECTION
                } else {
                    "#ffffff"
                });
                context.set_line_width(if marked { 2.5 } else { 1.2 });
                context.stroke();
            }
            PlaceKind::Country => {
                context.set_fill_style_str("rgba(255,255,255,0.35)");
                context.fill();
                context.set_stroke_style_str(outline);
                context.set_line_width(2.0);
                let dashes = js_sys::Array::of2(&4.0.into(), &3.0.into());
                context.set_line_dash(&dashes).ok();
                context.stroke();
                context.set_line_dash(&js_sys::Array::new()).ok();
            }
            _ => {
                context.set_fill_style_str("rgba(255,255,255,0.75)");
                context.fill();
                context.set_stroke_style_str(outline);
                context.set_line_width(2.0);
                context.stroke();
            }
        }
        radius + 1.5
    }

    /// The chosen visit's stops numbered in order, each beside its marker.
    pub(super) fn paint_stop_numbers(&self) -> Vec<DrawnStop> {
        let context = self.context;
        let scene = &*self.input.scene;
        context.set_font("700 10px system-ui, -apple-system, 'Segoe UI', sans-serif");
        context.set_text_align("center");
        context.set_text_baseline("middle");
        let stops: Vec<_> = self
            .lit
            .stops
            .iter()
            .filter_map(|(place, number)| Some((place, number, scene.marker(place)?)))
            .collect();
        let markers: Vec<ScreenPoint> = stops
            .iter()
            .map(|(_, _, marker)| self.projector.to_screen_near(marker.at))
            .collect();
        let badges = place_badges(&markers, STOP_RADIUS, STOP_OFFSET);
        let mut drawn = Vec::new();
        for ((place, number, _), badge) in stops.into_iter().zip(badges) {
            let (x, y) = (badge.x, badge.y);
            context.begin_path();
            context.arc(x, y, STOP_RADIUS, 0.0, TAU).ok();
            context.set_fill_style_str(palette::VISIT);
            context.fill();
            context.set_stroke_style_str("#ffffff");
            context.set_line_width(1.5);
            context.stroke();
            context.set_fill_style_str("#ffffff");
            context.fill_text(&number.to_string(), x, y + 0.5).ok();
            drawn.push(DrawnStop {
                place: place.clone(),
                number: *number,
                x,
                y,
            });
        }
        context.set_text_align("start");
        drawn
    }
}
