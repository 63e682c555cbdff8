//! The problem kinds in the OpenAPI document and in `docs/problems.md`, both generated
//! from `crate::error::ProblemKind`, so neither can drift from the code.
//!
//! Every error answer of every operation is `application/problem+json` with the `Problem`
//! schema and one example per problem kind it can be. The conflicts (409) of each
//! operation come from its domain's `CONFLICTS` table; the other kinds follow from the
//! operation's shape (a body can be malformed, too large or invalid; a path parameter can
//! name nothing; a bearer can be missing).

use std::collections::BTreeMap;

use serde_json::json;
use utoipa::Number;
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::example::ExampleBuilder;
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::{OpenApi, RefOr, Schema};

use crate::error::{OperationProblems, PROBLEM_BASE, ProblemKind};
use crate::http::pagination::{MAX_LIMIT, MAX_OFFSET};

/// The media type of every error answer.
pub const PROBLEM_MEDIA_TYPE: &str = "application/problem+json";

/// Every domain's table of conflicts by operation.
pub const DOMAIN_CONFLICTS: &[OperationProblems] = &[
    crate::auth::CONFLICTS,
    crate::organisations::CONFLICTS,
    crate::calls::CONFLICTS,
    crate::forms::CONFLICTS,
    crate::documents::CONFLICTS,
    crate::applications::CONFLICTS,
    crate::reviews::CONFLICTS,
    crate::decisions::CONFLICTS,
    crate::awards::CONFLICTS,
    crate::disbursements::CONFLICTS,
    crate::reports::CONFLICTS,
    crate::events::CONFLICTS,
    crate::reminders::CONFLICTS,
    crate::calendar::CONFLICTS,
    crate::sponsorships::CONFLICTS,
    crate::letters::CONFLICTS,
    crate::sanctions::CONFLICTS,
    crate::diligence::CONFLICTS,
    crate::risk::CONFLICTS,
    crate::audit::CONFLICTS,
    crate::reference::CONFLICTS,
    crate::open_data::CONFLICTS,
];

/// The conflicts an operation can answer with, by its operation id.
pub fn conflicts_of(operation_id: &str) -> &'static [ProblemKind] {
    DOMAIN_CONFLICTS
        .iter()
        .flat_map(|table| table.iter())
        .find(|(id, _)| *id == operation_id)
        .map_or(&[], |(_, kinds)| *kinds)
}

/// Adds the problem kinds to every operation of the document, and the constraints the
/// server enforces that the types cannot say.
pub fn document(mut openapi: OpenApi) -> OpenApi {
    require_text_in_request_bodies(&mut openapi);
    require_amount_when_awarding(&mut openapi);
    for item in openapi.paths.paths.values_mut() {
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ];
        for operation in operations.into_iter().flatten() {
            document_page_bounds(operation);
            document_operation(operation);
        }
    }
    openapi
}

/// The problem kinds of one operation, by HTTP status.
pub fn kinds_of(operation: &Operation) -> BTreeMap<u16, Vec<ProblemKind>> {
    let has_body = operation.request_body.is_some();
    let parameters = operation.parameters.as_deref().unwrap_or_default();
    let located = |place: ParameterIn| {
        parameters
            .iter()
            .any(|parameter| matches!(parameter, RefOr::T(parameter) if parameter.parameter_in == place))
    };
    let listed = |status: &str| operation.responses.responses.contains_key(status);
    let mut kinds: Vec<ProblemKind> = vec![ProblemKind::MalformedRequest, ProblemKind::Internal];
    if operation.security.is_some() || listed("401") {
        kinds.push(ProblemKind::Unauthorized);
    }
    // A signed-in caller may lack the role or membership the operation needs.
    if operation.security.is_some() || listed("403") {
        kinds.push(ProblemKind::Forbidden);
    }
    if listed("404") || located(ParameterIn::Path) {
        kinds.push(ProblemKind::NotFound);
    }
    if has_body || located(ParameterIn::Query) || listed("422") {
        kinds.push(ProblemKind::Validation);
    }
    if has_body {
        kinds.push(ProblemKind::PayloadTooLarge);
    }
    if listed("429") {
        kinds.push(ProblemKind::TooManyRequests);
    }
    let operation_id = operation.operation_id.as_deref().unwrap_or_default();
    kinds.extend(conflicts_of(operation_id));
    let mut by_status: BTreeMap<u16, Vec<ProblemKind>> = BTreeMap::new();
    for kind in kinds {
        let entry = by_status.entry(kind.status()).or_default();
        if !entry.contains(&kind) {
            entry.push(kind);
        }
    }
    by_status
}

/// Every required text field of a request body must hold something: the services refuse a
/// blank one (`Validator::required_text` and the checks of names, emails and passwords),
/// so the schemas of request bodies, and of the objects inside them, say `minLength: 1`.
fn require_text_in_request_bodies(openapi: &mut OpenApi) {
    let mut names: Vec<String> = Vec::new();
    for item in openapi.paths.paths.values() {
        let operations = [&item.get, &item.put, &item.post, &item.delete, &item.patch];
        for operation in operations.into_iter().flatten() {
            if let Some(RefOr::T(body)) = &operation.request_body {
                for content in body.content.values() {
                    if let RefOr::T(content) = content
                        && let Some(RefOr::Ref(reference)) = &content.schema
                    {
                        names.push(reference.ref_location.rsplit('/').next().unwrap_or_default().to_owned());
                    }
                }
            }
        }
    }
    let Some(components) = openapi.components.as_mut() else {
        return;
    };
    let mut seen: Vec<String> = Vec::new();
    while let Some(name) = names.pop() {
        if seen.contains(&name) {
            continue;
        }
        seen.push(name.clone());
        let Some(RefOr::T(Schema::Object(object))) = components.schemas.get_mut(&name) else {
            continue;
        };
        let required = object.required.clone();
        for (property, schema) in object.properties.iter_mut() {
            match schema {
                RefOr::Ref(reference) => {
                    names.push(reference.ref_location.rsplit('/').next().unwrap_or_default().to_owned());
                }
                RefOr::T(Schema::Array(array)) => {
                    if let utoipa::openapi::schema::ArrayItems::RefOrSchema(item) = &array.items
                        && let RefOr::Ref(reference) = item.as_ref()
                    {
                        names.push(reference.ref_location.rsplit('/').next().unwrap_or_default().to_owned());
                    }
                }
                RefOr::T(Schema::Object(field)) if required.contains(property) && is_free_text(field) => {
                    field.min_length = Some(1);
                }
                _ => {}
            }
        }
    }
}

/// A decision that awards needs an amount; one that rejects does not. The request type
/// has one optional `amount` for both, so its schema says the rule as a `oneOf` on the
/// outcome.
fn require_amount_when_awarding(openapi: &mut OpenApi) {
    let Some(components) = openapi.components.as_mut() else {
        return;
    };
    let Some(decision) = components.schemas.get("DecisionRequest").cloned() else {
        return;
    };
    let outcomes = json!({"oneOf": [
        {
            "type": "object",
            "title": "An award",
            "properties": {"outcome": {"type": "string", "enum": ["awarded"]}},
            "required": ["outcome", "amount"]
        },
        {
            "type": "object",
            "title": "A rejection",
            "properties": {"outcome": {"type": "string", "enum": ["rejected"]}},
            "required": ["outcome"]
        }
    ]});
    let Ok(outcomes) = serde_json::from_value::<Schema>(outcomes) else {
        return;
    };
    let combined = utoipa::openapi::schema::AllOfBuilder::new()
        .item(decision)
        .item(outcomes)
        .build();
    components
        .schemas
        .insert("DecisionRequest".to_owned(), RefOr::T(Schema::AllOf(combined)));
}

/// A plain text field: a string with no format, pattern or list of values of its own.
fn is_free_text(field: &utoipa::openapi::schema::Object) -> bool {
    field.schema_type == utoipa::openapi::schema::SchemaType::Type(utoipa::openapi::schema::Type::String)
        && field.format.is_none()
        && field.pattern.is_none()
        && field.enum_values.is_none()
}

/// The range of `limit` and `offset` that the query extractor enforces on every list
/// (`http::extract::check_query`), written where clients and fuzzers read it.
fn document_page_bounds(operation: &mut Operation) {
    for parameter in operation.parameters.iter_mut().flatten() {
        let RefOr::T(parameter) = parameter else {
            continue;
        };
        let bounds = match parameter.name.as_str() {
            "limit" => (1, MAX_LIMIT),
            "offset" => (0, MAX_OFFSET),
            _ => continue,
        };
        if let Some(RefOr::T(Schema::Object(object))) = parameter.schema.as_mut() {
            object.minimum = Some(Number::UInt(bounds.0 as usize));
            object.maximum = Some(Number::UInt(bounds.1 as usize));
        }
    }
}

fn document_operation(operation: &mut Operation) {
    for (status, kinds) in kinds_of(operation) {
        let key = status.to_string();
        let described = match operation.responses.responses.get(&key) {
            Some(RefOr::T(response)) if !response.description.is_empty() => response.description.clone(),
            _ => kinds.first().map(|kind| kind.title().to_owned()).unwrap_or_default(),
        };
        let lines: Vec<String> = kinds
            .iter()
            .map(|kind| format!("- `{}`: {}", kind.slug(), kind.description()))
            .collect();
        let content = ContentBuilder::new()
            .schema(Some(RefOr::Ref(utoipa::openapi::Ref::from_schema_name("Problem"))))
            .examples_from_iter(kinds.iter().map(|kind| (kind.slug(), example_of(*kind))))
            .build();
        let response = ResponseBuilder::new()
            .description(format!("{described}\n\nProblem kinds:\n{}", lines.join("\n")))
            .content(PROBLEM_MEDIA_TYPE, content)
            .build();
        operation.responses.responses.insert(key, RefOr::T(response));
    }
}

fn example_of(kind: ProblemKind) -> utoipa::openapi::example::Example {
    ExampleBuilder::new()
        .summary(kind.title())
        .value(Some(json!({
            "type": format!("{PROBLEM_BASE}{}", kind.slug()),
            "title": kind.title(),
            "status": kind.status(),
            "detail": kind.description(),
        })))
        .build()
}

/// The catalogue as a Markdown page (`docs/problems.md`).
pub fn catalogue_page() -> String {
    let mut page = String::from(
        "# Problem kinds\n\n\
         Every error answer of the grantdesk API is `application/problem+json` (RFC 9457). Its `type` is\n\
         `https://grantdesk.dev/problems/<slug>`: match on it, not on the wording of `title` or `detail`.\n\
         A validation problem also has `errors`: each failing field's JSON path (`budget_lines[1].amount`)\n\
         and what is wrong with it. The OpenAPI document lists, on every operation, the kinds it can answer with.\n\n\
         This page is generated from `ProblemKind` in `src/error.rs`; a test fails when it is stale\n\
         (`GRANTDESK_BLESS=1 cargo test --test api problem_catalogue` writes it again).\n\n\
         | slug | status | title | when |\n|---|---|---|---|\n",
    );
    for kind in ProblemKind::ALL {
        page.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            kind.slug(),
            kind.status(),
            kind.title(),
            kind.description().replace('|', "\\|")
        ));
    }
    page
}
