//! Each tie's two places by position, found once: filters and counts look at both ends of
//! every tie on each change, and a position read and checked costs a fraction of a lookup by id.

use crate::ids::PlaceId;
use crate::place::Place;
use crate::tie::Tie;
use std::fmt;
use std::sync::OnceLock;

/// Where the German place and the partner of each tie are among the places, built when first
/// asked. Like [`crate::id_index::IdIndex`] it is not part of the file, compares equal to every
/// other, a copy starts empty, and every answer is checked against the lists as they are now.
#[derive(Default)]
pub struct TieEnds {
    positions: OnceLock<Vec<[Option<usize>; 2]>>,
}

impl TieEnds {
    /// The places of `ties[tie]`'s German side and partner, each `None` when the places lack
    /// it. `position_of` finds a place's position by id, and `place` a place the positions
    /// known cannot answer for.
    pub fn of<'a>(
        &self,
        ties: &[Tie],
        places: &'a [Place],
        tie: usize,
        position_of: impl Fn(&PlaceId) -> Option<usize>,
        place: impl Fn(&PlaceId) -> Option<&'a Place>,
    ) -> [Option<&'a Place>; 2] {
        let Some(tie_at) = ties.get(tie) else {
            return [None, None];
        };
        let known = self.positions.get_or_init(|| {
            ties.iter()
                .map(|tie| [&tie.german, &tie.partner].map(&position_of))
                .collect()
        });
        let ends = known.get(tie).copied().unwrap_or_default();
        [(&tie_at.german, ends[0]), (&tie_at.partner, ends[1])].map(|(id, at)| {
            at.and_then(|at| places.get(at))
                .filter(|found| &found.id == id)
                .or_else(|| place(id))
        })
    }
}

impl Clone for TieEnds {
    /// Empty: the copy of an atlas is often changed before it is used.
    fn clone(&self) -> Self {
        TieEnds::default()
    }
}

impl PartialEq for TieEnds {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl fmt::Debug for TieEnds {
    fn fmt(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("TieEnds")
    }
}
