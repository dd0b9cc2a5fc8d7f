//! Roles of the municipality's staff as the office's page changes them: grants to people who have
//! signed in, invitations by e-mail for those who have not (the role applies at their first
//! sign-in, issue 16.7), revocations and withdrawn invitations. Never a district-wide role.

use serde::{Deserialize, Serialize};
use step_access::OfficeCap;
use step_domain::ParamError;
use step_store::Invitation;
use uuid::Uuid;

use crate::web::error::{AppError, Result};
use crate::web::format::moment_text;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// How long an invitation may wait for its first sign-in.
pub const INVITATION_DAYS: i32 = 14;

/// Roles the office's page may grant: never a district-wide one (that stays with `step roles`).
pub const GRANTABLE: &[&str] = &["facility_lead", "ktp_advisor", "office_staff"];

#[derive(Deserialize, Serialize, Default)]
pub struct RoleForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub facility: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub id: String,
}

/// What a role change did (audit action and detail, and the assignment a grant made), or why it
/// was refused (the form comes back).
pub enum RoleOutcome {
    Done(&'static str, String, Option<i64>),
    /// An invitation was sent (or renewed) to someone who has not signed in yet.
    Invited(Invitation),
    Refused(ParamError),
}

/// Grants or revokes a role in this municipality as the office's page asks; `portal` is the
/// address of the municipality's portal (for the invitation e-mail).
pub async fn change_role(
    state: &AppState,
    ctx: &TenantCtx,
    cap: &OfficeCap,
    form: &RoleForm,
    portal: &str,
) -> Result<RoleOutcome> {
    match form.action.as_str() {
        "grant" => grant(state, ctx, cap, form, portal).await,
        "withdraw_invitation" => {
            let id: i64 = form.id.trim().parse().map_err(|_| AppError::NotFound)?;
            let platform = state.store().platform();
            let gone = platform.withdraw_invitation(id, ctx.tenant.slug.as_str()).await?.ok_or(AppError::NotFound)?;
            Ok(RoleOutcome::Done("invitation_withdrawn", format!("{} {} {}", gone.role, gone.email, gone.scope), None))
        }
        "revoke" => {
            let id: i64 = form.id.trim().parse().map_err(|_| AppError::NotFound)?;
            let platform = state.store().platform();
            let by = format!("portal:{}", cap.account());
            let gone = platform
                .revoke_role_in(id, ctx.tenant.slug.as_str(), GRANTABLE, &by)
                .await?
                .ok_or(AppError::NotFound)?;
            Ok(RoleOutcome::Done("role_revoked", format!("{} {} {}", gone.role, gone.account_id, gone.scope), None))
        }
        _ => Ok(RoleOutcome::Refused(ParamError::new("action", "err-action"))),
    }
}

async fn grant(
    state: &AppState,
    ctx: &TenantCtx,
    cap: &OfficeCap,
    form: &RoleForm,
    portal: &str,
) -> Result<RoleOutcome> {
    let subject = form.subject.trim();
    let role = match (subject, GRANTABLE.iter().find(|r| **r == form.role.trim()).copied()) {
        ("", _) => return Ok(RoleOutcome::Refused(ParamError::new("subject", "err-required"))),
        (s, _) if s.chars().count() > 200 || s.chars().any(char::is_control) => {
            return Ok(RoleOutcome::Refused(ParamError::new("subject", "err-subject")));
        }
        (_, None) => return Ok(RoleOutcome::Refused(ParamError::new("role", "err-role"))),
        (_, Some(role)) => role,
    };
    let scope = match grant_scope(ctx, role, form).await? {
        Ok(scope) => scope,
        Err(p) => return Ok(RoleOutcome::Refused(p)),
    };
    let platform = state.store().platform();
    let account = match platform.account_by_subject(state.oidc_issuer(), subject).await? {
        Some(account) => account,
        // Never an account for an identity nobody signed in with: find the person instead.
        None => match platform.find_grantee(subject).await?.as_slice() {
            [one] => one.id,
            // Someone who has never signed in is invited by e-mail; anything else cannot exist.
            [] if subject.contains('@') => return invite(state, ctx, cap, role, &scope, subject, portal).await,
            [] => return Ok(RoleOutcome::Refused(ParamError::new("subject", "err-person-unknown"))),
            _ => return Ok(RoleOutcome::Refused(ParamError::new("subject", "err-person-ambiguous"))),
        },
    };
    if account == cap.account() {
        // Office staff read; they may not make themselves a desk that acts.
        return Ok(RoleOutcome::Refused(ParamError::new("subject", "err-self-grant")));
    }
    let grant = step_store::RoleAssignment {
        account_id: account,
        role: role.into(),
        domain: ctx.tenant.slug.to_string(),
        scope,
    };
    platform.grant_role(&grant, &format!("portal:{}", cap.account())).await?;
    let id = platform.role_assignment_id(&grant).await?;
    Ok(RoleOutcome::Done("role_granted", format!("{role} {subject} {}", grant.scope), id))
}

/// What a role covers: a facility of this municipality (lead), a region (adviser), the office.
async fn grant_scope(ctx: &TenantCtx, role: &str, form: &RoleForm) -> Result<std::result::Result<String, ParamError>> {
    Ok(match role {
        "facility_lead" => match Uuid::parse_str(form.facility.trim()).ok() {
            Some(id) if ctx.db.facility_kind(id).await?.is_some() => Ok(id.to_string()),
            _ => Err(ParamError::new("facility", "err-facility")),
        },
        "ktp_advisor" => match form.region.trim() {
            r if r.chars().count() <= 60 && !r.chars().any(char::is_control) => Ok(r.to_owned()),
            _ => Err(ParamError::new("region", "err-text-too-long").arg("max", 60)),
        },
        _ => Ok(ctx.tenant.office.id.clone()),
    })
}

/// Invites `email` to `role`: the invitation in the platform, the e-mail in the municipality's
/// outbox (sent by the mail worker with retries). Without the e-mail the invitation is withdrawn
/// again, so the page never says "sent" for something nobody will receive.
async fn invite(
    state: &AppState,
    ctx: &TenantCtx,
    cap: &OfficeCap,
    role: &str,
    scope: &str,
    email: &str,
    portal: &str,
) -> Result<RoleOutcome> {
    if !step_domain::family::valid_email(email) {
        return Ok(RoleOutcome::Refused(ParamError::new("subject", "err-invite-email")));
    }
    let email = email.to_lowercase();
    let slug = ctx.tenant.slug.as_str();
    let platform = state.store().platform();
    let invitation = platform.invite(&email, role, slug, scope, cap.account(), INVITATION_DAYS).await?;
    let (subject, body) = invitation_mail(ctx, &invitation, scope_label(ctx, role, scope).await?, portal);
    if let Err(e) = ctx.db.queue_mail(&email, &subject, &body).await {
        platform.withdraw_invitation(invitation.id, slug).await?;
        return Err(e.into());
    }
    Ok(RoleOutcome::Invited(invitation))
}

/// What the role covers, in words: the facility's name for a lead, the region, or the office.
pub async fn scope_label(ctx: &TenantCtx, role: &str, scope: &str) -> Result<String> {
    Ok(match role {
        "facility_lead" => match Uuid::parse_str(scope).ok() {
            Some(id) => ctx.db.facility_names(&[id]).await?.pop().map_or_else(|| scope.to_owned(), |f| f.1),
            None => scope.to_owned(),
        },
        "ktp_advisor" if scope.is_empty() => text(current(), "roles-scope-all", &[]),
        "ktp_advisor" => scope.to_owned(),
        _ => ctx.tenant.office.name.clone(),
    })
}

/// The invitation e-mail: which role, for what, where to sign in and until when.
fn invitation_mail(ctx: &TenantCtx, i: &Invitation, scope: String, portal: &str) -> (String, String) {
    let role = text(current(), &format!("role-{}", i.role.replace('_', "-")), &[]);
    let args = [
        ("role", role),
        ("scope", scope),
        ("portal", ctx.tenant.name.clone()),
        ("url", format!("{portal}{}/login", ctx.base)),
        ("email", i.email.clone()),
        ("until", moment_text(i.expires_at)),
    ];
    (text(current(), "invite-mail-subject", &args), text(current(), "invite-mail-body", &args))
}
