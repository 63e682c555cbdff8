//! The rules of travel sponsorship, as pure functions: nights from the dates, the
//! entitlement (computed, never typed), the request's state machine, waitlist promotion
//! and the representation of who is sponsored.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::i18n::{Arg, Message};
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

/// Why the rules refuse a step of a sponsorship: what they found, as a code and its facts.
/// The API says it in English (`problem+json`'s `detail`, as it always has) and the staff
/// pages in the reader's language, both from the catalogue ([`Refused::message`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Only a draft is submitted; the request is already in this state.
    NotADraft(SponsorshipStatus),
    /// A draft is decided only once the organisation submits it.
    DraftUndecided,
    /// Only a submitted or waitlisted request is decided; this one is in this state.
    AlreadyDecided(SponsorshipStatus),
    /// Only a request not yet travelled, rejected or cancelled is cancelled.
    NotCancellable(SponsorshipStatus),
    /// Only an approved sponsorship is marked travelled.
    NotApproved(SponsorshipStatus),
    /// Only a sponsorship marked travelled is reconciled.
    NotTravelled(SponsorshipStatus),
    /// The organisation already confirmed the trip.
    TripConfirmed,
    /// Only an approved sponsorship's trip is confirmed.
    TripNotApproved(SponsorshipStatus),
    /// The trip is confirmed on or after the arrival date.
    TripNotArrived,
    /// Approving (or reconciling) would take what holds the event's budget over it.
    OverBudget {
        /// What would hold the budget.
        total: Decimal,
        /// The event's sponsorship budget.
        budget: Decimal,
        /// The event's currency.
        currency: Currency,
    },
}

impl Refused {
    /// The refusal as a catalogue message (`sponsorship-refused-*`): a state is passed as
    /// its code, which each language names; amounts as amounts, which the API writes as it
    /// always has ("2000.00 EUR") and a page the reader's way ("2 000,00 EUR").
    pub fn message(&self) -> Message {
        let with_status =
            |id: &'static str, status: &SponsorshipStatus| Message::new(id).with("status", status.as_str());
        match self {
            Self::NotADraft(status) => with_status("sponsorship-refused-not-a-draft", status),
            Self::DraftUndecided => Message::new("sponsorship-refused-draft-undecided"),
            Self::AlreadyDecided(status) => with_status("sponsorship-refused-already-decided", status),
            Self::NotCancellable(status) => with_status("sponsorship-refused-not-cancellable", status),
            Self::NotApproved(status) => with_status("sponsorship-refused-not-approved", status),
            Self::NotTravelled(status) => with_status("sponsorship-refused-not-travelled", status),
            Self::TripConfirmed => Message::new("sponsorship-refused-trip-confirmed"),
            Self::TripNotApproved(status) => with_status("sponsorship-refused-trip-not-approved", status),
            Self::TripNotArrived => Message::new("sponsorship-refused-trip-not-arrived"),
            Self::OverBudget {
                total,
                budget,
                currency,
            } => Message::new("sponsorship-refused-over-budget")
                .with("total", Arg::Amount(*total, *currency))
                .with("budget", Arg::Amount(*budget, *currency)),
        }
    }
}

impl std::fmt::Display for Refused {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.message().render(crate::i18n::Language::En))
    }
}

/// The state machine of a request.
pub fn transition(status: SponsorshipStatus, action: SponsorshipAction) -> Result<SponsorshipStatus, Refused> {
    use SponsorshipAction as A;
    use SponsorshipOutcome as O;
    use SponsorshipStatus as S;
    match (status, action) {
        (S::Draft, A::Submit) => Ok(S::Submitted),
        (status, A::Submit) => Err(Refused::NotADraft(status)),
        (S::Draft, A::Decide(_)) => Err(Refused::DraftUndecided),
        (S::Submitted | S::Waitlisted, A::Decide(O::Approved)) => Ok(S::Approved),
        (S::Submitted | S::Waitlisted, A::Decide(O::Rejected)) => Ok(S::Rejected),
        (S::Submitted, A::Decide(O::Waitlisted)) => Ok(S::Waitlisted),
        (S::Draft | S::Submitted | S::Waitlisted | S::Approved, A::Cancel) => Ok(S::Cancelled),
        (S::Approved, A::ConfirmTravel) => Ok(S::Travelled),
        (S::Travelled, A::Reconcile) => Ok(S::Reconciled),
        (status, A::Cancel) => Err(Refused::NotCancellable(status)),
        (status, A::ConfirmTravel) => Err(Refused::NotApproved(status)),
        (status, A::Reconcile) => Err(Refused::NotTravelled(status)),
        (status, A::Decide(_)) => Err(Refused::AlreadyDecided(status)),
    }
}

/// Whether the organisation may confirm now that its sponsored traveller went: the
/// sponsorship approved (or already marked travelled by the office), not yet confirmed,
/// and the arrival date reached. Answers why not otherwise.
pub fn check_trip_confirmation(status: SponsorshipStatus, confirmed: bool, arrived: bool) -> Result<(), Refused> {
    if confirmed {
        return Err(Refused::TripConfirmed);
    }
    if !matches!(status, SponsorshipStatus::Approved | SponsorshipStatus::Travelled) {
        return Err(Refused::TripNotApproved(status));
    }
    if !arrived {
        return Err(Refused::TripNotArrived);
    }
    Ok(())
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

/// The nights of DSA a stay earns at the full rate: from the 61st night at the same place
/// the UN pays [`REDUCED_DSA_PERCENT`] of the rate.
pub const FULL_DSA_NIGHTS: usize = 60;

/// The share of the rate paid for each night after the first [`FULL_DSA_NIGHTS`].
pub const REDUCED_DSA_PERCENT: i64 = 75;

/// The authorised travel period of an event: the traveller arrives `days_before` days
/// before its first day and leaves `days_after` days after its last, so by default (1 and 1)
/// the paid nights run from the eve of the first day through the last day. Answers
/// (arrival, departure): the nights paid are those from the arrival to the eve of the
/// departure.
pub fn authorised_period(
    (starts_on, ends_on): (NaiveDate, NaiveDate),
    (days_before, days_after): (u32, u32),
) -> (NaiveDate, NaiveDate) {
    (
        starts_on - chrono::Days::new(u64::from(days_before)),
        ends_on + chrono::Days::new(u64::from(days_after)),
    )
}

/// What an entitlement is computed from, all in the event's currency (unrounded) but the
/// airfare's origin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trip {
    /// Each night of the stay (the date it begins) with the DSA rate in force that night.
    pub nights: Vec<(NaiveDate, Decimal)>,
    /// The event's authorised travel period, as [`authorised_period`] answers it.
    pub authorised: (NaiveDate, NaiveDate),
    /// An officer authorised (with a reason) the nights outside the authorised period.
    pub extra_nights_authorised: bool,
    /// The traveller comes from the event's city or its local area: no DSA, no terminal
    /// expenses.
    pub local: bool,
    /// Terminal expenses per journey end.
    pub terminal_expense: Decimal,
    /// Journey ends of the trip.
    pub journey_ends: u32,
    /// Airfare estimate, already converted to the event's currency (unrounded).
    pub airfare: Decimal,
    /// The event's currency.
    pub currency: Currency,
}

/// Consecutive paid nights at one rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NightsAtRate {
    /// How many nights.
    pub nights: i64,
    /// The DSA rate in force those nights, in the event's currency.
    pub rate: Decimal,
    /// The percentage of the rate paid: 100, or [`REDUCED_DSA_PERCENT`] after
    /// [`FULL_DSA_NIGHTS`] nights.
    pub percent: i64,
    /// nights x rate x percent, unrounded.
    pub amount: Decimal,
}

/// An entitlement with its parts. Rows written before the travel rules have only `nights`,
/// `dsa`, `terminal`, `airfare` and `total` (every night paid at one rate).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entitlement {
    /// Nights paid.
    pub nights: i64,
    /// Nights of the stay not paid: outside the authorised period (unless authorised), or
    /// every night of a local traveller.
    #[serde(default)]
    pub unpaid_nights: i64,
    /// Nights outside the authorised period that an officer authorised (paid, and counted in
    /// `nights`).
    #[serde(default)]
    pub extra_nights: i64,
    /// The traveller is local: no DSA and no terminal expenses.
    #[serde(default)]
    pub local: bool,
    /// The paid nights grouped by rate, in date order.
    #[serde(default)]
    pub dsa_nights: Vec<NightsAtRate>,
    /// The sum of the DSA, unrounded.
    pub dsa: Decimal,
    /// Terminal expenses x journey ends, unrounded.
    pub terminal: Decimal,
    /// Airfare in the event's currency, unrounded.
    pub airfare: Decimal,
    /// The sum, rounded to the currency's minor unit (half away from zero) once, at the end.
    pub total: Decimal,
}

/// The entitlement of a trip by the UN's rules (ST/AI/2013/3): DSA for each night of the
/// authorised period (and the nights an officer authorised beyond it) at the rate in force
/// that night, reduced to [`REDUCED_DSA_PERCENT`] % after [`FULL_DSA_NIGHTS`] nights; terminal
/// expenses for each journey end; the airfare. A local traveller gets no DSA and no terminal
/// expenses. Everything is exact until the total, which is rounded once. Never panics: a
/// part or a total beyond what can be stored is refused, naming the field of the request
/// that makes it so.
pub fn entitlement(trip: &Trip) -> Result<Entitlement, Refusal> {
    let too_large = |field: &'static str, what: &str| Refusal {
        field,
        message: format!("{what} would be larger than an amount can be: give a shorter stay or a smaller amount"),
    };
    let (arrival, departure) = trip.authorised;
    let inside = |night: &NaiveDate| (arrival..departure).contains(night);
    let outside = trip.nights.iter().filter(|(night, _)| !inside(night)).count() as i64;
    let paid: Vec<(Decimal, i64)> = night_by_night(trip)
        .iter()
        .filter_map(|night| night.percent.map(|percent| (night.rate, percent)))
        .collect();
    let dsa_nights = nights_at_rates(&paid).ok_or_else(|| too_large("departure_on", "the DSA for this stay"))?;
    let dsa = dsa_nights
        .iter()
        .try_fold(Decimal::ZERO, |sum, group| sum.checked_add(group.amount))
        .filter(|sum| money::check_storable(*sum).is_ok())
        .ok_or_else(|| too_large("departure_on", "the DSA for this stay"))?;
    let terminal = if trip.local {
        Decimal::ZERO
    } else {
        money::checked_storable_mul(trip.terminal_expense, Decimal::from(trip.journey_ends))
            .ok_or_else(|| too_large("departure_on", "the terminal expenses"))?
    };
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
    let paid_outside = if trip.extra_nights_authorised && !trip.local {
        outside
    } else {
        0
    };
    Ok(Entitlement {
        nights: paid.len() as i64,
        unpaid_nights: trip.nights.len() as i64 - paid.len() as i64,
        extra_nights: paid_outside,
        local: trip.local,
        dsa_nights,
        dsa,
        terminal,
        airfare: trip.airfare,
        total,
    })
}

/// One night of a stay as the travel rules treat it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Night {
    /// The date the night begins.
    pub on: NaiveDate,
    /// The DSA rate in force that night, in the event's currency.
    pub rate: Decimal,
    /// The percentage of the rate paid (100, or [`REDUCED_DSA_PERCENT`] after
    /// [`FULL_DSA_NIGHTS`] paid nights); `None` when the night is not paid (outside the
    /// authorised period and not authorised, or a local traveller).
    pub percent: Option<i64>,
}

/// Every night of the trip in date order, paid or not, with the share of its rate paid:
/// what [`entitlement`] adds up, shown night by night before a request is submitted.
pub fn night_by_night(trip: &Trip) -> Vec<Night> {
    let (arrival, departure) = trip.authorised;
    let mut paid_so_far = 0;
    trip.nights
        .iter()
        .map(|(on, rate)| {
            let paid = !trip.local && (trip.extra_nights_authorised || (arrival..departure).contains(on));
            let percent = paid.then(|| {
                paid_so_far += 1;
                if paid_so_far <= FULL_DSA_NIGHTS {
                    100
                } else {
                    REDUCED_DSA_PERCENT
                }
            });
            Night {
                on: *on,
                rate: *rate,
                percent,
            }
        })
        .collect()
}

/// The paid nights' rates and percentages (in date order) grouped into runs of one rate
/// and one percentage; `None` when an amount overflows.
fn nights_at_rates(paid: &[(Decimal, i64)]) -> Option<Vec<NightsAtRate>> {
    let mut groups: Vec<NightsAtRate> = Vec::new();
    for (rate, percent) in paid {
        match groups.last_mut() {
            Some(group) if group.rate == *rate && group.percent == *percent => group.nights += 1,
            _ => groups.push(NightsAtRate {
                nights: 1,
                rate: *rate,
                percent: *percent,
                amount: Decimal::ZERO,
            }),
        }
    }
    for group in &mut groups {
        let per_night = group.rate.checked_mul(Decimal::new(group.percent, 2))?;
        group.amount = money::checked_storable_mul(per_night, Decimal::from(group.nights))?;
    }
    Some(groups)
}

/// Whether a traveller from `origin` (country, city) is local to an event in `event_place`
/// (country, city) with these `local_area` cities: same country, and the event's city or one
/// of the local area's, compared without case, accents or spacing.
pub fn is_local(origin: (&str, &str), event_place: (&str, &str), local_area: &[String]) -> bool {
    let city = comparable(origin.1);
    origin.0.trim().eq_ignore_ascii_case(event_place.0.trim())
        && std::iter::once(event_place.1)
            .chain(local_area.iter().map(String::as_str))
            .any(|local| comparable(local) == city)
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
pub fn check_budget(committed: Decimal, adding: Decimal, budget: Decimal, currency: Currency) -> Result<(), Refused> {
    let total = committed + adding;
    if total > budget {
        return Err(Refused::OverBudget {
            total,
            budget,
            currency,
        });
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
    /// Region of the traveller's nationality (an office region or a UN M49 region, as the
    /// report asks).
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
            min_women: Decimal::from(women),
            min_young: Decimal::from(young),
            max_region: Decimal::from(region),
        }
    }
}

impl Default for Targets {
    fn default() -> Self {
        Self::from_percent([40, 20, 50])
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
    /// By region (office or UN M49).
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

/// The share of `count` in `total` in percent, rounded to two decimals for display (0 when
/// there is nobody): `share(1, 3)` is 33.33.
pub fn share(count: u64, total: u64) -> Decimal {
    if total == 0 {
        return Decimal::ZERO;
    }
    (Decimal::from(count) * Decimal::ONE_HUNDRED / Decimal::from(total)).round_dp(2)
}

/// A share in percent as the reports write it: a decimal string with two decimals ("33.33").
pub fn share_text(count: u64, total: u64) -> String {
    format!("{:.2}", share(count, total))
}

/// Whether `count` of `total` is below `percent`, compared exactly (never on a rounded share).
fn below(count: u64, total: u64, percent: Decimal) -> bool {
    Decimal::from(count) * Decimal::ONE_HUNDRED < percent * Decimal::from(total)
}

/// Where approved travellers fall short of the targets (nothing when nobody is approved).
/// Shares are compared exactly and written in percent to two decimals; each warning is a
/// catalogue message, written in the report's language when it is answered.
pub fn warnings(approved: &[Traveller], targets: Targets, region_name: impl Fn(&str) -> String) -> Vec<Message> {
    let total = approved.len() as u64;
    if total == 0 {
        return Vec::new();
    }
    let shown = |count: u64| share(count, total).normalize().to_string();
    let limit = |percent: Decimal| percent.normalize().to_string();
    let mut warnings = Vec::new();
    let women = approved
        .iter()
        .filter(|traveller| traveller.gender == Gender::Female)
        .count() as u64;
    if below(women, total, targets.min_women) {
        warnings.push(
            Message::new("leftovers-representation-women")
                .with("share", shown(women))
                .with("target", limit(targets.min_women)),
        );
    }
    let young = approved
        .iter()
        .filter(|traveller| traveller.age_band.is_young())
        .count() as u64;
    if below(young, total, targets.min_young) {
        warnings.push(
            Message::new("leftovers-representation-young")
                .with("share", shown(young))
                .with("target", limit(targets.min_young)),
        );
    }
    for (region, count) in breakdown(approved).region {
        if Decimal::from(count) * Decimal::ONE_HUNDRED > targets.max_region * Decimal::from(total) {
            warnings.push(
                Message::new("leftovers-representation-region")
                    .with("region", region_name(&region))
                    .with("share", shown(count))
                    .with("limit", limit(targets.max_region)),
            );
        }
    }
    warnings
}

/// A traveller's name as the duplicate check compares it: case, accents and spacing aside.
pub fn traveller_key(full_name: &str) -> String {
    comparable(full_name)
}

/// A name (of a person or a place) without case, accents, punctuation or extra spacing.
fn comparable(text: &str) -> String {
    deunicode::deunicode(text)
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
        let refused = check_budget(amount("9000"), amount("1000.01"), amount("10000"), eur)
            .expect_err("over")
            .to_string();
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

    /// A trip to an event of 10-12 March 2027 (authorised nights 9-12 March) in USD, with
    /// terminal expenses of 38 per end and an airfare of 500; each night at `rate_on` it.
    fn march_trip(stay: (&str, &str), rate_on: impl Fn(NaiveDate) -> &'static str) -> Trip {
        let (arrival, departure) = (date(stay.0), date(stay.1));
        Trip {
            nights: arrival
                .iter_days()
                .take_while(|night| *night < departure)
                .map(|night| (night, dec(rate_on(night))))
                .collect(),
            authorised: authorised_period((date("2027-03-10"), date("2027-03-12")), (1, 1)),
            extra_nights_authorised: false,
            local: false,
            terminal_expense: dec("38"),
            journey_ends: 4,
            airfare: dec("500"),
            currency: cur("USD"),
        }
    }

    #[test]
    fn a_trip_is_confirmed_once_after_arrival_and_only_when_approved() {
        assert!(check_trip_confirmation(SponsorshipStatus::Approved, false, true).is_ok());
        assert!(check_trip_confirmation(SponsorshipStatus::Travelled, false, true).is_ok());
        assert!(check_trip_confirmation(SponsorshipStatus::Approved, true, true).is_err());
        assert!(check_trip_confirmation(SponsorshipStatus::Approved, false, false).is_err());
        assert!(check_trip_confirmation(SponsorshipStatus::Submitted, false, true).is_err());
    }

    #[test]
    fn night_by_night_marks_the_unpaid_nights_and_the_reduced_rate_after_sixty() {
        let early = march_trip(("2027-03-08", "2027-03-11"), |_| "454");
        let shown: Vec<(NaiveDate, Option<i64>)> = night_by_night(&early)
            .iter()
            .map(|night| (night.on, night.percent))
            .collect();
        assert_eq!(
            shown,
            vec![
                (date("2027-03-08"), None),
                (date("2027-03-09"), Some(100)),
                (date("2027-03-10"), Some(100)),
            ]
        );
        let long = Trip {
            extra_nights_authorised: true,
            ..march_trip(("2027-01-01", "2027-03-12"), |_| "100")
        };
        let nights = night_by_night(&long);
        assert_eq!(nights[59].percent, Some(100));
        assert_eq!(nights[60].percent, Some(REDUCED_DSA_PERCENT));
        assert_eq!(local_percents(&long), vec![None; nights.len()]);
    }

    fn local_percents(trip: &Trip) -> Vec<Option<i64>> {
        let local = Trip {
            local: true,
            ..trip.clone()
        };
        night_by_night(&local).iter().map(|night| night.percent).collect()
    }

    #[test]
    fn the_un_travel_rules_worked_by_hand() {
        let geneva = |_: NaiveDate| "454";
        let circular = |night: NaiveDate| if night < date("2027-03-11") { "454" } else { "480" };
        let standard = march_trip(("2027-03-09", "2027-03-13"), geneva);
        let local = Trip {
            local: true,
            airfare: Decimal::ZERO,
            ..standard.clone()
        };
        let early = march_trip(("2027-03-08", "2027-03-13"), geneva);
        let authorised = Trip {
            extra_nights_authorised: true,
            ..early.clone()
        };
        // (case, trip, paid nights, unpaid nights, DSA groups as (nights, rate, percent), total)
        type Case = (
            &'static str,
            Trip,
            i64,
            i64,
            Vec<(i64, &'static str, i64)>,
            &'static str,
        );
        let cases: [Case; 6] = [
            // 4 nights x 454 + 4 x 38 + 500 = 1816 + 152 + 500
            (
                "the authorised period",
                standard,
                4,
                0,
                vec![(4, "454", 100)],
                "2468.00",
            ),
            // From the event's city: no DSA, no terminal expenses, and no airfare
            ("a local traveller", local, 0, 4, vec![], "0.00"),
            // The circular changes on 11 March: 2 x 454 + 2 x 480 = 1868; + 152 + 500
            (
                "a rate change mid-stay",
                march_trip(("2027-03-09", "2027-03-13"), circular),
                4,
                0,
                vec![(2, "454", 100), (2, "480", 100)],
                "2520.00",
            ),
            // Arrives on 8 March without authorisation: that night is not paid
            (
                "an unauthorised extra night",
                early,
                4,
                1,
                vec![(4, "454", 100)],
                "2468.00",
            ),
            // The officer authorises it: 5 x 454 = 2270; + 152 + 500
            (
                "an authorised extra night",
                authorised,
                5,
                0,
                vec![(5, "454", 100)],
                "2922.00",
            ),
            // Nights inside the period but outside the stay are not paid either
            (
                "a shorter stay",
                march_trip(("2027-03-10", "2027-03-12"), geneva),
                2,
                0,
                vec![(2, "454", 100)],
                "1560.00",
            ),
        ];
        for (case, trip, nights, unpaid, groups, total) in cases {
            let computed = entitlement(&trip).expect("storable");
            assert_eq!(computed.total, dec(total), "{case}");
            assert_eq!((computed.nights, computed.unpaid_nights), (nights, unpaid), "{case}");
            let shown: Vec<_> = computed
                .dsa_nights
                .iter()
                .map(|group| (group.nights, group.rate, group.percent))
                .collect();
            let expected: Vec<_> = groups
                .iter()
                .map(|(n, rate, percent)| (*n, dec(rate), *percent))
                .collect();
            assert_eq!(shown, expected, "{case}");
        }
    }

    #[test]
    fn after_sixty_nights_the_rate_is_reduced_to_seventy_five_percent() {
        // A 60-day event, 1 January to 1 March 2027: the authorised nights run from
        // 31 December through 1 March, 61 nights; with one more night authorised, 62.
        let event = (date("2027-01-01"), date("2027-03-01"));
        let trip = |departure: &str, extra| Trip {
            nights: date("2026-12-31")
                .iter_days()
                .take_while(|night| *night < date(departure))
                .map(|night| (night, dec("100")))
                .collect(),
            authorised: authorised_period(event, (1, 1)),
            extra_nights_authorised: extra,
            local: false,
            terminal_expense: dec("38"),
            journey_ends: 4,
            airfare: dec("500"),
            currency: cur("USD"),
        };
        // 60 x 100 + 1 x 75 = 6075; + 152 + 500
        let sixty_one = entitlement(&trip("2027-03-02", false)).expect("storable");
        assert_eq!(sixty_one.total, dec("6727.00"));
        assert_eq!(sixty_one.dsa_nights.len(), 2);
        assert_eq!(
            (sixty_one.dsa_nights[1].nights, sixty_one.dsa_nights[1].percent),
            (1, 75)
        );
        // 60 x 100 + 2 x 75 = 6150; + 652
        let sixty_two = entitlement(&trip("2027-03-03", true)).expect("storable");
        assert_eq!(sixty_two.total, dec("6802.00"));
        assert_eq!(sixty_two.extra_nights, 1);
    }

    #[test]
    fn the_entitlement_is_rounded_once_at_the_end() {
        // Vienna in EUR: 368 USD at 0.9215 is 339.112 a night and 38 USD is 35.017 an end.
        // Exactly: 3 x 339.112 + 4 x 35.017 + 612.40 = 1769.804 -> 1769.80; rounding the rate
        // and the terminal expense first would give 1017.33 + 140.08 + 612.40 = 1769.81.
        let trip = Trip {
            nights: date("2027-03-01")
                .iter_days()
                .take(3)
                .map(|night| (night, dec("339.112")))
                .collect(),
            authorised: authorised_period((date("2027-03-01"), date("2027-03-03")), (1, 1)),
            extra_nights_authorised: false,
            local: false,
            terminal_expense: dec("35.017"),
            journey_ends: 4,
            airfare: dec("612.40"),
            currency: cur("EUR"),
        };
        assert_eq!(entitlement(&trip).expect("storable").total, dec("1769.80"));
        // KWD keeps three decimals: 5 x 61.2354 + 4 x 11.6 + 150.1235 = 502.7005 -> 502.701
        let kwd = Trip {
            nights: date("2027-02-01")
                .iter_days()
                .take(5)
                .map(|night| (night, dec("61.2354")))
                .collect(),
            authorised: authorised_period((date("2027-02-02"), date("2027-02-05")), (1, 1)),
            terminal_expense: dec("11.6"),
            airfare: dec("150.1235"),
            currency: cur("KWD"),
            ..trip
        };
        assert_eq!(entitlement(&kwd).expect("storable").total, dec("502.701"));
        assert!(nights(date("2027-05-11"), date("2027-05-10")).is_err());
    }

    #[test]
    fn local_means_the_same_country_and_the_event_city_or_its_local_area() {
        let area = vec!["Baden bei Wien".to_owned(), "Mödling".to_owned()];
        assert!(is_local(("AT", " vienna "), ("AT", "Vienna"), &[]));
        assert!(is_local(("at", "MODLING"), ("AT", "Vienna"), &area));
        assert!(!is_local(("DE", "Vienna"), ("AT", "Vienna"), &area), "another country");
        assert!(!is_local(("AT", "Graz"), ("AT", "Vienna"), &area));
    }

    #[test]
    fn an_entitlement_beyond_storage_names_the_field_instead_of_panicking() {
        let mut trip = march_trip(("2027-03-09", "2027-03-13"), |_| "922337203685477");
        assert_eq!(entitlement(&trip).map_err(|refusal| refusal.field), Err("departure_on"));
        trip = march_trip(("2027-03-09", "2027-03-10"), |_| "100");
        trip.airfare = dec("922337203685477");
        assert_eq!(
            entitlement(&trip).map_err(|refusal| refusal.field),
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
        assert_eq!(share_text(1, 4), "25.00");
        assert_eq!(share_text(1, 3), "33.33");
        assert_eq!(share_text(2, 3), "66.67");
        assert_eq!(share_text(0, 0), "0.00");
        let warnings: Vec<String> = warnings(&approved, Targets::default(), str::to_owned)
            .iter()
            .map(|warning| warning.render(crate::i18n::Language::En))
            .collect();
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].contains("women are 25% of approved travellers, below the target of 40%"));
        assert!(warnings[1].contains("Africa has 75%"));
        let balanced = [
            traveller(Gender::Female, AgeBand::From18To24, "Africa"),
            traveller(Gender::Male, AgeBand::From35To49, "Asia"),
        ];
        assert!(super::warnings(&balanced, Targets::default(), str::to_owned).is_empty());
    }

    #[test]
    fn one_traveller_is_one_key_whatever_the_spelling() {
        assert_eq!(traveller_key("  Aïcha  BEN-Salah "), traveller_key("aicha ben salah"));
        assert_ne!(traveller_key("Aicha Ben Salah"), traveller_key("Aicha Salah"));
    }
}
