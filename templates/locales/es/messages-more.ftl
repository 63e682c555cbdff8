# Textos que los servicios escribían en inglés en el código: avisos de seguridad, enlaces e
# invitaciones enviados por correo, títulos y detalles de recordatorios y avisos.

## Avisos de seguridad: el nombre breve del cambio (el asunto dice «Aviso de seguridad: …»)
## y una frase sobre lo ocurrido.
notice-password-changed = contraseña cambiada
notice-password-changed-by-link = La contraseña de su cuenta de grantdesk se cambió con un enlace enviado a esta dirección; se cerraron todas las sesiones.
notice-password-changed-signed-in = La contraseña de su cuenta de grantdesk la cambió alguien que había iniciado sesión en ella; se cerraron todas las sesiones.
notice-email-changed = dirección de correo cambiada
notice-email-changed-detail = La dirección de correo de su cuenta de grantdesk cambió de { $before } a { $after }.
notice-email-change-requested = solicitud de cambio de dirección de correo
notice-email-change-requested-detail = Alguien con sesión iniciada en su cuenta de grantdesk pidió cambiar su dirección de correo a { $email }. El cambio solo se hace cuando se sigue el enlace enviado a esa dirección.
notice-mfa-on = verificación en dos pasos activada
notice-mfa-on-detail = Se activó la verificación en dos pasos en su cuenta de grantdesk.
notice-mfa-off = verificación en dos pasos desactivada
notice-mfa-off-detail = Se desactivó la verificación en dos pasos en su cuenta de grantdesk.
notice-new-sign-in = nuevo inicio de sesión
notice-new-sign-in-detail = Se inició sesión en su cuenta de grantdesk desde un cliente nuevo ({ $client }).

## Enlaces enviados por correo (restablecer la contraseña, primera contraseña, verificar la dirección).
notice-link-detail =
    { $link }
    (Los programas envían el token por POST a { $endpoint }.)

## Un informe debido en virtud de una subvención, como lo nombran los avisos.
notice-report-label = { $kind ->
        [interim_narrative] Informe narrativo intermedio
        [interim_financial] Informe financiero intermedio
        [final_narrative] Informe narrativo final
       *[final_financial] Informe financiero final
    } n.º { $number }

## Recordatorios.
reminder-report-title = { $kind ->
        [interim_narrative] Informe narrativo intermedio
        [interim_financial] Informe financiero intermedio
        [final_narrative] Informe narrativo final
       *[final_financial] Informe financiero final
    } de la subvención { $award }
reminder-report-detail = Preséntelo desde la página de la subvención en grantdesk.
reminder-appeal-detail = Un recurso expone los motivos por los que la decisión debería revisarse.
reminder-disbursement-title = { $amount } para { $payee }
reminder-disbursement-detail = Quien lo solicitó no puede aprobarlo: cada pago pasa por cuatro ojos.

## Mensajes de los campos de las cuentas.
field-email-invalid = no es una dirección de correo válida
field-password-short = debe tener al menos { $min } caracteres
field-password-long = debe tener como máximo { $max } caracteres
