# Problèmes : le `title` et, quand le code ne fournit pas son propre message du catalogue,
# le `detail` de chaque réponse problem+json, puis les messages des champs en erreur.

problem-unauthorized-title = Authentification requise
problem-unauthorized-description = Aucun jeton d'accès valide n'a été présenté, il a expiré, ou les identifiants sont incorrects.

problem-forbidden-title = Accès refusé
problem-forbidden-description = Vous êtes connecté, mais votre rôle ou votre appartenance ne permet pas cette action.

problem-not-found-title = Introuvable
problem-not-found-description = La ressource n'existe pas, ou vous n'êtes pas autorisé à savoir qu'elle existe.

problem-malformed-request-title = Requête illisible
problem-malformed-request-description = La requête ne peut pas être lue : JSON mal formé, type de contenu JSON absent, paramètre de chemin invalide ou méthode non autorisée sur ce chemin.

problem-validation-title = Requête invalide
problem-validation-description = Un ou plusieurs champs sont absents ou invalides ; `errors` indique chacun avec son chemin JSON.

problem-payload-too-large-title = Corps de requête trop volumineux
problem-payload-too-large-description = Le corps de la requête dépasse 1 Mio.

problem-too-many-requests-title = Trop de requêtes
problem-too-many-requests-description = Trop de tentatives en peu de temps ; `Retry-After` indique quand réessayer.

problem-internal-title = Erreur interne
problem-internal-description = Le service a échoué ; la cause est consignée avec l'identifiant de la requête et n'est jamais affichée.

problem-duplicate-title = Existe déjà
problem-duplicate-description = Un enregistrement avec les mêmes valeurs uniques existe déjà.

problem-concurrent-change-title = Modifié entre-temps
problem-concurrent-change-description = L'enregistrement a changé entre sa lecture et son écriture ; rechargez-le et réessayez.

problem-publication-consent-required-title = Consentement des membres requis
problem-publication-consent-required-description = Seuls les membres de l'organisation consentent à la publication complète de ses subventions ; un chargé de programme fixe les politiques plus restreintes.
problem-publication-consent-required-detail = seuls les membres de l'organisation consentent à la publication complète ; un chargé de programme peut choisir `anonymised`, `region_only` ou `withheld`

problem-publication-lowered-by-officer-title = Politique abaissée par un chargé de programme
problem-publication-lowered-by-officer-description = Un chargé de programme a abaissé la politique de publication de l'organisation pour sa sécurité ; seul un chargé de programme peut la relever.
problem-publication-lowered-by-officer-detail = un chargé de programme a fixé la politique à `{ $policy }` pour la sécurité de l'organisation ; demandez-lui de la relever avant de consentir à davantage

problem-invalid-transition-title = Impossible dans l'état actuel
problem-invalid-transition-description = L'action n'est pas permise depuis le statut actuel de l'enregistrement ; une autre étape doit d'abord avoir lieu.

problem-already-appealed-title = Recours déjà formé
problem-already-appealed-description = La décision ou la constatation a déjà fait l'objet d'un recours.

problem-already-assigned-title = Évaluateur déjà affecté
problem-already-assigned-description = L'évaluateur est déjà affecté à cette demande.

problem-already-member-title = Déjà membre
problem-already-member-description = Ce compte est déjà membre de l'organisation.

problem-appeal-resolved-title = Recours déjà tranché
problem-appeal-resolved-description = Le recours a déjà été rejeté ou accueilli.

problem-appeal-window-closed-title = Délai de recours expiré
problem-appeal-window-closed-description = Le recours a été formé après la fin du délai de recours de l'appel à propositions.

problem-appeal-window-open-title = Délai de recours en cours
problem-appeal-window-open-description = L'appel à propositions ne peut pas être clos tant que les candidats peuvent encore former un recours.

problem-application-not-draft-title = Demande déjà soumise
problem-application-not-draft-description = Une demande ne peut être modifiée que tant qu'elle est à l'état de brouillon.

problem-approval-refused-title = Approbation refusée
problem-approval-refused-description = L'approbation n'est pas permise : l'approbateur n'est pas un second chargé de programme, ou l'évaluation n'est pas prête.

problem-assessment-completed-title = Évaluation terminée
problem-assessment-completed-description = Une évaluation de diligence raisonnable terminée ne peut plus changer ; ouvrez-en une nouvelle.

problem-assessment-incomplete-title = Évaluation incomplète
problem-assessment-incomplete-description = Une évaluation de diligence raisonnable ne peut pas être terminée tant que des points de contrôle, le criblage ou une décision sur les correspondances manquent.

problem-assessment-open-title = Évaluation déjà ouverte
problem-assessment-open-description = L'organisation a déjà une évaluation de diligence raisonnable en cours.

problem-award-not-active-title = Subvention inactive
problem-award-not-active-description = Aucun paiement n'est possible sur une subvention qui n'a pas été acceptée, ou qui est terminée ou résiliée.

problem-award-not-finished-title = Subvention non achevée
problem-award-not-finished-description = Une subvention n'est clôturée que lorsque tout son montant est versé et que ses rapports sont reçus.

problem-award-preconditions-title = Conditions d'octroi non remplies
problem-award-preconditions-description = Une subvention exige une diligence raisonnable valide et une évaluation des risques « ne pas nuire » approuvée, d'un niveau inférieur à critique.

problem-budget-exceeded-title = Budget dépassé
problem-budget-exceeded-description = La subvention ou le parrainage porterait le total de l'appel ou de l'événement au-delà de son plafond budgétaire.

problem-call-cancelled-title = Appel annulé
problem-call-cancelled-description = L'appel à propositions a été annulé ; ses demandes sont closes.

problem-call-closed-title = Appel clos
problem-call-closed-description = La demande est créée ou soumise après la clôture de l'appel à propositions.

problem-call-closes-in-past-title = Date de clôture dépassée
problem-call-closes-in-past-description = Un appel à propositions ne peut pas être publié avec une date de clôture déjà passée.

problem-call-decided-title = Appel tranché
problem-call-decided-description = Les décisions de l'appel à propositions sont définitives ; ses recours sont clos.

problem-call-not-draft-title = L'appel n'est plus un brouillon
problem-call-not-draft-description = Seul un appel à propositions à l'état de brouillon peut être modifié.

problem-call-not-open-title = Appel non ouvert
problem-call-not-open-description = L'appel à propositions n'accepte pas de demandes dans son statut actuel.

problem-call-not-settled-title = Appel non réglé
problem-call-not-settled-description = L'appel à propositions ne peut pas être clos tant que des demandes sont en attente.

problem-call-not-yet-open-title = Appel pas encore ouvert
problem-call-not-yet-open-description = L'appel à propositions s'ouvrira plus tard aux soumissions.

problem-condition-not-met-title = Condition de la tranche non remplie
problem-condition-not-met-description = La condition de la tranche (par exemple un rapport reçu) n'est pas remplie ; un approbateur peut passer outre en donnant un motif.

problem-conflict-of-interest-title = Conflit d'intérêts
problem-conflict-of-interest-description = L'évaluateur a déclaré un conflit d'intérêts ou est membre de l'organisation candidate.

problem-deadline-passed-title = Date limite dépassée
problem-deadline-passed-description = Les demandes de parrainage pour cet événement sont closes depuis sa date limite.

problem-disbursement-ceiling-title = Plafond dépassé
problem-disbursement-ceiling-description = Le décaissement porterait les montants demandés, approuvés et versés au-delà du plafond de la subvention, de la tranche ou du parrainage.

problem-duplicate-traveller-title = Voyageur déjà demandé
problem-duplicate-traveller-description = Ce voyageur a déjà une demande de parrainage pour cet événement.

problem-email-taken-title = Adresse déjà utilisée
problem-email-taken-description = Un compte avec cette adresse électronique existe déjà.

problem-email-unverified-title = Adresse non vérifiée
problem-email-unverified-description = L'adresse électronique du compte n'est pas encore vérifiée ; suivez le lien qui lui a été envoyé, ou demandez-en un nouveau avec `POST /api/v1/auth/verify-email/resend`.

problem-email-verified-title = Adresse déjà vérifiée
problem-email-verified-description = L'adresse électronique du compte est déjà vérifiée ; il n'y a rien à confirmer.

problem-event-not-open-title = Événement non ouvert
problem-event-not-open-description = L'événement n'accepte pas de demandes de parrainage dans son statut actuel.

problem-invitation-closed-title = Invitation close
problem-invitation-closed-description = L'invitation a déjà été acceptée, déclinée ou révoquée, ou elle a expiré ; un membre peut en envoyer une nouvelle.

problem-letter-unavailable-title = Lettre indisponible
problem-letter-unavailable-description = La lettre n'est émise qu'une fois que la subvention ou le parrainage a atteint le statut qui le permet.

problem-link-invalid-title = Lien non valide
problem-link-invalid-description = Le lien envoyé par courriel est inconnu, a déjà servi (ou a été remplacé par un plus récent) ou a expiré ; demandez-en un nouveau.

problem-mfa-enabled-title = Double authentification déjà activée
problem-mfa-enabled-description = La double authentification est déjà activée ; désactivez-la avec un code valide avant de vous inscrire à nouveau.

problem-mfa-not-enabled-title = Double authentification non activée
problem-mfa-not-enabled-description = La double authentification n'est pas activée (ou son inscription n'a pas commencé) ; inscrivez-vous d'abord avec `POST /api/v1/me/mfa/totp`.

problem-mfa-required-title = Double authentification requise
problem-mfa-required-description = Le rôle de l'appelant exige la double authentification ; tant qu'il ne s'est pas inscrit, il peut seulement lire son compte et s'inscrire.

problem-no-reviews-title = Aucune évaluation
problem-no-reviews-description = Aucune évaluation n'a été remise ; décidez après la première, ou donnez un motif de dérogation.

problem-no-sanctions-list-title = Aucune liste de sanctions
problem-no-sanctions-list-description = Aucune liste de sanctions n'a encore été importée ; un administrateur doit d'abord l'importer.

problem-not-ready-for-review-title = Pas prête pour l'évaluation
problem-not-ready-for-review-description = Les évaluateurs ne sont affectés qu'aux demandes jugées recevables.

problem-not-yet-travelled-title = Voyage pas encore effectué
problem-not-yet-travelled-description = La présence est confirmée à partir de la date d'arrivée du voyageur.

problem-nothing-to-appeal-title = Rien à contester
problem-nothing-to-appeal-description = Seul un rejet ou une constatation d'irrecevabilité peut faire l'objet d'un recours.

problem-nothing-to-reclaim-title = Rien à récupérer
problem-nothing-to-reclaim-description = L'organisation ne doit rien en retour pour ce parrainage.

problem-payment-approved-title = Paiement approuvé
problem-payment-approved-description = Un paiement est approuvé ; le service financier doit d'abord le verser ou l'annuler.

problem-payments-in-flight-title = Paiements en cours
problem-payments-in-flight-description = Des paiements sont demandés ou approuvés ; le service financier doit d'abord les verser ou les annuler.

problem-refund-recorded-title = Remboursement déjà enregistré
problem-refund-recorded-description = Le remboursement de ce parrainage est déjà enregistré.

problem-rescreening-required-title = Nouveau criblage requis
problem-rescreening-required-description = Les noms criblés de l'organisation ont changé, ou la liste de sanctions en vigueur trouve une correspondance non tranchée, depuis sa diligence raisonnable ; un chargé de programme doit la cribler à nouveau.

problem-review-frozen-title = Évaluation figée
problem-review-frozen-description = L'évaluation est envoyée (définitive), ou la demande a fait l'objet d'une décision : elle ne change plus, sauf si un chargé de programme la rouvre après un recours.

problem-risk-approved-title = Évaluation des risques approuvée
problem-risk-approved-description = Une évaluation des risques approuvée ne peut plus changer.

problem-risk-assessment-exists-title = Évaluation des risques existante
problem-risk-assessment-exists-description = La demande ou le parrainage a déjà une évaluation des risques.

problem-risk-gate-title = Risque non levé
problem-risk-gate-description = L'évaluation des risques « ne pas nuire » n'est pas approuvée, ou son risque résiduel bloque l'action.

problem-screening-outdated-title = Criblage périmé
problem-screening-outdated-description = Les noms ou les membres de l'organisation, ou la liste de sanctions, ont changé depuis le criblage ; criblez à nouveau.

problem-sponsorship-not-payable-title = Parrainage non payable
problem-sponsorship-not-payable-description = Aucun paiement n'est possible sauf sur un parrainage approuvé, voyagé ou rapproché dont le risque est levé.

problem-file-too-large-title = Fichier trop volumineux
problem-file-too-large-description = Le fichier envoyé dépasse la limite par fichier, ou ferait dépasser à sa demande sa limite totale ; le détail indique la limite.

problem-unsupported-file-type-title = Type de fichier non accepté
problem-unsupported-file-type-description = Le contenu du fichier envoyé n'est ni PDF, ni PNG, ni JPEG, ni DOCX, ni XLSX, ni ODT, ni ODS, ni CSV, ni texte brut, quel que soit son nom, ou le fichier est vide.

problem-document-locked-title = Documents verrouillés
problem-document-locked-description = Les documents ne s'ajoutent ou ne se retirent que tant que leur objet peut encore changer (une demande tant qu'elle est un brouillon, un parrainage tant qu'il n'est pas soldé).

problem-form-frozen-title = Formulaire figé
problem-form-frozen-description = Le formulaire d'un appel ne change que tant que l'appel est un brouillon ; une fois l'appel ouvert, un chargé de programme ne peut qu'ajouter des questions facultatives après les questions existantes.

## Le détail des problèmes génériques.

problem-validation-request = la requête est invalide : { $reason }
problem-validation-one-field = 1 champ est invalide : { $field }
problem-validation-fields = { $count } champs sont invalides : { $fields }
problem-payload-too-large-detail = le corps de la requête dépasse 1 Mio
problem-internal-detail = le service a échoué ; l'erreur a été consignée

## Les messages des champs en erreur (`errors[].message`).

field-required = ce champ est obligatoire
field-unknown = n'est pas un champ de cette requête ; les champs sont : { $fields }
field-one-of = doit être l'une des valeurs suivantes : { $values }
field-not-blank = ne doit pas être vide
field-too-long = doit comporter au plus { $max } caractères
field-amount = doit être un montant écrit comme une chaîne, par exemple "15000.00"
field-text = doit être un texte, écrit entre guillemets droits
field-boolean = doit être true ou false
field-integer = doit être un nombre entier
field-number = doit être un nombre
field-list = doit être une liste, écrite entre crochets
field-object = doit être un objet, écrit entre accolades
field-null = doit être omis ou null
field-date = doit être une date au format AAAA-MM-JJ, par exemple "2027-03-31"
field-date-time = doit être un instant avec son décalage horaire, par exemple "2027-03-31T17:00:00Z"
field-uuid = doit être un identifiant (un UUID), par exemple "6f1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b"
field-documented-format = doit être un texte au format documenté
field-no-nul = ne doit pas contenir de caractère NUL
field-whole-number-range = doit être un nombre entier de { $low } à { $high }
request-no-nul = le texte ne doit pas contenir de caractère NUL (\u0000)

## Détails de conflit propres au cas.

conflict-call-not-yet-open = l'appel à propositions s'ouvre aux soumissions le { $opens_at }
conflict-call-closed = l'appel à propositions a été clos le { $closes_at } ; aucune soumission n'est possible après cet instant
conflict-appeal-window-closed = le délai de recours a expiré le { $deadline }
conflict-deadline-passed = les demandes ont été closes le { $deadline }
