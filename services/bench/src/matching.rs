//! The matching day's algorithm alone (issue 17): random markets of the sizes, child- and
//! facility-proposing deferred acceptance on one core, best of three runs.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use step_domain::matching::{Mechanism, Priority, Wish, deferred_acceptance};

/// A market of `children` with `wishes` each among `programmes` (capacity so that about four in five
/// children can be placed), from a fixed seed.
fn market(children: u32, programmes: u32, wishes: u32) -> (BTreeMap<u32, usize>, Vec<Wish<u32, u32>>) {
    let mut s: u64 = 0x5eed_0017;
    let mut next = move || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        s
    };
    let per = (children as usize * 4 / 5).div_ceil(programmes as usize);
    let capacity = (0..programmes).map(|p| (p, per)).collect();
    let mut out = Vec::with_capacity((children * wishes) as usize);
    for c in 0..children {
        let (at, lottery) = ((next() % 100_000) as i64, next());
        let mut chosen: Vec<u32> = Vec::new();
        while chosen.len() < wishes as usize {
            // Popular programmes are wished more often: the square of a uniform number.
            let u = (next() % 10_000) as f64 / 10_000.0;
            let p = ((u * u) * f64::from(programmes)) as u32 % programmes;
            if !chosen.contains(&p) {
                chosen.push(p);
            }
        }
        for (rank, p) in chosen.into_iter().enumerate() {
            let priority = Priority { points: (next() % 8) as i32, registered_at: at, lottery };
            out.push(Wish { child: c, programme: p, rank: rank as u16 + 1, priority });
        }
    }
    (capacity, out)
}

fn best_of_three(f: impl Fn() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut placed = 0;
    for _ in 0..3 {
        let t = Instant::now();
        placed = f();
        best = best.min(t.elapsed());
    }
    (best, placed)
}

pub fn run() -> Vec<String> {
    let mut lines = Vec::new();
    for (children, programmes) in [(10_000, 300), (100_000, 3_000)] {
        let (capacity, wishes) = market(children, programmes, 5);
        for mech in [Mechanism::ChildProposing, Mechanism::FacilityProposing] {
            let (time, placed) = best_of_three(|| deferred_acceptance(mech, &capacity, &wishes).assigned.len());
            lines.push(format!(
                "matching {children:>6} children x {programmes:>5} programmes x 5 wishes, {:<18} {:>8.1} ms ({placed} placed)",
                mech.as_str(),
                time.as_secs_f64() * 1000.0
            ));
        }
    }
    lines
}
