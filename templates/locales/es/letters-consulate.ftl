# Cartas de apoyo al visado que un consulado puede verificar, y cartas de registro (incidencias 19, 14).

letter-field-passport-name = Nombre en caracteres latinos, según el pasaporte
letter-field-date-of-birth = Fecha de nacimiento
letter-field-passport-number = Número de pasaporte
letter-field-passport-expiry = Pasaporte válido hasta
letter-verification-heading = Verificación
letter-verification-text = Cualquier funcionario consular puede comprobar que esta carta es auténtica y sigue vigente con el código que figura a continuación, en la dirección indicada, o poniéndose en contacto con { $office }.
letter-verification-code = Código de verificación
letter-verification-url = Comprobación en línea
letter-contact-address = Dirección
letter-contact-phone = Teléfono
letter-contact-email = Correo electrónico
letter-contact-website = Sitio web
letter-award-accepted = Aceptación
letter-award-accepted-text = { $person } aceptó las condiciones de la subvención { $reference } en nombre de { $organisation } el { $date }. Esta carta da fe de las condiciones tal como fueron aceptadas.

passport-error-missing = Escriba este dato tal como figura en el pasaporte
passport-error-name = Escriba el nombre en letras latinas tal como figura en la zona de lectura mecánica del pasaporte, por ejemplo SADYKOVA AIGERIM
passport-error-number = Escriba el número de pasaporte: de 5 a 20 letras y cifras
passport-error-birth = Escriba una fecha de nacimiento pasada, por ejemplo 1990-04-12
passport-error-expiry = El pasaporte debe seguir siendo válido después de la fecha de salida ({ $departure })

portal-travel-passport = Datos del pasaporte
portal-travel-passport-intro = La carta de apoyo al visado los necesita. También puede añadirlos más tarde en la página de la solicitud. Se guardan cifrados, solo los ven su organización y la oficina, y se eliminan { $days } días después de cerrar el viaje.
portal-travel-passport-name = Nombre en letras latinas
portal-travel-passport-name-hint = Exactamente como en la zona de lectura mecánica del pasaporte, por ejemplo SADYKOVA AIGERIM.
portal-travel-passport-number = Número de pasaporte
portal-travel-date-of-birth = Fecha de nacimiento
portal-travel-passport-expiry = Pasaporte válido hasta

portal-travel-passport-button = Guardar los datos del pasaporte
portal-travel-passport-given = Los datos del pasaporte están guardados. Puede corregirlos hasta que se emita la carta.
portal-travel-passport-notice = Los datos del pasaporte están guardados. Ya se puede emitir la carta.
portal-travel-letter-code = Código de verificación impreso en la carta:

portal-letter-verify-title = Comprobar una carta de apoyo al visado
portal-letter-verify-intro = Escriba el código de verificación impreso en la carta.
portal-letter-verify-code = Código de verificación
portal-letter-verify-button = Comprobar
portal-letter-verify-unknown = Ninguna carta lleva este código. Compruebe que lo ha escrito tal como está impreso o póngase en contacto con la oficina.
portal-letter-verify-current = Esta carta es auténtica y está vigente.
portal-letter-verify-withdrawn = Esta carta es auténtica, pero fue retirada el { $date }: ya no respalda ninguna solicitud de visado.
portal-letter-verify-reference = Referencia
portal-letter-verify-issued = Fecha de emisión
portal-letter-verify-initials = Iniciales de la persona viajera
portal-letter-verify-passport = El número de pasaporte termina en
portal-letter-verify-event = Evento
portal-letter-verify-dates = Fechas del evento
portal-letter-verify-date-range = del { $start } al { $end }
