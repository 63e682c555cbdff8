# Les annexes d'un recours sur la page de la demande dans le portail.
portal-appeal-annexes = Annexes du recours
portal-appeal-annexes-none = Aucune annexe n'a été jointe au recours.
portal-appeal-annex-file = Annexe
portal-appeal-annex-hint = Un document à l'appui de vos motifs, par exemple un plan que les évaluateurs n'ont pas reçu. Vous pouvez joindre des annexes jusqu'à ce qu'il soit statué sur le recours.
portal-appeal-annex-add = Joindre l'annexe
portal-appeal-annex-delete = Retirer

# Pourquoi un envoi de fichier est refusé (problèmes de l'API et erreurs du portail).
document-name-empty = le fichier doit avoir un nom
document-name-separator = un nom de fichier ne doit pas contenir de séparateur de chemin (/ ou \)
document-name-control = un nom de fichier ne doit pas contenir de caractères de contrôle
document-name-dots = un nom de fichier ne peut pas être . ni ..
document-name-long = un nom de fichier compte au plus { $max } caractères
document-kind-invalid = un type compte de 1 à 64 lettres minuscules, chiffres et tirets bas, et commence par une lettre
document-too-large = le fichier dépasse { $limit } (la limite par fichier)
document-over-total = avec ce fichier, les documents de la demande dépasseraient { $limit } au total ({ $used } déjà utilisés) ; supprimez d'abord un document
document-unsupported = le contenu du fichier n'est ni du PDF, ni du PNG, du JPEG, du DOCX, du XLSX, de l'ODT, de l'ODS, du CSV ou du texte brut, quel que soit son nom
document-empty = le fichier est vide ; choisissez-le de nouveau
document-valid-until-invalid = doit être une date écrite AAAA-MM-JJ
document-file-missing = est absent : envoyez le fichier dans la partie nommée `file`

# Pièces justificatives des points de la liste de diligence raisonnable.
diligence-item-needs-evidence = `{ $item }` ne peut être validé sans pièce justificative : joignez d'abord un document à ce point
diligence-items-lack-evidence = des points validés qui exigent une pièce justificative n'en ont aucune ({ $items }) : joignez un document à chacun, puis clôturez l'évaluation
