# Las páginas de los administradores: usuarios del personal, lista de sanciones y bandeja de salida.

staff-admin-role-officer = Oficial de programas
staff-admin-role-reviewer = Evaluador/a
staff-admin-role-finance = Finanzas
staff-admin-role-admin = Administrador/a
staff-admin-role-applicant = Solicitante

staff-users-title = Usuarios del personal
staff-users-lead = Todas las personas que trabajan en el espacio de la oficina, con sus roles y cómo inician sesión.
staff-users-count = { $count ->
    [one] Un usuario del personal
   *[other] { $count } usuarios del personal
}
staff-users-col-name = Nombre
staff-users-col-email = Correo electrónico
staff-users-col-roles = Roles
staff-users-col-status = Cuenta
staff-users-col-mfa = Verificación en dos pasos
staff-users-col-last-sign-in = Último inicio de sesión
staff-users-active = Activa
staff-users-deactivated = Desactivada
staff-users-mfa-on = Configurada
staff-users-mfa-off = Sin configurar
staff-users-never = Ninguno registrado
staff-users-invite-heading = Invitar a un miembro del personal
staff-users-invite-lead = Recibe un correo con un enlace para elegir su contraseña. El enlace es válido durante 7 días.
staff-users-field-name = Nombre completo
staff-users-field-email = Correo electrónico
staff-users-field-roles = Roles
staff-users-roles-hint = Marque cada rol que necesite.
staff-users-invite-button = Enviar invitación
staff-users-error-name = Escriba su nombre completo
staff-users-error-email = Escriba un correo electrónico con el formato correcto, como nombre@example.org
staff-users-error-roles = Marque al menos un rol
staff-users-done-invited = Se envió la invitación. Espera en la bandeja de salida hasta que se entregue.
staff-users-done-roles = Se cambiaron los roles.
staff-users-done-deactivated = Se desactivó la cuenta y se cerraron todas sus sesiones.
staff-users-done-reactivated = Se reactivó la cuenta. La persona vuelve a iniciar sesión con su contraseña.
staff-user-title = { $name }
staff-user-created = Cuenta creada
staff-user-roles-heading = Cambiar roles
staff-user-roles-button = Guardar roles
staff-user-access-heading = Acceso
staff-user-deactivate-lead = Una cuenta desactivada no puede iniciar sesión, y todas sus sesiones se cierran de inmediato.
staff-user-deactivate-button = Desactivar la cuenta
staff-user-reactivate-lead = Esta cuenta está desactivada. Reactivarla permite que la persona vuelva a iniciar sesión.
staff-user-reactivate-button = Reactivar la cuenta
staff-user-self-note = No puede desactivar su propia cuenta ni quitarse su rol de administrador: lo hace otro administrador. Así la oficina siempre conserva un administrador.
staff-user-confirm-title = ¿Desactivar la cuenta de { $name }?
staff-user-confirm-lead = { $name } no podrá iniciar sesión, y todas sus sesiones se cierran ahora. Sus registros e historial quedan como están. Un administrador puede reactivar la cuenta más adelante.
staff-user-confirm-button = Sí, desactivar la cuenta
staff-user-cancel = No, volver
staff-user-back = Volver a los usuarios del personal
staff-user-error-self-deactivate = No puede desactivar su propia cuenta: lo hace otro administrador

staff-sanctions-title = Lista de sanciones
staff-sanctions-lead = Las organizaciones se cotejan con esta lista durante la diligencia debida. Cargar una lista nueva reemplaza la vigente.
staff-sanctions-status = Estado
staff-sanctions-status-loaded = Cargada
staff-sanctions-status-none = Aún no hay lista cargada: la diligencia debida no puede cotejar organizaciones hasta que la haya.
staff-sanctions-list = Lista
staff-sanctions-source = Fuente
staff-sanctions-source-value = Lista consolidada del Consejo de Seguridad de las Naciones Unidas (XML)
staff-sanctions-generated = Publicada por la fuente
staff-sanctions-generated-unknown = No consta en la lista
staff-sanctions-imported = Cargada
staff-sanctions-imported-by = Cargada por
staff-sanctions-imported-by-system = La línea de comandos o la demostración
staff-sanctions-entries = Entradas
staff-sanctions-upload-heading = Cargar una lista nueva
staff-sanctions-field-file = Archivo de la lista
staff-sanctions-file-hint = La lista consolidada en XML (un documento CONSOLIDATED_LIST), tal como la publica el Consejo de Seguridad.
staff-sanctions-upload-button = Cargar lista
staff-sanctions-error-file = Elija el archivo XML de la lista
staff-sanctions-error-unreadable = El archivo no es una lista consolidada legible: { $detail }. La lista vigente no ha cambiado.
staff-sanctions-done-loaded = Se cargó la lista nueva.

staff-outbox-title = Bandeja de salida
staff-outbox-lead = Los correos que envía la oficina. Un mensaje cuyo envío falló puede reintentarse.
staff-outbox-filter = Mostrar
staff-outbox-filter-all = Todos los mensajes
staff-outbox-filter-button = Filtrar
staff-outbox-count = { $count ->
    [one] Un mensaje
   *[other] { $count } mensajes
}
staff-outbox-col-recipient = Destinatario
staff-outbox-col-subject = Asunto
staff-outbox-col-status = Estado
staff-outbox-col-attempts = Intentos
staff-outbox-col-created = En cola desde
staff-outbox-col-times = Próximo intento o envío
staff-outbox-col-action = Acción
staff-outbox-status-queued = En cola
staff-outbox-status-sending = Enviándose
staff-outbox-status-sent = Enviado
staff-outbox-status-failed = Fallido
staff-outbox-status-in_app = Guardado en la aplicación
staff-outbox-last-error = Último error: { $error }
staff-outbox-retry-button = Reintentar
staff-outbox-none = No hay mensajes en esta lista.
staff-outbox-done-retried = El mensaje vuelve a estar en cola y sale con el próximo envío.
staff-outbox-more = Mensajes anteriores

outbox-retry-not-failed = Solo puede reintentarse un mensaje cuyo envío falló
outbox-retry-ended = Este mensaje no se envió a propósito (caducó o ya no corresponde), así que no puede reintentarse
