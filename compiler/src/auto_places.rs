//! Places created from gazetteer references in `ties.csv`: their ids and names.
//!
//! A created place is named as every reference to it writes it (`Kiryat Motzkin, IL` names
//! GeoNames' `Qiryat Motsqin` "Kiryat Motzkin"); where references spell it differently, or name
//! it by GeoNames id, it takes GeoNames' name. The id is the slug of that name (`Hefei` → `hefei`; German umlauts spelt out for
//! places in Germany, `Lüneburg` → `lueneburg`, other marks dropped, `Özdere` → `ozdere`). When that slug is taken by a
//! place of `places.toml` or shared by several referenced entries, the country code is added
//! (`muenster-de`); if several entries of one country still share it, the admin1 code too
//! (`muenster-de-05`); failing that, the GeoNames id (`muenster-2867548`). The rule depends
//! only on which entries are referenced, not on the order of the rows.

use crate::europe::in_europe;
use crate::gazetteer::{Entry, Gazetteer};
use crate::known::Known;
use crate::nearest::{plain_slug, slugify};
use crate::places::fill_names;
use crate::resolve::{End, Resolver};
use atlas_model::{Place, PlaceId, PlaceKind, PlaceNames, PlaceOrigin};
use std::collections::{BTreeMap, BTreeSet, HashMap};

const LEVELS: usize = 4;

/// How the references of the rows spell each gazetteer entry they name (by name, not by id).
pub type Spellings = BTreeMap<u64, BTreeSet<String>>;

/// The ids of the gazetteer entries the ties reference, and the places they become.
pub fn create<'e>(
    ends: impl Iterator<Item = &'e End>,
    resolver: &Resolver<'_>,
    spellings: &Spellings,
) -> (BTreeMap<u64, String>, Vec<Place>) {
    let Some(gazetteer) = resolver.gazetteer else {
        return Default::default();
    };
    let names: BTreeMap<u64, String> = ends
        .filter_map(|end| match end {
            End::Entry(id) => gazetteer.by_id(*id),
            End::Declared(_) => None,
        })
        .map(|entry| {
            let name = name(entry, spellings.get(&entry.geonames_id));
            (entry.geonames_id, name.to_owned())
        })
        .collect();
    let place_ids = assign_ids(&names, gazetteer, resolver.ids);
    let created = place_ids
        .iter()
        .filter_map(|(geonames_id, id)| {
            let entry = gazetteer.by_id(*geonames_id)?;
            Some(place(gazetteer, entry, id, names.get(geonames_id)?))
        })
        .collect();
    (place_ids, created)
}

/// The name of a created place: the one spelling its references use, else GeoNames' name.
pub fn name<'a>(entry: &'a Entry, spellings: Option<&'a BTreeSet<String>>) -> &'a str {
    match spellings {
        Some(spellings) if spellings.len() == 1 => {
            spellings.iter().next().map_or(&entry.name, |s| s)
        }
        _ => &entry.name,
    }
}

/// The id of an entry named `name` at a level of the rule above.
fn candidate(entry: &Entry, name: &str, level: usize) -> String {
    let slug = if entry.country == "DE" {
        slugify(name)
    } else {
        plain_slug(name)
    };
    let base = match slug {
        slug if slug.is_empty() => "place".to_owned(),
        slug => slug,
    };
    let country = entry.country.to_lowercase();
    match level {
        0 => base,
        1 => format!("{base}-{country}"),
        2 => format!("{base}-{country}-{}", slugify(&entry.admin1)),
        _ => format!("{base}-{}", entry.geonames_id),
    }
}

/// The ids of the referenced entries (GeoNames id to the created place's name), none of them
/// equal to a declared id or to each other.
pub fn assign_ids(
    entries: &BTreeMap<u64, String>,
    gazetteer: &Gazetteer,
    declared: &Known,
) -> BTreeMap<u64, String> {
    let entries: Vec<(&Entry, &str)> = entries
        .iter()
        .filter_map(|(&id, name)| gazetteer.by_id(id).map(|entry| (entry, name.as_str())))
        .collect();
    let mut counts: Vec<HashMap<String, usize>> = vec![HashMap::new(); LEVELS];
    for (entry, name) in &entries {
        for (level, count) in counts.iter_mut().enumerate() {
            *count.entry(candidate(entry, name, level)).or_default() += 1;
        }
    }
    let mut ids: BTreeMap<u64, String> = entries
        .iter()
        .map(|(entry, name)| {
            let id = (0..LEVELS)
                .map(|level| (level, candidate(entry, name, level)))
                .find(|(level, id)| counts[*level][id] == 1 && !declared.contains(id))
                .map_or_else(|| candidate(entry, name, LEVELS - 1), |(_, id)| id);
            (entry.geonames_id, id)
        })
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for id in ids.values() {
        *seen.entry(id.clone()).or_default() += 1;
    }
    for (geonames_id, id) in ids.iter_mut() {
        if seen[id.as_str()] > 1
            && let Some(entry) = gazetteer.by_id(*geonames_id)
        {
            *id = candidate(entry, &entry.name, LEVELS - 1);
        }
    }
    ids
}

/// The place a gazetteer entry becomes: a city with this name in German and English, its
/// names in other scripts and other spellings, in the division the gazetteer puts it in.
pub fn place(gazetteer: &Gazetteer, entry: &Entry, id: &str, name: &str) -> Place {
    let mut names = PlaceNames {
        de: name.to_owned(),
        en: name.to_owned(),
        ..PlaceNames::default()
    };
    fill_names(&mut names, entry);
    Place {
        id: PlaceId::new(id),
        kind: PlaceKind::City,
        names,
        country: entry.country.clone(),
        division: gazetteer.division(entry).map(str::to_owned),
        in_europe: in_europe(&entry.country, entry.location),
        location: entry.location,
        population: Some(entry.population).filter(|&people| people > 0),
        origin: PlaceOrigin::Gazetteer {
            geonames_id: entry.geonames_id,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::gazetteer;

    fn ids(entries: &[u64], declared: &[&str]) -> Vec<String> {
        let mut known = Known::new("place");
        for id in declared {
            known.define(id, "line 1".into());
        }
        let gazetteer = gazetteer();
        let named: BTreeMap<u64, String> = entries
            .iter()
            .map(|&id| (id, gazetteer.by_id(id).unwrap().name.clone()))
            .collect();
        assign_ids(&named, &gazetteer, &known)
            .into_values()
            .collect()
    }

    #[test]
    fn a_place_is_named_as_its_references_spell_it() {
        let gazetteer = gazetteer();
        let entry = gazetteer.by_id(1948005).unwrap();
        let one: BTreeSet<String> = ["Gwangmyeong".to_owned()].into();
        let two: BTreeSet<String> = ["Gwangmyeong".to_owned(), "Kwangmyong".to_owned()].into();
        assert_eq!(name(entry, Some(&one)), "Gwangmyeong");
        assert_eq!(name(entry, Some(&two)), "Kwangmyŏng");
        assert_eq!(name(entry, None), "Kwangmyŏng");
        let named: BTreeMap<u64, String> = [(1948005, "Gwangmyeong".to_owned())].into();
        let ids = assign_ids(&named, &gazetteer, &Known::new("place"));
        assert_eq!(ids[&1948005], "gwangmyeong");
        assert_eq!(
            place(&gazetteer, entry, "gwangmyeong", "Gwangmyeong")
                .names
                .en,
            "Gwangmyeong"
        );
    }

    #[test]
    fn a_free_slug_is_the_id() {
        assert_eq!(ids(&[1808722, 2856883], &[]), ["hefei", "osnabrueck"]);
        assert_eq!(ids(&[1948005], &[]), ["kwangmyong"]);
    }

    #[test]
    fn a_taken_slug_gets_the_country_code() {
        assert_eq!(ids(&[2867548], &["muenster"]), ["muenster-de"]);
    }

    #[test]
    fn entries_sharing_a_slug_get_the_country_then_the_region() {
        assert_eq!(
            ids(&[2867543, 2867548, 2867555], &[]),
            ["muenster-de-07", "muenster-de-05", "muenster-de-02"]
        );
        assert_eq!(
            ids(&[1791236, 7069199], &[]),
            ["wuhu-1791236", "wuhu-7069199"]
        );
    }

    #[test]
    fn a_created_place_carries_its_names_in_other_scripts() {
        let gazetteer = gazetteer();
        let hefei = place(
            &gazetteer,
            gazetteer.by_id(1808722).unwrap(),
            "hefei",
            "Hefei",
        );
        assert_eq!(hefei.names.de, "Hefei");
        assert_eq!(hefei.names.native.as_deref(), Some("合肥"));
        assert_eq!(hefei.names.ko.as_deref(), Some("허페이 시"));
        assert_eq!(hefei.kind, PlaceKind::City);
        assert_eq!(hefei.population, Some(5050000));
    }

    #[test]
    fn a_created_place_lies_in_its_gazetteer_division() {
        let gazetteer = gazetteer();
        let entry = gazetteer.by_id(2905916).unwrap();
        let hermsdorf = place(&gazetteer, entry, "hermsdorf", "Hermsdorf");
        assert_eq!(hermsdorf.division.as_deref(), Some("Thüringen"));
        let entry = gazetteer.by_id(1948005).unwrap();
        let gwangmyeong = place(&gazetteer, entry, "gwangmyeong", "Gwangmyeong");
        assert_eq!(
            gwangmyeong.division, None,
            "the fixture names no division of KR"
        );
    }

    #[test]
    fn a_created_place_keeps_the_geonames_name_among_its_spellings() {
        let gazetteer = gazetteer();
        let entry = gazetteer.by_id(1948005).unwrap();
        let gwangmyeong = place(&gazetteer, entry, "gwangmyeong", "Gwangmyeong");
        assert_eq!(gwangmyeong.names.alternates, ["Kwangmyŏng"]);
    }
}
