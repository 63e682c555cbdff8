# Organisations : ce que leurs membres lisent de leur propre organisation.

publication-policy-full = Vos subventions sont publiées dans les fichiers de données ouvertes (360Giving et IATI) avec le nom, le numéro d'enregistrement et le pays de votre organisation.
publication-policy-anonymised = Vos subventions sont publiées comme accordées à un « bénéficiaire anonymisé » : le projet, le montant et votre région, jamais votre nom, votre numéro d'enregistrement ni votre pays.
publication-policy-region-only = Seuls le montant et votre région sont publiés : ni bénéficiaire, ni titre de projet.
publication-policy-withheld = Vos subventions n'apparaissent dans aucun fichier de données ouvertes ; elles ne comptent que dans les totaux du bureau, comme un nombre et une somme sans détail.
