//! What every page shares: the context with the tenant's branding, contact and link prefix, the
//! parent's session facts (signed in, selection, CSRF token), notices after a redirect, and links.

use std::sync::Arc;

use axum::http::{HeaderValue, Uri, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Serialize;
use step_domain::Tenant;
use uuid::Uuid;

use step_store::Alerts;

use crate::web::error::Result;
use crate::web::format::date_text;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::session::{CsrfToken, Session};
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// The common context of every page: the tenant's branding and contact (or the district's), the
/// link prefix and the language.
pub struct PageCtx {
    ctx: tera::Context,
}

#[derive(Serialize)]
struct TenantView<'a> {
    slug: &'a str,
    name: &'a str,
    kind: &'a str,
    color: &'a str,
    logo_url: String,
    contact: &'a step_domain::Contact,
    office: &'a step_domain::Office,
    max_choices: u8,
}

impl PageCtx {
    pub fn new(state: &AppState, tenant: Option<&Arc<Tenant>>, base: &str) -> Self {
        let mut ctx = tera::Context::new();
        let lang = crate::web::language::current_code();
        ctx.insert("lang", lang);
        ctx.insert("dir", if crate::web::language::is_rtl(lang) { "rtl" } else { "ltr" });
        ctx.insert("lang_choices", &language_choices(lang));
        ctx.insert("base", base);
        ctx.insert(
            "tenant",
            &tenant.map(|t| TenantView {
                slug: t.slug.as_str(),
                name: &t.name,
                kind: &t.kind,
                color: t.branding.primary_color.as_str(),
                logo_url: t.branding.logo.url(&t.slug),
                contact: &t.contact,
                office: &t.office,
                max_choices: t.procedure.max_choices,
            }),
        );
        ctx.insert("read_only", &tenant.is_some_and(|t| state.in_maintenance(t.slug.as_str())));
        Self { ctx }
    }

    pub fn context(self) -> tera::Context {
        self.ctx
    }

    /// The parent's session facts every tenant page shows: sign-in state, selection, CSRF token.
    pub(crate) fn with_user(&mut self, session: &Session, csrf: &CsrfToken, slug: &str) -> &mut Self {
        let selection: Vec<String> = session.selection(slug).iter().map(Uuid::to_string).collect();
        self.insert("csrf", session.form_token(csrf))
            .insert("signed_in", &session.account().is_some())
            .insert("selection_count", &selection.len())
            .insert("selected_ids", &selection)
            .insert("return_here", &encode(&session.here))
            .insert("here", &session.here)
    }

    /// The menu by role (issue 16): desk and office links for staff; staff without a family here
    /// see them instead of the parent's selection and account.
    pub async fn with_roles(
        &mut self,
        state: &AppState,
        ctx: &TenantCtx,
        session: &Session,
        alerts: &Alerts,
    ) -> &mut Self {
        let Some(account) = session.account() else { return self };
        let slug = ctx.tenant.slug.as_str();
        let desk = !state.access().desk_scope(account, slug).await.is_empty();
        let office = state.access().office(account, slug).await.is_some();
        self.insert("nav_desk", &desk)
            .insert("nav_office", &office)
            .insert("nav_staff_only", &((desk || office) && !alerts.family))
    }

    /// Every mistake of a refused form (issue 16.4): `mistakes` for the summary at the top
    /// (`layout/mistakes.html`, each linked to its field) and `mistake_fields` to mark the fields.
    pub(crate) fn mistakes(&mut self, all: &[step_domain::ParamError]) -> &mut Self {
        self.mistakes_at(all, |field| field)
    }

    /// As [`Self::mistakes`], for a form whose field ids differ from the parameters' names.
    pub(crate) fn mistakes_at(&mut self, all: &[step_domain::ParamError], id: fn(&str) -> &str) -> &mut Self {
        let list: Vec<serde_json::Value> = all
            .iter()
            .map(|p| serde_json::json!({"field": id(p.field), "message": crate::web::error::param_message(p)}))
            .collect();
        let fields: Vec<&str> = all.iter().map(|p| id(p.field)).collect();
        self.insert("mistakes", &list).insert("mistake_fields", &fields)
    }

    /// A refused action shown on its page again: a wrong field in the mistakes (400), a rule of the
    /// data as `refused` above the forms (409); no refusal is 200; any other error is the caller's.
    pub(crate) fn refusal(&mut self, refused: Option<crate::web::error::AppError>) -> Result<axum::http::StatusCode> {
        use crate::web::error::AppError;
        use axum::http::StatusCode;
        Ok(match refused {
            None => StatusCode::OK,
            Some(AppError::BadParam(p)) => {
                self.mistakes(&[p]);
                StatusCode::BAD_REQUEST
            }
            Some(AppError::Rule(name)) => {
                self.insert("refused", &text(current(), crate::web::error::rule_key(name), &[]));
                StatusCode::CONFLICT
            }
            Some(AppError::Upload(key, status)) => {
                self.insert("refused", &text(current(), key, &[]));
                status
            }
            Some(e) => return Err(e),
        })
    }

    pub(crate) fn insert<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> &mut Self {
        self.ctx.insert(key, value);
        self
    }

    pub(crate) fn render(&self, state: &AppState, template: &str) -> Result<Html<String>> {
        Ok(Html(state.templates().render(current(), template, &self.ctx)?))
    }
}

/// A page context with the parent's session facts (CSRF token, signed in or not, selection size)
/// and, for a signed-in family, what awaits it: open offers for the banner at the top of every page
/// and, with unread messages, the menu's badge (issue 16).
pub async fn user_page(state: &AppState, ctx: &TenantCtx, session: &Session, csrf: &CsrfToken) -> Result<PageCtx> {
    let alerts = match session.account() {
        Some(account) => ctx.db.family_alerts(account).await?,
        None => Alerts::default(),
    };
    let mut page = user_page_with(state, ctx, session, csrf, &alerts);
    page.with_roles(state, ctx, session, &alerts).await;
    Ok(page)
}

/// [`user_page`] with the alerts already read (the account page reads them with its overview;
/// staff pages show none).
pub fn user_page_with(
    state: &AppState,
    ctx: &TenantCtx,
    session: &Session,
    csrf: &CsrfToken,
    alerts: &Alerts,
) -> PageCtx {
    let mut page = PageCtx::new(state, Some(&ctx.tenant), &ctx.base);
    page.with_user(session, csrf, ctx.tenant.slug.as_str());
    let offers: Vec<serde_json::Value> = alerts
        .offers
        .iter()
        .map(|o| {
            serde_json::json!({"id": o.registration_id, "child": o.child_first_name, "facility": o.facility_name,
                "answer_by": date_text(o.answer_by)})
        })
        .collect();
    page.insert("alert_count", &(offers.len() as i64 + alerts.unread))
        .insert("alert_offers", &offers.len())
        .insert("alert_messages", &alerts.unread)
        .insert("offers", &offers);
    page
}

/// The switcher's entries: each family language named in itself, the current one marked.
fn language_choices(current: &str) -> Vec<serde_json::Value> {
    crate::web::language::FAMILY_LANGS
        .iter()
        .map(|l| {
            let dir = if l.rtl { "rtl" } else { "ltr" };
            serde_json::json!({"code": l.code, "name": l.name, "dir": dir, "current": l.code == current})
        })
        .collect()
}

/// A redirect after a form, with the session cookie when the session was just created.
pub fn see_other(to: &str, cookie: Option<HeaderValue>) -> Response {
    let mut res = Redirect::to(to).into_response();
    if let Some(c) = cookie {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    res
}

pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~/".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The notice after a redirect (`?hinweis=<key>`), when `key` is one of `allowed`: the catalogue
/// text `<prefix><key>`. Anything else in the query shows nothing.
pub fn notice(uri: &Uri, allowed: &[&str], prefix: &str) -> Option<String> {
    let key = uri.query()?.split('&').find_map(|p| p.strip_prefix("hinweis="))?;
    allowed.contains(&key).then(|| text(current(), &format!("{prefix}{key}"), &[]))
}
