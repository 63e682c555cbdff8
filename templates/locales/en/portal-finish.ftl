# The portal's finishing touches: back to where you were after registering, the dashboard's deadlines and calendar link, invitations, notification preferences.

portal-finish-continue = Continue where you were

portal-finish-deadlines = Upcoming deadlines
portal-finish-no-deadlines = Nothing is due in the coming weeks.
portal-finish-calendar-hint = Your calendar app can subscribe to these deadlines and keep them up to date.
portal-finish-calendar-button = Get a calendar link
portal-finish-calendar-title = Your calendar link
portal-finish-calendar-text = Add this address to your calendar app as a subscription (in most apps: "Add calendar", then "From URL"). Your deadlines then appear there and stay up to date.
portal-finish-calendar-label = Calendar address
portal-finish-calendar-private = Keep it to yourself: anyone with this address can read your deadlines. Asking for a new link stops this one from working.

portal-finish-invitation-email-sign-in = To accept or decline, open this page and sign in as { $email }: { $link }
    The invitation is valid for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
portal-finish-invitation-email-register = You do not have a grantdesk account yet. Open this page, register with { $email }, then accept: { $link }
    The invitation is valid for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
portal-finish-invitation-caption = Invitation
portal-finish-invitation-title = Join an organisation
portal-finish-invitation-lead = You are invited to join
portal-finish-invitation-for = Invitation sent to
portal-finish-invitation-until = Answer before
portal-finish-invitation-sign-in-first = Sign in with the address the invitation was sent to, then accept it here.
portal-finish-invitation-accept = Accept and join
portal-finish-invitation-decline = Decline
portal-finish-invitation-joined = You are now a member of this organisation.
portal-finish-invitation-declined-title = Invitation declined
portal-finish-invitation-declined-text = You did not join the organisation. Its members can invite you again.

portal-finish-preferences-title = Notifications by email
portal-finish-preferences-summary = Choose which messages also come by email
portal-finish-preferences-lead = Every message is in your notifications in grantdesk. Choose which ones also come to you by email. Security notices and links you ask for always come by email.
portal-finish-preferences-by-email = Send me an email when
portal-finish-preferences-hint = Untick what you do not want by email: you will still see it here.
portal-finish-preferences-delivery = How emails are sent
portal-finish-preferences-each = One email per message
portal-finish-preferences-daily = One email a day listing them
portal-finish-preferences-saved = Your choices are saved.
portal-finish-kind-application_submitted = an application is submitted (the receipt)
portal-finish-kind-application_eligible = an application is found eligible
portal-finish-kind-application_ineligible = an application is found ineligible
portal-finish-kind-application_awarded = an application is awarded a grant
portal-finish-kind-application_rejected = an application is rejected
portal-finish-kind-appeal_upheld = an appeal is decided and the finding stands
portal-finish-kind-appeal_overturned = an appeal is granted
portal-finish-kind-award_letter_ready = an award letter is ready
portal-finish-kind-report_received = a report is received by the office
portal-finish-kind-disbursement_paid = a payment is made
portal-finish-kind-sponsorship_approved = a travel sponsorship is approved
portal-finish-kind-sponsorship_rejected = a travel sponsorship is declined
portal-finish-kind-sponsorship_waitlisted = a travel sponsorship is put on the waiting list
portal-finish-kind-sponsorship_promoted = a travel sponsorship comes off the waiting list
portal-finish-kind-call_closing = a call with a draft closes soon
portal-finish-kind-report_due = a report is due soon
portal-finish-kind-appeal_window_closing = an appeal window closes soon
portal-finish-kind-sponsorship_deadline = sponsorship requests for an event close soon
portal-finish-kind-invitation = someone invites me to an organisation
portal-finish-kind-appeal_filed = an appeal is filed
portal-finish-kind-review_assigned = an application is assigned to me for review
portal-finish-kind-conflict_declared = a reviewer declares a conflict of interest
portal-finish-kind-award_accepted = an organisation accepts an award
portal-finish-kind-report_submitted = an organisation submits a report
portal-finish-kind-disbursement_requested = a disbursement is requested
portal-finish-kind-diligence_match = screening finds a possible sanctions match
portal-finish-kind-risk_second_approval = a risk assessment needs a second approval
portal-finish-kind-review_overdue = a review is overdue
portal-finish-kind-diligence_expiring = due diligence expires soon
portal-finish-kind-disbursement_awaiting_approval = a disbursement waits for approval
