# Les pages des administrateurs : utilisateurs du personnel, liste des sanctions et boîte d’envoi.

staff-admin-role-officer = Chargé·e de programme
staff-admin-role-reviewer = Évaluateur·rice
staff-admin-role-finance = Finances
staff-admin-role-admin = Administrateur·rice
staff-admin-role-applicant = Candidat·e

staff-users-title = Utilisateurs du personnel
staff-users-lead = Toutes les personnes qui travaillent dans l’espace du bureau, avec leurs rôles et leur façon de se connecter.
staff-users-count = { $count ->
    [one] Un utilisateur du personnel
   *[other] { $count } utilisateurs du personnel
}
staff-users-col-name = Nom
staff-users-col-email = Adresse électronique
staff-users-col-roles = Rôles
staff-users-col-status = Compte
staff-users-col-mfa = Connexion en deux étapes
staff-users-col-last-sign-in = Dernière connexion
staff-users-active = Actif
staff-users-deactivated = Désactivé
staff-users-mfa-on = Activée
staff-users-mfa-off = Non activée
staff-users-never = Aucune enregistrée
staff-users-invite-heading = Inviter un membre du personnel
staff-users-invite-lead = La personne reçoit un courriel avec un lien pour choisir son mot de passe. Le lien est valable 7 jours.
staff-users-field-name = Nom complet
staff-users-field-email = Adresse électronique
staff-users-field-roles = Rôles
staff-users-roles-hint = Cochez chaque rôle dont la personne a besoin.
staff-users-invite-button = Envoyer l’invitation
staff-users-error-name = Saisissez son nom complet
staff-users-error-email = Saisissez une adresse électronique au bon format, par exemple nom@example.org
staff-users-error-roles = Cochez au moins un rôle
staff-users-done-invited = L’invitation a été envoyée. Elle attend dans la boîte d’envoi jusqu’à sa remise.
staff-users-done-roles = Les rôles ont été modifiés.
staff-users-done-deactivated = Le compte a été désactivé et toutes ses sessions ont été fermées.
staff-users-done-reactivated = Le compte a été réactivé. La personne se connecte de nouveau avec son mot de passe.
staff-user-title = { $name }
staff-user-created = Compte créé
staff-user-roles-heading = Modifier les rôles
staff-user-roles-button = Enregistrer les rôles
staff-user-access-heading = Accès
staff-user-deactivate-lead = Un compte désactivé ne peut plus se connecter, et toutes ses sessions sont fermées aussitôt.
staff-user-deactivate-button = Désactiver le compte
staff-user-reactivate-lead = Ce compte est désactivé. Le réactiver permet à la personne de se connecter de nouveau.
staff-user-reactivate-button = Réactiver le compte
staff-user-self-note = Vous ne pouvez ni désactiver votre propre compte ni retirer votre propre rôle d’administrateur : un autre administrateur le fait. Ainsi, le bureau garde toujours un administrateur.
staff-user-confirm-title = Désactiver le compte de { $name } ?
staff-user-confirm-lead = { $name } ne pourra plus se connecter, et toutes ses sessions sont fermées maintenant. Ses dossiers et son historique restent tels quels. Un administrateur peut réactiver le compte plus tard.
staff-user-confirm-button = Oui, désactiver le compte
staff-user-cancel = Non, revenir en arrière
staff-user-back = Retour aux utilisateurs du personnel
staff-user-error-self-deactivate = Vous ne pouvez pas désactiver votre propre compte : un autre administrateur le fait

staff-sanctions-title = Liste des sanctions
staff-sanctions-lead = Les organisations sont comparées à cette liste pendant la diligence raisonnable. Charger une nouvelle liste remplace celle en vigueur.
staff-sanctions-status = État
staff-sanctions-status-loaded = Chargée
staff-sanctions-status-none = Aucune liste chargée : la diligence raisonnable ne peut pas vérifier les organisations tant qu’il n’y en a pas.
staff-sanctions-list = Liste
staff-sanctions-source = Source
staff-sanctions-source-value = Liste récapitulative du Conseil de sécurité des Nations Unies (XML)
staff-sanctions-generated = Publiée par la source
staff-sanctions-generated-unknown = Non indiqué dans la liste
staff-sanctions-imported = Chargée le
staff-sanctions-imported-by = Chargée par
staff-sanctions-imported-by-system = La ligne de commande ou la démonstration
staff-sanctions-entries = Entrées
staff-sanctions-upload-heading = Charger une nouvelle liste
staff-sanctions-field-file = Fichier de la liste
staff-sanctions-file-hint = La liste récapitulative en XML (un document CONSOLIDATED_LIST), telle que le Conseil de sécurité la publie.
staff-sanctions-upload-button = Charger la liste
staff-sanctions-error-file = Choisissez le fichier XML de la liste
staff-sanctions-error-unreadable = Le fichier n’est pas une liste récapitulative lisible : { $detail }. La liste en vigueur n’a pas changé.
staff-sanctions-done-loaded = La nouvelle liste a été chargée.

staff-outbox-title = Boîte d’envoi
staff-outbox-lead = Les courriels envoyés par le bureau. Un message dont l’envoi a échoué peut être renvoyé.
staff-outbox-filter = Afficher
staff-outbox-filter-all = Tous les messages
staff-outbox-filter-button = Filtrer
staff-outbox-count = { $count ->
    [one] Un message
   *[other] { $count } messages
}
staff-outbox-col-recipient = Destinataire
staff-outbox-col-subject = Objet
staff-outbox-col-status = État
staff-outbox-col-attempts = Tentatives
staff-outbox-col-created = Mis en file
staff-outbox-col-times = Prochaine tentative ou envoi
staff-outbox-col-action = Action
staff-outbox-status-queued = En file d’attente
staff-outbox-status-sending = En cours d’envoi
staff-outbox-status-sent = Envoyé
staff-outbox-status-failed = Échec
staff-outbox-status-in_app = Gardé dans l’application
staff-outbox-last-error = Dernière erreur : { $error }
staff-outbox-retry-button = Réessayer
staff-outbox-none = Aucun message dans cette liste.
staff-outbox-done-retried = Le message est de nouveau en file d’attente et part avec le prochain envoi.
staff-outbox-more = Messages plus anciens

outbox-retry-not-failed = Seul un message dont l’envoi a échoué peut être réessayé
outbox-retry-ended = Ce message n’a pas été envoyé à dessein (il a expiré ou ne s’applique plus) : il ne peut pas être réessayé
