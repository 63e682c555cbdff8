//! A message of the catalogue with its arguments, rendered in a language when it is shown.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::Loader;
use fluent_templates::fluent_bundle::FluentValue;

use super::{LOCALES, Language};

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
        let args: HashMap<Cow<'static, str>, FluentValue> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(text.clone()),
                    Arg::Count(count) => FluentValue::from(*count),
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
    /// Latin title keeps its direction inside an Arabic sentence. Never for emails, feeds,
    /// reports or the API, which stay free of invisible characters.
    pub fn render_on_page(&self, language: Language) -> String {
        if !language.is_right_to_left() {
            return self.render(language);
        }
        let mut isolated = self.clone();
        for (_, value) in &mut isolated.args {
            if let Arg::Text(text) = value {
                *text = super::isolated(text);
            }
        }
        isolated.render(language)
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
