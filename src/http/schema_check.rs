//! Checks a JSON body against the OpenAPI schema of its request type, so that every
//! problem of a body is reported at once, each with its JSON path and in plain words
//! ("this field is required", "must be one of: 18-24, 25-34, 35-49, 50+").
//!
//! serde stops at the first error and words it for programmers ("missing field
//! `summary`"); the schema that the OpenAPI document publishes knows every field, its type
//! and its allowed values, so it is the one place to read them from. The check runs only
//! after serde has refused a body: a valid body costs nothing more.

use std::collections::HashMap;

use serde_json::Value;
use utoipa::ToSchema;

use crate::error::FieldError;
use crate::i18n::Message;

/// What an unresolvable reference checks against: nothing.
static NULL: Value = Value::Null;

/// The referenced schemas of a request type, by name, as JSON.
type Components = HashMap<String, Value>;

/// Every problem of `body` against the schema of `T`, in the order of the fields.
pub fn problems_of<T: ToSchema>(body: &Value) -> Vec<FieldError> {
    let mut referenced = Vec::new();
    T::schemas(&mut referenced);
    let mut components: Components = referenced
        .into_iter()
        .filter_map(|(name, schema)| Some((name, serde_json::to_value(schema).ok()?)))
        .collect();
    let Ok(root) = serde_json::to_value(T::schema()) else {
        return Vec::new();
    };
    components.entry(T::name().into_owned()).or_insert_with(|| root.clone());
    let mut problems = Vec::new();
    check(&components, &root, body, "", &mut problems);
    problems
}

/// Checks `value` at `path` against `schema`, pushing what fails.
fn check(components: &Components, schema: &Value, value: &Value, path: &str, problems: &mut Vec<FieldError>) {
    let schema = resolve(components, schema);
    if let Some(branches) = schema
        .get("oneOf")
        .or_else(|| schema.get("anyOf"))
        .and_then(Value::as_array)
    {
        check_alternatives(components, branches, value, path, problems);
        return;
    }
    if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
        for part in parts {
            check(components, part, value, path, problems);
        }
        return;
    }
    if let Some(message) = type_mismatch(schema, value) {
        problems.push(FieldError::new(path, message));
        return;
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !value.is_null()
        && !allowed.contains(value)
    {
        problems.push(FieldError::new(path, one_of(allowed)));
        return;
    }
    match value {
        Value::Object(fields) => check_object(components, schema, fields, path, problems),
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for (index, item) in items.iter().enumerate() {
                    check(components, item_schema, item, &format!("{path}[{index}]"), problems);
                }
            }
        }
        Value::String(text) => {
            if let Some(message) = format_mismatch(schema, text) {
                problems.push(FieldError::new(path, message));
            }
        }
        _ => {}
    }
}

/// A value must match one of several schemas (an `Option<T>` is "null or T").
fn check_alternatives(
    components: &Components,
    branches: &[Value],
    value: &Value,
    path: &str,
    problems: &mut Vec<FieldError>,
) {
    let mut best: Option<Vec<FieldError>> = None;
    for branch in branches {
        let mut found = Vec::new();
        check(components, branch, value, path, &mut found);
        if found.is_empty() {
            return;
        }
        if best.as_ref().is_none_or(|best| found.len() < best.len()) {
            best = Some(found);
        }
    }
    problems.extend(best.unwrap_or_default());
}

fn check_object(
    components: &Components,
    schema: &Value,
    fields: &serde_json::Map<String, Value>,
    path: &str,
    problems: &mut Vec<FieldError>,
) {
    let properties = schema.get("properties").and_then(Value::as_object);
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if let Some(properties) = properties {
        for (name, property) in properties {
            let field_path = join(path, name);
            match fields.get(name) {
                Some(value) => check(components, property, value, &field_path, problems),
                None if required.contains(&name.as_str()) => {
                    problems.push(FieldError::new(field_path, Message::new("field-required")));
                }
                None => {}
            }
        }
    }
    let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
    if closed && let Some(properties) = properties {
        for name in fields.keys().filter(|name| !properties.contains_key(*name)) {
            let known: Vec<&str> = properties.keys().map(String::as_str).collect();
            problems.push(FieldError::new(
                join(path, name),
                Message::new("field-unknown").with("fields", known.join(", ")),
            ));
        }
    } else if let Some(additional) = schema.get("additionalProperties").filter(|schema| schema.is_object()) {
        for (name, value) in fields {
            if properties.is_none_or(|properties| !properties.contains_key(name)) {
                check(components, additional, value, &join(path, name), problems);
            }
        }
    }
}

/// What a value of the wrong JSON type should have been, in plain words.
fn type_mismatch(schema: &Value, value: &Value) -> Option<Message> {
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(name)) => vec![name.as_str()],
        Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).collect(),
        _ => return None,
    };
    let fits = |name: &str| match name {
        "null" => value.is_null(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => true,
    };
    if types.iter().any(|name| fits(name)) {
        return None;
    }
    let wanted = types.iter().copied().find(|name| *name != "null").unwrap_or("null");
    Some(Message::new(match wanted {
        "string" if is_amount(schema) => "field-amount",
        "string" => match schema.get("format").and_then(Value::as_str) {
            Some(format) => format_example(format),
            None => "field-text",
        },
        "boolean" => "field-boolean",
        "integer" => "field-integer",
        "number" => "field-number",
        "array" => "field-list",
        "object" => "field-object",
        _ => "field-null",
    }))
}

/// Whether a string schema is an amount of money (`crate::money::Amount`).
fn is_amount(schema: &Value) -> bool {
    schema
        .get("description")
        .and_then(Value::as_str)
        .is_some_and(|description| description.starts_with("decimal amount"))
}

/// What a string of a known format should look like.
fn format_mismatch(schema: &Value, text: &str) -> Option<Message> {
    let format = schema.get("format").and_then(Value::as_str)?;
    let fits = match format {
        "date" => chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok(),
        "date-time" => chrono::DateTime::parse_from_rfc3339(text).is_ok(),
        "uuid" => uuid::Uuid::parse_str(text).is_ok(),
        _ => true,
    };
    (!fits).then(|| Message::new(format_example(format)))
}

/// The message saying what a string of `format` looks like, with an example.
fn format_example(format: &str) -> &'static str {
    match format {
        "date" => "field-date",
        "date-time" => "field-date-time",
        "uuid" => "field-uuid",
        _ => "field-documented-format",
    }
}

fn one_of(allowed: &[Value]) -> Message {
    let names: Vec<String> = allowed
        .iter()
        .filter(|value| !value.is_null())
        .map(|value| value.as_str().map_or_else(|| value.to_string(), str::to_owned))
        .collect();
    Message::new("field-one-of").with("values", names.join(", "))
}

/// The schema itself, or the component a `$ref` names.
fn resolve<'a>(components: &'a Components, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let name = reference.rsplit('/').next().unwrap_or_default();
            components.get(name).unwrap_or(&NULL)
        }
        None => schema,
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}
