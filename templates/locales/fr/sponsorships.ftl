# Pourquoi les règles de parrainage refusent une étape (`sponsorships::rules::Refused`).
sponsorship-refused-not-a-draft = seul un brouillon est envoyé ; cette demande est déjà « { $status ->
        [draft] brouillon
        [submitted] envoyée
        [approved] approuvée
        [rejected] non approuvée
        [waitlisted] sur liste d’attente
        [travelled] participation confirmée
        [reconciled] soldée
       *[other] annulée
    } »
sponsorship-refused-draft-undecided = un brouillon n’est décidé qu’une fois envoyé par l’organisation
sponsorship-refused-already-decided = cette demande est déjà « { $status ->
        [draft] brouillon
        [submitted] envoyée
        [approved] approuvée
        [rejected] non approuvée
        [waitlisted] sur liste d’attente
        [travelled] participation confirmée
        [reconciled] soldée
       *[other] annulée
    } » : seule une demande envoyée ou sur liste d’attente est décidée
sponsorship-refused-not-cancellable = seule une demande dont le voyage n’a pas eu lieu, ni refusée ni annulée, peut être annulée ; celle-ci est « { $status ->
        [draft] brouillon
        [submitted] envoyée
        [approved] approuvée
        [rejected] non approuvée
        [waitlisted] sur liste d’attente
        [travelled] participation confirmée
        [reconciled] soldée
       *[other] annulée
    } »
sponsorship-refused-not-approved = seul un parrainage approuvé est marqué comme ayant voyagé ; celui-ci est « { $status ->
        [draft] brouillon
        [submitted] envoyée
        [approved] approuvée
        [rejected] non approuvée
        [waitlisted] sur liste d’attente
        [travelled] participation confirmée
        [reconciled] soldée
       *[other] annulée
    } »
sponsorship-refused-not-travelled = seul un parrainage dont la participation est confirmée est soldé ; celui-ci est « { $status ->
        [draft] brouillon
        [submitted] envoyée
        [approved] approuvée
        [rejected] non approuvée
        [waitlisted] sur liste d’attente
        [travelled] participation confirmée
        [reconciled] soldée
       *[other] annulée
    } »
sponsorship-refused-trip-confirmed = le voyage est déjà confirmé ; ajoutez tout autre justificatif comme document
sponsorship-refused-trip-not-approved = seul le voyage d’un parrainage approuvé est confirmé ; celui-ci est « { $status ->
        [draft] brouillon
        [submitted] envoyée
        [approved] approuvée
        [rejected] non approuvée
        [waitlisted] sur liste d’attente
        [travelled] participation confirmée
        [reconciled] soldée
       *[other] annulée
    } »
sponsorship-refused-trip-not-arrived = le voyage est confirmé à partir de la date d’arrivée
sponsorship-refused-over-budget = les parrainages approuvés totaliseraient { $total }, au-delà du budget de l’événement de { $budget } : mettez la demande sur liste d’attente ou augmentez le budget
sponsorship-refused-extra-nights-rejected = seule une approbation ou une mise sur liste d’attente autorise des nuits supplémentaires
sponsorship-refused-no-extra-nights = toutes les nuits de ce séjour sont dans la période de voyage autorisée de l’événement : il n’y a rien à autoriser
