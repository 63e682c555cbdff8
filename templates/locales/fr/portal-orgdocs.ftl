# La page des documents permanents d’une organisation dans le portail, et ses liens depuis le tableau de bord.

portal-orgdocs-title = Documents permanents
portal-orgdocs-intro = Les pièces sur votre organisation dont chaque candidature peut se servir : certificat d’enregistrement, statuts, comptes audités, politique de protection.
portal-orgdocs-link = Documents permanents
portal-orgdocs-members-link = Membres
portal-orgdocs-none = Aucun document pour l’instant.
portal-orgdocs-file = Fichier
portal-orgdocs-kind = Type de document
portal-orgdocs-valid-until = Valable jusqu’au
portal-orgdocs-valid-until-optional = Valable jusqu’au (facultatif)
portal-orgdocs-valid-until-hint = Par exemple 2027-03-31. Laissez vide si le document n’expire pas.
portal-orgdocs-expired = expiré
portal-orgdocs-no-expiry = sans date d’expiration
portal-orgdocs-upload-title = Ajouter un document
portal-orgdocs-delete-button = Supprimer
portal-orgdocs-uploaded = Le document a été ajouté.
portal-orgdocs-deleted = Le document a été supprimé.
portal-orgdocs-error-kind = Choisissez le type de document
portal-orgdocs-error-valid-until = Saisissez la date sous la forme année-mois-jour, par exemple 2027-03-31
portal-orgdocs-kind-registration-certificate = Certificat d’enregistrement
portal-orgdocs-kind-statutes = Statuts
portal-orgdocs-kind-audited-accounts = Comptes audités
portal-orgdocs-kind-safeguarding-policy = Politique de protection
portal-orgdocs-kind-other = Autre document
