//! Who reads a conversation and what they may do there, the message as typed, and writing it.

use serde::{Deserialize, Serialize};
use step_documents::Spooled;
use step_domain::ParamError;
use step_store::{Actor, ConversationMessage, NewDocument, Side};
use utoipa::ToSchema;
use uuid::Uuid;

pub mod inbox;
pub mod talk;

use crate::documents::ops::{Party, object_then_row, party};
use crate::web::caps::actor;
use crate::web::error::{AppError, Result};
use crate::web::extract::signed_in;
use crate::web::format::moment_text;
use crate::web::json::rfc3339;
use crate::web::letters;
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// The longest message, in characters.
pub const MAX_MESSAGE: usize = 5000;

/// Who opens a conversation: the family, the facility's staff, or the office of the municipality
/// (reads only, audited).
pub enum Reader {
    Family(Uuid),
    Facility(Actor),
    Office(Actor),
}

impl Reader {
    pub fn may_write(&self) -> bool {
        !matches!(self, Reader::Office(_))
    }

    /// The side that writes, its author id and the actor for documents and audit; the office
    /// writes nothing (403).
    pub fn writer(&self) -> Result<(Side, String, Actor)> {
        match self {
            Reader::Family(account) => Ok((Side::Family, account.to_string(), Actor::account(*account, "parent"))),
            Reader::Facility(a) => Ok((Side::Facility, a.id.clone(), a.clone())),
            Reader::Office(_) => Err(AppError::Forbidden),
        }
    }
}

/// The reader of registration `id`'s conversation; anyone else: 404 (its existence is not told).
pub async fn reader(state: &AppState, ctx: &TenantCtx, session: &Session, id: &str) -> Result<(Reader, Uuid)> {
    let account = signed_in(session)?;
    // The facility's staff who may make offers write; office staff, who read the desk too, only read.
    match party(state, ctx, session, id).await {
        Ok((Party::Parent(account), id)) => return Ok((Reader::Family(account), id)),
        Ok((Party::Facility(cap), id)) if cap.may_offer() => return Ok((Reader::Facility(actor(&cap)), id)),
        Ok(_) | Err(AppError::NotFound) => {}
        Err(e) => return Err(e),
    }
    let id = Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
    ctx.db.registration_facility(id).await?.ok_or(AppError::NotFound)?;
    match state.access().office(account, ctx.tenant.slug.as_str()).await {
        Some(cap) => Ok((Reader::Office(Actor::account(cap.account(), cap.role())), id)),
        None => Err(AppError::NotFound),
    }
}

/// A message as typed.
#[derive(Deserialize, Serialize, Default, Clone, ToSchema)]
pub struct MessageForm {
    /// 1 to 5,000 characters.
    #[serde(default)]
    #[schema(min_length = 1, max_length = 5000, pattern = "\\S")]
    pub body: String,
}

/// A message as both sides see it.
#[derive(Serialize, ToSchema)]
pub struct ConversationMessageOut {
    id: i64,
    /// `family` or `facility`
    side: String,
    body: String,
    at: String,
    at_text: String,
    /// The attached file (download at `/{slug}/dokumente/{id}`), if any.
    attachment: Option<AttachmentOut>,
}

/// A file attached to a message.
#[derive(Serialize, ToSchema)]
pub struct AttachmentOut {
    id: Uuid,
    filename: String,
}

fn message_out(m: &ConversationMessage) -> ConversationMessageOut {
    ConversationMessageOut {
        id: m.id,
        side: m.side.clone(),
        body: m.body.clone(),
        at: rfc3339(m.created_at),
        at_text: moment_text(m.created_at),
        attachment: m.document_id.zip(m.attachment_name.clone()).map(|(id, filename)| AttachmentOut { id, filename }),
    }
}

/// The conversation for its reader: the messages, oldest first; the reader's side has read them
/// now, and the office's reading is audited.
pub async fn open(ctx: &TenantCtx, reader: &Reader, id: Uuid) -> Result<Vec<ConversationMessageOut>> {
    let messages = ctx.db.conversation(id).await?;
    match reader {
        Reader::Family(_) => ctx.db.mark_conversation_read(id, Side::Family).await?,
        Reader::Facility(_) => ctx.db.mark_conversation_read(id, Side::Facility).await?,
        Reader::Office(a) => ctx.db.audit_read(a, "conversation_read", &format!("registration:{id}")).await?,
    }
    Ok(messages.iter().map(message_out).collect())
}

/// Writes a message, with a file (checked already: PDF, JPEG or PNG, at most 10 MB) when one came:
/// empty or over 5,000 characters is refused at `body`; the office writes nothing (403); a
/// registration no longer active or the daily limit is a rule (409). The file is stored first and
/// removed again when the message is refused.
pub async fn write(
    state: &AppState,
    ctx: &TenantCtx,
    reader: &Reader,
    id: Uuid,
    form: &MessageForm,
    file: Option<&(String, Spooled)>,
) -> Result<i64> {
    let (side, author, actor) = reader.writer()?;
    let body = form.body.trim();
    if body.is_empty() {
        return Err(AppError::BadParam(ParamError::new("body", "conv-err-empty")));
    }
    if body.chars().count() > MAX_MESSAGE {
        return Err(AppError::BadParam(ParamError::new("body", "conv-err-long").arg("max", MAX_MESSAGE)));
    }
    let url = ctx.url(&format!("/nachrichten/{id}"));
    let notice = |child: &str, facility: &str, lang: &str| match side {
        Side::Family => letters::facility_conversation(child, facility, &url),
        Side::Facility => letters::family_conversation(child, facility, lang, &url),
    };
    let Some((filename, file)) = file else {
        return Ok(ctx.db.post_message(id, (side, &author), (body, None), notice).await?);
    };
    let doc_id = Uuid::new_v4();
    let key = step_documents::object_key(ctx.tenant.slug.as_str(), "attachment", doc_id);
    let title = format!("Anhang einer Nachricht – {filename}");
    let doc = NewDocument {
        id: doc_id,
        registration: id,
        kind: "attachment",
        object_key: &key,
        filename,
        size: i64::try_from(file.size).unwrap_or(i64::MAX),
        sha256: &file.sha256,
        content_type: file.content_type,
        title: &title,
    };
    let row = async { Ok(ctx.db.post_message(id, (side, &author), (body, Some((&doc, &actor))), notice).await?) };
    object_then_row(state, ctx, &key, file, row).await
}
