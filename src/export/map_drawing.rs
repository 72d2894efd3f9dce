//! The map of a picture as SVG: the same land, arcs, markers and labels the canvas shows for a
//! view, in the same looks, drawn once at full quality (no pointer, nothing under a panel).

use super::svg_writer::{Attribute, SvgWriter, number};
use crate::map::arc_look::ArcLook;
use crate::map::basemap::CountryShape;
use crate::map::clusters::{Cluster, Holding, clusters_for, holdings};
use crate::map::emphasis::Emphasis;
use crate::map::flows::Flow;
use crate::map::framing::ScreenRect;
use crate::map::hit::arc_turns;
use crate::map::label_placement::{Disc, LabelWish, place_labels};
use crate::map::marker_size::{group_radius, marker_radius};
use crate::map::projection::{Projector, ScreenPoint, WorldPoint};
use crate::map::scene::{ArcShape, ArcStyle, Feature, Marker, Scene};
use crate::map::view::{View, Viewport, world_copies};
use crate::palette::{self, MapColours};
use atlas_model::{PlaceId, PlaceKind};
use std::fmt::Write;

/// How much of its strength a feature outside what is chosen keeps (as on the canvas).
const DIMMED: f64 = 0.18;
/// Points of a path closer than this on the picture, in pixels, are written as one.
const FINEST: f64 = 0.6;
/// The size of a place's name.
const NAME_SIZE: f64 = 12.0;

/// What a picture's map shows.
pub struct MapDrawing<'a> {
    /// The shapes that pass the reader's filters.
    pub scene: &'a Scene,
    /// The scene's ties added up for the view's zoom, as the map shows them; `None` for pairs.
    pub flows: Option<&'a [Flow]>,
    pub countries: &'a [CountryShape],
    pub view: View,
    pub size: Viewport,
    pub colours: &'a MapColours,
    /// The feature the reader opened: brought forward, the rest stepped back.
    pub selected: Option<&'a Feature>,
    /// A place's name in the reader's language.
    pub name: &'a dyn Fn(&PlaceId) -> String,
}

impl MapDrawing<'_> {
    /// Draws the map into `svg`, its top left corner `top` pixels down.
    pub fn draw(&self, svg: &mut SvgWriter, top: f64) {
        let Viewport { width, height } = self.size;
        let projector = self.view.projector(self.size);
        let emphasis = Emphasis::of(self.scene, self.selected, None);
        svg.open("defs", &[]);
        svg.open("clipPath", &[("id", "map-area".into())]);
        svg.leaf("rect", &rect(0.0, 0.0, width, height));
        svg.close("clipPath");
        svg.close("defs");
        svg.open(
            "g",
            &[
                ("transform", format!("translate(0 {})", number(top))),
                ("clip-path", "url(#map-area)".into()),
            ],
        );
        let mut sea = rect(0.0, 0.0, width, height);
        sea.push(("fill", self.colours.sea.clone()));
        svg.leaf("rect", &sea);
        self.draw_land(svg, &projector);
        self.draw_arcs(svg, &projector, &emphasis);
        let clusters = clusters_for(self.scene, &projector, &emphasis);
        let holdings = holdings(&clusters, self.scene);
        let discs = self.draw_markers(svg, &clusters, &holdings, &emphasis);
        self.draw_labels(svg, &clusters, &discs, &emphasis);
        svg.close("g");
    }

    fn draw_land(&self, svg: &mut SvgWriter, projector: &Projector) {
        let mut data = String::new();
        for copy in world_copies(projector, self.size) {
            for ring in self.countries.iter().flatten() {
                trace(&mut data, ring, projector, copy, self.size, true);
            }
        }
        svg.leaf(
            "path",
            &[
                ("d", data),
                ("fill", self.colours.land.clone()),
                ("fill-rule", "evenodd".into()),
                ("stroke", palette::BORDER.into()),
                ("stroke-width", "0.7".into()),
            ],
        );
    }

    /// Every arc as the map shows it, one path per look; what is chosen drawn again on top.
    fn draw_arcs(&self, svg: &mut SvgWriter, projector: &Projector, emphasis: &Emphasis) {
        let mut looks: Vec<(ArcLook, String)> = Vec::new();
        for (look, path) in self.arcs_shown() {
            let index = match looks.iter().position(|(known, _)| *known == look) {
                Some(index) => index,
                None => {
                    looks.push((look, String::new()));
                    looks.len() - 1
                }
            };
            for copy in world_copies(projector, self.size) {
                trace(&mut looks[index].1, path, projector, copy, self.size, false);
            }
        }
        let stepped_back = emphasis.steps_back();
        let strength = if stepped_back { DIMMED } else { 1.0 };
        svg.open("g", &[("opacity", strength.to_string())]);
        for (look, data) in looks {
            stroke(svg, data, &look, 0.0, look.alpha);
        }
        for arc in &self.scene.visits {
            arrowhead(svg, arc, projector, palette::VISIT);
        }
        svg.close("g");
        for &index in &emphasis.arcs {
            let arc = self.scene.arc(index);
            let look = ArcLook::of(arc.style);
            let turns = arc_turns(arc, projector);
            let mut data = String::new();
            trace(&mut data, &arc.path, projector, turns, self.size, false);
            stroke(svg, data, &look, 0.6, look.alpha.max(0.85));
            if arc.style == ArcStyle::Visit {
                arrowhead(svg, arc, projector, look.colour);
            }
        }
    }

    /// The arcs in the order the canvas strokes them: flows thin to broad, then pairs, then
    /// visits; or the scene's ties and visits where no flows are shown.
    fn arcs_shown(&self) -> Vec<(ArcLook, &[WorldPoint])> {
        let scene = self.scene;
        let Some(flows) = self.flows else {
            return scene
                .arcs()
                .map(|arc| (ArcLook::of(arc.style), &arc.path[..]))
                .collect();
        };
        let mut added_up: Vec<&Flow> = flows.iter().filter(|flow| !flow.is_pairs()).collect();
        added_up.sort_by_key(|flow| flow.count());
        let mut arcs: Vec<(ArcLook, &[WorldPoint])> = added_up
            .into_iter()
            .map(|flow| (ArcLook::flow(flow), &flow.path[..]))
            .collect();
        for flow in flows.iter().filter(|flow| flow.is_pairs()) {
            for arc in flow.ties.iter().filter_map(|&index| scene.ties.get(index)) {
                arcs.push((ArcLook::of(arc.style), &arc.path));
            }
        }
        for arc in &scene.visits {
            arcs.push((ArcLook::of(arc.style), &arc.path));
        }
        arcs
    }

    /// Markers as the canvas draws them; gives the discs labels keep clear of.
    fn draw_markers(
        &self,
        svg: &mut SvgWriter,
        clusters: &[Cluster],
        holdings: &[Holding],
        emphasis: &Emphasis,
    ) -> Vec<Disc> {
        let mut discs = Vec::new();
        for (cluster, holding) in clusters.iter().zip(holdings) {
            let lit = !emphasis.steps_back() || self.holds_marked(cluster, emphasis);
            svg.open("g", &[("opacity", if lit { "1" } else { "0.38" }.into())]);
            let radius = if cluster.is_group() {
                group(svg, cluster.at, holding.places)
            } else {
                let marker = &self.scene.markers[cluster.members[0]];
                self.marker(svg, marker, cluster.at, emphasis)
            };
            svg.close("g");
            discs.push(Disc {
                at: cluster.at,
                radius,
                steps_back: !lit,
            });
        }
        discs
    }

    fn holds_marked(&self, cluster: &Cluster, emphasis: &Emphasis) -> bool {
        cluster
            .members
            .iter()
            .any(|&index| emphasis.marks(&self.scene.markers[index].place))
    }

    /// One place, ringed where it belongs to what is chosen. Gives the radius it covers.
    fn marker(
        &self,
        svg: &mut SvgWriter,
        marker: &Marker,
        at: ScreenPoint,
        emphasis: &Emphasis,
    ) -> f64 {
        let selected =
            matches!(self.selected, Some(Feature::Place(place)) if place == &marker.place);
        let marked = emphasis.marks(&marker.place);
        let radius = marker_radius(marker)
            + if marked { 2.0 } else { 0.0 }
            + if selected { 1.5 } else { 0.0 };
        let outline = if marked {
            palette::SELECTION
        } else {
            palette::MARKER
        };
        let mut circle = circle(at, radius);
        match marker.kind {
            PlaceKind::City => {
                let fill = if selected {
                    palette::SELECTION
                } else {
                    palette::MARKER
                };
                let ring = if marked && !selected {
                    palette::SELECTION
                } else {
                    "#ffffff"
                };
                circle.extend([
                    ("fill", fill.into()),
                    ("stroke", ring.into()),
                    ("stroke-width", if marked { "2.5" } else { "1.2" }.into()),
                ]);
            }
            PlaceKind::Country => circle.extend([
                ("fill", "rgba(255,255,255,0.35)".into()),
                ("stroke", outline.into()),
                ("stroke-width", "2".into()),
                ("stroke-dasharray", "4 3".into()),
            ]),
            _ => circle.extend([
                ("fill", "rgba(255,255,255,0.75)".into()),
                ("stroke", outline.into()),
                ("stroke-width", "2".into()),
            ]),
        }
        svg.leaf("circle", &circle);
        radius + 1.5
    }

    /// Names beside single places, the chosen first, then by importance, never over a marker
    /// or another name; while something is chosen, only its places are named.
    fn draw_labels(
        &self,
        svg: &mut SvgWriter,
        clusters: &[Cluster],
        discs: &[Disc],
        emphasis: &Emphasis,
    ) {
        let mut named: Vec<(usize, String, bool)> = clusters
            .iter()
            .enumerate()
            .filter(|(_, cluster)| !cluster.is_group())
            .map(|(index, cluster)| {
                let place = &self.scene.markers[cluster.members[0]].place;
                (index, (self.name)(place), emphasis.marks(place))
            })
            .filter(|(_, _, chosen)| *chosen || !emphasis.steps_back())
            .collect();
        named.sort_by_key(|(_, _, chosen)| !chosen);
        let wishes: Vec<LabelWish> = named
            .iter()
            .map(|(index, name, chosen)| LabelWish {
                at: clusters[*index].at,
                clearance: discs[*index].radius + 3.0,
                width: text_width(name, NAME_SIZE) + 2.0,
                height: NAME_SIZE + 5.0,
                chosen: *chosen,
            })
            .collect();
        let area = ScreenRect {
            left: 2.0,
            top: 2.0,
            right: self.size.width - 2.0,
            bottom: self.size.height - 2.0,
        };
        let spots = place_labels(&wishes, discs, &[], area);
        for ((_, name, _), spot) in named.iter().zip(spots) {
            let Some(spot) = spot else { continue };
            svg.text(
                "text",
                &[
                    ("x", number(spot.left + 1.0)),
                    ("y", number(spot.bottom - 4.5)),
                    ("font-size", number(NAME_SIZE)),
                    ("font-weight", "600".into()),
                    ("fill", palette::LABEL.into()),
                    ("stroke", palette::HALO.into()),
                    ("stroke-width", "3".into()),
                    ("stroke-linejoin", "round".into()),
                    ("paint-order", "stroke".into()),
                ],
                name,
            );
        }
    }
}

/// A group of crowded places: a disc with their count. Gives its radius.
fn group(svg: &mut SvgWriter, at: ScreenPoint, places: usize) -> f64 {
    let radius = group_radius(places);
    let mut disc = circle(at, radius);
    disc.extend([
        ("fill", palette::MARKER.into()),
        ("stroke", "#ffffff".into()),
        ("stroke-width", "2".into()),
    ]);
    svg.leaf("circle", &disc);
    svg.text(
        "text",
        &[
            ("x", number(at.x)),
            ("y", number(at.y + 4.0)),
            ("font-size", "11".into()),
            ("font-weight", "700".into()),
            ("fill", "#ffffff".into()),
            ("text-anchor", "middle".into()),
        ],
        &places.to_string(),
    );
    radius
}

/// Strokes the arcs of `data` in `look`, `wider` pixels wider.
fn stroke(svg: &mut SvgWriter, data: String, look: &ArcLook, wider: f64, alpha: f64) {
    if data.is_empty() {
        return;
    }
    let mut attributes: Vec<Attribute> = vec![
        ("d", data),
        ("fill", "none".into()),
        ("stroke", look.colour.into()),
        ("stroke-width", format!("{}", look.width + wider)),
        ("stroke-opacity", format!("{alpha}")),
        ("stroke-linecap", "round".into()),
    ];
    if !look.dash.is_empty() {
        let dashes: Vec<String> = look.dash.iter().map(|length| number(*length)).collect();
        attributes.push(("stroke-dasharray", dashes.join(" ")));
    }
    svg.leaf("path", &attributes);
}

/// An arrowhead a little before the end of a visit leg, pointing where the visit went.
fn arrowhead(svg: &mut SvgWriter, arc: &ArcShape, projector: &Projector, colour: &str) {
    let path = &arc.path;
    let Some(last) = path.len().checked_sub(1).filter(|&last| last >= 2) else {
        return;
    };
    let turns = arc_turns(arc, projector);
    let on_screen =
        |point: WorldPoint| projector.to_screen(WorldPoint::new(point.x + turns, point.y));
    let tip_index = last - last / 8;
    let tip = on_screen(path[tip_index]);
    let tail = on_screen(path[tip_index - 1]);
    let angle = (tip.y - tail.y).atan2(tip.x - tail.x);
    let size = 9.0;
    let mut data = format!("M{} {}", number(tip.x), number(tip.y));
    for side in [2.6_f64, -2.6] {
        let _ = write!(
            data,
            "L{} {}",
            number(tip.x - size * (angle + side / 6.0).cos()),
            number(tip.y - size * (angle + side / 6.0).sin())
        );
    }
    data.push('Z');
    svg.leaf("path", &[("d", data), ("fill", colour.into())]);
}

/// Appends `path`, shifted `turns` worlds east, as picture coordinates to SVG path data;
/// nothing where it lies wholly outside the picture.
fn trace(
    data: &mut String,
    path: &[WorldPoint],
    projector: &Projector,
    turns: f64,
    size: Viewport,
    closed: bool,
) {
    let points: Vec<ScreenPoint> = path
        .iter()
        .map(|point| projector.to_screen(WorldPoint::new(point.x + turns, point.y)))
        .collect();
    let outside = |low: fn(&ScreenPoint) -> f64, limit: f64| {
        points.iter().all(|point| low(point) < 0.0) || points.iter().all(|point| low(point) > limit)
    };
    if points.len() < 2
        || outside(|point| point.x, size.width)
        || outside(|point| point.y, size.height)
    {
        return;
    }
    let mut last: Option<ScreenPoint> = None;
    for (index, point) in points.iter().enumerate() {
        let end = index + 1 == points.len();
        if let Some(before) = last
            && !end
            && before.distance_to(*point) < FINEST
        {
            continue;
        }
        let command = if last.is_none() { 'M' } else { 'L' };
        let _ = write!(data, "{command}{} {}", number(point.x), number(point.y));
        last = Some(*point);
    }
    if closed {
        data.push('Z');
    }
}

/// About how wide `text` is set at `size` pixels in a sans-serif: wide for Chinese, Korean
/// and Japanese characters, narrow for Latin ones. Labels are placed with room to spare.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|character| match character {
            '\u{1100}'..='\u{11ff}'
            | '\u{2e80}'..='\u{a4cf}'
            | '\u{ac00}'..='\u{d7af}'
            | '\u{f900}'..='\u{faff}'
            | '\u{ff00}'..='\u{ffef}' => 1.0,
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ' ' | '-' | '\'' => 0.33,
            'm' | 'w' | 'M' | 'W' => 0.85,
            character if character.is_uppercase() => 0.68,
            _ => 0.56,
        })
        .sum::<f64>()
        * size
}

fn rect(x: f64, y: f64, width: f64, height: f64) -> Vec<Attribute<'static>> {
    vec![
        ("x", number(x)),
        ("y", number(y)),
        ("width", number(width)),
        ("height", number(height)),
    ]
}

fn circle(at: ScreenPoint, radius: f64) -> Vec<Attribute<'static>> {
    vec![
        ("cx", number(at.x)),
        ("cy", number(at.y)),
        ("r", number(radius)),
    ]
}
