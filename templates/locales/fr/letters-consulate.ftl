# Lettres d'appui au visa vérifiables par un consulat, et lettres de référence (tickets 19, 14).

letter-field-passport-name = Nom en caractères latins, tel qu’il figure sur le passeport
letter-field-date-of-birth = Date de naissance
letter-field-passport-number = Numéro de passeport
letter-field-passport-expiry = Passeport valable jusqu’au
letter-verification-heading = Vérification
letter-verification-text = Tout agent consulaire peut vérifier l’authenticité et la validité de la présente lettre à l’aide du code ci-dessous, à l’adresse indiquée, ou en prenant contact avec { $office }.
letter-verification-code = Code de vérification
letter-verification-url = Vérification en ligne
letter-contact-address = Adresse
letter-contact-phone = Téléphone
letter-contact-email = Courriel
letter-contact-website = Site web
letter-award-accepted = Acceptation
letter-award-accepted-text = { $person } a accepté les conditions de la subvention { $reference } au nom { DE($organisation) } le { $date }. La présente lettre fait foi des conditions telles qu’acceptées.

passport-error-missing = Saisissez cette information exactement comme sur le passeport
passport-error-name = Saisissez le nom en lettres latines exactement comme dans la zone de lecture automatique du passeport, par exemple SADYKOVA AIGERIM
passport-error-number = Saisissez le numéro de passeport : de 5 à 20 lettres et chiffres
passport-error-birth = Saisissez une date de naissance passée, par exemple 1990-04-12
passport-error-expiry = Le passeport doit être encore valable après la date de départ ({ $departure })

portal-travel-passport = Passeport
portal-travel-passport-intro = La lettre d’appui au visa en a besoin. Vous pouvez aussi les ajouter plus tard, sur la page de la demande. Ces informations sont chiffrées, visibles seulement par votre organisation et par le bureau, et supprimées { $days } jours après la clôture du voyage.
portal-travel-passport-name = Nom en lettres latines
portal-travel-passport-name-hint = Exactement comme dans la zone de lecture automatique du passeport, par exemple SADYKOVA AIGERIM.
portal-travel-passport-number = Numéro de passeport
portal-travel-date-of-birth = Date de naissance
portal-travel-passport-expiry = Passeport valable jusqu’au

portal-travel-passport-button = Enregistrer le passeport
portal-travel-passport-given = Les informations du passeport sont enregistrées. Vous pouvez les corriger jusqu’à l’émission de la lettre.
portal-travel-passport-notice = Les informations du passeport sont enregistrées. La lettre peut maintenant être émise.
portal-travel-letter-code = Code de vérification imprimé sur la lettre :

portal-letter-verify-title = Vérifier une lettre d’appui au visa
portal-letter-verify-intro = Saisissez le code de vérification imprimé sur la lettre.
portal-letter-verify-code = Code de vérification
portal-letter-verify-button = Vérifier
portal-letter-verify-unknown = Aucune lettre ne porte ce code. Vérifiez qu’il a été saisi tel qu’imprimé, ou contactez le bureau.
portal-letter-verify-current = Cette lettre est authentique et en vigueur.
portal-letter-verify-withdrawn = Cette lettre est authentique, mais elle a été retirée le { $date } : elle n’appuie plus aucune demande de visa.
portal-letter-verify-reference = Référence
portal-letter-verify-issued = Date d’émission
portal-letter-verify-initials = Initiales du voyageur
portal-letter-verify-passport = Le numéro de passeport se termine par
portal-letter-verify-event = Événement
portal-letter-verify-dates = Dates de l’événement
portal-letter-verify-date-range = du { $start } au { $end }
