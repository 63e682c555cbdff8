# Calendarios: el nombre del calendario de una persona y el resumen y la descripción de cada plazo.

calendar-mine = Mis plazos en grantdesk
calendar-call-opens = Abre la convocatoria: { $title }
calendar-call-opens-description = Se abren las solicitudes a «{ $title }».
calendar-call-closes = Cierra la convocatoria: { $title }
calendar-call-closes-description = Las solicitudes a «{ $title }» deben presentarse antes de esta hora; los borradores no se tienen en cuenta.
calendar-draft-application = Su organización tiene un borrador de solicitud en esta convocatoria.
calendar-report-due = Vence un informe: { $title }
calendar-report-due-description = Preséntelo desde la página de la subvención en grantdesk.
calendar-appeal-window-closes = Vence el plazo de recurso: { $title }
calendar-appeal-window-closes-description = Un recurso expone los motivos por los que debería revisarse la decisión.
calendar-sponsorship-requests-close = Cierran las solicitudes de patrocinio: { $title }
calendar-draft-sponsorship-request = Su organización tiene un borrador de solicitud de patrocinio para este evento.
calendar-diligence-expires = Vence la diligencia debida: { $title }
calendar-diligence-expires-description = Después de esta fecha no se puede conceder ninguna subvención a la organización sin una nueva evaluación.
