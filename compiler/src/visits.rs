//! Validating `visits.toml`: delegation journeys from one place through stops in order.

use crate::checks::{Check, all, localized};
use crate::known::Known;
use crate::problems::quoted;
use crate::raw::{RawOrganisation, RawVisit};
use crate::toml_records::Records;
use atlas_model::{Organisation, OrganisationRole, PlaceId, Visit, VisitId};
use toml::Spanned;

/// Validates the visit records against the known places; gives valid visits and every id.
pub fn validate(
    check: &mut Check<'_>,
    records: &Records<RawVisit>,
    places: &Known,
) -> (Vec<Visit>, Known) {
    let mut known = records.known_ids("visit");
    let visits = records
        .read
        .iter()
        .filter_map(|record| visit(check, record, places, &mut known))
        .collect();
    (visits, known)
}

fn visit(
    check: &mut Check<'_>,
    record: &Spanned<RawVisit>,
    places: &Known,
    known: &mut Known,
) -> Option<Visit> {
    let at = record.span().start;
    let line = check.file.line(at);
    let raw = record.get_ref();
    let id = check.required(&raw.id, at, "id").and_then(|id| {
        known.define_checked(check, id, "id", format!("line {line}"));
        check.slug(id, "id")
    });
    let from = check
        .required(&raw.from, at, "from")
        .and_then(|from| places.reference(check, from, "from"));
    let stops = check
        .required(&raw.to, at, "to")
        .and_then(|to| stops(check, to, places));
    let start = check
        .required(&raw.start, at, "start")
        .and_then(|start| check.date(start, "start"));
    // `Some(None)` when there is no end, `None` when it does not parse.
    let end = match &raw.end {
        Some(end) => {
            let date = check.date(end, "end");
            check.end_after_start(("start", start), ("end", date, end.span().start));
            date.map(Some)
        }
        None => Some(None),
    };
    let topics = raw
        .topics
        .iter()
        .enumerate()
        .map(|(index, topic)| localized(check, topic, &format!("topics[{index}]")));
    let topics = all(topics);
    let organisations = raw
        .organisations
        .iter()
        .enumerate()
        .map(|(index, organisation)| {
            organisation_of(check, organisation, &format!("organisations[{index}]"))
        });
    let organisations = all(organisations);
    let delegation_size = raw.delegation_size.as_ref().map(|size| *size.get_ref());
    if let Some(size) = &raw.delegation_size
        && *size.get_ref() == 0
    {
        let message = "must be at least 1; leave it out when unknown";
        check.at(size.span().start, "delegation_size", message);
    }
    Some(Visit {
        id: VisitId::new(id?),
        from: PlaceId::new(from?),
        stops: stops?,
        start: start?,
        end: end?,
        delegation_size,
        organisations: organisations?,
        topics: topics?,
    })
}

fn stops(
    check: &mut Check<'_>,
    to: &Spanned<Vec<Spanned<String>>>,
    places: &Known,
) -> Option<Vec<PlaceId>> {
    if to.get_ref().is_empty() {
        check.at(to.span().start, "to", "a visit needs at least one stop");
        return None;
    }
    let stops = to.get_ref().iter().enumerate().map(|(index, stop)| {
        places
            .reference(check, stop, &format!("to[{index}]"))
            .map(PlaceId::new)
    });
    all(stops)
}

fn organisation_of(
    check: &mut Check<'_>,
    value: &Spanned<RawOrganisation>,
    field: &str,
) -> Option<Organisation> {
    let at = value.span().start;
    let name = check.text(&value.get_ref().name, at, &format!("{field}.name"));
    let role = check
        .required(&value.get_ref().role, at, &format!("{field}.role"))
        .and_then(|role| {
            let found = OrganisationRole::from_name(role.get_ref());
            if found.is_none() {
                let message = format!(
                    "unknown role {}; expected one of organiser, participant, host",
                    quoted(role.get_ref())
                );
                check.at(role.span().start, format!("{field}.role"), message);
            }
            found
        });
    Some(Organisation {
        name: name?,
        role: role?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problems::Problems;
    use crate::source::SourceFile;
    use crate::toml_records::{array_of_tables, parse};

    fn visits(text: &str) -> (Vec<Visit>, Vec<String>) {
        let file = SourceFile::new("data/visits.toml", text);
        let mut problems = Problems::default();
        let root = parse(&file, &mut problems).expect("valid TOML");
        let records = array_of_tables(&file, &root, "visit", &mut problems);
        let mut places = Known::new("place");
        for id in ["osnabrueck", "hefei", "wuhu", "gwangmyeong"] {
            places.define(id, "line 1".into());
        }
        let (visits, _) = validate(&mut Check::new(&file, &mut problems), &records, &places);
        (visits, problems.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn a_journey_keeps_its_stops_in_order() {
        let (visits, problems) = visits(
            "[[visit]]\nid = \"osnabrueck-2024\"\nfrom = \"osnabrueck\"\n\
             to = [\"hefei\", \"wuhu\", \"gwangmyeong\"]\nstart = \"2024-10-25\"\nend = \"2024-10\"\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let stops: Vec<&str> = visits[0].stops.iter().map(PlaceId::as_str).collect();
        assert_eq!(stops, ["hefei", "wuhu", "gwangmyeong"]);
        assert_eq!(
            visits[0].end.map(|end| end.to_string()).as_deref(),
            Some("2024-10")
        );
    }

    #[test]
    fn every_problem_of_a_record_is_reported() {
        let (visits, problems) = visits(
            "[[visit]]\nid = \"Osnabrück 2024\"\nfrom = \"osnabrueck\"\nto = []\n\
             start = \"2024-10-25\"\nend = \"2024-09\"\ndelegation_size = 0\n\
             topics = [{ de = \"KI\" }]\n\n\
             [[visit.organisations]]\nname = \"Stadt Osnabrück\"\nrole = \"guest\"\n",
        );
        assert!(visits.is_empty());
        assert_eq!(
            problems,
            [
                "data/visits.toml:2: id: \"Osnabrück 2024\" is not a slug (lowercase a-z and 0-9 in words \
             joined by single hyphens); try \"osnabrueck-2024\"",
                "data/visits.toml:4: to: a visit needs at least one stop",
                "data/visits.toml:6: end: 2024-09 is before start 2024-10-25",
                "data/visits.toml:8: topics[0].en: missing",
                "data/visits.toml:8: topics[0].zh: missing",
                "data/visits.toml:8: topics[0].ko: missing",
                "data/visits.toml:8: topics[0].ja: missing",
                "data/visits.toml:12: organisations[0].role: unknown role \"guest\"; expected one of \
             organiser, participant, host",
                "data/visits.toml:7: delegation_size: must be at least 1; leave it out when unknown",
            ]
        );
    }
}
