# Refusals of the services and rules that pages show in the reader's language (the API
# says them in English): a record changed meanwhile, the do-no-harm gates, the ceilings of
# payments. Amounts ($adding, $ceiling, $left) come written with their currency.

refused-changed-request = the request changed meanwhile: reload it and try again
refused-changed-risk-assessment = the risk assessment changed meanwhile: reload it and try again
refused-changed-disbursement = the disbursement changed meanwhile; reload it and try again
refused-changed-call = the call changed meanwhile; reload it and try again
refused-changed-assessment = the assessment changed meanwhile; reload it and try again
refused-changed-event = the event changed meanwhile: reload it and try again
refused-changed-award = the award changed meanwhile; reload it and try again
refused-changed-report = the report changed meanwhile; reload it and try again
refused-changed-organisation = the organisation changed meanwhile; reload it and try again
refused-changed-application = the application changed meanwhile; reload it and try again

refused-risk-already-approved = the risk assessment is already approved: there is nothing left to approve
refused-risk-second-officer = a high residual risk needs the approval of a second, different officer: ask another officer to approve it
refused-trip-risk-not-approved = the trip's do-no-harm risk assessment is not approved yet: an officer approves it first
refused-trip-risk-critical = the residual do-no-harm risk of the trip is critical, which blocks sponsorship
refused-trip-no-receipt = upload at least one ticket, boarding pass or receipt before confirming the trip

refused-ceiling-advance = the advance ({ $percent } % of the entitlement; the balance is paid once attendance is confirmed)
refused-ceiling-entitlement = the entitlement
refused-ceiling-reconciled = the reconciled actual costs
refused-ceiling-award = the award
refused-ceiling-tranche = tranche { $number }
refused-over-ceiling = { $adding } would take disbursements over { $what } of { $ceiling }; { $left } is left
refused-sponsorship-not-payable = a { $status } sponsorship is not paid: the advance follows approval, the balance confirmed attendance
refused-award-pending-acceptance = the award is pending acceptance: money moves once the organisation's members have accepted its terms
refused-award-completed = the award is completed: no more money moves on it
refused-award-terminated = the award is terminated: no more money moves on it

# The amount and tranches of an award as an officer decides them ($limit, $total, $ceiling,
# $left and $award come written with their currency; $total of percents is a number).
decision-over-any-budget = this award would take the call's awards beyond any budget ceiling of { $ceiling }
decision-over-budget = awards of this call would total { $total }, over its budget ceiling of { $ceiling }; at most { $left } can still be awarded
decision-amount-over-request = must not exceed the requested { $limit }
decision-amount-under-minimum = must be at least the call's minimum grant of { $limit }
decision-amount-over-maximum = must not exceed the call's maximum grant of { $limit }
decision-amount-too-large-to-split = is too large to split into tranches
decision-tranches-one-kind = give every tranche either a percent or an amount, the same for all
decision-tranche-due-past = must not be in the past
decision-tranche-condition-long = must be at most 500 characters
decision-tranche-percent-range = must lie above 0 and at most 100
decision-tranches-percent-total = percents must total 100, not { $total }
decision-tranches-overflow = the amounts add up to more than an amount can be
decision-tranches-amount-total = amounts must total the award of { $award }, not { $total }
decision-tranches-zero = every tranche must come to more than zero after rounding

travel-attendance-unconfirmed = must be true: a sponsorship is marked travelled only once attendance is confirmed
travel-not-yet-arrived = the traveller arrives on { $date }; attendance is confirmed on or after that day
travel-payments-in-flight = { $count } payment(s) of this sponsorship are requested or approved: pay or cancel them before reconciling
travel-refund-in-future = must not be in the future
travel-nothing-to-reclaim = nothing is due back from the organisation for this sponsorship
travel-refund-recorded = the refund of this sponsorship is already recorded
travel-refund-before-due = must not precede { $date }, when the amount became due back
travel-costs-none = list at least one actual cost
travel-costs-overflow = the actual costs add up to more than { $limit }
travel-costs-over-entitlement = the actual costs exceed the entitlement by { $excess }: say why the office pays more
