# Lettres (attribution de subvention, parrainage et appui à la demande de visa) : leur texte,
# les dates et les montants en toutes lettres. Les noms restent tels qu'ils sont écrits.

## Dates et montants

letter-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
letter-date-range = du { $start } au { $end }
letter-date-single = le { $date }
letter-amount = { $number } { $currency }
letter-amount-with-fraction = { $number } { $currency } et { $fraction }
letter-amount-negative = moins { $amount }
currency-EUR = { $count ->
    [one] euro
   *[other] euros
}
currency-USD = { $count ->
    [one] dollar des États-Unis
   *[other] dollars des États-Unis
}
currency-GBP = { $count ->
    [one] livre sterling
   *[other] livres sterling
}
currency-CHF = { $count ->
    [one] franc suisse
   *[other] francs suisses
}
currency-JPY = { $count ->
    [one] yen
   *[other] yens
}
currency-CNY = { $count ->
    [one] yuan renminbi
   *[other] yuans renminbi
}
currency-RUB = { $count ->
    [one] rouble russe
   *[other] roubles russes
}

## Le cadre commun

letter-date-line = Date : { $date }
letter-reference-line = Référence : { $reference }
letter-subject-line = Objet : { $subject }
letter-signatory-role = Responsable des subventions, { $office }
letter-yours-sincerely = Nous vous prions d’agréer l’expression de nos salutations distinguées.
letter-yours-faithfully = Veuillez agréer l’expression de notre haute considération.
letter-amount-column = Montant ({ $currency })

## Lettre d'attribution

letter-award-footer = Lettre d’attribution { $reference } · page { $page } sur { $pages }
letter-award-document = Lettre d’attribution
letter-award-subject = Attribution d’une subvention au titre de l’appel « { $call } »
letter-award-to = Destinataire :
letter-award-greeting = Madame, Monsieur,
letter-award-intro = Nous avons le plaisir de vous informer que { $office } accorde à votre organisation une subvention de { $amount } { $currency } ({ $amount_words }) pour le projet « { $project } », présenté dans le cadre de l’appel « { $call } ». La subvention est versée selon les tranches indiquées ci-dessous, chacune à son échéance, dès que sa condition est remplie.
letter-award-tranches = Tranches
letter-award-tranche-number = N°
letter-award-due-date = Échéance
letter-award-condition = Condition
letter-award-obligations = Rapports à remettre
letter-award-obligation = { $report }, à remettre le { $date }
letter-award-no-obligations = Cette subvention n’impose aucun rapport en dehors des conditions générales ci-dessous.
letter-award-conditions = Conditions générales
letter-award-conditions-text = La subvention ne peut servir qu’aux activités et au budget approuvés dans votre demande. Les rapports narratifs et financiers sont dus aux dates indiquées ci-dessus, et une tranche n’est versée qu’après réception des rapports dus avant elle. Vous devez informer { $office } par écrit et sans délai de tout changement du projet, de son budget, de son calendrier ou de votre organisation susceptible d’affecter la subvention. Si ces conditions ne sont pas respectées, { $office } peut suspendre ou résilier la subvention et demander le remboursement des fonds non utilisés ou mal employés.
letter-award-acceptance = Acceptation
letter-award-acceptance-text = Pour accepter cette subvention, connectez-vous à grantdesk et acceptez les conditions de la subvention { $reference } dans les 30 jours suivant la date de la présente lettre. La subvention prend effet à votre acceptation ; la première tranche n’est pas versée avant.
letter-report-interim_narrative = Rapport narratif intermédiaire
letter-report-interim_financial = Rapport financier intermédiaire
letter-report-final_narrative = Rapport narratif final
letter-report-final_financial = Rapport financier final

## Lettre de parrainage et d'appui à la demande de visa

letter-sponsorship-footer = Lettre de parrainage { $reference } · page { $page } sur { $pages }
letter-sponsorship-document = Lettre de parrainage
letter-sponsorship-subject = Invitation et prise en charge pour participer à « { $event } »
letter-sponsorship-heading = Invitation, prise en charge et appui à la demande de visa pour participer à « { $event } »
letter-sponsorship-to = À l’attention de l’ambassade ou du consulat compétent
letter-sponsorship-greeting = Madame, Monsieur,
letter-sponsorship-invitation = { $office } invite la personne désignée ci-dessous à participer à « { $event } » ({ $place }, { $dates }) et prend en charge sa participation dans les conditions décrites dans la présente lettre.
letter-sponsorship-traveller = Voyageur ou voyageuse
letter-field-full-name = Nom complet tel qu’il figure sur le passeport
letter-field-nationality = Nationalité
letter-field-organisation = Organisation
letter-field-organisation-country = Pays de l’organisation
letter-field-role = Fonction au sein de l’organisation
letter-field-origin = Ville de départ
letter-sponsorship-stay = L’arrivée est prévue le { $arrival } et le départ le { $departure } ({ $nights ->
    [0] aller-retour dans la journée
    [one] une nuit
   *[other] { $nights_shown } nuits
}).
letter-sponsorship-covered = Frais pris en charge
letter-sponsorship-item = Poste
letter-sponsorship-total = Total
letter-sponsorship-amounts = La prise en charge s’élève à { $total } { $currency } ({ $total_words }). Une avance de { $percent } de ce montant, soit { $advance } { $currency }, est versée avant le voyage ; le solde est versé une fois la participation confirmée et les frais rapprochés.
letter-sponsorship-visa = Appui à la demande de visa
letter-sponsorship-visa-text = { $office } prie les autorités compétentes de bien vouloir faciliter la délivrance du visa nécessaire au voyage à { $city } ({ $country }) aux dates indiquées ci-dessus. Toute demande de renseignements concernant la présente lettre doit en rappeler la référence, { $reference }.
letter-covered-nights = { $nights ->
    [one] une nuit
   *[other] { $nights_shown } nuits
}
letter-covered-dsa = Indemnité journalière de subsistance : { $nights } à { $rate } { $currency }
letter-covered-dsa-reduced = Indemnité journalière de subsistance : { $nights } à { $percent } de { $rate } { $currency } (au-delà de 60 nuits)
letter-covered-terminal = Faux frais au départ et à l’arrivée ({ $ends_shown } trajets)
letter-covered-airfare = Billet d’avion aller-retour au départ { DE($city) }
letter-covered-extra-nights = Dont { $nights } hors de la période de voyage autorisée, accordées pour le motif suivant : { $reason }
letter-covered-local = Ni indemnité de subsistance ni faux frais : la personne réside dans la région de l’événement
letter-covered-unpaid = { $nights } hors de la période de voyage autorisée, non prises en charge
