# Calendar feeds (`/calls/{id}/deadlines.ics`, `/me/deadlines.ics`): the name of a person's
# calendar and the summary and description of each deadline. Titles are data: never translated.

calendar-mine = My grantdesk deadlines
calendar-call-opens = Call opens: { $title }
calendar-call-opens-description = Applications to "{ $title }" open.
calendar-call-closes = Call closes: { $title }
calendar-call-closes-description = Applications to "{ $title }" must be submitted before this time; drafts are not considered.
calendar-draft-application = Your organisation has a draft application under this call.
calendar-report-due = Report due: { $title }
calendar-report-due-description = Submit it from the award's page in grantdesk.
calendar-appeal-window-closes = Appeal window closes: { $title }
calendar-appeal-window-closes-description = An appeal states the grounds on which the finding should be reviewed.
calendar-sponsorship-requests-close = Sponsorship requests close: { $title }
calendar-draft-sponsorship-request = Your organisation has a draft sponsorship request for this event.
calendar-diligence-expires = Due diligence expires: { $title }
calendar-diligence-expires-description = No award can be made to the organisation after this date without a new assessment.
