# Las convocatorias de los oficiales en el espacio de trabajo: la lista, la página de una
# convocatoria, sus condiciones, el constructor del formulario de solicitud y su vista
# previa, la publicación, el cierre y la cancelación.

staff-calls-title = Convocatorias
staff-calls-caption = Convocatoria
staff-calls-back-list = Volver a las convocatorias
staff-calls-back-call = Volver a la convocatoria
staff-calls-new = Crear una convocatoria
staff-calls-filter-status = Estado
staff-calls-filter-all = Todos los estados
staff-calls-filter-apply = Mostrar
staff-calls-table-caption = { $count ->
    [one] Una convocatoria
   *[other] { $count } convocatorias
}
staff-calls-column-title = Convocatoria
staff-calls-column-status = Estado
staff-calls-column-dates = Fechas
staff-calls-column-budget = Presupuesto
staff-calls-column-pipeline = Solicitudes
staff-calls-opens = Abre
staff-calls-closes = Cierra
staff-calls-applications = { $count ->
    [one] Una solicitud
   *[other] { $count } solicitudes
}
staff-calls-pipeline-entry = { $status }: { $count }
staff-calls-pages = Páginas de convocatorias
staff-calls-previous = Página anterior
staff-calls-next = Página siguiente
staff-calls-none = Ninguna convocatoria coincide.

staff-calls-status-draft = Borrador
staff-calls-status-open = Abierta
staff-calls-status-closed = Cerrada
staff-calls-status-decided = Resuelta
staff-calls-status-cancelled = Cancelada

staff-calls-done-created = La convocatoria se ha guardado como borrador. Construya su formulario de solicitud y después publíquela.
staff-calls-done-saved = Se han guardado las condiciones de la convocatoria.
staff-calls-done-published = La convocatoria está publicada: los solicitantes pueden leerla y presentar solicitudes.
staff-calls-done-closed = La convocatoria está cerrada: ya no se pueden presentar solicitudes.
staff-calls-done-cancelled = La convocatoria está cancelada. Los solicitantes leen el motivo que usted indicó.
staff-calls-cancel-reason = Motivo de la cancelación:
staff-calls-edit = Cambiar las condiciones
staff-calls-build-form = Construir el formulario de solicitud
staff-calls-preview = Ver el formulario como lo ven los solicitantes
staff-calls-ranking = Clasificación
staff-calls-assign = Asignar evaluadores
staff-calls-public-page = La página pública de la convocatoria
staff-calls-action-publish = Publicar
staff-calls-action-close = Cerrar a nuevas solicitudes
staff-calls-action-cancel = Cancelar la convocatoria
staff-calls-pipeline-heading = Avance
staff-calls-pipeline-title = Solicitudes por estado
staff-calls-pipeline-status = Estado
staff-calls-pipeline-count = Solicitudes
staff-calls-budget-heading = Presupuesto
staff-calls-budget-title = Presupuesto de { $ceiling }
staff-calls-budget-part = Parte
staff-calls-budget-amount = Importe
staff-calls-budget-paid = Pagado
staff-calls-budget-committed = Concedido, aún no pagado
staff-calls-budget-available = Disponible
staff-calls-details-heading = Condiciones
staff-calls-form-questions = Formulario de solicitud
staff-calls-question-count = { $count ->
    [0] Aún no hay preguntas
    [one] Una pregunta
   *[other] { $count } preguntas
}

staff-calls-confirm-keep = Volver sin cambiar nada
staff-calls-confirm-publish-title = ¿Publicar esta convocatoria?
staff-calls-confirm-publish-body = Una vez publicada, cualquiera puede leerla y las organizaciones pueden presentar solicitudes. Sus condiciones ya no pueden cambiar y su formulario solo puede recibir preguntas opcionales.
staff-calls-confirm-publish-button = Publicar la convocatoria
staff-calls-confirm-no-form = Esta convocatoria no tiene formulario de solicitud: los solicitantes solo indicarán su proyecto, el resumen y el presupuesto.
staff-calls-confirm-close-title = ¿Cerrar esta convocatoria a nuevas solicitudes?
staff-calls-confirm-close-body = Ya no se podrán presentar solicitudes, ni siquiera antes de la fecha de cierre. La verificación y la evaluación continúan. No se puede deshacer.
staff-calls-confirm-close-button = Cerrar la convocatoria
staff-calls-confirm-cancel-title = ¿Cancelar esta convocatoria?
staff-calls-confirm-cancel-body = La convocatoria se retira: nadie puede presentar solicitudes y las ya presentadas no seguirán adelante. No se puede deshacer.
staff-calls-confirm-cancel-button = Cancelar la convocatoria
staff-calls-cancel-reason-label = ¿Por qué se cancela la convocatoria?
staff-calls-cancel-reason-hint = Los solicitantes leerán este motivo.
staff-calls-error-reason = Indique por qué se cancela la convocatoria

staff-calls-new-title = Crear una convocatoria
staff-calls-edit-title = Cambiar las condiciones de la convocatoria
staff-calls-terms-locked = Esta convocatoria está en estado { $status }: sus condiciones son definitivas y ya no pueden cambiar.
staff-calls-about-heading = Sobre la convocatoria
staff-calls-field-title = Título
staff-calls-field-description = Descripción
staff-calls-description-hint = Qué financia la convocatoria y por qué. Deje una línea en blanco entre párrafos.
staff-calls-field-themes = Temas
staff-calls-themes-hint = Marque cada tema que financia la convocatoria.
staff-calls-criteria-heading = Criterios de elegibilidad
staff-calls-criteria-hint = Cada criterio que debe cumplir una organización, tal como lo leerán los solicitantes. Deje una fila vacía para omitirla; guarde para obtener más filas.
staff-calls-criterion-label = Criterio { $number }
staff-calls-rubric-heading = Rúbrica de puntuación
staff-calls-rubric-hint = Lo que puntúan los evaluadores, cuánto pesa cada criterio (más de 0, como máximo 1000) y su escala de puntuación.
staff-calls-rubric-legend = Criterio de puntuación { $number }
staff-calls-rubric-label = Criterio de puntuación { $number }: { $part }
staff-calls-rubric-description = lo que se puntúa
staff-calls-rubric-weight = peso
staff-calls-rubric-min = puntuación mínima
staff-calls-rubric-max = puntuación máxima
staff-calls-money-heading = Importes
staff-calls-field-currency = Moneda
staff-calls-choose-currency = Elija una moneda
staff-calls-field-budget = Presupuesto de la convocatoria
staff-calls-amount-hint = En la moneda de la convocatoria, por ejemplo 250.000,00
staff-calls-field-min-grant = Subvención mínima
staff-calls-field-max-grant = Subvención máxima
staff-calls-dates-heading = Fechas
staff-calls-field-opens-date = Fecha de apertura
staff-calls-field-opens-time = Hora de apertura
staff-calls-field-closes-date = Fecha de cierre
staff-calls-field-closes-time = Hora de cierre
staff-calls-date-hint = Año, mes y día, por ejemplo 2027-03-15
staff-calls-time-hint = En formato de 24 horas, por ejemplo 17:00
staff-calls-field-zone = Zona horaria de estas horas
staff-calls-zone-hint = La diferencia con UTC en la que se leen las horas anteriores. Las páginas las muestran en UTC y en la hora de cada lector.
staff-calls-field-appeal-days = Días para apelar una decisión
staff-calls-appeal-hint = De 0 a 365
staff-calls-field-blind-review = Los evaluadores no ven quién presentó la solicitud (evaluación anónima)
staff-calls-save-draft = Guardar el borrador

staff-calls-error-title = Escriba el título de la convocatoria
staff-calls-error-description = Escriba una descripción de la convocatoria
staff-calls-error-themes = Marque al menos un tema
staff-calls-error-criteria = Escriba al menos un criterio de elegibilidad
staff-calls-error-rubric = Escriba al menos un criterio de puntuación
staff-calls-error-weight = Escriba un peso mayor que 0 y como máximo 1000, con 4 decimales como máximo, como 0,4
staff-calls-error-score = Escriba un número entero de puntos, como 5
staff-calls-error-currency = Elija la moneda de la convocatoria
staff-calls-error-budget = Escriba el presupuesto como importe, como 250.000,00
staff-calls-error-min-grant = Escriba la subvención mínima como importe, como 5.000,00
staff-calls-error-max-grant = Escriba la subvención máxima como importe, como 25.000,00
staff-calls-error-instant = Escriba la fecha como año-mes-día y la hora como horas:minutos
staff-calls-error-closes = La fecha de cierre debe ser posterior a la de apertura
staff-calls-error-zone = Elija una zona horaria de la lista
staff-calls-error-appeal-days = Escriba los días para apelar como número entero, como 14

staff-calls-builder-title = Formulario de solicitud
staff-calls-builder-open = Esta convocatoria está en estado { $status }: los solicitantes están respondiendo a sus preguntas, que ya no pueden cambiar. Aún puede añadir preguntas opcionales al final.
staff-calls-builder-caption = { $count ->
    [one] Una pregunta, en el orden en que la responden los solicitantes
   *[other] { $count } preguntas, en el orden en que las responden los solicitantes
}
staff-calls-builder-number = N.º
staff-calls-builder-question = Pregunta
staff-calls-builder-answer = Respuesta
staff-calls-builder-change = Cambiar
staff-calls-builder-section = Sección: { $section }
staff-calls-builder-up = Subir
staff-calls-builder-down = Bajar
staff-calls-builder-make-required = Hacer obligatoria
staff-calls-builder-make-optional = Hacer opcional
staff-calls-builder-remove = Quitar
staff-calls-builder-empty = El formulario aún no tiene preguntas.
staff-calls-builder-add = Añadir una pregunta
staff-calls-builder-add-button = Añadir la pregunta
staff-calls-condition = Solo si «{ $question }» es «{ $answer }»
staff-calls-question-problem = Pregunta { $number }: { $problem }
staff-calls-new-label = Pregunta
staff-calls-new-help = Texto de ayuda (opcional)
staff-calls-new-help-hint = Se muestra debajo de la pregunta.
staff-calls-new-kind = Tipo de respuesta
staff-calls-new-options = Opciones
staff-calls-new-options-hint = Para una pregunta de opciones: una opción por línea, al menos dos.
staff-calls-new-section = Sección (opcional)
staff-calls-new-section-hint = Las preguntas de una misma sección comparten página. Déjelo vacío para poner la pregunta en la página de la anterior.
staff-calls-new-condition = Mostrar la pregunta
staff-calls-new-condition-hint = Una pregunta puede depender de la respuesta a una pregunta anterior de sí/no o de opción única.
staff-calls-new-condition-always = Siempre
staff-calls-new-required = Los solicitantes deben responderla (cuando se muestra)
staff-calls-error-kind = Elija el tipo de respuesta
staff-calls-error-options = Escriba al menos dos opciones, una por línea
staff-calls-error-condition = Elija de la lista cuándo se muestra la pregunta
staff-calls-error-button = Esa pregunta ya no está en el formulario; vuelva a cargar la página

staff-calls-kind-short-text = Texto corto
staff-calls-kind-long-text = Texto largo
staff-calls-kind-number = Número
staff-calls-kind-amount = Importe
staff-calls-kind-date = Fecha
staff-calls-kind-single-choice = Una opción
staff-calls-kind-multiple-choice = Varias opciones
staff-calls-kind-yes-no = Sí o no
staff-calls-kind-email = Correo electrónico
staff-calls-kind-url = Dirección web
staff-calls-kind-file = Archivos

staff-calls-preview-title = Vista previa del formulario de solicitud
staff-calls-preview-lead = Esto es lo que ven los solicitantes, página por página, después de los datos de su proyecto. No se guarda nada de lo que escriba aquí.

staff-calls-field-regions = Regiones
staff-calls-regions-hint = Marque las regiones cuyas organizaciones pueden presentar solicitudes. No marque ninguna si la convocatoria está abierta a todas las regiones.
staff-calls-limit-date-between = Del { $from } al { $until }
staff-calls-limit-date-from = Desde el { $from }
staff-calls-limit-date-until = Hasta el { $until } inclusive
