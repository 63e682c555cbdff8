# Las páginas del portal web (`templates/portal/`).

portal-product = grantdesk
portal-skip-to-content = Ir al contenido principal
portal-nav-label = Menú principal
portal-nav-calls = Convocatorias
portal-nav-dashboard = Su cuenta
portal-nav-sign-out = Cerrar sesión
portal-nav-sign-in = Iniciar sesión
portal-nav-register = Crear una cuenta
portal-languages-label = Idioma
portal-language-en = English
portal-language-fr = Français
portal-language-es = Español
portal-language-ar = العربية
portal-language-ru = Русский
portal-language-zh = 中文
portal-footer-office = Gestionado por { $office }.
portal-footer-api = API para desarrolladores
portal-local-time = su hora:
portal-back-home = Ir a la página de inicio

portal-error-summary-title = Hay un problema
portal-error-prefix = Error:
portal-error-title-prefix = Error:
portal-not-found-title = Página no encontrada
portal-not-found-detail = Si escribió la dirección, compruebe que es correcta. Si siguió un enlace, puede que haya caducado o que no tenga acceso.

portal-home-title = Financiación para la sociedad civil
portal-home-lead = Encuentre una convocatoria que se ajuste al trabajo de su organización o solicite apoyo para viajar a una conferencia.
portal-home-open-calls = { $count ->
    [one] 1 convocatoria abierta
   *[other] { $count } convocatorias abiertas
}
portal-home-no-open-calls = Ahora mismo no hay ninguna convocatoria abierta. Vuelva más adelante.
portal-home-events = { $count ->
    [one] 1 evento abierto a solicitudes de patrocinio
   *[other] { $count } eventos abiertos a solicitudes de patrocinio
}
portal-home-no-events = Ahora mismo no hay ningún evento abierto a solicitudes de patrocinio.
portal-event-requests-close = Las solicitudes cierran el

portal-call-caption = Convocatoria
portal-call-open = Abierta
portal-call-not-accepting = No admite solicitudes
portal-call-closed-at = Las solicitudes cerraron el
portal-call-grant-range = Importe de la subvención
portal-call-budget = Presupuesto total
portal-call-themes = Temas
portal-call-opens = Apertura
portal-call-closes = Cierre
portal-call-appeal-window = Recursos
portal-call-appeal-days = { $days ->
    [one] dentro de 1 día tras la decisión
   *[other] dentro de { $days } días tras la decisión
}
portal-call-review = Evaluación
portal-call-blind-review = Los evaluadores no ven quién presentó la solicitud.
portal-call-open-review = Los evaluadores ven el nombre de la organización.
portal-call-eligibility = Quién puede presentarse
portal-call-scoring = Cómo se puntúan las solicitudes
portal-call-rubric-caption = Criterios de puntuación y su peso
portal-call-criterion = Criterio
portal-call-weight = Peso
portal-call-scale = Puntuación

portal-sign-in-title = Iniciar sesión
portal-sign-in-button = Iniciar sesión
portal-sign-in-no-account = ¿Aún no tiene cuenta?
portal-sign-in-wrong = Introduzca un correo electrónico y una contraseña correctos
portal-field-email = Correo electrónico
portal-field-email-hint = Solo lo usaremos para informarle sobre sus solicitudes.
portal-field-password = Contraseña
portal-field-new-password = Cree una contraseña
portal-field-password-hint = Al menos 10 caracteres. Unas palabras que recuerde son fáciles de escribir y difíciles de adivinar.
portal-field-full-name = Nombre completo

portal-register-title = Crear una cuenta
portal-register-lead = Cree una cuenta para solicitar financiación o apoyo para viajes en nombre de su organización.
portal-register-button = Crear cuenta
portal-register-error-full-name = Introduzca su nombre completo
portal-register-error-email = Introduzca un correo electrónico con el formato correcto, por ejemplo nombre@ejemplo.org
portal-register-error-password = Introduzca una contraseña de al menos 10 caracteres

portal-dashboard-title = Su cuenta
portal-dashboard-organisations = Sus organizaciones
portal-dashboard-no-organisations = Todavía no es miembro de ninguna organización.
portal-dashboard-applications = Sus solicitudes
portal-dashboard-application = Solicitud
portal-dashboard-status = Estado
portal-dashboard-next = Próximo paso
portal-dashboard-no-applications = Todavía no tiene solicitudes.
portal-dashboard-find-calls = Buscar una convocatoria

portal-status-draft = Borrador
portal-status-submitted = Presentada
portal-status-eligible = Admisible
portal-status-ineligible = No admisible
portal-status-under-review = En evaluación
portal-status-awarded = Concedida
portal-status-rejected = No financiada
portal-status-withdrawn = Retirada
portal-status-appealed = Recurso en curso
portal-next-draft = Complete sus respuestas y preséntela antes del cierre de la convocatoria.
portal-next-submitted = Comprobaremos que su organización cumple los requisitos.
portal-next-eligible = Los evaluadores puntuarán su solicitud.
portal-next-ineligible = Puede recurrir mientras el plazo esté abierto.
portal-next-under-review = Los evaluadores están puntuando su solicitud; le comunicaremos la decisión.
portal-next-awarded = Lea y acepte la carta de concesión.
portal-next-rejected = Puede recurrir mientras el plazo esté abierto.
portal-next-withdrawn = Esta solicitud no tendrá más trámites.
portal-next-appealed = Un responsable que no tomó la decisión está examinando su recurso.

portal-instant = { $day } de { $month } de { $year }, { $time } UTC
portal-date = { $day } de { $month } de { $year }
portal-month-1 = enero
portal-month-2 = febrero
portal-month-3 = marzo
portal-month-4 = abril
portal-month-5 = mayo
portal-month-6 = junio
portal-month-7 = julio
portal-month-8 = agosto
portal-month-9 = septiembre
portal-month-10 = octubre
portal-month-11 = noviembre
portal-month-12 = diciembre

portal-theme-gender = Igualdad de género
portal-theme-youth = Juventud
portal-theme-human-rights = Derechos humanos
portal-theme-pillar1-conditions-conducive = Pilar I: condiciones que propician la propagación del terrorismo
portal-theme-pillar2-preventing-combating = Pilar II: prevenir y combatir el terrorismo
portal-theme-pillar3-capacity-building = Pilar III: aumentar la capacidad de los Estados
portal-theme-pillar4-human-rights-rule-of-law = Pilar IV: derechos humanos y estado de derecho
portal-list-separator = {", "}
