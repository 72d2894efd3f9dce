//! A whole picture to take away: a title over the map, and under it a legend, the date, the
//! credits and a QR code that opens the same view online.

use super::map_drawing::MapDrawing;
use super::svg_writer::{SvgWriter, number};
use crate::map::view::{View, Viewport};
use crate::qr::qr_picture;

/// A picture's map is at least this wide, in CSS pixels: the view shown on a phone becomes a
/// picture with room for its names.
pub const PICTURE_WIDTH: f64 = 1200.0;
const MARGIN: f64 = 24.0;
const HEADER: f64 = 76.0;
const LEGEND_ROW: f64 = 22.0;
const LEGEND_COLUMN: f64 = 300.0;
/// The QR code's side, in CSS pixels: large enough for a phone at arm's length on paper.
const QR_SIDE: f64 = 112.0;
/// Room beside the QR code for its caption.
const CAPTION: f64 = 180.0;

/// One line of the legend: a stroke in the colour of a kind, and what it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendLine {
    pub colour: &'static str,
    pub dashed: bool,
    pub text: String,
}

/// The words around the map, in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub title: String,
    pub subtitle: String,
    pub legend: Vec<LegendLine>,
    /// The date and the credits, under the legend.
    pub footnote: String,
    /// The view's address, which the QR code holds.
    pub link: String,
    /// What the QR code opens, beside it.
    pub link_caption: String,
}

/// A picture made: its SVG and its size in CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    pub svg: String,
    pub width: f64,
    pub height: f64,
}

/// The view and size of a picture's map that show what `view` shows on `viewport`, at least
/// [`PICTURE_WIDTH`] wide, and at most square: a phone's tall view gives the band around its
/// middle, not a picture mostly of sea.
pub fn picture_view(view: View, viewport: Viewport) -> (View, Viewport) {
    let scale = (PICTURE_WIDTH / viewport.width.max(1.0)).max(1.0);
    let zoom = view.zoom + scale.log2();
    let width = (viewport.width * scale).round();
    (
        View { zoom, ..view },
        Viewport {
            width,
            height: (viewport.height * scale).round().min(width),
        },
    )
}

/// The picture of `map` with `sheet`'s words around it.
pub fn picture(map: &MapDrawing, sheet: &Sheet) -> Picture {
    let width = map.size.width;
    let columns =
        (((width - 3.0 * MARGIN - QR_SIDE - CAPTION) / LEGEND_COLUMN).floor() as usize).max(1);
    let rows = sheet.legend.len().div_ceil(columns);
    let footer_top = HEADER + map.size.height;
    let legend_height = rows as f64 * LEGEND_ROW;
    let footer = (legend_height + 30.0).max(QR_SIDE + 16.0) + MARGIN + 8.0;
    let height = footer_top + footer;
    let mut svg = SvgWriter::new(width, height);
    let mut paper = vec![
        ("x", "0".to_string()),
        ("y", "0".to_string()),
        ("width", number(width)),
        ("height", number(height)),
    ];
    paper.push(("fill", "#ffffff".into()));
    svg.leaf("rect", &paper);
    svg.text(
        "text",
        &[
            ("x", number(MARGIN)),
            ("y", "38".into()),
            ("font-size", "26".into()),
            ("font-weight", "700".into()),
            ("fill", "#111827".into()),
        ],
        &sheet.title,
    );
    svg.text(
        "text",
        &[
            ("x", number(MARGIN)),
            ("y", "62".into()),
            ("font-size", "15".into()),
            ("fill", "#374151".into()),
        ],
        &sheet.subtitle,
    );
    map.draw(&mut svg, HEADER);
    draw_legend(&mut svg, &sheet.legend, columns, footer_top + MARGIN);
    svg.text(
        "text",
        &[
            ("x", number(MARGIN)),
            ("y", number(footer_top + MARGIN + legend_height + 18.0)),
            ("font-size", "12".into()),
            ("fill", "#4b5563".into()),
        ],
        &sheet.footnote,
    );
    draw_qr(&mut svg, sheet, width, footer_top + MARGIN - 6.0);
    Picture {
        svg: svg.finish(),
        width,
        height,
    }
}

fn draw_legend(svg: &mut SvgWriter, legend: &[LegendLine], columns: usize, top: f64) {
    for (index, line) in legend.iter().enumerate() {
        let x = MARGIN + (index % columns) as f64 * LEGEND_COLUMN;
        let y = top + (index / columns) as f64 * LEGEND_ROW + 10.0;
        let mut stroke = vec![
            ("d", format!("M{} {}h28", number(x), number(y))),
            ("stroke", line.colour.to_string()),
            ("stroke-width", "3".into()),
            ("stroke-linecap", "round".into()),
        ];
        if line.dashed {
            stroke.push(("stroke-dasharray", "7 4".into()));
        }
        svg.leaf("path", &stroke);
        svg.text(
            "text",
            &[
                ("x", number(x + 38.0)),
                ("y", number(y + 4.5)),
                ("font-size", "13".into()),
                ("fill", "#1f2937".into()),
            ],
            &line.text,
        );
    }
}

/// The QR code at the right of the footer, its caption to its left.
fn draw_qr(svg: &mut SvgWriter, sheet: &Sheet, width: f64, top: f64) {
    let Some(code) = qr_picture(&sheet.link) else {
        return;
    };
    let left = width - MARGIN - QR_SIDE;
    let per_module = QR_SIDE / code.size as f64;
    svg.open(
        "g",
        &[(
            "transform",
            format!(
                "translate({} {}) scale({per_module})",
                number(left),
                number(top)
            ),
        )],
    );
    svg.leaf(
        "rect",
        &[
            ("width", code.size.to_string()),
            ("height", code.size.to_string()),
            ("fill", "#ffffff".into()),
        ],
    );
    svg.leaf("path", &[("d", code.path), ("fill", "#111111".into())]);
    svg.close("g");
    svg.text(
        "text",
        &[
            ("x", number(left - 10.0)),
            ("text-anchor", "end".into()),
            ("y", number(top + QR_SIDE - 8.0)),
            ("font-size", "12".into()),
            ("fill", "#4b5563".into()),
        ],
        &sheet.link_caption,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::scene::{Feature, Scene};
    use crate::palette::MapColours;
    use crate::test_atlas::wider_atlas;
    use atlas_model::PlaceId;

    fn sheet(title: &str) -> Sheet {
        Sheet {
            title: title.into(),
            subtitle: "Partner von Osnabrück".into(),
            legend: vec![LegendLine {
                colour: "#1d4ed8",
                dashed: false,
                text: "Städtefreundschaft · 2".into(),
            }],
            footnote: "Stand: 7. Dezember 2026 · Natural Earth · GeoNames".into(),
            link: "https://atlas.example/?open=place%3Aosnabrueck".into(),
            link_caption: "Diese Ansicht online".into(),
        }
    }

    fn drawn(selected: Option<&Feature>, title: &str) -> Picture {
        let atlas = wider_atlas();
        let scene = Scene::build(&atlas);
        let viewport = Viewport {
            width: 640.0,
            height: 400.0,
        };
        let (view, size) = picture_view(View::opening(scene.bounds(), viewport), viewport);
        let colours = MapColours::default();
        let name = |id: &PlaceId| {
            atlas
                .place(id)
                .map_or(id.to_string(), |place| place.names.de.clone())
        };
        let map = MapDrawing {
            scene: &scene,
            flows: None,
            countries: &[],
            view,
            size,
            colours: &colours,
            selected,
            name: &name,
        };
        picture(&map, &sheet(title))
    }

    #[test]
    fn a_picture_is_wide_enough_parses_and_names_its_places_title_and_link() {
        let picture = drawn(None, "Partner Atlas");
        assert_eq!(picture.width, PICTURE_WIDTH);
        assert!(picture.height > 750.0 + HEADER, "{}", picture.height);
        let document = roxmltree::Document::parse(&picture.svg).expect("the picture is XML");
        let texts: Vec<&str> = document
            .descendants()
            .filter(|node| node.has_tag_name("text"))
            .filter_map(|node| node.text())
            .collect();
        for expected in [
            "Partner Atlas",
            "3",
            "Hefei",
            "Tokio",
            "Diese Ansicht online",
        ] {
            assert!(texts.contains(&expected), "{expected} in {texts:?}");
        }
        let arcs = document
            .descendants()
            .filter(|node| {
                node.attribute("stroke")
                    == Some(crate::palette::tie_colour(atlas_model::TieKind::Friendship))
            })
            .count();
        assert!(arcs >= 1, "the friendships are stroked in their colour");
    }

    #[test]
    fn a_chosen_place_steps_the_rest_back_and_is_named_alone() {
        let chosen = Feature::Place(PlaceId::new("hefei"));
        let picture = drawn(Some(&chosen), "x");
        let document = roxmltree::Document::parse(&picture.svg).expect("the picture is XML");
        let dimmed = document
            .descendants()
            .any(|node| node.has_tag_name("g") && node.attribute("opacity") == Some("0.18"));
        assert!(dimmed, "the arcs not chosen step back");
        let names: Vec<&str> = document
            .descendants()
            .filter(|node| {
                node.attribute("font-size") == Some("12")
                    && node.attribute("font-weight") == Some("600")
            })
            .filter_map(|node| node.text())
            .collect();
        assert!(names.contains(&"Hefei"), "{names:?}");
        assert!(
            !names.contains(&"Hannover"),
            "only the chosen network is named: {names:?}"
        );
    }

    #[test]
    fn a_phones_view_becomes_a_wide_enough_picture_no_taller_than_wide() {
        let phone = Viewport {
            width: 390.0,
            height: 844.0,
        };
        let view = View::opening(None, phone);
        let (shown, size) = picture_view(view, phone);
        assert_eq!(size.width, PICTURE_WIDTH);
        assert_eq!(size.height, PICTURE_WIDTH);
        assert_eq!(shown.center, view.center);
        assert!((shown.zoom - view.zoom - (PICTURE_WIDTH / 390.0).log2()).abs() < 1e-9);
        let wide = Viewport {
            width: 1600.0,
            height: 900.0,
        };
        assert_eq!(
            picture_view(view, wide).1,
            wide,
            "a wide view keeps its size"
        );
    }

    #[test]
    fn markup_in_a_title_stays_text() {
        let picture = drawn(None, "<script>alert(1)</script>");
        let document = roxmltree::Document::parse(&picture.svg).expect("the picture is XML");
        assert!(
            !document
                .descendants()
                .any(|node| node.has_tag_name("script"))
        );
        assert!(picture.svg.contains("&lt;script&gt;"));
    }
}
