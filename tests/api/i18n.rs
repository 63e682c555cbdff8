//! The message catalogue: every language complete against English, and API problems in the
//! language the client accepts.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use axum::http::{Method, StatusCode, header};
use fluent_syntax::ast;
use grantdesk::error::ProblemKind;
use grantdesk::http::driver::api_request;
use grantdesk::i18n::{Language, Message};
use serde_json::json;

use crate::reminders::{call_closing_in, drafter, parse_ics};
use crate::reports::read_sheet;
use crate::support::{application_body, spawn_app};

#[test]
fn every_language_has_every_message_of_english_with_the_same_variables() {
    let problems = catalogue_problems(&catalogue_root());
    assert!(
        problems.is_empty(),
        "the catalogue is incomplete:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_catalogue_check_catches_missing_extra_and_different_messages() {
    // The check itself is tested on a scratch tree, so it cannot silently stop looking.
    let scratch = tempfile::tempdir().expect("a scratch directory");
    let write = |path: &str, text: &str| {
        let file = scratch.path().join(path);
        fs::create_dir_all(file.parent().expect("a parent")).expect("a folder");
        fs::write(file, text).expect("a file");
    };
    write(
        "en/letters.ftl",
        "greeting = Dear { $name },\nsigned = Yours\nsent = Sent on { $date }\n",
    );
    write(
        "fr/letters.ftl",
        "greeting = Chère, cher { $nom },\nsent = Envoyé le { $date }\nextra = De trop\n",
    );
    write(
        "es/letters.ftl",
        "greeting = Estimada { $name ->\n   *[other] { $name }\n},\nsigned = Atentamente\nsent = Enviado el { $date }\n",
    );
    write("ar/letters.ftl", "greeting = { $name\n");
    let problems = catalogue_problems(scratch.path());
    let found = |needle: &str| problems.iter().any(|problem| problem.contains(needle));
    assert!(found("fr/letters.ftl lacks signed"), "{problems:?}");
    assert!(found("fr/letters.ftl has extra, which English lacks"), "{problems:?}");
    assert!(
        found("fr/letters.ftl: greeting uses {$nom} where English uses {$name}"),
        "{problems:?}"
    );
    assert!(found("ar/letters.ftl does not parse"), "{problems:?}");
    assert!(found("ru has no catalogue"), "{problems:?}");
    assert!(
        !found("es/"),
        "a select over the same variable is the same message: {problems:?}"
    );
}

#[test]
fn every_problem_kind_has_its_title_and_description_in_the_catalogue() {
    for kind in ProblemKind::ALL {
        let title = Message::new(format!("problem-{}-title", kind.slug()));
        let description = Message::new(format!("problem-{}-description", kind.slug()));
        // English mirrors the catalogue of `src/error.rs`, which the docs page is made from.
        assert_eq!(title.render(Language::En), kind.title(), "{kind}");
        assert_eq!(description.render(Language::En), kind.description(), "{kind}");
        for language in Language::ALL.into_iter().skip(1) {
            assert_ne!(
                title.render(language),
                kind.title(),
                "{kind} is not translated into {language}"
            );
        }
    }
}

#[tokio::test]
async fn a_refused_application_answers_in_french_with_the_same_field_paths() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let applicant = app.applicant().await;
    let organisation = app.organisation(&applicant).await;
    let call = app.open_call(&officer).await;
    let mut body = application_body(&organisation);
    body["title"] = json!("");
    body["requested_amount"] = json!(24500);
    body.as_object_mut().expect("an object").remove("summary");
    let path = format!("/calls/{call}/applications");
    let send = |language: &'static str| {
        let request = api_request(
            Method::POST,
            &path,
            &applicant.token,
            Some(&body),
            &[("accept-language", language)],
        );
        app.raw(request)
    };

    let english = send("en-GB, en;q=0.9").await;
    let french = send("fr-CH, fr;q=0.9, en;q=0.8").await;

    assert_eq!(french.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", french.text);
    assert_eq!(french.body["type"], english.body["type"]);
    assert_eq!(french.failing_fields(), english.failing_fields());
    assert_eq!(french.body["title"], "Requête invalide");
    assert_eq!(english.body["title"], "Invalid request");
    assert_eq!(
        french
            .headers
            .get(header::CONTENT_LANGUAGE)
            .map(|value| value.as_bytes()),
        Some(&b"fr"[..])
    );
    let messages = |answer: &crate::support::Answer| -> Vec<String> {
        answer.body["errors"]
            .as_array()
            .expect("errors")
            .iter()
            .map(|error| error["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    assert!(
        messages(&french).contains(&"ce champ est obligatoire".to_owned()),
        "{}",
        french.text
    );
    assert!(
        messages(&french)
            .iter()
            .any(|message| message.starts_with("doit être un montant")),
        "{}",
        french.text
    );
    assert!(
        messages(&english).contains(&"this field is required".to_owned()),
        "{}",
        english.text
    );
    assert!(french.detail().contains("champs sont invalides"), "{}", french.text);
}

#[tokio::test]
async fn problems_follow_accept_language_and_fall_back_to_english() {
    let app = spawn_app().await;
    let ask = |language: &'static str| {
        app.raw(api_request(
            Method::GET,
            "/no-such-route",
            "",
            None,
            &[("accept-language", language)],
        ))
    };

    let arabic = ask("ar").await;
    let russian = ask("ru-RU").await;
    let chinese = ask("zh-Hans-CN").await;
    let german = ask("de-DE, ja;q=0.5").await;

    assert_eq!(arabic.status, StatusCode::NOT_FOUND);
    assert_eq!(arabic.body["title"], "غير موجود");
    assert_eq!(russian.body["title"], "Не найдено");
    assert_eq!(chinese.body["title"], "未找到");
    assert_eq!(german.body["title"], "Not found");
    assert_eq!(german.detail(), "route not found");
    for answer in [&arabic, &russian, &chinese, &german] {
        assert_eq!(answer.problem_type(), "not-found");
        assert!(answer.is_problem(), "{}", answer.text);
    }
}

#[tokio::test]
async fn a_conflict_without_a_message_of_its_own_is_described_in_the_language() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let request = api_request(
        Method::PATCH,
        &format!("/calls/{call}"),
        &officer.token,
        Some(&json!({"title": "A new title"})),
        &[("accept-language", "es")],
    );

    let answer = app.raw(request).await;

    assert_eq!(answer.status, StatusCode::CONFLICT, "{}", answer.text);
    assert_eq!(answer.problem_type(), "call-not-draft");
    assert_eq!(answer.body["title"], "La convocatoria no es un borrador");
    assert_eq!(answer.detail(), "Solo se puede modificar una convocatoria en borrador.");
}

#[tokio::test]
async fn a_late_submission_is_refused_in_russian_naming_the_closing_instant() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = call_closing_in(&app, &officer, 1).await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let application = app.draft_application(&member, &organisation, &call).await;
    let closes_at = app.get(&format!("/calls/{call}"), "").await.body["closes_at"]
        .as_str()
        .expect("closes_at")
        .to_owned();
    app.clock.advance(chrono::Duration::days(2));
    let member = app.signed_in_again(&member).await;

    let refused = app
        .raw(api_request(
            Method::POST,
            &format!("/applications/{application}/submit"),
            &member.token,
            None,
            &[("accept-language", "ru")],
        ))
        .await;

    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);
    assert_eq!(refused.problem_type(), "call-closed");
    assert_eq!(refused.body["title"], "Конкурс закрыт");
    let instant = chrono::DateTime::parse_from_rfc3339(&closes_at)
        .expect("an instant")
        .to_rfc3339();
    assert_eq!(
        refused.detail(),
        format!("конкурс закрыт {instant}; после этого момента заявки не принимаются")
    );
}

#[tokio::test]
async fn a_user_chooses_the_language_of_their_emails() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    assert_eq!(app.get("/me", &applicant.token).await.body["preferred_language"], "en");

    let changed = app
        .patch("/me", &applicant.token, json!({"preferred_language": "ar"}))
        .await;

    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    assert_eq!(changed.body["preferred_language"], "ar");
    assert_eq!(changed.body["email"], applicant.email.as_str());
    assert_eq!(app.get("/me", &applicant.token).await.body["preferred_language"], "ar");
    let actions = app.audit_actions(&applicant.id.to_string()).await;
    assert!(actions.contains(&"user.settings_changed".to_owned()), "{actions:?}");
}

#[tokio::test]
async fn a_language_outside_the_six_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let before = app.snapshot().await;

    let german = app
        .patch("/me", &applicant.token, json!({"preferred_language": "de"}))
        .await;
    let unknown = app.patch("/me", &applicant.token, json!({"language": "fr"})).await;
    let anonymous = app.patch("/me", "", json!({"preferred_language": "fr"})).await;

    assert_eq!(german.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", german.text);
    assert_eq!(german.failing_fields(), ["preferred_language"]);
    assert_eq!(
        german.body["errors"][0]["message"],
        "must be one of: en, fr, es, ar, ru, zh"
    );
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", unknown.text);
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.snapshot().await, before);
    assert_eq!(app.get("/me", &applicant.token).await.body["preferred_language"], "en");
}

#[tokio::test]
async fn an_organisation_chooses_the_language_of_its_letters() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let path = format!("/organisations/{organisation}");
    assert_eq!(
        app.get(&path, &member.token).await.body["correspondence_language"],
        "en"
    );

    let changed = app
        .patch(&path, &member.token, json!({"correspondence_language": "ru"}))
        .await;

    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    assert_eq!(changed.body["correspondence_language"], "ru");
    assert_eq!(
        app.get(&path, &member.token).await.body["correspondence_language"],
        "ru"
    );
    let refused = app
        .patch(&path, &member.token, json!({"correspondence_language": "RU"}))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert_eq!(refused.failing_fields(), ["correspondence_language"]);
}

#[tokio::test]
async fn only_members_and_officers_choose_an_organisations_language() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let path = format!("/organisations/{organisation}");
    let stranger = app.applicant().await;
    let finance = app.finance().await;
    let officer = app.officer().await;
    let body = json!({"correspondence_language": "zh"});

    let from_another_organisation = app.patch(&path, &stranger.token, body.clone()).await;
    let from_finance = app.patch(&path, &finance.token, body.clone()).await;
    assert_eq!(from_another_organisation.status, StatusCode::NOT_FOUND);
    assert_eq!(from_finance.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get(&path, &member.token).await.body["correspondence_language"],
        "en"
    );

    let by_officer = app.patch(&path, &officer.token, body).await;
    assert_eq!(by_officer.status, StatusCode::OK, "{}", by_officer.text);
    assert_eq!(by_officer.body["correspondence_language"], "zh");
}

#[tokio::test]
async fn a_calendar_feed_speaks_the_language_asked_for_and_keeps_titles_as_written() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = call_closing_in(&app, &officer, 10).await;
    let path = format!("/calls/{call}/deadlines.ics");

    let french = parse_ics(&app.get(&format!("{path}?lang=fr"), "").await.text);
    let arabic = parse_ics(&app.get(&format!("{path}?lang=ar"), "").await.text);
    let english = parse_ics(&app.get(&path, "").await.text);
    let german = app.get(&format!("{path}?lang=de"), "").await;

    let summaries = |events: &[std::collections::BTreeMap<String, String>]| -> Vec<String> {
        events.iter().map(|event| event["SUMMARY"].clone()).collect()
    };
    assert!(
        summaries(&french).contains(&"Clôture de l'appel : Prevention through sport 2027".to_owned()),
        "{french:?}"
    );
    assert!(
        summaries(&arabic).contains(&"إغلاق الدعوة: Prevention through sport 2027".to_owned()),
        "{arabic:?}"
    );
    assert!(
        summaries(&english).contains(&"Call closes: Prevention through sport 2027".to_owned()),
        "{english:?}"
    );
    assert_eq!(german.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", german.text);
    assert_eq!(german.failing_fields(), ["lang"]);
}

#[tokio::test]
async fn a_persons_feed_is_in_their_preferred_language_unless_another_is_asked_for() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = call_closing_in(&app, &officer, 10).await;
    let member = drafter(&app, &call).await;
    let changed = app
        .patch("/me", &member.token, json!({"preferred_language": "ru"}))
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);

    let russian = app.get("/me/deadlines.ics", &member.token).await;
    let chinese = app.get("/me/deadlines.ics?lang=zh", &member.token).await;

    assert!(
        russian.text.contains("X-WR-CALNAME:Мои сроки в grantdesk"),
        "{}",
        russian.text
    );
    let events = parse_ics(&russian.text);
    assert_eq!(events[0]["SUMMARY"], "Закрытие конкурса: Prevention through sport 2027");
    // Unfolded as RFC 5545 says (the parser also drops a space that starts a folded line).
    let unfolded = russian.text.replace("\r\n ", "");
    assert!(
        unfolded.contains("DESCRIPTION:У вашей организации есть черновик заявки на этот конкурс.\r\n"),
        "{unfolded}"
    );
    assert_eq!(
        parse_ics(&chinese.text)[0]["SUMMARY"],
        "征集截止：Prevention through sport 2027"
    );
}

#[tokio::test]
async fn report_headings_follow_lang_and_are_english_without_it() {
    let app = spawn_app().await;
    let finance = app.finance().await;
    let path = "/reports/disbursements";

    let english = app.get(&format!("{path}?format=csv&excel=false"), &finance.token).await;
    let spanish = app
        .get(&format!("{path}?format=csv&lang=es&excel=false"), &finance.token)
        .await;
    let russian = app.get(&format!("{path}?format=xlsx&lang=ru"), &finance.token).await;
    let german = app.get(&format!("{path}?format=csv&lang=de"), &finance.token).await;

    let header = |text: &str| text.lines().nth(4).unwrap_or_default().to_owned();
    assert_eq!(
        header(&english.text),
        "Group,Group ID,Currency,Count,Requested,Approved,Paid,Cancelled,Refunded,Net paid,Call currency,\
         Requested (call currency),Approved (call currency),Paid (call currency),Cancelled (call currency),\
         Refunded (call currency),Net paid (call currency)"
    );
    let spanish_header = header(&spanish.text);
    assert!(
        spanish_header.starts_with("Grupo,ID del grupo,Moneda,Número,Solicitado"),
        "{spanish_header}"
    );
    assert!(
        spanish_header.contains("Pagado (moneda de la convocatoria)"),
        "{spanish_header}"
    );
    assert_eq!(spanish.text.lines().next(), Some("Informe de desembolsos"));
    assert_eq!(russian.status, StatusCode::OK);
    assert_eq!(read_sheet(&russian.bytes, 1)[3][..3], ["Группа", "ID группы", "Валюта"]);
    assert_eq!(
        read_sheet(&russian.bytes, 3)[3][..3],
        ["Тип обязательства", "Номер", "Организация"]
    );
    assert_eq!(german.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", german.text);
    assert_eq!(german.failing_fields(), ["lang"]);
}

/// `templates/locales`, the catalogue the binary embeds.
fn catalogue_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/locales")
}

/// What is wrong with the catalogue under `root`: each language must have the `.ftl` files
/// of English, each with the same message ids (attributes included) using the same
/// variables, and each file must parse.
fn catalogue_problems(root: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let english = read_language(root, Language::En, &mut problems);
    for language in Language::ALL.into_iter().skip(1) {
        if !root.join(language.code()).is_dir() {
            problems.push(format!("{language} has no catalogue"));
            continue;
        }
        let translated = read_language(root, language, &mut problems);
        for (file, messages) in &english {
            let place = format!("{language}/{file}");
            let Some(theirs) = translated.get(file) else {
                problems.push(format!("{place} is missing"));
                continue;
            };
            for (id, variables) in messages {
                match theirs.get(id) {
                    None => problems.push(format!("{place} lacks {id}")),
                    Some(found) if found != variables => problems.push(format!(
                        "{place}: {id} uses {} where English uses {}",
                        show(found),
                        show(variables)
                    )),
                    Some(_) => {}
                }
            }
            for id in theirs.keys().filter(|id| !messages.contains_key(*id)) {
                problems.push(format!("{place} has {id}, which English lacks"));
            }
        }
        for file in translated.keys().filter(|file| !english.contains_key(*file)) {
            problems.push(format!("{language}/{file} has no English original"));
        }
    }
    problems
}

/// The variables of each message of each file of a language: file -> id -> variables.
type LanguageCatalogue = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn read_language(root: &Path, language: Language, problems: &mut Vec<String>) -> LanguageCatalogue {
    let mut files = LanguageCatalogue::new();
    let Ok(entries) = fs::read_dir(root.join(language.code())) else {
        return files;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".ftl") {
            continue;
        }
        let source = fs::read_to_string(entry.path()).expect("a readable .ftl file");
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((_, errors)) => {
                problems.push(format!("{language}/{name} does not parse: {errors:?}"));
                continue;
            }
        };
        let mut messages = BTreeMap::new();
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut variables);
                }
                messages.insert(message.id.name.to_owned(), variables);
                for attribute in &message.attributes {
                    let mut variables = BTreeSet::new();
                    pattern_variables(&attribute.value, &mut variables);
                    messages.insert(format!("{}.{}", message.id.name, attribute.id.name), variables);
                }
            }
        }
        files.insert(name, messages);
    }
    files
}

fn pattern_variables(pattern: &ast::Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, variables);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, variables);
            for variant in variants {
                pattern_variables(&variant.value, variables);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, variables),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, variables);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, variables);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, variables),
        _ => {}
    }
}

fn show(variables: &BTreeSet<String>) -> String {
    let names: Vec<String> = variables.iter().map(|name| format!("{{${name}}}")).collect();
    if names.is_empty() {
        "no variable".to_owned()
    } else {
        names.join(", ")
    }
}
