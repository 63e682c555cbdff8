//! The message catalogue: every user-facing string in the six UN languages.
//!
//! Messages are Project Fluent files under `templates/locales/<lang>/<area>.ftl` (one file per
//! area: `problems.ftl`, `letters.ftl`, `emails.ftl`, ...), embedded in the binary at build
//! time. English is the reference and the fallback: a message missing in another language is
//! looked up in English, and the catalogue test (`tests/api/i18n.rs`) fails when a language
//! lacks a key English has, has one English lacks, or uses other variables.
//!
//! Code never holds user-facing text in a language: it names a [`Message`] (an id and its
//! named arguments) and renders it in the reader's [`Language`] when it answers. An HTTP
//! request's language comes from `Accept-Language` ([`Language::negotiate`]); the
//! [`scope_request_language`] middleware makes it the [`current`] language while the request
//! is answered.

mod language;
mod message;

use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;

pub use language::Language;

// A language is stored as its code (`users.preferred_language`,
// `organisations.correspondence_language`); a stored value outside the six fails the read.
crate::stored_as_text!(Language, code, from_code);
pub use message::{Arg, Message, Text};

// Every `.ftl` file under `templates/locales/`, parsed once, by language.
fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./templates/locales",
        fallback_language: "en",
        // Bidirectional isolation marks around arguments would end up inside JSON, PDFs and
        // emails as invisible characters; letters set their direction as a whole instead, and
        // portal pages isolate arguments themselves (`translate_in_page`).
        customise: |bundle| {
            bundle.set_use_isolating(false);
            // `DE($name)`: French "de" before a name, elided before a vowel.
            if let Err(error) = bundle.add_function("DE", de_function) {
                tracing::error!(?error, "the catalogue's DE function was not added");
            }
        },
    };
}

/// `?lang=fr`: the language of a document, feed or report, for endpoints that answer in
/// another language than the request's (a letter for a consulate, a calendar feed).
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct LanguageQuery {
    /// One of `en`, `fr`, `es`, `ar`, `ru`, `zh`.
    pub lang: Option<Language>,
}

tokio::task_local! {
    /// The language of the request being answered.
    static REQUEST_LANGUAGE: Language;
}

/// The message `id` in `language`, without arguments.
pub fn text(language: Language, id: &str) -> String {
    Message::new(id.to_owned()).render(language)
}

/// The template function `t("message-id", name=value, ...)` of the portal's pages and the
/// letters: the message in the language the template's `lang` variable names (English without
/// one). A whole-number argument also chooses plural forms; any other is shown as text.
pub fn translate_in_template(
    state: &minijinja::State,
    id: String,
    arguments: minijinja::value::Kwargs,
) -> Result<String, minijinja::Error> {
    translate(state, id, arguments, false)
}

/// The portal pages' `t()`: as [`translate_in_template`], and on a right-to-left page each
/// text argument (a title, a name, a date written out) is isolated between FSI and PDI, so
/// that a Latin title inside an Arabic sentence keeps its own direction and does not pull
/// the sentence's punctuation or numbers around ([`isolated`]). Only HTML pages get the
/// marks: letters set their direction as a whole and wrap names themselves, and emails,
/// calendar feeds, reports and the JSON API stay free of invisible characters.
pub fn translate_in_page(
    state: &minijinja::State,
    id: String,
    arguments: minijinja::value::Kwargs,
) -> Result<String, minijinja::Error> {
    translate(state, id, arguments, true)
}

fn translate(
    state: &minijinja::State,
    id: String,
    arguments: minijinja::value::Kwargs,
    isolate: bool,
) -> Result<String, minijinja::Error> {
    let language = state
        .lookup("lang")
        .and_then(|code| code.as_str().and_then(|code| code.parse::<Language>().ok()))
        .unwrap_or_default();
    let mut message = Message::new(id);
    for name in arguments.args() {
        let value: minijinja::Value = arguments.get(name)?;
        let argument = match i64::try_from(value.clone()) {
            Ok(count) if value.is_integer() => Arg::Count(count),
            _ => Arg::Text(value.to_string()),
        };
        message = message.with_named(name.to_owned(), argument);
    }
    Ok(if isolate {
        message.render_on_page(language)
    } else {
        message.render(language)
    })
}

/// French "de" before a name as French writes it: elided before a vowel ("d’Amal",
/// "d’Ibn Khaldoun"), whole before a consonant, an `h` (which may be aspirated) or another
/// script ("de Women for Peace", "de Молодёжный центр").
pub fn french_de(name: &str) -> String {
    let elided = name
        .chars()
        .next()
        .is_some_and(|first| "aeiouyàâäéèêëîïôöùûüÿæœAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸÆŒ".contains(first));
    if elided {
        format!("d’{name}")
    } else {
        format!("de {name}")
    }
}

/// The catalogue's `DE($name)` function (see [`french_de`]).
fn de_function<'a>(
    positional: &[fluent_templates::fluent_bundle::FluentValue<'a>],
    _named: &fluent_templates::fluent_bundle::FluentArgs,
) -> fluent_templates::fluent_bundle::FluentValue<'a> {
    use fluent_templates::fluent_bundle::FluentValue;
    let name = match positional.first() {
        Some(FluentValue::String(text)) => text.to_string(),
        Some(FluentValue::Number(number)) => number.as_string().to_string(),
        _ => String::new(),
    };
    FluentValue::from(french_de(&name))
}

/// First strong isolate (U+2068) and pop directional isolate (U+2069): what Fluent itself
/// would put around every argument, and what `<bdi>` does in HTML.
pub const FIRST_STRONG_ISOLATE: char = '\u{2068}';
/// See [`FIRST_STRONG_ISOLATE`].
pub const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// `text` between FSI and PDI, for a sentence of a right-to-left page.
pub fn isolated(text: &str) -> String {
    format!("{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}")
}

/// The language of the request being answered (from `Accept-Language`), English outside one.
pub fn current() -> Language {
    REQUEST_LANGUAGE.try_with(|language| *language).unwrap_or_default()
}

/// Middleware: answers the request in the language its `Accept-Language` prefers among the
/// six (English when none fits), so that errors rendered anywhere below follow it.
pub async fn scope_request_language(request: Request, next: Next) -> Response {
    let language = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .map(Language::negotiate)
        .unwrap_or_default();
    REQUEST_LANGUAGE.scope(language, next.run(request)).await
}
