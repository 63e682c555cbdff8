# The staff workspace's shell: its navigation, home page and sections.

staff-nav-workspace = Espace de travail
staff-home-title = Votre espace de travail
staff-home-lead = Le travail que vos rôles vous confient, une rubrique par tâche.
staff-chart-data = Afficher les chiffres

staff-section-reviews = Évaluations
staff-section-reviews-summary = Les candidatures qui vous sont confiées : notez-les selon la grille ou déclarez un conflit d’intérêts.
staff-section-calls = Appels
staff-section-calls-summary = Préparer, publier et clôturer les appels, construire leurs formulaires et suivre l’avancement de chaque appel.
staff-section-screening = Examen d’éligibilité
staff-section-screening-summary = Les candidatures soumises en attente d’un avis d’éligibilité, et l’attribution aux évaluateurs.
staff-section-appeals = Recours
staff-section-appeals-summary = Les recours contre les décisions, tranchés par un chargé de programme qui n’a pas pris la décision.
staff-section-diligence = Diligence raisonnable
staff-section-diligence-summary = Listes de contrôle, pièces justificatives, correspondances sur les listes de sanctions et leur examen.
staff-section-risk = Évaluations des risques
staff-section-risk-summary = Les risques de préjudice selon leur probabilité et leur impact, avec la carte de chaleur et les approbations.
staff-section-events = Événements et voyages
staff-section-events-summary = Les événements, les demandes de prise en charge, le budget de voyage et la représentation des participants.
staff-section-payments = Paiements
staff-section-payments-summary = Les paiements à demander, approuver et verser, chacun sous le contrôle de deux personnes.
staff-section-reports = Rapports financiers
staff-section-reports-summary = Le rapport des décaissements et le grand livre des paiements, à l’écran ou en CSV et XLSX.
staff-section-audit = Piste d’audit
staff-section-audit-summary = Qui a fait quoi et quand sur chaque dossier, et si la chaîne est intacte.
staff-section-users = Utilisateurs
staff-section-users-summary = Les comptes du personnel : invitations, rôles, désactivation et état de la double authentification.
staff-section-sanctions = Listes de sanctions
staff-section-sanctions-summary = Quand chaque liste a été chargée, combien d’entrées elle contient, et le chargement d’une nouvelle liste.
staff-section-outbox = Boîte d’envoi
staff-section-outbox-summary = Les courriels envoyés par le bureau, leur état, et un nouvel essai pour ceux qui ont échoué.
staff-dashboard-for-staff = Vous êtes connecté en tant que membre du personnel : votre travail se fait dans votre espace de travail. Les demandes, subventions et voyages des organisations y sont présentés, pas ici.
staff-back-to-workspace = Retour à l'espace de travail
