//! Where the atlas and its basemaps may come from: the page's own origin, and the origins its
//! host named in the shipped files, never an origin a link brings along. A link to the town's
//! page with `?atlas=https://elsewhere.example/atlas.json` must not show made-up partnerships
//! under the town's address.

/// The `<meta name>` in `index.html` whose `content` lists the other origins the host allows,
/// separated by spaces or commas (`https://daten.stadt.de https://cdn.example`).
pub const ALLOWED_SOURCES_META: &str = "partner-atlas-sources";

/// The origins a host allows besides the page's own, each as `scheme://host[:port]` in lower
/// case, as a browser's `URL.origin` gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AllowedSources {
    origins: Vec<String>,
}

/// What the host's list held that is no origin, to be told in the console.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAnOrigin(pub String);

impl AllowedSources {
    /// Reads the host's list; entries that are no http(s) origin are returned apart and never
    /// allowed.
    pub fn parse(list: &str) -> (AllowedSources, Vec<NotAnOrigin>) {
        let mut origins = Vec::new();
        let mut wrong = Vec::new();
        for entry in list
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|entry| !entry.is_empty())
        {
            match origin_of(entry) {
                Some(origin) => origins.push(origin),
                None => wrong.push(NotAnOrigin(entry.to_owned())),
            }
        }
        (AllowedSources { origins }, wrong)
    }

    /// Whether data at an address with this `protocol` (`https:`) and `origin`, as the browser
    /// resolved it, may be loaded into a page served from `page_origin`.
    pub fn allow(&self, protocol: &str, origin: &str, page_origin: &str) -> bool {
        matches!(protocol, "http:" | "https:")
            && (origin == page_origin || self.origins.iter().any(|allowed| allowed == origin))
    }
}

/// `https://Daten.Stadt.de/` as `https://daten.stadt.de`: a scheme of http or https, a host,
/// perhaps a port, and nothing after but one slash.
fn origin_of(entry: &str) -> Option<String> {
    let lower = entry.to_ascii_lowercase();
    let (scheme, rest) = lower.split_once("://")?;
    if !matches!(scheme, "http" | "https") {
        return None;
    }
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) if !authority.ends_with(']') => (host, Some(port)),
        _ => (authority, None),
    };
    let host_ok = match host
        .strip_prefix('[')
        .and_then(|inner| inner.strip_suffix(']'))
    {
        Some(address) => address.chars().all(|c| c.is_ascii_hexdigit() || c == ':'),
        None => host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-')),
    } && !host.is_empty();
    let port_ok = port.is_none_or(|port| {
        !port.is_empty() && port.len() <= 5 && port.chars().all(|c| c.is_ascii_digit())
    });
    // A default port is left out of an origin, as the browser leaves it out.
    let default_port = matches!(
        (scheme, port),
        ("http", Some("80")) | ("https", Some("443"))
    );
    (host_ok && port_ok).then(|| match port {
        Some(port) if !default_port => format!("{scheme}://{host}:{port}"),
        _ => format!("{scheme}://{host}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "https://www.stadt.de";

    #[test]
    fn the_page_s_own_origin_is_allowed_and_a_stranger_s_is_not() {
        let none = AllowedSources::default();
        assert!(none.allow("https:", PAGE, PAGE));
        assert!(!none.allow("https:", "https://elsewhere.example", PAGE));
        // Same host, other scheme or port: another origin.
        assert!(!none.allow("http:", "http://www.stadt.de", PAGE));
        assert!(!none.allow("https:", "https://www.stadt.de:8443", PAGE));
    }

    #[test]
    fn only_http_and_https_are_loaded_whatever_the_origin() {
        let none = AllowedSources::default();
        // data: and blob: addresses have the origin "null" or the page's own.
        for protocol in ["data:", "blob:", "javascript:", "file:", "ftp:"] {
            assert!(!none.allow(protocol, PAGE, PAGE), "{protocol}");
            assert!(!none.allow(protocol, "null", "null"), "{protocol}");
        }
    }

    #[test]
    fn the_host_s_list_allows_exactly_the_origins_it_names() {
        let (allowed, wrong) = AllowedSources::parse(
            " https://Daten.Stadt.de/,http://localhost:8080\n https://cdn.example:443 http://[::1]:9000",
        );
        assert!(wrong.is_empty(), "{wrong:?}");
        assert!(allowed.allow("https:", "https://daten.stadt.de", PAGE));
        assert!(allowed.allow("http:", "http://localhost:8080", PAGE));
        assert!(allowed.allow("https:", "https://cdn.example", PAGE));
        assert!(allowed.allow("http:", "http://[::1]:9000", PAGE));
        assert!(!allowed.allow("http:", "http://localhost:8081", PAGE));
        assert!(!allowed.allow("https:", "https://stadt.de", PAGE));
        assert!(!allowed.allow("https:", "https://daten.stadt.de.elsewhere.example", PAGE));
    }

    #[test]
    fn entries_that_are_no_origin_are_named_and_allow_nothing() {
        let (allowed, wrong) = AllowedSources::parse(
            "https://daten.stadt.de/atlas/ * javascript:alert(1) ftp://x.de https:// https://a.de:port",
        );
        assert_eq!(
            wrong,
            [
                "https://daten.stadt.de/atlas/",
                "*",
                "javascript:alert(1)",
                "ftp://x.de",
                "https://",
                "https://a.de:port"
            ]
            .map(|entry| NotAnOrigin(entry.to_owned()))
        );
        assert_eq!(allowed, AllowedSources::default());
    }
}
