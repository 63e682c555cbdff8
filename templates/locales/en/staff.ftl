# The staff workspace's shell: its navigation, home page and sections.

staff-nav-workspace = Workspace
staff-home-title = Your workspace
staff-home-lead = The work your roles give you, one section each.
staff-chart-data = Show the figures

staff-section-reviews = Reviews
staff-section-reviews-summary = Your assigned applications: score them against the rubric or declare a conflict.
staff-section-calls = Calls
staff-section-calls-summary = Draft, publish and close calls, build their application forms, and follow each call's pipeline.
staff-section-screening = Eligibility screening
staff-section-screening-summary = Submitted applications waiting for an eligibility finding, and reviewer assignment.
staff-section-appeals = Appeals
staff-section-appeals-summary = Appeals against decisions, to be resolved by an officer who did not decide.
staff-section-diligence = Due diligence
staff-section-diligence-summary = Checklists, evidence, sanctions screening matches and their adjudication.
staff-section-risk = Risk assessments
staff-section-risk-summary = Do-no-harm risks by likelihood and impact, with the heat map and approvals.
staff-section-events = Events and travel
staff-section-events-summary = Events, sponsorship requests, the travel budget and the representation of participants.
staff-section-payments = Payments
staff-section-payments-summary = Payments to request, approve and pay, with four eyes on each.
staff-section-reports = Finance reports
staff-section-reports-summary = The disbursement report and the payment ledger, on screen or as CSV and XLSX.
staff-section-audit = Audit trail
staff-section-audit-summary = Who did what and when to any record, and whether the chain is intact.
staff-section-users = Users
staff-section-users-summary = Staff accounts: invitations, roles, deactivation and two-factor status.
staff-section-sanctions = Sanctions lists
staff-section-sanctions-summary = When each list was loaded, how many entries it holds, and loading a new one.
staff-section-outbox = Outbox
staff-section-outbox-summary = Emails the office sends, their status, and another try for a failed one.
staff-dashboard-for-staff = You are signed in as staff: your work is in your workspace. Organisations' applications, awards and travel requests are listed there, not here.
staff-back-to-workspace = Back to the workspace
