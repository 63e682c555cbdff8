//! Reference data, loaded once at start-up: ISO 3166-1 countries with their UN M49 region
//! (from `fixtures/countries.csv`, into the database and memory), ISO 4217 currencies (from
//! the `iso_currency` crate), the daily subsistence allowance table
//! (`fixtures/dsa-rates.csv`), the travel constants (`fixtures/travel.toml`) and the
//! thematic areas of the Strategy. A broken file stops start-up with an error naming the
//! file and the line; nothing here is read from disk while serving.

use std::collections::HashMap;
use std::path::Path;

use axum::Json;
use axum::extract::State;
use sea_orm::{EntityTrait, PaginatorTrait, Set, TransactionTrait};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use rust_decimal::Decimal;

use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::events::rules::DsaRate;
use crate::money::Currency;

pub mod regions;

pub use regions::{OfficeRegions, RegionScheme};

/// Entity of `countries`.
pub mod country {
    use sea_orm::entity::prelude::*;

    /// An ISO 3166-1 country with its UN M49 region.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "countries")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub iso2: String,
        pub iso3: String,
        pub iso_numeric: Option<i32>,
        pub name: String,
        pub official_name: String,
        pub m49_region: String,
        pub m49_subregion: String,
        pub oecd_dac_code: Option<i32>,
        pub obsolete: Option<i32>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The thematic areas a call or organisation works on: gender, youth, human rights and
/// the four pillars of the UN Global Counter-Terrorism Strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ThematicArea {
    /// Gender equality and women's participation.
    Gender,
    /// Youth.
    Youth,
    /// Human rights.
    HumanRights,
    /// Pillar I: addressing the conditions conducive to the spread of terrorism.
    Pillar1ConditionsConducive,
    /// Pillar II: preventing and combating terrorism.
    Pillar2PreventingCombating,
    /// Pillar III: building States' capacity.
    Pillar3CapacityBuilding,
    /// Pillar IV: human rights and the rule of law.
    Pillar4HumanRightsRuleOfLaw,
}

impl ThematicArea {
    /// Every thematic area, in the order lists show them.
    pub const ALL: [ThematicArea; 7] = [
        ThematicArea::Gender,
        ThematicArea::Youth,
        ThematicArea::HumanRights,
        ThematicArea::Pillar1ConditionsConducive,
        ThematicArea::Pillar2PreventingCombating,
        ThematicArea::Pillar3CapacityBuilding,
        ThematicArea::Pillar4HumanRightsRuleOfLaw,
    ];

    /// Its code (`human_rights`), as JSON and query strings write it.
    pub fn code(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|value| value.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// The area whose code is `code`, if any.
    pub fn from_code(code: &str) -> Option<ThematicArea> {
        Self::ALL.into_iter().find(|area| area.code() == code)
    }
}

/// A country as the API shows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CountryResponse {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// Short name.
    pub name: String,
    /// UN M49 region.
    pub region: String,
    /// UN M49 sub-region.
    pub subregion: String,
}

/// A currency as the API shows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CurrencyResponse {
    /// ISO 4217 code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Decimals of the minor unit.
    pub minor_unit: u32,
}

/// Reference data held in memory for validation and display, read once at start-up.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    countries: HashMap<String, CountryResponse>,
    /// ISO 4217 currencies, by code.
    pub currencies: Vec<CurrencyResponse>,
    /// The DSA table: the daily rate of each city from a date on.
    pub dsa_rates: Vec<DsaRate>,
    /// Terminal expenses and the journey ends of a sponsored trip.
    pub travel: TravelConstants,
    /// The office's planning regions (`fixtures/regions.toml`).
    pub regions: OfficeRegions,
}

/// The constants of a sponsored trip, from `fixtures/travel.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TravelConstants {
    /// Terminal expenses for each end of each journey.
    pub terminal_expense: Decimal,
    /// Their currency.
    pub terminal_currency: Currency,
    /// Journey ends of a trip (two journeys, so four).
    pub journey_ends: u32,
}

impl Default for TravelConstants {
    /// No terminal expenses (an empty reference, for unit tests).
    fn default() -> Self {
        Self {
            terminal_expense: Decimal::ZERO,
            terminal_currency: Currency::from_code("USD").expect("USD is an ISO 4217 currency"),
            journey_ends: 4,
        }
    }
}

/// `travel.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TravelFile {
    terminal_expense: Decimal,
    terminal_currency: String,
    journey_ends: u32,
}

#[derive(Debug, Deserialize)]
struct CountryRow {
    iso2: String,
    iso3: String,
    iso_numeric: Option<i32>,
    name: String,
    name_official: String,
    m49_region: String,
    m49_subregion: String,
    oecd_dac_code: Option<i32>,
    obsolete: Option<i32>,
}

impl Reference {
    /// Reads the reference files of the fixtures folder (countries, DSA rates, travel
    /// constants), fills the `countries` table when it is empty, and keeps the current (not
    /// obsolete) countries in memory. A file that cannot be read or parsed is an error
    /// naming the file and the line.
    pub async fn load(
        db: &sea_orm::DatabaseConnection,
        fixtures_dir: &str,
        regions_file: Option<&str>,
    ) -> AppResult<Self> {
        let fixtures = Path::new(fixtures_dir);
        let dsa_rates = read_csv::<DsaRate>(&fixtures.join("dsa-rates.csv"))?;
        let travel = read_travel(&fixtures.join("travel.toml"))?;
        let mut rows = read_csv::<CountryRow>(&fixtures.join("countries.csv"))?;
        for row in &mut rows {
            row.iso2 = iso2_code(&row.iso2);
        }
        let txn = db.begin().await?;
        if country::Entity::find().count(&txn).await? == 0 {
            let models: Vec<country::ActiveModel> = rows
                .iter()
                .map(|row| country::ActiveModel {
                    iso2: Set(row.iso2.clone()),
                    iso3: Set(row.iso3.clone()),
                    iso_numeric: Set(row.iso_numeric),
                    name: Set(row.name.clone()),
                    official_name: Set(row.name_official.clone()),
                    m49_region: Set(row.m49_region.clone()),
                    m49_subregion: Set(row.m49_subregion.clone()),
                    oecd_dac_code: Set(row.oecd_dac_code),
                    obsolete: Set(row.obsolete),
                })
                .collect();
            for chunk in models.chunks(100) {
                country::Entity::insert_many(chunk.to_vec()).exec(&txn).await?;
            }
        }
        txn.commit().await?;
        let countries: HashMap<String, CountryResponse> = rows
            .into_iter()
            .filter(|row| row.obsolete.is_none())
            .map(|row| {
                let country = CountryResponse {
                    code: row.iso2.clone(),
                    name: row.name,
                    region: row.m49_region,
                    subregion: row.m49_subregion,
                };
                (row.iso2, country)
            })
            .collect();
        let regions_path = regions_file.map_or_else(|| fixtures.join("regions.toml"), std::path::PathBuf::from);
        let regions = regions::read(&regions_path, |code| countries.contains_key(code))?;
        Ok(Self {
            countries,
            currencies: currencies(),
            dsa_rates,
            travel,
            regions,
        })
    }

    /// The current country with this alpha-2 code.
    pub fn country(&self, code: &str) -> Option<&CountryResponse> {
        self.countries.get(code)
    }

    /// The current countries, by name (what a form's country list offers).
    pub fn countries(&self) -> Vec<&CountryResponse> {
        let mut countries: Vec<&CountryResponse> = self.countries.values().collect();
        countries.sort_by(|left, right| left.name.cmp(&right.name));
        countries
    }

    /// Checks a country code, with a message naming the rule.
    pub fn check_country(&self, code: &str) -> Result<(), String> {
        match self.country(code) {
            Some(_) => Ok(()),
            None => Err(format!("`{code}` is not a current ISO 3166-1 alpha-2 country code")),
        }
    }

    /// The region of a country (alpha-2) under `scheme`: its office region ("Other" outside
    /// them), or its UN M49 continent; "unknown" for a code that is no current country.
    pub fn region_of(&self, country: &str, scheme: RegionScheme) -> String {
        match (self.country(country), scheme) {
            (None, _) => regions::UNKNOWN_REGION.to_owned(),
            (Some(_), RegionScheme::Office) => self.regions.of(country).to_owned(),
            (Some(found), RegionScheme::M49) => found.region.clone(),
        }
    }

    /// Whether any current country lies in this UN M49 region.
    pub fn is_region(&self, region: &str) -> bool {
        self.countries.values().any(|country| country.region == region)
    }
}

/// Every ISO 4217 currency grantdesk holds, by code.
fn currencies() -> Vec<CurrencyResponse> {
    let mut currencies: Vec<CurrencyResponse> = Currency::all()
        .map(|currency| CurrencyResponse {
            code: currency.code().to_owned(),
            name: currency.name(),
            minor_unit: currency.minor_unit(),
        })
        .collect();
    currencies.sort_by(|left, right| left.code.cmp(&right.code));
    currencies
}

/// The rows of a CSV file; an unreadable file or row is an error naming the file (and the
/// line, in the csv crate's words).
fn read_csv<T: serde::de::DeserializeOwned>(path: &Path) -> AppResult<Vec<T>> {
    let mut reader = csv::Reader::from_path(path)
        .map_err(|error| AppError::Internal(format!("cannot read {}: {error}", path.display())))?;
    reader
        .deserialize()
        .collect::<Result<_, _>>()
        .map_err(|error| AppError::Internal(format!("{}: {error}", path.display())))
}

/// The travel constants; an unreadable file is an error naming the file and the line.
fn read_travel(path: &Path) -> AppResult<TravelConstants> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| AppError::Internal(format!("cannot read {}: {error}", path.display())))?;
    parse_travel(&text).map_err(|error| AppError::Internal(format!("{}: {error}", path.display())))
}

/// Parses `travel.toml`; the message names the line of the fault.
fn parse_travel(text: &str) -> Result<TravelConstants, String> {
    let file: TravelFile = toml::from_str(text).map_err(|error| {
        let line = error
            .span()
            .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
        match line {
            Some(line) => format!("line {line}: {}", error.message()),
            None => error.message().to_owned(),
        }
    })?;
    let terminal_currency = Currency::from_code(&file.terminal_currency).ok_or_else(|| {
        let line = text
            .lines()
            .position(|line| line.trim_start().starts_with("terminal_currency"))
            .map_or(0, |index| index + 1);
        format!(
            "line {line}: terminal_currency `{}` is not an ISO 4217 currency code",
            file.terminal_currency
        )
    })?;
    Ok(TravelConstants {
        terminal_expense: file.terminal_expense,
        terminal_currency,
        journey_ends: file.journey_ends,
    })
}

/// The ISO 3166-1 alpha-2 code of a dataset cell. The source dataset (country_converter)
/// writes a few codes as the regular expression it matches with, such as `^GB$|^UK$`;
/// the first alternative is the ISO code.
pub fn iso2_code(cell: &str) -> String {
    let first = cell.split('|').next().unwrap_or(cell);
    first.trim_start_matches('^').trim_end_matches('$').to_owned()
}

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[];

/// Routes of the reference data.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_countries))
        .routes(routes!(list_currencies))
}

/// Current ISO 3166-1 countries with their UN M49 region, by name.
#[utoipa::path(get, path = "/reference/countries", tag = "reference", responses((status = 200, body = Vec<CountryResponse>)))]
pub async fn list_countries(State(state): State<AppState>) -> Json<Vec<CountryResponse>> {
    let mut countries: Vec<CountryResponse> = state.reference.countries.values().cloned().collect();
    countries.sort_by(|left, right| left.name.cmp(&right.name));
    Json(countries)
}

/// ISO 4217 currencies with their minor unit.
#[utoipa::path(get, path = "/reference/currencies", tag = "reference", responses((status = 200, body = Vec<CurrencyResponse>)))]
pub async fn list_currencies(State(state): State<AppState>) -> Json<Vec<CurrencyResponse>> {
    Json(state.reference.currencies.clone())
}

#[cfg(test)]
mod tests {
    use super::{iso2_code, parse_travel, read_csv, read_travel};
    use crate::events::rules::DsaRate;

    #[test]
    fn the_travel_constants_of_the_fixtures_load() {
        let travel = read_travel(std::path::Path::new("fixtures/travel.toml")).expect("travel.toml");
        assert_eq!(travel.journey_ends, 4);
        assert_eq!(travel.terminal_currency.code(), "USD");
        let rates = read_csv::<DsaRate>(std::path::Path::new("fixtures/dsa-rates.csv")).expect("dsa-rates.csv");
        assert!(!rates.is_empty());
    }

    #[test]
    fn a_broken_travel_file_names_the_file_and_the_line() {
        let folder = std::env::temp_dir().join(format!("grantdesk-reference-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&folder).expect("temp folder");
        let path = folder.join("travel.toml");
        std::fs::write(
            &path,
            "# constants\nterminal_expense = \"38.00\"\nterminal_currency = \"USD\"\njourney_ends = \"four\"\n",
        )
        .expect("write");
        let error = read_travel(&path).expect_err("a broken file fails").to_string();
        assert!(error.contains("travel.toml"), "{error}");
        assert!(error.contains("line 4"), "{error}");
        std::fs::write(
            &path,
            "terminal_expense = \"38.00\"\nterminal_currency = \"XYZ\"\njourney_ends = 4\n",
        )
        .expect("write");
        let error = read_travel(&path).expect_err("an unknown currency fails").to_string();
        assert!(error.contains("line 2"), "{error}");
        std::fs::remove_dir_all(&folder).ok();
        assert!(parse_travel("journey_ends = 4").is_err(), "missing fields fail");
    }

    #[test]
    fn a_broken_dsa_table_names_the_file_and_the_line() {
        let folder = std::env::temp_dir().join(format!("grantdesk-reference-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&folder).expect("temp folder");
        let path = folder.join("dsa-rates.csv");
        std::fs::write(
            &path,
            "country,city,effective_from,currency,daily_rate\nAT,Vienna,2025-09-01,USD,355\nAT,Graz,yesterday,USD,300\n",
        )
        .expect("write");
        let error = read_csv::<DsaRate>(&path).expect_err("a broken row fails").to_string();
        assert!(error.contains("dsa-rates.csv"), "{error}");
        assert!(error.contains("line: 3"), "{error}");
        std::fs::write(
            &path,
            "country,city,effective_from,currency,daily_rate\nAT,Vienna,2025-09-01,USD,355\nAT,Graz,2025-09-01,XYZ,300\n",
        )
        .expect("write");
        let error = read_csv::<DsaRate>(&path)
            .expect_err("an unknown currency fails")
            .to_string();
        assert!(error.contains("dsa-rates.csv") && error.contains("line: 3"), "{error}");
        std::fs::remove_dir_all(&folder).ok();
    }

    #[test]
    fn regular_expression_cells_give_their_iso_code() {
        assert_eq!(iso2_code("^GB$|^UK$"), "GB");
        assert_eq!(iso2_code("^GR$|^EL$"), "GR");
        assert_eq!(iso2_code("KE"), "KE");
    }
}
