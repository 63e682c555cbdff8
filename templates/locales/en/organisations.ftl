# Organisations: what their members read of their own organisation.

publication-policy-full = Your grants are published in the open-data files (360Giving and IATI) with your organisation's name, registration number and country.
publication-policy-anonymised = Your grants are published as made to an "Anonymised recipient": the project, the amount and your region, never your name, registration number or country.
publication-policy-region-only = Only the amount and your region are published: no recipient, no project title.
publication-policy-withheld = Your grants appear in no open-data file; they count only in the office's totals, as a number and a sum without detail.
