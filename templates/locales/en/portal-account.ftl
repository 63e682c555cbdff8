# The portal's account pages: signing in with a second factor, email verification,
# forgotten passwords, settings, sessions and notifications.

portal-nav-notifications = { $count ->
    [0] Notifications
    [100] Notifications (99+ unread)
   *[other] Notifications ({ $count } unread)
}
portal-nav-settings = Settings
portal-go-to-account = Go to your account

portal-code-title = Enter your security code
portal-code-lead = Your account is protected by two-factor sign-in. Open your authenticator app and enter the code it shows for grantdesk.
portal-field-code = Security code
portal-field-code-hint = The 6 digits your app shows, or one of your recovery codes if you do not have your phone.
portal-code-button = Continue
portal-code-start-again = Start signing in again
portal-code-missing = Enter the code from your authenticator app
portal-code-wrong = The code is wrong or was already used. Enter the newest code your app shows

portal-verify-title = Confirm your email address
portal-verify-lead = Confirm that this is your email address, so that the office can write to you about your applications.
portal-verify-button = Confirm my email address
portal-verified-title = Email address confirmed
portal-verified-text = Thank you. Your organisation can now submit applications and sponsorship requests.
portal-verify-banner-title = Confirm your email address
portal-verify-banner-text = We sent a link to { $email }. Follow it to confirm your address: you cannot submit an application until you do.
portal-verify-banner-resend = Send me a new link
portal-verify-sent-title = We sent you a new link
portal-verify-sent-text = Check your email and follow the link to confirm your address. Earlier links no longer work. The link works for 7 days.

portal-forgot-link = Forgot your password?
portal-forgot-title = Reset your password
portal-forgot-lead = Enter the email address of your account. We will send you a link to choose a new password.
portal-forgot-button = Send the link
portal-forgot-sent-title = Check your email
portal-forgot-sent-text = If an account uses this address, we have sent it a link to choose a new password. The link works for 1 hour.
portal-forgot-sent-later = If nothing arrives within a few minutes, check your spam folder, or ask for a new link.
portal-reset-title = Choose a new password
portal-reset-button = Save the new password
portal-reset-done-title = Your password has been changed
portal-reset-done-text = Every device signed in to your account has been signed out. Sign in with your new password.

portal-link-invalid-title = This link does not work
portal-link-invalid-text = A link from an email works only once, and only until it expires. A newer link also replaces the older ones.
portal-link-invalid-verify = Sign in and ask for a new link from your account page.
portal-link-invalid-reset = Ask for a new link to reset your password.

portal-settings-title = Settings
portal-settings-change = Change
portal-settings-back = Back to settings
portal-settings-save = Save
portal-settings-language = Language
portal-settings-language-missing = Choose a language
portal-settings-email-verified = Confirmed
portal-settings-email-unverified = Not confirmed
portal-settings-two-factor = Two-factor sign-in
portal-settings-two-factor-on = On
portal-settings-two-factor-off = Off
portal-settings-done-language = Your language has been saved.
portal-settings-done-password = Your password has been changed. Other devices have been signed out.
portal-settings-done-two-factor-on = Two-factor sign-in is on.
portal-settings-done-two-factor-off = Two-factor sign-in is off.
portal-settings-done-session-ended = The session has been signed out.
portal-settings-password-title = Change your password
portal-settings-password-lead = Every other device signed in to your account will be signed out.
portal-settings-password-button = Change password
portal-settings-password-wrong = Enter your current password
portal-field-current-password = Current password
portal-settings-sessions = Where you are signed in
portal-settings-sessions-lead = If you do not recognise a session, sign it out and change your password.
portal-settings-session-kind = Session
portal-settings-session-client = Network address
portal-settings-session-started = Signed in
portal-settings-session-used = Last used
portal-settings-session-action = Action
portal-settings-session-browser = Web browser
portal-settings-session-api = Program (API)
portal-settings-session-current = This browser
portal-settings-session-end = Sign out

portal-two-factor-title = Two-factor sign-in
portal-two-factor-required = Your role needs two-factor sign-in. Set it up to continue.
portal-two-factor-off-lead = With two-factor sign-in, a stolen password is not enough to sign in to your account: you also enter a code from an authenticator app on your phone.
portal-two-factor-enrol-button = Set up two-factor sign-in
portal-two-factor-step-app = Install an authenticator app on your phone, if you do not have one.
portal-two-factor-step-scan = Scan this QR code with the app.
portal-two-factor-qr-label = QR code to scan with your authenticator app
portal-two-factor-step-type = If you cannot scan it, type this key in the app instead:
portal-two-factor-step-code = Enter the 6-digit code the app shows.
portal-field-app-code = Code from your app
portal-field-app-code-hint = 6 digits, for example 123456.
portal-two-factor-confirm-button = Turn on two-factor sign-in
portal-two-factor-on-lead = When you sign in, you enter a code from your authenticator app after your password.
portal-two-factor-disable-title = Turn off two-factor sign-in
portal-two-factor-disable-button = Turn off two-factor sign-in
portal-recovery-title = Two-factor sign-in is on
portal-recovery-lead = Keep these recovery codes somewhere safe. If you lose your phone, each code lets you sign in once.
portal-recovery-once = This is the only time we show them.
portal-recovery-continue = I have kept my recovery codes

portal-notifications-title = Notifications
portal-notifications-unread = { $count ->
    [0] You have no unread notifications.
    [100] You have more than 99 unread notifications.
    [one] You have 1 unread notification.
   *[other] You have { $count } unread notifications.
}
portal-notifications-new = Unread
portal-notifications-mark-read = Mark as read
portal-notifications-none = You have no notifications yet.
portal-notifications-pages = Pages of notifications
portal-notifications-newer = Newer notifications
portal-notifications-older = Older notifications
portal-dashboard-unread = { $count ->
    [one] You have 1 unread notification
   *[other] You have { $count } unread notifications
}

portal-members-title = Members
portal-members-since = Member since
portal-members-waiting = Invitations waiting for an answer
portal-members-expires = until
portal-members-invite-title = Invite someone
portal-members-invite-hint = We will email them an invitation. They accept it signed in with this address.
portal-members-invite-button = Send the invitation
portal-members-invited = The invitation has been sent.
