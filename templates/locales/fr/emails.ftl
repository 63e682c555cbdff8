# Courriels et notifications dans l'application : une salutation, le texte de l'événement,
# les éléments qui suivent (libellé : valeur), la formule de politesse.

email-greeting = Bonjour { $name },
email-signoff =
    Bien cordialement,
    Le bureau des subventions

## Libellés

email-label-reference = Référence
email-label-requested = Montant demandé
email-label-summary = Résumé
email-label-answers = Questions renseignées
email-label-failed-criteria = Critères non remplis
email-label-reasons = Motifs
email-label-amount = Montant
email-label-next-step = Prochaine étape
email-label-deadline = Échéance
email-label-grounds = Motifs de l'appel
email-label-report = Rapport
email-label-payment-reference = Référence du paiement
email-label-paid-on = Payé le
email-label-matches = Correspondances possibles
email-label-event = Événement
email-label-entitlement = Montant alloué
email-label-appeal = Appel

## Prochaines étapes

email-next-accept-award = Lisez la lettre d'attribution et acceptez-en les conditions dans grantdesk.
email-next-appeal =
    Vous pouvez faire appel de cette décision dans un délai de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, en exposant vos motifs.
email-next-wait-review = Les évaluateurs vont maintenant examiner la demande ; la décision vous sera communiquée.
email-next-approve = La personne qui a fait la demande ne peut pas l'approuver : un autre membre des finances doit le faire.
email-next-adjudicate = Chaque correspondance possible doit être examinée par un chargé de programme : une homonymie n'est jamais à elle seule un motif de rejet.

## Notifications

email-application-submitted-subject = Demande reçue : { $title }
email-application-submitted-body = Nous avons bien reçu votre demande « { $title } ». Ce message en vaut accusé de réception ; vous trouverez ci-dessous un résumé de ce que vous avez soumis.
email-application-eligible-subject = Demande jugée recevable : { $title }
email-application-eligible-body = Votre demande « { $title } » remplit les critères d'éligibilité de l'appel et passe à l'évaluation.
email-application-ineligible-subject = Demande jugée non recevable : { $title }
email-application-ineligible-body = Votre demande « { $title } » ne remplit pas les critères d'éligibilité de l'appel, pour les motifs indiqués ci-dessous.
email-application-awarded-subject = Subvention accordée : { $title }
email-application-awarded-body = Nous avons le plaisir de vous annoncer qu'une subvention est accordée à votre demande « { $title } ». Les motifs de la décision figurent ci-dessous ; la lettre d'attribution suit.
email-application-rejected-subject = Décision concernant votre demande : { $title }
email-application-rejected-body = Nous avons le regret de vous informer que votre demande « { $title } » n'a pas été retenue, pour les motifs indiqués ci-dessous.
email-appeal-filed-subject = Appel déposé : { $title }
email-appeal-filed-body = Le demandeur a fait appel de la décision concernant « { $title } ». L'appel est tranché par un autre chargé de programme que l'auteur de la décision.
email-appeal-upheld-subject = Décision sur l'appel : { $title }
email-appeal-upheld-body = Votre appel concernant « { $title } » a été examiné et la décision est maintenue, pour les motifs indiqués ci-dessous.
email-appeal-overturned-subject = Appel accueilli : { $title }
email-appeal-overturned-body = Votre appel concernant « { $title } » a été accueilli : la demande retourne en évaluation.
email-review-assigned-subject = Nouvelle demande à évaluer : { $title }
email-review-assigned-body = Vous êtes invité(e) à évaluer la demande « { $title } ». En cas de conflit d'intérêts, déclarez-le avant d'aller plus loin.
email-conflict-declared-subject = Conflit d'intérêts déclaré : { $title }
email-conflict-declared-body = Un évaluateur a déclaré un conflit d'intérêts avec « { $title } » et ne l'évalue plus : il faut désigner un autre évaluateur.
email-award-letter-ready-subject = Votre lettre d'attribution est prête : { $title }
email-award-letter-ready-body = La subvention { $title } et sa lettre d'attribution sont prêtes. Elle prend effet dès que votre organisation en accepte les conditions.
email-award-accepted-subject = Subvention acceptée : { $title }
email-award-accepted-body = L'organisation a accepté les conditions de la subvention { $title }, qui est désormais active.
email-report-submitted-subject = Rapport soumis : { $title }
email-report-submitted-body = L'organisation a soumis un rapport pour la subvention { $title } ; il attend d'être réceptionné.
email-report-received-subject = Rapport reçu : { $title }
email-report-received-body = Le bureau a bien reçu votre rapport pour la subvention { $title }. Merci.
email-disbursement-requested-subject = Paiement à approuver : { $title }
email-disbursement-requested-body = Un paiement { DE($title) } a été demandé et attend d'être approuvé.
email-disbursement-paid-subject = Paiement effectué : { $title }
email-disbursement-paid-body = Un paiement { DE($title) } a été effectué en faveur de votre organisation.
email-diligence-match-subject = Filtrage des sanctions à examiner : { $title }
email-diligence-match-body = Le filtrage de « { $title } » sur la Liste récapitulative du Conseil de sécurité de l'ONU a relevé des correspondances possibles.
email-risk-second-approval-subject = Seconde approbation requise : { $title }
email-risk-second-approval-body = L'évaluation des risques « ne pas nuire » de « { $title } » présente un risque résiduel élevé et a reçu une première approbation : celle d'un second chargé de programme est nécessaire.
email-sponsorship-approved-subject = Prise en charge approuvée : { $title }
email-sponsorship-approved-body = La demande de prise en charge { DE($title) } a été approuvée. La lettre de prise en charge et d'appui à la demande de visa peut désormais être téléchargée.
email-sponsorship-rejected-subject = Prise en charge non approuvée : { $title }
email-sponsorship-rejected-body = La demande de prise en charge { DE($title) } n'a pas été approuvée, pour les motifs indiqués ci-dessous.
email-sponsorship-waitlisted-subject = Prise en charge sur liste d'attente : { $title }
email-sponsorship-waitlisted-body = La demande de prise en charge { DE($title) } est sur liste d'attente : elle sera approuvée si des fonds se libèrent.
email-sponsorship-promoted-subject = Prise en charge approuvée depuis la liste d'attente : { $title }
email-sponsorship-promoted-body = Des fonds se sont libérés : la demande de prise en charge { DE($title) } a été approuvée.

## Récapitulatif quotidien

email-digest-subject =
    { $count ->
        [one] { $count } notification vous attend
       *[other] { $count } notifications vous attendent
    }
email-digest-body =
    { $count ->
        [one] Depuis le dernier récapitulatif, un point demande votre attention :
       *[other] Depuis le dernier récapitulatif, { $count } points demandent votre attention :
    }

## Rappels et messages du compte

email-regards = Bien cordialement,
email-call-closing-subject = Rappel : l'appel « { $title } » se clôt le { $due }
email-call-closing-body = Votre organisation a une demande en brouillon pour l'appel « { $title } », qui se clôt le { $due }. Un brouillon qui n'est pas soumis d'ici là ne pourra pas être examiné.
email-review-overdue-subject = Votre évaluation de « { $title } » est en retard
email-review-overdue-body = Vous avez été désigné(e) le { $due } pour évaluer la demande « { $title } » et nous n'avons pas encore reçu vos notes. Merci de soumettre votre évaluation, ou de déclarer un conflit d'intérêts si vous ne pouvez pas l'évaluer.
email-report-due-subject = Rapport attendu le { $due } : { $title }
email-report-due-body = Le document « { $title } » est attendu le { $due }. Les tranches qui en dépendent sont versées dès sa réception.
email-diligence-expiring-subject = La vérification préalable { DE($title) } expire le { $due }
email-diligence-expiring-body = La vérification préalable { DE($title) } reste valable jusqu'au { $due }. Passé cette date, aucune subvention ne peut être accordée à l'organisation avant qu'une nouvelle vérification soit achevée.
email-disbursement-awaiting-approval-subject = Un décaissement attend votre approbation : { $title }
email-disbursement-awaiting-approval-body = Un décaissement ({ $title }) a été demandé le { $due } et attend toujours l'approbation d'un second membre des finances.
email-appeal-window-closing-subject = Le délai d'appel pour « { $title } » expire le { $due }
email-appeal-window-closing-body = La décision (ou le constat d'éligibilité) concernant votre demande « { $title } » peut faire l'objet d'un appel jusqu'au { $due }. Passé cette date, la décision est définitive.
email-sponsorship-deadline-subject = Les demandes de prise en charge pour « { $title } » se clôturent le { $due }
email-sponsorship-deadline-body = Votre organisation a une demande de prise en charge de voyage en brouillon pour « { $title } ». Les demandes se clôturent le { $due } ; un brouillon qui n'est pas soumis d'ici là ne pourra pas être examiné.
email-invitation-subject = Invitation à rejoindre { $title } sur grantdesk
email-invitation-body = Un membre { DE($title) } vous invite à rejoindre l'organisation sur grantdesk, où ses membres déposent ensemble leurs demandes de subvention et leurs rapports.
email-invitation-after = L'invitation expire le { $due }. Si vous ne connaissez pas cette organisation, refusez-la ou ignorez ce message : rien ne change tant que vous ne l'acceptez pas.
email-password-reset-subject = Réinitialisez votre mot de passe grantdesk
email-password-reset-body = Quelqu'un a demandé la réinitialisation du mot de passe de votre compte grantdesk. Si c'est vous, choisissez un nouveau mot de passe ici :
email-password-reset-after = Le lien ne sert qu'une fois, jusqu'au { $due }. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.
email-set-password-subject = Votre compte grantdesk : choisissez un mot de passe
email-set-password-body = Un administrateur { DE($office) } vous a créé un compte grantdesk. Choisissez votre mot de passe ici :
email-set-password-after = Le lien ne sert qu'une fois, jusqu'au { $due }. Si vous n'attendiez pas ce compte, prévenez le bureau.
email-verify-email-subject = Confirmez votre adresse électronique pour grantdesk
email-verify-email-body = Merci de confirmer qu'il s'agit bien de votre adresse, afin que { $office } puisse vous écrire au sujet de vos demandes :
email-verify-email-after = Le lien est valable jusqu'au { $due }. Si vous n'avez pas demandé de compte grantdesk, ignorez ce message.
email-security-notice-subject = Avis de sécurité : { $title }
email-security-notice-when = Quand : { $due }.
email-security-notice-after = Si c'était vous, il n'y a rien à faire. Sinon, réinitialisez immédiatement votre mot de passe et prévenez { $office }.
