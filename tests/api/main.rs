//! Integration tests: the real HTTP router against a fresh database per test (a SQLite
//! file by default; a fresh PostgreSQL schema when `DATABASE_URL` names PostgreSQL).
//! One test binary with a module per domain, so linking stays fast.

mod accounts;
mod applications;
mod audit;
mod auth;
mod browser;
mod browser_account;
mod browser_apply;
mod browser_award;
mod calls;
mod cli;
mod decisions;
mod diligence;
mod disbursements;
mod documents;
mod forms;
mod http_basics;
mod i18n;
mod invitations;
mod letters;
mod money;
mod notifications;
mod open_data;
mod organisations;
mod permissions;
mod portal;
mod portal_account;
mod portal_apply;
mod portal_award;
mod portal_orgdocs;
mod portal_travel;
mod reminders;
mod report_documents;
mod reports;
mod rescreening;
mod reviews;
mod risk;
mod smtp;
mod sponsorships;
mod support;
mod tidy;
mod travel_rules;
mod two_factor;
mod visa_letters;
