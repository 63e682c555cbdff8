# Rapports : en-têtes de colonnes, noms des feuilles et libellés des sections.

report-column-group = Groupe
report-column-label = Libellé
report-column-currency = Devise
report-column-count = Nombre
report-column-requested = Demandé
report-column-approved = Approuvé
report-column-paid = Versé
report-column-cancelled = Annulé
report-column-call-currency = Devise de l'appel
report-column-requested-in-call-currency = Demandé (devise de l'appel)
report-column-approved-in-call-currency = Approuvé (devise de l'appel)
report-column-paid-in-call-currency = Versé (devise de l'appel)
report-column-cancelled-in-call-currency = Annulé (devise de l'appel)
report-column-awarded = Octroyé
report-column-outstanding = Restant dû
report-column-reference = Référence
report-column-organisation = Organisation
report-column-call = Appel
report-sheet-totals = Totaux
report-sheet-outstanding = Engagements restants
