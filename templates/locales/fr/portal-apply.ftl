# Les pages du portail pour déposer une demande, suivre une demande et décrire une
# organisation. Des mots simples.

portal-apply-start = Déposer une demande
portal-apply-project-title = Votre projet
portal-apply-no-organisation = Pour déposer une demande, ajoutez d’abord l’organisation au nom de laquelle vous la déposez.
portal-apply-applying-for = Vous déposez une demande au nom { DE($organisation) }.
portal-apply-field-organisation = Organisation
portal-apply-field-title = Titre du projet
portal-apply-field-summary = Résumé du projet
portal-apply-summary-hint = En quelques phrases : ce que vous ferez, avec qui, et ce qui changera.
portal-apply-budget = Budget
portal-apply-budget-hint = Indiquez à quoi servira l’argent, une ligne par poste, en { $currency }. Le total est le montant demandé ; les subventions vont de { $range }.
portal-apply-line-description-heading = À quoi sert l’argent
portal-apply-line-amount-heading = Montant ({ $currency })
portal-apply-line-description = Ligne budgétaire { $number } : à quoi sert l’argent
portal-apply-line-amount = Ligne budgétaire { $number } : montant
portal-apply-total = Total demandé
portal-apply-add-line = Ajouter une ligne
portal-apply-save-continue = Enregistrer et continuer
portal-apply-save-later = Enregistrer et reprendre plus tard
portal-apply-back = Retour
portal-apply-form = Vos réponses
portal-apply-page-of = Page { $number } sur { $count }
portal-apply-optional = { $label } (facultatif)
portal-apply-yes = Oui
portal-apply-no = Non
portal-apply-day = Jour
portal-apply-month = Mois
portal-apply-year = Année
portal-apply-choose-file = Joindre un fichier pour « { $question } »
portal-apply-upload = Joindre le fichier
portal-apply-remove-file = Retirer { $name }
portal-apply-problem = { $field } : { $problem }
portal-apply-error-amount = Saisissez un montant en chiffres, par exemple 1 500,00
portal-apply-error-organisation = Choisissez l’organisation au nom de laquelle vous déposez la demande
portal-apply-not-answered = Sans réponse

portal-apply-limit-chars = { $max } caractères au maximum.
portal-apply-limit-words = { $max } mots au maximum.
portal-apply-limit-amount = Un montant en { $currency }, par exemple 1 500,00.
portal-apply-limit-between = Un nombre de { $min } à { $max }.
portal-apply-limit-at-least = Un nombre d’au moins { $min }.
portal-apply-limit-at-most = Un nombre d’au plus { $max }.
portal-apply-limit-whole = Un nombre entier.
portal-apply-limit-date = Par exemple : 27 3 2027.
portal-apply-limit-date-between = Une date du { $from } au { $until }, par exemple 27 3 2027.
portal-apply-limit-date-from = Une date à partir du { $from }, par exemple 27 3 2027.
portal-apply-limit-date-until = Une date jusqu’au { $until } inclus, par exemple 27 3 2027.
portal-apply-limit-select-all = Cochez toutes les réponses qui conviennent.
portal-apply-limit-select-up-to = Cochez-en { $max } au plus.
portal-apply-limit-files = Formats acceptés : { $formats }. { $count ->
    [one] Un fichier
   *[other] Jusqu’à { $count } fichiers
} de { $megabytes } Mo au plus chacun.

portal-apply-check-title = Vérifiez vos réponses avant d’envoyer la demande
portal-apply-change = Modifier
portal-apply-submit-heading = Envoyez maintenant votre demande
portal-apply-submit-lead = En l’envoyant, vous confirmez que vos réponses sont exactes à votre connaissance. Vous ne pourrez plus les modifier ensuite. L’appel se clôt le
portal-apply-submit = Envoyer la demande
portal-apply-unverified-title = Confirmez d’abord votre adresse e-mail
portal-apply-resend = M’envoyer un nouveau lien
portal-apply-resent = Nous vous avons envoyé un nouveau lien. Ouvrez-le, puis revenez sur cette page pour envoyer la demande.

portal-apply-submitted-title = Demande envoyée
portal-apply-reference = Votre numéro de référence
portal-apply-submitted-lead = Nous avons bien reçu « { $title } » pour l’appel { $call }, le
portal-apply-what-next = La suite
portal-apply-what-next-detail = Nous vérifierons que votre organisation est éligible. Des évaluateurs noteront ensuite la demande, puis nous vous communiquerons la décision. Vous pouvez suivre chaque étape sur la page de la demande.
portal-apply-follow = Suivre votre demande

portal-apply-closed-title = Cet appel est clos
portal-apply-closed-at = Les demandes étaient acceptées jusqu’au
portal-apply-closed-why = Les demandes ne sont acceptées que jusqu’à la date limite, la même pour toutes les organisations. Un brouillon commencé est conservé, mais il ne peut plus être envoyé pour cet appel.
portal-apply-not-open-title = Cet appel n’est pas encore ouvert
portal-apply-not-open-detail = Vous pourrez déposer une demande à partir du
portal-apply-back-to-call = Revenir à l’appel

portal-application-continue = Reprendre votre demande
portal-application-eligibility = Éligibilité
portal-application-eligible = Votre organisation remplit les critères de l’appel :
portal-application-ineligible = Votre organisation ne remplit pas ces critères de l’appel :
portal-application-reason = Motif :
portal-application-decision = Décision
portal-application-appeal = Votre recours
portal-application-timeline = Les étapes jusqu’ici
portal-timeline-created = Demande commencée
portal-timeline-submitted = Demande envoyée
portal-timeline-found-eligible = Jugée éligible
portal-timeline-found-ineligible = Jugée non éligible
portal-timeline-review-started = Évaluation commencée
portal-timeline-awarded = Subvention accordée
portal-timeline-rejected = Non financée
portal-timeline-appealed = Recours déposé
portal-timeline-appeal-upheld = Recours examiné : la décision est maintenue
portal-timeline-appeal-overturned = Recours examiné : la décision est annulée
portal-timeline-withdrawn = Demande retirée

portal-appeal-title = Contester la décision
portal-appeal-lead = Si vous pensez que la décision est erronée, vous pouvez former un recours, une seule fois. Un agent qui n’a pas pris la décision l’examinera. Vous pouvez le faire jusqu’au
portal-appeal-grounds = Pourquoi la décision devrait changer
portal-appeal-grounds-hint = Indiquez quels faits ont été oubliés ou mal compris, et où se trouvent les preuves.
portal-appeal-submit = Envoyer le recours
portal-appeal-filed = Déposé le
portal-appeal-error-grounds = Expliquez pourquoi la décision devrait changer
portal-appeal-status-open = En cours d’examen
portal-appeal-status-upheld = Décision maintenue
portal-appeal-status-overturned = Décision annulée

portal-withdraw-button = Retirer la demande
portal-withdraw-title = Voulez-vous vraiment retirer cette demande ?
portal-withdraw-warning = Une demande retirée ne peut être ni envoyée ni rétablie. Pour postuler à nouveau, commencez une nouvelle demande avant la clôture de l’appel.
portal-withdraw-confirm = Oui, la retirer
portal-withdraw-cancel = Non, revenir à la demande
portal-withdraw-not-allowed = Cette demande ne peut plus être retirée : une décision a été prise.

portal-organisation-new-title = Ajouter votre organisation
portal-organisation-edit-title = Le profil de votre organisation
portal-organisation-create = Ajouter une organisation
portal-organisation-save = Enregistrer le profil
portal-organisation-edit-link = Modifier le profil
portal-organisation-legal-name = Dénomination légale
portal-organisation-legal-name-hint = Telle qu’elle figure sur votre certificat d’enregistrement, dans n’importe quelle écriture.
portal-organisation-short-name = Nom court
portal-organisation-short-name-optional = Nom court ou sigle (facultatif)
portal-organisation-country = Pays d’enregistrement
portal-organisation-country-choose = Choisissez un pays
portal-organisation-registration-number = Numéro d’enregistrement
portal-organisation-registration-number-optional = Numéro d’enregistrement (facultatif)
portal-organisation-year-founded = Année de création
portal-organisation-year-founded-optional = Année de création (facultatif)
portal-organisation-year-hint = Par exemple : 2012.
portal-organisation-error-year = Saisissez l’année en quatre chiffres, par exemple 2012
portal-organisation-themes = Domaines d’action de l’organisation
portal-organisation-leadership = Direction
portal-organisation-women-led = Dirigée par des femmes
portal-organisation-youth-led = Dirigée par des jeunes (de 18 à 34 ans)
