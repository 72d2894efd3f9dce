//! Group markers and labels: placed by importance, the chosen place first, never overlapping.

use super::paint::{DIMMED, Frame};
use crate::map::clusters::Cluster;
use crate::map::scene::{Feature, Marker, Scene};
use crate::palette;
use atlas_model::PlaceId;

impl Frame<'_> {
    /// A group of crowded places: a disc with their count.
    pub(super) fn paint_group(&self, cluster: &Cluster) {
        let context = self.context;
        let count = cluster.members.len();
        let radius = 9.0 + (count.min(20) as f64) * 0.35;
        context.begin_path();
        context
            .arc(
                cluster.at.x,
                cluster.at.y,
                radius,
                0.0,
                std::f64::consts::TAU,
            )
            .ok();
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
            .fill_text(&count.to_string(), cluster.at.x, cluster.at.y + 0.5)
            .ok();
        context.set_text_align("start");
    }

    /// Labels by importance — the selected place first, then a lit network — and a label that
    /// would overlap one already placed is left out. A group is named after its lead place.
    pub(super) fn paint_labels(
        &self,
        scene: &Scene,
        clusters: &[Cluster],
        label: &dyn Fn(&PlaceId) -> String,
        lit: &dyn Fn(&Cluster) -> bool,
    ) -> Vec<PlaceId> {
        let context = self.context;
        context.set_font("600 12px system-ui, -apple-system, 'Segoe UI', sans-serif");
        context.set_text_baseline("middle");
        context.set_line_join("round");
        let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
        let mut labelled = Vec::new();
        let lead = |cluster: &Cluster| &scene.markers[cluster.members[0]];
        let rank = |cluster: &Cluster| match (self.is_selected(lead(cluster)), lit(cluster)) {
            (true, _) => 0,
            (false, true) => 1,
            (false, false) => 2,
        };
        let mut ordered: Vec<&Cluster> = clusters.iter().collect();
        ordered.sort_by_key(|cluster| rank(cluster));
        for cluster in ordered {
            context.set_global_alpha(if lit(cluster) { 1.0 } else { DIMMED + 0.3 });
            let at = cluster.at;
            if at.x < -50.0
                || at.y < -20.0
                || at.x > self.viewport.width + 50.0
                || at.y > self.viewport.height + 20.0
            {
                continue;
            }
            let place = &lead(cluster).place;
            let text = match cluster.members.len() {
                1 => label(place),
                count => format!("{} +{}", label(place), count - 1),
            };
            let width = self.label_width(&text);
            let gap = if cluster.is_group() { 14.0 } else { 7.0 };
            let candidates = [
                (at.x + gap, at.y - 8.0),
                (at.x - gap - 2.0 - width, at.y - 8.0),
                (at.x - width / 2.0, at.y - 12.0 - gap),
                (at.x - width / 2.0, at.y + gap),
            ];
            let Some(rect) = candidates
                .into_iter()
                .map(|(x, y)| (x, y, width + 2.0, 16.0))
                .find(|rect| {
                    self.shows_whole(*rect) && !placed.iter().any(|other| overlaps(*other, *rect))
                })
            else {
                continue;
            };
            placed.push(rect);
            labelled.push(place.clone());
            context.set_stroke_style_str(palette::HALO);
            context.set_line_width(3.5);
            context.stroke_text(&text, rect.0, rect.1 + 8.0).ok();
            context.set_fill_style_str(palette::LABEL);
            context.fill_text(&text, rect.0, rect.1 + 8.0).ok();
        }
        context.set_global_alpha(1.0);
        labelled
    }

    fn label_width(&self, text: &str) -> f64 {
        if let Some(width) = self.label_widths.borrow().get(text) {
            return *width;
        }
        let width = self
            .context
            .measure_text(text)
            .map(|m| m.width())
            .unwrap_or(60.0);
        self.label_widths
            .borrow_mut()
            .insert(text.to_owned(), width);
        width
    }

    fn shows_whole(&self, rect: (f64, f64, f64, f64)) -> bool {
        rect.0 >= 2.0
            && rect.1 >= 2.0
            && rect.0 + rect.2 <= self.viewport.width - 2.0
            && rect.1 + rect.3 <= self.viewport.height - 2.0
    }

    pub(super) fn is_selected(&self, marker: &Marker) -> bool {
        matches!(self.selected, Some(Feature::Place(place)) if place == &marker.place)
    }
}

fn overlaps(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    a.0 < b.0 + b.2 && b.0 < a.0 + a.2 && a.1 < b.1 + b.3 && b.1 < a.1 + a.3
}
