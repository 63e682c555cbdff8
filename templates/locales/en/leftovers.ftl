## The public home's filter and a call's regions (#17).
leftovers-filter-heading = Filter the calls
leftovers-filter-theme = Theme
leftovers-filter-any-theme = Any theme
leftovers-filter-region = Region
leftovers-filter-any-region = Any region
leftovers-filter-apply = Apply filters
leftovers-filter-clear = Clear filters
leftovers-filter-applied = Showing calls for: { $filters }
leftovers-filter-no-match = No open call matches these filters.
leftovers-filter-see-all = See all open calls
leftovers-call-regions = Regions
leftovers-call-every-region = Open to organisations from every region
leftovers-region-unknown = “{ $region }” is not one of the office’s regions ({ $regions })
leftovers-region-repeated = “{ $region }” is listed more than once
leftovers-region-middle-east-and-north-africa = Middle East and North Africa
leftovers-region-the-sahel = The Sahel
leftovers-region-sub-saharan-africa = Sub-Saharan Africa
leftovers-region-central-asia = Central Asia
leftovers-region-south-asia = South Asia
leftovers-region-south-east-asia = South-East Asia
leftovers-region-latin-america-and-the-caribbean = Latin America and the Caribbean
leftovers-region-europe = Europe
leftovers-region-north-america = North America
# The UN M49 continents (`regions=m49`), what a country in no office region counts as, and a code that is no country.
leftovers-region-africa = Africa
leftovers-region-americas = Americas
leftovers-region-antarctica = Antarctica
leftovers-region-asia = Asia
leftovers-region-oceania = Oceania
leftovers-region-other = Other
leftovers-region-unknown-country = unknown

## Tranche payments and travel dates in the deadlines and the calendar feed (#17).
leftovers-tranche-expected = Payment expected: tranche { $number } of { $award }, { $amount }
leftovers-tranche-expected-description = The day this tranche of the award is due to be paid, once its conditions are met.
leftovers-trip-arrival = Arrival at { $event }: { $traveller }
leftovers-trip-departure = Departure from { $event }: { $traveller }
leftovers-trip-description = Approved travel dates of a sponsored traveller.

## Messages services used to word in English (#16).
leftovers-link-unknown = this link is not valid; ask for a new one
leftovers-link-used = this link was already used (or a newer one was sent); ask for a new one
leftovers-link-expired = this link expired on { $date }; ask for a new one
leftovers-invitation-expired = the invitation expired after { $days ->
    [one] { $days } day
   *[other] { $days } days
  }; a member of the organisation sends a new one
leftovers-invitation-revoked = the invitation was revoked; a member of the organisation sends a new one if it was a mistake
leftovers-invitation-accepted = the invitation was already accepted: there is nothing left to do
leftovers-invitation-declined = the invitation was declined; a member of the organisation sends a new one if that was a mistake
leftovers-invitation-changed = the invitation was answered, revoked or expired meanwhile; reload it
leftovers-roles-needed = at least one role is needed
leftovers-admin-keeps-own-role = an admin does not remove their own admin role; another admin does
leftovers-admin-keeps-own-account = an admin does not deactivate their own account; another admin does
leftovers-email-stays-verified = an address stops being verified only when the person changes it; send true to vouch for it
leftovers-condition-unmet = tranche { $number } waits for the { $kind ->
    [interim_narrative] interim narrative report
    [interim_financial] interim financial report
    [final_narrative] final narrative report
   *[final_financial] final financial report
  } due { $due } to be received (it is { $state ->
    [pending] not yet submitted
    [submitted] submitted, not yet received
   *[received] received
  }); approve with an override_reason to pay it anyway
leftovers-representation-women = women are { $share }% of approved travellers, below the target of { $target }%
leftovers-representation-young = travellers aged 18-34 are { $share }%, below the target of { $target }%
leftovers-representation-region = { $region } has { $share }% of approved travellers, above the limit of { $limit }%
leftovers-percentage-range = must be a percentage from 0 to 100

## Reports: a month group's name (#19).
leftovers-report-month = { $month ->
    [1] January { $year }
    [2] February { $year }
    [3] March { $year }
    [4] April { $year }
    [5] May { $year }
    [6] June { $year }
    [7] July { $year }
    [8] August { $year }
    [9] September { $year }
    [10] October { $year }
    [11] November { $year }
   *[12] December { $year }
  }

## Reports: a reporting currency without a rate (#19).
leftovers-rate-missing = no exchange rate from { $from } to { $to } is recorded (on a payment or an event); choose another reporting currency or record the rate first

## Reports: the grand total in a reporting currency and the rates used (#19).
report-reporting-total = All currencies in { $currency }
report-rate-payment = Rate { $from } → { $to }: { $rate }, recorded on payment { $holder } of { $date }
report-rate-payment-inverse = Rate { $from } → { $to }: { $rate }, the inverse of the rate recorded on payment { $holder } of { $date }
report-rate-event = Rate { $from } → { $to }: { $rate }, the exchange rate of the event “{ $holder }” starting { $date }
