//! How one grant is written in each standard, as pure functions over plain types: the
//! 360Giving grant object (JSON, schema 1.4) and the IATI activity (XML, 2.03). What is
//! shown of the recipient was decided before, by `organisations::publication`; these
//! functions only write what they are given.
//!
//! Amounts are written from `Decimal` with the currency's minor-unit decimals, never
//! through a float; dates are ISO 8601.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::value::RawValue;
use uuid::Uuid;

use crate::awards::rules::AwardStatus;
use crate::calls::rules::CallStatus;
use crate::money::{Currency, format_amount};
use crate::organisations::publication::{
    ANONYMISED_RECIPIENT, PublicLocation, PublicRecipient, PublicationPolicy, PublishedRecipient,
};

/// The 360Giving schema version the package follows.
pub const THREESIXTYGIVING_VERSION: &str = "1.4";

/// The IATI standard version of the activity file.
pub const IATI_VERSION: &str = "2.03";

/// How the office names itself in the exports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Office {
    /// The office's name.
    pub name: String,
    /// Its organisation identifier (org-id.guide; the IATI reporting-org).
    pub organisation_id: String,
    /// Its 360Giving prefix.
    pub prefix: String,
    /// The IATI default aid type.
    pub aid_type: String,
}

/// A published call (a grant programme), as the exports show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Programme {
    /// The call's id.
    pub id: Uuid,
    /// Its title.
    pub title: String,
    /// Its description.
    pub description: String,
    /// Its status.
    pub status: CallStatus,
    /// Its thematic areas (stored names, such as `youth`).
    pub themes: Vec<String>,
    /// Its currency.
    pub currency: Currency,
    /// When it opens.
    pub opens_at: DateTime<Utc>,
    /// Last changed.
    pub updated_at: DateTime<Utc>,
}

/// A paid disbursement of a grant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    /// The disbursement's id.
    pub id: Uuid,
    /// The day it was paid.
    pub paid_on: NaiveDate,
    /// The amount paid.
    pub amount: Decimal,
    /// In this currency.
    pub currency: Currency,
}

/// An accepted award as the exports show it, with what its publication policy allows of
/// its recipient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    /// The award's reference (`GD-2026-…`).
    pub reference: String,
    /// The application's title.
    pub title: String,
    /// The application's summary.
    pub description: String,
    /// The award's currency.
    pub currency: Currency,
    /// The amount awarded.
    pub amount: Decimal,
    /// When it was awarded.
    pub awarded_at: DateTime<Utc>,
    /// When the organisation accepted it.
    pub accepted_at: DateTime<Utc>,
    /// Its status.
    pub status: AwardStatus,
    /// When it was completed or terminated.
    pub closed_at: Option<DateTime<Utc>>,
    /// The tranches: due date and amount, in order.
    pub tranches: Vec<(NaiveDate, Decimal)>,
    /// Paid disbursements, in the order paid.
    pub payments: Vec<Payment>,
    /// What may be shown of the recipient (never `withheld`: those are left out before).
    pub published: PublishedRecipient,
    /// When anything the grant shows last changed.
    pub modified: DateTime<Utc>,
}

/// One thematic area's row of `fixtures/open-data/dac-sectors.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Its title.
    pub title: String,
    /// The OECD DAC 5-digit purpose code.
    pub dac_code: String,
    /// The purpose code's name.
    pub dac_name: String,
}

/// The thematic areas with their DAC purpose codes, from the fixture compiled in.
pub static THEMES: LazyLock<BTreeMap<String, Theme>> = LazyLock::new(|| {
    parse_themes(include_str!("../../fixtures/open-data/dac-sectors.csv")).expect("dac-sectors.csv is well formed")
});

/// The organisation-identifier lists a registration number maps to, by country: list
/// prefix and the number of digits its numbers have.
static ORG_ID_LISTS: LazyLock<Vec<OrgIdList>> = LazyLock::new(|| {
    parse_org_id_lists(include_str!("../../fixtures/open-data/org-id-lists.csv"))
        .expect("org-id-lists.csv is well formed")
});

/// A register of organisations known to org-id.guide.
#[derive(Debug, Clone, PartialEq, Eq)]
struct OrgIdList {
    country: String,
    prefix: String,
    digits: std::ops::RangeInclusive<usize>,
}

fn parse_themes(text: &str) -> Result<BTreeMap<String, Theme>, String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut themes = BTreeMap::new();
    for (line, record) in reader.records().enumerate() {
        let record = record.map_err(|error| format!("line {}: {error}", line + 2))?;
        let [area, title, dac_code, dac_name] = [0, 1, 2, 3].map(|at| record.get(at).unwrap_or_default().to_owned());
        if dac_code.len() != 5 || !dac_code.chars().all(|c| c.is_ascii_digit()) {
            return Err(format!("line {}: `{dac_code}` is not a 5-digit DAC code", line + 2));
        }
        themes.insert(
            area,
            Theme {
                title,
                dac_code,
                dac_name,
            },
        );
    }
    Ok(themes)
}

fn parse_org_id_lists(text: &str) -> Result<Vec<OrgIdList>, String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut lists = Vec::new();
    for (line, record) in reader.records().enumerate() {
        let record = record.map_err(|error| format!("line {}: {error}", line + 2))?;
        let number = |at: usize| -> Result<usize, String> {
            record
                .get(at)
                .unwrap_or_default()
                .parse()
                .map_err(|_| format!("line {}: column {} is not a number", line + 2, at + 1))
        };
        lists.push(OrgIdList {
            country: record.get(0).unwrap_or_default().to_owned(),
            prefix: record.get(1).unwrap_or_default().to_owned(),
            digits: number(2)?..=number(3)?,
        });
    }
    Ok(lists)
}

/// The recipient's organisation identifier: an org-id.guide identifier when its
/// registration number fits a known register of its country (`GB-CHC-1234567`), else the
/// office's own stable one (`360G-<prefix>-<organisation id>`).
pub fn recipient_identifier(office: &Office, id: Uuid, country: &str, registration_number: Option<&str>) -> String {
    let digits: Option<String> =
        registration_number.map(|number| number.chars().filter(|c| !matches!(c, ' ' | '-' | '.')).collect());
    let listed = digits.and_then(|digits| {
        ORG_ID_LISTS
            .iter()
            .find(|list| {
                list.country == country
                    && list.digits.contains(&digits.len())
                    && digits.chars().all(|c| c.is_ascii_digit())
            })
            .map(|list| format!("{}-{digits}", list.prefix))
    });
    listed.unwrap_or_else(|| format!("{}-{}", stable_prefix(office), id))
}

/// `360G-<prefix>`: the office's namespace for identifiers of its own making.
fn stable_prefix(office: &Office) -> String {
    let prefix = office.prefix.strip_prefix("360G-").unwrap_or(&office.prefix);
    format!("360G-{prefix}")
}

/// The distinct DAC purpose codes of some themes with their percentages (summing to 100,
/// the remainder on the last), in code order; unknown themes are skipped.
pub fn sectors(themes: &[String]) -> Vec<(String, String, Decimal)> {
    let mut codes: BTreeMap<&str, &str> = BTreeMap::new();
    for theme in themes.iter().filter_map(|name| THEMES.get(name)) {
        codes.insert(&theme.dac_code, &theme.dac_name);
    }
    let count = Decimal::from(codes.len().max(1));
    let share = (Decimal::ONE_HUNDRED / count).round_dp(2);
    let last = Decimal::ONE_HUNDRED - share * (count - Decimal::ONE);
    let total = codes.len();
    codes
        .into_iter()
        .enumerate()
        .map(|(at, (code, name))| {
            let percentage = if at + 1 == total { last } else { share };
            (code.to_owned(), name.to_owned(), percentage)
        })
        .collect()
}

/// The texts a grant may show: under `full` and `anonymised` the application's title and
/// summary (under `anonymised` with the organisation's names struck out by the caller),
/// under `region_only` only what programme it was made under.
pub fn grant_texts(grant: &Grant, programme: &Programme) -> (String, String) {
    match grant.published.policy {
        PublicationPolicy::Full | PublicationPolicy::Anonymised => (grant.title.clone(), grant.description.clone()),
        PublicationPolicy::RegionOnly | PublicationPolicy::Withheld => (
            format!("Grant under \"{}\"", programme.title),
            "The recipient and the project are not published under the office's publication policy, \
             which protects grantees whose work is dangerous."
                .to_owned(),
        ),
    }
}

/// Replaces every occurrence (ignoring case) of each of `names` in `text` by `[recipient]`:
/// an anonymised recipient's application text must not name it.
pub fn strike_names(text: &str, names: &[&str]) -> String {
    let mut text = text.to_owned();
    for name in names
        .iter()
        .map(|name| name.trim())
        .filter(|name| name.chars().count() >= 3)
    {
        let lower_name = name.to_lowercase();
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        loop {
            let lower_rest = rest.to_lowercase();
            // Lower-casing may change byte lengths; only strike where it does not.
            match lower_rest.find(&lower_name) {
                Some(at)
                    if lower_rest.len() == rest.len()
                        && rest.is_char_boundary(at)
                        && rest.is_char_boundary(at + lower_name.len()) =>
                {
                    out.push_str(&rest[..at]);
                    out.push_str("[recipient]");
                    rest = &rest[at + lower_name.len()..];
                }
                _ => {
                    out.push_str(rest);
                    break;
                }
            }
        }
        text = out;
    }
    text
}

/// An exact JSON number from a decimal amount, with the currency's decimals.
fn json_amount(amount: Decimal, currency: Currency) -> Box<RawValue> {
    RawValue::from_string(format_amount(amount, currency)).expect("a formatted decimal is a JSON number")
}

fn instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// An organisation in a 360Giving file.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Organisation360 {
    id: String,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    address_country: Option<String>,
}

/// A location in a 360Giving file.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Location360 {
    id: String,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    country_code: Option<String>,
}

/// A dated value in a 360Giving file (planned dates and transactions).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Transaction360 {
    id: String,
    transaction_date: String,
    currency: &'static str,
    value: Box<RawValue>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Planned360 {
    start_date: String,
    end_date: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Programme360 {
    code: String,
    title: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Classification360 {
    vocabulary: &'static str,
    code: String,
    title: String,
}

/// A grant in a 360Giving file.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Grant360 {
    id: String,
    title: String,
    description: String,
    currency: &'static str,
    amount_awarded: Box<RawValue>,
    award_date: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    planned_dates: Vec<Planned360>,
    recipient_organization: Vec<Organisation360>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    beneficiary_location: Vec<Location360>,
    funding_organization: Vec<Organisation360>,
    grant_programme: Vec<Programme360>,
    from_open_call: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    classifications: Vec<Classification360>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    disbursement_transaction: Vec<Transaction360>,
    date_modified: String,
}

/// The 360Giving grant identifier: `<office prefix>-<award reference>`.
pub fn grant_identifier(office: &Office, reference: &str) -> String {
    format!("{}-{reference}", office.prefix)
}

/// The opening of a 360Giving data package, up to the first grant: the package metadata,
/// then `"grants": [`. Nothing in it depends on the time of the request, so an unchanged
/// export keeps its `ETag`.
pub fn threesixtygiving_head(office: &Office) -> String {
    let metadata = serde_json::json!({
        "version": THREESIXTYGIVING_VERSION,
        "title": format!("Grants awarded by {}", office.name),
        "description": "Accepted awards, each published under its recipient's publication policy. \
                        Grants withheld for the recipient's safety are left out; the office's totals \
                        count them.",
        "identifier": format!("{}-grants", office.prefix),
        "publisher": { "identifier": office.organisation_id, "name": office.name },
        "license": "https://creativecommons.org/licenses/by/4.0/",
    });
    let mut head = metadata.to_string();
    head.pop();
    head.push_str(",\"grants\":[");
    head
}

/// The end of a 360Giving data package.
pub const THREESIXTYGIVING_TAIL: &str = "]}\n";

/// One grant as a 360Giving grant object (compact JSON).
pub fn threesixtygiving_grant(office: &Office, programme: &Programme, grant: &Grant) -> String {
    let (title, description) = grant_texts(grant, programme);
    let funder = Organisation360 {
        id: office.organisation_id.clone(),
        name: office.name.clone(),
        address_country: None,
    };
    let recipient = match &grant.published.recipient {
        PublicRecipient::Named {
            id,
            name,
            registration_number,
            country,
        } => Organisation360 {
            id: recipient_identifier(office, *id, country, registration_number.as_deref()),
            name: name.clone(),
            address_country: Some(country.clone()),
        },
        PublicRecipient::Anonymised => Organisation360 {
            id: format!("{}-anonymised", stable_prefix(office)),
            name: ANONYMISED_RECIPIENT.to_owned(),
            address_country: None,
        },
        PublicRecipient::Hidden => Organisation360 {
            id: format!("{}-not-published", stable_prefix(office)),
            name: "Recipient not published".to_owned(),
            address_country: None,
        },
    };
    let location = grant.published.location.iter().map(|location| match location {
        PublicLocation::Country { code, name } => Location360 {
            id: code.clone(),
            name: name.clone(),
            country_code: Some(code.clone()),
        },
        PublicLocation::Region(region) => Location360 {
            id: format!("M49-{}", m49_region_code(region).unwrap_or("001")),
            name: region.clone(),
            country_code: None,
        },
    });
    let planned = match (grant.tranches.first(), grant.tranches.last()) {
        (Some((first, _)), Some((last, _))) => vec![Planned360 {
            start_date: grant.accepted_at.date_naive().min(*first).to_string(),
            end_date: last.to_string(),
        }],
        _ => Vec::new(),
    };
    let themes = programme.themes.iter().filter_map(|name| {
        THEMES.get(name).map(|theme| Classification360 {
            vocabulary: "grantdesk thematic areas",
            code: name.clone(),
            title: theme.title.clone(),
        })
    });
    let payments = grant.payments.iter().map(|payment| Transaction360 {
        id: format!("{}-{}", grant_identifier(office, &grant.reference), payment.id),
        transaction_date: payment.paid_on.to_string(),
        currency: payment.currency.code(),
        value: json_amount(payment.amount, payment.currency),
    });
    let body = Grant360 {
        id: grant_identifier(office, &grant.reference),
        title,
        description,
        currency: grant.currency.code(),
        amount_awarded: json_amount(grant.amount, grant.currency),
        award_date: grant.awarded_at.date_naive().to_string(),
        planned_dates: planned,
        recipient_organization: vec![recipient],
        beneficiary_location: location.collect(),
        funding_organization: vec![funder],
        grant_programme: vec![Programme360 {
            code: programme.id.to_string(),
            title: programme.title.clone(),
        }],
        from_open_call: "Yes",
        classifications: themes.collect(),
        disbursement_transaction: payments.collect(),
        date_modified: instant(grant.modified),
    };
    serde_json::to_string(&body).expect("a grant serialises")
}

/// The UN M49 numeric code of a region (IATI region vocabulary 2).
pub fn m49_region_code(region: &str) -> Option<&'static str> {
    match region {
        "Africa" => Some("002"),
        "Americas" => Some("019"),
        "Asia" => Some("142"),
        "Europe" => Some("150"),
        "Oceania" => Some("009"),
        _ => None,
    }
}

/// Text escaped for XML content and attribute values.
pub fn xml_escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// The opening of an IATI activity file, up to the first activity.
pub fn iati_head() -> String {
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"{IATI_VERSION}\">\n")
}

/// The end of an IATI activity file, with the comment that says how many activities the
/// exclusion policy left out.
pub fn iati_tail(excluded: u64) -> String {
    format!(
        "  <!-- {excluded} activities excluded under the exclusion policy: their recipients' \
         safety (do no harm) forbids publishing them. -->\n</iati-activities>\n"
    )
}

/// The IATI identifier of a call's activity (hierarchy 1).
pub fn programme_identifier(office: &Office, call_id: Uuid) -> String {
    format!("{}-CALL-{}", office.organisation_id, call_id.simple())
}

fn narrative(text: &str) -> String {
    format!("<narrative>{}</narrative>", xml_escape(text))
}

/// The elements every activity of the office starts with: identifier, reporting-org,
/// title, description and the office as funding participating-org.
fn activity_opening(office: &Office, identifier: &str, title: &str, description: &str) -> String {
    let org = xml_escape(&office.organisation_id);
    let name = narrative(&office.name);
    format!(
        "    <iati-identifier>{}</iati-identifier>\n\
         \x20   <reporting-org ref=\"{org}\" type=\"40\">{name}</reporting-org>\n\
         \x20   <title>{}</title>\n\
         \x20   <description type=\"1\">{}</description>\n\
         \x20   <participating-org ref=\"{org}\" role=\"1\" type=\"40\">{name}</participating-org>\n",
        xml_escape(identifier),
        narrative(title),
        narrative(if description.trim().is_empty() {
            title
        } else {
            description
        }),
    )
}

/// The sector, flow, finance and aid type elements, in the schema's order.
fn activity_classifications(office: &Office, themes: &[String]) -> String {
    let mut xml = String::new();
    for (code, name, percentage) in sectors(themes) {
        let _ = writeln!(
            xml,
            "    <sector vocabulary=\"1\" code=\"{code}\" percentage=\"{percentage}\">{}</sector>",
            narrative(&name)
        );
    }
    let _ = write!(
        xml,
        "    <default-flow-type code=\"10\"/>\n    <default-finance-type code=\"110\"/>\n    \
         <default-aid-type code=\"{}\" vocabulary=\"1\"/>\n",
        xml_escape(&office.aid_type)
    );
    xml
}

/// A call as an IATI activity of hierarchy 1, the parent of its grants.
pub fn iati_programme(office: &Office, programme: &Programme) -> String {
    let status = match programme.status {
        CallStatus::Draft | CallStatus::Open => "1",
        CallStatus::Closed => "2",
        CallStatus::Decided => "2",
        CallStatus::Cancelled => "5",
    };
    let mut xml = format!(
        "  <iati-activity last-updated-datetime=\"{}\" xml:lang=\"en\" default-currency=\"{}\" hierarchy=\"1\">\n",
        instant(programme.updated_at),
        programme.currency.code()
    );
    xml.push_str(&activity_opening(
        office,
        &programme_identifier(office, programme.id),
        &programme.title,
        &programme.description,
    ));
    let _ = write!(
        xml,
        "    <activity-status code=\"{status}\"/>\n    <activity-date iso-date=\"{}\" type=\"1\"/>\n",
        programme.opens_at.date_naive()
    );
    xml.push_str(&activity_classifications(office, &programme.themes));
    xml.push_str("  </iati-activity>\n");
    xml
}

/// A grant as an IATI activity of hierarchy 2, under its call's activity.
pub fn iati_grant(office: &Office, programme: &Programme, grant: &Grant) -> String {
    let (title, description) = grant_texts(grant, programme);
    let currency = grant.currency.code();
    let mut xml = format!(
        "  <iati-activity last-updated-datetime=\"{}\" xml:lang=\"en\" default-currency=\"{currency}\" hierarchy=\"2\">\n",
        instant(grant.modified)
    );
    let identifier = format!("{}-{}", office.organisation_id, grant.reference);
    xml.push_str(&activity_opening(office, &identifier, &title, &description));
    match &grant.published.recipient {
        PublicRecipient::Named {
            id,
            name,
            registration_number,
            country,
        } => {
            let _ = writeln!(
                xml,
                "    <participating-org ref=\"{}\" role=\"4\" type=\"22\">{}</participating-org>",
                xml_escape(&recipient_identifier(
                    office,
                    *id,
                    country,
                    registration_number.as_deref()
                )),
                narrative(name)
            );
        }
        PublicRecipient::Anonymised => {
            let _ = writeln!(
                xml,
                "    <participating-org role=\"4\" type=\"22\">{}</participating-org>",
                narrative(ANONYMISED_RECIPIENT)
            );
        }
        PublicRecipient::Hidden => {}
    }
    let status = match grant.status {
        AwardStatus::PendingAcceptance | AwardStatus::Active => "2",
        AwardStatus::Completed => "4",
        AwardStatus::Terminated => "5",
    };
    let _ = write!(
        xml,
        "    <activity-status code=\"{status}\"/>\n    <activity-date iso-date=\"{}\" type=\"2\"/>\n",
        grant.accepted_at.date_naive()
    );
    if let Some((last, _)) = grant.tranches.last() {
        let _ = writeln!(xml, "    <activity-date iso-date=\"{last}\" type=\"3\"/>");
    }
    if let Some(closed) = grant.closed_at {
        let _ = writeln!(
            xml,
            "    <activity-date iso-date=\"{}\" type=\"4\"/>",
            closed.date_naive()
        );
    }
    match &grant.published.location {
        Some(PublicLocation::Country { code, .. }) => {
            let _ = writeln!(
                xml,
                "    <recipient-country code=\"{}\" percentage=\"100\"/>",
                xml_escape(code)
            );
        }
        Some(PublicLocation::Region(region)) => {
            if let Some(code) = m49_region_code(region) {
                let _ = writeln!(
                    xml,
                    "    <recipient-region code=\"{code}\" vocabulary=\"2\" percentage=\"100\">{}</recipient-region>",
                    narrative(region)
                );
            }
        }
        None => {}
    }
    xml.push_str(&activity_classifications(office, &programme.themes));
    let awarded_on = grant.awarded_at.date_naive();
    let value = |amount: Decimal, currency: Currency, on: NaiveDate| {
        format!(
            "<value currency=\"{}\" value-date=\"{on}\">{}</value>",
            currency.code(),
            format_amount(amount, currency)
        )
    };
    let start = grant.accepted_at.date_naive().min(awarded_on);
    let end = grant.tranches.last().map_or(start, |(last, _)| (*last).max(start));
    let _ = writeln!(
        xml,
        "    <budget type=\"1\" status=\"2\"><period-start iso-date=\"{start}\"/><period-end iso-date=\"{end}\"/>{}</budget>",
        value(grant.amount, grant.currency, awarded_on)
    );
    let transaction = |code: u8, on: NaiveDate, amount: Decimal, currency: Currency| {
        format!(
            "    <transaction><transaction-type code=\"{code}\"/><transaction-date iso-date=\"{on}\"/>{}</transaction>\n",
            value(amount, currency, on)
        )
    };
    xml.push_str(&transaction(2, awarded_on, grant.amount, grant.currency));
    for payment in &grant.payments {
        xml.push_str(&transaction(3, payment.paid_on, payment.amount, payment.currency));
    }
    let _ = write!(
        xml,
        "    <related-activity ref=\"{}\" type=\"1\"/>\n  </iati-activity>\n",
        xml_escape(&programme_identifier(office, programme.id))
    );
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    fn office() -> Office {
        Office {
            name: "Office".to_owned(),
            organisation_id: "XI-IATI-TEST".to_owned(),
            prefix: "360G-test".to_owned(),
            aid_type: "C01".to_owned(),
        }
    }

    #[test]
    fn every_thematic_area_has_a_dac_purpose_code() {
        for area in [
            "gender",
            "youth",
            "human_rights",
            "pillar1_conditions_conducive",
            "pillar2_preventing_combating",
            "pillar3_capacity_building",
            "pillar4_human_rights_rule_of_law",
        ] {
            let theme = THEMES.get(area).unwrap_or_else(|| panic!("{area} has no DAC code"));
            assert_eq!(theme.dac_code.len(), 5);
        }
        assert_eq!(THEMES["pillar1_conditions_conducive"].dac_code, "15220");
        assert_eq!(THEMES["human_rights"].dac_code, "15160");
        assert_eq!(THEMES["gender"].dac_code, "15170");
    }

    #[test]
    fn sector_percentages_add_up_to_one_hundred() {
        let themes = ["gender", "youth", "human_rights", "pillar4_human_rights_rule_of_law"].map(str::to_owned);
        let sectors = sectors(&themes);
        assert_eq!(sectors.len(), 3, "{sectors:?}");
        let total: Decimal = sectors.iter().map(|(_, _, percentage)| *percentage).sum();
        assert_eq!(total, Decimal::ONE_HUNDRED);
    }

    #[test]
    fn a_registered_charity_gets_its_org_id_and_others_the_offices_own() {
        let id = Uuid::nil();
        assert_eq!(
            recipient_identifier(&office(), id, "GB", Some("1 234 567")),
            "GB-CHC-1234567"
        );
        assert_eq!(
            recipient_identifier(&office(), id, "KG", Some("KG-0412")),
            format!("360G-test-{id}")
        );
        assert_eq!(
            recipient_identifier(&office(), id, "GB", None),
            format!("360G-test-{id}")
        );
    }

    #[test]
    fn an_anonymised_text_loses_the_organisations_names() {
        let text = strike_names("Youth of DIALOG centre in Osh; Dialog trains", &["Dialog", "KG-0412"]);
        assert_eq!(text, "Youth of [recipient] centre in Osh; [recipient] trains");
    }

    #[test]
    fn xml_text_is_escaped_and_forbidden_characters_dropped() {
        assert_eq!(xml_escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    }
}
