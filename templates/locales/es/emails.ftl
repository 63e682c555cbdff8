# Correos y avisos en la aplicación: un saludo, el texto de lo ocurrido, los datos que
# siguen (etiqueta: valor) y la despedida.

email-greeting = Estimado/a { $name }:
email-signoff =
    Atentamente,
    La oficina de subvenciones

## Etiquetas

email-label-reference = Referencia
email-label-requested = Importe solicitado
email-label-summary = Resumen
email-label-answers = Preguntas respondidas
email-label-failed-criteria = Criterios no cumplidos
email-label-reasons = Motivos
email-label-amount = Importe
email-label-next-step = Próximo paso
email-label-deadline = Plazo
email-label-grounds = Fundamentos
email-label-report = Informe
email-label-payment-reference = Referencia del pago
email-label-paid-on = Fecha de pago
email-label-matches = Posibles coincidencias
email-label-event = Evento
email-label-entitlement = Importe asignado
email-label-appeal = Recurso

## Próximos pasos

email-next-accept-award = Lea la carta de adjudicación y acepte sus condiciones en grantdesk.
email-next-appeal =
    Puede recurrir esta decisión en un plazo de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, exponiendo sus fundamentos.
email-next-wait-review = Los evaluadores examinarán ahora la solicitud; se le comunicará la decisión.
email-next-approve = Quien la solicitó no puede aprobarla: debe hacerlo otra persona de finanzas.
email-next-adjudicate = Cada posible coincidencia requiere la valoración de un oficial: una coincidencia de nombre nunca es, por sí sola, motivo de rechazo.

## Avisos

email-application-submitted-subject = Solicitud recibida: { $title }
email-application-submitted-body = Hemos recibido su solicitud «{ $title }». Este mensaje sirve de acuse de recibo; a continuación encontrará un resumen de lo que presentó.
email-application-eligible-subject = Solicitud admitida: { $title }
email-application-eligible-body = Su solicitud «{ $title }» cumple los criterios de admisibilidad de la convocatoria y pasa a evaluación.
email-application-ineligible-subject = Solicitud no admitida: { $title }
email-application-ineligible-body = Su solicitud «{ $title }» no cumple los criterios de admisibilidad de la convocatoria, por los motivos que se indican a continuación.
email-application-awarded-subject = Subvención concedida: { $title }
email-application-awarded-body = Nos complace comunicarle que se ha concedido una subvención a su solicitud «{ $title }». Los motivos de la decisión figuran a continuación; la carta de adjudicación llegará por separado.
email-application-rejected-subject = Decisión sobre su solicitud: { $title }
email-application-rejected-body = Lamentamos comunicarle que su solicitud «{ $title }» no ha sido seleccionada, por los motivos que se indican a continuación.
email-appeal-filed-subject = Recurso presentado: { $title }
email-appeal-filed-body = La organización solicitante ha recurrido la decisión sobre «{ $title }». Lo resuelve un oficial distinto del que tomó la decisión.
email-appeal-upheld-subject = Recurso resuelto: { $title }
email-appeal-upheld-body = Su recurso sobre «{ $title }» ha sido examinado y se mantiene la decisión, por los motivos que se indican a continuación.
email-appeal-overturned-subject = Recurso estimado: { $title }
email-appeal-overturned-body = Su recurso sobre «{ $title }» ha sido estimado: la solicitud vuelve a evaluación.
email-review-assigned-subject = Nueva solicitud para evaluar: { $title }
email-review-assigned-body = Se le ha pedido que evalúe la solicitud «{ $title }». Si tiene un conflicto de intereses, declárelo antes de seguir leyendo.
email-conflict-declared-subject = Conflicto de intereses declarado: { $title }
email-conflict-declared-body = Un evaluador ha declarado un conflicto de intereses con «{ $title }» y ya no la evalúa: hace falta otro evaluador.
email-award-letter-ready-subject = Su carta de adjudicación está lista: { $title }
email-award-letter-ready-body = La subvención { $title } y su carta de adjudicación están listas. La subvención comienza en cuanto su organización acepte sus condiciones.
email-award-accepted-subject = Subvención aceptada: { $title }
email-award-accepted-body = La organización ha aceptado las condiciones de la subvención { $title }, que ya está activa.
email-report-submitted-subject = Informe presentado: { $title }
email-report-submitted-body = La organización ha presentado un informe de la subvención { $title }; está pendiente de recepción.
email-report-received-subject = Informe recibido: { $title }
email-report-received-body = La oficina ha recibido su informe de la subvención { $title }. Gracias.
email-disbursement-requested-subject = Pago pendiente de aprobación: { $title }
email-disbursement-requested-body = Se ha solicitado un pago de { $title } que espera aprobación.
email-disbursement-paid-subject = Pago realizado: { $title }
email-disbursement-paid-body = Se ha realizado un pago de { $title } a su organización.
email-diligence-match-subject = Control de sanciones pendiente de valorar: { $title }
email-diligence-match-body = El cotejo de «{ $title }» con la Lista Consolidada del Consejo de Seguridad de la ONU ha encontrado posibles coincidencias.
email-risk-second-approval-subject = Se necesita una segunda aprobación: { $title }
email-risk-second-approval-body = La evaluación de riesgos de «no hacer daño» de «{ $title }» tiene un riesgo residual alto y ya cuenta con una primera aprobación: necesita la de otro oficial.
email-sponsorship-approved-subject = Patrocinio aprobado: { $title }
email-sponsorship-approved-body = Se ha aprobado la solicitud de patrocinio de { $title }. Ya puede descargarse la carta de patrocinio y de apoyo al visado.
email-sponsorship-rejected-subject = Patrocinio no aprobado: { $title }
email-sponsorship-rejected-body = La solicitud de patrocinio de { $title } no ha sido aprobada, por los motivos que se indican a continuación.
email-sponsorship-waitlisted-subject = Patrocinio en lista de espera: { $title }
email-sponsorship-waitlisted-body = La solicitud de patrocinio de { $title } está en lista de espera: se aprobará si queda margen en el presupuesto.
email-sponsorship-promoted-subject = Patrocinio aprobado desde la lista de espera: { $title }
email-sponsorship-promoted-body = Ha quedado margen en el presupuesto: se ha aprobado la solicitud de patrocinio de { $title }.

## Resumen diario

email-digest-subject =
    { $count ->
        [one] Tiene { $count } aviso pendiente
       *[other] Tiene { $count } avisos pendientes
    }
email-digest-body =
    { $count ->
        [one] Desde el último resumen, un asunto requiere su atención:
       *[other] Desde el último resumen, { $count } asuntos requieren su atención:
    }

## Recordatorios y mensajes de la cuenta

email-regards = Atentamente,
email-call-closing-subject = Recordatorio: la convocatoria «{ $title }» cierra el { $due }
email-call-closing-body = Su organización tiene un borrador de solicitud en la convocatoria «{ $title }», que cierra el { $due }. Un borrador que no se presente antes de esa fecha no podrá tenerse en cuenta.
email-review-overdue-subject = Su evaluación de «{ $title }» está atrasada
email-review-overdue-body = El { $due } se le asignó la evaluación de la solicitud «{ $title }» y aún no hemos recibido sus puntuaciones. Le rogamos que presente su evaluación o que declare un conflicto de intereses si no puede realizarla.
email-report-due-subject = Informe previsto para el { $due }: { $title }
email-report-due-body = El documento «{ $title }» debe presentarse el { $due }. Los tramos que dependen de este informe se pagan una vez recibido.
email-diligence-expiring-subject = La diligencia debida de { $title } vence el { $due }
email-diligence-expiring-body = La evaluación de diligencia debida de { $title } es válida hasta el { $due }. Después de esa fecha no podrá concederse ninguna subvención a la organización hasta que se complete una nueva evaluación.
email-disbursement-awaiting-approval-subject = Un desembolso espera su aprobación: { $title }
email-disbursement-awaiting-approval-body = Un desembolso ({ $title }) se solicitó el { $due } y sigue esperando la aprobación de una segunda persona de finanzas.
email-appeal-window-closing-subject = El plazo para recurrir «{ $title }» vence el { $due }
email-appeal-window-closing-body = La decisión (o el dictamen de admisibilidad) sobre su solicitud «{ $title }» puede recurrirse hasta el { $due }. Después de esa fecha la decisión es firme.
email-sponsorship-deadline-subject = Las solicitudes de patrocinio para «{ $title }» cierran el { $due }
email-sponsorship-deadline-body = Su organización tiene un borrador de solicitud de patrocinio de viaje para «{ $title }». Las solicitudes cierran el { $due }; un borrador que no se presente antes de esa fecha no podrá tenerse en cuenta.
email-invitation-subject = Invitación a unirse a { $title } en grantdesk
email-invitation-body = Una persona de { $title } le invita a unirse a la organización en grantdesk, donde sus miembros solicitan subvenciones y presentan informes conjuntamente.
email-invitation-after = La invitación vence el { $due }. Si no conoce esta organización, rechácela o ignore este mensaje: nada cambia mientras no la acepte.
email-password-reset-subject = Restablezca su contraseña de grantdesk
email-password-reset-body = Alguien ha pedido restablecer la contraseña de su cuenta de grantdesk. Si fue usted, elija una nueva contraseña aquí:
email-password-reset-after = El enlace sirve una sola vez, hasta el { $due }. Si no lo pidió, ignore este mensaje: su contraseña no cambia.
email-set-password-subject = Su cuenta de grantdesk: elija una contraseña
email-set-password-body = Un administrador de { $office } le ha creado una cuenta de grantdesk. Elija su contraseña aquí:
email-set-password-after = El enlace sirve una sola vez, hasta el { $due }. Si no esperaba esta cuenta, avise a la oficina.
email-verify-email-subject = Confirme su dirección de correo para grantdesk
email-verify-email-body = Confirme que esta es su dirección de correo, para que { $office } pueda escribirle sobre sus solicitudes:
email-verify-email-after = El enlace es válido hasta el { $due }. Si no pidió una cuenta de grantdesk, ignore este mensaje.
email-security-notice-subject = Aviso de seguridad: { $title }
email-security-notice-when = Cuándo: { $due }.
email-security-notice-after = Si fue usted, no tiene que hacer nada. Si no, restablezca su contraseña de inmediato y avise a { $office }.
