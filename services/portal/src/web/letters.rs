//! The words of every message a status change sends: the parent's inbox message (also their
//! e-mail) and the e-mail to a facility, from the message catalogue. A message to a family is worded
//! in the family's language (issue 18: the store hands it over with the names; the parent's own
//! actions speak the language of the page), a message to a facility in German.

use step_store::InboxMessage;
use time::Date;

use crate::web::format::date_text;
use crate::web::i18n::text;
use crate::web::language::{current, speaking_sync};

fn letter(key: &str, args: &[(&str, String)]) -> InboxMessage {
    InboxMessage {
        subject: text(current(), &format!("msg-{key}-subject"), args),
        body: text(current(), &format!("msg-{key}-body"), args),
    }
}

fn names(child: &str, facility: &str) -> Vec<(&'static str, String)> {
    vec![("child", child.to_owned()), ("facility", facility.to_owned())]
}

/// A letter to the family in its language `lang`.
fn to_family(key: &str, child: &str, facility: &str, lang: &str) -> InboxMessage {
    speaking_sync(lang, || letter(key, &names(child, facility)))
}

pub fn offered(child: &str, facility: &str, lang: &str, answer_by: Date) -> InboxMessage {
    speaking_sync(lang, || {
        let mut args = names(child, facility);
        args.push(("date", date_text(answer_by)));
        letter("offered", &args)
    })
}

pub fn rejected(child: &str, facility: &str, lang: &str, (reason, note): (&str, &str)) -> InboxMessage {
    speaking_sync(lang, || {
        let mut args = names(child, facility);
        args.push(("reason", text(current(), &format!("reason-{reason}"), &[])));
        args.push(("note", if note.is_empty() { "–".to_owned() } else { note.to_owned() }));
        letter("rejected", &args)
    })
}

pub fn accepted(child: &str, facility: &str, lang: &str) -> InboxMessage {
    to_family("accepted", child, facility, lang)
}

pub fn withdrawn_for_acceptance(child: &str, facility: &str, lang: &str) -> InboxMessage {
    to_family("auto-withdrawn", child, facility, lang)
}

/// To the facility whose registration was withdrawn because the child took a place elsewhere.
/// Only the child's first name: the facility's list has the rest.
pub fn facility_withdrawn(child: &str, facility: &str) -> InboxMessage {
    to_facility("facility-withdrawn", &names(child, facility))
}

/// To the facility whose registration the parent withdrew (issue 19.9: on the desk and by e-mail).
pub fn facility_parent_withdrawn(child: &str, facility: &str) -> InboxMessage {
    to_facility("facility-parent-withdrawn", &names(child, facility))
}

/// To a facility where a family that deleted its data still had a registration (issue 19.6): no
/// name, the family's data is gone; desk messages about it are reworded to this too.
pub fn facility_family_deleted() -> InboxMessage {
    to_facility("facility-deleted", &[])
}

/// A letter to a facility: German (staff read German), whoever's request writes it.
fn to_facility(key: &str, args: &[(&str, String)]) -> InboxMessage {
    speaking_sync("de", || letter(key, args))
}

pub fn declined_by_parent(child: &str, facility: &str, lang: &str) -> InboxMessage {
    to_family("declined", child, facility, lang)
}

/// To the family: the answer to an offer is due soon (issue 20).
pub fn offer_reminder(child: &str, facility: &str, lang: &str, answer_by: Date) -> InboxMessage {
    speaking_sync(lang, || {
        let mut args = names(child, facility);
        args.push(("date", date_text(answer_by)));
        letter("offer-reminder", &args)
    })
}

/// To the family: the youth welfare office issued a formal notice (issue 20); it is in the account.
pub fn notice_issued(child: &str, lang: &str) -> InboxMessage {
    speaking_sync(lang, || letter("notice", &[("child", child.to_owned())]))
}

/// To the family: the facility wrote in the conversation about the child (issue 21); only that a
/// message is there and where, never its content.
pub fn family_conversation(child: &str, facility: &str, lang: &str, path: &str) -> InboxMessage {
    speaking_sync(lang, || {
        let mut args = names(child, facility);
        args.push(("path", path.to_owned()));
        letter("conversation", &args)
    })
}

/// To the facility: the family wrote in the conversation about the child (no content).
pub fn facility_conversation(child: &str, facility: &str, path: &str) -> InboxMessage {
    let mut args = names(child, facility);
    args.push(("path", path.to_owned()));
    to_facility("facility-conversation", &args)
}

/// To the family: the facility offers times for the admission talk (issue 21); where to pick one.
pub fn talk_offered(child: &str, facility: &str, lang: &str, url: &str) -> InboxMessage {
    speaking_sync(lang, || {
        let mut args = names(child, facility);
        args.push(("path", url.to_owned()));
        letter("talk-offered", &args)
    })
}

/// The admission talk booked or cancelled (`key` `talk-booked` or `talk-cancelled`): to the
/// family in its language and to the facility in German, with the time and the page's address.
pub fn talk_changed(
    key: &str,
    (child, facility, lang): (&str, &str, &str),
    at: &str,
    url: &str,
) -> (InboxMessage, InboxMessage) {
    let mut args = names(child, facility);
    args.push(("at", at.to_owned()));
    args.push(("path", url.to_owned()));
    let family = speaking_sync(lang, || letter(key, &args));
    (family, to_facility(&format!("facility-{key}"), &args))
}

/// The e-mail about a facility's announcement (issue 21), in every family language: only that a
/// message is in the inbox and where, never its text.
pub fn announcement_notices(facility: &str, url: &str) -> Vec<(String, String, String)> {
    let args = [("facility", facility.to_owned()), ("path", url.to_owned())];
    step_domain::family::LANGUAGES
        .iter()
        .map(|lang| {
            let m = speaking_sync(lang, || letter("announcement", &args));
            ((*lang).to_owned(), m.subject, m.body)
        })
        .collect()
}

pub fn expired(child: &str, facility: &str, lang: &str) -> InboxMessage {
    to_family("expired", child, facility, lang)
}

pub fn paper_registered(child: &str, facility: &str, lang: &str, start: Date) -> InboxMessage {
    speaking_sync(lang, || {
        let mut args = names(child, facility);
        args.push(("start", date_text(start)));
        letter("paper", &args)
    })
}

/// To the parent: the facility provided the contract to download, sign and upload.
pub fn contract_created(child: &str, facility: &str, lang: &str) -> InboxMessage {
    to_family("contract-created", child, facility, lang)
}

/// To the facility: the family uploaded the signed contract (or another document).
pub fn facility_document(child: &str, facility: &str, kind: &str) -> InboxMessage {
    speaking_sync("de", || {
        let mut args = names(child, facility);
        args.push(("kind", text(current(), &format!("doc-kind-{kind}"), &[])));
        letter("facility-document", &args)
    })
}

/// To the parent: the facility stored the signed contract itself.
pub fn signed_by_facility(child: &str, facility: &str, lang: &str) -> InboxMessage {
    to_family("contract-signed", child, facility, lang)
}

pub fn contracted(child: &str, facility: &str, lang: &str) -> InboxMessage {
    to_family("contracted", child, facility, lang)
}

pub fn facility_contracted(child: &str, facility: &str) -> InboxMessage {
    to_facility("facility-contracted", &names(child, facility))
}

/// To the family: it accepted the contract online; the place is contracted.
pub fn contract_accepted(child: &str, facility: &str, lang: &str) -> InboxMessage {
    to_family("contract-accepted", child, facility, lang)
}

/// To the facility: the family accepted the contract online.
pub fn facility_contract_accepted(child: &str, facility: &str) -> InboxMessage {
    to_facility("facility-contract-accepted", &names(child, facility))
}

/// To the parent: a registration that was never answered was deleted after the retention period.
pub fn retention_deleted(child: &str, facility: &str, lang: &str) -> InboxMessage {
    to_family("retention-deleted", child, facility, lang)
}

pub fn registered(child: &str, facility: &str, start: time::Date) -> InboxMessage {
    let args = [("child", child.to_owned()), ("facility", facility.to_owned()), ("start", date_text(start))];
    InboxMessage {
        subject: text(current(), "msg-registered-subject", &args),
        body: text(current(), "msg-registered-body", &args),
    }
}

pub fn withdrawn(child: &str, facility: &str) -> InboxMessage {
    let args = [("child", child.to_owned()), ("facility", facility.to_owned())];
    InboxMessage {
        subject: text(current(), "msg-withdrawn-subject", &args),
        body: text(current(), "msg-withdrawn-body", &args),
    }
}

/// To the family after a published allocation round (issue 17): for each wish of the child up to
/// the place it got (or all, without a place), what decided it; and what comes next. In `lang`
/// (the family's for the message, the page's for the explanation page).
pub fn round_explanation(wishes: &[step_store::WishExplanation], office: &str, lang: &str) -> InboxMessage {
    speaking_sync(lang, || round_words(wishes, office))
}

fn round_words(wishes: &[step_store::WishExplanation], office: &str) -> InboxMessage {
    let Some(first) = wishes.first() else { return letter("round-result", &[]) };
    let placed = wishes.iter().find(|w| w.assigned).map(|w| w.rank);
    let mut lines = Vec::new();
    for w in wishes.iter().filter(|w| placed.is_none_or(|r| w.rank <= r)) {
        lines.push(round_line(w));
    }
    let args = [
        ("child", first.child_first_name.clone()),
        ("start", date_text(first.start_date)),
        ("lines", lines.join("\n")),
        ("office", office.to_owned()),
    ];
    let key = if placed.is_some() { "round-result-placed" } else { "round-result-unplaced" };
    letter(key, &args)
}

fn round_line(w: &step_store::WishExplanation) -> String {
    let band = text(current(), &format!("band-{}", w.age_band), &[]);
    let mut args = vec![("rank", w.rank.to_string()), ("facility", w.facility_name.clone()), ("band", band)];
    let key = match (w.assigned, w.admissible, w.capacity, w.cutoff_points) {
        (true, ..) => "round-line-placed",
        (_, false, ..) => {
            let reason = w.inadmissible_reason.as_deref().unwrap_or("other");
            args.push(("reason", text(current(), &format!("reason-{reason}"), &[])));
            "round-line-inadmissible"
        }
        (_, _, None, _) => "round-line-no-places",
        (_, _, Some(capacity), cutoff) => {
            args.push(("capacity", capacity.to_string()));
            args.push(("cutoff", cutoff.unwrap_or_default().to_string()));
            args.push(("cutoff_date", w.cutoff_registered_at.map(|t| date_text(t.date())).unwrap_or_default()));
            args.push(("points", w.points.to_string()));
            args.push(("date", date_text(w.registered_at.date())));
            let criteria = if w.criteria.is_empty() { String::new() } else { format!(" ({})", w.criteria.join(", ")) };
            args.push(("criteria", criteria));
            "round-line-full"
        }
    };
    text(current(), key, &args)
}
