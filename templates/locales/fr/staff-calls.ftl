# Les appels des chargés de programme dans l'espace de travail : la liste, la page d'un
# appel, ses conditions, le constructeur du formulaire de candidature et son aperçu,
# la publication, la clôture et l'annulation.

staff-calls-title = Appels
staff-calls-caption = Appel
staff-calls-back-list = Retour aux appels
staff-calls-back-call = Retour à l'appel
staff-calls-new = Créer un appel
staff-calls-filter-status = Statut
staff-calls-filter-all = Tous les statuts
staff-calls-filter-apply = Afficher
staff-calls-table-caption = { $count ->
    [one] Un appel
   *[other] { $count } appels
}
staff-calls-column-title = Appel
staff-calls-column-status = Statut
staff-calls-column-dates = Dates
staff-calls-column-budget = Budget
staff-calls-column-pipeline = Candidatures
staff-calls-opens = Ouverture
staff-calls-closes = Clôture
staff-calls-applications = { $count ->
    [one] Une candidature
   *[other] { $count } candidatures
}
staff-calls-pipeline-entry = { $status } : { $count }
staff-calls-pages = Pages d'appels
staff-calls-previous = Page précédente
staff-calls-next = Page suivante
staff-calls-none = Aucun appel ne correspond.

staff-calls-status-draft = Brouillon
staff-calls-status-open = Ouvert
staff-calls-status-closed = Clos
staff-calls-status-decided = Décidé
staff-calls-status-cancelled = Annulé

staff-calls-done-created = L'appel est enregistré comme brouillon. Construisez son formulaire de candidature, puis publiez-le.
staff-calls-done-saved = Les conditions de l'appel sont enregistrées.
staff-calls-done-published = L'appel est publié : les candidats peuvent le lire et postuler.
staff-calls-done-closed = L'appel est clos : plus aucune candidature ne peut être envoyée.
staff-calls-done-cancelled = L'appel est annulé. Les candidats lisent le motif que vous avez donné.
staff-calls-cancel-reason = Motif de l'annulation :
staff-calls-edit = Modifier les conditions
staff-calls-build-form = Construire le formulaire de candidature
staff-calls-preview = Voir le formulaire tel que les candidats le voient
staff-calls-ranking = Classement
staff-calls-assign = Affecter des évaluateurs
staff-calls-public-page = La page publique de l'appel
staff-calls-action-publish = Publier
staff-calls-action-close = Clore les candidatures
staff-calls-action-cancel = Annuler l'appel
staff-calls-pipeline-heading = Avancement
staff-calls-pipeline-title = Candidatures par statut
staff-calls-pipeline-status = Statut
staff-calls-pipeline-count = Candidatures
staff-calls-budget-heading = Budget
staff-calls-budget-title = Budget de { $ceiling }
staff-calls-budget-part = Part
staff-calls-budget-amount = Montant
staff-calls-budget-paid = Versé
staff-calls-budget-committed = Attribué, pas encore versé
staff-calls-budget-available = Disponible
staff-calls-details-heading = Conditions
staff-calls-form-questions = Formulaire de candidature
staff-calls-question-count = { $count ->
    [0] Aucune question pour l'instant
    [one] Une question
   *[other] { $count } questions
}

staff-calls-confirm-keep = Revenir sans rien changer
staff-calls-confirm-publish-title = Publier cet appel ?
staff-calls-confirm-publish-body = Une fois publié, tout le monde peut lire l'appel et les organisations peuvent postuler. Ses conditions ne peuvent plus changer, et son formulaire ne peut plus recevoir que des questions facultatives.
staff-calls-confirm-publish-button = Publier l'appel
staff-calls-confirm-no-form = Cet appel n'a pas de formulaire de candidature : les candidats ne donneront que leur projet, son résumé et son budget.
staff-calls-confirm-close-title = Clore cet appel aux candidatures ?
staff-calls-confirm-close-body = Plus aucune candidature ne pourra être envoyée, même avant la date de clôture. La vérification et l'évaluation continuent. C'est irréversible.
staff-calls-confirm-close-button = Clore l'appel
staff-calls-confirm-cancel-title = Annuler cet appel ?
staff-calls-confirm-cancel-body = L'appel est retiré : personne ne peut plus postuler, et les candidatures déjà faites n'iront pas plus loin. C'est irréversible.
staff-calls-confirm-cancel-button = Annuler l'appel
staff-calls-cancel-reason-label = Pourquoi l'appel est-il annulé ?
staff-calls-cancel-reason-hint = Les candidats liront ce motif.
staff-calls-error-reason = Indiquez pourquoi l'appel est annulé

staff-calls-new-title = Créer un appel
staff-calls-edit-title = Modifier les conditions de l'appel
staff-calls-terms-locked = Cet appel est { $status } : ses conditions sont définitives et ne peuvent plus changer.
staff-calls-about-heading = À propos de l'appel
staff-calls-field-title = Titre
staff-calls-field-description = Description
staff-calls-description-hint = Ce que l'appel finance et pourquoi. Laissez une ligne vide entre les paragraphes.
staff-calls-field-themes = Thèmes
staff-calls-themes-hint = Cochez chaque thème que l'appel finance.
staff-calls-criteria-heading = Critères d'éligibilité
staff-calls-criteria-hint = Chaque critère qu'une organisation doit remplir, tel que les candidats le liront. Laissez une ligne vide pour l'ignorer ; enregistrez pour obtenir d'autres lignes.
staff-calls-criterion-label = Critère { $number }
staff-calls-rubric-heading = Grille de notation
staff-calls-rubric-hint = Ce que les évaluateurs notent, le poids de chaque critère (plus de 0, au plus 1000) et son échelle de notes.
staff-calls-rubric-legend = Critère de notation { $number }
staff-calls-rubric-label = Critère de notation { $number } : { $part }
staff-calls-rubric-description = ce qui est noté
staff-calls-rubric-weight = poids
staff-calls-rubric-min = note la plus basse
staff-calls-rubric-max = note la plus haute
staff-calls-money-heading = Montants
staff-calls-field-currency = Devise
staff-calls-choose-currency = Choisissez une devise
staff-calls-field-budget = Budget de l'appel
staff-calls-amount-hint = Dans la devise de l'appel, par exemple 250 000,00
staff-calls-field-min-grant = Subvention la plus petite
staff-calls-field-max-grant = Subvention la plus grande
staff-calls-dates-heading = Dates
staff-calls-field-opens-date = Date d'ouverture
staff-calls-field-opens-time = Heure d'ouverture
staff-calls-field-closes-date = Date de clôture
staff-calls-field-closes-time = Heure de clôture
staff-calls-date-hint = Année, mois et jour, par exemple 2027-03-15
staff-calls-time-hint = Sur 24 heures, par exemple 17:00
staff-calls-field-zone = Fuseau horaire de ces heures
staff-calls-zone-hint = Le décalage par rapport à UTC dans lequel les heures ci-dessus sont lues. Les pages les affichent en UTC et à l'heure de chaque lecteur.
staff-calls-field-appeal-days = Jours pour faire appel d'une décision
staff-calls-appeal-hint = De 0 à 365
staff-calls-field-blind-review = Les évaluateurs ne voient pas qui a postulé (évaluation anonyme)
staff-calls-save-draft = Enregistrer le brouillon

staff-calls-error-title = Saisissez le titre de l'appel
staff-calls-error-description = Saisissez une description de l'appel
staff-calls-error-themes = Cochez au moins un thème
staff-calls-error-criteria = Saisissez au moins un critère d'éligibilité
staff-calls-error-rubric = Saisissez au moins un critère de notation
staff-calls-error-weight = Saisissez un poids supérieur à 0 et au plus 1000, avec 4 décimales au plus, comme 0,4
staff-calls-error-score = Saisissez un nombre entier de points, comme 5
staff-calls-error-currency = Choisissez la devise de l'appel
staff-calls-error-budget = Saisissez le budget sous forme de montant, comme 250 000,00
staff-calls-error-min-grant = Saisissez la plus petite subvention sous forme de montant, comme 5 000,00
staff-calls-error-max-grant = Saisissez la plus grande subvention sous forme de montant, comme 25 000,00
staff-calls-error-instant = Saisissez la date sous la forme année-mois-jour et l'heure sous la forme heures:minutes
staff-calls-error-closes = La date de clôture doit suivre la date d'ouverture
staff-calls-error-zone = Choisissez un fuseau horaire dans la liste
staff-calls-error-appeal-days = Saisissez le nombre de jours pour faire appel en nombre entier, comme 14

staff-calls-builder-title = Formulaire de candidature
staff-calls-builder-open = Cet appel est { $status } : des candidats répondent à ses questions, qui ne peuvent donc plus changer. Vous pouvez encore ajouter des questions facultatives à la fin.
staff-calls-builder-caption = { $count ->
    [one] Une question, dans l'ordre où les candidats y répondent
   *[other] { $count } questions, dans l'ordre où les candidats y répondent
}
staff-calls-builder-number = N°
staff-calls-builder-question = Question
staff-calls-builder-answer = Réponse
staff-calls-builder-change = Modifier
staff-calls-builder-section = Section : { $section }
staff-calls-builder-up = Monter
staff-calls-builder-down = Descendre
staff-calls-builder-make-required = Rendre obligatoire
staff-calls-builder-make-optional = Rendre facultative
staff-calls-builder-remove = Supprimer
staff-calls-builder-empty = Le formulaire n'a pas encore de questions.
staff-calls-builder-add = Ajouter une question
staff-calls-builder-add-button = Ajouter la question
staff-calls-condition = Seulement si « { $question } » vaut « { $answer } »
staff-calls-question-problem = Question { $number } : { $problem }
staff-calls-new-label = Question
staff-calls-new-help = Texte d'aide (facultatif)
staff-calls-new-help-hint = Affiché sous la question.
staff-calls-new-kind = Type de réponse
staff-calls-new-options = Choix
staff-calls-new-options-hint = Pour une question à choix : un choix par ligne, au moins deux.
staff-calls-new-section = Section (facultatif)
staff-calls-new-section-hint = Les questions d'une même section sont sur la même page. Laissez vide pour placer la question sur la page de la précédente.
staff-calls-new-condition = Afficher la question
staff-calls-new-condition-hint = Une question peut dépendre de la réponse à une question précédente de type oui/non ou à choix unique.
staff-calls-new-condition-always = Toujours
staff-calls-new-required = Les candidats doivent y répondre (quand elle est affichée)
staff-calls-error-kind = Choisissez le type de réponse
staff-calls-error-options = Saisissez au moins deux choix, un par ligne
staff-calls-error-condition = Choisissez dans la liste quand la question s'affiche
staff-calls-error-button = Cette question n'est plus dans le formulaire ; rechargez la page

staff-calls-kind-short-text = Texte court
staff-calls-kind-long-text = Texte long
staff-calls-kind-number = Nombre
staff-calls-kind-amount = Montant
staff-calls-kind-date = Date
staff-calls-kind-single-choice = Choix unique
staff-calls-kind-multiple-choice = Choix multiples
staff-calls-kind-yes-no = Oui ou non
staff-calls-kind-email = Adresse électronique
staff-calls-kind-url = Adresse web
staff-calls-kind-file = Fichiers

staff-calls-preview-title = Aperçu du formulaire de candidature
staff-calls-preview-lead = Voici ce que voient les candidats, page par page, après les détails de leur projet. Rien de ce qui est saisi ici n'est conservé.

staff-calls-field-regions = Régions
staff-calls-regions-hint = Cochez les régions dont les organisations peuvent candidater. Ne cochez rien si l’appel est ouvert à toutes les régions.
staff-calls-limit-date-between = Du { $from } au { $until }
staff-calls-limit-date-from = À partir du { $from }
staff-calls-limit-date-until = Jusqu’au { $until } inclus
