//! Compiling the data folder into an [`Atlas`]: read every file raw, then validate it all,
//! collecting every problem before deciding.

use crate::checks::Check;
use crate::error::Error;
use crate::gazetteer::{self, Gazetteer};
use crate::known::Known;
use crate::places::DeclaredPlaces;
use crate::problems::{Problem, Problems, quoted};
use crate::raw::{RawPlace, RawStory, RawVisit};
use crate::resolve::{End, Resolver};
use crate::source::{SourceFile, read, read_folder};
use crate::stories::References;
use crate::ties::ValidTies;
use crate::toml_records::{Records, array_of_tables, document, parse};
use crate::{places, rejected, seeds, stories, ties, ties_csv, told_names, visits};
use atlas_model::{Atlas, Confidence, Division, Localized, Place, SCHEMA_VERSION, Story, Visit};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// The attributions every compiled atlas carries, in German, English, Chinese, Korean and
/// Japanese.
pub const CREDITS: [[&str; 5]; 2] = [
    [
        "Ortslagen: GeoNames (geonames.org), CC BY 4.0",
        "Place locations: GeoNames (geonames.org), CC BY 4.0",
        "地点位置：GeoNames（geonames.org），CC BY 4.0",
        "장소 위치: GeoNames(geonames.org), CC BY 4.0",
        "地点の位置：GeoNames（geonames.org）、CC BY 4.0",
    ],
    [
        "Ländergrenzen: Natural Earth (naturalearthdata.com), gemeinfrei",
        "Country outlines: Natural Earth (naturalearthdata.com), public domain",
        "国界轮廓：Natural Earth（naturalearthdata.com），公有领域",
        "국경선: Natural Earth(naturalearthdata.com), 퍼블릭 도메인",
        "国境線：Natural Earth（naturalearthdata.com）、パブリックドメイン",
    ],
];

/// Where the input files are.
#[derive(Debug, Clone)]
pub struct Inputs {
    /// The data folder: `places.toml`, `ties.csv`, `rejected.csv`, `visits.toml`, `stories/`.
    pub data: PathBuf,
    /// The folder of seed records.
    pub seeds: PathBuf,
    /// The gazetteer TSV (with `admin1.tsv` beside it).
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

/// A compiled atlas and what the editor should look at even though nothing is wrong.
#[derive(Debug, Clone)]
pub struct Compiled {
    pub atlas: Atlas,
    /// How many of the atlas's places were created from gazetteer references in `ties.csv`.
    pub created: usize,
    pub warnings: Vec<Problem>,
}

/// Reads and validates everything; gives the atlas or every problem found.
pub fn compile(inputs: &Inputs) -> Result<Compiled, Error> {
    let mut problems = Problems::default();
    let gazetteer = gazetteer::load(&inputs.gazetteer, &mut problems);
    let gazetteer = gazetteer.as_ref();

    let places_file = read(&inputs.data.join("places.toml"), &mut problems);
    let declared = match &places_file {
        Some(file) => {
            let records: Option<Records<RawPlace>> = parse(file, &mut problems)
                .map(|root| array_of_tables(file, &root, "place", &mut problems));
            match records {
                Some(records) => {
                    places::validate(&mut Check::new(file, &mut problems), &records, gazetteer)
                }
                None => no_places(),
            }
        }
        None => no_places(),
    };
    let resolver = Resolver::new(&declared, gazetteer);

    let rejected_path = inputs.data.join("rejected.csv");
    let rejected = match rejected_path.exists() {
        true => read(&rejected_path, &mut problems)
            .map(|file| rejected::read(&file, &resolver, &mut problems))
            .unwrap_or_default(),
        false => Vec::new(),
    };

    let ties_file = read(&inputs.data.join("ties.csv"), &mut problems);
    let valid = match &ties_file {
        Some(file) => match ties_csv::read(file, &mut problems) {
            Some(rows) => ties::validate(
                &mut Check::new(file, &mut problems),
                &rows,
                &resolver,
                &rejected,
            ),
            None => no_ties(),
        },
        None => no_ties(),
    };
    let mut place_ids = declared.ids.clone();
    for place in &valid.created {
        place_ids.define(place.id.as_str(), "ties.csv".to_owned());
    }

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
    let (seed_ids, facts) = seeds::read(&seed_files, &seed_stems, &mut problems);
    let refs = References {
        places: &place_ids,
        visits: &visit_ids,
        ties: &valid.ids,
        seeds: &seed_ids,
        facts: &facts,
    };
    let stories = read_stories(&inputs.data.join("stories"), &refs, &mut problems);

    if !problems.is_empty() {
        return Err(Error::Problems(problems.into_sorted()));
    }
    let mut warnings = Vec::new();
    let rejected_ids: BTreeSet<&str> = rejected
        .iter()
        .flat_map(|pair| [&pair.german, &pair.partner])
        .filter_map(|end| match end {
            End::Declared(id) => Some(id.as_str()),
            End::Entry(_) => None,
        })
        .collect();
    let places = used_places(
        &declared,
        &valid,
        (&visits, &stories),
        (places_file.as_ref(), &rejected_ids),
        &mut warnings,
    );
    let places_path = places_file
        .as_ref()
        .map_or_else(|| "places.toml".to_owned(), |file| file.path.clone());
    let unnamed = told_names::missing(&places, (&visits, &stories), &declared, &places_path);
    if !unnamed.is_empty() {
        return Err(Error::Problems(unnamed));
    }
    if let Some(file) = &ties_file {
        let list_only = valid
            .ties
            .iter()
            .filter(|tie| tie.confidence == Confidence::ListOnly)
            .count();
        if list_only > 0 {
            let message = format!(
                "{list_only} ties are list_only: only bulk lists name them; confirm them on an \
                 official page where you can"
            );
            warnings.push(Problem::new(&file.path, None, "confidence", message));
        }
        warnings.extend(valid.by_alternate.iter().map(|found| {
            let message = format!(
                "{} found GeoNames' {} by an alternate name; check it is the place meant",
                quoted(&found.reference),
                quoted(&found.name)
            );
            file.problem_on(found.line, "place", message)
        }));
    }
    Ok(Compiled {
        created: valid.created.len(),
        atlas: Atlas {
            schema: SCHEMA_VERSION,
            ties: valid.ties,
            visits,
            stories,
            divisions: divisions(&places, gazetteer),
            places,
            credits: CREDITS.map(Localized::of).to_vec(),
            index: Default::default(),
        },
        warnings,
    })
}

/// The names in every language of the divisions the places lie in, where `admin1.tsv` has
/// them, sorted by country and name.
fn divisions(places: &[Place], gazetteer: Option<&Gazetteer>) -> Vec<Division> {
    let used: BTreeSet<(&str, &str)> = places
        .iter()
        .filter_map(|place| Some((place.country.as_str(), place.division.as_deref()?)))
        .collect();
    used.into_iter()
        .filter_map(|(country, name)| {
            let names = gazetteer?.admin1.localized(country, name)?;
            Some(Division {
                country: country.to_owned(),
                name: name.to_owned(),
                names: names.clone(),
            })
        })
        .collect()
}

/// The declared places something refers to, then the places created from the gazetteer;
/// a declared place nothing refers to is left out, with a warning unless `rejected.csv` names it.
fn used_places(
    declared: &DeclaredPlaces,
    valid: &ValidTies,
    (visits, stories): (&[Visit], &[Story]),
    (file, rejected): (Option<&SourceFile>, &BTreeSet<&str>),
    warnings: &mut Vec<Problem>,
) -> Vec<Place> {
    let mut used: BTreeSet<&str> = BTreeSet::new();
    used.extend(
        valid
            .ties
            .iter()
            .flat_map(|tie| [tie.german.as_str(), tie.partner.as_str()]),
    );
    for visit in visits {
        used.insert(visit.from.as_str());
        used.extend(visit.stops.iter().map(|stop| stop.as_str()));
    }
    used.extend(
        stories
            .iter()
            .flat_map(|story| story.places.iter().map(|p| p.as_str())),
    );
    let mut places = Vec::new();
    for place in &declared.places {
        if used.contains(place.id.as_str()) {
            places.push(place.clone());
        } else if let Some(file) = file
            && !rejected.contains(place.id.as_str())
        {
            let line = declared.lines.get(place.id.as_str()).copied().unwrap_or(1);
            let message = format!(
                "{} is used by no tie, visit or story; it is left out of the atlas",
                quoted(place.id.as_str())
            );
            warnings.push(file.problem_on(line, "id", message));
        }
    }
    places.extend(valid.created.iter().cloned());
    places
}

fn read_stories(
    folder: &std::path::Path,
    refs: &References<'_>,
    problems: &mut Problems,
) -> Vec<Story> {
    let mut story_ids = Known::new("story");
    let mut stories = Vec::new();
    let (story_files, story_stems) = read_folder(folder, problems);
    for (file, stem) in story_files.iter().zip(&story_stems) {
        let Some(root) = parse(file, problems) else {
            continue;
        };
        let Some(record) = document::<RawStory>(file, root, problems) else {
            continue;
        };
        let mut check = Check::new(file, problems);
        stories.extend(stories::validate(
            &mut check,
            &record,
            stem,
            &mut story_ids,
            refs,
        ));
    }
    stories
}

fn no_places() -> DeclaredPlaces {
    DeclaredPlaces {
        places: Vec::new(),
        ids: incomplete("place"),
        lines: Default::default(),
    }
}

fn no_ties() -> ValidTies {
    ValidTies {
        ties: Vec::new(),
        ids: incomplete("tie"),
        created: Vec::new(),
        by_alternate: Vec::new(),
    }
}

fn incomplete(what: &'static str) -> Known {
    let mut known = Known::new(what);
    known.set_incomplete();
    known
}
