# Flux d'agenda : le nom de l'agenda d'une personne, le résumé et la description de chaque échéance.

calendar-mine = Mes échéances grantdesk
calendar-call-opens = Ouverture de l'appel : { $title }
calendar-call-opens-description = Les candidatures à « { $title } » sont ouvertes.
calendar-call-closes = Clôture de l'appel : { $title }
calendar-call-closes-description = Les candidatures à « { $title } » doivent être soumises avant cette heure ; les brouillons ne sont pas examinés.
calendar-draft-application = Votre organisation a un brouillon de candidature pour cet appel.
calendar-report-due = Rapport attendu : { $title }
calendar-report-due-description = Soumettez-le depuis la page de la subvention dans grantdesk.
calendar-appeal-window-closes = Fin du délai de recours : { $title }
calendar-appeal-window-closes-description = Un recours expose les motifs pour lesquels la décision devrait être réexaminée.
calendar-sponsorship-requests-close = Clôture des demandes de parrainage : { $title }
calendar-draft-sponsorship-request = Votre organisation a un brouillon de demande de parrainage pour cet événement.
calendar-diligence-expires = Expiration de la diligence raisonnable : { $title }
calendar-diligence-expires-description = Après cette date, aucune subvention ne peut être accordée à l'organisation sans nouvelle évaluation.
