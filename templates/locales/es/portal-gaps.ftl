portal-gaps-form-heading = Qué pide el formulario de solicitud
portal-gaps-form-intro = Puede preparar sus respuestas y archivos antes de empezar. Las preguntas aparecen sección por sección, tal como las muestra el formulario.
portal-gaps-form-none = El formulario de solicitud de esta convocatoria todavía no tiene preguntas.
portal-gaps-required = Obligatoria
portal-gaps-optional = Opcional
portal-gaps-choices = Opciones:
