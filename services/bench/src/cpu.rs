//! Where the CPU time of a load phase goes: the portal process, PostgreSQL's processes, the load
//! generator itself, and the machine's idle and stolen time. All of them share the same cores, so a
//! latency target can only be judged together with these figures.

use std::collections::HashMap;

/// Clock ticks per second of `/proc` times (`getconf CLK_TCK`; 100 on every Linux seen here).
fn ticks_per_second() -> f64 {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100.0)
}

/// utime + stime of one process (all its threads), in ticks, and its command name.
fn proc_ticks(pid: &str) -> Option<(String, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces; the fields follow the last ')'.
    let open = stat.find('(')?;
    let close = stat.rfind(')')?;
    let comm = stat[open + 1..close].to_owned();
    let fields: Vec<&str> = stat[close + 2..].split_whitespace().collect();
    // Fields 14 and 15 of proc(5), counted from the state (field 3) here.
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some((comm, utime + stime))
}

/// The machine's `cpu` line of `/proc/stat`: (busy, idle + iowait, steal) in ticks.
fn machine_ticks() -> Option<(u64, u64, u64)> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let line = stat.lines().next()?;
    let v: Vec<u64> = line.split_whitespace().skip(1).filter_map(|x| x.parse().ok()).collect();
    let (idle, steal) = (v.get(3)? + v.get(4)?, *v.get(7)?);
    let total: u64 = v.iter().take(8).sum();
    Some((total - idle - steal, idle, steal))
}

#[derive(Clone)]
pub struct Sample {
    server: u64,
    /// Per PostgreSQL process, so that backends that come and go are counted by their own change.
    postgres: HashMap<String, u64>,
    bench: u64,
    machine: (u64, u64, u64),
}

pub fn sample(server_pid: u32) -> Sample {
    let mut postgres = HashMap::new();
    if let Ok(dir) = std::fs::read_dir("/proc") {
        for entry in dir.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.bytes().all(|b| b.is_ascii_digit())
                && let Some((comm, t)) = proc_ticks(&name)
                && comm.starts_with("postgres")
            {
                postgres.insert(name, t);
            }
        }
    }
    Sample {
        server: proc_ticks(&server_pid.to_string()).map_or(0, |p| p.1),
        postgres,
        bench: proc_ticks("self").map_or(0, |p| p.1),
        machine: machine_ticks().unwrap_or_default(),
    }
}

/// One line: CPU milliseconds per request for each part, and the machine's idle and stolen share.
pub fn line(before: &Sample, after: &Sample, requests: usize) -> String {
    let tick_ms = 1000.0 / ticks_per_second();
    let per = |ticks: u64| ticks as f64 * tick_ms / requests.max(1) as f64;
    let pg: u64 =
        after.postgres.iter().map(|(pid, t)| t.saturating_sub(before.postgres.get(pid).copied().unwrap_or(0))).sum();
    let (busy, idle, steal) = (
        after.machine.0.saturating_sub(before.machine.0),
        after.machine.1.saturating_sub(before.machine.1),
        after.machine.2.saturating_sub(before.machine.2),
    );
    let all = (busy + idle + steal).max(1) as f64;
    format!(
        "  CPU per request: portal {:.3} ms, PostgreSQL {:.3} ms, load generator {:.3} ms, all busy {:.3} ms; machine idle {:.0} %, stolen {:.0} %",
        per(after.server.saturating_sub(before.server)),
        per(pg),
        per(after.bench.saturating_sub(before.bench)),
        per(busy),
        100.0 * idle as f64 / all,
        100.0 * steal as f64 / all,
    )
}

/// Over an interval of `secs` with no requests: the portal's and PostgreSQL's CPU, each as a share
/// of one core (the cost of the background work alone).
pub fn idle_line(before: &Sample, after: &Sample, secs: f64) -> String {
    let tick_s = 1.0 / ticks_per_second();
    let pg: u64 =
        after.postgres.iter().map(|(pid, t)| t.saturating_sub(before.postgres.get(pid).copied().unwrap_or(0))).sum();
    let share = |ticks: u64| 100.0 * ticks as f64 * tick_s / secs;
    format!(
        "portal {:.2} % of one core, PostgreSQL {:.2} % of one core",
        share(after.server.saturating_sub(before.server)),
        share(pg)
    )
}
