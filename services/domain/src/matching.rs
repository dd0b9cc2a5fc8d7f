//! The matching day (issue 17): deferred acceptance between children and programmes (a facility's
//! places for one age band), pure and deterministic, generic over the ids.
//!
//! - A child's **wishes** are its registrations in the parent's rank order (1 = first wish).
//! - A programme's **priority** over the children who wish it: more admission-criteria points first,
//!   then the earlier registration, then the lower lottery number (one number per child), then the
//!   child's id, so that every priority order is strict and every run reproducible.
//! - **Child-proposing** deferred acceptance gives the child-optimal stable matching (no child and
//!   programme would both rather have each other, no capacity exceeded, no parent gains by
//!   misreporting). **Facility-proposing** gives the facility-optimal stable matching, for comparison.
//!
//! The result does not depend on the order of the input: wishes and programmes are sorted first.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

/// Which side proposes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mechanism {
    ChildProposing,
    FacilityProposing,
}

impl Mechanism {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "child_proposing" => Some(Self::ChildProposing),
            "facility_proposing" => Some(Self::FacilityProposing),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ChildProposing => "child_proposing",
            Self::FacilityProposing => "facility_proposing",
        }
    }
}

/// A child's standing at one programme; the smaller key is the better standing. (The derived order
/// is only the fields' order, not the standing: compare with the programme's priority order.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Priority {
    /// Points of the admission criteria counted for this registration.
    pub points: i32,
    /// When the registration was made (any monotone number, e.g. Unix microseconds).
    pub registered_at: i64,
    /// The child's lottery number, the same for all of its wishes.
    pub lottery: u64,
}

impl Priority {
    fn key(&self) -> (Reverse<i32>, i64, u64) {
        (Reverse(self.points), self.registered_at, self.lottery)
    }
}

/// One wish: `child` wants `programme` as its `rank`-th choice, where it stands at `priority`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wish<C, P> {
    pub child: C,
    pub programme: P,
    pub rank: u16,
    pub priority: Priority,
}

/// The matching: each placed child's programme, and each programme's cut-off (the standing of the
/// last child it took, when it took anyone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matching<C, P> {
    pub assigned: BTreeMap<C, P>,
    pub cutoff: BTreeMap<P, Priority>,
}

impl<C: Ord, P: Ord> Matching<C, P> {
    /// How many children each programme took.
    pub fn taken(&self) -> BTreeMap<&P, usize> {
        let mut out = BTreeMap::new();
        for p in self.assigned.values() {
            *out.entry(p).or_insert(0) += 1;
        }
        out
    }
}

/// The market in index form: programmes and children sorted by id, each child's wishes by rank.
struct Market<'a, C, P> {
    programmes: Vec<(&'a P, usize)>,
    children: Vec<&'a C>,
    /// Per child: (programme index, priority key, priority), best rank first.
    wishes: Vec<Vec<(usize, Key<'a, C>, Priority)>>,
}

/// A strict order: the priority, then the child's id.
type Key<'a, C> = ((Reverse<i32>, i64, u64), &'a C);

/// A wish while the market is built: (rank, programme index, key, priority).
type RankedWish<'a, C> = (u16, usize, Key<'a, C>, Priority);

/// An applicant of a programme: (key, child index, rank at the child, priority).
type Applicant<'a, C> = (Key<'a, C>, usize, usize, Priority);

impl<'a, C: Ord, P: Ord> Market<'a, C, P> {
    fn new(capacity: &'a BTreeMap<P, usize>, wishes: &'a [Wish<C, P>]) -> Self {
        let programmes: Vec<(&P, usize)> = capacity.iter().map(|(p, c)| (p, *c)).collect();
        let mut children: Vec<&C> = wishes.iter().map(|w| &w.child).collect();
        children.sort();
        children.dedup();
        let mut lists: Vec<Vec<RankedWish<'a, C>>> = vec![Vec::new(); children.len()];
        for w in wishes {
            let Ok(p) = programmes.binary_search_by(|(id, _)| (*id).cmp(&w.programme)) else { continue };
            let c = children.binary_search(&&w.child).unwrap_or_default();
            lists[c].push((w.rank, p, (w.priority.key(), &w.child), w.priority));
        }
        let wishes = lists
            .into_iter()
            .map(|mut l| {
                l.sort_by_key(|w| (w.0, w.1));
                // A programme wished twice counts at its best rank.
                let mut seen = Vec::new();
                l.retain(|w| {
                    let new = !seen.contains(&w.1);
                    seen.push(w.1);
                    new
                });
                l.into_iter().map(|(_, p, k, pr)| (p, k, pr)).collect()
            })
            .collect();
        Self { programmes, children, wishes }
    }

    fn result(&self, held: Vec<Vec<(Key<'a, C>, usize, Priority)>>) -> Matching<C, P>
    where
        C: Clone,
        P: Clone,
    {
        let mut assigned = BTreeMap::new();
        let mut cutoff = BTreeMap::new();
        for (p, list) in held.into_iter().enumerate() {
            let programme = self.programmes[p].0;
            if let Some(worst) = list.iter().max_by(|a, b| a.0.cmp(&b.0)) {
                cutoff.insert(programme.clone(), worst.2);
            }
            for (_, c, _) in list {
                assigned.insert(self.children[c].clone(), programme.clone());
            }
        }
        Matching { assigned, cutoff }
    }
}

/// Runs deferred acceptance on `wishes` with the programmes' `capacity`. Wishes for a programme not
/// in `capacity` are ignored.
pub fn deferred_acceptance<C: Ord + Clone, P: Ord + Clone>(
    mechanism: Mechanism,
    capacity: &BTreeMap<P, usize>,
    wishes: &[Wish<C, P>],
) -> Matching<C, P> {
    let market = Market::new(capacity, wishes);
    match mechanism {
        Mechanism::ChildProposing => child_proposing(&market),
        Mechanism::FacilityProposing => facility_proposing(&market),
    }
}

fn child_proposing<'a, C: Ord + Clone, P: Ord + Clone>(m: &Market<'a, C, P>) -> Matching<C, P> {
    // Each programme holds its best children so far; the heap's top is the worst of them.
    let mut held: Vec<BinaryHeap<(Key<'a, C>, usize, Priority)>> = vec![BinaryHeap::new(); m.programmes.len()];
    let mut next = vec![0usize; m.children.len()];
    let mut free: Vec<usize> = (0..m.children.len()).rev().collect();
    while let Some(c) = free.pop() {
        let Some(&(p, key, priority)) = m.wishes[c].get(next[c]) else { continue };
        next[c] += 1;
        let cap = m.programmes[p].1;
        let heap = &mut held[p];
        if heap.len() < cap {
            heap.push((key, c, priority));
        } else if heap.peek().is_some_and(|worst| key < worst.0) {
            let (_, out, _) = heap.pop().expect("a full programme holds someone");
            heap.push((key, c, priority));
            free.push(out);
        } else {
            free.push(c);
        }
    }
    m.result(held.into_iter().map(BinaryHeap::into_vec).collect())
}

fn facility_proposing<'a, C: Ord + Clone, P: Ord + Clone>(m: &Market<'a, C, P>) -> Matching<C, P> {
    // Each programme's applicants in its priority order, with the child's rank of the programme.
    let mut applicants: Vec<Vec<Applicant<'a, C>>> = vec![Vec::new(); m.programmes.len()];
    for (c, list) in m.wishes.iter().enumerate() {
        for (rank, (p, key, priority)) in list.iter().enumerate() {
            applicants[*p].push((*key, c, rank, *priority));
        }
    }
    for a in &mut applicants {
        a.sort_by(|x, y| x.0.cmp(&y.0));
    }
    // The child's tentative programme: (rank at the child, programme).
    let mut holds: Vec<Option<(usize, usize)>> = vec![None; m.children.len()];
    let mut held_count = vec![0usize; m.programmes.len()];
    let mut next = vec![0usize; m.programmes.len()];
    let mut active: Vec<usize> = (0..m.programmes.len()).rev().collect();
    while let Some(p) = active.pop() {
        while held_count[p] < m.programmes[p].1 && next[p] < applicants[p].len() {
            let (_, c, rank, _) = applicants[p][next[p]];
            next[p] += 1;
            match holds[c] {
                Some((r, _)) if r < rank => {}
                Some((_, q)) => {
                    holds[c] = Some((rank, p));
                    held_count[p] += 1;
                    held_count[q] -= 1;
                    active.push(q);
                }
                None => {
                    holds[c] = Some((rank, p));
                    held_count[p] += 1;
                }
            }
        }
    }
    let mut held: Vec<Vec<(Key<'a, C>, usize, Priority)>> = vec![Vec::new(); m.programmes.len()];
    for (c, h) in holds.iter().enumerate() {
        if let Some((rank, p)) = h {
            let (_, key, priority) = m.wishes[c][*rank];
            held[*p].push((key, c, priority));
        }
    }
    m.result(held)
}

/// A pair that blocks `matching`: the child prefers the programme to its place (or has none) and the
/// programme has room or took a child it ranks lower. None means the matching is stable.
pub fn blocking_pair<C: Ord + Clone, P: Ord + Clone>(
    capacity: &BTreeMap<P, usize>,
    wishes: &[Wish<C, P>],
    matching: &Matching<C, P>,
) -> Option<(C, P)> {
    let m = Market::new(capacity, wishes);
    let mut held: Vec<Vec<Key<'_, C>>> = vec![Vec::new(); m.programmes.len()];
    let mut place = vec![None; m.children.len()];
    for (c, list) in m.wishes.iter().enumerate() {
        if let Some(p) = matching.assigned.get(m.children[c]) {
            let found = m.programmes.binary_search_by(|(id, _)| (*id).cmp(p)).ok();
            // A place the child never wished for is no matching of this market at all.
            let Some(rank) = found.and_then(|i| list.iter().position(|w| w.0 == i)) else {
                return Some((m.children[c].clone(), p.clone()));
            };
            place[c] = Some(rank);
            held[list[rank].0].push(list[rank].1);
        }
    }
    for (c, list) in m.wishes.iter().enumerate() {
        let better = &list[..place[c].unwrap_or(list.len())];
        for (p, key, _) in better {
            let room = held[*p].len() < m.programmes[*p].1;
            if room || held[*p].iter().any(|k| k > key) {
                return Some((m.children[c].clone(), m.programmes[*p].0.clone()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests;
