//! End-to-end API and page tests: real HTTP against the portal on port 0, real PostgreSQL, a fresh
//! database per test.

mod bad_input;
mod calendar;
mod cases;
mod conversations;
mod deletion;
mod desk;
mod directory;
mod district;
mod documents;
mod due_work;
mod encoding;
mod faults;
mod forgery;
mod headers;
mod health;
mod journey;
mod languages;
mod mail;
mod metrics;
mod notices;
mod openapi;
mod pages;
mod proposals;
mod provider_keys;
mod registrations;
mod roles;
mod rounds;
mod search;
mod sessions;
mod support;
mod talk;
mod tenancy;
mod tenant_admin;
mod timeouts;
mod undeliverable;
