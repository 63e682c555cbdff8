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
