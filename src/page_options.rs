//! How the page asks the atlas to behave: embedded in a town's website, or running all day on
//! a trade-fair kiosk, and in whose colours.
//!
//! `?embed=1` · `?kiosk=1&idle=60&step=12&tour=de,en,zh` ·
//! `?accent=%230a6e4f&ink=…&paper=…&sea=…&land=…`

use atlas_model::Lang;

/// Seconds without a touch before a kiosk returns to its start and begins its tour.
pub const IDLE_SECONDS: f64 = 60.0;
/// Seconds the tour shows each story.
pub const STEP_SECONDS: f64 = 12.0;

/// The page's wishes, read once when it opens.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageOptions {
    /// Shown inside another site: a good guest that leaves the page's scrolling alone.
    pub embedded: bool,
    /// Running on a kiosk screen: touch only, a tour when idle, no way out.
    pub kiosk: Option<KioskOptions>,
    pub theme: Theme,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KioskOptions {
    /// Seconds without a touch before the kiosk resets and its tour begins.
    pub idle_seconds: f64,
    /// Seconds the tour shows each story.
    pub step_seconds: f64,
    /// The languages the tour speaks, one story each, in turn.
    pub tour_langs: Vec<Lang>,
}

impl Default for KioskOptions {
    fn default() -> Self {
        KioskOptions {
            idle_seconds: IDLE_SECONDS,
            step_seconds: STEP_SECONDS,
            tour_langs: Lang::ALL.to_vec(),
        }
    }
}

/// Colours the host chose, each a checked `#rrggbb`; `None` keeps the atlas's own.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Theme {
    /// Links, buttons and highlights.
    pub accent: Option<String>,
    /// Text.
    pub ink: Option<String>,
    /// The background of bars and panels.
    pub paper: Option<String>,
    /// The map's sea.
    pub sea: Option<String>,
    /// The map's land.
    pub land: Option<String>,
}

impl Theme {
    /// The CSS variables to set on the page, with their colours.
    pub fn css_variables(&self) -> Vec<(&'static str, &str)> {
        [
            ("--accent", &self.accent),
            ("--ink", &self.ink),
            ("--paper", &self.paper),
            ("--sea", &self.sea),
        ]
        .into_iter()
        .filter_map(|(name, colour)| Some((name, colour.as_deref()?)))
        .collect()
    }
}

impl PageOptions {
    /// The options the address asks for, reading each parameter through `get`. Whatever does
    /// not parse is ignored, so a mistyped option never stops the atlas.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> PageOptions {
        let switched_on = |name: &str| {
            get(name).is_some_and(|value| !matches!(value.trim(), "0" | "false" | "no"))
        };
        let seconds = |name: &str, default: f64, (low, high): (f64, f64)| {
            get(name)
                .and_then(|value| value.trim().parse::<f64>().ok())
                .filter(|value| value.is_finite())
                .map_or(default, |value| value.clamp(low, high))
        };
        let kiosk = switched_on("kiosk").then(|| {
            let tour_langs: Vec<Lang> = get("tour")
                .unwrap_or_default()
                .split(',')
                .filter_map(|tag| Lang::from_tag(tag.trim()))
                .collect();
            KioskOptions {
                idle_seconds: seconds("idle", IDLE_SECONDS, (1.0, 3600.0)),
                step_seconds: seconds("step", STEP_SECONDS, (1.0, 600.0)),
                tour_langs: if tour_langs.is_empty() {
                    Lang::ALL.to_vec()
                } else {
                    tour_langs
                },
            }
        });
        let colour = |name: &str| get(name).as_deref().and_then(hex_colour);
        PageOptions {
            embedded: switched_on("embed"),
            kiosk,
            theme: Theme {
                accent: colour("accent"),
                ink: colour("ink"),
                paper: colour("paper"),
                sea: colour("sea"),
                land: colour("land"),
            },
        }
    }
}

/// `#0a6e4f`, `0A6E4F` or `#0a4` as `#0a6e4f`; anything else (names, `url(…)`, `;`) as `None`,
/// so nothing but a colour reaches the page's styles.
pub fn hex_colour(text: &str) -> Option<String> {
    let digits = text.trim().strip_prefix('#').unwrap_or(text.trim());
    if !digits.bytes().all(|byte| byte.is_ascii_hexdigit()) {
        return None;
    }
    let digits = digits.to_ascii_lowercase();
    match digits.len() {
        6 => Some(format!("#{digits}")),
        3 => Some(digits.chars().fold(String::from("#"), |mut out, digit| {
            out.push(digit);
            out.push(digit);
            out
        })),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn options(pairs: &[(&str, &str)]) -> PageOptions {
        let query: HashMap<&str, &str> = pairs.iter().copied().collect();
        PageOptions::from_query(|name| query.get(name).map(|value| value.to_string()))
    }

    #[test]
    fn a_plain_page_is_neither_embedded_nor_a_kiosk() {
        assert_eq!(options(&[]), PageOptions::default());
        assert_eq!(
            options(&[("embed", "0"), ("kiosk", "false")]),
            PageOptions::default()
        );
    }

    #[test]
    fn embed_and_kiosk_are_switched_on_by_their_parameter() {
        assert!(options(&[("embed", "1")]).embedded);
        assert!(
            options(&[("embed", "")]).embedded,
            "`?embed` alone is enough"
        );
        assert_eq!(
            options(&[("kiosk", "1")]).kiosk,
            Some(KioskOptions::default())
        );
    }

    #[test]
    fn a_kiosk_takes_its_times_and_tour_languages() {
        let kiosk = options(&[
            ("kiosk", "1"),
            ("idle", "2.5"),
            ("step", "4"),
            ("tour", "zh, ko,xx,de"),
        ])
        .kiosk
        .unwrap();
        assert_eq!(kiosk.idle_seconds, 2.5);
        assert_eq!(kiosk.step_seconds, 4.0);
        assert_eq!(kiosk.tour_langs, [Lang::Zh, Lang::Ko, Lang::De]);
    }

    #[test]
    fn a_kiosk_keeps_sensible_times_and_languages_whatever_it_is_given() {
        let kiosk = options(&[
            ("kiosk", "1"),
            ("idle", "0"),
            ("step", "NaN"),
            ("tour", "fr"),
        ])
        .kiosk
        .unwrap();
        assert_eq!(kiosk.idle_seconds, 1.0);
        assert_eq!(kiosk.step_seconds, STEP_SECONDS);
        assert_eq!(kiosk.tour_langs, Lang::ALL);
    }

    #[test]
    fn theme_colours_are_checked_and_written_in_full() {
        let theme = options(&[
            ("accent", "#0A6E4F"),
            ("ink", "123"),
            ("paper", "red"),
            ("sea", "#fff;background:url(x)"),
            ("land", "#12345"),
        ])
        .theme;
        assert_eq!(theme.accent.as_deref(), Some("#0a6e4f"));
        assert_eq!(theme.ink.as_deref(), Some("#112233"));
        assert_eq!((theme.paper, theme.sea, theme.land), (None, None, None));
    }

    #[test]
    fn only_chosen_colours_become_css_variables() {
        let theme = options(&[("accent", "0a6e4f"), ("sea", "#def")]).theme;
        assert_eq!(
            theme.css_variables(),
            [("--accent", "#0a6e4f"), ("--sea", "#ddeeff")]
        );
    }
}
