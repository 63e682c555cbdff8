# Emails and in-app notices: a greeting, the text of what happened, the facts under it
# (label: value), the sign-off. `$title` is what the notice is about (an application's
# title, an award's reference, a traveller's name), written as it was typed.

email-greeting = Dear { $name },
email-signoff =
    Kind regards,
    The grants office

## Labels of the facts under a notice

email-label-reference = Reference
email-label-requested = Amount requested
email-label-summary = Summary
email-label-answers = Questions answered
email-label-failed-criteria = Criteria not met
email-label-reasons = Reasons
email-label-amount = Amount
email-label-next-step = Next step
email-label-deadline = Deadline
email-label-grounds = Grounds
email-label-report = Report
email-label-payment-reference = Payment reference
email-label-paid-on = Paid on
email-label-matches = Possible matches
email-label-event = Event
email-label-entitlement = Entitlement
email-label-appeal = Appeal

## Next steps

email-next-accept-award = Read the award letter and accept its terms in grantdesk.
email-next-appeal =
    You may appeal within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of this finding, stating your grounds.
email-next-wait-review = Reviewers will now assess the application; you will be told of the decision.
email-next-approve = The requester cannot approve it: another finance user must.
email-next-adjudicate = Each possible match needs an officer's finding: a name match is never a rejection by itself.

## Notices, one subject and one text per kind

email-application-submitted-subject = Application received: { $title }
email-application-submitted-body = We have received your application "{ $title }". This is your receipt; a summary of what you submitted follows.
email-application-eligible-subject = Application found eligible: { $title }
email-application-eligible-body = Your application "{ $title }" meets the call's eligibility criteria and goes on to review.
email-application-ineligible-subject = Application found ineligible: { $title }
email-application-ineligible-body = Your application "{ $title }" does not meet the call's eligibility criteria, for the reasons below.
email-application-awarded-subject = Grant awarded: { $title }
email-application-awarded-body = We are pleased to tell you that your application "{ $title }" has been awarded a grant. The reasons of the decision are below; the award letter follows.
email-application-rejected-subject = Decision on your application: { $title }
email-application-rejected-body = We regret to tell you that your application "{ $title }" has not been selected, for the reasons below.
email-appeal-filed-subject = Appeal filed: { $title }
email-appeal-filed-body = The applicant has appealed the finding on "{ $title }". An officer other than the one who made the finding resolves it.
email-appeal-upheld-subject = Appeal decided: { $title }
email-appeal-upheld-body = Your appeal on "{ $title }" has been considered and the finding stands, for the reasons below.
email-appeal-overturned-subject = Appeal granted: { $title }
email-appeal-overturned-body = Your appeal on "{ $title }" has been granted: the application goes back to review.
email-review-assigned-subject = New application to review: { $title }
email-review-assigned-body = You have been asked to review the application "{ $title }". If you have a conflict of interest, declare it before you read further.
email-conflict-declared-subject = Conflict of interest declared: { $title }
email-conflict-declared-body = A reviewer has declared a conflict of interest with "{ $title }" and no longer reviews it: another reviewer is needed.
email-award-letter-ready-subject = Your award letter is ready: { $title }
email-award-letter-ready-body = The award { $title } and its letter are ready. The grant starts once your organisation accepts its terms.
email-award-accepted-subject = Award accepted: { $title }
email-award-accepted-body = The organisation has accepted the terms of award { $title }; it is now active.
email-report-submitted-subject = Report submitted: { $title }
email-report-submitted-body = The organisation has submitted a report on award { $title }; it is waiting to be received.
email-report-received-subject = Report received: { $title }
email-report-received-body = The office has received your report on award { $title }. Thank you.
email-disbursement-requested-subject = Payment to approve: { $title }
email-disbursement-requested-body = A payment of { $title } has been requested and waits for approval.
email-disbursement-paid-subject = Payment made: { $title }
email-disbursement-paid-body = A payment of { $title } has been made to your organisation.
email-diligence-match-subject = Sanctions screening to adjudicate: { $title }
email-diligence-match-body = Screening "{ $title }" against the UN Security Council Consolidated List found possible matches.
email-risk-second-approval-subject = Second approval needed: { $title }
email-risk-second-approval-body = The do-no-harm risk assessment of "{ $title }" has a high residual risk and has had its first approval: it needs a second officer's.
email-sponsorship-approved-subject = Sponsorship approved: { $title }
email-sponsorship-approved-body = The sponsorship request for { $title } has been approved. The sponsorship and visa-support letter can now be downloaded.
email-sponsorship-rejected-subject = Sponsorship not approved: { $title }
email-sponsorship-rejected-body = The sponsorship request for { $title } has not been approved, for the reasons below.
email-sponsorship-waitlisted-subject = Sponsorship on the waitlist: { $title }
email-sponsorship-waitlisted-body = The sponsorship request for { $title } is on the waitlist: it will be approved if room is freed in the budget.
email-sponsorship-promoted-subject = Sponsorship approved from the waitlist: { $title }
email-sponsorship-promoted-body = Room was freed in the budget: the sponsorship request for { $title } has been approved.

## The daily digest

email-digest-subject =
    { $count ->
        [one] { $count } notification is waiting for you
       *[other] { $count } notifications are waiting for you
    }
email-digest-body =
    { $count ->
        [one] Since the last digest, one thing needs your attention:
       *[other] Since the last digest, { $count } things need your attention:
    }

## Reminders and account messages: the text around each template's `detail`
## (`templates/email/<rule>.txt` lays them out). `$due` is a date written in the reader's
## language, `$office` the office's name.

email-regards = With kind regards,
email-call-closing-subject = Reminder: the call "{ $title }" closes on { $due }
email-call-closing-body = Your organisation has a draft application under the call "{ $title }", which closes on { $due }. A draft that is not submitted by then cannot be considered.
email-review-overdue-subject = Your review of "{ $title }" is overdue
email-review-overdue-body = You were assigned to review the application "{ $title }" on { $due } and we have not yet received your scores. Please submit your review, or declare a conflict of interest if you cannot review it.
email-report-due-subject = Report due on { $due }: { $title }
email-report-due-body = The { $title } is due on { $due }. Tranches that depend on this report are paid once it is received.
email-diligence-expiring-subject = Due diligence of { $title } expires on { $due }
email-diligence-expiring-body = The due-diligence assessment of { $title } stays valid until { $due }. No award can be made to the organisation after that date until a new assessment is completed.
email-disbursement-awaiting-approval-subject = A disbursement waits for your approval: { $title }
email-disbursement-awaiting-approval-body = A disbursement ({ $title }) was requested on { $due } and still waits for the approval of a second finance officer.
email-appeal-window-closing-subject = The appeal window for "{ $title }" closes on { $due }
email-appeal-window-closing-body = The decision (or eligibility finding) on your application "{ $title }" may be appealed until { $due }. After that date the decision is final.
email-sponsorship-deadline-subject = Sponsorship requests for "{ $title }" close on { $due }
email-sponsorship-deadline-body = Your organisation has a draft request for travel sponsorship to "{ $title }". Requests close on { $due }; a draft that is not submitted by then cannot be considered.
email-invitation-subject = Invitation to join { $title } on grantdesk
email-invitation-body = A member of { $title } invites you to join the organisation on grantdesk, where its members apply for grants and report on them together.
email-invitation-after = The invitation expires on { $due }. If you do not know this organisation, decline it or ignore this message: nothing changes until you accept.
email-password-reset-subject = Reset your grantdesk password
email-password-reset-body = Someone asked to reset the password of your grantdesk account. If it was you, choose a new password here:
email-password-reset-after = The link works once, until { $due }. If you did not ask, ignore this message: your password stays as it is.
email-set-password-subject = Your grantdesk account: choose a password
email-set-password-body = An administrator of { $office } created a grantdesk account for you. Choose your password here:
email-set-password-after = The link works once, until { $due }. If you did not expect this account, tell the office.
email-verify-email-subject = Confirm your email address for grantdesk
email-verify-email-body = Please confirm that this is your email address, so that { $office } can reach you about your applications:
email-verify-email-after = The link works until { $due }. If you did not ask for a grantdesk account, ignore this message.
email-security-notice-subject = Security notice: { $title }
email-security-notice-when = When: { $due }.
email-security-notice-after = If this was you, there is nothing to do. If it was not, reset your password at once and tell { $office }.
