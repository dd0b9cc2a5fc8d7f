//! The tenant directory in this process's memory: which cluster holds each schema.
//!
//! Two things write it: a re-read of `platform.tenants` (every replica, on a notification and every
//! 15 s) and this process's own adds, which name their new schema's cluster once its row is
//! committed. A re-read that began before such an add may not see its row; applying that read must
//! not drop the add's entry, or the new municipality would be looked for on `main` (503) until the
//! next re-read. So each write is stamped with a clock: a read keeps the entries this process set
//! after the read began, and a read that began before the one already applied is dropped.

use std::collections::HashMap;
use std::sync::RwLock;

use step_domain::SchemaName;

#[derive(Default)]
pub(crate) struct Directory {
    inner: RwLock<Inner>,
}

#[derive(Default)]
struct Inner {
    clusters: HashMap<SchemaName, String>,
    /// Ticks at each read begun and each entry set here.
    clock: u64,
    /// The entries set here, with the tick they were last set at, until a read begun after them
    /// is in (one per schema: a process that adds thousands and never re-reads keeps one each).
    own: HashMap<SchemaName, (u64, String)>,
    /// The tick at which the read last applied began.
    applied: u64,
}

/// A read of the directory from the platform, begun at a tick of the clock.
#[must_use = "a read is applied with Directory::apply"]
pub(crate) struct Read(u64);

impl Directory {
    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Inner> {
        self.inner.write().unwrap_or_else(|e| e.into_inner())
    }

    /// `f` of the cluster the directory names for `schema` (`None`: not named, so `main`). `f`
    /// runs under the lock: it must not call back into the directory.
    pub(crate) fn lookup<R>(&self, schema: &SchemaName, f: impl FnOnce(Option<&str>) -> R) -> R {
        let inner = self.inner.read().unwrap_or_else(|e| e.into_inner());
        f(inner.clusters.get(schema).map(String::as_str))
    }

    /// Puts `schema` on `cluster` (after its platform row is committed).
    pub(crate) fn set(&self, schema: &SchemaName, cluster: &str) {
        let mut inner = self.write();
        inner.clock += 1;
        let tick = inner.clock;
        inner.own.insert(schema.clone(), (tick, cluster.to_owned()));
        inner.clusters.insert(schema.clone(), cluster.to_owned());
    }

    /// Call before reading the platform's rows.
    pub(crate) fn begin(&self) -> Read {
        let mut inner = self.write();
        inner.clock += 1;
        Read(inner.clock)
    }

    /// Replaces the directory with what `read` found, keeping the entries set here since it began.
    /// Returns false (and changes nothing) when a read begun later is already applied.
    pub(crate) fn apply(&self, read: Read, mut fresh: HashMap<SchemaName, String>) -> bool {
        let mut inner = self.write();
        if read.0 < inner.applied {
            return false;
        }
        inner.own.retain(|_, (tick, _)| *tick > read.0);
        for (schema, (_, cluster)) in &inner.own {
            fresh.insert(schema.clone(), cluster.clone());
        }
        inner.applied = read.0;
        inner.clusters = fresh;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(name: &str) -> SchemaName {
        SchemaName::parse(name).unwrap()
    }

    fn cluster_of(d: &Directory, name: &str) -> Option<String> {
        d.lookup(&schema(name), |c| c.map(str::to_owned))
    }

    fn rows(entries: &[(&str, &str)]) -> HashMap<SchemaName, String> {
        entries.iter().map(|(s, c)| (schema(s), (*c).to_owned())).collect()
    }

    #[test]
    fn a_read_begun_before_an_add_keeps_the_add() {
        let d = Directory::default();
        let read = d.begin();
        // The add commits its row after the read's query ran, then names its cluster here.
        d.set(&schema("t_neu"), "second");
        assert!(d.apply(read, rows(&[("t_rheine", "main")])));
        assert_eq!(cluster_of(&d, "t_neu").as_deref(), Some("second"), "the add survives the older read");
        assert_eq!(cluster_of(&d, "t_rheine").as_deref(), Some("main"));
        // A read begun after the add is the truth again: here the row was removed meanwhile.
        let later = d.begin();
        assert!(d.apply(later, rows(&[("t_rheine", "main")])));
        assert_eq!(cluster_of(&d, "t_neu"), None, "a later read without the row drops it");
    }

    #[test]
    fn an_add_undone_during_a_read_ends_on_main() {
        let d = Directory::default();
        let read = d.begin();
        d.set(&schema("t_neu"), "second");
        // The add failed: its row is deleted and the directory names `main` again.
        d.set(&schema("t_neu"), "main");
        // The read ran while the row still stood.
        assert!(d.apply(read, rows(&[("t_neu", "second")])));
        assert_eq!(cluster_of(&d, "t_neu").as_deref(), Some("main"), "the last word here wins");
    }

    #[test]
    fn a_read_that_ends_after_a_newer_one_changes_nothing() {
        let d = Directory::default();
        let old = d.begin();
        let new = d.begin();
        assert!(d.apply(new, rows(&[("t_emsdetten", "third")])));
        assert!(!d.apply(old, rows(&[("t_emsdetten", "main")])), "the older read is dropped");
        assert_eq!(cluster_of(&d, "t_emsdetten").as_deref(), Some("third"));
    }
}
