//! A small writer of SVG documents: elements with attributes and text, every value escaped,
//! so that no name from the atlas can become markup in a picture.

use std::fmt::Write;

/// An SVG document being written.
pub struct SvgWriter {
    text: String,
}

/// An attribute: its name and its value, as given (it is escaped when written).
pub type Attribute<'a> = (&'a str, String);

impl SvgWriter {
    /// A document `width` × `height` CSS pixels large, its units those pixels.
    pub fn new(width: f64, height: f64) -> SvgWriter {
        let mut writer = SvgWriter {
            text: String::with_capacity(1 << 16),
        };
        writer.open(
            "svg",
            &[
                ("xmlns", "http://www.w3.org/2000/svg".into()),
                ("width", number(width)),
                ("height", number(height)),
                (
                    "viewBox",
                    format!("0 0 {} {}", number(width), number(height)),
                ),
                (
                    "font-family",
                    "system-ui, -apple-system, 'Segoe UI', sans-serif".into(),
                ),
            ],
        );
        writer
    }

    /// Opens an element that holds others.
    pub fn open(&mut self, tag: &str, attributes: &[Attribute]) {
        self.start_tag(tag, attributes);
        self.text.push('>');
    }

    pub fn close(&mut self, tag: &str) {
        let _ = write!(self.text, "</{tag}>");
    }

    /// An element with nothing inside.
    pub fn leaf(&mut self, tag: &str, attributes: &[Attribute]) {
        self.start_tag(tag, attributes);
        self.text.push_str("/>");
    }

    /// An element holding `content` as text.
    pub fn text(&mut self, tag: &str, attributes: &[Attribute], content: &str) {
        self.open(tag, attributes);
        self.text.push_str(&escaped(content));
        self.close(tag);
    }

    /// The document, closed.
    pub fn finish(mut self) -> String {
        self.close("svg");
        self.text
    }

    fn start_tag(&mut self, tag: &str, attributes: &[Attribute]) {
        let _ = write!(self.text, "<{tag}");
        for (name, value) in attributes {
            let _ = write!(self.text, " {name}=\"{}\"", escaped(value));
        }
    }
}

/// A length or coordinate with at most one decimal, as short as it can be written.
pub fn number(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}

/// `text` with the characters that mean something in XML written as references, and the
/// characters XML forbids left out.
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(character),
            character if character.is_control() => {}
            character => out.push(character),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_values_are_escaped_so_that_no_name_becomes_markup() {
        let mut svg = SvgWriter::new(10.0, 20.0);
        svg.text(
            "text",
            &[("data-name", "\"><script>".into())],
            "<b>Ōsaka & Co</b>\u{0}",
        );
        let document = svg.finish();
        assert!(
            document.starts_with(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"20\""
            )
        );
        assert!(document.contains(
            "<text data-name=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;Ōsaka &amp; Co&lt;/b&gt;</text>"
        ));
        assert!(!document.contains('\u{0}'));
        assert!(document.ends_with("</svg>"));
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(number(3.0), "3");
        assert_eq!(number(3.04), "3");
        assert_eq!(number(-2.25), "-2.3");
        assert_eq!(number(1280.55), "1280.6");
    }
}
