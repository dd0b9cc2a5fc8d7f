//! What sign-in decides: where a person may be sent back to, the callback URL on the host in use,
//! and the staff roles the provider's claim grants.

use axum::http::HeaderMap;

use crate::web::error::{AppError, Result};
use crate::web::oidc::ClaimRole;
use crate::web::state::AppState;

/// Only same-origin relative paths: `/x…`, never `//host`, `/\host` or an absolute URL.
pub fn safe_return_to(candidate: Option<&str>, fallback: &str) -> String {
    match candidate {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.contains('\\')
                && !p.chars().any(char::is_control)
                && p.is_ascii()
                && p.len() <= 500 =>
        {
            p.to_owned()
        }
        _ => fallback.to_owned(),
    }
}

/// The callback URL on the host the parent is using (the session cookie lives there). Only hosts
/// this portal serves are used: a tenant's host names, the configured public hosts, and loopback
/// where `auth.loopback_hosts` allows it (development).
pub(crate) fn callback_url(state: &AppState, headers: &HeaderMap) -> Result<String> {
    Ok(format!("{}/auth/callback", portal_origin(state, headers)?))
}

/// `scheme://host` of the portal as the browser reached it, if the host is one this portal serves
/// (links in e-mails and sign-in never point at a host a forged header named); 404 otherwise.
pub(crate) fn portal_origin(state: &AppState, headers: &HeaderMap) -> Result<String> {
    crate::web::tenancy::own_origin(state, headers).ok_or(AppError::NotFound)
}

pub(crate) const KNOWN_ROLES: &[&str] = &["parent", "facility_lead", "ktp_advisor", "office_staff", "district_admin"];

/// Makes the account's claim roles those the provider sent now (never anything the browser sent).
/// Unknown roles, municipalities or offices are skipped with a warning.
pub(crate) async fn sync_claim_roles(state: &AppState, account: uuid::Uuid, roles: &[ClaimRole]) -> Result<()> {
    let registry = state.registry();
    let mut out = Vec::new();
    for r in roles {
        if !KNOWN_ROLES.contains(&r.role.as_str()) {
            tracing::warn!(role = %r.role, "role claim names an unknown role; skipped");
            continue;
        }
        let domains: Vec<String> = match (&r.tenant, &r.office) {
            (Some(t), _) if t == "*" || registry.by_slug(t).is_some() => vec![t.clone()],
            (None, Some(office)) => {
                registry.all().iter().filter(|t| t.office.id == *office).map(|t| t.slug.to_string()).collect()
            }
            _ => Vec::new(),
        };
        if domains.is_empty() {
            tracing::warn!(role = %r.role, "role claim names no known municipality or office; skipped");
        }
        out.extend(domains.into_iter().map(|domain| step_store::RoleAssignment {
            account_id: account,
            role: r.role.clone(),
            domain,
            scope: r.scope.clone(),
        }));
    }
    match state.store().platform().replace_claim_roles(account, &out).await {
        Ok(true) => state.reload_access().await,
        Ok(false) => Ok(()),
        Err(step_store::Error::Rule(_)) => {
            tracing::warn!("role claim holds an unknown role; roles left unchanged");
            Ok(())
        }
        Err(e) => Err(e.into()),
    }
}

/// At sign-in with a verified e-mail address: the roles the office invited this address to apply
/// now (issue 16.7); each municipality's audit log records it, naming the person.
pub(crate) async fn accept_invitations(
    state: &AppState,
    account: uuid::Uuid,
    email: Option<&str>,
    verified: Option<bool>,
) -> Result<()> {
    let Some(email) = email.filter(|_| verified != Some(false)) else { return Ok(()) };
    let used = state.store().platform().accept_invitations(account, email).await?;
    if used.is_empty() {
        return Ok(());
    }
    state.reload_access().await?;
    for i in &used {
        if let Some(t) = state.registry().by_slug(&i.domain) {
            let actor = step_store::Actor::account(account, &i.role);
            let detail = format!("{} {} {}", i.role, i.email, i.scope);
            state.store().tenant(&t.schema).audit(&actor, "invitation_accepted", &account.to_string(), &detail).await?;
        }
    }
    Ok(())
}

/// The language at sign-in in the municipality the sign-in returns to (issue 18). A language chosen
/// in this browser (`chosen`, the switcher's cookie) is kept and written to the family's profile;
/// without one, a profile whose language is not German (a family's own choice: German is what every
/// profile had before there were languages) sets this browser's cookie, which this returns. Best
/// effort: a database error leaves the language as it is and does not stop the sign-in.
pub async fn sign_in_language(
    state: &AppState,
    account: uuid::Uuid,
    return_to: &str,
    chosen: Option<&'static str>,
) -> Option<&'static str> {
    let slug = return_to.trim_start_matches('/').split(['/', '?']).next().unwrap_or_default();
    let tenant = state.registry().by_slug(slug)?;
    if state.tenant_status(tenant.slug.as_str()) != step_store::MigrationStatus::Current {
        return None;
    }
    let db = state.store().tenant(&tenant.schema);
    if let Some(lang) = chosen.filter(|l| crate::web::language::is_family_language(l)) {
        if !state.in_maintenance(slug)
            && let Err(e) = db.set_family_language(account, lang).await
        {
            tracing::warn!(error = %e, "the chosen language was not saved to the profile");
        }
        return None;
    }
    let profile = db.family_language(account).await.ok().flatten()?;
    crate::web::language::id(&profile).map(|l| l.language.as_str()).filter(|l| *l != "de")
}
