# Textes que les services écrivaient en anglais dans le code : avis de sécurité, liens et
# invitations envoyés par courriel, intitulés et précisions des rappels et des avis.

## Avis de sécurité : le nom court du changement (l'objet se lit « Avis de sécurité : … »)
## et une phrase sur ce qui s'est passé.
notice-password-changed = mot de passe modifié
notice-password-changed-by-link = Le mot de passe de votre compte grantdesk a été modifié au moyen d'un lien envoyé à cette adresse ; toutes les sessions ont été fermées.
notice-password-changed-signed-in = Le mot de passe de votre compte grantdesk a été modifié par une personne connectée à ce compte ; toutes les sessions ont été fermées.
notice-email-changed = adresse électronique modifiée
notice-email-changed-detail = L'adresse électronique de votre compte grantdesk est passée de { $before } à { $after }.
notice-email-change-requested = demande de changement d'adresse électronique
notice-email-change-requested-detail = Une personne connectée à votre compte grantdesk a demandé à remplacer son adresse électronique par { $email }. Le changement n'a lieu que si le lien envoyé à cette adresse est suivi.
notice-mfa-on = connexion en deux étapes activée
notice-mfa-on-detail = La connexion en deux étapes a été activée pour votre compte grantdesk.
notice-mfa-off = connexion en deux étapes désactivée
notice-mfa-off-detail = La connexion en deux étapes a été désactivée pour votre compte grantdesk.
notice-new-sign-in = nouvelle connexion
notice-new-sign-in-detail = Quelqu'un s'est connecté à votre compte grantdesk depuis un nouveau client ({ $client }).

## Liens envoyés par courriel (réinitialisation, premier mot de passe, vérification de l'adresse).
notice-link-detail =
    { $link }
    (Les programmes envoient le jeton par POST à { $endpoint }.)

## Un rapport dû au titre d'une subvention, tel que les avis le nomment.
notice-report-label = { $kind ->
        [interim_narrative] Rapport narratif intermédiaire
        [interim_financial] Rapport financier intermédiaire
        [final_narrative] Rapport narratif final
       *[final_financial] Rapport financier final
    } nᵒ { $number }

## Rappels.
reminder-report-title = { $kind ->
        [interim_narrative] Rapport narratif intermédiaire
        [interim_financial] Rapport financier intermédiaire
        [final_narrative] Rapport narratif final
       *[final_financial] Rapport financier final
    } de la subvention { $award }
reminder-report-detail = Déposez-le depuis la page de la subvention dans grantdesk.
reminder-appeal-detail = Un recours expose les motifs pour lesquels la décision devrait être réexaminée.
reminder-disbursement-title = { $amount } pour { $payee }
reminder-disbursement-detail = La personne qui l'a demandé ne peut pas l'approuver : chaque paiement passe sous quatre yeux.

## Messages des champs des comptes.
field-email-invalid = n'est pas une adresse électronique valide
field-password-short = doit compter au moins { $min } caractères
field-password-long = doit compter au plus { $max } caractères
