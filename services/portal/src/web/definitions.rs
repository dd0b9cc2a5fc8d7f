//! The run-time definitions as this replica last read them (issue 22): each parsed once, so when
//! one municipality of 10,789 is added or changed a replica reads and parses that one, not all of
//! them, and merges the ones it has (shared, not copied) over the tenant files.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use step_domain::Tenant;
use step_store::{DefinitionRow, PlatformDb};
use time::OffsetDateTime;

/// What [`PlatformDb::definitions_stamp`] said when the definitions were last read.
type Stamp = (i64, i64);

pub(crate) struct Definitions {
    seen: Option<Stamp>,
    /// Each stored definition by slug: when it was stored, and what it parsed to (`None`: not
    /// usable, said in the log when it was read).
    parsed: BTreeMap<String, (OffsetDateTime, Option<Arc<Tenant>>)>,
    /// The tenant files (shared with the portal's state; they do not change while the process
    /// runs), and the offices they name, which a definition may name too.
    files: Vec<Arc<Tenant>>,
    offices: BTreeMap<String, step_domain::tenant::Office>,
}

impl Definitions {
    /// Nothing read yet; `files` are the tenant files as loaded at start.
    pub(crate) fn new(files: Vec<Arc<Tenant>>) -> Self {
        Self { seen: None, parsed: BTreeMap::new(), offices: step_domain::tenant::offices_of(&files), files }
    }

    /// The municipalities served when the stored definitions changed since the last call (the
    /// files with the definitions merged over them), `None` when they did not. Reads and parses
    /// only the definitions stored since.
    pub(crate) async fn refresh(
        &mut self,
        platform: &PlatformDb,
    ) -> Result<Option<Vec<Arc<Tenant>>>, step_store::Error> {
        // Before `step migrate` the table may be missing: the files serve then.
        let Ok(stamp) = platform.definitions_stamp().await else { return Ok(None) };
        if self.seen == Some(stamp) {
            return Ok(None);
        }
        let versions: HashMap<String, OffsetDateTime> = platform.definition_versions().await?.into_iter().collect();
        self.parsed.retain(|slug, _| versions.contains_key(slug));
        let changed: Vec<&str> = versions
            .iter()
            .filter(|(slug, at)| self.parsed.get(*slug).is_none_or(|(seen, _)| seen != *at))
            .map(|(slug, _)| slug.as_str())
            .collect();
        if !changed.is_empty() {
            for row in platform.definitions_of(&changed).await? {
                let tenant = parse(&row, &self.offices).map(Arc::new);
                self.parsed.insert(row.slug, (row.updated_at, tenant));
            }
        }
        self.seen = Some(stamp);
        let runtime = self.parsed.values().filter_map(|(_, t)| t.clone());
        Ok(Some(merged(self.files.clone(), runtime)))
    }
}

/// The municipalities served: the files with the run-time definitions merged over them. A
/// definition that no longer parses (e.g. its office left offices.toml) is skipped with an error in
/// the log, and the file (if any) serves instead; a host clash keeps the files alone.
pub fn effective_tenants(files: &[Tenant], rows: &[DefinitionRow]) -> Vec<Tenant> {
    let offices = step_domain::tenant::offices_of(files);
    merged(files.to_vec(), rows.iter().filter_map(|r| parse(r, &offices)))
}

fn parse(row: &DefinitionRow, offices: &BTreeMap<String, step_domain::tenant::Office>) -> Option<Tenant> {
    step_domain::tenant::parse_definition(&row.slug, &row.definition, offices, row.logo.as_deref())
        .inspect_err(|e| tracing::error!(tenant.id = %row.slug, error = %e, "run-time definition not usable; skipped"))
        .ok()
}

/// Merges one at a time, so a definition whose host names clash is skipped alone.
fn merged<T: std::borrow::Borrow<Tenant>>(files: Vec<T>, runtime: impl IntoIterator<Item = T>) -> Vec<T> {
    let (tenants, skipped) = step_domain::tenant::merge(files, runtime);
    for (slug, e) in skipped {
        tracing::error!(tenant.id = %slug, error = %e, "run-time definition clashes; skipped");
    }
    tenants
}
