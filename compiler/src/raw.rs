//! Raw records, exactly as written in the TOML data files, before validation.
//!
//! Almost every field is optional here so that a missing field becomes a validation
//! problem with its line rather than a failure to read the whole record.

use atlas_model::Lang;
use serde::Deserialize;
use toml::Spanned;

/// Text with its byte span in the file.
pub type Text = Spanned<String>;

/// The five languages, as in `title`, `text` and `topics`.
#[derive(Debug, Clone, Deserialize)]
pub struct RawLocalized {
    pub de: Option<Text>,
    pub en: Option<Text>,
    pub zh: Option<Text>,
    pub ko: Option<Text>,
    pub ja: Option<Text>,
}

impl RawLocalized {
    pub fn get(&self, lang: Lang) -> &Option<Text> {
        match lang {
            Lang::De => &self.de,
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
            Lang::Ko => &self.ko,
            Lang::Ja => &self.ja,
        }
    }
}

/// A place's names: German, English, the native name where it differs, and the names in
/// Chinese, Korean and Japanese (filled from the gazetteer where not given).
#[derive(Debug, Clone, Deserialize)]
pub struct RawNames {
    pub de: Option<Text>,
    pub en: Option<Text>,
    pub native: Option<Text>,
    pub zh: Option<Text>,
    pub ko: Option<Text>,
    pub ja: Option<Text>,
}

/// A `[[place]]` record of `places.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct RawPlace {
    pub id: Option<Text>,
    pub kind: Option<Text>,
    pub country: Option<Text>,
    pub names: Option<Spanned<RawNames>>,
    /// Other Latin spellings, placed before the gazetteer's.
    pub alternates: Option<Spanned<Vec<Text>>>,
    /// The first-level division the place lies in, where the gazetteer does not say it.
    pub division: Option<Text>,
    pub gazetteer: Option<Text>,
    pub geonames: Option<Spanned<u64>>,
    /// A gazetteer entry whose point stands for a place that is not a city (its seat).
    pub represented_by: Option<Text>,
    pub point: Option<Spanned<RawPoint>>,
}

/// A declared representative point.
#[derive(Debug, Clone, Deserialize)]
pub struct RawPoint {
    pub lat: Option<Spanned<f64>>,
    pub lon: Option<Spanned<f64>>,
    pub source: Option<Text>,
}

/// A `[[visit]]` record of `visits.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct RawVisit {
    pub id: Option<Text>,
    pub from: Option<Text>,
    pub to: Option<Spanned<Vec<Text>>>,
    pub start: Option<Text>,
    pub end: Option<Text>,
    pub delegation_size: Option<Spanned<u32>>,
    #[serde(default)]
    pub topics: Vec<Spanned<RawLocalized>>,
    #[serde(default)]
    pub organisations: Vec<Spanned<RawOrganisation>>,
}

/// An organisation that took part in a visit.
#[derive(Debug, Clone, Deserialize)]
pub struct RawOrganisation {
    pub name: Option<Text>,
    pub role: Option<Text>,
}

/// A story file, `stories/<id>.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct RawStory {
    pub id: Option<Text>,
    pub date: Option<Text>,
    pub places: Option<Spanned<Vec<Text>>>,
    pub visit: Option<Text>,
    pub tie: Option<Text>,
    pub title: Option<Spanned<RawLocalized>>,
    pub text: Option<Spanned<RawLocalized>>,
    pub source: Option<Spanned<RawStorySource>>,
}

/// The `[source]` table of a story.
#[derive(Debug, Clone, Deserialize)]
pub struct RawStorySource {
    pub publisher: Option<Text>,
    pub title: Option<Text>,
    pub date: Option<Text>,
    pub url: Option<Text>,
    pub seed: Option<Text>,
}

/// A seed record, `seeds/<stem>.toml`: what a source article reports.
#[derive(Debug, Clone, Deserialize)]
pub struct RawSeed {
    pub file: Option<Text>,
    pub publisher: Option<Text>,
    pub date: Option<Text>,
    pub url: Option<Text>,
    pub title: Option<Text>,
    pub reports: Option<Text>,
    /// The facts a story retelling the article must keep.
    #[serde(default)]
    pub fact: Vec<Spanned<RawFact>>,
}

/// One `[[fact]]` of a seed record: what it is, and the words that state it in each
/// language's story text.
#[derive(Debug, Clone, Deserialize)]
pub struct RawFact {
    pub what: Option<Text>,
    pub de: Option<Vec<Text>>,
    pub en: Option<Vec<Text>>,
}
