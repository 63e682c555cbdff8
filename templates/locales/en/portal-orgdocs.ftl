# The portal's standing documents page of an organisation, and the dashboard's links to it.

portal-orgdocs-title = Standing documents
portal-orgdocs-intro = Papers about your organisation that every application may rely on: registration certificate, statutes, audited accounts, safeguarding policy.
portal-orgdocs-link = Standing documents
portal-orgdocs-members-link = Members
portal-orgdocs-none = No documents yet.
portal-orgdocs-file = File
portal-orgdocs-kind = Kind of document
portal-orgdocs-valid-until = Valid until
portal-orgdocs-valid-until-optional = Valid until (optional)
portal-orgdocs-valid-until-hint = For example 2027-03-31. Leave empty if the document does not expire.
portal-orgdocs-expired = expired
portal-orgdocs-no-expiry = does not expire
portal-orgdocs-upload-title = Add a document
portal-orgdocs-delete-button = Delete
portal-orgdocs-uploaded = The document has been added.
portal-orgdocs-deleted = The document has been deleted.
portal-orgdocs-error-kind = Choose the kind of document
portal-orgdocs-error-valid-until = Enter the date as year-month-day, for example 2027-03-31
portal-orgdocs-kind-registration-certificate = Registration certificate
portal-orgdocs-kind-statutes = Statutes
portal-orgdocs-kind-audited-accounts = Audited accounts
portal-orgdocs-kind-safeguarding-policy = Safeguarding policy
portal-orgdocs-kind-other = Other document
