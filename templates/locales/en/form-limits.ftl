# The limits of an application form's questions: the problems of a form as an officer
# writes it (API and staff workspace), of a file given as an answer, and the builder's
# fields to set the limits and to change a question in place.

form-limit-range = must be from { $least } to { $most }
form-limit-other-kind = applies only to { $kind } questions
form-limit-max-below-min = must not be below the smallest number (min)
form-limit-dates-reversed = must not be before the earliest date (not_before)
form-limit-max-selected = must be from 1 to the number of options
form-limit-min-selected = must not be above the most choices (max_selected) or the number of options
form-limit-no-format = must name at least one file format
form-file-format = is a { $format } file; this question accepts { $formats }
form-file-too-large = is { $size }, larger than { $limit }, the most this question accepts

staff-calls-limits = Limits (optional)
staff-calls-limits-hint = Fill in only the limits of the kind of answer you chose. Applicants read them beside the question, and an answer outside them is refused.
staff-calls-limit-max-chars = Most characters of a short text
staff-calls-limit-max-words = Most words of a long text
staff-calls-limit-min = Smallest number
staff-calls-limit-max = Largest number
staff-calls-limit-integer = Whole numbers only
staff-calls-limit-not-before = Earliest date
staff-calls-limit-not-after = Latest date
staff-calls-limit-min-selected = Fewest choices to tick (several choices)
staff-calls-limit-max-selected = Most choices to tick (several choices)
staff-calls-limit-accept = File formats accepted
staff-calls-limit-accept-hint = Tick none to accept every format.
staff-calls-limit-max-files = Most files
staff-calls-limit-max-file-mb = Largest file, in MB
staff-calls-limit-file-mb-hint = From 1 to 1024. A question cannot raise the office's limit of any upload.
staff-calls-error-whole = enter a whole number, like 300
staff-calls-error-number = enter a number, like 10 or 2.5
staff-calls-error-date = enter the date as year-month-day, like 2027-03-15
staff-calls-error-format = choose the file formats from the list
staff-calls-error-limit-kind = only for { $kind } answers; clear it, or choose that kind of answer
staff-calls-field-problem = { $field }: { $problem }

staff-calls-builder-limits = Limits
staff-calls-builder-edit = Edit
staff-calls-edit-question-title = Edit question { $number }
staff-calls-edit-key = Answer key
staff-calls-edit-key-hint = The answer's name in the API and in downloads: lowercase letters, digits and _, starting with a letter. Questions that depend on this one follow a new key.
staff-calls-edit-save = Save the question
staff-calls-edit-back = Back to the form without saving
