//! Compiling the data folder into an [`Atlas`]: read every file raw, then validate it all,
//! collecting every problem before deciding.

use crate::checks::Check;
use crate::error::Error;
use crate::gazetteer;
use crate::known::Known;
use crate::problems::{Problem, Problems};
use crate::raw::{RawPlace, RawStory, RawVisit};
use crate::source::SourceFile;
use crate::stories::References;
use crate::toml_records::{Records, array_of_tables, document, parse};
use crate::{places, seeds, stories, ties, ties_csv, visits};
use atlas_model::{Atlas, SCHEMA_VERSION};
use std::path::{Path, PathBuf};

/// The attributions every compiled atlas carries.
pub const CREDITS: [&str; 2] = [
    "Place locations: GeoNames (geonames.org), CC BY 4.0",
    "Country outlines: Natural Earth (naturalearthdata.com), public domain",
];

/// Where the input files are.
#[derive(Debug, Clone)]
pub struct Inputs {
    /// The data folder: `places.toml`, `ties.csv`, `visits.toml`, `stories/`.
    pub data: PathBuf,
    /// The folder of seed records.
    pub seeds: PathBuf,
    /// The gazetteer TSV.
    pub gazetteer: PathBuf,
}

impl Inputs {
    /// The usual layout: the gazetteer at `<data>/gazetteer/geonames.tsv`.
    pub fn new(data: impl Into<PathBuf>, seeds: impl Into<PathBuf>) -> Self {
        let data = data.into();
        let gazetteer = data.join("gazetteer").join("geonames.tsv");
        Self {
            data,
            seeds: seeds.into(),
            gazetteer,
        }
    }
}

/// Reads and validates everything; gives the atlas or every problem found.
pub fn compile(inputs: &Inputs) -> Result<Atlas, Error> {
    let mut problems = Problems::default();
    let gazetteer = gazetteer::load(&inputs.gazetteer, &mut problems);

    let places_file = read(&inputs.data.join("places.toml"), &mut problems);
    let (places, place_ids) = match &places_file {
        Some(file) => {
            let records: Option<Records<RawPlace>> = parse(file, &mut problems)
                .map(|root| array_of_tables(file, &root, "place", &mut problems));
            let mut check = Check::new(file, &mut problems);
            match records {
                Some(records) => places::validate(&mut check, &records, gazetteer.as_ref()),
                None => (Vec::new(), incomplete("place")),
            }
        }
        None => (Vec::new(), incomplete("place")),
    };

    let (ties, tie_ids) = match read(&inputs.data.join("ties.csv"), &mut problems) {
        Some(file) => match ties_csv::read(&file, &mut problems) {
            Some(rows) => ties::validate(
                &mut Check::new(&file, &mut problems),
                &rows,
                &place_ids,
                &places,
            ),
            None => (Vec::new(), incomplete("tie")),
        },
        None => (Vec::new(), incomplete("tie")),
    };

    let (visits, visit_ids) = match read(&inputs.data.join("visits.toml"), &mut problems) {
        Some(file) => match parse(&file, &mut problems) {
            Some(root) => {
                let records: Records<RawVisit> =
                    array_of_tables(&file, &root, "visit", &mut problems);
                visits::validate(&mut Check::new(&file, &mut problems), &records, &place_ids)
            }
            None => (Vec::new(), incomplete("visit")),
        },
        None => (Vec::new(), incomplete("visit")),
    };

    let (seed_files, seed_stems) = read_folder(&inputs.seeds, &mut problems);
    let seed_ids = seeds::read(&seed_files, &seed_stems, &mut problems);

    let refs = References {
        places: &place_ids,
        visits: &visit_ids,
        ties: &tie_ids,
        seeds: &seed_ids,
    };
    let mut story_ids = Known::new("story");
    let mut stories = Vec::new();
    let (story_files, story_stems) = read_folder(&inputs.data.join("stories"), &mut problems);
    for (file, stem) in story_files.iter().zip(&story_stems) {
        let Some(root) = parse(file, &mut problems) else {
            continue;
        };
        let Some(record) = document::<RawStory>(file, root, &mut problems) else {
            continue;
        };
        let mut check = Check::new(file, &mut problems);
        stories.extend(stories::validate(
            &mut check,
            &record,
            stem,
            &mut story_ids,
            &refs,
        ));
    }

    if !problems.is_empty() {
        return Err(Error::Problems(problems.into_sorted()));
    }
    Ok(Atlas {
        schema: SCHEMA_VERSION,
        places,
        ties,
        visits,
        stories,
        credits: CREDITS.map(str::to_owned).to_vec(),
    })
}

fn incomplete(what: &'static str) -> Known {
    let mut known = Known::new(what);
    known.set_incomplete();
    known
}

fn read(path: &Path, problems: &mut Problems) -> Option<SourceFile> {
    SourceFile::read(path)
        .map_err(|problem| problems.push(problem))
        .ok()
}

/// The `*.toml` files of a folder, sorted by name, with their stems. A missing folder
/// has no files.
fn read_folder(folder: &Path, problems: &mut Problems) -> (Vec<SourceFile>, Vec<String>) {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return (Vec::new(), Vec::new());
        }
        Err(error) => {
            let shown = folder.display().to_string();
            problems.push(Problem::new(
                shown,
                None,
                "folder",
                format!("cannot read: {error}"),
            ));
            return (Vec::new(), Vec::new());
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    let mut stems = Vec::new();
    for path in paths {
        if let Some(file) = read(&path, problems) {
            let stem = path
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push(file);
            stems.push(stem);
        }
    }
    (files, stems)
}
