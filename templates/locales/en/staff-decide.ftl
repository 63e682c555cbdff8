# The officer's decision in three steps: the form (with the tranches' running total), the
# check page, and the final button that records it.

staff-decide-continue = Continue
staff-decide-continue-hint = You check the decision on the next page before it is recorded.
staff-decide-total-matches = The tranches add up to { $total }, the amount awarded.
staff-decide-total-differs = The tranches add up to { $total }, which differs from the amount awarded ({ $amount }).
staff-decide-total-alone = The tranches add up to { $total }.
staff-decide-check-title = Check the decision before you record it
staff-decide-check-lead = Nothing is recorded until you press "Record the decision". Change anything that is not right.
staff-decide-change = Change
staff-decide-amount = Amount awarded
staff-decide-tranche-amount = Amount
staff-decide-sum = Total
staff-decide-sum-matches = The tranches add up to the amount awarded.
staff-decide-single-payment = No tranches: the amount awarded is paid in a single payment.
staff-decide-tranches-by-due-date = The tranches are listed by due date, the order in which they will be recorded; you typed them in another order.
staff-decide-no-obligations = No reporting obligation.
staff-decide-stale = This application has been decided since the form was opened, so nothing was recorded. Its state is now: { $status }.
