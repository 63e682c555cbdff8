# Visa-support letters a consulate can verify, and letters of record (issue 19, 14).
# Letter lines, the passport details' errors, the award letter once accepted, the passport
# fields of the portal's travel form and the public verification page.

letter-field-passport-name = Name in Latin script, as in the passport
letter-field-date-of-birth = Date of birth
letter-field-passport-number = Passport number
letter-field-passport-expiry = Passport valid until
letter-verification-heading = Verification
letter-verification-text = A consular officer can confirm that this letter is genuine and still valid with the code below, at the address below, or by contacting { $office }.
letter-verification-code = Verification code
letter-verification-url = Check at
letter-contact-address = Address
letter-contact-phone = Telephone
letter-contact-email = Email
letter-contact-website = Website
letter-award-accepted = Accepted
letter-award-accepted-text = { $person } accepted the terms of award { $reference } on behalf of { $organisation } on { $date }. This letter is the record of the terms as accepted.

passport-error-missing = Enter this detail exactly as it appears in the passport
passport-error-name = Enter the name in Latin letters exactly as in the passport's machine-readable zone, for example SADYKOVA AIGERIM
passport-error-number = Enter the passport number: 5 to 20 letters and digits
passport-error-birth = Enter a date of birth in the past, for example 1990-04-12
passport-error-expiry = The passport must still be valid after the departure date ({ $departure })

portal-travel-passport = Passport details
portal-travel-passport-intro = The visa-support letter needs them. You can also add them later on the request's page. They are encrypted, shown only to your organisation and the office, and deleted { $days } days after the trip is settled.
portal-travel-passport-name = Name in Latin letters
portal-travel-passport-name-hint = Exactly as in the passport's machine-readable zone, for example SADYKOVA AIGERIM.
portal-travel-passport-number = Passport number
portal-travel-date-of-birth = Date of birth
portal-travel-passport-expiry = Passport valid until

portal-travel-passport-button = Save the passport details
portal-travel-passport-given = The passport details are saved. You can correct them until the letter is issued.
portal-travel-passport-notice = The passport details are saved. The letter can now be issued.
portal-travel-letter-code = Verification code printed on the letter:

portal-letter-verify-title = Check a visa-support letter
portal-letter-verify-intro = Enter the verification code printed on the letter.
portal-letter-verify-code = Verification code
portal-letter-verify-button = Check
portal-letter-verify-unknown = No letter carries this code. Check that it was typed as printed, or contact the office.
portal-letter-verify-current = This letter is genuine and current.
portal-letter-verify-withdrawn = This letter is genuine but was withdrawn on { $date }: it no longer supports a visa application.
portal-letter-verify-reference = Reference
portal-letter-verify-issued = Issued on
portal-letter-verify-initials = Traveller's initials
portal-letter-verify-passport = Passport number ends in
portal-letter-verify-event = Event
portal-letter-verify-dates = Event dates
portal-letter-verify-date-range = { $start } to { $end }
