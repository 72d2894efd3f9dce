//! The fields of a `ties.csv` row besides its places: closed lists, dates, the end of a tie and
//! the sources with their labels.

use super::public_text::label_problem;
use crate::checks::{Check, url_problem};
use crate::problems::quoted;
use crate::raw::Text;
use atlas_model::{PartialDate, Source};

/// What `ended` says: not ended, ended on a date, or ended on an unknown date (`yes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    No,
    On(PartialDate),
    Undated,
}

/// The word in `ended` for a tie that has ended on an unknown date.
pub const ENDED_UNDATED: &str = "yes";

/// A value from a closed list of names, such as the tie kind.
pub fn named<T>(
    check: &mut Check<'_>,
    text: &Text,
    field: &str,
    what: &str,
    parse: fn(&str) -> Option<T>,
    names: &[&str],
) -> Option<T> {
    let found = parse(text.get_ref());
    if found.is_none() {
        let message = if text.get_ref().is_empty() {
            format!("missing; expected one of {}", names.join(", "))
        } else {
            format!(
                "unknown {what} {}; expected one of {}",
                quoted(text.get_ref()),
                names.join(", ")
            )
        };
        check.at(text.span().start, field, message);
    }
    found
}

/// An optional date: `Some(None)` when empty, `None` when it does not parse.
pub fn optional_date(
    check: &mut Check<'_>,
    text: &Text,
    field: &str,
) -> Option<Option<PartialDate>> {
    if text.get_ref().is_empty() {
        return Some(None);
    }
    check.date(text, field).map(Some)
}

/// `ended`: empty, a date, or `yes`.
pub fn ended(check: &mut Check<'_>, text: &Text) -> Option<Ended> {
    match text.get_ref().as_str() {
        "" => Some(Ended::No),
        word if word.eq_ignore_ascii_case(ENDED_UNDATED) => Some(Ended::Undated),
        date => match date.parse::<PartialDate>() {
            Ok(date) => Some(Ended::On(date)),
            Err(error) => {
                let message = format!(
                    "{} is not a date: {error}, or \"{ENDED_UNDATED}\" when the tie has ended on \
                     an unknown date",
                    quoted(date)
                );
                check.at(text.span().start, "ended", message);
                None
            }
        },
    }
}

/// The ` | `-separated sources: at least one, each an http(s) URL, optionally followed by a
/// label in parentheses naming the publisher: `https://… (Wikidata)`.
pub fn sources(check: &mut Check<'_>, text: &Text) -> Option<Vec<Source>> {
    if text.get_ref().is_empty() {
        check.at(
            text.span().start,
            "sources",
            "missing: a tie needs at least one source URL",
        );
        return None;
    }
    let mut sources = Vec::new();
    let mut ok = true;
    for item in text.get_ref().split('|').map(str::trim) {
        match source(item) {
            Ok(source) => sources.push(source),
            Err(problem) => {
                check.at(text.span().start, "sources", problem);
                ok = false;
            }
        }
    }
    ok.then_some(sources)
}

fn source(item: &str) -> Result<Source, String> {
    let (url, rest) = item
        .split_once(char::is_whitespace)
        .map_or((item, ""), |(url, rest)| (url, rest.trim()));
    if let Some(problem) = url_problem(url) {
        return Err(problem);
    }
    if rest.is_empty() {
        return Ok(Source::new(url));
    }
    match rest
        .strip_prefix('(')
        .and_then(|rest| rest.strip_suffix(')'))
    {
        Some(label) if !label.trim().is_empty() => match label_problem(label.trim()) {
            Some(problem) => Err(problem),
            None => Ok(Source {
                url: url.to_owned(),
                label: Some(label.trim().to_owned()),
            }),
        },
        _ => Err(format!(
            "{} after the URL {} is not a label in parentheses: write URL (label)",
            quoted(rest),
            quoted(url)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_may_carry_a_label() {
        assert_eq!(source("https://a.de/x"), Ok(Source::new("https://a.de/x")));
        assert_eq!(
            source(
                "https://github.com/rogorido/sistercities/blob/master/sparql/data/germany.tsv (Wikidata)"
            ),
            Ok(Source {
                url: "https://github.com/rogorido/sistercities/blob/master/sparql/data/germany.tsv"
                    .into(),
                label: Some("Wikidata".into()),
            })
        );
    }

    #[test]
    fn a_label_that_reads_like_a_path_is_refused() {
        let problem = source("https://a.de/x (list by someone/somewhere)").unwrap_err();
        assert!(problem.contains("reads like a file path"), "{problem}");
    }

    #[test]
    fn a_label_needs_parentheses_and_a_url_a_scheme() {
        assert_eq!(
            source("https://a.de/x y").unwrap_err(),
            "\"y\" after the URL \"https://a.de/x\" is not a label in parentheses: write URL (label)"
        );
        assert_eq!(
            source("www.a.de (label)").unwrap_err(),
            "\"www.a.de\" is not an http(s) URL"
        );
    }
}
