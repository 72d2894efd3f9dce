//! Field checks shared by every kind of record: presence, text, slugs, dates, URLs.

use crate::nearest::slugify;
use crate::problems::{Problem, Problems, quoted};
use crate::raw::{RawLocalized, Text};
use crate::source::SourceFile;
use atlas_model::{Lang, Localized, PartialDate, is_slug};
use toml::Spanned;

/// Checks fields of one file, collecting problems at their lines.
pub struct Check<'a> {
    pub file: &'a SourceFile,
    pub problems: &'a mut Problems,
}

impl<'a> Check<'a> {
    pub fn new(file: &'a SourceFile, problems: &'a mut Problems) -> Self {
        Self { file, problems }
    }

    /// Reports a problem at a byte offset of the file.
    pub fn at(&mut self, offset: usize, field: impl Into<String>, message: impl Into<String>) {
        let problem: Problem = self.file.problem_at(offset, field, message);
        self.problems.push(problem);
    }

    /// The field, or a "missing" problem at the record's line.
    pub fn required<'t, T>(
        &mut self,
        value: &'t Option<T>,
        record: usize,
        field: &str,
    ) -> Option<&'t T> {
        if value.is_none() {
            self.at(record, field, "missing");
        }
        value.as_ref()
    }

    /// Text that must be present and not blank; gives it trimmed.
    pub fn text(&mut self, value: &Option<Text>, record: usize, field: &str) -> Option<String> {
        let text = self.required(value, record, field)?;
        self.non_blank(text, field)
    }

    /// Text that may be absent but, when given, must not be blank: `Some(None)` when
    /// absent, `None` when blank.
    pub fn optional_text(&mut self, value: &Option<Text>, field: &str) -> Option<Option<String>> {
        match value {
            Some(text) => self.non_blank(text, field).map(Some),
            None => Some(None),
        }
    }

    /// Text that must not be blank; gives it trimmed.
    pub fn non_blank(&mut self, text: &Text, field: &str) -> Option<String> {
        let trimmed = text.get_ref().trim();
        if trimmed.is_empty() {
            self.at(text.span().start, field, "is empty");
            return None;
        }
        Some(trimmed.to_owned())
    }

    /// An id, which must be a slug.
    pub fn slug(&mut self, text: &Text, field: &str) -> Option<String> {
        let id = text.get_ref();
        if is_slug(id) {
            return Some(id.clone());
        }
        let mut message = format!(
            "{} is not a slug (lowercase a-z and 0-9 in words joined by single hyphens)",
            quoted(id)
        );
        let slug = slugify(id);
        if !slug.is_empty() {
            message.push_str(&format!("; try {}", quoted(&slug)));
        }
        self.at(text.span().start, field, message);
        None
    }

    /// A date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn date(&mut self, text: &Text, field: &str) -> Option<PartialDate> {
        match text.get_ref().parse::<PartialDate>() {
            Ok(date) => Some(date),
            Err(error) => {
                let message = format!("{} is not a date: {error}", quoted(text.get_ref()));
                self.at(text.span().start, field, message);
                None
            }
        }
    }

    /// An `http://` or `https://` address.
    pub fn url(&mut self, text: &Text, field: &str) -> Option<String> {
        let url = text.get_ref().trim();
        match url_problem(url) {
            None => Some(url.to_owned()),
            Some(problem) => {
                self.at(text.span().start, field, problem);
                None
            }
        }
    }

    /// Reports an end that certainly lies before its start (`ended` before `since`), at
    /// the end's offset.
    pub fn end_after_start(
        &mut self,
        (start_field, start): (&str, Option<PartialDate>),
        (end_field, end, offset): (&str, Option<PartialDate>, usize),
    ) {
        if let (Some(start), Some(end)) = (start, end)
            && start.is_certainly_after(&end)
        {
            let message = format!("{end} is before {start_field} {start}");
            self.at(offset, end_field, message);
        }
    }
}

/// A text in all five languages, each required.
pub fn localized(
    check: &mut Check<'_>,
    value: &Spanned<RawLocalized>,
    field: &str,
) -> Option<Localized> {
    let at = value.span().start;
    let [de, en, zh, ko, ja] = Lang::ALL.map(|lang| {
        check.text(
            value.get_ref().get(lang),
            at,
            &format!("{field}.{}", lang.tag()),
        )
    });
    Some(Localized {
        de: de?,
        en: en?,
        zh: zh?,
        ko: ko?,
        ja: ja?,
    })
}

/// Every item, or `None` when any is missing (after all were checked).
pub fn all<T>(items: impl Iterator<Item = Option<T>>) -> Option<Vec<T>> {
    let items: Vec<Option<T>> = items.collect();
    items.into_iter().collect()
}

/// Why a text is not an `http(s)` URL, if it is not.
pub fn url_problem(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        None => Some(format!("{} is not an http(s) URL", quoted(url))),
        Some(rest)
            if rest
                .split(['/', '?', '#'])
                .next()
                .is_none_or(|host| !host.contains('.')) =>
        {
            Some(format!("{} has no host name", quoted(url)))
        }
        Some(_) if url.chars().any(char::is_whitespace) => {
            Some(format!("{} contains a space", quoted(url)))
        }
        Some(_) => None,
    }
}

/// Words of a text: runs separated by white space that hold a letter or digit.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count()
}

/// Characters of a text that are letters or digits: the length of a Chinese, Korean or
/// Japanese text, where words are not separated by spaces.
pub fn character_count(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphanumeric()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_must_be_http_with_a_host() {
        assert_eq!(url_problem("https://www.dortmund.de/xian/"), None);
        assert_eq!(url_problem("http://osnabrueck.de/20974.asp"), None);
        assert_eq!(
            url_problem("ftp://example.org/a").as_deref(),
            Some("\"ftp://example.org/a\" is not an http(s) URL")
        );
        assert_eq!(
            url_problem("https://").as_deref(),
            Some("\"https://\" has no host name")
        );
        assert_eq!(
            url_problem("https://a.de/x y").as_deref(),
            Some("\"https://a.de/x y\" contains a space")
        );
    }

    #[test]
    fn words_ignore_dashes_and_punctuation() {
        assert_eq!(word_count("Osnabrück – Hefei: 35 Leute,  2024."), 5);
        assert_eq!(word_count("  \n "), 0);
    }

    #[test]
    fn characters_count_han_kana_hangul_and_digits_but_not_punctuation() {
        assert_eq!(character_count("2024年，合肥。"), 7);
        assert_eq!(character_count("오스나브뤼크 대표단"), 9);
        assert_eq!(character_count("ハノーファー・市長"), 8);
    }
}
