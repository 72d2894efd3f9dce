//! A label's text: its lines, each in its font, and their widths, measured once.

use super::drawn::Names;
use crate::map::clusters::{Area, Holding};
use crate::tr;
use crate::ui::words::country;
use atlas_model::Lang;
use std::cell::RefCell;
use std::collections::HashMap;
use web_sys::CanvasRenderingContext2d;

pub const NAME_FONT: &str = "600 12px system-ui, -apple-system, 'Segoe UI', sans-serif";
pub const AREA_FONT: &str = "700 12px system-ui, -apple-system, 'Segoe UI', sans-serif";
pub const COUNT_FONT: &str = "400 11px system-ui, -apple-system, 'Segoe UI', sans-serif";
/// The height of a line, in CSS pixels.
pub const LINE: f64 = 15.0;
/// Widths kept at most: the texts of groups change with the zoom and the filters, and a kiosk
/// runs for days.
const KEPT_WIDTHS: usize = 4096;

/// A label's lines, each in its font.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Text(pub Vec<(&'static str, String)>);

impl Text {
    /// One place's name.
    pub fn name(name: String) -> Text {
        Text(vec![(NAME_FONT, name)])
    }

    /// The lines as one, for the page's scripts.
    pub fn joined(&self) -> String {
        self.0
            .iter()
            .map(|(_, line)| line.as_str())
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// The label's size in CSS pixels: its widest line, and its lines.
    pub fn size(&self, widths: &LabelWidths, context: &CanvasRenderingContext2d) -> (f64, f64) {
        let width = self
            .0
            .iter()
            .map(|(font, line)| widths.of(context, font, line))
            .fold(0.0, f64::max);
        (width + 2.0, LINE * self.0.len() as f64 + 2.0)
    }
}

/// What a group holds, in words: "Niedersachsen" over "12 Orte · 31 Verbindungen".
pub fn group_text(holding: &Holding, names: &Names, lang: Lang) -> Text {
    let places = tr!(lang, map.places, count = holding.places);
    let ties = match holding.ties {
        1 => tr!(lang, map.one_tie).to_string(),
        count => tr!(lang, map.ties, count = count),
    };
    let area = holding.area.as_ref().map(|area| match area {
        Area::Division(name) => (names.division)(name, lang),
        Area::Country(code) => country(code, lang),
    });
    Text(match area {
        Some(area) => vec![
            (AREA_FONT, area),
            (COUNT_FONT, format!("{places} · {ties}")),
        ],
        None => vec![(AREA_FONT, places), (COUNT_FONT, ties)],
    })
}

/// Label widths by font and text, measured once: a text's width is all the canvas is asked.
#[derive(Default)]
pub struct LabelWidths(RefCell<HashMap<&'static str, HashMap<String, f64>>>);

impl LabelWidths {
    pub fn of(&self, context: &CanvasRenderingContext2d, font: &'static str, text: &str) -> f64 {
        if let Some(width) = self
            .0
            .borrow()
            .get(font)
            .and_then(|widths| widths.get(text))
        {
            return *width;
        }
        context.set_font(font);
        let width = context
            .measure_text(text)
            .map(|metrics| metrics.width())
            .unwrap_or(60.0);
        let mut fonts = self.0.borrow_mut();
        let widths = fonts.entry(font).or_default();
        if widths.len() >= KEPT_WIDTHS {
            widths.clear();
        }
        widths.insert(text.to_owned(), width);
        width
    }
}
