# The admins' pages of the staff workspace: staff users, the sanctions list and the outbox.

staff-admin-role-officer = Grant officer
staff-admin-role-reviewer = Reviewer
staff-admin-role-finance = Finance
staff-admin-role-admin = Administrator
staff-admin-role-applicant = Applicant

staff-users-title = Staff users
staff-users-lead = Everyone who works in the office's workspace, with their roles and how they sign in.
staff-users-count = { $count ->
    [one] One staff user
   *[other] { $count } staff users
}
staff-users-col-name = Name
staff-users-col-email = Email address
staff-users-col-roles = Roles
staff-users-col-status = Account
staff-users-col-mfa = Two-factor sign-in
staff-users-col-last-sign-in = Last sign-in
staff-users-active = Active
staff-users-deactivated = Deactivated
staff-users-mfa-on = Set up
staff-users-mfa-off = Not set up
staff-users-never = None on record
staff-users-invite-heading = Invite a member of staff
staff-users-invite-lead = They receive an email with a link to choose their password. The link is valid for 7 days.
staff-users-field-name = Full name
staff-users-field-email = Email address
staff-users-field-roles = Roles
staff-users-roles-hint = Select every role they need.
staff-users-invite-button = Send invitation
staff-users-error-name = Enter their full name
staff-users-error-email = Enter an email address in the correct format, like name@example.org
staff-users-error-roles = Select at least one role
staff-users-done-invited = The invitation was sent. It waits in the outbox until it is delivered.
staff-users-done-roles = The roles were changed.
staff-users-done-deactivated = The account was deactivated and every session it had was ended.
staff-users-done-reactivated = The account was reactivated. They sign in again with their password.
staff-user-title = { $name }
staff-user-created = Account created
staff-user-roles-heading = Change roles
staff-user-roles-button = Save roles
staff-user-access-heading = Access
staff-user-deactivate-lead = A deactivated account cannot sign in, and every session it has ends at once.
staff-user-deactivate-button = Deactivate account
staff-user-reactivate-lead = This account is deactivated. Reactivating it lets the person sign in again.
staff-user-reactivate-button = Reactivate account
staff-user-self-note = You cannot deactivate your own account or remove your own administrator role: another administrator does. So the office always keeps an administrator.
staff-user-confirm-title = Deactivate { $name }'s account?
staff-user-confirm-lead = { $name } will not be able to sign in, and every session they have ends now. Their records and history stay as they are. An administrator can reactivate the account later.
staff-user-confirm-button = Yes, deactivate the account
staff-user-cancel = No, go back
staff-user-back = Back to staff users

staff-sanctions-title = Sanctions list
staff-sanctions-lead = Organisations are screened against this list during due diligence. Loading a new list replaces the one in force.
staff-sanctions-status = Status
staff-sanctions-status-loaded = Loaded
staff-sanctions-status-none = No list loaded yet: due diligence cannot screen organisations until one is.
staff-sanctions-list = List
staff-sanctions-source = Source
staff-sanctions-source-value = United Nations Security Council Consolidated List (XML)
staff-sanctions-generated = Published by the source
staff-sanctions-generated-unknown = Not stated in the list
staff-sanctions-imported = Loaded
staff-sanctions-imported-by = Loaded by
staff-sanctions-imported-by-system = The command line or the demo
staff-sanctions-entries = Entries
staff-sanctions-upload-heading = Load a new list
staff-sanctions-field-file = List file
staff-sanctions-file-hint = The Consolidated List as XML (a CONSOLIDATED_LIST document), as the Security Council publishes it.
staff-sanctions-upload-button = Load list
staff-sanctions-error-file = Choose the list's XML file
staff-sanctions-error-unreadable = The file is not a readable Consolidated List: { $detail }. The list in force is unchanged.
staff-sanctions-done-loaded = The new list was loaded.

staff-outbox-title = Outbox
staff-outbox-lead = Emails the office sends. A message that failed can be tried again.
staff-outbox-filter = Show
staff-outbox-filter-all = Every message
staff-outbox-filter-button = Filter
staff-outbox-count = { $count ->
    [one] One message
   *[other] { $count } messages
}
staff-outbox-col-recipient = Recipient
staff-outbox-col-subject = Subject
staff-outbox-col-status = Status
staff-outbox-col-attempts = Attempts
staff-outbox-col-created = Queued
staff-outbox-col-times = Next attempt or sent
staff-outbox-col-action = Action
staff-outbox-status-queued = Queued
staff-outbox-status-sending = Sending
staff-outbox-status-sent = Sent
staff-outbox-status-failed = Failed
staff-outbox-status-in_app = Kept in the app
staff-outbox-last-error = Last error: { $error }
staff-outbox-retry-button = Try again
staff-outbox-none = No message in this list.
staff-outbox-done-retried = The message is queued again and goes with the next delivery.
staff-outbox-more = Older messages

outbox-retry-not-failed = Only a message whose delivery failed can be tried again
outbox-retry-ended = This message was not sent on purpose (it expired or no longer applies), so it cannot be tried again
staff-user-error-self-deactivate = You cannot deactivate your own account: another administrator does
