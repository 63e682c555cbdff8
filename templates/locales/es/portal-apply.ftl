# Las páginas del portal para solicitar, seguir una solicitud y describir una
# organización. Palabras sencillas.

portal-apply-start = Solicitar
portal-apply-project-title = Su proyecto
portal-apply-no-organisation = Para solicitar, primero añada la organización en cuyo nombre presenta la solicitud.
portal-apply-applying-for = Presenta la solicitud en nombre de { $organisation }.
portal-apply-field-organisation = Organización
portal-apply-field-title = Título del proyecto
portal-apply-field-summary = Resumen del proyecto
portal-apply-summary-hint = En pocas frases: qué hará, con quién y qué cambiará.
portal-apply-budget = Presupuesto
portal-apply-budget-hint = Indique para qué es el dinero, una partida por línea, en { $currency }. El total es el importe que solicita; las subvenciones van de { $range }.
portal-apply-line-description-heading = Para qué es el dinero
portal-apply-line-amount-heading = Importe ({ $currency })
portal-apply-line-description = Partida { $number }: para qué es el dinero
portal-apply-line-amount = Partida { $number }: importe
portal-apply-total = Total solicitado
portal-apply-add-line = Añadir otra partida
portal-apply-save-continue = Guardar y continuar
portal-apply-save-later = Guardar y seguir más tarde
portal-apply-back = Volver
portal-apply-form = Sus respuestas
portal-apply-page-of = Página { $number } de { $count }
portal-apply-optional = { $label } (opcional)
portal-apply-yes = Sí
portal-apply-no = No
portal-apply-day = Día
portal-apply-month = Mes
portal-apply-year = Año
portal-apply-choose-file = Subir un archivo para «{ $question }»
portal-apply-upload = Subir archivo
portal-apply-remove-file = Quitar { $name }
portal-apply-problem = { $field }: { $problem }
portal-apply-error-amount = Escriba un importe en cifras, por ejemplo 1.500,00
portal-apply-error-organisation = Elija la organización en cuyo nombre solicita
portal-apply-not-answered = Sin respuesta

portal-apply-limit-chars = Hasta { $max } caracteres.
portal-apply-limit-words = Hasta { $max } palabras.
portal-apply-limit-amount = Un importe en { $currency }, por ejemplo 1.500,00.
portal-apply-limit-between = Un número de { $min } a { $max }.
portal-apply-limit-at-least = Un número de al menos { $min }.
portal-apply-limit-at-most = Un número de como máximo { $max }.
portal-apply-limit-whole = Un número entero.
portal-apply-limit-date = Por ejemplo: 27 3 2027.
portal-apply-limit-date-between = Una fecha del { $from } al { $until }, por ejemplo 27 3 2027.
portal-apply-limit-date-from = Una fecha a partir del { $from }, por ejemplo 27 3 2027.
portal-apply-limit-date-until = Una fecha hasta el { $until }, por ejemplo 27 3 2027.
portal-apply-limit-select-all = Marque todas las que correspondan.
portal-apply-limit-select-up-to = Marque como máximo { $max }.
portal-apply-limit-files = Formatos aceptados: { $formats }. { $count ->
    [one] Un archivo
   *[other] Hasta { $count } archivos
} de { $megabytes } MB como máximo cada uno.

portal-apply-check-title = Revise sus respuestas antes de enviar
portal-apply-change = Cambiar
portal-apply-submit-heading = Envíe ahora su solicitud
portal-apply-submit-lead = Al enviarla, confirma que sus respuestas son correctas según su leal saber. Después no podrá cambiarlas. La convocatoria cierra el
portal-apply-submit = Enviar solicitud
portal-apply-unverified-title = Primero confirme su dirección de correo
portal-apply-resend = Enviarme un enlace nuevo
portal-apply-resent = Le hemos enviado un enlace nuevo. Ábralo y vuelva a esta página para enviar la solicitud.

portal-apply-submitted-title = Solicitud enviada
portal-apply-reference = Su número de referencia
portal-apply-submitted-lead = Hemos recibido «{ $title }» para la convocatoria { $call }, el
portal-apply-what-next = Qué pasa ahora
portal-apply-what-next-detail = Comprobaremos que su organización cumple los requisitos. Después, los evaluadores puntuarán la solicitud y le comunicaremos la decisión. Puede seguir cada paso en la página de la solicitud.
portal-apply-follow = Seguir su solicitud

portal-apply-closed-title = Esta convocatoria está cerrada
portal-apply-closed-at = Las solicitudes se aceptaron hasta el
portal-apply-closed-why = Las solicitudes solo se aceptan hasta la fecha límite, que es la misma para todas las organizaciones. El borrador que empezó se conserva, pero ya no puede enviarse a esta convocatoria.
portal-apply-not-open-title = Esta convocatoria aún no está abierta
portal-apply-not-open-detail = Podrá solicitar a partir del
portal-apply-back-to-call = Volver a la convocatoria

portal-application-continue = Seguir con su solicitud
portal-application-eligibility = Requisitos
portal-application-eligible = Su organización cumple los requisitos de la convocatoria:
portal-application-ineligible = Su organización no cumple estos requisitos de la convocatoria:
portal-application-reason = Motivo:
portal-application-decision = Decisión
portal-application-appeal = Su recurso
portal-application-timeline = Lo que ha pasado hasta ahora
portal-timeline-created = Solicitud iniciada
portal-timeline-submitted = Solicitud enviada
portal-timeline-found-eligible = Cumple los requisitos
portal-timeline-found-ineligible = No cumple los requisitos
portal-timeline-review-started = Evaluación iniciada
portal-timeline-awarded = Subvención concedida
portal-timeline-rejected = No financiada
portal-timeline-appealed = Recurso presentado
portal-timeline-appeal-upheld = Recurso resuelto: se mantiene la decisión
portal-timeline-appeal-overturned = Recurso resuelto: se anula la decisión
portal-timeline-withdrawn = Solicitud retirada

portal-appeal-title = Recurrir la decisión
portal-appeal-lead = Si cree que la decisión es errónea, puede recurrirla una vez. La examinará un responsable que no tomó la decisión. Puede recurrir hasta el
portal-appeal-grounds = Por qué debería cambiar la decisión
portal-appeal-grounds-hint = Diga qué hechos se pasaron por alto o se entendieron mal, y dónde están las pruebas.
portal-appeal-submit = Enviar recurso
portal-appeal-filed = Presentado
portal-appeal-error-grounds = Explique por qué debería cambiar la decisión
portal-appeal-status-open = En estudio
portal-appeal-status-upheld = Se mantiene la decisión
portal-appeal-status-overturned = Se anula la decisión

portal-withdraw-button = Retirar la solicitud
portal-withdraw-title = ¿Seguro que quiere retirar esta solicitud?
portal-withdraw-warning = Una solicitud retirada no puede enviarse ni recuperarse. Para volver a solicitar, empiece una nueva antes de que cierre la convocatoria.
portal-withdraw-confirm = Sí, retirarla
portal-withdraw-cancel = No, volver a la solicitud
portal-withdraw-not-allowed = Esta solicitud ya no puede retirarse: se ha tomado una decisión sobre ella.

portal-organisation-new-title = Añadir su organización
portal-organisation-edit-title = El perfil de su organización
portal-organisation-create = Añadir una organización
portal-organisation-save = Guardar el perfil
portal-organisation-edit-link = Editar el perfil
portal-organisation-legal-name = Nombre legal
portal-organisation-legal-name-hint = Tal como figura en su certificado de registro, en cualquier escritura.
portal-organisation-short-name = Nombre corto
portal-organisation-short-name-optional = Nombre corto o sigla (opcional)
portal-organisation-country = País de registro
portal-organisation-country-choose = Elija un país
portal-organisation-registration-number = Número de registro
portal-organisation-registration-number-optional = Número de registro (opcional)
portal-organisation-year-founded = Año de fundación
portal-organisation-year-founded-optional = Año de fundación (opcional)
portal-organisation-year-hint = Por ejemplo: 2012.
portal-organisation-error-year = Escriba el año con cuatro cifras, por ejemplo 2012
portal-organisation-themes = En qué trabaja la organización
portal-organisation-leadership = Dirección
portal-organisation-women-led = Dirigida por mujeres
portal-organisation-youth-led = Dirigida por jóvenes (de 18 a 34 años)
