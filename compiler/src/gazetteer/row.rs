//! Parsing the rows of `geonames.tsv`.

use super::Entry;
use super::tsv::rows;
use crate::problems::Problems;
use crate::source::SourceFile;
use atlas_model::Coordinates;

/// The columns of the gazetteer file, in order.
pub const COLUMNS: [&str; 13] = [
    "geonameid",
    "name",
    "country",
    "admin1",
    "feature_code",
    "lat",
    "lon",
    "population",
    "native",
    "zh",
    "ko",
    "ja",
    "alternates",
];

/// Separates the alternate names in their column.
pub const ALTERNATES_SEPARATOR: char = '|';

type RowError = (&'static str, String);

/// The entries of the file; each malformed row is a problem at its line.
pub fn parse(file: &SourceFile, problems: &mut Problems) -> Vec<Entry> {
    let mut entries = Vec::new();
    for (line_number, line) in rows(file, &COLUMNS, problems) {
        match entry(line) {
            Ok(entry) => entries.push(entry),
            Err((field, message)) => problems.push(file.problem_on(line_number, field, message)),
        }
    }
    entries
}

fn entry(line: &str) -> Result<Entry, RowError> {
    let cells: Vec<&str> = line.split('\t').collect();
    let [
        id,
        name,
        country,
        admin1,
        feature_code,
        lat,
        lon,
        population,
        native,
        zh,
        ko,
        ja,
        alternates,
    ] = cells[..]
    else {
        let message = format!(
            "expected {} tab-separated columns, found {}",
            COLUMNS.len(),
            cells.len()
        );
        return Err(("row", message));
    };
    let location = Coordinates::lat_lon(number("lat", lat)?, number("lon", lon)?);
    if !location.is_valid() {
        return Err(("lat", format!("{lat}, {lon} is not on the globe")));
    }
    let optional = |text: &str| Some(text.to_owned()).filter(|text| !text.is_empty());
    Ok(Entry {
        geonames_id: id
            .parse()
            .map_err(|_| ("geonameid", format!("{id:?} is not a GeoNames id")))?,
        name: name.to_owned(),
        country: country.to_owned(),
        admin1: admin1.to_owned(),
        feature_code: feature_code.to_owned(),
        location,
        population: population.parse().map_err(|_| {
            (
                "population",
                format!("{population:?} is not a whole number"),
            )
        })?,
        native: optional(native),
        zh: optional(zh),
        ko: optional(ko),
        ja: optional(ja),
        alternates: alternates
            .split(ALTERNATES_SEPARATOR)
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .collect(),
    })
}

fn number(field: &'static str, text: &str) -> Result<f64, RowError> {
    text.parse::<f64>()
        .map_err(|_| (field, format!("{text:?} is not a number")))
}
