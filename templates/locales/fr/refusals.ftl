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

decision-over-any-budget = cette subvention porterait les subventions de l'appel au-delà de tout plafond budgétaire de { $ceiling }
decision-over-budget = les subventions de cet appel totaliseraient { $total }, au-delà de son plafond budgétaire de { $ceiling } ; { $left } au plus peuvent encore être attribués
decision-amount-over-request = ne doit pas dépasser le montant demandé de { $limit }
decision-amount-under-minimum = doit être au moins égal à la subvention minimale de l'appel, { $limit }
decision-amount-over-maximum = ne doit pas dépasser la subvention maximale de l'appel, { $limit }
decision-amount-too-large-to-split = est trop élevé pour être réparti en tranches
decision-tranches-one-kind = donnez pour chaque tranche soit un pourcentage, soit un montant, le même pour toutes
decision-tranche-due-past = ne doit pas être dans le passé
decision-tranche-condition-long = doit compter au plus 500 caractères
decision-tranche-percent-range = doit être supérieur à 0 et au plus égal à 100
decision-tranches-percent-total = les pourcentages doivent totaliser 100, et non { $total }
decision-tranches-overflow = les montants dépassent ce qu'un montant peut valoir
decision-tranches-amount-total = les montants doivent totaliser la subvention de { $award }, et non { $total }
decision-tranches-zero = chaque tranche doit rester supérieure à zéro après arrondi

travel-attendance-unconfirmed = doit valoir true : un parrainage n’est marqué comme effectué qu’une fois la participation confirmée
travel-not-yet-arrived = le voyageur arrive le { $date } ; la participation se confirme ce jour-là ou après
travel-payments-in-flight = paiements de ce parrainage demandés ou approuvés : { $count } ; payez-les ou annulez-les avant le rapprochement
travel-refund-in-future = ne doit pas être dans le futur
travel-nothing-to-reclaim = l’organisation ne doit rien rembourser pour ce parrainage
travel-refund-recorded = le remboursement de ce parrainage est déjà enregistré
travel-refund-before-due = ne doit pas précéder le { $date }, date à laquelle le montant est devenu remboursable
travel-costs-none = indiquez au moins un coût réel
travel-costs-overflow = les coûts réels dépassent { $limit } au total
travel-costs-over-entitlement = les coûts réels dépassent le montant dû de { $excess } : expliquez pourquoi le bureau paie davantage
