//! The rules of travel sponsorship, as pure functions: nights from the dates, the
//! entitlement (computed, never typed), the request's state machine, waitlist promotion
//! and the representation of who is sponsored.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::money::{self, Currency};

/// A traveller's gender, as they declare it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    /// Woman.
    Female,
    /// Man.
    Male,
    /// Another gender.
    NonBinary,
    /// Not said.
    Undisclosed,
}

/// A traveller's age band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
pub enum AgeBand {
    /// 18 to 24.
    #[serde(rename = "18-24")]
    From18To24,
    /// 25 to 34.
    #[serde(rename = "25-34")]
    From25To34,
    /// 35 to 49.
    #[serde(rename = "35-49")]
    From35To49,
    /// 50 and over.
    #[serde(rename = "50+")]
    From50,
}

impl Gender {
    /// Every gender.
    pub const ALL: [Self; 4] = [Self::Female, Self::Male, Self::NonBinary, Self::Undisclosed];

    /// The stored (and answered) name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Female => "female",
            Self::Male => "male",
            Self::NonBinary => "non_binary",
            Self::Undisclosed => "undisclosed",
        }
    }

    /// The gender with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|gender| gender.as_str() == name)
    }
}

impl AgeBand {
    /// Every band.
    pub const ALL: [Self; 4] = [Self::From18To24, Self::From25To34, Self::From35To49, Self::From50];

    /// The stored (and answered) name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::From18To24 => "18-24",
            Self::From25To34 => "25-34",
            Self::From35To49 => "35-49",
            Self::From50 => "50+",
        }
    }

    /// The band with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|band| band.as_str() == name)
    }

    /// Whether the band is young (18-34), for the youth target.
    pub fn is_young(self) -> bool {
        matches!(self, Self::From18To24 | Self::From25To34)
    }
}

/// Where a sponsorship request is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SponsorshipStatus {
    /// Being prepared by the organisation; not yet asked for.
    Draft,
    /// Asked for; waits for a decision.
    Submitted,
    /// Approved: the entitlement is fixed.
    Approved,
    /// Refused.
    Rejected,
    /// Waits for room in the budget.
    Waitlisted,
    /// The traveller went (attendance confirmed).
    Travelled,
    /// Actual costs recorded and settled.
    Reconciled,
    /// Withdrawn or cancelled before travel.
    Cancelled,
}

impl SponsorshipStatus {
    /// Every status.
    pub const ALL: [Self; 8] = [
        Self::Draft,
        Self::Submitted,
        Self::Approved,
        Self::Rejected,
        Self::Waitlisted,
        Self::Travelled,
        Self::Reconciled,
        Self::Cancelled,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Submitted => "submitted",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
            Self::Waitlisted => "waitlisted",
            Self::Travelled => "travelled",
            Self::Reconciled => "reconciled",
            Self::Cancelled => "cancelled",
        }
    }

    /// The status with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == name)
    }

    /// Whether the request holds part of the event's budget.
    pub fn holds_budget(self) -> bool {
        matches!(self, Self::Approved | Self::Travelled | Self::Reconciled)
    }
}

/// An officer's decision on a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SponsorshipOutcome {
    /// Sponsored; fixes the entitlement.
    Approved,
    /// Not sponsored.
    Rejected,
    /// Sponsored if room appears.
    Waitlisted,
}

/// What happens to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SponsorshipAction {
    /// The organisation submits its draft.
    Submit,
    /// An officer decides.
    Decide(SponsorshipOutcome),
    /// Cancelled before travel.
    Cancel,
    /// An officer confirms the traveller attended.
    ConfirmTravel,
    /// Finance records the actual costs.
    Reconcile,
}

/// The state machine of a request.
pub fn transition(status: SponsorshipStatus, action: SponsorshipAction) -> Result<SponsorshipStatus, String> {
    use SponsorshipAction as A;
    use SponsorshipOutcome as O;
    use SponsorshipStatus as S;
    match (status, action) {
        (S::Draft, A::Submit) => Ok(S::Submitted),
        (status, A::Submit) => Err(format!(
            "only a draft is submitted; this request is already {}",
            status.as_str()
        )),
        (S::Draft, A::Decide(_)) => Err("a draft is decided once the organisation submits it".to_owned()),
        (S::Submitted | S::Waitlisted, A::Decide(O::Approved)) => Ok(S::Approved),
        (S::Submitted | S::Waitlisted, A::Decide(O::Rejected)) => Ok(S::Rejected),
        (S::Submitted, A::Decide(O::Waitlisted)) => Ok(S::Waitlisted),
        (S::Draft | S::Submitted | S::Waitlisted | S::Approved, A::Cancel) => Ok(S::Cancelled),
        (S::Approved, A::ConfirmTravel) => Ok(S::Travelled),
        (S::Travelled, A::Reconcile) => Ok(S::Reconciled),
        (status, A::Cancel) => Err(format!(
            "only a request not yet travelled, rejected or cancelled can be cancelled; this one is {}",
            status.as_str()
        )),
        (status, A::ConfirmTravel) => Err(format!(
            "only an approved sponsorship is marked travelled; this one is {}",
            status.as_str()
        )),
        (status, A::Reconcile) => Err(format!(
            "only a sponsorship marked travelled is reconciled; this one is {}",
            status.as_str()
        )),
        (status, A::Decide(_)) => Err(format!(
            "this request is already {}: only a submitted or waitlisted request is decided",
            status.as_str()
        )),
    }
}

/// Nights between arrival and departure; refuses a departure before the arrival.
pub fn nights(arrival_on: NaiveDate, departure_on: NaiveDate) -> Result<i64, String> {
    let nights = (departure_on - arrival_on).num_days();
    if nights < 0 {
        Err("must not be before arrival_on".to_owned())
    } else {
        Ok(nights)
    }
}

/// What an entitlement is computed from, all in the event's currency but the airfare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trip {
    /// Nights in the event city.
    pub nights: i64,
    /// DSA per night.
    pub dsa_rate: Decimal,
    /// Terminal expenses per journey end.
    pub terminal_expense: Decimal,
    /// Journey ends of the trip.
    pub journey_ends: u32,
    /// Airfare estimate, already converted to the event's currency (unrounded).
    pub airfare: Decimal,
    /// The event's currency.
    pub currency: Currency,
}

/// An entitlement with its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entitlement {
    /// Nights.
    pub nights: i64,
    /// DSA x nights.
    pub dsa: Decimal,
    /// Terminal expenses x journey ends.
    pub terminal: Decimal,
    /// Airfare in the event's currency.
    pub airfare: Decimal,
    /// The sum, rounded to the currency's minor unit (half away from zero) at the end.
    pub total: Decimal,
}

/// The entitlement of a trip: DSA for each night, terminal expenses for each journey end and
/// the airfare; rounded once, at the end. Never panics: a part or a total beyond what can be
/// stored is refused, naming the field of the request that makes it so.
pub fn entitlement(trip: Trip) -> Result<Entitlement, Refusal> {
    let too_large = |field: &'static str, what: &str| Refusal {
        field,
        message: format!("{what} would be larger than an amount can be: give a shorter stay or a smaller amount"),
    };
    let dsa = money::checked_storable_mul(trip.dsa_rate, Decimal::from(trip.nights))
        .ok_or_else(|| too_large("departure_on", "the DSA for this stay"))?;
    let terminal = money::checked_storable_mul(trip.terminal_expense, Decimal::from(trip.journey_ends))
        .ok_or_else(|| too_large("departure_on", "the terminal expenses"))?;
    let total = dsa
        .checked_add(terminal)
        .and_then(|sum| sum.checked_add(trip.airfare))
        .map(|sum| money::round_to_minor_unit(sum, trip.currency))
        .filter(|sum| money::StoredAmount::try_from(*sum).is_ok())
        .ok_or_else(|| {
            too_large(
                "airfare_estimate",
                "the entitlement (DSA, terminal expenses and airfare)",
            )
        })?;
    Ok(Entitlement {
        nights: trip.nights,
        dsa,
        terminal,
        airfare: trip.airfare,
        total,
    })
}

/// A refused computation, with the request field that causes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The field named in the 422.
    pub field: &'static str,
    /// What is wrong and the way forward.
    pub message: String,
}

/// How many days a stay may begin before the event or end after it.
pub const STAY_MARGIN_DAYS: i64 = 7;

/// Checks a stay against the event's days: it overlaps the event, and begins at most
/// [`STAY_MARGIN_DAYS`] before the first day and ends at most as many after the last.
/// Answers the failing fields with their messages.
pub fn check_stay(
    (arrival_on, departure_on): (NaiveDate, NaiveDate),
    (starts_on, ends_on): (NaiveDate, NaiveDate),
) -> Vec<(&'static str, String)> {
    let mut refused = Vec::new();
    if arrival_on > ends_on {
        refused.push(("arrival_on", format!("must not be after the event ends on {ends_on}")));
    } else if (starts_on - arrival_on).num_days() > STAY_MARGIN_DAYS {
        refused.push((
            "arrival_on",
            format!("must be at most {STAY_MARGIN_DAYS} days before the event starts on {starts_on}"),
        ));
    }
    if departure_on < starts_on {
        refused.push((
            "departure_on",
            format!("must not be before the event starts on {starts_on}"),
        ));
    } else if (departure_on - ends_on).num_days() > STAY_MARGIN_DAYS {
        refused.push((
            "departure_on",
            format!("must be at most {STAY_MARGIN_DAYS} days after the event ends on {ends_on}"),
        ));
    }
    refused
}

/// The event budget check of a sponsorship decision (or of a reconciliation above the
/// entitlement): `committed` is what already holds the event's budget, `adding` what the
/// step would add, all in the event's currency. Refused when the total would exceed the
/// budget, with the totals and the way forward.
pub fn check_budget(committed: Decimal, adding: Decimal, budget: Decimal, currency: Currency) -> Result<(), String> {
    let total = committed + adding;
    if total > budget {
        return Err(format!(
            "approved sponsorships would total {} {currency}, over the event's budget of {} {currency}: \
             waitlist the request, or raise the budget",
            money::format_amount(total, currency),
            money::format_amount(budget, currency)
        ));
    }
    Ok(())
}

/// Which waitlisted requests (in waitlist order, with their entitlements) are promoted when
/// `room` is free in the budget: in order, stopping at the first that does not fit, so no
/// one is overtaken.
pub fn promotions(room: Decimal, waitlist: &[Decimal]) -> usize {
    let mut left = room;
    let mut promoted = 0;
    for entitlement in waitlist {
        if *entitlement > left {
            break;
        }
        left -= entitlement;
        promoted += 1;
    }
    promoted
}

/// One traveller as representation counts them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Traveller {
    /// Gender.
    pub gender: Gender,
    /// Age band.
    pub age_band: AgeBand,
    /// UN M49 region of the traveller's nationality.
    pub region: String,
    /// The organisation is women-led.
    pub women_led: bool,
    /// The organisation is youth-led.
    pub youth_led: bool,
}

/// Targets of representation among approved travellers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Targets {
    /// Smallest share of women.
    pub min_women: Decimal,
    /// Smallest share aged 18-34.
    pub min_young: Decimal,
    /// Largest share of one region.
    pub max_region: Decimal,
}

impl Targets {
    /// Targets from whole percentages: minimum women, minimum aged 18-34, maximum per region.
    pub fn from_percent([women, young, region]: [u8; 3]) -> Self {
        Self {
            min_women: Decimal::new(i64::from(women), 2),
            min_young: Decimal::new(i64::from(young), 2),
            max_region: Decimal::new(i64::from(region), 2),
        }
    }
}

impl Default for Targets {
    fn default() -> Self {
        Self {
            min_women: Decimal::new(40, 2),
            min_young: Decimal::new(20, 2),
            max_region: Decimal::new(50, 2),
        }
    }
}

/// Counts of travellers by one dimension.
pub type Counts = BTreeMap<String, u64>;

/// Counts by gender, age band, region, women-led and youth-led organisation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Breakdown {
    /// How many in all.
    pub total: u64,
    /// By gender.
    pub gender: Counts,
    /// By age band.
    pub age_band: Counts,
    /// By UN M49 region.
    pub region: Counts,
    /// Women-led organisation or not.
    pub women_led: Counts,
    /// Youth-led organisation or not.
    pub youth_led: Counts,
}

/// Counts the travellers.
pub fn breakdown(travellers: &[Traveller]) -> Breakdown {
    let mut counts = Breakdown::default();
    for traveller in travellers {
        counts.total += 1;
        *counts.gender.entry(traveller.gender.as_str().to_owned()).or_default() += 1;
        *counts
            .age_band
            .entry(traveller.age_band.as_str().to_owned())
            .or_default() += 1;
        *counts.region.entry(traveller.region.clone()).or_default() += 1;
        *counts.women_led.entry(traveller.women_led.to_string()).or_default() += 1;
        *counts.youth_led.entry(traveller.youth_led.to_string()).or_default() += 1;
    }
    counts
}

/// A share of `count` in `total`, to four decimals (0 when there is nobody).
pub fn share(count: u64, total: u64) -> Decimal {
    if total == 0 {
        return Decimal::ZERO;
    }
    (Decimal::from(count) / Decimal::from(total)).round_dp(4)
}

/// Where approved travellers fall short of the targets (nothing when nobody is approved).
pub fn warnings(approved: &[Traveller], targets: Targets) -> Vec<String> {
    let total = approved.len() as u64;
    if total == 0 {
        return Vec::new();
    }
    let percent = |value: Decimal| (value * Decimal::ONE_HUNDRED).normalize();
    let mut warnings = Vec::new();
    let women = share(
        approved
            .iter()
            .filter(|traveller| traveller.gender == Gender::Female)
            .count() as u64,
        total,
    );
    if women < targets.min_women {
        warnings.push(format!(
            "women are {}% of approved travellers, below the target of {}%",
            percent(women),
            percent(targets.min_women)
        ));
    }
    let young = share(
        approved
            .iter()
            .filter(|traveller| traveller.age_band.is_young())
            .count() as u64,
        total,
    );
    if young < targets.min_young {
        warnings.push(format!(
            "travellers aged 18-34 are {}%, below the target of {}%",
            percent(young),
            percent(targets.min_young)
        ));
    }
    for (region, count) in breakdown(approved).region {
        let region_share = share(count, total);
        if region_share > targets.max_region {
            warnings.push(format!(
                "{region} has {}% of approved travellers, above the limit of {}%",
                percent(region_share),
                percent(targets.max_region)
            ));
        }
    }
    warnings
}

/// A traveller's name as the duplicate check compares it: case, accents and spacing aside.
pub fn traveller_key(full_name: &str) -> String {
    deunicode::deunicode(full_name)
        .to_lowercase()
        .split(|character: char| !character.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_names_of_genders_and_age_bands_are_their_json_names() {
        for gender in Gender::ALL {
            assert_eq!(serde_json::json!(gender), gender.as_str());
            assert_eq!(Gender::parse(gender.as_str()), Some(gender));
        }
        for band in AgeBand::ALL {
            assert_eq!(serde_json::json!(band), band.as_str());
            assert_eq!(AgeBand::parse(band.as_str()), Some(band));
        }
    }

    #[test]
    fn the_budget_check_allows_up_to_the_budget_and_refuses_beyond() {
        let eur = Currency::from_code("EUR").expect("EUR");
        let amount = |text: &str| Decimal::from_str_exact(text).expect("decimal");
        assert_eq!(
            check_budget(amount("9000"), amount("1000"), amount("10000"), eur),
            Ok(())
        );
        assert_eq!(check_budget(Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, eur), Ok(()));
        let refused = check_budget(amount("9000"), amount("1000.01"), amount("10000"), eur).expect_err("over");
        assert!(
            refused.contains("10,000.01 EUR") || refused.contains("10000.01 EUR"),
            "{refused}"
        );
        assert!(refused.contains("waitlist the request"), "{refused}");
    }

    fn dec(text: &str) -> Decimal {
        Decimal::from_str_exact(text).expect("decimal")
    }

    fn cur(code: &str) -> Currency {
        Currency::from_code(code).expect("currency")
    }

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn entitlements_worked_by_hand() {
        // (arrival, departure, DSA, terminal per end, airfare in event currency, currency, total)
        let cases = [
            // Vienna, 3 nights at 339.11 EUR: 1017.33 + 4 x 35.02 = 140.08 + 612.40 = 1769.81
            (
                "2027-03-01",
                "2027-03-04",
                "339.11",
                "35.02",
                "612.40",
                "EUR",
                "1769.81",
            ),
            // One night in Nairobi in USD: 266 + 152 + 480.5 = 898.50
            ("2027-05-10", "2027-05-11", "266", "38", "480.5", "USD", "898.50"),
            // Zero nights (same-day trip): terminal expenses and airfare only: 152 + 210 = 362
            ("2027-05-10", "2027-05-10", "266", "38", "210", "USD", "362.00"),
            // The converted airfare keeps its decimals until the end:
            // 2 x 30000 + 4 x 5800 + 98123.4567 = 181323.4567 -> 181323 JPY
            (
                "2027-01-10",
                "2027-01-12",
                "30000",
                "5800",
                "98123.4567",
                "JPY",
                "181323",
            ),
            // KWD keeps three decimals: 5 x 61.235 + 4 x 11.6 + 150.1235 = 502.6985 -> 502.699
            (
                "2027-02-01",
                "2027-02-06",
                "61.235",
                "11.6",
                "150.1235",
                "KWD",
                "502.699",
            ),
        ];
        for (arrival, departure, dsa, terminal, airfare, code, total) in cases {
            let nights = nights(date(arrival), date(departure)).expect("nights");
            let computed = entitlement(Trip {
                nights,
                dsa_rate: dec(dsa),
                terminal_expense: dec(terminal),
                journey_ends: 4,
                airfare: dec(airfare),
                currency: cur(code),
            })
            .expect("storable");
            assert_eq!(computed.total, dec(total), "{arrival}..{departure} in {code}");
        }
        assert!(nights(date("2027-05-11"), date("2027-05-10")).is_err());
    }

    #[test]
    fn an_entitlement_beyond_storage_names_the_field_instead_of_panicking() {
        let trip = Trip {
            nights: 10,
            dsa_rate: dec("922337203685477"),
            terminal_expense: dec("35"),
            journey_ends: 4,
            airfare: dec("100"),
            currency: cur("EUR"),
        };
        assert_eq!(entitlement(trip).map_err(|refusal| refusal.field), Err("departure_on"));
        let airfare = Trip {
            nights: 1,
            dsa_rate: dec("100"),
            airfare: dec("922337203685477"),
            ..trip
        };
        assert_eq!(
            entitlement(airfare).map_err(|refusal| refusal.field),
            Err("airfare_estimate")
        );
    }

    #[test]
    fn a_stay_lies_within_the_event_and_a_week_either_side() {
        let event = (date("2027-03-10"), date("2027-03-12"));
        assert!(check_stay((date("2027-03-03"), date("2027-03-19")), event).is_empty());
        let early = check_stay((date("2027-03-02"), date("2027-03-12")), event);
        assert_eq!(
            early.iter().map(|(field, _)| *field).collect::<Vec<_>>(),
            ["arrival_on"]
        );
        let late = check_stay((date("2027-03-10"), date("2027-03-20")), event);
        assert_eq!(
            late.iter().map(|(field, _)| *field).collect::<Vec<_>>(),
            ["departure_on"]
        );
        let outside = check_stay((date("2027-03-13"), date("2027-03-09")), event);
        assert_eq!(outside.len(), 2);
    }

    #[test]
    fn waitlisted_requests_are_promoted_in_order_without_overtaking() {
        assert_eq!(promotions(dec("1000"), &[dec("400"), dec("500"), dec("150")]), 2);
        assert_eq!(promotions(dec("1000"), &[dec("400"), dec("500"), dec("100")]), 3);
        assert_eq!(promotions(dec("1000"), &[dec("1200"), dec("100")]), 0, "no overtaking");
        assert_eq!(promotions(dec("0"), &[dec("1")]), 0);
        assert_eq!(promotions(dec("10"), &[]), 0);
    }

    #[test]
    fn requests_move_through_decisions_and_cancellation() {
        use SponsorshipAction as A;
        use SponsorshipOutcome as O;
        use SponsorshipStatus as S;
        assert_eq!(transition(S::Submitted, A::Decide(O::Approved)), Ok(S::Approved));
        assert_eq!(transition(S::Waitlisted, A::Decide(O::Approved)), Ok(S::Approved));
        assert_eq!(transition(S::Submitted, A::Decide(O::Waitlisted)), Ok(S::Waitlisted));
        assert!(transition(S::Approved, A::Decide(O::Rejected)).is_err());
        assert!(transition(S::Waitlisted, A::Decide(O::Waitlisted)).is_err());
        assert_eq!(transition(S::Approved, A::Cancel), Ok(S::Cancelled));
        assert!(transition(S::Travelled, A::Cancel).is_err());
        assert_eq!(transition(S::Draft, A::Submit), Ok(S::Submitted));
        assert!(transition(S::Submitted, A::Submit).is_err());
        assert!(transition(S::Draft, A::Decide(O::Approved)).is_err());
        assert_eq!(transition(S::Draft, A::Cancel), Ok(S::Cancelled));
        assert_eq!(transition(S::Approved, A::ConfirmTravel), Ok(S::Travelled));
        assert_eq!(transition(S::Travelled, A::Reconcile), Ok(S::Reconciled));
        for status in [S::Submitted, S::Waitlisted, S::Rejected, S::Cancelled, S::Travelled] {
            assert!(transition(status, A::ConfirmTravel).is_err(), "{status:?}");
        }
        for status in [S::Approved, S::Reconciled, S::Cancelled] {
            assert!(transition(status, A::Reconcile).is_err(), "{status:?}");
        }
    }

    #[test]
    fn representation_counts_and_target_warnings() {
        let traveller = |gender, age_band, region: &str| Traveller {
            gender,
            age_band,
            region: region.to_owned(),
            women_led: gender == Gender::Female,
            youth_led: false,
        };
        let approved = [
            traveller(Gender::Female, AgeBand::From25To34, "Africa"),
            traveller(Gender::Male, AgeBand::From35To49, "Africa"),
            traveller(Gender::Male, AgeBand::From50, "Africa"),
            traveller(Gender::Male, AgeBand::From35To49, "Asia"),
        ];
        let counts = breakdown(&approved);
        assert_eq!(counts.total, 4);
        assert_eq!(counts.gender["female"], 1);
        assert_eq!(counts.age_band["35-49"], 2);
        assert_eq!(counts.region["Africa"], 3);
        assert_eq!(share(1, 4), dec("0.25"));
        let warnings = warnings(&approved, Targets::default());
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].contains("women are 25% of approved travellers, below the target of 40%"));
        assert!(warnings[1].contains("Africa has 75%"));
        let balanced = [
            traveller(Gender::Female, AgeBand::From18To24, "Africa"),
            traveller(Gender::Male, AgeBand::From35To49, "Asia"),
        ];
        assert!(super::warnings(&balanced, Targets::default()).is_empty());
    }

    #[test]
    fn one_traveller_is_one_key_whatever_the_spelling() {
        assert_eq!(traveller_key("  Aïcha  BEN-Salah "), traveller_key("aicha ben salah"));
        assert_ne!(traveller_key("Aicha Ben Salah"), traveller_key("Aicha Salah"));
    }
}
