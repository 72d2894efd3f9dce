//! Views that change over time: a flight to a chosen place, and the glide after a fling.
//!
//! Pure functions of time (milliseconds), so the animation is tested without a browser.

use super::view::View;

/// How long a flight takes at least and at most, in milliseconds.
const SHORTEST_FLIGHT: f64 = 350.0;
const LONGEST_FLIGHT: f64 = 1100.0;
/// Speed kept per millisecond of a glide, and the speed (px/ms) at which it stops.
const GLIDE_KEEP_PER_MS: f64 = 0.994;
const GLIDE_STOP: f64 = 0.02;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Motion {
    Fly {
        from: View,
        to: View,
        started: f64,
        duration: f64,
    },
    Glide {
        /// Pixels per millisecond, the way the content moves.
        velocity: (f64, f64),
        last: f64,
    },
}

impl Motion {
    /// A flight from `from` to `to`, the short way round the world; farther flights take
    /// longer, within limits.
    pub fn fly(from: View, mut to: View, now: f64) -> Motion {
        to.center.x += (from.center.x - to.center.x).round();
        let zoom = from.zoom.max(to.zoom);
        let pixels =
            (to.center.x - from.center.x).hypot(to.center.y - from.center.y) * 256.0 * zoom.exp2();
        let steps = (to.zoom - from.zoom).abs();
        let duration = (SHORTEST_FLIGHT + pixels * 0.25 + steps * 120.0).min(LONGEST_FLIGHT);
        Motion::Fly {
            from,
            to,
            started: now,
            duration,
        }
    }

    /// The glide after a fling, or `None` when the pointer was let go too slowly to glide.
    pub fn glide(velocity: (f64, f64), now: f64) -> Option<Motion> {
        (velocity.0.hypot(velocity.1) > GLIDE_STOP * 4.0).then_some(Motion::Glide {
            velocity,
            last: now,
        })
    }

    /// Advances to `now`: the view to show, and whether the motion goes on.
    pub fn step(&mut self, view: View, now: f64) -> (View, bool) {
        match self {
            Motion::Fly {
                from,
                to,
                started,
                duration,
            } => {
                let progress = ((now - *started) / *duration).clamp(0.0, 1.0);
                (between(*from, *to, ease_in_out(progress)), progress < 1.0)
            }
            Motion::Glide { velocity, last } => {
                let elapsed = (now - *last).clamp(0.0, 100.0);
                *last = now;
                let moved = view.panned(velocity.0 * elapsed, velocity.1 * elapsed);
                let keep = GLIDE_KEEP_PER_MS.powf(elapsed);
                *velocity = (velocity.0 * keep, velocity.1 * keep);
                (moved, velocity.0.hypot(velocity.1) > GLIDE_STOP)
            }
        }
    }
}

fn ease_in_out(t: f64) -> f64 {
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

/// The view a share `t` of the way from `from` to `to`: zoom in steps, centre in world units.
fn between(from: View, to: View, t: f64) -> View {
    let mut center = from.center;
    center.x += (to.center.x - from.center.x) * t;
    center.y += (to.center.y - from.center.y) * t;
    View {
        center,
        zoom: from.zoom + (to.zoom - from.zoom) * t,
    }
    .clamped()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::projection::project_lon_lat;
    use approx::assert_relative_eq;

    fn osnabrueck() -> View {
        View {
            center: project_lon_lat(8.05, 52.27),
            zoom: 4.0,
        }
    }

    fn hefei() -> View {
        View {
            center: project_lon_lat(117.28, 31.86),
            zoom: 6.0,
        }
    }

    #[test]
    fn a_flight_starts_where_it_is_and_lands_where_it_goes() {
        let mut flight = Motion::fly(osnabrueck(), hefei(), 1000.0);
        let (start, going) = flight.step(osnabrueck(), 1000.0);
        assert!(going);
        assert_relative_eq!(start.zoom, 4.0);
        let (end, going) = flight.step(start, 1000.0 + LONGEST_FLIGHT);
        assert!(!going);
        assert_relative_eq!(end.center.x, hefei().center.x, epsilon = 1e-12);
        assert_relative_eq!(end.zoom, 6.0);
    }

    #[test]
    fn a_flight_moves_slowly_at_the_ends_and_fast_in_the_middle() {
        let mut flight = Motion::fly(osnabrueck(), hefei(), 0.0);
        let Motion::Fly { duration, .. } = flight else {
            unreachable!()
        };
        let x = |flight: &mut Motion, at: f64| flight.step(osnabrueck(), at * duration).0.center.x;
        let (a, b, c, d) = (
            x(&mut flight, 0.0),
            x(&mut flight, 0.1),
            x(&mut flight, 0.45),
            x(&mut flight, 0.55),
        );
        assert!(
            b - a < d - c,
            "the first tenth covers less than the tenth around the middle"
        );
    }

    #[test]
    fn longer_flights_take_longer_within_limits() {
        let near = View {
            center: project_lon_lat(8.5, 52.3),
            zoom: 4.0,
        };
        let duration = |motion: Motion| match motion {
            Motion::Fly { duration, .. } => duration,
            Motion::Glide { .. } => unreachable!(),
        };
        let short = duration(Motion::fly(osnabrueck(), near, 0.0));
        let long = duration(Motion::fly(osnabrueck(), hefei(), 0.0));
        assert!(short < long);
        assert!((SHORTEST_FLIGHT..=LONGEST_FLIGHT).contains(&short));
        assert!(long <= LONGEST_FLIGHT);
    }

    #[test]
    fn a_flight_over_the_antimeridian_takes_the_short_way() {
        let west = View {
            center: project_lon_lat(178.0, 20.0),
            zoom: 4.0,
        };
        let east = View {
            center: project_lon_lat(-178.0, 20.0),
            zoom: 4.0,
        };
        let mut flight = Motion::fly(west, east, 0.0);
        let (middle, _) = flight.step(west, LONGEST_FLIGHT / 2.0);
        let (lon, _) = crate::map::projection::unproject(middle.center);
        assert!(
            lon.abs() > 175.0,
            "the middle of the flight is near 180°, not over Africa: {lon}"
        );
    }

    #[test]
    fn a_glide_slows_down_and_stops() {
        let mut glide = Motion::glide((1.0, 0.0), 0.0).unwrap();
        let mut view = osnabrueck();
        let mut now = 0.0;
        let mut moved = 0.0;
        loop {
            now += 16.0;
            let before = view.center.x;
            let (next, going) = glide.step(view, now);
            moved += (before - next.center.x).abs();
            view = next;
            if !going {
                break;
            }
            assert!(now < 5000.0, "the glide stops within seconds");
        }
        assert!(moved > 0.0);
        assert!(
            Motion::glide((0.01, 0.0), 0.0).is_none(),
            "a slow release does not glide"
        );
    }
}
