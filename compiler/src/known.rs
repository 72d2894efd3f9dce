//! The ids defined in the data, for checking references and finding duplicates.

use crate::checks::Check;
use crate::nearest::did_you_mean;
use crate::problems::quoted;
use crate::raw::Text;
use std::collections::BTreeMap;

/// The ids of one kind of record (places, ties, visits, stories) and where each is defined.
#[derive(Debug, Clone)]
pub struct Known {
    /// `place`, `tie`, `visit`, `story`: used in messages.
    what: &'static str,
    /// Id to the place of its first definition (`line 12` or `data/stories/a.toml:1`).
    ids: BTreeMap<String, String>,
    /// False when a file could not be read: then references are not checked against it.
    complete: bool,
}

impl Known {
    pub fn new(what: &'static str) -> Self {
        Self {
            what,
            ids: BTreeMap::new(),
            complete: true,
        }
    }

    /// Marks the set as partial (its file could not be parsed).
    pub fn set_incomplete(&mut self) {
        self.complete = false;
    }

    /// Records a definition; gives where the id was defined first if it is a duplicate.
    pub fn define(&mut self, id: &str, at: String) -> Option<String> {
        if let Some(first) = self.ids.get(id) {
            return Some(first.clone());
        }
        self.ids.insert(id.to_owned(), at);
        None
    }

    /// Records an id and reports it when it is already defined.
    pub fn define_checked(&mut self, check: &mut Check<'_>, id: &Text, field: &str, at: String) {
        if let Some(first) = self.define(id.get_ref(), at) {
            let message = format!(
                "duplicate {} id {} (first defined at {first})",
                self.what,
                quoted(id.get_ref())
            );
            check.at(id.span().start, field, message);
        }
    }

    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains_key(id)
    }

    /// False when the file defining these ids could not be read whole.
    pub fn is_complete(&self) -> bool {
        self.complete
    }

    /// Every id, sorted.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.ids.keys().map(String::as_str)
    }

    /// Checks a reference; gives the id when it is known (or cannot be checked).
    pub fn reference(&self, check: &mut Check<'_>, id: &Text, field: &str) -> Option<String> {
        let wanted = id.get_ref();
        if self.contains(wanted) {
            return Some(wanted.clone());
        }
        if self.complete {
            let hint = did_you_mean(wanted, self.ids.keys().map(String::as_str));
            check.at(
                id.span().start,
                field,
                format!("unknown {} {}{hint}", self.what, quoted(wanted)),
            );
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problems::Problems;
    use crate::source::SourceFile;
    use toml::Spanned;

    fn text(value: &str) -> Text {
        Spanned::new(0..value.len(), value.to_owned())
    }

    #[test]
    fn unknown_references_suggest_the_nearest_id() {
        let file = SourceFile::new("data/ties.csv", "a,b\n");
        let mut problems = Problems::default();
        let mut places = Known::new("place");
        places.define("osnabrueck", "line 3".into());
        let mut check = Check::new(&file, &mut problems);
        assert_eq!(
            places.reference(&mut check, &text("osnabrueck"), "a"),
            Some("osnabrueck".into())
        );
        assert_eq!(places.reference(&mut check, &text("osnabruck"), "a"), None);
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            ["data/ties.csv:1: a: unknown place \"osnabruck\"; did you mean \"osnabrueck\"?"]
        );
    }

    #[test]
    fn an_incomplete_set_checks_nothing() {
        let file = SourceFile::new("data/ties.csv", "a,b\n");
        let mut problems = Problems::default();
        let mut places = Known::new("place");
        places.set_incomplete();
        let mut check = Check::new(&file, &mut problems);
        assert_eq!(places.reference(&mut check, &text("hefei"), "b"), None);
        assert!(problems.is_empty());
    }

    #[test]
    fn duplicates_name_the_first_definition() {
        let mut places = Known::new("place");
        assert_eq!(places.define("hefei", "line 3".into()), None);
        assert_eq!(
            places.define("hefei", "line 9".into()).as_deref(),
            Some("line 3")
        );
    }
}
