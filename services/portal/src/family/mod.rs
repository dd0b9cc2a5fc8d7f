//! The parent's side ("Meine Auswahl", the family profile, children, registrations with their
//! history, answers to offers, the inbox, the data export and the deletion of the family's data).
//! One word for it in every crate: `family` (the pages say "Mein Konto", the URLs `/konto`).

pub mod api;
pub mod ops;
pub mod pages;
pub mod view;
