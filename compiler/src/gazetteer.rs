//! The GeoNames gazetteer (`data/gazetteer/geonames.tsv`): cities with their points.

use crate::problems::{Problem, Problems};
use crate::source::SourceFile;
use atlas_model::Coordinates;
use std::collections::HashMap;

/// The columns the gazetteer file must start with, in order.
pub const COLUMNS: [&str; 8] = [
    "geonameid",
    "name",
    "country",
    "admin1",
    "feature_code",
    "lat",
    "lon",
    "population",
];

/// One GeoNames city.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub geonames_id: u64,
    pub name: String,
    pub country: String,
    pub admin1: String,
    pub feature_code: String,
    pub location: Coordinates,
    pub population: u64,
}

/// All entries, indexed by GeoNames id and by (country, lowercase name).
#[derive(Debug, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_id: HashMap<u64, usize>,
    by_name: HashMap<(String, String), Vec<usize>>,
}

impl Gazetteer {
    /// Parses the TSV, reporting each malformed row.
    pub fn parse(file: &SourceFile, problems: &mut Problems) -> Gazetteer {
        let mut gazetteer = Gazetteer::default();
        let mut lines = file.text.lines().enumerate();
        let header: Vec<&str> = lines
            .next()
            .map(|(_, line)| line.trim_end_matches('\r').split('\t').collect())
            .unwrap_or_default();
        if header != COLUMNS {
            let message = format!("expected the header {}", COLUMNS.join("\\t"));
            problems.push(file.problem_on(1, "header", message));
            return gazetteer;
        }
        for (index, line) in lines {
            let line = line.trim_end_matches('\r');
            if line.is_empty() {
                continue;
            }
            match parse_row(line) {
                Ok(entry) => gazetteer.insert(entry),
                Err((field, message)) => problems.push(file.problem_on(index + 1, field, message)),
            }
        }
        gazetteer
    }

    fn insert(&mut self, entry: Entry) {
        let index = self.entries.len();
        self.by_id.insert(entry.geonames_id, index);
        self.by_name
            .entry((entry.country.clone(), entry.name.to_lowercase()))
            .or_default()
            .push(index);
        self.entries.push(entry);
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn by_id(&self, geonames_id: u64) -> Option<&Entry> {
        self.by_id
            .get(&geonames_id)
            .map(|&index| &self.entries[index])
    }

    /// Entries of a country with this name, ignoring case.
    pub fn named(&self, name: &str, country: &str) -> Vec<&Entry> {
        let key = (country.to_owned(), name.to_lowercase());
        self.by_name
            .get(&key)
            .map(|indices| indices.iter().map(|&index| &self.entries[index]).collect())
            .unwrap_or_default()
    }

    /// Every entry of a country.
    pub fn in_country<'a>(&'a self, country: &'a str) -> impl Iterator<Item = &'a Entry> {
        self.entries
            .iter()
            .filter(move |entry| entry.country == country)
    }

    pub fn has_country(&self, country: &str) -> bool {
        self.entries.iter().any(|entry| entry.country == country)
    }

    /// The countries the gazetteer covers, sorted.
    pub fn countries(&self) -> Vec<&str> {
        let mut countries: Vec<&str> = self.entries.iter().map(|e| e.country.as_str()).collect();
        countries.sort_unstable();
        countries.dedup();
        countries
    }
}

fn parse_row(line: &str) -> Result<Entry, (&'static str, String)> {
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
    ] = cells[..]
    else {
        return Err((
            "row",
            format!(
                "expected {} tab-separated columns, found {}",
                COLUMNS.len(),
                cells.len()
            ),
        ));
    };
    let number = |field: &'static str, text: &str| -> Result<f64, (&'static str, String)> {
        text.parse::<f64>()
            .map_err(|_| (field, format!("{text:?} is not a number")))
    };
    let location = Coordinates::lat_lon(number("lat", lat)?, number("lon", lon)?);
    if !location.is_valid() {
        return Err(("lat", format!("{lat}, {lon} is not on the globe")));
    }
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
    })
}

/// Loads the gazetteer file; `None` (with a problem) when it cannot be read.
pub fn load(path: &std::path::Path, problems: &mut Problems) -> Option<Gazetteer> {
    match SourceFile::read(path) {
        Ok(file) => Some(Gazetteer::parse(&file, problems)),
        Err(problem) => {
            problems.push(Problem {
                message: format!(
                    "{}; regenerate it with `node scripts/gazetteer.mjs`",
                    problem.message
                ),
                ..problem
            });
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "geonameid\tname\tcountry\tadmin1\tfeature_code\tlat\tlon\tpopulation\n\
        1808722\tHefei\tCN\t01\tPPLA\t31.86389\t117.28083\t3310268\n\
        2856883\tOsnabrück\tDE\t06\tPPLA3\t52.27264\t8.0498\t166462\n\
        2867543\tMünster\tDE\t07\tPPLA2\t51.96236\t7.62571\t270184\n\
        2867548\tMünster\tDE\t05\tPPLA4\t49.92278\t8.86778\t14018\n";

    #[test]
    fn indexes_by_id_and_by_name_ignoring_case() {
        let mut problems = Problems::default();
        let gazetteer = Gazetteer::parse(&SourceFile::new("g.tsv", SAMPLE), &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(gazetteer.len(), 4);
        assert_eq!(
            gazetteer.by_id(1808722).map(|e| e.name.as_str()),
            Some("Hefei")
        );
        assert_eq!(gazetteer.named("münster", "DE").len(), 2);
        assert!(gazetteer.named("Münster", "CN").is_empty());
        assert_eq!(gazetteer.countries(), ["CN", "DE"]);
    }

    #[test]
    fn reports_malformed_rows_with_their_line() {
        let text = format!("{SAMPLE}123\tNowhere\tDE\t01\tPPL\tnorth\t8.0\t0\n42\tShort\n");
        let mut problems = Problems::default();
        let gazetteer = Gazetteer::parse(&SourceFile::new("g.tsv", text), &mut problems);
        assert_eq!(gazetteer.len(), 4);
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "g.tsv:6: lat: \"north\" is not a number",
                "g.tsv:7: row: expected 8 tab-separated columns, found 2",
            ]
        );
    }
}
