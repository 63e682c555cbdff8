//! The exchange rates the system already holds, read for a reporting currency: the rates
//! recorded on payments and the events' exchange rates (see [`super::fx`]).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use super::fx::{self, FoundRate, RateSource};
use crate::error::AppResult;
use crate::money::Currency;

/// The latest rate from `from` into `to` recorded on a payment requested on or before
/// `until`, else the inverse of one the other way, else an event's (in `to`) exchange rate
/// for `from`, the latest event first.
pub async fn rate(
    db: &impl ConnectionTrait,
    from: Currency,
    to: Currency,
    until: NaiveDate,
) -> AppResult<Option<FoundRate>> {
    if let Some(found) = payment_rate(db, from, to, until).await? {
        return Ok(Some(FoundRate {
            source: RateSource::Payment,
            ..found
        }));
    }
    if let Some(found) = payment_rate(db, to, from, until).await?
        && let Some(rate) = fx::inverse(found.rate)
    {
        return Ok(Some(FoundRate {
            rate,
            source: RateSource::PaymentInverse,
            ..found
        }));
    }
    event_rate(db, from, to).await
}

/// The currencies a reporting currency can be, as far as the rates held tell: both ends of
/// every rate recorded on a payment (a rate is used the other way as its inverse) and the
/// currency of every event with exchange rates, sorted by code (two queries).
pub async fn currencies_with_rates(db: &impl ConnectionTrait) -> AppResult<Vec<Currency>> {
    let backend = db.get_database_backend();
    let mut codes: Vec<String> = Vec::new();
    for row in db.query_all_raw(pairs_with_rates_query(backend)).await? {
        codes.push(row.try_get("", "currency")?);
        codes.push(row.try_get("", "counted_currency")?);
    }
    let events = "SELECT currency, exchange_rates FROM events";
    for row in db.query_all_raw(Statement::from_string(backend, events)).await? {
        let rates: serde_json::Value = row.try_get("", "exchange_rates")?;
        if rates.as_object().is_some_and(|rates| !rates.is_empty()) {
            codes.push(row.try_get("", "currency")?);
        }
    }
    codes.sort();
    codes.dedup();
    Ok(codes.iter().filter_map(|code| Currency::from_code(code)).collect())
}

/// The currency pairs of the payments with a rate, each once: a loose index scan of the
/// partial index of those payments (migration 44) that seeks the next currency from the
/// one before, then each currency's next counted currency, so the reports page reads a
/// row per pair and currency, however many payments carry a rate. (The first seek starts
/// after the empty code, as every other step does after the one before.)
pub fn pairs_with_rates_query(backend: DbBackend) -> Statement {
    let sql = "WITH RECURSIVE currencies(currency) AS (\
         SELECT (SELECT currency FROM disbursements WHERE fx_rate IS NOT NULL AND currency > '' \
                 ORDER BY currency LIMIT 1) \
         UNION ALL \
         SELECT (SELECT d.currency FROM disbursements d WHERE d.fx_rate IS NOT NULL AND d.currency > c.currency \
                 ORDER BY d.currency LIMIT 1) \
         FROM currencies c WHERE c.currency IS NOT NULL), \
       pairs(currency, counted_currency) AS (\
         SELECT c.currency, (SELECT d.counted_currency FROM disbursements d \
                 WHERE d.fx_rate IS NOT NULL AND d.currency = c.currency ORDER BY d.counted_currency LIMIT 1) \
         FROM currencies c WHERE c.currency IS NOT NULL \
         UNION ALL \
         SELECT p.currency, (SELECT d.counted_currency FROM disbursements d \
                 WHERE d.fx_rate IS NOT NULL AND d.currency = p.currency AND d.counted_currency > p.counted_currency \
                 ORDER BY d.counted_currency LIMIT 1) \
         FROM pairs p WHERE p.counted_currency IS NOT NULL) \
       SELECT currency, counted_currency FROM pairs WHERE counted_currency IS NOT NULL";
    Statement::from_string(backend, sql)
}

/// The latest payment of `from` counted in `to` with a rate, on or before `until`: a seek
/// into the partial index of the payments with a rate (migration 44).
pub fn payment_rate_query(backend: DbBackend, from: Currency, to: Currency, until: NaiveDate) -> Statement {
    let sql = "SELECT id, fx_rate, requested_on FROM disbursements \
               WHERE currency = $1 AND counted_currency = $2 AND fx_rate IS NOT NULL AND requested_on <= $3 \
               ORDER BY requested_on DESC, requested_at DESC LIMIT 1";
    let values = [from.code().into(), to.code().into(), until.into()];
    Statement::from_sql_and_values(backend, sql, values)
}

async fn payment_rate(
    db: &impl ConnectionTrait,
    from: Currency,
    to: Currency,
    until: NaiveDate,
) -> AppResult<Option<FoundRate>> {
    let statement = payment_rate_query(db.get_database_backend(), from, to, until);
    let Some(row) = db.query_one_raw(statement).await? else {
        return Ok(None);
    };
    let id: uuid::Uuid = row.try_get("", "id")?;
    let text: String = row.try_get("", "fx_rate")?;
    let Ok(rate) = text.parse::<Decimal>() else {
        return Ok(None);
    };
    Ok(Some(FoundRate {
        rate,
        source: RateSource::Payment,
        holder: id.to_string(),
        date: row.try_get("", "requested_on")?,
    }))
}

async fn event_rate(db: &impl ConnectionTrait, from: Currency, to: Currency) -> AppResult<Option<FoundRate>> {
    let sql = "SELECT name, starts_on, exchange_rates FROM events WHERE currency = $1 ORDER BY starts_on DESC";
    let statement = Statement::from_sql_and_values(db.get_database_backend(), sql, [to.code().into()]);
    for row in db.query_all_raw(statement).await? {
        let rates: serde_json::Value = row.try_get("", "exchange_rates")?;
        let rate = rates
            .get(from.code())
            .and_then(serde_json::Value::as_str)
            .and_then(|rate| rate.parse::<Decimal>().ok());
        if let Some(rate) = rate {
            return Ok(Some(FoundRate {
                rate,
                source: RateSource::Event,
                holder: row.try_get("", "name")?,
                date: row.try_get("", "starts_on")?,
            }));
        }
    }
    Ok(None)
}
