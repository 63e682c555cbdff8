# La décision du chargé de programme en trois étapes : le formulaire (avec le total courant
# des tranches), la page de vérification et le dernier bouton, qui l'enregistre.

staff-decide-continue = Continuer
staff-decide-continue-hint = Vous vérifiez la décision à la page suivante avant qu'elle soit enregistrée.
staff-decide-total-matches = Les tranches totalisent { $total }, le montant accordé.
staff-decide-total-differs = Les tranches totalisent { $total }, ce qui diffère du montant accordé ({ $amount }).
staff-decide-total-alone = Les tranches totalisent { $total }.
staff-decide-check-title = Vérifiez la décision avant de l'enregistrer
staff-decide-check-lead = Rien n'est enregistré tant que vous n'avez pas appuyé sur « Enregistrer la décision ». Modifiez ce qui n'est pas juste.
staff-decide-change = Modifier
staff-decide-amount = Montant accordé
staff-decide-tranche-amount = Montant
staff-decide-sum = Total
staff-decide-sum-matches = Les tranches totalisent le montant accordé.
staff-decide-single-payment = Aucune tranche : le montant accordé est versé en un seul paiement.
staff-decide-tranches-by-due-date = Les tranches sont classées par date d'échéance, l'ordre dans lequel elles seront enregistrées ; vous les avez saisies dans un autre ordre.
staff-decide-no-obligations = Aucune obligation de rapport.
staff-decide-stale = Une décision a été prise sur cette candidature depuis l'ouverture du formulaire : rien n'a été enregistré. Son état est désormais : { $status }.
