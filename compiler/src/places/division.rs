//! The first-level division a declared place lies in (`Niedersachsen`): as `places.toml`
//! declares it, else that of the gazetteer entry it is located at; none for a state or country.

use crate::checks::Check;
use crate::gazetteer::{Entry, Gazetteer};
use crate::nearest::did_you_mean;
use crate::problems::quoted;
use crate::raw::Text;
use atlas_model::PlaceKind;

/// The place's division: `Some(None)` when it has none, `None` when the declared one is wrong
/// (reported). A declared division of a country that `admin1.tsv` covers must be one of its
/// divisions, written as a name or code it gives, and is stored under its shown name, so that
/// every place of a Land carries the same name.
pub fn division(
    check: &mut Check<'_>,
    declared: Option<&Text>,
    (kind, country): (PlaceKind, &str),
    entry: Option<&Entry>,
    gazetteer: Option<&Gazetteer>,
) -> Option<Option<String>> {
    let is_division = match kind {
        PlaceKind::State => Some("state"),
        PlaceKind::Country => Some("country"),
        PlaceKind::City | PlaceKind::District | PlaceKind::Region => None,
    };
    let Some(text) = declared else {
        let found = match (is_division, entry, gazetteer) {
            (None, Some(entry), Some(gazetteer)) => gazetteer.division(entry),
            _ => None,
        };
        return Some(found.map(str::to_owned));
    };
    let written = check.non_blank(text, "division")?;
    if let Some(kind) = is_division {
        let message = format!("a {kind} lies in no first-level division; remove division");
        check.at(text.span().start, "division", message);
        return None;
    }
    let Some(admin1) = gazetteer
        .map(|gazetteer| &gazetteer.admin1)
        .filter(|admin1| admin1.covers(country))
    else {
        return Some(Some(written));
    };
    match admin1.find(country, &written) {
        Some(shown) => Some(Some(shown.to_owned())),
        None => {
            let message = format!(
                "{} is no first-level division of {country} in data/gazetteer/admin1.tsv{}",
                quoted(&written),
                did_you_mean(&written, admin1.shown_names(country))
            );
            check.at(text.span().start, "division", message);
            None
        }
    }
}
