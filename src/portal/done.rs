//! What a page says was just done (`?done=...`): the form that changed something redirects
//! to the page it leads to with what it did, and that page says it once, at the top.

use serde::Deserialize;

use crate::i18n::{Language, Message};

/// What was just done (`saved`, `approved`, ...), as the redirect's query names it.
#[derive(Debug, Default, Deserialize)]
pub struct Done {
    /// What was done; empty when nothing was.
    #[serde(default)]
    pub done: String,
}

impl Done {
    /// The catalogue's sentence `{prefix}-{done}` in `language` when what was done is one
    /// of `known`; nothing for anything else (a `?done=` typed by hand shows nothing).
    pub fn notice(&self, prefix: &str, known: &[&str], language: Language) -> Option<String> {
        known
            .contains(&self.done.as_str())
            .then(|| Message::new(format!("{prefix}-{}", self.done)).render(language))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_known_action_is_said() {
        let done = |what: &str| Done { done: what.to_owned() };
        let said = done("paid").notice("staff-finance-done", &["paid"], Language::En);
        assert_eq!(said.as_deref(), Some("The payment was recorded as paid."));
        assert_eq!(
            done("forged").notice("staff-finance-done", &["paid"], Language::En),
            None
        );
        assert_eq!(done("").notice("staff-finance-done", &["paid"], Language::En), None);
    }
}
