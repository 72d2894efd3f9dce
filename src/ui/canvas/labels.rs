//! Labels: a place's name beside its dot, and beside a group what it holds — the Land or
//! country its places share, how many places and how many ties — never one town's name.
//! What is chosen is labelled first; no label covers a marker or another label.

use super::drawn::{Drawn, DrawnLabel};
use super::frame::Frame;
use super::label_text::{NAME_FONT, Text, group_text};
use super::markers::STOP_RADIUS;
use crate::map::clusters::{Cluster, Holding};
use crate::map::framing::ScreenRect;
use crate::map::label_placement::{Disc, LabelWish, place_labels};
use crate::map::projection::ScreenPoint;
use atlas_model::PlaceId;

/// Chosen places closer than this on screen, in pixels, share one label.
const TOGETHER: f64 = 6.0;

/// One label to place: for a cluster, its text, and the places it names.
struct Entry {
    cluster: usize,
    text: Text,
    places: Vec<PlaceId>,
    chosen: bool,
}

impl Frame<'_> {
    /// Places the labels, most important first — what is chosen, then what is lit, then the
    /// rest by importance — and draws those that fit. While something is chosen or lit, the
    /// rest steps back without labels; chosen places that lie on top of each other share one
    /// label, a line each (Gwangmyeong over Seoul).
    pub(super) fn paint_labels(
        &self,
        clusters: &[Cluster],
        holdings: &[Holding],
        drawn: &Drawn,
    ) -> Vec<DrawnLabel> {
        let entries = self.label_entries(clusters, holdings);
        let wishes: Vec<LabelWish> = entries
            .iter()
            .map(|entry| {
                let (width, height) = entry.text.size(self.label_widths, self.context);
                LabelWish {
                    at: clusters[entry.cluster].at,
                    clearance: drawn.markers[entry.cluster].radius + 3.0,
                    width,
                    height,
                    chosen: entry.chosen,
                }
            })
            .collect();
        let discs: Vec<Disc> = drawn
            .markers
            .iter()
            .zip(clusters)
            .map(|(marker, cluster)| Disc {
                at: ScreenPoint::new(marker.x, marker.y),
                radius: marker.radius,
                steps_back: !self.is_lit(cluster),
            })
            .chain(drawn.stops.iter().map(|stop| Disc {
                at: ScreenPoint::new(stop.x, stop.y),
                radius: STOP_RADIUS,
                steps_back: false,
            }))
            .collect();
        let viewport = self.input.viewport;
        let area = ScreenRect {
            left: 2.0,
            top: 2.0,
            right: viewport.width - 2.0,
            bottom: viewport.height - 2.0,
        };
        let spots = place_labels(&wishes, &discs, &self.input.covers, area);
        let mut labels = Vec::new();
        for (entry, spot) in entries.into_iter().zip(spots) {
            let Some(spot) = spot else {
                continue;
            };
            self.label_sprites.draw(
                self.context,
                &entry.text,
                (spot.left, spot.top),
                (spot.width(), spot.height()),
                (self.input.pixel_ratio, self.first_frame),
            );
            labels.push(DrawnLabel {
                text: entry.text.joined(),
                left: spot.left,
                top: spot.top,
                width: spot.width(),
                height: spot.height(),
                marker: entry.cluster,
                places: entry.places,
            });
        }
        labels
    }

    /// The labels wanted, most important first.
    fn label_entries(&self, clusters: &[Cluster], holdings: &[Holding]) -> Vec<Entry> {
        let scene = &*self.input.scene;
        let lang = self.input.lang;
        let viewport = self.input.viewport;
        let on_screen = |at: ScreenPoint| {
            at.x >= -50.0
                && at.y >= -20.0
                && at.x <= viewport.width + 50.0
                && at.y <= viewport.height + 20.0
        };
        let single = |cluster: &Cluster| {
            (!cluster.is_group()).then(|| &scene.markers[cluster.members[0]].place)
        };
        let rank = |cluster: &Cluster| match single(cluster) {
            Some(place) if self.chosen.marks(place) => {
                (0, self.chosen.places.iter().position(|each| each == place))
            }
            Some(place) if self.lit.marks(place) => (1, None),
            _ => (2, None),
        };
        let mut order: Vec<usize> = (0..clusters.len())
            .filter(|&index| on_screen(clusters[index].at) && self.is_lit(&clusters[index]))
            .collect();
        order.sort_by_key(|&index| rank(&clusters[index]));
        let mut entries: Vec<Entry> = Vec::new();
        for index in order {
            let at = clusters[index].at;
            let Some(place) = single(&clusters[index]) else {
                entries.push(Entry {
                    cluster: index,
                    text: group_text(&holdings[index], self.names, lang),
                    places: Vec::new(),
                    chosen: false,
                });
                continue;
            };
            let name = (self.names.place)(place, lang);
            let chosen = self.lit.marks(place);
            let together = entries.iter_mut().find(|entry| {
                chosen && entry.chosen && clusters[entry.cluster].at.distance_to(at) < TOGETHER
            });
            match together {
                Some(entry) => {
                    entry.text.0.push((NAME_FONT, name));
                    entry.places.push(place.clone());
                }
                None => entries.push(Entry {
                    cluster: index,
                    text: Text::name(name),
                    places: vec![place.clone()],
                    chosen,
                }),
            }
        }
        entries
    }
}
