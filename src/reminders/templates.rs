//! The wording of every reminder, from `templates/email/RULE.txt`: a first line
//! `Subject: ...`, a blank line, then the text body. Placeholders are minijinja
//! expressions over [`MessageContext`]; an unknown one is an error, and every template is
//! rendered once at start-up ([`check`]) so that a typo stops the service from starting
//! instead of reaching a CSO as a blank.

use std::sync::LazyLock;

use minijinja::{Environment, UndefinedBehavior};
use serde::Serialize;

use super::rules::Rule;

/// What a reminder's wording may refer to.
#[derive(Debug, Clone, Serialize)]
pub struct MessageContext {
    /// The recipient's full name.
    pub recipient_name: String,
    /// The office's name (`GRANTDESK_OFFICE_NAME`).
    pub office_name: String,
    /// What the reminder is about: a call's or application's title, a report, an
    /// organisation, a disbursement.
    pub title: String,
    /// The deadline (or the start of the wait), written out: "10 December 2026, 17:00 UTC".
    pub due: String,
    /// One more sentence of the rule's own (may be empty).
    pub detail: String,
    /// The code of the recipient's language (`en`, `fr`...): the wording around the
    /// placeholders comes from the catalogue in it (`t("email-...")` in the templates).
    pub lang: &'static str,
}

/// A rendered message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The subject line.
    pub subject: String,
    /// The plain-text body.
    pub body: String,
}

fn source(rule: Rule) -> &'static str {
    match rule {
        Rule::CallClosing => include_str!("../../templates/email/call_closing.txt"),
        Rule::ReviewOverdue => include_str!("../../templates/email/review_overdue.txt"),
        Rule::ReportDue => include_str!("../../templates/email/report_due.txt"),
        Rule::DiligenceExpiring => include_str!("../../templates/email/diligence_expiring.txt"),
        Rule::DisbursementAwaitingApproval => {
            include_str!("../../templates/email/disbursement_awaiting_approval.txt")
        }
        Rule::AppealWindowClosing => include_str!("../../templates/email/appeal_window_closing.txt"),
        Rule::SponsorshipDeadline => include_str!("../../templates/email/sponsorship_deadline.txt"),
    }
}

/// A message that is not a reminder: sent once, by a command (an invitation to join an
/// organisation, a link to reset a password...). Its name is stored as the outbox row's
/// `rule` and is its template's file name in `templates/email/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// An invitation to join an organisation; `detail` carries how to accept or decline.
    Invitation,
    /// A link to choose a new password; `detail` is the link.
    PasswordReset,
    /// A link to choose a first password (a staff account created without one).
    SetPassword,
    /// A link to confirm an email address.
    VerifyEmail,
    /// A change to the account's security (password, email, a sign-in from a new
    /// client): always sent, whatever the person's preferences; `title` names the change.
    SecurityNotice,
}

impl Notice {
    /// Every notice.
    pub const ALL: [Self; 5] = [
        Self::Invitation,
        Self::PasswordReset,
        Self::SetPassword,
        Self::VerifyEmail,
        Self::SecurityNotice,
    ];

    /// The stored name, also the template's file name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Invitation => "invitation",
            Self::PasswordReset => "password_reset",
            Self::SetPassword => "set_password",
            Self::VerifyEmail => "verify_email",
            Self::SecurityNotice => "security_notice",
        }
    }

    /// The notice with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|notice| notice.as_str() == name)
    }

    fn source(self) -> &'static str {
        match self {
            Self::Invitation => include_str!("../../templates/email/invitation.txt"),
            Self::PasswordReset => include_str!("../../templates/email/password_reset.txt"),
            Self::SetPassword => include_str!("../../templates/email/set_password.txt"),
            Self::VerifyEmail => include_str!("../../templates/email/verify_email.txt"),
            Self::SecurityNotice => include_str!("../../templates/email/security_notice.txt"),
        }
    }
}

static TEMPLATES: LazyLock<Result<Environment<'static>, String>> = LazyLock::new(|| environment(source));

/// The templates of every rule, strict about undefined placeholders.
fn environment(source: impl Fn(Rule) -> &'static str) -> Result<Environment<'static>, String> {
    let mut environment = Environment::new();
    environment.set_undefined_behavior(UndefinedBehavior::Strict);
    environment.add_function("t", crate::i18n::translate_in_template);
    for rule in Rule::ALL {
        environment
            .add_template(rule.as_str(), source(rule))
            .map_err(|error| format!("templates/email/{rule}.txt: {error:#}"))?;
    }
    for notice in Notice::ALL {
        let name = notice.as_str();
        environment
            .add_template(name, notice.source())
            .map_err(|error| format!("templates/email/{name}.txt: {error:#}"))?;
    }
    Ok(environment)
}

/// Renders the reminder of `rule`.
pub fn render(rule: Rule, context: &MessageContext) -> Result<Message, String> {
    render_with(TEMPLATES.as_ref().map_err(Clone::clone)?, rule, context)
}

/// Renders a notice (a message that is not a reminder).
pub fn render_notice(notice: Notice, context: &MessageContext) -> Result<Message, String> {
    render_named(TEMPLATES.as_ref().map_err(Clone::clone)?, notice.as_str(), context)
}

fn render_with(environment: &Environment<'_>, rule: Rule, context: &MessageContext) -> Result<Message, String> {
    render_named(environment, rule.as_str(), context)
}

fn render_named(environment: &Environment<'_>, rule: &str, context: &MessageContext) -> Result<Message, String> {
    let template = environment.get_template(rule).map_err(|error| format!("{error:#}"))?;
    let text = template
        .render(minijinja::value::Serde(context))
        .map_err(|error| format!("templates/email/{rule}.txt: {error:#}"))?;
    split(&text).ok_or_else(|| format!("templates/email/{rule}.txt must start with a `Subject:` line"))
}

/// Renders every template against a sample context, so that a missing or misspelt
/// placeholder fails at start-up.
pub fn check() -> Result<(), String> {
    check_all(TEMPLATES.as_ref().map_err(Clone::clone)?)
}

fn check_all(environment: &Environment<'_>) -> Result<(), String> {
    let sample = MessageContext {
        recipient_name: "Amina Wanjiru".to_owned(),
        office_name: "Civil Society Grants Office".to_owned(),
        title: "Youth and women leading prevention 2027".to_owned(),
        due: "10 December 2026, 17:00 UTC".to_owned(),
        detail: String::new(),
        lang: "en",
    };
    for language in crate::i18n::Language::ALL {
        let sample = MessageContext {
            lang: language.code(),
            ..sample.clone()
        };
        for rule in Rule::ALL {
            let message = render_with(environment, rule, &sample)?;
            if message.subject.trim().is_empty() || message.body.trim().is_empty() {
                return Err(format!("templates/email/{rule}.txt has an empty subject or body"));
            }
            if format!("{}{}", message.subject, message.body).contains("email-") {
                return Err(format!("templates/email/{rule}.txt names a message {language:?} lacks"));
            }
        }
    }
    // A notice's `detail` is what the recipient acts on (an invitation's token): it must show.
    let marked = MessageContext {
        detail: "DETAIL-7f3a".to_owned(),
        ..sample
    };
    for notice in Notice::ALL {
        let name = notice.as_str();
        let message = render_named(environment, name, &marked)?;
        if message.subject.trim().is_empty() || !message.body.contains("DETAIL-7f3a") {
            return Err(format!(
                "templates/email/{name}.txt has an empty subject or does not show {{{{ detail }}}}"
            ));
        }
    }
    Ok(())
}

/// Splits `Subject: ...` from the body (after one blank line); `None` without a subject.
fn split(text: &str) -> Option<Message> {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let subject = first.strip_prefix("Subject:")?.trim().to_owned();
    let body = rest.trim_start_matches(['\r', '\n']);
    // Collapse the blank paragraph an empty `detail` leaves behind.
    let mut body = body.replace("\n\n\n\n", "\n\n");
    while body.contains("\n\n\n") {
        body = body.replace("\n\n\n", "\n\n");
    }
    Some(Message {
        subject,
        body: body.trim_end().to_owned() + "\n",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reminder_has_a_template_that_renders() {
        assert_eq!(check(), Ok(()));
        let context = MessageContext {
            recipient_name: "Dmitri Sokolov".to_owned(),
            office_name: "Grants Office".to_owned(),
            title: "Interim narrative report of GD-2026-3F9A1C2B".to_owned(),
            due: "31 March 2027".to_owned(),
            detail: "Submit it from the award's page.".to_owned(),
            lang: "en",
        };
        let message = render(Rule::ReportDue, &context).expect("rendered");
        assert_eq!(
            message.subject,
            "Report due on 31 March 2027: Interim narrative report of GD-2026-3F9A1C2B"
        );
        assert!(message.body.starts_with("Dear Dmitri Sokolov,"), "{}", message.body);
        assert!(message.body.contains("Submit it from the award's page."));
        assert!(message.body.ends_with("Grants Office\n"));
    }

    #[test]
    fn a_misspelt_placeholder_stops_the_check() {
        let misspelt = environment(|rule| match rule {
            Rule::ReportDue => "Subject: {{ titel }} is due\n\nDear {{ recipient_name }},",
            other => source(other),
        })
        .expect("parsed");
        let refused = check_all(&misspelt).expect_err("a typo is refused");
        assert!(refused.contains("report_due.txt"), "{refused}");
        assert_eq!(split("no subject line\n\nbody"), None);
    }
}
