# Why the sponsorship rules refuse a step (`sponsorships::rules::Refused`). The API's
# problem+json says them in English as written here; the staff pages in the reader's language.
# `$status` is a request's state as its code (draft, submitted, approved, rejected,
# waitlisted, travelled, reconciled, cancelled): each language names it with a select.
sponsorship-refused-not-a-draft = only a draft is submitted; this request is already { $status }
sponsorship-refused-draft-undecided = a draft is decided once the organisation submits it
sponsorship-refused-already-decided = this request is already { $status }: only a submitted or waitlisted request is decided
sponsorship-refused-not-cancellable = only a request not yet travelled, rejected or cancelled can be cancelled; this one is { $status }
sponsorship-refused-not-approved = only an approved sponsorship is marked travelled; this one is { $status }
sponsorship-refused-not-travelled = only a sponsorship marked travelled is reconciled; this one is { $status }
sponsorship-refused-trip-confirmed = the trip is already confirmed; add any further receipt as a document
sponsorship-refused-trip-not-approved = only an approved sponsorship's trip is confirmed; this one is { $status }
sponsorship-refused-trip-not-arrived = the trip is confirmed on or after the arrival date
sponsorship-refused-over-budget = approved sponsorships would total { $total }, over the event's budget of { $budget }: waitlist the request, or raise the budget
sponsorship-refused-extra-nights-rejected = only an approval or a waitlisting authorises extra nights
sponsorship-refused-no-extra-nights = every night of this stay lies within the event's authorised travel period: there is nothing to authorise
