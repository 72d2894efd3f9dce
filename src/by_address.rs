//! Shared values compared by address: the same `Arc` or `Rc` is equal, a rebuilt one is not,
//! however alike. Cheap to compare however large what they point to, which makes them fit to
//! key the map's cached pictures on the scene or the basemap they show.

use std::ops::Deref;

#[derive(Debug, Clone)]
pub struct ByAddress<P>(pub P);

impl<P: Deref> PartialEq for ByAddress<P> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(&*self.0, &*other.0)
    }
}

impl<P: Deref> Deref for ByAddress<P> {
    type Target = P::Target;

    fn deref(&self) -> &P::Target {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;
    use std::sync::Arc;

    #[test]
    fn shared_values_are_equal_only_when_they_are_the_same() {
        let scene = Arc::new(vec![1, 2, 3]);
        assert_eq!(ByAddress(scene.clone()), ByAddress(scene.clone()));
        assert_ne!(
            ByAddress(scene),
            ByAddress(Arc::new(vec![1, 2, 3])),
            "alike is not the same"
        );
        let land = Rc::new("outlines");
        assert_eq!(*ByAddress(land), "outlines");
    }
}
