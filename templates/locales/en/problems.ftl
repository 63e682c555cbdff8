# Problems: the `title` and, where the code gives no catalogue message of its own, the
# `detail` of every problem+json answer (`src/error.rs`), then the messages of failing
# fields. English is the reference: every language has the same ids with the same variables.
#
# problem-<slug>-title: the short title of the kind.
# problem-<slug>-description: one sentence saying when it happens and what to do.

problem-unauthorized-title = Authentication required
problem-unauthorized-description = No valid access token was presented, or it has expired, or the credentials are wrong.

problem-forbidden-title = Forbidden
problem-forbidden-description = The caller is signed in but their role or membership does not allow this action.

problem-not-found-title = Not found
problem-not-found-description = The resource does not exist, or the caller may not know that it exists.

problem-malformed-request-title = Malformed request
problem-malformed-request-description = The request cannot be read: malformed JSON, a missing JSON content type, a bad path parameter or a method the path does not allow.

problem-validation-title = Invalid request
problem-validation-description = One or more fields are missing or invalid; `errors` names each with its JSON path.

problem-payload-too-large-title = Request body too large
problem-payload-too-large-description = The request body is larger than 1 MiB.

problem-too-many-requests-title = Too many requests
problem-too-many-requests-description = Too many attempts in a short time; `Retry-After` says when to try again.

problem-internal-title = Internal error
problem-internal-description = The service failed; the cause is logged with the request id and never shown.

problem-duplicate-title = Already exists
problem-duplicate-description = A record with the same unique values already exists.

problem-concurrent-change-title = Changed meanwhile
problem-concurrent-change-description = The record changed between reading and writing it; reload it and try again.

problem-publication-consent-required-title = Members' consent required
problem-publication-consent-required-description = Only the organisation's members consent to publishing its grants in full; an officer sets the lower policies.
problem-publication-consent-required-detail = only the organisation's members consent to full publication; an officer may set `anonymised`, `region_only` or `withheld`

problem-publication-lowered-by-officer-title = Policy lowered by an officer
problem-publication-lowered-by-officer-description = An officer lowered the organisation's publication policy for its safety; only an officer raises it again.
problem-publication-lowered-by-officer-detail = an officer set the policy to `{ $policy }` for the organisation's safety; ask an officer to raise it before consenting to more

problem-invalid-transition-title = Not possible in the current state
problem-invalid-transition-description = The action is not allowed from the record's current status; the detail says what must happen first.

problem-already-appealed-title = Already appealed
problem-already-appealed-description = The decision or finding has already been appealed once.

problem-already-assigned-title = Reviewer already assigned
problem-already-assigned-description = The reviewer is already assigned to this application.

problem-already-member-title = Already a member
problem-already-member-description = The account is already a member of the organisation.

problem-appeal-resolved-title = Appeal already resolved
problem-appeal-resolved-description = The appeal has already been upheld or overturned.

problem-appeal-window-closed-title = Appeal window closed
problem-appeal-window-closed-description = An appeal was filed after the call's appeal window ended.

problem-appeal-window-open-title = Appeal window still open
problem-appeal-window-open-description = The call cannot be decided while applicants may still appeal.

problem-application-not-draft-title = Application already submitted
problem-application-not-draft-description = An application can be edited only while it is a draft.

problem-approval-refused-title = Approval refused
problem-approval-refused-description = The approval is not allowed: the approver is not a second officer, or the assessment is not ready.

problem-assessment-completed-title = Assessment completed
problem-assessment-completed-description = A completed due-diligence assessment cannot change; open a new one.

problem-assessment-incomplete-title = Assessment incomplete
problem-assessment-incomplete-description = A due-diligence assessment cannot be completed while checklist items, screening or adjudication are missing.

problem-assessment-open-title = Assessment already open
problem-assessment-open-description = The organisation already has an open due-diligence assessment.

problem-award-not-active-title = Award not active
problem-award-not-active-description = Money moves only on an award that has been accepted and is not completed or terminated.

problem-award-not-finished-title = Award not finished
problem-award-not-finished-description = An award is completed only when its money is paid and its reports are received.

problem-award-preconditions-title = Award gate not met
problem-award-preconditions-description = An award needs valid due diligence and an approved do-no-harm risk assessment below critical.

problem-budget-exceeded-title = Budget exceeded
problem-budget-exceeded-description = The award or sponsorship would take the call's or event's total over its budget ceiling.

problem-call-cancelled-title = Call cancelled
problem-call-cancelled-description = The call was cancelled; its applications are closed.

problem-call-closed-title = Call closed
problem-call-closed-description = An application is created or submitted after the call's closing instant.

problem-call-closes-in-past-title = Closing date has passed
problem-call-closes-in-past-description = A call cannot be published with a closing instant in the past.

problem-call-decided-title = Call decided
problem-call-decided-description = The call is decided; its appeals are closed.

problem-call-not-draft-title = Call not a draft
problem-call-not-draft-description = Only a draft call can be changed.

problem-call-not-open-title = Call not open
problem-call-not-open-description = The call does not take applications in its current status.

problem-call-not-settled-title = Call not settled
problem-call-not-settled-description = The call cannot be decided while applications are still pending.

problem-call-not-yet-open-title = Call not yet open
problem-call-not-yet-open-description = The call opens for submissions later.

problem-condition-not-met-title = Tranche condition not met
problem-condition-not-met-description = The tranche's condition (such as a report received) is not met; an approver may override it with a reason.

problem-conflict-of-interest-title = Conflict of interest
problem-conflict-of-interest-description = The reviewer has declared a conflict or is a member of the applicant organisation.

problem-deadline-passed-title = Deadline passed
problem-deadline-passed-description = Sponsorship requests for the event closed at its request deadline.

problem-disbursement-ceiling-title = Over the ceiling
problem-disbursement-ceiling-description = The disbursement would take the money requested, approved and paid over the award, tranche or sponsorship ceiling.

problem-duplicate-traveller-title = Traveller already requested
problem-duplicate-traveller-description = The traveller already has a sponsorship request for this event.

problem-email-taken-title = Email taken
problem-email-taken-description = An account with this email already exists.

problem-email-unverified-title = Email not verified
problem-email-unverified-description = The account's email address is not verified yet; follow the link sent to it, or ask for a new one with `POST /api/v1/auth/verify-email/resend`.

problem-email-verified-title = Email already verified
problem-email-verified-description = The account's email address is already verified; there is nothing to confirm.

problem-event-not-open-title = Event not open
problem-event-not-open-description = The event does not take sponsorship requests in its current status.

problem-invitation-closed-title = Invitation no longer open
problem-invitation-closed-description = The invitation was already accepted, declined or revoked, or it has expired; a member sends a new one.

problem-letter-unavailable-title = Letter not available
problem-letter-unavailable-description = The letter is issued only once the award or sponsorship reaches the status that allows it.

problem-link-invalid-title = Link not valid
problem-link-invalid-description = The link sent by email is unknown, was already used (or replaced by a newer one), or has expired; ask for a new one.

problem-mfa-enabled-title = Two-factor sign-in already on
problem-mfa-enabled-description = Two-factor sign-in is already on; turn it off with a current code before enrolling again.

problem-mfa-not-enabled-title = Two-factor sign-in not on
problem-mfa-not-enabled-description = Two-factor sign-in is not on (or its enrolment was not started); enrol with `POST /api/v1/me/mfa/totp` first.

problem-mfa-required-title = Two-factor sign-in required
problem-mfa-required-description = The caller's role needs two-factor sign-in; until they enrol, they may only read their account and enrol.

problem-no-reviews-title = No reviews
problem-no-reviews-description = No review has been submitted; decide after one, or give an override reason.

problem-no-sanctions-list-title = No sanctions list
problem-no-sanctions-list-description = No sanctions list has been imported yet; an admin imports it first.

problem-not-ready-for-review-title = Not ready for review
problem-not-ready-for-review-description = Reviewers are assigned only to eligible applications.

problem-not-yet-travelled-title = Not yet travelled
problem-not-yet-travelled-description = Attendance is confirmed on or after the traveller's arrival date.

problem-nothing-to-appeal-title = Nothing to appeal
problem-nothing-to-appeal-description = Only a rejection or an ineligibility finding can be appealed.

problem-nothing-to-reclaim-title = Nothing to reclaim
problem-nothing-to-reclaim-description = Nothing is due back from the organisation for this sponsorship.

problem-payment-approved-title = Payment approved
problem-payment-approved-description = A payment is approved; finance pays or cancels it first.

problem-payments-in-flight-title = Payments in flight
problem-payments-in-flight-description = Payments are requested or approved; finance pays or cancels them first.

problem-refund-recorded-title = Refund already recorded
problem-refund-recorded-description = The sponsorship's refund is already recorded.

problem-rescreening-required-title = Re-screening required
problem-rescreening-required-description = The organisation's screened names changed, or the sanctions list in force finds an unadjudicated match, since its due diligence; an officer screens it again.

problem-review-frozen-title = Review frozen
problem-review-frozen-description = The review is submitted (final), or the application has a decision, so it no longer changes unless an officer reopens it after an appeal.

problem-risk-approved-title = Risk assessment approved
problem-risk-approved-description = An approved risk assessment can no longer change.

problem-risk-assessment-exists-title = Risk assessment exists
problem-risk-assessment-exists-description = The application or sponsorship already has a risk assessment.

problem-risk-gate-title = Risk not cleared
problem-risk-gate-description = The do-no-harm risk assessment is not approved, or its residual risk blocks the action.

problem-screening-outdated-title = Screening outdated
problem-screening-outdated-description = The organisation's names or members, or the sanctions list, changed since the screening; screen again.

problem-sponsorship-not-payable-title = Sponsorship not payable
problem-sponsorship-not-payable-description = Money moves only on an approved, travelled or reconciled sponsorship whose risk is cleared.

problem-file-too-large-title = File too large
problem-file-too-large-description = The uploaded file is larger than the per-file limit, or would take its application over its total; the detail names the limit.

problem-unsupported-file-type-title = File type not accepted
problem-unsupported-file-type-description = The uploaded file's bytes are not PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, CSV or plain text, whatever its name says, or the file is empty.

problem-document-locked-title = Documents locked
problem-document-locked-description = Documents are added or removed only while their subject can still change (an application while it is a draft, a sponsorship until it is settled).

problem-form-frozen-title = Form frozen
problem-form-frozen-description = A call's form changes only while the call is a draft; while it is open an officer may only add optional questions after the existing ones.

## The detail of generic problems.

problem-validation-request = the request is invalid: { $reason }
problem-validation-one-field = 1 field is invalid: { $field }
problem-validation-fields = { $count } fields are invalid: { $fields }
problem-payload-too-large-detail = the request body is larger than 1 MiB
problem-internal-detail = the service failed; the error has been logged

## The messages of failing fields (`errors[].message`).

field-required = this field is required
field-unknown = is not a field of this request; the fields are: { $fields }
field-one-of = must be one of: { $values }
field-not-blank = must not be blank
field-too-long = must be at most { $max } characters
field-amount = must be an amount written as a string, e.g. "15000.00"
field-text = must be text, written in double quotes
field-boolean = must be true or false
field-integer = must be a whole number
field-number = must be a number
field-list = must be a list, written in square brackets
field-object = must be an object, written in curly braces
field-null = must be left out or null
field-date = must be a date written as YYYY-MM-DD, e.g. "2027-03-31"
field-date-time = must be an instant with its offset, e.g. "2027-03-31T17:00:00Z"
field-uuid = must be an id (a UUID), e.g. "6f1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b"
field-documented-format = must be text of the documented format
field-no-nul = must not contain NUL characters
field-whole-number-range = must be a whole number from { $low } to { $high }
request-no-nul = text must not contain NUL characters (\u0000)

## Conflict details that name what happened in this case (`AppError::conflict` with a `Message`).

conflict-call-not-yet-open = the call opens for submissions at { $opens_at }
conflict-call-closed = the call closed at { $closes_at }; no submissions after that instant
conflict-appeal-window-closed = the appeal window closed at { $deadline }
conflict-deadline-passed = requests closed at { $deadline }
