use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;

fn wish(
    child: &'static str,
    programme: &'static str,
    rank: u16,
    points: i32,
    at: i64,
    lottery: u64,
) -> Wish<&'static str, &'static str> {
    Wish { child, programme, rank, priority: Priority { points, registered_at: at, lottery } }
}

fn caps(list: &[(&'static str, usize)]) -> BTreeMap<&'static str, usize> {
    list.iter().copied().collect()
}

/// A hand-computed market: Mia wants A then B, Ben wants A, Ida wants A then B; A has one place, B
/// one. At A Ben has the most points; at B Mia registered before Ida.
#[test]
fn a_small_market_computed_by_hand() {
    let capacity = caps(&[("A", 1), ("B", 1)]);
    let wishes = [
        wish("mia", "A", 1, 2, 10, 3),
        wish("mia", "B", 2, 0, 10, 3),
        wish("ben", "A", 1, 5, 30, 1),
        wish("ida", "A", 1, 2, 20, 2),
        wish("ida", "B", 2, 0, 20, 2),
    ];
    let m = deferred_acceptance(Mechanism::ChildProposing, &capacity, &wishes);
    // A takes Ben (5 points); Mia and Ida go to B, where Mia registered earlier.
    assert_eq!(m.assigned, BTreeMap::from([("ben", "A"), ("mia", "B")]));
    assert_eq!(m.cutoff["A"].points, 5);
    assert_eq!(m.cutoff["B"].registered_at, 10);
    assert_eq!(blocking_pair(&capacity, &wishes, &m), None);
}

/// The classic market where the two sides' optimal matchings differ: each child ranks first the
/// programme that ranks it last.
#[test]
fn child_and_facility_proposing_differ_where_the_sides_disagree() {
    let capacity = caps(&[("A", 1), ("B", 1)]);
    // Mia: A > B; Ben: B > A. A prefers Ben (more points), B prefers Mia.
    let wishes = [
        wish("mia", "A", 1, 0, 1, 1),
        wish("mia", "B", 2, 3, 1, 1),
        wish("ben", "B", 1, 0, 2, 2),
        wish("ben", "A", 2, 3, 2, 2),
    ];
    let kids = deferred_acceptance(Mechanism::ChildProposing, &capacity, &wishes);
    let facilities = deferred_acceptance(Mechanism::FacilityProposing, &capacity, &wishes);
    assert_eq!(kids.assigned, BTreeMap::from([("ben", "B"), ("mia", "A")]), "each child its first wish");
    assert_eq!(facilities.assigned, BTreeMap::from([("ben", "A"), ("mia", "B")]), "each programme its first");
    assert_eq!(blocking_pair(&capacity, &wishes, &kids), None);
    assert_eq!(blocking_pair(&capacity, &wishes, &facilities), None);
}

#[test]
fn ties_break_by_time_then_lottery_and_unknown_or_full_programmes_place_nobody() {
    let capacity = caps(&[("A", 1), ("Z", 0)]);
    let wishes = [
        wish("a", "A", 1, 1, 5, 9),
        wish("b", "A", 1, 1, 5, 4),
        wish("c", "X", 1, 9, 0, 0),
        wish("c", "Z", 2, 9, 0, 0),
    ];
    let m = deferred_acceptance(Mechanism::ChildProposing, &capacity, &wishes);
    assert_eq!(m.assigned, BTreeMap::from([("b", "A")]), "same points and time: the lower lottery number");
    assert_eq!(m.cutoff.get("Z"), None);
}

// ---- Property tests on random markets -----------------------------------------------------------

#[derive(Debug, Clone)]
struct RandomMarket {
    capacity: BTreeMap<u8, usize>,
    wishes: Vec<Wish<u8, u8>>,
}

fn market(max_children: u8, max_programmes: u8) -> impl Strategy<Value = RandomMarket> {
    (1..=max_children, 1..=max_programmes).prop_flat_map(|(n, m)| {
        let capacity = proptest::collection::vec(0usize..=2, m as usize);
        // Per child: a subset of programmes in a random order, and its time and lottery number.
        let children = proptest::collection::vec(
            (Just((0..m).collect::<Vec<u8>>()).prop_shuffle(), 0..=m as usize, 0i64..4, any::<u64>()),
            n as usize,
        );
        // Points per (child, programme).
        let points = proptest::collection::vec(0i32..3, (n as usize) * (m as usize));
        (capacity, children, points).prop_map(move |(capacity, children, points)| {
            let mut wishes = Vec::new();
            for (c, (order, len, at, lottery)) in children.into_iter().enumerate() {
                for (rank, p) in order.into_iter().take(len).enumerate() {
                    let points = points[c * m as usize + p as usize];
                    let priority = Priority { points, registered_at: at, lottery };
                    wishes.push(Wish { child: c as u8, programme: p, rank: rank as u16 + 1, priority });
                }
            }
            RandomMarket { capacity: capacity.into_iter().enumerate().map(|(p, c)| (p as u8, c)).collect(), wishes }
        })
    })
}

/// The rank (1 = first wish) a matching gives each child; `None` when unplaced.
fn ranks(wishes: &[Wish<u8, u8>], m: &Matching<u8, u8>) -> BTreeMap<u8, Option<u16>> {
    let mut out = BTreeMap::new();
    for w in wishes {
        let got = m.assigned.get(&w.child);
        let entry = out.entry(w.child).or_insert(None);
        if got == Some(&w.programme) {
            *entry = Some(w.rank);
        }
    }
    out
}

/// Every matching in which each child gets one of its wishes or nothing and no capacity is exceeded.
fn all_matchings(r: &RandomMarket) -> Vec<Matching<u8, u8>> {
    let mut children: Vec<u8> = r.wishes.iter().map(|w| w.child).collect();
    children.sort();
    children.dedup();
    let mut out = Vec::new();
    let mut current: BTreeMap<u8, u8> = BTreeMap::new();
    fn go(
        r: &RandomMarket,
        children: &[u8],
        i: usize,
        current: &mut BTreeMap<u8, u8>,
        out: &mut Vec<Matching<u8, u8>>,
    ) {
        if i == children.len() {
            out.push(Matching { assigned: current.clone(), cutoff: BTreeMap::new() });
            return;
        }
        go(r, children, i + 1, current, out);
        for w in r.wishes.iter().filter(|w| w.child == children[i]) {
            let used = current.values().filter(|p| **p == w.programme).count();
            if used < r.capacity.get(&w.programme).copied().unwrap_or(0) {
                current.insert(w.child, w.programme);
                go(r, children, i + 1, current, out);
                current.remove(&w.child);
            }
        }
    }
    go(r, &children, 0, &mut current, &mut out);
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    /// Both variants: no capacity exceeded, every child placed at one of its own wishes, no
    /// blocking pair.
    #[test]
    fn every_result_is_stable_and_within_capacity(r in market(9, 5)) {
        for mech in [Mechanism::ChildProposing, Mechanism::FacilityProposing] {
            let m = deferred_acceptance(mech, &r.capacity, &r.wishes);
            for (p, n) in m.taken() {
                prop_assert!(n <= r.capacity[p], "{mech:?}: {p} over capacity");
            }
            for (c, p) in &m.assigned {
                prop_assert!(r.wishes.iter().any(|w| w.child == *c && w.programme == *p), "{mech:?}: not a wish");
            }
            prop_assert_eq!(blocking_pair(&r.capacity, &r.wishes, &m), None, "{:?}", mech);
        }
    }

    /// Child-proposing gives every child the best place it has in any stable matching (found by
    /// brute force), and facility-proposing never gives a child a better one.
    #[test]
    fn child_proposing_is_child_optimal(r in market(5, 3)) {
        let best = deferred_acceptance(Mechanism::ChildProposing, &r.capacity, &r.wishes);
        let other = deferred_acceptance(Mechanism::FacilityProposing, &r.capacity, &r.wishes);
        let mine = ranks(&r.wishes, &best);
        let key = |x: Option<u16>| x.unwrap_or(u16::MAX);
        for m in all_matchings(&r).iter().filter(|m| blocking_pair(&r.capacity, &r.wishes, m).is_none()) {
            for (c, rank) in ranks(&r.wishes, m) {
                prop_assert!(key(mine[&c]) <= key(rank), "child {c} gets rank {rank:?} in a stable matching, {:?} here", mine[&c]);
            }
        }
        for (c, rank) in ranks(&r.wishes, &other) {
            prop_assert!(key(mine[&c]) <= key(rank));
        }
    }

    /// The result does not depend on the order of the input.
    #[test]
    fn shuffled_input_gives_the_same_result(r in market(9, 5), seed in any::<u64>()) {
        let mut shuffled = r.wishes.clone();
        let mut s = seed | 1;
        for i in (1..shuffled.len()).rev() {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            shuffled.swap(i, (s % (i as u64 + 1)) as usize);
        }
        for mech in [Mechanism::ChildProposing, Mechanism::FacilityProposing] {
            prop_assert_eq!(deferred_acceptance(mech, &r.capacity, &r.wishes), deferred_acceptance(mech, &r.capacity, &shuffled));
        }
    }

    /// Strategy-proofness, spot-checked: a child that reports its wishes in another order never gets
    /// a place it truly ranks higher.
    #[test]
    fn misreporting_never_pays(r in market(6, 4), who in 0u8..6, rotate in 1usize..4) {
        let honest = ranks(&r.wishes, &deferred_acceptance(Mechanism::ChildProposing, &r.capacity, &r.wishes));
        // One of the children with at least two wishes (markets without one test nothing).
        let mut several: Vec<u8> = r.wishes.iter().map(|w| w.child).filter(|c| r.wishes.iter().filter(|w| w.child == *c).count() >= 2).collect();
        several.dedup();
        let Some(&who) = several.get(who as usize % several.len().max(1)) else { return Ok(()) };
        let mine: Vec<&Wish<u8, u8>> = r.wishes.iter().filter(|w| w.child == who).collect();
        let mut order: Vec<u16> = mine.iter().map(|w| w.rank).collect();
        order.rotate_left(rotate % mine.len());
        let mut lie = r.wishes.clone();
        for (k, w) in lie.iter_mut().filter(|w| w.child == who).enumerate() {
            w.rank = order[k];
        }
        let m = deferred_acceptance(Mechanism::ChildProposing, &r.capacity, &lie);
        let truly = m.assigned.get(&who).and_then(|p| mine.iter().find(|w| w.programme == *p)).map(|w| w.rank);
        let key = |x: Option<u16>| x.unwrap_or(u16::MAX);
        prop_assert!(key(truly) >= key(honest[&who]), "lying got rank {truly:?}, honesty {:?}", honest[&who]);
    }
}
