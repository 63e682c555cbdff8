# Les finitions du portail : revenir là où vous en étiez après l’inscription.

portal-finish-continue = Reprendre là où vous en étiez

portal-finish-deadlines = Prochaines échéances
portal-finish-no-deadlines = Rien n’est dû dans les semaines à venir.
portal-finish-calendar-hint = Votre application d’agenda peut s’abonner à ces échéances et les tenir à jour.
portal-finish-calendar-button = Obtenir un lien d’agenda
portal-finish-calendar-title = Votre lien d’agenda
portal-finish-calendar-text = Ajoutez cette adresse à votre application d’agenda comme abonnement (dans la plupart des applications : « Ajouter un agenda », puis « À partir d’une URL »). Vos échéances y apparaîtront et resteront à jour.
portal-finish-calendar-label = Adresse de l’agenda
portal-finish-calendar-private = Gardez-la pour vous : toute personne qui la connaît peut lire vos échéances. Demander un nouveau lien désactive celui-ci.

portal-finish-invitation-email-sign-in = Pour accepter ou refuser, ouvrez cette page et connectez-vous avec l’adresse { $email } : { $link }
    L'invitation est valable { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
portal-finish-invitation-email-register = Vous n’avez pas encore de compte grantdesk. Ouvrez cette page, créez un compte avec l’adresse { $email }, puis acceptez : { $link }
    L'invitation est valable { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
portal-finish-invitation-caption = Invitation
portal-finish-invitation-title = Rejoindre une organisation
portal-finish-invitation-lead = Vous êtes invité à rejoindre
portal-finish-invitation-for = Invitation envoyée à
portal-finish-invitation-until = Répondre avant le
portal-finish-invitation-sign-in-first = Connectez-vous avec l’adresse à laquelle l’invitation a été envoyée, puis acceptez-la ici.
portal-finish-invitation-accept = Accepter et rejoindre
portal-finish-invitation-decline = Refuser
portal-finish-invitation-joined = Vous êtes désormais membre de cette organisation.
portal-finish-invitation-declined-title = Invitation refusée
portal-finish-invitation-declined-text = Vous n’avez pas rejoint l’organisation. Ses membres peuvent vous inviter de nouveau.

portal-finish-preferences-title = Notifications par e-mail
portal-finish-preferences-summary = Choisissez les messages qui vous arrivent aussi par e-mail
portal-finish-preferences-lead = Chaque message figure dans vos notifications sur grantdesk. Choisissez ceux qui vous arrivent aussi par e-mail. Les avis de sécurité et les liens que vous demandez arrivent toujours par e-mail.
portal-finish-preferences-by-email = M’envoyer un e-mail quand
portal-finish-preferences-hint = Décochez ce que vous ne voulez pas recevoir par e-mail : vous le verrez toujours ici.
portal-finish-preferences-delivery = Envoi des e-mails
portal-finish-preferences-each = Un e-mail par message
portal-finish-preferences-daily = Un e-mail par jour qui les récapitule
portal-finish-preferences-saved = Vos choix sont enregistrés.
portal-finish-kind-application_submitted = une candidature est envoyée (l’accusé de réception)
portal-finish-kind-application_eligible = une candidature est jugée recevable
portal-finish-kind-application_ineligible = une candidature est jugée irrecevable
portal-finish-kind-application_awarded = une candidature obtient une subvention
portal-finish-kind-application_rejected = une candidature est rejetée
portal-finish-kind-appeal_upheld = un recours est tranché et la décision est maintenue
portal-finish-kind-appeal_overturned = un recours est accueilli
portal-finish-kind-award_letter_ready = une lettre d’attribution est prête
portal-finish-kind-report_received = le bureau a reçu un rapport
portal-finish-kind-disbursement_paid = un paiement est effectué
portal-finish-kind-sponsorship_approved = une prise en charge de voyage est accordée
portal-finish-kind-sponsorship_rejected = une prise en charge de voyage est refusée
portal-finish-kind-sponsorship_waitlisted = une prise en charge de voyage est mise en liste d’attente
portal-finish-kind-sponsorship_promoted = une prise en charge de voyage sort de la liste d’attente
portal-finish-kind-call_closing = un appel pour lequel j’ai un brouillon se clôt bientôt
portal-finish-kind-report_due = un rapport est bientôt dû
portal-finish-kind-appeal_window_closing = un délai de recours se termine bientôt
portal-finish-kind-sponsorship_deadline = les demandes de prise en charge pour un événement se closent bientôt
portal-finish-kind-invitation = quelqu’un m’invite à rejoindre une organisation
portal-finish-kind-appeal_filed = un recours est déposé
portal-finish-kind-review_assigned = une candidature m’est confiée pour évaluation
portal-finish-kind-conflict_declared = un évaluateur déclare un conflit d’intérêts
portal-finish-kind-award_accepted = une organisation accepte une subvention
portal-finish-kind-report_submitted = une organisation envoie un rapport
portal-finish-kind-disbursement_requested = un décaissement est demandé
portal-finish-kind-diligence_match = le filtrage trouve une correspondance possible avec la liste des sanctions
portal-finish-kind-risk_second_approval = une évaluation des risques attend une seconde approbation
portal-finish-kind-review_overdue = une évaluation est en retard
portal-finish-kind-diligence_expiring = une diligence raisonnable expire bientôt
portal-finish-kind-disbursement_awaiting_approval = un décaissement attend une approbation
