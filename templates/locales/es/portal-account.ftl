# Las páginas de cuenta del portal: inicio de sesión con un segundo factor, verificación
# del correo, contraseña olvidada, ajustes, sesiones y notificaciones.

portal-nav-notifications = { $count ->
    [0] Notificaciones
    [100] Notificaciones (99+ sin leer)
   *[other] Notificaciones ({ $count } sin leer)
}
portal-nav-settings = Ajustes
portal-go-to-account = Ir a su cuenta

portal-code-title = Introduzca su código de seguridad
portal-code-lead = Su cuenta está protegida con el inicio de sesión en dos pasos. Abra su aplicación de autenticación e introduzca el código que muestra para grantdesk.
portal-field-code = Código de seguridad
portal-field-code-hint = Los 6 dígitos que muestra su aplicación, o uno de sus códigos de recuperación si no tiene su teléfono.
portal-code-button = Continuar
portal-code-start-again = Volver a iniciar sesión
portal-code-missing = Introduzca el código de su aplicación de autenticación
portal-code-wrong = El código es incorrecto o ya se ha usado. Introduzca el código más reciente que muestre su aplicación

portal-verify-title = Confirme su dirección de correo electrónico
portal-verify-lead = Confirme que esta es su dirección de correo electrónico, para que la oficina pueda escribirle sobre sus solicitudes.
portal-verify-button = Confirmar mi dirección de correo
portal-verified-title = Dirección de correo confirmada
portal-verified-text = Gracias. Su organización ya puede presentar solicitudes de financiación y de patrocinio de viaje.
portal-verify-banner-title = Confirme su dirección de correo electrónico
portal-verify-banner-text = Hemos enviado un enlace a { $email }. Sígalo para confirmar su dirección: no podrá presentar una solicitud hasta hacerlo.
portal-verify-banner-resend = Enviarme un enlace nuevo
portal-verify-sent-title = Le hemos enviado un enlace nuevo
portal-verify-sent-text = Revise su correo y siga el enlace para confirmar su dirección. Los enlaces anteriores ya no funcionan. El enlace es válido durante 7 días.

portal-forgot-link = ¿Ha olvidado su contraseña?
portal-forgot-title = Restablecer su contraseña
portal-forgot-lead = Introduzca la dirección de correo de su cuenta. Le enviaremos un enlace para elegir una contraseña nueva.
portal-forgot-button = Enviar el enlace
portal-forgot-sent-title = Revise su correo
portal-forgot-sent-text = Si alguna cuenta usa esta dirección, le hemos enviado un enlace para elegir una contraseña nueva. El enlace es válido durante 1 hora.
portal-forgot-sent-later = Si no le llega nada en unos minutos, revise la carpeta de correo no deseado o pida un enlace nuevo.
portal-reset-title = Elija una contraseña nueva
portal-reset-button = Guardar la contraseña nueva
portal-reset-done-title = Se ha cambiado su contraseña
portal-reset-done-text = Se ha cerrado la sesión en todos los dispositivos conectados a su cuenta. Inicie sesión con su contraseña nueva.

portal-link-invalid-title = Este enlace no funciona
portal-link-invalid-text = Un enlace recibido por correo solo sirve una vez, y solo hasta que caduca. Un enlace más reciente también sustituye a los anteriores.
portal-link-invalid-verify = Inicie sesión y pida un enlace nuevo desde la página de su cuenta.
portal-link-invalid-reset = Pida un enlace nuevo para restablecer su contraseña.

portal-settings-title = Ajustes
portal-settings-change = Cambiar
portal-settings-back = Volver a los ajustes
portal-settings-save = Guardar
portal-settings-language = Idioma
portal-settings-language-missing = Elija un idioma
portal-settings-email-verified = Confirmada
portal-settings-email-unverified = Sin confirmar
portal-settings-two-factor = Inicio de sesión en dos pasos
portal-settings-two-factor-on = Activado
portal-settings-two-factor-off = Desactivado
portal-settings-done-language = Se ha guardado su idioma.
portal-settings-done-password = Se ha cambiado su contraseña. Se ha cerrado la sesión en los demás dispositivos.
portal-settings-done-two-factor-on = El inicio de sesión en dos pasos está activado.
portal-settings-done-two-factor-off = El inicio de sesión en dos pasos está desactivado.
portal-settings-done-session-ended = Se ha cerrado la sesión.
portal-settings-password-title = Cambiar su contraseña
portal-settings-password-lead = Se cerrará la sesión en todos los demás dispositivos conectados a su cuenta.
portal-settings-password-button = Cambiar la contraseña
portal-settings-password-wrong = Introduzca su contraseña actual
portal-field-current-password = Contraseña actual
portal-settings-sessions = Dónde tiene la sesión iniciada
portal-settings-sessions-lead = Si no reconoce una sesión, ciérrela y cambie su contraseña.
portal-settings-session-kind = Sesión
portal-settings-session-client = Dirección de red
portal-settings-session-started = Inicio de sesión
portal-settings-session-used = Último uso
portal-settings-session-action = Acción
portal-settings-session-browser = Navegador web
portal-settings-session-api = Programa (API)
portal-settings-session-current = Este navegador
portal-settings-session-end = Cerrar sesión

portal-two-factor-title = Inicio de sesión en dos pasos
portal-two-factor-required = Su función exige el inicio de sesión en dos pasos. Actívelo para continuar.
portal-two-factor-off-lead = Con el inicio de sesión en dos pasos, una contraseña robada no basta para entrar en su cuenta: también se introduce un código de una aplicación de autenticación en su teléfono.
portal-two-factor-enrol-button = Configurar el inicio de sesión en dos pasos
portal-two-factor-step-app = Instale una aplicación de autenticación en su teléfono, si no tiene una.
portal-two-factor-step-scan = Escanee este código QR con la aplicación.
portal-two-factor-qr-label = Código QR para escanear con su aplicación de autenticación
portal-two-factor-step-type = Si no puede escanearlo, escriba esta clave en la aplicación:
portal-two-factor-step-code = Introduzca el código de 6 dígitos que muestra la aplicación.
portal-field-app-code = Código de su aplicación
portal-field-app-code-hint = 6 dígitos, por ejemplo 123456.
portal-two-factor-confirm-button = Activar el inicio de sesión en dos pasos
portal-two-factor-on-lead = Al iniciar sesión, después de la contraseña introduce un código de su aplicación de autenticación.
portal-two-factor-disable-title = Desactivar el inicio de sesión en dos pasos
portal-two-factor-disable-button = Desactivar el inicio de sesión en dos pasos
portal-recovery-title = El inicio de sesión en dos pasos está activado
portal-recovery-lead = Guarde estos códigos de recuperación en un lugar seguro. Si pierde su teléfono, cada código le permite iniciar sesión una vez.
portal-recovery-once = Es la única vez que se los mostramos.
portal-recovery-continue = He guardado mis códigos de recuperación

portal-notifications-title = Notificaciones
portal-notifications-unread = { $count ->
    [0] No tiene notificaciones sin leer.
    [100] Tiene más de 99 notificaciones sin leer.
    [one] Tiene 1 notificación sin leer.
   *[other] Tiene { $count } notificaciones sin leer.
}
portal-notifications-new = Sin leer
portal-notifications-mark-read = Marcar como leída
portal-notifications-none = Todavía no tiene notificaciones.
portal-notifications-pages = Páginas de notificaciones
portal-notifications-newer = Notificaciones más recientes
portal-notifications-older = Notificaciones anteriores
portal-dashboard-unread = { $count ->
    [one] Tiene 1 notificación sin leer
   *[other] Tiene { $count } notificaciones sin leer
}

portal-members-title = Miembros
portal-members-since = Miembro desde
portal-members-waiting = Invitaciones pendientes de respuesta
portal-members-expires = hasta el
portal-members-invite-title = Invitar a una persona
portal-members-invite-hint = Le enviaremos una invitación por correo. La acepta iniciando sesión con esta dirección.
portal-members-invite-button = Enviar la invitación
portal-members-invited = Se ha enviado la invitación.
