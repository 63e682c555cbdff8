# Les pages de compte du portail : connexion avec un second facteur, vérification de
# l'adresse, mot de passe oublié, paramètres, sessions et notifications.

portal-nav-notifications = { $count ->
    [0] Notifications
    [100] Notifications (99+ non lues)
   *[other] Notifications ({ $count } non lues)
}
portal-nav-settings = Paramètres
portal-go-to-account = Aller à votre compte

portal-code-title = Saisissez votre code de sécurité
portal-code-lead = Votre compte est protégé par la connexion en deux étapes. Ouvrez votre application d’authentification et saisissez le code qu’elle affiche pour grantdesk.
portal-field-code = Code de sécurité
portal-field-code-hint = Les 6 chiffres affichés par votre application, ou l’un de vos codes de secours si vous n’avez pas votre téléphone.
portal-code-button = Continuer
portal-code-start-again = Recommencer la connexion
portal-code-missing = Saisissez le code de votre application d’authentification
portal-code-wrong = Le code est incorrect ou a déjà été utilisé. Saisissez le dernier code affiché par votre application

portal-verify-title = Confirmez votre adresse e-mail
portal-verify-lead = Confirmez qu’il s’agit bien de votre adresse e-mail, afin que le bureau puisse vous écrire au sujet de vos demandes.
portal-verify-button = Confirmer mon adresse e-mail
portal-verified-title = Adresse e-mail confirmée
portal-verified-text = Merci. Votre organisation peut désormais soumettre des demandes de financement et de prise en charge.
portal-verify-banner-title = Confirmez votre adresse e-mail
portal-verify-banner-text = Nous avons envoyé un lien à { $email }. Suivez-le pour confirmer votre adresse : vous ne pourrez pas soumettre de demande avant de l’avoir fait.
portal-verify-banner-resend = M’envoyer un nouveau lien
portal-verify-sent-title = Nous vous avons envoyé un nouveau lien
portal-verify-sent-text = Consultez vos e-mails et suivez le lien pour confirmer votre adresse. Les liens précédents ne fonctionnent plus. Le lien est valable 7 jours.

portal-forgot-link = Mot de passe oublié ?
portal-forgot-title = Réinitialiser votre mot de passe
portal-forgot-lead = Saisissez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
portal-forgot-button = Envoyer le lien
portal-forgot-sent-title = Consultez vos e-mails
portal-forgot-sent-text = Si un compte utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien est valable 1 heure.
portal-forgot-sent-later = Si rien n’arrive d’ici quelques minutes, vérifiez vos courriers indésirables ou demandez un nouveau lien.
portal-reset-title = Choisissez un nouveau mot de passe
portal-reset-button = Enregistrer le nouveau mot de passe
portal-reset-done-title = Votre mot de passe a été modifié
portal-reset-done-text = Tous les appareils connectés à votre compte ont été déconnectés. Connectez-vous avec votre nouveau mot de passe.

portal-link-invalid-title = Ce lien ne fonctionne pas
portal-link-invalid-text = Un lien reçu par e-mail ne sert qu’une fois, et seulement jusqu’à son expiration. Un lien plus récent remplace aussi les précédents.
portal-link-invalid-verify = Connectez-vous et demandez un nouveau lien depuis la page de votre compte.
portal-link-invalid-reset = Demandez un nouveau lien pour réinitialiser votre mot de passe.

portal-settings-title = Paramètres
portal-settings-change = Modifier
portal-settings-back = Retour aux paramètres
portal-settings-save = Enregistrer
portal-settings-language = Langue
portal-settings-language-missing = Choisissez une langue
portal-settings-email-verified = Confirmée
portal-settings-email-unverified = Non confirmée
portal-settings-two-factor = Connexion en deux étapes
portal-settings-two-factor-on = Activée
portal-settings-two-factor-off = Désactivée
portal-settings-done-language = Votre langue a été enregistrée.
portal-settings-done-password = Votre mot de passe a été modifié. Les autres appareils ont été déconnectés.
portal-settings-done-two-factor-on = La connexion en deux étapes est activée.
portal-settings-done-two-factor-off = La connexion en deux étapes est désactivée.
portal-settings-done-session-ended = La session a été déconnectée.
portal-settings-password-title = Modifier votre mot de passe
portal-settings-password-lead = Tous les autres appareils connectés à votre compte seront déconnectés.
portal-settings-password-button = Modifier le mot de passe
portal-settings-password-wrong = Saisissez votre mot de passe actuel
portal-field-current-password = Mot de passe actuel
portal-settings-sessions = Où vous êtes connecté
portal-settings-sessions-lead = Si vous ne reconnaissez pas une session, déconnectez-la et changez votre mot de passe.
portal-settings-session-kind = Session
portal-settings-session-client = Adresse réseau
portal-settings-session-started = Connexion
portal-settings-session-used = Dernière utilisation
portal-settings-session-action = Action
portal-settings-session-browser = Navigateur web
portal-settings-session-api = Programme (API)
portal-settings-session-current = Ce navigateur
portal-settings-session-end = Déconnecter

portal-two-factor-title = Connexion en deux étapes
portal-two-factor-required = Votre rôle exige la connexion en deux étapes. Configurez-la pour continuer.
portal-two-factor-off-lead = Avec la connexion en deux étapes, un mot de passe volé ne suffit pas pour accéder à votre compte : vous saisissez aussi un code fourni par une application d’authentification sur votre téléphone.
portal-two-factor-enrol-button = Configurer la connexion en deux étapes
portal-two-factor-step-app = Installez une application d’authentification sur votre téléphone, si vous n’en avez pas.
portal-two-factor-step-scan = Scannez ce code QR avec l’application.
portal-two-factor-qr-label = Code QR à scanner avec votre application d’authentification
portal-two-factor-step-type = Si vous ne pouvez pas le scanner, saisissez plutôt cette clé dans l’application :
portal-two-factor-step-code = Saisissez le code à 6 chiffres affiché par l’application.
portal-field-app-code = Code de votre application
portal-field-app-code-hint = 6 chiffres, par exemple 123456.
portal-two-factor-confirm-button = Activer la connexion en deux étapes
portal-two-factor-on-lead = À la connexion, vous saisissez un code de votre application d’authentification après votre mot de passe.
portal-two-factor-disable-title = Désactiver la connexion en deux étapes
portal-two-factor-disable-button = Désactiver la connexion en deux étapes
portal-recovery-title = La connexion en deux étapes est activée
portal-recovery-lead = Conservez ces codes de secours en lieu sûr. Si vous perdez votre téléphone, chaque code vous permet de vous connecter une fois.
portal-recovery-once = C’est la seule fois que nous les affichons.
portal-recovery-continue = J’ai conservé mes codes de secours

portal-notifications-title = Notifications
portal-notifications-unread = { $count ->
    [0] Vous n’avez aucune notification non lue.
    [100] Vous avez plus de 99 notifications non lues.
    [one] Vous avez 1 notification non lue.
   *[other] Vous avez { $count } notifications non lues.
}
portal-notifications-new = Non lue
portal-notifications-mark-read = Marquer comme lue
portal-notifications-none = Vous n’avez encore aucune notification.
portal-notifications-pages = Pages de notifications
portal-notifications-newer = Notifications plus récentes
portal-notifications-older = Notifications plus anciennes
portal-dashboard-unread = { $count ->
    [one] Vous avez 1 notification non lue
   *[other] Vous avez { $count } notifications non lues
}

portal-members-title = Membres
portal-members-since = Membre depuis le
portal-members-waiting = Invitations en attente de réponse
portal-members-expires = jusqu’au
portal-members-invite-title = Inviter une personne
portal-members-invite-hint = Nous lui enverrons une invitation par e-mail. Elle l’accepte en se connectant avec cette adresse.
portal-members-invite-button = Envoyer l’invitation
portal-members-invited = L’invitation a été envoyée.
