## The public home's filter and a call's regions (#17).
leftovers-filter-heading = Filtrer les appels
leftovers-filter-theme = Thème
leftovers-filter-any-theme = Tous les thèmes
leftovers-filter-region = Région
leftovers-filter-any-region = Toutes les régions
leftovers-filter-apply = Appliquer les filtres
leftovers-filter-clear = Effacer les filtres
leftovers-filter-applied = Appels affichés pour : { $filters }
leftovers-filter-no-match = Aucun appel ouvert ne correspond à ces filtres.
leftovers-filter-see-all = Voir tous les appels ouverts
leftovers-call-regions = Régions
leftovers-call-every-region = Ouvert aux organisations de toutes les régions
leftovers-region-unknown = « { $region } » ne fait pas partie des régions du bureau ({ $regions })
leftovers-region-repeated = « { $region } » figure plusieurs fois
leftovers-region-middle-east-and-north-africa = Moyen-Orient et Afrique du Nord
leftovers-region-the-sahel = Sahel
leftovers-region-sub-saharan-africa = Afrique subsaharienne
leftovers-region-central-asia = Asie centrale
leftovers-region-south-asia = Asie du Sud
leftovers-region-south-east-asia = Asie du Sud-Est
leftovers-region-latin-america-and-the-caribbean = Amérique latine et Caraïbes
leftovers-region-europe = Europe
leftovers-region-north-america = Amérique du Nord
leftovers-region-africa = Afrique
leftovers-region-americas = Amériques
leftovers-region-antarctica = Antarctique
leftovers-region-asia = Asie
leftovers-region-oceania = Océanie
leftovers-region-other = Autre
leftovers-region-unknown-country = inconnue

## Tranche payments and travel dates in the deadlines and the calendar feed (#17).
leftovers-tranche-expected = Paiement prévu : tranche { $number } { DE($award) }, { $amount }
leftovers-tranche-expected-description = Le jour où cette tranche de la subvention doit être versée, une fois ses conditions remplies.
leftovers-trip-arrival = Arrivée à { $event } : { $traveller }
leftovers-trip-departure = Départ { DE($event) } : { $traveller }
leftovers-trip-description = Dates de voyage approuvées d’une personne dont le déplacement est pris en charge.

## Messages services used to word in English (#16).
leftovers-link-unknown = ce lien n’est pas valable ; demandez-en un nouveau
leftovers-link-used = ce lien a déjà servi (ou un lien plus récent a été envoyé) ; demandez-en un nouveau
leftovers-link-expired = ce lien a expiré le { $date } ; demandez-en un nouveau
leftovers-invitation-expired = l’invitation a expiré au bout de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
  } ; un membre de l’organisation peut en envoyer une nouvelle
leftovers-invitation-revoked = l’invitation a été retirée ; un membre de l’organisation peut en envoyer une nouvelle s’il s’agit d’une erreur
leftovers-invitation-accepted = l’invitation a déjà été acceptée : il n’y a plus rien à faire
leftovers-invitation-declined = l’invitation a été déclinée ; un membre de l’organisation peut en envoyer une nouvelle s’il s’agit d’une erreur
leftovers-invitation-changed = l’invitation a été acceptée, déclinée, retirée ou a expiré entre-temps ; rechargez-la
leftovers-roles-needed = il faut au moins un rôle
leftovers-admin-keeps-own-role = un administrateur ne se retire pas lui-même son rôle d’administrateur ; un autre administrateur peut le faire
leftovers-admin-keeps-own-account = un administrateur ne désactive pas son propre compte ; un autre administrateur peut le faire
leftovers-email-stays-verified = une adresse cesse d’être vérifiée seulement quand la personne la change ; envoyez true pour vous en porter garant
leftovers-condition-unmet = la tranche { $number } attend la réception { $kind ->
    [interim_narrative] du rapport narratif intermédiaire
    [interim_financial] du rapport financier intermédiaire
    [final_narrative] du rapport narratif final
   *[final_financial] du rapport financier final
  } dû le { $due } (il est { $state ->
    [pending] pas encore soumis
    [submitted] soumis, pas encore reçu
   *[received] reçu
  }) ; approuvez avec un override_reason pour la payer malgré tout
leftovers-representation-women = les femmes représentent { $share } % des voyageurs approuvés, en dessous de l’objectif de { $target } %
leftovers-representation-young = les voyageurs de 18 à 34 ans représentent { $share } %, en dessous de l’objectif de { $target } %
leftovers-representation-region = { $region } compte { $share } % des voyageurs approuvés, au-dessus de la limite de { $limit } %
leftovers-percentage-range = doit être un pourcentage de 0 à 100

## Reports: a month group's name (#19).
leftovers-report-month = { $month ->
    [1] janvier { $year }
    [2] février { $year }
    [3] mars { $year }
    [4] avril { $year }
    [5] mai { $year }
    [6] juin { $year }
    [7] juillet { $year }
    [8] août { $year }
    [9] septembre { $year }
    [10] octobre { $year }
    [11] novembre { $year }
   *[12] décembre { $year }
  }

## Reports: a reporting currency without a rate (#19).
leftovers-rate-missing = aucun taux de change de { $from } vers { $to } n’est enregistré (sur un paiement ou un événement) ; choisissez une autre monnaie de présentation ou enregistrez d’abord le taux

## Reports: the grand total in a reporting currency and the rates used (#19).
report-reporting-total = Toutes monnaies en { $currency }
report-rate-payment = Taux { $from } → { $to } : { $rate }, enregistré sur le paiement { $holder } du { $date }
report-rate-payment-inverse = Taux { $from } → { $to } : { $rate }, inverse du taux enregistré sur le paiement { $holder } du { $date }
report-rate-event = Taux { $from } → { $to } : { $rate }, taux de change de l’événement « { $holder } » commençant le { $date }
