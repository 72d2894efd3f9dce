//! Placing labels beside their markers: the most important first, each on the first side of
//! its marker where it covers no marker and no label already placed, and inside the map, or
//! not at all.

use super::framing::ScreenRect;
use super::projection::ScreenPoint;

/// A marker's disc on screen, which no label may cover, but for the labels of what is chosen
/// over a marker that `steps_back` with the rest of the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Disc {
    pub at: ScreenPoint,
    pub radius: f64,
    pub steps_back: bool,
}

/// A label that would like to stand beside the marker at `at`, `clearance` pixels from its
/// centre, `width` × `height` large.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelWish {
    pub at: ScreenPoint,
    pub clearance: f64,
    pub width: f64,
    pub height: f64,
    /// The label of something chosen, which may cover markers that step back.
    pub chosen: bool,
}

impl LabelWish {
    /// Where the label may stand, best first: right of the marker, left, above, below, then
    /// the four corners; for what is chosen, the same again a little further out (past the
    /// numbers of a trip's stops, say).
    fn candidates(&self) -> impl Iterator<Item = ScreenRect> + '_ {
        let rings: &[f64] = if self.chosen { &[0.0, 14.0] } else { &[0.0] };
        rings
            .iter()
            .flat_map(move |&further| self.around(self.clearance + further))
    }

    fn around(&self, gap: f64) -> [ScreenRect; 8] {
        let (x, y) = (self.at.x, self.at.y);
        let (width, height) = (self.width, self.height);
        let corner = gap * std::f64::consts::FRAC_1_SQRT_2;
        let at = |left: f64, top: f64| ScreenRect {
            left,
            top,
            right: left + width,
            bottom: top + height,
        };
        [
            at(x + gap, y - height / 2.0),
            at(x - gap - width, y - height / 2.0),
            at(x - width / 2.0, y - gap - height),
            at(x - width / 2.0, y + gap),
            at(x + corner, y - corner - height),
            at(x - corner - width, y - corner - height),
            at(x + corner, y + corner),
            at(x - corner - width, y + corner),
        ]
    }
}

/// Where each of `wishes` (most important first) is placed, or `None` where it fits nowhere:
/// never over one of `discs`, another label or what lies over the map (`covers`: the panel,
/// the legend, buttons), nor outside `area`.
pub fn place_labels(
    wishes: &[LabelWish],
    discs: &[Disc],
    covers: &[ScreenRect],
    area: ScreenRect,
) -> Vec<Option<ScreenRect>> {
    let mut placed: Vec<ScreenRect> = Vec::new();
    wishes
        .iter()
        .map(|wish| {
            let spot = wish.candidates().find(|spot| {
                inside(spot, &area)
                    && !placed
                        .iter()
                        .chain(covers)
                        .any(|other| overlaps(spot, other))
                    && !discs
                        .iter()
                        .any(|disc| !(wish.chosen && disc.steps_back) && touches(spot, disc))
            })?;
            placed.push(spot);
            Some(spot)
        })
        .collect()
}

fn inside(spot: &ScreenRect, area: &ScreenRect) -> bool {
    spot.left >= area.left
        && spot.top >= area.top
        && spot.right <= area.right
        && spot.bottom <= area.bottom
}

fn overlaps(a: &ScreenRect, b: &ScreenRect) -> bool {
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

/// Where the numbers of a trip's stops go: each `offset` pixels from its marker, at the first
/// of eight directions (up and to the left first) where it overlaps no number placed before.
pub fn place_badges(markers: &[ScreenPoint], radius: f64, offset: f64) -> Vec<ScreenPoint> {
    let mut placed: Vec<ScreenPoint> = Vec::new();
    for at in markers {
        let around = (0..8).map(|step| {
            let angle =
                -0.75 * std::f64::consts::PI + f64::from(step) * std::f64::consts::FRAC_PI_4;
            ScreenPoint::new(at.x + offset * angle.cos(), at.y + offset * angle.sin())
        });
        let spot = around
            .clone()
            .find(|spot| {
                placed
                    .iter()
                    .all(|other| other.distance_to(*spot) >= 2.0 * radius)
            })
            .or_else(|| around.clone().next())
            .unwrap_or(*at);
        placed.push(spot);
    }
    placed
}

/// Whether the label's box touches the disc (a pixel's breathing space included).
fn touches(spot: &ScreenRect, disc: &Disc) -> bool {
    let nearest = ScreenPoint::new(
        disc.at.x.clamp(spot.left, spot.right),
        disc.at.y.clamp(spot.top, spot.bottom),
    );
    nearest.distance_to(disc.at) < disc.radius + 1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAP: ScreenRect = ScreenRect {
        left: 0.0,
        top: 0.0,
        right: 800.0,
        bottom: 600.0,
    };

    fn wish(x: f64, y: f64) -> LabelWish {
        LabelWish {
            at: ScreenPoint::new(x, y),
            clearance: 8.0,
            width: 60.0,
            height: 16.0,
            chosen: false,
        }
    }

    fn disc(x: f64, y: f64, radius: f64) -> Disc {
        Disc {
            at: ScreenPoint::new(x, y),
            radius,
            steps_back: false,
        }
    }

    #[test]
    fn a_lone_label_stands_right_of_its_marker() {
        let placed = place_labels(&[wish(100.0, 100.0)], &[disc(100.0, 100.0, 5.0)], &[], MAP);
        assert_eq!(
            placed,
            [Some(ScreenRect {
                left: 108.0,
                top: 92.0,
                right: 168.0,
                bottom: 108.0
            })]
        );
    }

    #[test]
    fn a_label_steps_around_a_neighbouring_marker() {
        // A group's disc sits where the label would go on the right.
        let discs = [disc(100.0, 100.0, 5.0), disc(130.0, 100.0, 12.0)];
        let placed = place_labels(&[wish(100.0, 100.0)], &discs, &[], MAP);
        let spot = placed[0].expect("it fits on another side");
        assert!(spot.right <= 92.0, "on the left: {spot:?}");
    }

    #[test]
    fn a_chosen_label_may_cover_what_steps_back_but_not_what_is_lit() {
        let faint = Disc {
            steps_back: true,
            ..disc(130.0, 100.0, 12.0)
        };
        let chosen = LabelWish {
            chosen: true,
            ..wish(100.0, 100.0)
        };
        let spot = place_labels(&[chosen], &[faint], &[], MAP)[0].unwrap();
        assert!(
            spot.left > 100.0,
            "right of its marker, over the faint one: {spot:?}"
        );
        let other = place_labels(&[wish(100.0, 100.0)], &[faint], &[], MAP)[0].unwrap();
        assert!(
            other.right < 100.0,
            "any other label steps around it: {other:?}"
        );
        let lit = disc(130.0, 100.0, 12.0);
        assert!(place_labels(&[chosen], &[lit], &[], MAP)[0].unwrap().right < 100.0);
    }

    #[test]
    fn the_numbers_of_stops_that_lie_together_stand_apart() {
        let together = [
            ScreenPoint::new(200.0, 200.0),
            ScreenPoint::new(201.0, 200.5),
            ScreenPoint::new(300.0, 100.0),
        ];
        let badges = place_badges(&together, 8.0, 13.0);
        assert!(badges[0].distance_to(badges[1]) >= 16.0, "{badges:?}");
        for (badge, marker) in badges.iter().zip(&together) {
            assert!((badge.distance_to(*marker) - 13.0).abs() < 1e-9);
        }
        assert!(
            badges[2].x < 300.0 && badges[2].y < 100.0,
            "up and to the left where nothing is in the way"
        );
    }

    #[test]
    fn the_less_important_of_two_crowded_labels_moves_or_goes() {
        let placed = place_labels(&[wish(100.0, 100.0), wish(104.0, 100.0)], &[], &[], MAP);
        let (first, second) = (placed[0].unwrap(), placed[1].unwrap());
        assert!(!overlaps(&first, &second));
        let crowd: Vec<LabelWish> = (0..12).map(|_| wish(100.0, 100.0)).collect();
        let placed: Vec<ScreenRect> = place_labels(&crowd, &[], &[], MAP)
            .into_iter()
            .flatten()
            .collect();
        assert!(
            placed.len() >= 4 && placed.len() < crowd.len(),
            "a few sides, not all twelve"
        );
        for (index, spot) in placed.iter().enumerate() {
            assert!(
                placed[index + 1..]
                    .iter()
                    .all(|other| !overlaps(spot, other))
            );
        }
    }

    #[test]
    fn no_label_goes_under_what_covers_the_map() {
        let legend = ScreenRect {
            left: 100.0,
            top: 80.0,
            right: 300.0,
            bottom: 120.0,
        };
        let spot = place_labels(&[wish(100.0, 100.0)], &[], &[legend], MAP)[0].unwrap();
        assert!(spot.right <= 100.0, "{spot:?}");
    }

    #[test]
    fn no_label_leaves_the_map() {
        let placed = place_labels(&[wish(795.0, 300.0)], &[], &[], MAP);
        let spot = placed[0].unwrap();
        assert!(spot.right <= 800.0);
        assert_eq!(
            place_labels(
                &[LabelWish {
                    width: 900.0,
                    ..wish(400.0, 300.0)
                }],
                &[],
                &[],
                MAP
            ),
            [None]
        );
    }
}
