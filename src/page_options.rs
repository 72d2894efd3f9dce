//! How the page asks the atlas to behave: embedded in a town's website, or running all day on
//! a trade-fair kiosk, and in whose colours.
//!
//! `?embed=1&guard=0` · `?kiosk=1&idle=60&step=12&tour=de,en,zh` ·
//! `?accent=%230a6e4f&ink=…&paper=…&sea=…&land=…` · `?contact=redaktion@example.org`

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
    /// Embedded, the wheel and one finger scroll the host page, not the map (`guard=0` hands
    /// them to the map, for a host whose page does not scroll).
    pub guarded: bool,
    /// Where readers send feedback on accessibility and corrections to a tie: the host's.
    pub contact: Option<Contact>,
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
            get(name).is_some_and(|value| !matches!(value.trim(), "0" | "false" | "no" | "off"))
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
        let embedded = switched_on("embed");
        PageOptions {
            embedded,
            guarded: embedded && get("guard").is_none_or(|_| switched_on("guard")),
            contact: get("contact").as_deref().and_then(Contact::parse),
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

/// A feedback contact: an e-mail address or a web page (a contact form) of the host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contact {
    Email(String),
    Page(String),
}

impl Contact {
    /// `redaktion@example.org` or `https://example.org/kontakt`; anything else (another
    /// scheme, spaces, markup) as `None`, so a link never leads anywhere but mail or https.
    pub fn parse(text: &str) -> Option<Contact> {
        let text = text.trim();
        let plain = |part: &str| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| !c.is_whitespace() && !c.is_control() && !"<>\"'`\\".contains(c))
        };
        if let Some(rest) = text.strip_prefix("https://") {
            let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
            return (plain(rest) && host.contains('.') && !host.contains('@'))
                .then(|| Contact::Page(text.to_string()));
        }
        let (local, domain) = text.split_once('@')?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !domain.contains(['/', '?', '#', '&', '%']);
        let local_ok = !local
            .contains(['?', '&', '%', '/', '#', ',', ';', ':', '(', ')', '[', ']'])
            && !local.contains("..");
        (plain(local) && plain(domain) && domain_ok && local_ok && !domain.contains(".."))
            .then(|| Contact::Email(text.to_string()))
    }

    /// The contact as it is written in a parameter: the address or the page.
    pub fn as_text(&self) -> &str {
        match self {
            Contact::Email(text) | Contact::Page(text) => text,
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
    fn an_embedded_atlas_guards_the_page_s_scrolling_unless_told_not_to() {
        assert!(options(&[("embed", "1")]).guarded);
        assert!(!options(&[("embed", "1"), ("guard", "0")]).guarded);
        assert!(!options(&[("embed", "1"), ("guard", "off")]).guarded);
        assert!(options(&[("embed", "1"), ("guard", "1")]).guarded);
        assert!(
            !options(&[]).guarded,
            "a page of its own has nothing to guard"
        );
    }

    #[test]
    fn a_contact_is_an_e_mail_address_or_an_https_page_and_nothing_else() {
        assert_eq!(
            Contact::parse(" redaktion@osnabrueck.de "),
            Some(Contact::Email("redaktion@osnabrueck.de".into()))
        );
        assert_eq!(
            Contact::parse("https://www.osnabrueck.de/kontakt?thema=karte"),
            Some(Contact::Page(
                "https://www.osnabrueck.de/kontakt?thema=karte".into()
            ))
        );
        for hostile in [
            "javascript:alert(1)",
            "http://example.org/kontakt",
            "<img src=x onerror=alert(1)>@example.org",
            "a@b",
            "a@example.org?cc=else@example.org",
            "a#b@example.org",
            "a,b@example.org",
            "a b@example.org",
            "https://",
            "https://exa mple.org",
            "data:text/html,hi",
            "",
        ] {
            assert_eq!(Contact::parse(hostile), None, "{hostile}");
        }
        assert_eq!(
            options(&[("contact", "redaktion@osnabrueck.de")])
                .contact
                .map(|contact| contact.as_text().to_string()),
            Some("redaktion@osnabrueck.de".into())
        );
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
