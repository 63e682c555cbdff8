# Los límites de las preguntas de un formulario de solicitud: los problemas de un formulario
# tal como lo escribe un responsable (API y espacio del personal), de un archivo dado como
# respuesta, y los campos del constructor para fijar los límites y modificar una pregunta.

form-limit-range = debe estar entre { $least } y { $most }
form-limit-other-kind = solo se aplica a preguntas de tipo { $kind }
form-limit-max-below-min = no debe ser menor que el número más pequeño (min)
form-limit-dates-reversed = no debe ser anterior a la fecha más temprana (not_before)
form-limit-max-selected = debe estar entre 1 y el número de opciones
form-limit-min-selected = no debe superar el máximo de opciones (max_selected) ni el número de opciones
form-limit-no-format = debe indicar al menos un formato de archivo
form-file-format = es un archivo { $format }; esta pregunta acepta { $formats }
form-file-too-large = ocupa { $size }, más que { $limit }, el máximo que acepta esta pregunta

staff-calls-limits = Límites (opcional)
staff-calls-limits-hint = Rellene solo los límites del tipo de respuesta elegido. Los solicitantes los leen junto a la pregunta, y se rechaza una respuesta fuera de ellos.
staff-calls-limit-max-chars = Máximo de caracteres de un texto corto
staff-calls-limit-max-words = Máximo de palabras de un texto largo
staff-calls-limit-min = Número más pequeño
staff-calls-limit-max = Número más grande
staff-calls-limit-integer = Solo números enteros
staff-calls-limit-not-before = Fecha más temprana
staff-calls-limit-not-after = Fecha más tardía
staff-calls-limit-min-selected = Mínimo de opciones que marcar (varias opciones)
staff-calls-limit-max-selected = Máximo de opciones que marcar (varias opciones)
staff-calls-limit-accept = Formatos de archivo aceptados
staff-calls-limit-accept-hint = No marque ninguno para aceptar todos los formatos.
staff-calls-limit-max-files = Máximo de archivos
staff-calls-limit-max-file-mb = Archivo más grande, en MB
staff-calls-limit-file-mb-hint = De 1 a 1024. Una pregunta no puede superar el límite de la oficina para cualquier archivo.
staff-calls-error-whole = escriba un número entero, como 300
staff-calls-error-number = escriba un número, como 10 o 2,5
staff-calls-error-date = escriba la fecha como año-mes-día, como 2027-03-15
staff-calls-error-format = elija los formatos de archivo de la lista
staff-calls-error-limit-kind = solo para respuestas «{ $kind }»; bórrelo o elija ese tipo de respuesta
staff-calls-field-problem = { $field }: { $problem }

staff-calls-builder-limits = Límites
staff-calls-builder-edit = Editar
staff-calls-edit-question-title = Editar la pregunta { $number }
staff-calls-edit-key = Clave de la respuesta
staff-calls-edit-key-hint = El nombre de la respuesta en la API y en las descargas: letras minúsculas, cifras y _, empezando por una letra. Las preguntas que dependen de esta siguen la nueva clave.
staff-calls-edit-save = Guardar la pregunta
staff-calls-edit-back = Volver al formulario sin guardar
