# The portal's pages for applying to a call, following an application, and an
# organisation's profile (`templates/portal/apply_*.html`, `application.html`,
# `withdraw.html`, `organisation_form.html`). Plain words, as the GOV.UK style guide asks.

portal-apply-start = Apply
portal-apply-project-title = About your project
portal-apply-no-organisation = To apply, you need to add the organisation you apply for first.
portal-apply-applying-for = You are applying for { $organisation }.
portal-apply-field-organisation = Organisation
portal-apply-field-title = Project title
portal-apply-field-summary = Project summary
portal-apply-summary-hint = In a few sentences: what you will do, with whom, and what will change.
portal-apply-budget = Budget
portal-apply-budget-hint = List what the money is for, one line each, in { $currency }. The total is the amount you ask for; grants range from { $range }.
portal-apply-line-description-heading = What the money is for
portal-apply-line-amount-heading = Amount ({ $currency })
portal-apply-line-description = Budget line { $number }: what the money is for
portal-apply-line-amount = Budget line { $number }: amount
portal-apply-total = Total requested
portal-apply-add-line = Add another line
portal-apply-save-continue = Save and continue
portal-apply-save-later = Save and come back later
portal-apply-back = Back
portal-apply-form = Your answers
portal-apply-page-of = Page { $number } of { $count }
portal-apply-optional = { $label } (optional)
portal-apply-yes = Yes
portal-apply-no = No
portal-apply-day = Day
portal-apply-month = Month
portal-apply-year = Year
portal-apply-choose-file = Upload a file for “{ $question }”
portal-apply-upload = Upload file
portal-apply-remove-file = Remove { $name }
portal-apply-problem = { $field }: { $problem }
portal-apply-error-amount = Enter an amount as a number, like 1500.00
portal-apply-error-organisation = Select the organisation you apply for
portal-apply-not-answered = Not answered

portal-apply-limit-chars = Up to { $max } characters.
portal-apply-limit-words = Up to { $max } words.
portal-apply-limit-amount = An amount in { $currency }, like 1500.00.
portal-apply-limit-between = A number from { $min } to { $max }.
portal-apply-limit-at-least = A number of at least { $min }.
portal-apply-limit-at-most = A number of at most { $max }.
portal-apply-limit-whole = A whole number.
portal-apply-limit-date = For example, 27 3 2027.
portal-apply-limit-date-between = A date from { $from } to { $until }, for example 27 3 2027.
portal-apply-limit-date-from = A date on or after { $from }, for example 27 3 2027.
portal-apply-limit-date-until = A date on or before { $until }, for example 27 3 2027.
portal-apply-limit-select-all = Select all that apply.
portal-apply-limit-select-up-to = Select up to { $max }.
portal-apply-limit-files = Accepted formats: { $formats }. { $count ->
    [one] One file
   *[other] Up to { $count } files
}, each of at most { $megabytes } MB.

portal-apply-check-title = Check your answers before submitting
portal-apply-change = Change
portal-apply-submit-heading = Now submit your application
portal-apply-submit-lead = By submitting you confirm that the answers are correct to the best of your knowledge. You cannot change them afterwards. The call closes
portal-apply-submit = Submit application
portal-apply-unverified-title = Confirm your email address first
portal-apply-resend = Send me a new link
portal-apply-resent = We have sent you a new link. Open it, then come back to this page and submit.

portal-apply-submitted-title = Application submitted
portal-apply-reference = Your reference number
portal-apply-submitted-lead = We have received “{ $title }” for { $call }, on
portal-apply-what-next = What happens next
portal-apply-what-next-detail = We will check that your organisation is eligible. Reviewers then score the application, and we will tell you the decision. You can follow each step on the application's page.
portal-apply-follow = Follow your application

portal-apply-closed-title = This call is closed
portal-apply-closed-at = Applications closed on
portal-apply-closed-why = Applications are accepted only until the deadline, which is the same for every organisation. A draft you started is kept, but it can no longer be submitted to this call.
portal-apply-not-open-title = This call is not open yet
portal-apply-not-open-detail = You can apply from
portal-apply-back-to-call = Go back to the call

portal-application-continue = Continue your application
portal-application-eligibility = Eligibility
portal-application-eligible = Your organisation meets the call's criteria:
portal-application-ineligible = Your organisation does not meet these criteria of the call:
portal-application-reason = Reason:
portal-application-decision = Decision
portal-application-appeal = Your appeal
portal-application-timeline = What has happened so far
portal-timeline-created = Application started
portal-timeline-submitted = Application submitted
portal-timeline-found-eligible = Found eligible
portal-timeline-found-ineligible = Found not eligible
portal-timeline-review-started = Review started
portal-timeline-awarded = Grant awarded
portal-timeline-rejected = Not funded
portal-timeline-appealed = Appeal filed
portal-timeline-appeal-upheld = Appeal decided: the decision stands
portal-timeline-appeal-overturned = Appeal decided: the decision is set aside
portal-timeline-withdrawn = Application withdrawn

portal-appeal-title = Appeal the decision
portal-appeal-lead = If you think the decision is wrong, you can appeal once. An officer who did not take the decision will look at it. You can appeal until
portal-appeal-grounds = Why the decision should change
portal-appeal-grounds-hint = Say which facts were missed or misread, and where the evidence is.
portal-appeal-submit = Send appeal
portal-appeal-filed = Filed
portal-appeal-error-grounds = Enter why the decision should change
portal-appeal-status-open = Being considered
portal-appeal-status-upheld = Decision stands
portal-appeal-status-overturned = Decision set aside

portal-withdraw-button = Withdraw application
portal-withdraw-title = Are you sure you want to withdraw this application?
portal-withdraw-warning = A withdrawn application cannot be submitted or restored. To apply again, start a new application before the call closes.
portal-withdraw-confirm = Yes, withdraw it
portal-withdraw-cancel = No, go back to the application
portal-withdraw-not-allowed = This application can no longer be withdrawn: a decision has been taken on it.

portal-organisation-new-title = Add your organisation
portal-organisation-edit-title = Your organisation's profile
portal-organisation-create = Add an organisation
portal-organisation-save = Save profile
portal-organisation-edit-link = Edit profile
portal-organisation-legal-name = Legal name
portal-organisation-legal-name-hint = As on your registration certificate, in any script.
portal-organisation-short-name = Short name
portal-organisation-short-name-optional = Short name or acronym (optional)
portal-organisation-country = Country where it is registered
portal-organisation-country-choose = Choose a country
portal-organisation-registration-number = Registration number
portal-organisation-registration-number-optional = Registration number (optional)
portal-organisation-year-founded = Year founded
portal-organisation-year-founded-optional = Year founded (optional)
portal-organisation-year-hint = For example, 2012.
portal-organisation-error-year = Enter the year as four digits, like 2012
portal-organisation-themes = What the organisation works on
portal-organisation-leadership = Leadership
portal-organisation-women-led = Led by women
portal-organisation-youth-led = Led by young people (aged 18 to 34)
