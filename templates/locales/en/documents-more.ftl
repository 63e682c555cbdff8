# An appeal's annexes on the application's page in the portal.
portal-appeal-annexes = Annexes to the appeal
portal-appeal-annexes-none = No annex has been added to the appeal.
portal-appeal-annex-file = Annex
portal-appeal-annex-hint = A document that supports your grounds, such as a plan the reviewers did not receive. You can add annexes until the appeal is decided.
portal-appeal-annex-add = Add the annex
portal-appeal-annex-delete = Remove

# What an upload is refused for (API problems and portal errors).
document-name-empty = the file needs a name
document-name-separator = a file name must not contain a path separator (/ or \)
document-name-control = a file name must not contain control characters
document-name-dots = a file name must not be . or ..
document-name-long = a file name must be at most { $max } characters
document-kind-invalid = a kind is 1 to 64 lowercase letters, digits and underscores, starting with a letter
document-too-large = the file is larger than { $limit } (the limit per file)
document-over-total = the file would take the application's documents over { $limit } in all ({ $used } already used); delete a document first
document-unsupported = the file's bytes are not PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, CSV or plain text, whatever its name says
document-empty = the file is empty; choose the file again
document-valid-until-invalid = must be a date written YYYY-MM-DD
document-file-missing = is missing: send the file in the part named `file`

# Evidence of due-diligence checklist items.
diligence-item-needs-evidence = `{ $item }` needs evidence before it may pass: upload a document to the item first
diligence-items-lack-evidence = passed items that require evidence have none ({ $items }): upload a document to each, then complete the assessment
