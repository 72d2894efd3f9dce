//! The five languages the atlas speaks, and texts written in them.

use serde::{Deserialize, Serialize};

/// A language of the interface and of the atlas's own texts. `Zh` is simplified Chinese.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    De,
    En,
    Zh,
    Ko,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::De, Lang::En, Lang::Zh, Lang::Ko, Lang::Ja];

    /// The BCP 47 tag, as used in `lang` attributes and URLs.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
            Lang::Zh => "zh",
            Lang::Ko => "ko",
            Lang::Ja => "ja",
        }
    }

    /// The language's name in itself, as a language switch shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::En => "English",
            Lang::Zh => "中文",
            Lang::Ko => "한국어",
            Lang::Ja => "日本語",
        }
    }

    /// The language of a tag such as `de-AT`, `en`, `zh-Hans-CN`, `ko-KR`, `ja`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.tag() == primary)
    }

    /// The first of a browser's preferred languages that the atlas speaks.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        tags.into_iter().find_map(Lang::from_tag)
    }

    /// Whether the language is written without spaces between words, so that a text's length
    /// is counted in characters rather than words.
    pub fn counts_characters(self) -> bool {
        matches!(self, Lang::Zh | Lang::Ko | Lang::Ja)
    }
}

/// A text told in all five languages, as stories and visit topics are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    pub de: String,
    pub en: String,
    pub zh: String,
    pub ko: String,
    pub ja: String,
}

impl Localized {
    /// The same text in every language (for names, and for tests).
    pub fn same(text: impl Into<String>) -> Self {
        let text = text.into();
        Self {
            de: text.clone(),
            en: text.clone(),
            zh: text.clone(),
            ko: text.clone(),
            ja: text,
        }
    }

    /// The text in German, English, Chinese, Korean and Japanese, in that order.
    pub fn of([de, en, zh, ko, ja]: [&str; 5]) -> Self {
        Self {
            de: de.to_owned(),
            en: en.to_owned(),
            zh: zh.to_owned(),
            ko: ko.to_owned(),
            ja: ja.to_owned(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::De => &self.de,
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
            Lang::Ko => &self.ko,
            Lang::Ja => &self.ja,
        }
    }
}

/// A text in German and English only, as tie notes are; readers of other languages get the
/// English one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bilingual {
    pub de: String,
    pub en: String,
}

impl Bilingual {
    pub fn new(de: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            de: de.into(),
            en: en.into(),
        }
    }

    /// The text for a reader of `lang`, and the language it is written in (for its `lang`
    /// attribute).
    pub fn for_reader(&self, lang: Lang) -> (Lang, &str) {
        match lang {
            Lang::De => (Lang::De, &self.de),
            _ => (Lang::En, &self.en),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_with_regions_and_scripts_find_their_language() {
        assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("KO_kr"), Some(Lang::Ko));
        assert_eq!(Lang::from_tag("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("ja"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("fr-FR"), None);
        assert_eq!(Lang::from_tag("d"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn the_first_spoken_browser_language_wins() {
        assert_eq!(Lang::preferred(["fr", "ko-KR", "en"]), Some(Lang::Ko));
        assert_eq!(Lang::preferred(["fr", "es"]), None);
    }

    #[test]
    fn a_localized_text_picks_the_language() {
        let title = Localized {
            ja: "友好".to_owned(),
            ..Localized::same("Freundschaft")
        };
        assert_eq!(title.get(Lang::De), "Freundschaft");
        assert_eq!(title.get(Lang::Ja), "友好");
    }

    #[test]
    fn a_bilingual_text_gives_english_to_readers_of_other_languages() {
        let note = Bilingual::new("Seit 1986.", "Since 1986.");
        assert_eq!(note.for_reader(Lang::De), (Lang::De, "Seit 1986."));
        assert_eq!(note.for_reader(Lang::En), (Lang::En, "Since 1986."));
        assert_eq!(note.for_reader(Lang::Ko), (Lang::En, "Since 1986."));
    }
}
