# The staff workspace's events and travel sponsorship pages (`templates/portal/staff/events_*.html`).
staff-events-title = Events and travel
staff-events-back-list = All events
staff-events-back-event = Back to the event
staff-events-caption = Event
staff-events-none = There are no events yet.
staff-events-count = { $count ->
    [one] One event, soonest first.
   *[other] { $count } events, soonest first.
}
staff-events-pages = Pages of events
staff-events-previous = Previous events
staff-events-next = Next events
staff-events-column-state = State
staff-events-deadline = Requests close
staff-events-requests = Sponsorship requests
staff-events-no-requests = No sponsorship requests yet.
staff-events-count-entry = { $status }: { $count }
staff-events-status-draft = Draft
staff-events-status-open = Open for requests
staff-events-status-closed = Closed to requests
staff-events-status-held = Held
staff-events-budget-heading = Sponsorship budget
staff-events-budget-title = Sponsorship budget of { $ceiling }
staff-events-budget-part = Part
staff-events-budget-amount = Amount
staff-events-budget-paid = Paid
staff-events-budget-committed = Approved, not yet paid
staff-events-budget-available = Available
staff-events-representation-link = Representation of participants
staff-events-requests-heading = Requests and entitlements
staff-events-requests-caption = Requests, oldest first, with what each traveller is entitled to
staff-events-column-traveller = Traveller
staff-events-column-organisation = Organisation
staff-events-column-stay = Stay
staff-events-column-dsa = Daily allowance
staff-events-column-terminal = Terminal expenses
staff-events-column-airfare = Airfare
staff-events-column-total = Total
staff-events-nights = { $count ->
    [one] { $count } night
   *[other] { $count } nights
}
staff-events-decide = Decide
staff-events-waitlist-heading = Waiting list
staff-events-waitlist-hint = These requests are approved in this order as room appears in the budget.
staff-events-waitlist-empty = Nobody is on the waiting list.
staff-events-done-approved = The request was approved.
staff-events-done-rejected = The request was rejected.
staff-events-done-waitlisted = The request was put on the waiting list.
staff-events-decision-title = Sponsorship request for { $traveller }
staff-events-role = Role
staff-events-nationality = Nationality
staff-events-origin = Travelling from
staff-events-requested-at = Requested
staff-events-decided-reason = Reason given
staff-events-entitlement-heading = Entitlement
staff-events-entitlement-caption = What the travel rules entitle this traveller to
staff-events-outcome-heading = Decision
staff-events-outcome-legend = What do you decide?
staff-events-outcome-approved = Approve
staff-events-outcome-rejected = Reject
staff-events-outcome-waitlisted = Put on the waiting list
staff-events-reason-label = Reason
staff-events-reason-hint = The organisation reads it with the decision.
staff-events-decide-button = Record the decision
staff-events-error-outcome = Choose approve, reject or the waiting list
staff-events-error-reason = Enter the reason for the decision
staff-events-not-decidable = This request is no longer decided here. Its state: { $status }.
staff-events-representation-title = Representation at { $event }
staff-events-representation-requests = Requests counted
staff-events-representation-approved = Approved travellers
staff-events-representation-download = Download the figures (CSV)
staff-events-representation-warnings = Short of the targets
staff-events-representation-none = No traveller is approved yet, so every share is empty.
staff-events-representation-hint = Each bar is a share of the approved travellers; the dashed line marks the office's target.
staff-events-chart-gender = Approved travellers by gender
staff-events-chart-age = Approved travellers by age
staff-events-chart-region = Approved travellers by region
staff-events-chart-organisations = Approved travellers from women-led and youth-led organisations
staff-events-young = Aged 18-34
staff-events-women-led = Women-led organisation
staff-events-youth-led = Youth-led organisation
staff-events-column-group = Group
staff-events-column-share = Share
staff-events-column-target = Target
staff-events-share = { $share } % ({ $count } of { $total })
staff-events-target-at-least = at least { $percent } %
staff-events-target-at-most = at most { $percent } %
conflict-sponsorship-changed = This request changed meanwhile (someone else decided it), so nothing was done. Read its state again before deciding.

## The extra nights' reason on the decision form, and the representation report's controls.
staff-events-extra-nights-heading = Nights outside the authorised travel period
staff-events-extra-nights-hint = { $count ->
    [one] One night of this stay falls outside the event's authorised travel period and is not paid unless you authorise it.
   *[other] { $count } nights of this stay fall outside the event's authorised travel period and are not paid unless you authorise them.
}
staff-events-extra-nights-legend = { $count ->
    [one] Pay the night outside the authorised period?
   *[other] Pay the { $count } nights outside the authorised period?
}
staff-events-extra-nights-pay = Yes, pay them (with an approval or the waiting list), for the reason below
staff-events-extra-nights-unpaid = No, leave them unpaid
staff-events-extra-nights-reason-label = Why the office pays these nights
staff-events-extra-nights-reason-hint = Needed when you pay them. The sponsorship letter prints it.
staff-events-error-extra-nights-reason = Enter why the office pays the nights outside the authorised period
staff-events-targets-legend = Targets and regions
staff-events-targets-hint = Leave a target empty to use the office's. Each is a whole percentage from 0 to 100.
staff-events-target-women-label = Women, at least (%)
staff-events-target-young-label = Aged 18-34, at least (%)
staff-events-target-region-label = One region, at most (%)
staff-events-target-office = The office's target: { $percent } %
staff-events-regions-label = Count regions by
staff-events-regions-office = The office's planning regions
staff-events-regions-m49 = UN M49 continents
staff-events-targets-apply = Show the report
staff-events-error-regions = Choose the office's regions or the UN M49 continents
