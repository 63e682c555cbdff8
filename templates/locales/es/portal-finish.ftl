# Los últimos detalles del portal: volver adonde estaba después de registrarse.

portal-finish-continue = Seguir donde lo dejó

portal-finish-deadlines = Próximos plazos
portal-finish-no-deadlines = No vence nada en las próximas semanas.
portal-finish-calendar-hint = Su aplicación de calendario puede suscribirse a estos plazos y mantenerlos al día.
portal-finish-calendar-button = Obtener un enlace de calendario
portal-finish-calendar-title = Su enlace de calendario
portal-finish-calendar-text = Añada esta dirección a su aplicación de calendario como suscripción (en la mayoría: «Añadir calendario» y luego «Desde URL»). Sus plazos aparecerán allí y se mantendrán al día.
portal-finish-calendar-label = Dirección del calendario
portal-finish-calendar-private = No la comparta: cualquiera que la tenga puede leer sus plazos. Si pide un enlace nuevo, este deja de funcionar.

portal-finish-invitation-email-sign-in = Para aceptar o rechazar, abra esta página e inicie sesión con { $email }: { $link }
    La invitación es válida durante { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
portal-finish-invitation-email-register = Todavía no tiene una cuenta de grantdesk. Abra esta página, regístrese con { $email } y después acepte: { $link }
    La invitación es válida durante { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
portal-finish-invitation-caption = Invitación
portal-finish-invitation-title = Unirse a una organización
portal-finish-invitation-lead = Le invitan a unirse a
portal-finish-invitation-for = Invitación enviada a
portal-finish-invitation-until = Responda antes del
portal-finish-invitation-sign-in-first = Inicie sesión con la dirección a la que se envió la invitación y acéptela aquí.
portal-finish-invitation-accept = Aceptar y unirme
portal-finish-invitation-decline = Rechazar
portal-finish-invitation-joined = Ahora es miembro de esta organización.
portal-finish-invitation-declined-title = Invitación rechazada
portal-finish-invitation-declined-text = No se ha unido a la organización. Sus miembros pueden volver a invitarle.

portal-finish-preferences-title = Notificaciones por correo electrónico
portal-finish-preferences-summary = Elija qué mensajes le llegan también por correo
portal-finish-preferences-lead = Todos los mensajes aparecen en sus notificaciones de grantdesk. Elija cuáles quiere recibir también por correo electrónico. Los avisos de seguridad y los enlaces que usted pide siempre llegan por correo.
portal-finish-preferences-by-email = Enviarme un correo cuando
portal-finish-preferences-hint = Desmarque lo que no quiera por correo: seguirá viéndolo aquí.
portal-finish-preferences-delivery = Cómo se envían los correos
portal-finish-preferences-each = Un correo por mensaje
portal-finish-preferences-daily = Un correo al día con todos ellos
portal-finish-preferences-saved = Sus preferencias se han guardado.
portal-finish-kind-application_submitted = se envía una solicitud (el acuse de recibo)
portal-finish-kind-application_eligible = una solicitud se declara admisible
portal-finish-kind-application_ineligible = una solicitud se declara inadmisible
portal-finish-kind-application_awarded = una solicitud obtiene una subvención
portal-finish-kind-application_rejected = una solicitud se rechaza
portal-finish-kind-appeal_upheld = se resuelve un recurso y la decisión se mantiene
portal-finish-kind-appeal_overturned = se estima un recurso
portal-finish-kind-award_letter_ready = una carta de adjudicación está lista
portal-finish-kind-report_received = la oficina recibe un informe
portal-finish-kind-disbursement_paid = se realiza un pago
portal-finish-kind-sponsorship_approved = se aprueba un patrocinio de viaje
portal-finish-kind-sponsorship_rejected = se deniega un patrocinio de viaje
portal-finish-kind-sponsorship_waitlisted = un patrocinio de viaje pasa a la lista de espera
portal-finish-kind-sponsorship_promoted = un patrocinio de viaje sale de la lista de espera
portal-finish-kind-call_closing = una convocatoria en la que tengo un borrador cierra pronto
portal-finish-kind-report_due = un informe vence pronto
portal-finish-kind-appeal_window_closing = un plazo de recurso termina pronto
portal-finish-kind-sponsorship_deadline = las solicitudes de patrocinio de un evento cierran pronto
portal-finish-kind-invitation = alguien me invita a unirme a una organización
portal-finish-kind-appeal_filed = se presenta un recurso
portal-finish-kind-review_assigned = se me asigna una solicitud para evaluar
portal-finish-kind-conflict_declared = un evaluador declara un conflicto de intereses
portal-finish-kind-award_accepted = una organización acepta una subvención
portal-finish-kind-report_submitted = una organización envía un informe
portal-finish-kind-disbursement_requested = se solicita un desembolso
portal-finish-kind-diligence_match = la verificación encuentra una posible coincidencia con la lista de sanciones
portal-finish-kind-risk_second_approval = una evaluación de riesgos necesita una segunda aprobación
portal-finish-kind-review_overdue = una evaluación está atrasada
portal-finish-kind-diligence_expiring = una diligencia debida vence pronto
portal-finish-kind-disbursement_awaiting_approval = un desembolso espera aprobación
