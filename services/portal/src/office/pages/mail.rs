//! E-mails that could not be delivered (issue 19.5): the office sees each with its reason and the
//! family to reach by phone or post instead.

use axum::extract::State;
use axum::response::{IntoResponse, Response};

use crate::office::ops::undeliverable_rows;
use crate::web::caps::office_cap;
use crate::web::error::Result;
use crate::web::extract::Staff;
use crate::web::state::AppState;

pub(crate) async fn undeliverable_page(staff: Staff, State(state): State<AppState>) -> Result<Response> {
    office_cap(&state, &staff).await?;
    let rows = undeliverable_rows(&staff.ctx).await?;
    let mut page = staff.page(&state);
    page.insert("mails", &rows);
    Ok(page.render(&state, "office/undeliverable.html")?.into_response())
}
