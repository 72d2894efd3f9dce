//! Finding a place, tie or visit by its id in constant time: each list's positions by id,
//! built on the first lookup and checked on every one, so that a list changed since can never
//! give a wrong answer (a lookup the index cannot answer searches the list).

use std::collections::HashMap;
use std::fmt;
use std::hash::Hash;
use std::sync::OnceLock;

/// The positions of one list's items by id, built when first asked. It is not part of the
/// file, compares equal to every other index, and a copy starts empty.
pub struct IdIndex<K> {
    positions: OnceLock<HashMap<K, usize>>,
}

impl<K: Eq + Hash + Clone> IdIndex<K> {
    /// The item of `items` whose id (by `id_of`) is `id`.
    pub fn find<'a, T>(&self, items: &'a [T], id: &K, id_of: impl Fn(&T) -> &K) -> Option<&'a T> {
        self.position(items, id, id_of)
            .map(|position| &items[position])
    }

    /// The position in `items` of the first item whose id (by `id_of`) is `id`.
    pub fn position<T>(&self, items: &[T], id: &K, id_of: impl Fn(&T) -> &K) -> Option<usize> {
        let positions = self.positions.get_or_init(|| {
            let mut positions = HashMap::with_capacity(items.len());
            for (position, item) in items.iter().enumerate() {
                // The first of two items with one id wins, as a search from the start would.
                positions.entry(id_of(item).clone()).or_insert(position);
            }
            positions
        });
        positions
            .get(id)
            .copied()
            .filter(|&position| items.get(position).is_some_and(|item| id_of(item) == id))
            .or_else(|| items.iter().position(|item| id_of(item) == id))
    }
}

impl<K> Default for IdIndex<K> {
    fn default() -> Self {
        IdIndex {
            positions: OnceLock::new(),
        }
    }
}

impl<K> Clone for IdIndex<K> {
    /// An empty index: the copy of an atlas is often changed before it is searched.
    fn clone(&self) -> Self {
        IdIndex::default()
    }
}

impl<K> PartialEq for IdIndex<K> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<K> fmt::Debug for IdIndex<K> {
    fn fmt(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("IdIndex")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id_of(item: &(String, u32)) -> &String {
        &item.0
    }

    fn items(names: &[&str]) -> Vec<(String, u32)> {
        names
            .iter()
            .enumerate()
            .map(|(number, name)| (name.to_string(), number as u32))
            .collect()
    }

    #[test]
    fn finds_each_item_by_its_id_and_nothing_for_an_unknown_one() {
        let index = IdIndex::default();
        let list = items(&["hefei", "osnabrueck", "hiroshima"]);
        for (name, number) in [("hiroshima", 2), ("hefei", 0), ("osnabrueck", 1)] {
            assert_eq!(
                index
                    .find(&list, &name.to_string(), id_of)
                    .map(|item| item.1),
                Some(number)
            );
        }
        assert_eq!(index.find(&list, &"busan".to_string(), id_of), None);
    }

    #[test]
    fn the_first_of_two_items_with_one_id_is_found_as_a_search_would() {
        let list = items(&["hefei", "hefei"]);
        let found = IdIndex::default().find(&list, &"hefei".to_string(), id_of);
        assert_eq!(found.map(|item| item.1), Some(0));
    }

    #[test]
    fn a_list_changed_after_the_first_lookup_still_gives_right_answers() {
        let index = IdIndex::default();
        let mut list = items(&["hefei", "osnabrueck"]);
        assert!(index.find(&list, &"hefei".to_string(), id_of).is_some());
        list.remove(0);
        list.push(("busan".to_string(), 9));
        let find = |name: &str| {
            index
                .find(&list, &name.to_string(), id_of)
                .map(|item| item.1)
        };
        assert_eq!(find("hefei"), None);
        assert_eq!(find("osnabrueck"), Some(1));
        assert_eq!(find("busan"), Some(9));
    }
}
