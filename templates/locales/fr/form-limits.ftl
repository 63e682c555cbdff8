# Les limites des questions d'un formulaire de candidature : les problèmes d'un formulaire
# tel qu'un responsable l'écrit (API et espace du personnel), d'un fichier donné en réponse,
# et les champs du constructeur pour fixer les limites et modifier une question.

form-limit-range = doit être compris entre { $least } et { $most }
form-limit-other-kind = ne s'applique qu'aux questions de type { $kind }
form-limit-max-below-min = ne doit pas être inférieur au plus petit nombre (min)
form-limit-dates-reversed = ne doit pas précéder la date la plus proche (not_before)
form-limit-max-selected = doit être compris entre 1 et le nombre d'options
form-limit-min-selected = ne doit pas dépasser le nombre maximal de choix (max_selected) ni le nombre d'options
form-limit-no-format = doit nommer au moins un format de fichier
form-file-format = est un fichier { $format } ; cette question accepte { $formats }
form-file-too-large = fait { $size }, plus que { $limit }, le maximum accepté par cette question

staff-calls-limits = Limites (facultatif)
staff-calls-limits-hint = Ne remplissez que les limites du type de réponse choisi. Les candidats les lisent à côté de la question, et une réponse hors limites est refusée.
staff-calls-limit-max-chars = Nombre maximal de caractères d'un texte court
staff-calls-limit-max-words = Nombre maximal de mots d'un texte long
staff-calls-limit-min = Plus petit nombre
staff-calls-limit-max = Plus grand nombre
staff-calls-limit-integer = Nombres entiers uniquement
staff-calls-limit-not-before = Date la plus proche
staff-calls-limit-not-after = Date la plus lointaine
staff-calls-limit-min-selected = Nombre minimal de choix à cocher (plusieurs choix)
staff-calls-limit-max-selected = Nombre maximal de choix à cocher (plusieurs choix)
staff-calls-limit-accept = Formats de fichier acceptés
staff-calls-limit-accept-hint = Ne cochez rien pour accepter tous les formats.
staff-calls-limit-max-files = Nombre maximal de fichiers
staff-calls-limit-max-file-mb = Taille maximale d'un fichier, en Mo
staff-calls-limit-file-mb-hint = De 1 à 1024. Une question ne peut pas dépasser la limite du bureau pour tout envoi.
staff-calls-error-whole = saisissez un nombre entier, par exemple 300
staff-calls-error-number = saisissez un nombre, par exemple 10 ou 2,5
staff-calls-error-date = saisissez la date sous la forme année-mois-jour, par exemple 2027-03-15
staff-calls-error-format = choisissez les formats de fichier dans la liste
staff-calls-error-limit-kind = seulement pour les réponses « { $kind } » ; effacez-la, ou choisissez ce type de réponse
staff-calls-field-problem = { $field } : { $problem }

staff-calls-builder-limits = Limites
staff-calls-builder-edit = Modifier
staff-calls-edit-question-title = Modifier la question { $number }
staff-calls-edit-key = Clé de la réponse
staff-calls-edit-key-hint = Le nom de la réponse dans l'API et les téléchargements : lettres minuscules, chiffres et _, en commençant par une lettre. Les questions qui dépendent de celle-ci suivent une nouvelle clé.
staff-calls-edit-save = Enregistrer la question
staff-calls-edit-back = Revenir au formulaire sans enregistrer
