# The web portal's pages (`templates/portal/`). Plain words, as the GOV.UK style guide asks.

portal-product = grantdesk
portal-skip-to-content = Skip to main content
portal-nav-label = Main menu
portal-nav-calls = Funding calls
portal-nav-dashboard = Your account
portal-nav-sign-out = Sign out
portal-nav-sign-in = Sign in
portal-nav-register = Create an account
portal-languages-label = Language
portal-language-en = English
portal-language-fr = Français
portal-language-es = Español
portal-language-ar = العربية
portal-language-ru = Русский
portal-language-zh = 中文
portal-footer-office = Run by { $office }.
portal-footer-api = API for developers
portal-local-time = your time:
portal-back-home = Go to the home page

portal-error-summary-title = There is a problem
portal-error-prefix = Error:
portal-error-title-prefix = Error:
portal-not-found-title = Page not found
portal-not-found-detail = If you typed the web address, check it is correct. If you followed a link, it may have expired or you may not have access to it.

portal-home-title = Funding for civil society
portal-home-lead = Find a funding call that fits your organisation's work, or ask for travel sponsorship to a conference.
portal-home-open-calls = { $count ->
    [one] 1 call open for applications
   *[other] { $count } calls open for applications
}
portal-home-no-open-calls = No call is open for applications at the moment. Come back later.
portal-home-events = { $count ->
    [one] 1 event open for sponsorship requests
   *[other] { $count } events open for sponsorship requests
}
portal-home-no-events = No event is open for sponsorship requests at the moment.
portal-event-requests-close = Requests close

portal-call-caption = Funding call
portal-call-open = Open
portal-call-not-accepting = Not accepting applications
portal-call-closed-at = Applications closed
portal-call-grant-range = Grant size
portal-call-budget = Total budget
portal-call-themes = Themes
portal-call-opens = Opens
portal-call-closes = Closes
portal-call-appeal-window = Appeals
portal-call-appeal-days = { $days ->
    [one] within 1 day of the decision
   *[other] within { $days } days of the decision
}
portal-call-review = Review
portal-call-blind-review = Reviewers do not see who applied.
portal-call-open-review = Reviewers see the organisation's name.
portal-call-eligibility = Who can apply
portal-call-scoring = How applications are scored
portal-call-rubric-caption = Scoring criteria and their weights
portal-call-criterion = Criterion
portal-call-weight = Weight
portal-call-scale = Score

portal-sign-in-title = Sign in
portal-sign-in-button = Sign in
portal-sign-in-no-account = No account yet?
portal-sign-in-wrong = Enter a correct email address and password
portal-field-email = Email address
portal-field-email-hint = We will only use it to tell you about your applications.
portal-field-password = Password
portal-field-new-password = Create a password
portal-field-password-hint = At least 10 characters. A few words you will remember are easier to type and hard to guess.
portal-field-full-name = Full name

portal-register-title = Create an account
portal-register-lead = Create an account to apply for funding or travel sponsorship on behalf of your organisation.
portal-register-button = Create account
portal-register-error-full-name = Enter your full name
portal-register-error-email = Enter an email address in the correct format, like name@example.org
portal-register-error-password = Enter a password of at least 10 characters

portal-dashboard-title = Your account
portal-dashboard-organisations = Your organisations
portal-dashboard-no-organisations = You are not a member of an organisation yet.
portal-dashboard-applications = Your applications
portal-dashboard-application = Application
portal-dashboard-status = Status
portal-dashboard-next = What happens next
portal-dashboard-no-applications = You have no applications yet.
portal-dashboard-find-calls = Find a funding call

portal-status-draft = Draft
portal-status-submitted = Submitted
portal-status-eligible = Eligible
portal-status-ineligible = Not eligible
portal-status-under-review = Being reviewed
portal-status-awarded = Awarded
portal-status-rejected = Not funded
portal-status-withdrawn = Withdrawn
portal-status-appealed = Appeal in progress
portal-next-draft = Finish your answers and submit before the call closes.
portal-next-submitted = We will check that your organisation is eligible.
portal-next-eligible = Reviewers will score your application.
portal-next-ineligible = You can appeal while the appeal window is open.
portal-next-under-review = Reviewers are scoring your application; we will tell you the decision.
portal-next-awarded = Read and accept the award letter.
portal-next-rejected = You can appeal while the appeal window is open.
portal-next-withdrawn = Nothing more will happen to this application.
portal-next-appealed = An officer who did not take the decision is looking at your appeal.

portal-instant = { $day } { $month } { $year }, { $time } UTC
portal-date = { $day } { $month } { $year }
portal-month-1 = January
portal-month-2 = February
portal-month-3 = March
portal-month-4 = April
portal-month-5 = May
portal-month-6 = June
portal-month-7 = July
portal-month-8 = August
portal-month-9 = September
portal-month-10 = October
portal-month-11 = November
portal-month-12 = December

portal-theme-gender = Gender equality
portal-theme-youth = Youth
portal-theme-human-rights = Human rights
portal-theme-pillar1-conditions-conducive = Pillar I: conditions conducive to the spread of terrorism
portal-theme-pillar2-preventing-combating = Pillar II: preventing and combating terrorism
portal-theme-pillar3-capacity-building = Pillar III: building States’ capacity
portal-theme-pillar4-human-rights-rule-of-law = Pillar IV: human rights and the rule of law
portal-list-separator = {", "}
