# Problemas: el `title` y, cuando el código no da su propio mensaje del catálogo, el
# `detail` de cada respuesta problem+json; después, los mensajes de los campos con error.

problem-unauthorized-title = Se requiere autenticación
problem-unauthorized-description = No se presentó un token de acceso válido, ha caducado o las credenciales son incorrectas.

problem-forbidden-title = Acceso denegado
problem-forbidden-description = Ha iniciado sesión, pero su rol o su pertenencia no permiten esta acción.

problem-not-found-title = No encontrado
problem-not-found-description = El recurso no existe, o usted no puede saber que existe.

problem-malformed-request-title = Solicitud ilegible
problem-malformed-request-description = No se puede leer la solicitud: JSON mal formado, falta el tipo de contenido JSON, un parámetro de ruta no válido o un método que la ruta no admite.

problem-validation-title = Solicitud no válida
problem-validation-description = Faltan uno o varios campos o no son válidos; `errors` indica cada uno con su ruta JSON.

problem-payload-too-large-title = Cuerpo de la solicitud demasiado grande
problem-payload-too-large-description = El cuerpo de la solicitud supera 1 MiB.

problem-too-many-requests-title = Demasiadas solicitudes
problem-too-many-requests-description = Demasiados intentos en poco tiempo; `Retry-After` indica cuándo volver a intentarlo.

problem-internal-title = Error interno
problem-internal-description = El servicio falló; la causa queda registrada con el identificador de la solicitud y nunca se muestra.

problem-duplicate-title = Ya existe
problem-duplicate-description = Ya existe un registro con los mismos valores únicos.

problem-concurrent-change-title = Modificado mientras tanto
problem-concurrent-change-description = El registro cambió entre su lectura y su escritura; vuelva a cargarlo e inténtelo de nuevo.

problem-publication-consent-required-title = Se requiere el consentimiento de los miembros
problem-publication-consent-required-description = Solo los miembros de la organización consienten en publicar sus subvenciones por completo; un oficial fija las políticas más restrictivas.
problem-publication-consent-required-detail = solo los miembros de la organización consienten en la publicación completa; un oficial puede fijar `anonymised`, `region_only` o `withheld`

problem-publication-lowered-by-officer-title = Política reducida por un oficial
problem-publication-lowered-by-officer-description = Un oficial redujo la política de publicación de la organización por su seguridad; solo un oficial puede volver a ampliarla.
problem-publication-lowered-by-officer-detail = un oficial fijó la política en `{ $policy }` por la seguridad de la organización; pida a un oficial que la amplíe antes de consentir en más

problem-invalid-transition-title = No es posible en el estado actual
problem-invalid-transition-description = La acción no está permitida desde el estado actual del registro; antes debe darse otro paso.

problem-already-appealed-title = Ya recurrido
problem-already-appealed-description = La decisión o la constatación ya fue objeto de un recurso.

problem-already-assigned-title = Evaluador ya asignado
problem-already-assigned-description = El evaluador ya está asignado a esta solicitud.

problem-already-member-title = Ya es miembro
problem-already-member-description = La cuenta ya es miembro de la organización.

problem-appeal-resolved-title = Recurso ya resuelto
problem-appeal-resolved-description = El recurso ya fue desestimado o estimado.

problem-appeal-window-closed-title = Plazo de recurso vencido
problem-appeal-window-closed-description = El recurso se presentó después de que venciera el plazo de recurso de la convocatoria.

problem-appeal-window-open-title = Plazo de recurso abierto
problem-appeal-window-open-description = La convocatoria no puede resolverse mientras los solicitantes aún puedan recurrir.

problem-application-not-draft-title = Solicitud ya presentada
problem-application-not-draft-description = Una solicitud solo puede modificarse mientras es un borrador.

problem-approval-refused-title = Aprobación denegada
problem-approval-refused-description = La aprobación no está permitida: quien aprueba no es un segundo oficial, o la evaluación no está lista.

problem-assessment-completed-title = Evaluación concluida
problem-assessment-completed-description = Una evaluación de diligencia debida concluida ya no puede cambiar; abra una nueva.

problem-assessment-incomplete-title = Evaluación incompleta
problem-assessment-incomplete-description = Una evaluación de diligencia debida no puede concluirse mientras falten puntos de la lista, el cribado o la resolución de coincidencias.

problem-assessment-open-title = Evaluación ya abierta
problem-assessment-open-description = La organización ya tiene una evaluación de diligencia debida abierta.

problem-award-not-active-title = Subvención no activa
problem-award-not-active-description = Solo hay pagos en una subvención aceptada que no esté concluida ni rescindida.

problem-award-not-finished-title = Subvención no terminada
problem-award-not-finished-description = Una subvención se da por concluida solo cuando se ha pagado su importe y se han recibido sus informes.

problem-award-preconditions-title = Requisitos de concesión no cumplidos
problem-award-preconditions-description = Una subvención requiere una diligencia debida vigente y una evaluación de riesgos de «no hacer daño» aprobada, por debajo de crítico.

problem-budget-exceeded-title = Presupuesto superado
problem-budget-exceeded-description = La subvención o el patrocinio llevaría el total de la convocatoria o del evento por encima de su techo presupuestario.

problem-call-cancelled-title = Convocatoria cancelada
problem-call-cancelled-description = La convocatoria fue cancelada; sus solicitudes están cerradas.

problem-call-closed-title = Convocatoria cerrada
problem-call-closed-description = La solicitud se crea o se presenta después del cierre de la convocatoria.

problem-call-closes-in-past-title = La fecha de cierre ya pasó
problem-call-closes-in-past-description = No se puede publicar una convocatoria cuya fecha de cierre ya pasó.

problem-call-decided-title = Convocatoria resuelta
problem-call-decided-description = La convocatoria está resuelta; sus recursos están cerrados.

problem-call-not-draft-title = La convocatoria no es un borrador
problem-call-not-draft-description = Solo se puede modificar una convocatoria en borrador.

problem-call-not-open-title = Convocatoria no abierta
problem-call-not-open-description = La convocatoria no acepta solicitudes en su estado actual.

problem-call-not-settled-title = Convocatoria pendiente
problem-call-not-settled-description = La convocatoria no puede resolverse mientras haya solicitudes pendientes.

problem-call-not-yet-open-title = Convocatoria aún no abierta
problem-call-not-yet-open-description = La convocatoria se abrirá a las solicitudes más adelante.

problem-condition-not-met-title = Condición del tramo no cumplida
problem-condition-not-met-description = La condición del tramo (por ejemplo, un informe recibido) no se cumple; quien aprueba puede dispensarla indicando un motivo.

problem-conflict-of-interest-title = Conflicto de intereses
problem-conflict-of-interest-description = El evaluador ha declarado un conflicto de intereses o es miembro de la organización solicitante.

problem-deadline-passed-title = Plazo vencido
problem-deadline-passed-description = Las solicitudes de patrocinio para el evento se cerraron en su fecha límite.

problem-disbursement-ceiling-title = Por encima del límite
problem-disbursement-ceiling-description = El desembolso llevaría lo solicitado, aprobado y pagado por encima del límite de la subvención, del tramo o del patrocinio.

problem-duplicate-traveller-title = Viajero ya solicitado
problem-duplicate-traveller-description = El viajero ya tiene una solicitud de patrocinio para este evento.

problem-email-taken-title = Correo ya registrado
problem-email-taken-description = Ya existe una cuenta con este correo electrónico.

problem-email-unverified-title = Correo no verificado
problem-email-unverified-description = El correo electrónico de la cuenta aún no está verificado; siga el enlace que se le envió o pida uno nuevo con `POST /api/v1/auth/verify-email/resend`.

problem-email-verified-title = Correo ya verificado
problem-email-verified-description = El correo electrónico de la cuenta ya está verificado; no hay nada que confirmar.

problem-event-not-open-title = Evento no abierto
problem-event-not-open-description = El evento no acepta solicitudes de patrocinio en su estado actual.

problem-invitation-closed-title = Invitación ya cerrada
problem-invitation-closed-description = La invitación ya fue aceptada, rechazada o revocada, o ha caducado; un miembro puede enviar otra.

problem-letter-unavailable-title = Carta no disponible
problem-letter-unavailable-description = La carta se emite solo cuando la subvención o el patrocinio alcanza el estado que lo permite.

problem-link-invalid-title = Enlace no válido
problem-link-invalid-description = El enlace enviado por correo es desconocido, ya se usó (o fue sustituido por uno más reciente) o ha caducado; pida uno nuevo.

problem-mfa-enabled-title = Verificación en dos pasos ya activada
problem-mfa-enabled-description = La verificación en dos pasos ya está activada; desactívela con un código vigente antes de volver a inscribirse.

problem-mfa-not-enabled-title = Verificación en dos pasos no activada
problem-mfa-not-enabled-description = La verificación en dos pasos no está activada (o su inscripción no se ha iniciado); inscríbase primero con `POST /api/v1/me/mfa/totp`.

problem-mfa-required-title = Verificación en dos pasos obligatoria
problem-mfa-required-description = El rol de quien llama exige la verificación en dos pasos; hasta inscribirse, solo puede leer su cuenta e inscribirse.

problem-no-reviews-title = Sin evaluaciones
problem-no-reviews-description = No se ha presentado ninguna evaluación; decida después de la primera o indique un motivo de dispensa.

problem-no-sanctions-list-title = Sin lista de sanciones
problem-no-sanctions-list-description = Aún no se ha importado ninguna lista de sanciones; primero debe importarla un administrador.

problem-not-ready-for-review-title = No lista para evaluación
problem-not-ready-for-review-description = Solo se asignan evaluadores a solicitudes admisibles.

problem-not-yet-travelled-title = Viaje aún no realizado
problem-not-yet-travelled-description = La asistencia se confirma a partir de la fecha de llegada del viajero.

problem-nothing-to-appeal-title = Nada que recurrir
problem-nothing-to-appeal-description = Solo se puede recurrir un rechazo o una constatación de inadmisibilidad.

problem-nothing-to-reclaim-title = Nada que reclamar
problem-nothing-to-reclaim-description = La organización no debe ningún reembolso por este patrocinio.

problem-payment-approved-title = Pago aprobado
problem-payment-approved-description = Hay un pago aprobado; finanzas debe pagarlo o cancelarlo primero.

problem-payments-in-flight-title = Pagos en curso
problem-payments-in-flight-description = Hay pagos solicitados o aprobados; finanzas debe pagarlos o cancelarlos primero.

problem-refund-recorded-title = Reembolso ya registrado
problem-refund-recorded-description = El reembolso de este patrocinio ya está registrado.

problem-rescreening-required-title = Se requiere un nuevo cribado
problem-rescreening-required-description = Desde su diligencia debida, los nombres cribados de la organización cambiaron o la lista de sanciones vigente encuentra una coincidencia sin resolver; un oficial debe cribarla de nuevo.

problem-review-frozen-title = Evaluación cerrada
problem-review-frozen-description = La evaluación está enviada (definitiva), o la solicitud ya tiene una decisión, así que ya no cambia salvo que un oficial la reabra tras un recurso.

problem-risk-approved-title = Evaluación de riesgos aprobada
problem-risk-approved-description = Una evaluación de riesgos aprobada ya no puede cambiar.

problem-risk-assessment-exists-title = Ya existe una evaluación de riesgos
problem-risk-assessment-exists-description = La solicitud o el patrocinio ya tiene una evaluación de riesgos.

problem-risk-gate-title = Riesgo no despejado
problem-risk-gate-description = La evaluación de riesgos de «no hacer daño» no está aprobada, o su riesgo residual impide la acción.

problem-screening-outdated-title = Cribado desactualizado
problem-screening-outdated-description = Los nombres o miembros de la organización, o la lista de sanciones, cambiaron desde el cribado; vuelva a cribar.

problem-sponsorship-not-payable-title = Patrocinio no pagable
problem-sponsorship-not-payable-description = Solo hay pagos en un patrocinio aprobado, con viaje realizado o conciliado, cuyo riesgo esté despejado.

problem-file-too-large-title = Archivo demasiado grande
problem-file-too-large-description = El archivo enviado supera el límite por archivo, o haría que su solicitud superara su total; el detalle indica el límite.

problem-unsupported-file-type-title = Tipo de archivo no aceptado
problem-unsupported-file-type-description = El contenido del archivo enviado no es PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, CSV ni texto sin formato, diga lo que diga su nombre, o el archivo está vacío.

problem-document-locked-title = Documentos bloqueados
problem-document-locked-description = Los documentos solo se añaden o se eliminan mientras su objeto aún puede cambiar (una solicitud mientras es un borrador, un patrocinio hasta que se liquida).

problem-form-frozen-title = Formulario congelado
problem-form-frozen-description = El formulario de una convocatoria solo cambia mientras la convocatoria es un borrador; una vez abierta, un oficial solo puede añadir preguntas opcionales después de las existentes.

## El detalle de los problemas genéricos.

problem-validation-request = la solicitud no es válida: { $reason }
problem-validation-one-field = 1 campo no es válido: { $field }
problem-validation-fields = { $count } campos no son válidos: { $fields }
problem-payload-too-large-detail = el cuerpo de la solicitud supera 1 MiB
problem-internal-detail = el servicio falló; el error ha quedado registrado

## Los mensajes de los campos con error (`errors[].message`).

field-required = este campo es obligatorio
field-unknown = no es un campo de esta solicitud; los campos son: { $fields }
field-one-of = debe ser uno de: { $values }
field-not-blank = no debe estar vacío
field-too-long = debe tener como máximo { $max } caracteres
field-amount = debe ser un importe escrito como cadena, por ejemplo "15000.00"
field-text = debe ser un texto, escrito entre comillas dobles
field-boolean = debe ser true o false
field-integer = debe ser un número entero
field-number = debe ser un número
field-list = debe ser una lista, escrita entre corchetes
field-object = debe ser un objeto, escrito entre llaves
field-null = debe omitirse o ser null
field-date = debe ser una fecha con el formato AAAA-MM-DD, por ejemplo "2027-03-31"
field-date-time = debe ser un instante con su desfase horario, por ejemplo "2027-03-31T17:00:00Z"
field-uuid = debe ser un identificador (un UUID), por ejemplo "6f1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b"
field-documented-format = debe ser un texto con el formato documentado
field-no-nul = no debe contener caracteres NUL
field-whole-number-range = debe ser un número entero de { $low } a { $high }
request-no-nul = el texto no debe contener caracteres NUL (\u0000)

## Detalles de conflicto propios del caso.

conflict-call-not-yet-open = la convocatoria se abre a las solicitudes el { $opens_at }
conflict-call-closed = la convocatoria cerró el { $closes_at }; no se admiten solicitudes después de ese momento
conflict-appeal-window-closed = el plazo de recurso venció el { $deadline }
conflict-deadline-passed = las solicitudes se cerraron el { $deadline }
