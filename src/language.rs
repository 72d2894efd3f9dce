//! The interface's languages, and which of the two story languages each reader gets.

use atlas_model::Lang;

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UiLang {
    De,
    En,
    Zh,
    Ko,
    Ja,
}

impl UiLang {
    pub const ALL: [UiLang; 5] = [UiLang::De, UiLang::En, UiLang::Zh, UiLang::Ko, UiLang::Ja];

    /// The BCP 47 tag, as used in `lang` attributes and URLs (`zh` is simplified Chinese).
    pub fn tag(self) -> &'static str {
        match self {
            UiLang::De => "de",
            UiLang::En => "en",
            UiLang::Zh => "zh",
            UiLang::Ko => "ko",
            UiLang::Ja => "ja",
        }
    }

    /// The language's name in itself, as a language switch shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            UiLang::De => "Deutsch",
            UiLang::En => "English",
            UiLang::Zh => "中文",
            UiLang::Ko => "한국어",
            UiLang::Ja => "日本語",
        }
    }

    /// The language of a tag such as `de-AT`, `en`, `zh-Hans-CN`, `ko-KR`, `ja`.
    pub fn from_tag(tag: &str) -> Option<UiLang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        UiLang::ALL.into_iter().find(|lang| lang.tag() == primary)
    }

    /// The first of a browser's preferred languages that the interface speaks.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<UiLang> {
        tags.into_iter().find_map(UiLang::from_tag)
    }

    /// The story language for this reader: German for German readers, English for everyone
    /// else (a story always has both).
    pub fn story_lang(self) -> Lang {
        match self {
            UiLang::De => Lang::De,
            _ => Lang::En,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_with_regions_and_scripts_find_their_language() {
        assert_eq!(UiLang::from_tag("de-AT"), Some(UiLang::De));
        assert_eq!(UiLang::from_tag("zh-Hans-CN"), Some(UiLang::Zh));
        assert_eq!(UiLang::from_tag("KO_kr"), Some(UiLang::Ko));
        assert_eq!(UiLang::from_tag("ja"), Some(UiLang::Ja));
        assert_eq!(UiLang::from_tag("fr-FR"), None);
        assert_eq!(UiLang::from_tag(""), None);
    }

    #[test]
    fn the_first_spoken_browser_language_wins() {
        assert_eq!(UiLang::preferred(["fr", "ko-KR", "en"]), Some(UiLang::Ko));
        assert_eq!(UiLang::preferred(["fr", "es"]), None);
    }

    #[test]
    fn every_tag_reads_back_as_its_language() {
        for lang in UiLang::ALL {
            assert_eq!(UiLang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn readers_other_than_german_get_english_stories() {
        assert_eq!(UiLang::De.story_lang(), Lang::De);
        assert_eq!(UiLang::Ja.story_lang(), Lang::En);
    }
}
