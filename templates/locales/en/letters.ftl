# Letters (award, sponsorship and visa support): their wording, dates and amounts in words.
# Names (of organisations, travellers, events, projects) are never translated: they arrive as
# variables and stay as written.

## Dates and amounts

# A date in a letter; $day and $month are numbers, $year is the year in figures.
letter-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
letter-date-range = from { $start } to { $end }
letter-date-single = on { $date }
# An amount in words: $number is the whole number in words, $currency the currency's name.
letter-amount = { $number } { $currency }
letter-amount-with-fraction = { $number } { $currency } and { $fraction }
letter-amount-negative = minus { $amount }
currency-EUR = { $count ->
    [one] euro
   *[other] euros
}
currency-USD = { $count ->
    [one] US dollar
   *[other] US dollars
}
currency-GBP = { $count ->
    [one] pound sterling
   *[other] pounds sterling
}
currency-CHF = { $count ->
    [one] Swiss franc
   *[other] Swiss francs
}
currency-JPY = { $count ->
   *[other] yen
}
currency-CNY = { $count ->
   *[other] yuan renminbi
}
currency-RUB = { $count ->
    [one] Russian rouble
   *[other] Russian roubles
}

## The frame every letter shares

letter-date-line = Date: { $date }
letter-reference-line = Reference: { $reference }
letter-subject-line = Subject: { $subject }
letter-signatory-role = Grant officer, { $office }
letter-yours-sincerely = Yours sincerely,
letter-yours-faithfully = Yours faithfully,
letter-amount-column = Amount ({ $currency })

## Award letter

# Drawn at the foot of every page without shaping: Latin or Cyrillic letters and digits only.
letter-award-footer = Award letter { $reference } · page { $page } of { $pages }
letter-award-document = Award letter
letter-award-subject = Award of a grant under the call “{ $call }”
letter-award-to = To:
letter-award-greeting = Dear partners,
letter-award-intro = We are pleased to inform you that { $office } awards your organisation a grant of { $amount } { $currency } ({ $amount_words }) for the project “{ $project }”, submitted under the call “{ $call }”. The grant is paid in the tranches set out below, each on its due date once its condition is met.
letter-award-tranches = Tranches
letter-award-tranche-number = No.
letter-award-due-date = Due date
letter-award-condition = Condition
letter-award-obligations = Reporting obligations
letter-award-obligation = { $report }, due on { $date }
letter-award-no-obligations = This award carries no reporting obligation beyond the general conditions below.
letter-award-conditions = General conditions
letter-award-conditions-text = The grant may be used only for the activities and budget approved in your application. Narrative and financial reports are due on the dates above, and a tranche is paid only once the reports due before it have been received. You must notify { $office } in writing without delay of any change to the project, its budget, its timetable or your organisation that may affect the grant. { $office } may suspend or terminate the grant, and ask for unspent or misused funds to be returned, if these conditions are not met.
letter-award-acceptance = Acceptance
letter-award-acceptance-text = To accept this award, sign in to grantdesk and accept the terms of award { $reference } within 30 days of the date of this letter. The award takes effect on your acceptance; the first tranche is not paid before it.
letter-report-interim_narrative = Interim narrative report
letter-report-interim_financial = Interim financial report
letter-report-final_narrative = Final narrative report
letter-report-final_financial = Final financial report

## Sponsorship and visa-support letter

letter-sponsorship-footer = Sponsorship letter { $reference } · page { $page } of { $pages }
letter-sponsorship-document = Sponsorship letter
letter-sponsorship-subject = Invitation and sponsorship to attend “{ $event }”
letter-sponsorship-heading = Invitation, sponsorship and visa support to attend “{ $event }”
letter-sponsorship-to = To: the embassy or consulate concerned
letter-sponsorship-greeting = To whom it may concern,
letter-sponsorship-invitation = { $office } invites the person named below to attend “{ $event }” ({ $place }, { $dates }) and sponsors their participation as set out in this letter.
letter-sponsorship-traveller = Traveller
letter-field-full-name = Full name as in the passport
letter-field-nationality = Nationality
letter-field-organisation = Organisation
letter-field-organisation-country = Country of the organisation
letter-field-role = Role in the organisation
letter-field-origin = Travelling from
letter-sponsorship-stay = The traveller is expected to arrive on { $arrival } and to depart on { $departure } ({ $nights ->
    [0] a same-day visit
    [one] one night
   *[other] { $nights_shown } nights
}).
letter-sponsorship-covered = What the sponsorship covers
letter-sponsorship-item = Item
letter-sponsorship-total = Total
letter-sponsorship-amounts = The sponsorship amounts to { $total } { $currency } ({ $total_words }). An advance of { $percent } of this amount, { $advance } { $currency }, is paid before travel; the balance is paid after the traveller’s attendance has been confirmed and the costs have been reconciled.
letter-sponsorship-visa = Visa support
letter-sponsorship-visa-text = { $office } kindly asks the competent authorities to facilitate the issue of the visa the traveller needs to travel to { $city }, { $country } for the dates stated above. Any enquiry about this letter should quote its reference, { $reference }.
letter-covered-nights = { $nights ->
    [one] one night
   *[other] { $nights_shown } nights
}
letter-covered-dsa = Daily subsistence allowance: { $nights } at { $rate } { $currency }
letter-covered-dsa-reduced = Daily subsistence allowance: { $nights } at { $percent } of { $rate } { $currency } (after 60 nights)
letter-covered-terminal = Terminal expenses ({ $ends_shown } journey ends)
letter-covered-airfare = Return airfare from { $city }
letter-covered-extra-nights = Including { $nights } beyond the authorised travel period, authorised: { $reason }
letter-covered-local = No subsistence allowance or terminal expenses: the traveller lives in the event’s area
letter-covered-unpaid = { $nights } outside the authorised travel period, not covered
