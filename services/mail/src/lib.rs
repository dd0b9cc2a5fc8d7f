//! The e-mail worker: sends each tenant's outbox over SMTP with lettre. Messages are German, carry
//! the municipality's name and contact, and a stable Message-ID per outbox row (a receiver can
//! drop the rare duplicate after a crash between the SMTP reply and the commit).

use std::sync::Arc;
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use step_domain::Tenant;
use step_store::{Delivery, OutboxMail, SendError, Store, Work};

#[derive(Clone, Debug)]
pub struct MailConfig {
    pub smtp_host: String,
    pub smtp_port: u16,
    /// STARTTLS with certificate checks; off only for a relay on loopback.
    pub tls: bool,
    pub username: Option<String>,
    pub password: Option<String>,
    /// Sender, e.g. `Kita-Portal Kreis Steinfurt <kita-portal@kreis-steinfurt.de>`.
    pub from: String,
}

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    id_domain: String,
}

impl Mailer {
    pub fn new(cfg: &MailConfig) -> Result<Self, String> {
        let from: Mailbox = cfg.from.parse().map_err(|e| format!("mail.from `{}`: {e}", cfg.from))?;
        let builder = if cfg.tls {
            AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&cfg.smtp_host).map_err(|e| e.to_string())?
        } else {
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&cfg.smtp_host)
        };
        let mut builder = builder.port(cfg.smtp_port).timeout(Some(Duration::from_secs(15)));
        if let (Some(u), Some(p)) = (&cfg.username, &cfg.password) {
            builder = builder.credentials(Credentials::new(u.clone(), p.clone()));
        }
        let id_domain = from.email.domain().to_owned();
        Ok(Self { transport: builder.build(), from, id_domain })
    }

    /// Builds the e-mail for one outbox row of `tenant`.
    pub fn message(&self, tenant: &Tenant, mail: &OutboxMail) -> Result<Message, String> {
        let c = &tenant.contact;
        let footer = step_portal::text_in(
            &mail.language,
            "mail-footer",
            &[
                ("portal", tenant.name.clone()),
                ("contact", c.name.clone()),
                ("street", c.street.clone()),
                ("postcode", c.postcode.clone()),
                ("city", c.city.clone()),
                ("phone", c.phone.clone()),
                ("email", c.email.clone()),
            ],
        );
        // An address or number copied out of a plain-text e-mail must not carry the invisible
        // isolation marks Arabic texts put around placeables (issue 18).
        let footer = [&c.email, &c.phone].iter().fold(footer, |f, v| f.replace(&format!("\u{2068}{v}\u{2069}"), v));
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(mail.recipient.parse().map_err(|e| format!("recipient {}: {e}", mail.recipient))?)
            .subject(format!(
                "{} – {}",
                step_portal::text_in(&mail.language, "mail-subject-prefix", &[("portal", tenant.name.clone())]),
                mail.subject
            ))
            .message_id(Some(format!("<outbox-{}-{}@{}>", tenant.schema, mail.id, self.id_domain)));
        if let Ok(reply_to) = c.email.parse::<Mailbox>() {
            builder = builder.reply_to(reply_to);
        }
        let text = format!("{}\n\n-- \n{footer}\n", mail.body);
        match &mail.calendar {
            None => builder.header(ContentType::TEXT_PLAIN).body(text).map_err(|e| e.to_string()),
            // The admission talk (issue 21): the text, and the appointment as a file calendar
            // programs open.
            Some(ics) => {
                let kind = ContentType::parse("text/calendar; charset=utf-8").map_err(|e| e.to_string())?;
                let parts = MultiPart::mixed()
                    .singlepart(SinglePart::plain(text))
                    .singlepart(Attachment::new("termin.ics".to_owned()).body(ics.clone(), kind));
                builder.multipart(parts).map_err(|e| e.to_string())
            }
        }
    }

    /// Sends one e-mail. An address that cannot be parsed and an SMTP 5xx refusal are permanent
    /// (trying again will not help, issue 19.5); anything else (4xx, the server unreachable, a
    /// timeout) is temporary.
    pub async fn send(&self, tenant: &Tenant, mail: OutboxMail) -> Result<(), SendError> {
        let message = self.message(tenant, &mail).map_err(SendError::Permanent)?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| {
            if e.is_permanent() { SendError::Permanent(e.to_string()) } else { SendError::Temporary(e.to_string()) }
        })
    }
}

/// Which municipality a due schema is, when this worker may send its e-mails (none: not now).
pub type ServesFn = dyn Fn(&str) -> Option<Arc<Tenant>> + Send + Sync;
pub type Serves<'a> = &'a (dyn Fn(&str) -> Option<Arc<Tenant>> + Send + Sync + 'a);

/// One round over the given tenants (tests and benchmarks): [`deliver_due`] for those only.
pub async fn deliver_once(
    store: &Store,
    tenants: &[Tenant],
    mailer: &Mailer,
    per_tenant: usize,
) -> Result<Delivery, step_store::Error> {
    let serves = |schema: &str| tenants.iter().find(|t| t.schema.as_str() == schema).map(|t| Arc::new(t.clone()));
    deliver_due(store, &serves, mailer, per_tenant).await
}

/// One round: the municipalities whose outbox has e-mails due (from the clusters' due work, issue
/// 22, not by visiting every schema), at most `per_tenant` e-mails each. A municipality whose
/// database fails is logged and skipped: the others' e-mails still go out in this round (issue
/// 19.5). One this worker may not serve now (read-only) waits for its claim to lapse.
pub async fn deliver_due(
    store: &Store,
    serves: Serves<'_>,
    mailer: &Mailer,
    per_tenant: usize,
) -> Result<Delivery, step_store::Error> {
    let mut total = Delivery::default();
    for claim in store.claim_due(Work::Mail, 200).await? {
        let Some(t) = serves(claim.schema.as_str()) else { continue };
        let db = store.tenant(&t.schema);
        // Several senders share the tenant's outbox (rows are taken with skip locked): one SMTP
        // dialogue waits on the network far more than it works, so they overlap.
        let share = per_tenant.div_ceil(SENDERS);
        let rounds = (0..SENDERS).map(|_| db.deliver_outbox(share, |mail| mailer.send(&t, mail)));
        for d in futures_util::future::join_all(rounds).await {
            match d {
                Ok(d) => {
                    total.sent += d.sent;
                    total.failed += d.failed;
                    total.undeliverable += d.undeliverable;
                }
                Err(e) => tracing::warn!(tenant.id = %t.slug, error = %e, "e-mail round failed for this municipality"),
            }
        }
        if let Err(e) = store.settle(&claim, None).await {
            tracing::warn!(tenant.id = %t.slug, error = %e, "next e-mail time not recorded; looked at again after the lease");
        }
    }
    Ok(total)
}

/// Concurrent SMTP dialogues per tenant and round. A dialogue holds no database connection: the
/// e-mail is leased first (`deliver_outbox`), so the pool stays free for parents' requests.
pub const SENDERS: usize = 8;

pub fn spawn_worker(
    store: Store,
    serves: Arc<ServesFn>,
    mailer: Mailer,
    every: Duration,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            // Asked per due municipality: one added at run time gets its e-mails without a restart.
            match deliver_due(&store, serves.as_ref(), &mailer, 200).await {
                Ok(d) if d.sent > 0 || d.failed > 0 => {
                    tracing::info!(sent = d.sent, failed = d.failed, "e-mail round");
                    if d.failed == 0 {
                        continue;
                    }
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "e-mail round failed"),
            }
            tokio::time::sleep(every).await;
        }
    })
}
