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
letter-award-accepted-text = { $person } a accepté les conditions de la subvention { $reference } au nom de { $organisation } le { $date }. La présente lettre fait foi des conditions telles qu’acceptées.

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

portal-verify-title = Vérifier une lettre d’appui au visa
portal-verify-intro = Saisissez le code de vérification imprimé sur la lettre.
portal-verify-code = Code de vérification
portal-verify-button = Vérifier
portal-verify-unknown = Aucune lettre ne porte ce code. Vérifiez qu’il a été saisi tel qu’imprimé, ou contactez le bureau.
portal-verify-current = Cette lettre est authentique et en vigueur.
portal-verify-withdrawn = Cette lettre est authentique, mais elle a été retirée le { $date } : elle n’appuie plus aucune demande de visa.
portal-verify-reference = Référence
portal-verify-issued = Date d’émission
portal-verify-initials = Initiales du voyageur
portal-verify-passport = Le numéro de passeport se termine par
portal-verify-event = Événement
portal-verify-dates = Dates de l’événement
portal-verify-date-range = du { $start } au { $end }
