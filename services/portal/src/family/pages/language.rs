//! The language switcher (issue 18): a family picks its language on any page; the choice is kept in
//! a cookie (for this browser) and, signed in, in the family's profile (for e-mails and other devices),
//! and the family returns to the page it was on, now in that language.

use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use crate::auth::ops::safe_return_to;
use crate::web::error::{AppError, Result};
use crate::web::language::{LANG_COOKIE, is_family_language};
use crate::web::page::see_other;
use crate::web::session::{Session, preference_cookie};
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(Deserialize)]
pub(crate) struct LanguageForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    zurueck: String,
}

impl LanguageForm {
    fn checked(&self) -> Result<&str> {
        let lang = self.lang.trim();
        if !is_family_language(lang) {
            return Err(AppError::BadParam(step_domain::ParamError::new("language", "err-language")));
        }
        Ok(lang)
    }
}

/// `POST /{slug}/sprache`: on a municipality's pages; a signed-in family's profile keeps the choice.
pub(crate) async fn switch_here(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    axum::Form(form): axum::Form<LanguageForm>,
) -> Result<Response> {
    let lang = form.checked()?;
    // In maintenance the profile is not written (the switch is a reading family's too); the cookie is.
    if let Some(account) = session.account()
        && !state.in_maintenance(ctx.tenant.slug.as_str())
    {
        crate::family::ops::save_language(&ctx, account, lang).await?;
    }
    Ok(switched(&state, lang, &form.zurueck, &format!("{}/", ctx.base)))
}

/// `POST /sprache`: on the district's pages (the list of municipalities, error pages without one).
pub(crate) async fn switch(
    State(state): State<AppState>,
    axum::Form(form): axum::Form<LanguageForm>,
) -> Result<Response> {
    let lang = form.checked()?;
    Ok(switched(&state, lang, &form.zurueck, "/"))
}

fn switched(state: &AppState, lang: &str, back: &str, fallback: &str) -> Response {
    let to = safe_return_to(Some(back), fallback);
    see_other(&to, Some(preference_cookie(state, LANG_COOKIE, lang)))
}
