# The officers' calls in the staff workspace: the list, a call's page, its terms, the
# application form builder and its preview, publishing, closing and cancelling.

staff-calls-title = Calls
staff-calls-caption = Call
staff-calls-back-list = Back to the calls
staff-calls-back-call = Back to the call
staff-calls-new = Create a call
staff-calls-filter-status = Status
staff-calls-filter-all = All statuses
staff-calls-filter-apply = Show
staff-calls-table-caption = { $count ->
    [one] One call
   *[other] { $count } calls
}
staff-calls-column-title = Call
staff-calls-column-status = Status
staff-calls-column-dates = Dates
staff-calls-column-budget = Budget
staff-calls-column-pipeline = Applications
staff-calls-opens = Opens
staff-calls-closes = Closes
staff-calls-applications = { $count ->
    [one] One application
   *[other] { $count } applications
}
staff-calls-pipeline-entry = { $status }: { $count }
staff-calls-pages = Pages of calls
staff-calls-previous = Previous page
staff-calls-next = Next page
staff-calls-none = No calls match.

staff-calls-status-draft = Draft
staff-calls-status-open = Open
staff-calls-status-closed = Closed
staff-calls-status-decided = Decided
staff-calls-status-cancelled = Cancelled

staff-calls-done-created = The call is saved as a draft. Build its application form, then publish it.
staff-calls-done-saved = The call's terms are saved.
staff-calls-done-published = The call is published: applicants can read it and apply.
staff-calls-done-closed = The call is closed: no more applications can be submitted.
staff-calls-done-cancelled = The call is cancelled. Applicants read the reason you gave.
staff-calls-cancel-reason = Why it was cancelled:
staff-calls-edit = Change the terms
staff-calls-build-form = Build the application form
staff-calls-preview = Preview the form as applicants see it
staff-calls-ranking = Ranking
staff-calls-assign = Assign reviewers
staff-calls-public-page = The call's public page
staff-calls-action-publish = Publish
staff-calls-action-close = Close to applications
staff-calls-action-cancel = Cancel the call
staff-calls-pipeline-heading = Pipeline
staff-calls-pipeline-title = Applications by status
staff-calls-pipeline-status = Status
staff-calls-pipeline-count = Applications
staff-calls-budget-heading = Budget
staff-calls-budget-title = Budget of { $ceiling }
staff-calls-budget-part = Part
staff-calls-budget-amount = Amount
staff-calls-budget-paid = Paid
staff-calls-budget-committed = Awarded, not yet paid
staff-calls-budget-available = Available
staff-calls-details-heading = Terms
staff-calls-form-questions = Application form
staff-calls-question-count = { $count ->
    [0] No questions yet
    [one] One question
   *[other] { $count } questions
}

staff-calls-confirm-keep = Go back without changing anything
staff-calls-confirm-publish-title = Publish this call?
staff-calls-confirm-publish-body = Once published, anyone can read the call and organisations can apply. Its terms can no longer change, and its form can only gain optional questions.
staff-calls-confirm-publish-button = Publish the call
staff-calls-confirm-no-form = This call has no application form: applicants will only give their project, summary and budget.
staff-calls-confirm-close-title = Close this call to applications?
staff-calls-confirm-close-body = No more applications can be submitted, even before the closing date. Screening and review go on. This cannot be undone.
staff-calls-confirm-close-button = Close the call
staff-calls-confirm-cancel-title = Cancel this call?
staff-calls-confirm-cancel-body = The call is withdrawn: nobody can apply, and applications already made go no further. This cannot be undone.
staff-calls-confirm-cancel-button = Cancel the call
staff-calls-cancel-reason-label = Why is the call cancelled?
staff-calls-cancel-reason-hint = Applicants read this reason.
staff-calls-error-reason = Say why the call is cancelled

staff-calls-new-title = Create a call
staff-calls-edit-title = Change the call's terms
staff-calls-terms-locked = This call is { $status }: its terms are final and can no longer change.
staff-calls-about-heading = About the call
staff-calls-field-title = Title
staff-calls-field-description = Description
staff-calls-description-hint = What the call funds and why. Leave a blank line between paragraphs.
staff-calls-field-themes = Themes
staff-calls-themes-hint = Select every theme the call funds.
staff-calls-criteria-heading = Eligibility criteria
staff-calls-criteria-hint = Each criterion an organisation must meet, as applicants will read it. Leave a row empty to skip it; save to get more rows.
staff-calls-criterion-label = Criterion { $number }
staff-calls-rubric-heading = Scoring rubric
staff-calls-rubric-hint = What reviewers score, how much each criterion weighs (above 0, at most 1000) and its scale of scores.
staff-calls-rubric-legend = Scoring criterion { $number }
staff-calls-rubric-label = Scoring criterion { $number }: { $part }
staff-calls-rubric-description = what is scored
staff-calls-rubric-weight = weight
staff-calls-rubric-min = lowest score
staff-calls-rubric-max = highest score
staff-calls-money-heading = Money
staff-calls-field-currency = Currency
staff-calls-choose-currency = Choose a currency
staff-calls-field-budget = Budget of the call
staff-calls-amount-hint = In the call's currency, for example 250000.00
staff-calls-field-min-grant = Smallest grant
staff-calls-field-max-grant = Largest grant
staff-calls-dates-heading = Dates
staff-calls-field-opens-date = Opening date
staff-calls-field-opens-time = Opening time
staff-calls-field-closes-date = Closing date
staff-calls-field-closes-time = Closing time
staff-calls-date-hint = Year, month and day, for example 2027-03-15
staff-calls-time-hint = 24-hour clock, for example 17:00
staff-calls-field-zone = Time zone of these times
staff-calls-zone-hint = The offset from UTC where the times above are read. Pages show them in UTC and in each reader's time.
staff-calls-field-appeal-days = Days to appeal a decision
staff-calls-appeal-hint = From 0 to 365
staff-calls-field-blind-review = Reviewers do not see who applied (blind review)
staff-calls-save-draft = Save the draft

staff-calls-error-title = Enter the call's title
staff-calls-error-description = Enter a description of the call
staff-calls-error-themes = Select at least one theme
staff-calls-error-criteria = Enter at least one eligibility criterion
staff-calls-error-rubric = Enter at least one scoring criterion
staff-calls-error-weight = Enter a weight above 0 and at most 1000, with at most 4 decimals, like 0.4
staff-calls-error-score = Enter a whole number of points, like 5
staff-calls-error-currency = Choose the call's currency
staff-calls-error-budget = Enter the budget as an amount, like 250000.00
staff-calls-error-min-grant = Enter the smallest grant as an amount, like 5000.00
staff-calls-error-max-grant = Enter the largest grant as an amount, like 25000.00
staff-calls-error-instant = Enter the date as year-month-day and the time as hours:minutes
staff-calls-error-closes = The closing date must be after the opening date
staff-calls-error-zone = Choose a time zone from the list
staff-calls-error-appeal-days = Enter the days to appeal as a whole number, like 14

staff-calls-builder-title = Application form
staff-calls-builder-open = This call is { $status }: applicants are answering its questions, so they can no longer change. You can still add optional questions at the end.
staff-calls-builder-caption = { $count ->
    [one] One question, in the order applicants answer it
   *[other] { $count } questions, in the order applicants answer them
}
staff-calls-builder-number = No.
staff-calls-builder-question = Question
staff-calls-builder-answer = Answer
staff-calls-builder-change = Change
staff-calls-builder-section = Section: { $section }
staff-calls-builder-up = Move up
staff-calls-builder-down = Move down
staff-calls-builder-make-required = Make required
staff-calls-builder-make-optional = Make optional
staff-calls-builder-remove = Remove
staff-calls-builder-empty = The form has no questions yet.
staff-calls-builder-add = Add a question
staff-calls-builder-add-button = Add the question
staff-calls-condition = Only when “{ $question }” is “{ $answer }”
staff-calls-question-problem = Question { $number }: { $problem }
staff-calls-new-label = Question
staff-calls-new-help = Help text (optional)
staff-calls-new-help-hint = Shown under the question.
staff-calls-new-kind = Kind of answer
staff-calls-new-options = Choices
staff-calls-new-options-hint = For a choice question: one choice a line, at least two.
staff-calls-new-section = Section (optional)
staff-calls-new-section-hint = Questions of one section share a page. Leave it empty to put the question on the page before it.
staff-calls-new-condition = Show the question
staff-calls-new-condition-hint = A question can depend on the answer to an earlier yes/no or single-choice question.
staff-calls-new-condition-always = Always
staff-calls-new-required = Applicants must answer it (when it is shown)
staff-calls-error-kind = Choose the kind of answer
staff-calls-error-options = Enter at least two choices, one a line
staff-calls-error-condition = Choose when the question shows from the list
staff-calls-error-button = That question is no longer on the form; reload the page

staff-calls-kind-short-text = Short text
staff-calls-kind-long-text = Long text
staff-calls-kind-number = Number
staff-calls-kind-amount = Amount of money
staff-calls-kind-date = Date
staff-calls-kind-single-choice = One choice
staff-calls-kind-multiple-choice = Several choices
staff-calls-kind-yes-no = Yes or no
staff-calls-kind-email = Email address
staff-calls-kind-url = Web address
staff-calls-kind-file = Files

staff-calls-preview-title = Preview of the application form
staff-calls-preview-lead = This is what applicants see, page by page, after their project details. Nothing typed here is kept.

staff-calls-field-regions = Regions
staff-calls-regions-hint = Tick the regions whose organisations may apply. Tick none if the call is open to every region.
staff-calls-limit-date-between = From { $from } to { $until }
staff-calls-limit-date-from = On or after { $from }
staff-calls-limit-date-until = On or before { $until }
