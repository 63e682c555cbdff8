//! A message of the catalogue with its arguments, rendered in a language when it is shown.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::Loader;
use fluent_templates::fluent_bundle::FluentValue;
use rust_decimal::Decimal;

use super::{LOCALES, Language};
use crate::money::{self, Currency};

/// A message id of the catalogue and its named arguments (`{ $call_title }`). It carries no
/// language: it is rendered in the reader's when answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    id: Cow<'static, str>,
    args: Vec<(Cow<'static, str>, Arg)>,
}

/// The value of one argument of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text shown as it is: a name, a date already written, an amount already formatted.
    Text(String),
    /// A whole number, which also chooses plural forms (`[one]`, `[few]`, `[many]`).
    Count(i64),
    /// An amount with its currency: written as the API writes amounts ("2000.00 EUR") by
    /// [`Message::render`], and the reader's way ("2 000,00 EUR") on a page
    /// ([`Message::render_on_page`]).
    Amount(Decimal, Currency),
    /// Another message (a refusal naming "the advance" or "tranche 2"), rendered in the
    /// same language and the same way as the message that holds it.
    Message(Box<Message>),
}

/// Where a message is shown, which decides how its amounts are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// The API, emails, letters, reports: amounts as the API writes them.
    Plain,
    /// A portal page: amounts the reader's way, text arguments isolated on a right-to-left page.
    OnPage,
}

impl Message {
    /// The message `id` (`problem-call-closed-title`), without arguments yet.
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Self {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// The message with the argument `name` set to `value`.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    /// The message with the argument `name`, known only at run time (a template's), set to
    /// `value`.
    pub fn with_named(mut self, name: String, value: impl Into<Arg>) -> Self {
        self.args.push((Cow::Owned(name), value.into()));
        self
    }

    /// The id of the message.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The message in `language` (in English when that language lacks it; the id itself
    /// when even English lacks it, which the catalogue test prevents).
    pub fn render(&self, language: Language) -> String {
        self.render_shown(language, Shown::Plain)
    }

    fn render_shown(&self, language: Language, shown: Shown) -> String {
        let isolate = shown == Shown::OnPage && language.is_right_to_left();
        let isolated = |text: String| if isolate { super::isolated(&text) } else { text };
        let args: HashMap<Cow<'static, str>, FluentValue> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(isolated(text.clone())),
                    Arg::Count(count) => FluentValue::from(*count),
                    Arg::Amount(amount, currency) => FluentValue::from(isolated(match shown {
                        Shown::Plain => format!("{} {}", money::format_amount(*amount, *currency), currency.code()),
                        Shown::OnPage => crate::reminders::notices::written_amount(*amount, *currency, language),
                    })),
                    Arg::Message(message) => FluentValue::from(isolated(message.render_shown(language, shown))),
                };
                (name.clone(), value)
            })
            .collect();
        LOCALES
            .try_lookup_complete(&language.identifier(), &self.id, Some(&args))
            .unwrap_or_else(|| self.id.to_string())
    }
}

impl Message {
    /// The message as a portal page shows it: on a right-to-left page each text argument
    /// (a title, a name) is isolated between FSI and PDI ([`super::isolated`]), so that a
    /// Latin title keeps its direction inside an Arabic sentence; amounts are written the
    /// reader's way (`reminders::notices::written_amount`, as the staff pages' money). Never
    /// for emails, feeds, reports or the API, which stay free of invisible characters and
    /// write amounts as the API does.
    pub fn render_on_page(&self, language: Language) -> String {
        self.render_shown(language, Shown::OnPage)
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<i64> for Arg {
    fn from(count: i64) -> Self {
        Arg::Count(count)
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(Box::new(message))
    }
}

impl From<usize> for Arg {
    fn from(count: usize) -> Self {
        Arg::Count(i64::try_from(count).unwrap_or(i64::MAX))
    }
}

/// User-facing text: a catalogue message, or a literal written in English where code still
/// words it itself (rendered as it is in every language). Serialises as its English text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// A message of the catalogue, shown in the reader's language.
    Message(Message),
    /// English text not (yet) in the catalogue.
    Literal(String),
}

impl Text {
    /// The text in `language`.
    pub fn render(&self, language: Language) -> String {
        match self {
            Text::Message(message) => message.render(language),
            Text::Literal(text) => text.clone(),
        }
    }

    /// The text as a portal page shows it ([`Message::render_on_page`]); English text as it is.
    pub fn render_on_page(&self, language: Language) -> String {
        match self {
            Text::Message(message) => message.render_on_page(language),
            Text::Literal(text) => text.clone(),
        }
    }

    /// Whether the text comes from the catalogue, so it can be shown in any language.
    pub fn is_translated(&self) -> bool {
        matches!(self, Text::Message(_))
    }
}

impl From<Message> for Text {
    fn from(message: Message) -> Self {
        Text::Message(message)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text::Literal(text)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text::Literal(text.to_owned())
    }
}

impl From<&String> for Text {
    fn from(text: &String) -> Self {
        Text::Literal(text.clone())
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.render(Language::En))
    }
}

impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.render(Language::En))
    }
}
