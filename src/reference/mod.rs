//! Reference data: ISO 3166-1 countries with their UN M49 region (loaded from
//! `fixtures/countries.csv` into the database and memory at start-up), ISO 4217
//! currencies (from the `iso_currency` crate) and the thematic areas of the Strategy.

use std::collections::HashMap;
use std::path::Path;

use axum::Json;
use axum::extract::State;
use sea_orm::{EntityTrait, PaginatorTrait, Set, TransactionTrait};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::money::Currency;

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

/// Reference data held in memory for validation and display.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    countries: HashMap<String, CountryResponse>,
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
    /// Reads `countries.csv` from the fixtures folder, fills the `countries` table when it
    /// is empty, and keeps the current (not obsolete) countries in memory.
    pub async fn load(db: &sea_orm::DatabaseConnection, fixtures_dir: &str) -> AppResult<Self> {
        let path = Path::new(fixtures_dir).join("countries.csv");
        let mut reader = csv::Reader::from_path(&path)
            .map_err(|error| AppError::Internal(format!("cannot read {}: {error}", path.display())))?;
        let mut rows: Vec<CountryRow> = reader
            .deserialize()
            .collect::<Result<_, _>>()
            .map_err(|error| AppError::Internal(format!("{}: {error}", path.display())))?;
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
        let countries = rows
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
        Ok(Self { countries })
    }

    /// The current country with this alpha-2 code.
    pub fn country(&self, code: &str) -> Option<&CountryResponse> {
        self.countries.get(code)
    }

    /// Checks a country code, with a message naming the rule.
    pub fn check_country(&self, code: &str) -> Result<(), String> {
        match self.country(code) {
            Some(_) => Ok(()),
            None => Err(format!("`{code}` is not a current ISO 3166-1 alpha-2 country code")),
        }
    }

    /// Whether any current country lies in this UN M49 region.
    pub fn is_region(&self, region: &str) -> bool {
        self.countries.values().any(|country| country.region == region)
    }
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
pub async fn list_currencies() -> Json<Vec<CurrencyResponse>> {
    let mut currencies: Vec<CurrencyResponse> = Currency::all()
        .map(|currency| CurrencyResponse {
            code: currency.code().to_owned(),
            name: currency.name(),
            minor_unit: currency.minor_unit(),
        })
        .collect();
    currencies.sort_by(|left, right| left.code.cmp(&right.code));
    Json(currencies)
}

#[cfg(test)]
mod tests {
    use super::iso2_code;

    #[test]
    fn regular_expression_cells_give_their_iso_code() {
        assert_eq!(iso2_code("^GB$|^UK$"), "GB");
        assert_eq!(iso2_code("^GR$|^EL$"), "GR");
        assert_eq!(iso2_code("KE"), "KE");
    }
}
