portal-gaps-form-heading = Ce que demande le formulaire de candidature
portal-gaps-form-intro = Vous pouvez préparer vos réponses et vos fichiers avant de commencer. Les questions sont présentées section par section, comme dans le formulaire.
portal-gaps-form-none = Le formulaire de candidature de cet appel ne comporte pas encore de questions.
portal-gaps-required = Obligatoire
portal-gaps-optional = Facultatif
portal-gaps-choices = Choix possibles :
