# Wording that services used to write in English in code: security notices, the links and
# invitations sent by email, and the titles and details of reminders and notices.

## Security notices: a short name of the change (the subject reads "Security notice: ...")
## and a sentence on what happened.
notice-password-changed = password changed
notice-password-changed-by-link = The password of your grantdesk account was changed with a link sent to this address; every session was signed out.
notice-password-changed-signed-in = The password of your grantdesk account was changed by someone signed in to it; every session was signed out.
notice-email-changed = email address changed
notice-email-changed-detail = The email address of your grantdesk account was changed from { $before } to { $after }.
notice-email-change-requested = email change requested
notice-email-change-requested-detail = Someone signed in to your grantdesk account asked to change its email address to { $email }. The change happens only once a link sent there is followed.
notice-mfa-on = two-factor sign-in turned on
notice-mfa-on-detail = Two-factor sign-in was turned on for your grantdesk account.
notice-mfa-off = two-factor sign-in turned off
notice-mfa-off-detail = Two-factor sign-in was turned off for your grantdesk account.
notice-new-sign-in = new sign-in
notice-new-sign-in-detail = Your grantdesk account was signed in to from a new client ({ $client }).

## Links sent by email (password reset, first password, email verification).
notice-link-detail =
    { $link }
    (Programs send the token to POST { $endpoint }.)

## A report owed under an award, as notices name it.
notice-report-label = { $kind ->
        [interim_narrative] Interim narrative report
        [interim_financial] Interim financial report
        [final_narrative] Final narrative report
       *[final_financial] Final financial report
    } no. { $number }

## Reminders.
reminder-report-title = { $kind ->
        [interim_narrative] Interim narrative report
        [interim_financial] Interim financial report
        [final_narrative] Final narrative report
       *[final_financial] Final financial report
    } of award { $award }
reminder-report-detail = Submit it from the award's page in grantdesk.
reminder-appeal-detail = An appeal states the grounds on which the finding should be reviewed.
reminder-disbursement-title = { $amount } to { $payee }
reminder-disbursement-detail = The requester cannot approve it: four eyes see every payment.

## Field messages of accounts.
field-email-invalid = is not a valid email address
field-password-short = must be at least { $min } characters
field-password-long = must be at most { $max } characters
