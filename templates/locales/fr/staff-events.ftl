# Les pages des événements et du parrainage de voyages de l'espace du personnel (`templates/portal/staff/events_*.html`).
staff-events-title = Événements et voyages
staff-events-back-list = Tous les événements
staff-events-back-event = Retour à l'événement
staff-events-caption = Événement
staff-events-none = Il n'y a pas encore d'événement.
staff-events-count = { $count ->
    [one] Un événement, le plus proche d'abord.
   *[other] { $count } événements, les plus proches d'abord.
}
staff-events-pages = Pages d'événements
staff-events-previous = Événements précédents
staff-events-next = Événements suivants
staff-events-column-state = État
staff-events-deadline = Fin des demandes
staff-events-requests = Demandes de parrainage
staff-events-no-requests = Aucune demande de parrainage pour l'instant.
staff-events-count-entry = { $status } : { $count }
staff-events-status-draft = Brouillon
staff-events-status-open = Ouvert aux demandes
staff-events-status-closed = Fermé aux demandes
staff-events-status-held = Suspendu
staff-events-budget-heading = Budget de parrainage
staff-events-budget-title = Budget de parrainage de { $ceiling }
staff-events-budget-part = Part
staff-events-budget-amount = Montant
staff-events-budget-paid = Payé
staff-events-budget-committed = Approuvé, pas encore payé
staff-events-budget-available = Disponible
staff-events-representation-link = Représentation des participants
staff-events-requests-heading = Demandes et droits
staff-events-requests-caption = Demandes, les plus anciennes d'abord, avec ce à quoi chaque voyageur a droit
staff-events-column-traveller = Voyageur
staff-events-column-organisation = Organisation
staff-events-column-stay = Séjour
staff-events-column-dsa = Indemnité journalière
staff-events-column-terminal = Faux frais au départ et à l'arrivée
staff-events-column-airfare = Billet d'avion
staff-events-column-total = Total
staff-events-nights = { $count ->
    [one] { $count } nuit
   *[other] { $count } nuits
}
staff-events-decide = Décider
staff-events-waitlist-heading = Liste d'attente
staff-events-waitlist-hint = Ces demandes sont approuvées dans cet ordre quand le budget le permet.
staff-events-waitlist-empty = Personne n'est sur la liste d'attente.
staff-events-done-approved = La demande a été approuvée.
staff-events-done-rejected = La demande a été refusée.
staff-events-done-waitlisted = La demande a été mise sur la liste d'attente.
staff-events-decision-title = Demande de parrainage pour { $traveller }
staff-events-role = Fonction
staff-events-nationality = Nationalité
staff-events-origin = Au départ de
staff-events-requested-at = Demandée le
staff-events-decided-reason = Motif donné
staff-events-entitlement-heading = Droits
staff-events-entitlement-caption = Ce à quoi les règles de voyage donnent droit à ce voyageur
staff-events-outcome-heading = Décision
staff-events-outcome-legend = Que décidez-vous ?
staff-events-outcome-approved = Approuver
staff-events-outcome-rejected = Refuser
staff-events-outcome-waitlisted = Mettre sur la liste d'attente
staff-events-reason-label = Motif
staff-events-reason-hint = L'organisation le lit avec la décision.
staff-events-decide-button = Enregistrer la décision
staff-events-error-outcome = Choisissez d'approuver, de refuser ou la liste d'attente
staff-events-error-reason = Indiquez le motif de la décision
staff-events-not-decidable = Cette demande ne se décide plus ici. Son état : { $status }.
staff-events-representation-title = Représentation à { $event }
staff-events-representation-requests = Demandes comptées
staff-events-representation-approved = Voyageurs approuvés
staff-events-representation-download = Télécharger les chiffres (CSV)
staff-events-representation-warnings = En deçà des objectifs
staff-events-representation-none = Aucun voyageur n'est encore approuvé : toutes les parts sont vides.
staff-events-representation-hint = Chaque barre est une part des voyageurs approuvés ; la ligne pointillée marque l'objectif du bureau.
staff-events-chart-gender = Voyageurs approuvés par genre
staff-events-chart-age = Voyageurs approuvés par âge
staff-events-chart-region = Voyageurs approuvés par région
staff-events-chart-organisations = Voyageurs approuvés venant d'organisations dirigées par des femmes ou des jeunes
staff-events-young = De 18 à 34 ans
staff-events-women-led = Organisation dirigée par des femmes
staff-events-youth-led = Organisation dirigée par des jeunes
staff-events-column-group = Groupe
staff-events-column-share = Part
staff-events-column-target = Objectif
staff-events-share = { $share } % ({ $count } sur { $total })
staff-events-target-at-least = au moins { $percent } %
staff-events-target-at-most = au plus { $percent } %
conflict-sponsorship-changed = Cette demande a changé entre-temps (quelqu'un d'autre l'a décidée) : rien n'a été fait. Relisez son état avant de décider.

## Le motif des nuits supplémentaires sur le formulaire de décision, et les réglages du rapport de représentation.
staff-events-extra-nights-heading = Nuits hors de la période de voyage autorisée
staff-events-extra-nights-hint = { $count ->
    [one] Une nuit de ce séjour tombe hors de la période de voyage autorisée de l’événement et n’est payée que si vous l’autorisez.
   *[other] { $count } nuits de ce séjour tombent hors de la période de voyage autorisée de l’événement et ne sont payées que si vous les autorisez.
}
staff-events-extra-nights-legend = { $count ->
    [one] Payer la nuit hors de la période autorisée ?
   *[other] Payer les { $count } nuits hors de la période autorisée ?
}
staff-events-extra-nights-pay = Oui, les payer (avec une approbation ou la liste d’attente), pour le motif ci-dessous
staff-events-extra-nights-unpaid = Non, ne pas les payer
staff-events-extra-nights-reason-label = Pourquoi le bureau paie ces nuits
staff-events-extra-nights-reason-hint = Nécessaire si vous les payez. La lettre de parrainage l’imprime.
staff-events-error-extra-nights-reason = Indiquez pourquoi le bureau paie les nuits hors de la période autorisée
staff-events-targets-legend = Objectifs et régions
staff-events-targets-hint = Laissez un objectif vide pour utiliser celui du bureau. Chacun est un pourcentage entier de 0 à 100.
staff-events-target-women-label = Femmes, au moins (%)
staff-events-target-young-label = 18-34 ans, au moins (%)
staff-events-target-region-label = Une région, au plus (%)
staff-events-target-office = Objectif du bureau : { $percent } %
staff-events-regions-label = Compter les régions selon
staff-events-regions-office = Les régions de planification du bureau
staff-events-regions-m49 = Les continents M49 de l’ONU
staff-events-targets-apply = Afficher le rapport
staff-events-error-regions = Choisissez les régions du bureau ou les continents M49 de l’ONU
