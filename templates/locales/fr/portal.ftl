# Les pages du portail web (`templates/portal/`).

portal-product = grantdesk
portal-skip-to-content = Aller au contenu principal
portal-nav-label = Menu principal
portal-nav-calls = Appels à propositions
portal-nav-dashboard = Votre compte
portal-nav-sign-out = Se déconnecter
portal-nav-sign-in = Se connecter
portal-nav-register = Créer un compte
portal-languages-label = Langue
portal-language-en = English
portal-language-fr = Français
portal-language-es = Español
portal-language-ar = العربية
portal-language-ru = Русский
portal-language-zh = 中文
portal-footer-office = Géré par { $office }.
portal-footer-api = API pour les développeurs
portal-local-time = votre heure :
portal-back-home = Aller à la page d’accueil

portal-error-summary-title = Il y a un problème
portal-error-prefix = Erreur :
portal-error-title-prefix = Erreur :
portal-not-found-title = Page introuvable
portal-not-found-detail = Si vous avez saisi l’adresse, vérifiez-la. Si vous avez suivi un lien, il a peut-être expiré ou vous n’y avez pas accès.

portal-home-title = Financements pour la société civile
portal-home-lead = Trouvez un appel à propositions adapté au travail de votre organisation, ou demandez la prise en charge d’un voyage vers une conférence.
portal-home-open-calls = { $count ->
    [one] 1 appel ouvert aux candidatures
   *[other] { $count } appels ouverts aux candidatures
}
portal-home-no-open-calls = Aucun appel n’est ouvert pour le moment. Revenez plus tard.
portal-home-events = { $count ->
    [one] 1 événement ouvert aux demandes de prise en charge
   *[other] { $count } événements ouverts aux demandes de prise en charge
}
portal-home-no-events = Aucun événement n’est ouvert aux demandes de prise en charge pour le moment.
portal-event-requests-close = Clôture des demandes

portal-call-caption = Appel à propositions
portal-call-open = Ouvert
portal-call-not-accepting = Candidatures fermées
portal-call-closed-at = Candidatures closes le
portal-call-grant-range = Montant de la subvention
portal-call-budget = Budget total
portal-call-themes = Thèmes
portal-call-opens = Ouverture
portal-call-closes = Clôture
portal-call-appeal-window = Recours
portal-call-appeal-days = { $days ->
    [one] dans un délai de 1 jour après la décision
   *[other] dans un délai de { $days } jours après la décision
}
portal-call-review = Évaluation
portal-call-blind-review = Les évaluateurs ne voient pas qui a déposé la candidature.
portal-call-open-review = Les évaluateurs voient le nom de l’organisation.
portal-call-eligibility = Qui peut postuler
portal-call-scoring = Comment les candidatures sont notées
portal-call-rubric-caption = Critères de notation et leur poids
portal-call-criterion = Critère
portal-call-weight = Poids
portal-call-scale = Note

portal-sign-in-title = Se connecter
portal-sign-in-button = Se connecter
portal-sign-in-no-account = Pas encore de compte ?
portal-sign-in-wrong = Saisissez une adresse e-mail et un mot de passe corrects
portal-field-email = Adresse e-mail
portal-field-email-hint = Nous ne l’utiliserons que pour vous informer de vos candidatures.
portal-field-password = Mot de passe
portal-field-new-password = Choisissez un mot de passe
portal-field-password-hint = Au moins 10 caractères. Quelques mots dont vous vous souviendrez sont faciles à taper et difficiles à deviner.
portal-field-full-name = Nom complet

portal-register-title = Créer un compte
portal-register-lead = Créez un compte pour demander un financement ou une prise en charge de voyage au nom de votre organisation.
portal-register-button = Créer le compte
portal-register-error-full-name = Saisissez votre nom complet
portal-register-error-email = Saisissez une adresse e-mail au bon format, par exemple nom@exemple.org
portal-register-error-password = Saisissez un mot de passe d’au moins 10 caractères

portal-dashboard-title = Votre compte
portal-dashboard-organisations = Vos organisations
portal-dashboard-no-organisations = Vous n’êtes encore membre d’aucune organisation.
portal-dashboard-applications = Vos candidatures
portal-dashboard-application = Candidature
portal-dashboard-status = Statut
portal-dashboard-next = Prochaine étape
portal-dashboard-no-applications = Vous n’avez encore aucune candidature.
portal-dashboard-find-calls = Trouver un appel à propositions

portal-status-draft = Brouillon
portal-status-submitted = Déposée
portal-status-eligible = Éligible
portal-status-ineligible = Non éligible
portal-status-under-review = En cours d’évaluation
portal-status-awarded = Subvention accordée
portal-status-rejected = Non retenue
portal-status-withdrawn = Retirée
portal-status-appealed = Recours en cours
portal-next-draft = Complétez vos réponses et déposez la candidature avant la clôture de l’appel.
portal-next-submitted = Nous allons vérifier que votre organisation est éligible.
portal-next-eligible = Des évaluateurs vont noter votre candidature.
portal-next-ineligible = Vous pouvez former un recours tant que le délai n’est pas écoulé.
portal-next-under-review = Des évaluateurs notent votre candidature ; nous vous informerons de la décision.
portal-next-awarded = Lisez et acceptez la lettre d’attribution.
portal-next-rejected = Vous pouvez former un recours tant que le délai n’est pas écoulé.
portal-next-withdrawn = Cette candidature ne connaîtra pas d’autre suite.
portal-next-appealed = Un chargé de programme qui n’a pas pris la décision examine votre recours.

portal-instant = { $day } { $month } { $year }, { $time } UTC
portal-date = { $day } { $month } { $year }
portal-month-1 = janvier
portal-month-2 = février
portal-month-3 = mars
portal-month-4 = avril
portal-month-5 = mai
portal-month-6 = juin
portal-month-7 = juillet
portal-month-8 = août
portal-month-9 = septembre
portal-month-10 = octobre
portal-month-11 = novembre
portal-month-12 = décembre

portal-theme-gender = Égalité des genres
portal-theme-youth = Jeunesse
portal-theme-human-rights = Droits humains
portal-theme-pillar1-conditions-conducive = Pilier I : conditions propices à la propagation du terrorisme
portal-theme-pillar2-preventing-combating = Pilier II : prévention du terrorisme et lutte contre ce phénomène
portal-theme-pillar3-capacity-building = Pilier III : renforcement des capacités des États
portal-theme-pillar4-human-rights-rule-of-law = Pilier IV : droits humains et état de droit
portal-list-separator = {", "}
