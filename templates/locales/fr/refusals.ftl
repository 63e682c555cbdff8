# Refus des services et des règles que les pages disent dans la langue du lecteur (l’API
# les dit en anglais) : un enregistrement modifié entre-temps, les contrôles « ne pas nuire »,
# les plafonds des paiements. Les montants ($adding, $ceiling, $left) arrivent écrits avec leur devise.

refused-changed-request = la demande a été modifiée entre-temps : rechargez-la et réessayez
refused-changed-risk-assessment = l’évaluation des risques a été modifiée entre-temps : rechargez-la et réessayez
refused-changed-disbursement = le versement a été modifié entre-temps ; rechargez-le et réessayez
refused-changed-call = l’appel a été modifié entre-temps ; rechargez-le et réessayez
refused-changed-assessment = l’évaluation a été modifiée entre-temps ; rechargez-la et réessayez
refused-changed-event = l’événement a été modifié entre-temps : rechargez-le et réessayez
refused-changed-award = la subvention a été modifiée entre-temps ; rechargez-la et réessayez
refused-changed-report = le rapport a été modifié entre-temps ; rechargez-le et réessayez
refused-changed-organisation = l’organisation a été modifiée entre-temps ; rechargez-la et réessayez
refused-changed-application = la candidature a été modifiée entre-temps ; rechargez-la et réessayez

refused-risk-already-approved = l’évaluation des risques est déjà approuvée : il ne reste rien à approuver
refused-risk-second-officer = un risque résiduel élevé demande l’approbation d’un second chargé de programme, différent du premier : demandez à un autre chargé de l’approuver
refused-trip-risk-not-approved = l’évaluation des risques « ne pas nuire » du voyage n’est pas encore approuvée : un chargé de programme l’approuve d’abord
refused-trip-risk-critical = le risque résiduel « ne pas nuire » du voyage est critique, ce qui empêche le parrainage
refused-trip-no-receipt = téléversez au moins un billet, une carte d’embarquement ou un reçu avant de confirmer le voyage

refused-ceiling-advance = l’avance ({ $percent } % du montant dû ; le solde est versé une fois la participation confirmée)
refused-ceiling-entitlement = le montant dû
refused-ceiling-reconciled = les frais réels rapprochés
refused-ceiling-award = la subvention
refused-ceiling-tranche = la tranche { $number }
refused-over-ceiling = { $adding } porterait les versements au-delà du plafond fixé pour { $what } ({ $ceiling }) ; il reste { $left }
refused-sponsorship-not-payable = une demande de parrainage « { $status ->
        [draft] brouillon
        [submitted] envoyée
        [approved] approuvée
        [rejected] non approuvée
        [waitlisted] sur liste d’attente
        [travelled] participation confirmée
        [reconciled] soldée
       *[other] annulée
    } » n’est pas payée : l’avance suit l’approbation, le solde la participation confirmée
refused-award-pending-acceptance = la subvention attend son acceptation : l’argent circule une fois que les membres de l’organisation en ont accepté les conditions
refused-award-completed = la subvention est terminée : plus aucun versement ne se fait sur elle
refused-award-terminated = la subvention est résiliée : plus aucun versement ne se fait sur elle
