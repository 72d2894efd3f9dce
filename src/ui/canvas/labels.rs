//! Labels: a place's name beside its dot, and beside a group what it holds — the Land or
//! country its places share, how many places and how many ties — never one town's name.
//! What is chosen is labelled first; no label covers a marker or another label.

use super::frame::Frame;
use super::markers::STOP_RADIUS;
use super::painter::{Drawn, DrawnLabel};
use crate::language::UiLang;
use crate::map::clusters::{Area, Cluster, Holding};
use crate::map::framing::ScreenRect;
use crate::map::label_placement::{Disc, LabelWish, place_labels};
use crate::map::projection::ScreenPoint;
use crate::palette;
use crate::tr;
use crate::ui::words::country;
use atlas_model::PlaceId;

const NAME_FONT: &str = "600 12px system-ui, -apple-system, 'Segoe UI', sans-serif";
const AREA_FONT: &str = "700 12px system-ui, -apple-system, 'Segoe UI', sans-serif";
const COUNT_FONT: &str = "400 11px system-ui, -apple-system, 'Segoe UI', sans-serif";
const LINE: f64 = 15.0;
/// Chosen places closer than this on screen, in pixels, share one label.
const TOGETHER: f64 = 6.0;
/// Widths kept at most: the texts of groups change with the zoom and the filters, and a kiosk
/// runs for days.
const KEPT_WIDTHS: usize = 4096;

/// A label's lines, each in its font.
struct Text(Vec<(&'static str, String)>);

impl Text {
    fn joined(&self) -> String {
        self.0
            .iter()
            .map(|(_, line)| line.as_str())
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

/// What a group holds, in words: "Niedersachsen" over "12 Orte · 31 Verbindungen".
fn group_text(holding: &Holding, lang: UiLang) -> Text {
    let places = tr!(lang, map.places, count = holding.places);
    let ties = match holding.ties {
        1 => tr!(lang, map.one_tie).to_string(),
        count => tr!(lang, map.ties, count = count),
    };
    let area = holding.area.as_ref().map(|area| match area {
        Area::Division(name) => name.clone(),
        Area::Country(code) => country(code, lang),
    });
    Text(match area {
        Some(area) => vec![
            (AREA_FONT, area),
            (COUNT_FONT, format!("{places} · {ties}")),
        ],
        None => vec![(AREA_FONT, places), (COUNT_FONT, ties)],
    })
}

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
            .map(|entry| LabelWish {
                at: clusters[entry.cluster].at,
                clearance: drawn.markers[entry.cluster].radius + 3.0,
                width: entry
                    .text
                    .0
                    .iter()
                    .map(|(font, line)| self.label_width(font, line))
                    .fold(0.0, f64::max)
                    + 2.0,
                height: LINE * entry.text.0.len() as f64 + 2.0,
                chosen: entry.chosen,
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
        let context = self.context;
        context.set_text_baseline("middle");
        context.set_line_join("round");
        let mut labels = Vec::new();
        for (entry, spot) in entries.into_iter().zip(spots) {
            let Some(spot) = spot else {
                continue;
            };
            for (line, (font, words)) in entry.text.0.iter().enumerate() {
                let y = spot.top + 1.0 + LINE * (line as f64 + 0.5);
                context.set_font(font);
                context.set_stroke_style_str(palette::HALO);
                context.set_line_width(3.5);
                context.stroke_text(words, spot.left + 1.0, y).ok();
                let soft = line > 0 && *font == COUNT_FONT;
                context.set_fill_style_str(if soft {
                    palette::LABEL_SOFT
                } else {
                    palette::LABEL
                });
                context.fill_text(words, spot.left + 1.0, y).ok();
            }
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
                    text: group_text(&holdings[index], lang),
                    places: Vec::new(),
                    chosen: false,
                });
                continue;
            };
            let name = (self.names)(place, lang);
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
                    text: Text(vec![(NAME_FONT, name)]),
                    places: vec![place.clone()],
                    chosen,
                }),
            }
        }
        entries
    }

    fn label_width(&self, font: &'static str, text: &str) -> f64 {
        let key = (font, text.to_owned());
        if let Some(width) = self.label_widths.borrow().get(&key) {
            return *width;
        }
        self.context.set_font(font);
        let width = self
            .context
            .measure_text(text)
            .map(|metrics| metrics.width())
            .unwrap_or(60.0);
        let mut widths = self.label_widths.borrow_mut();
        if widths.len() >= KEPT_WIDTHS {
            widths.clear();
        }
        widths.insert(key, width);
        width
    }
}
