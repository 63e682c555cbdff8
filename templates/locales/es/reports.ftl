# Informes: encabezados de columnas, nombres de hojas y etiquetas de secciones.

report-column-group = Grupo
report-column-label = Etiqueta
report-column-currency = Moneda
report-column-count = Número
report-column-requested = Solicitado
report-column-approved = Aprobado
report-column-paid = Pagado
report-column-cancelled = Cancelado
report-column-call-currency = Moneda de la convocatoria
report-column-requested-in-call-currency = Solicitado (moneda de la convocatoria)
report-column-approved-in-call-currency = Aprobado (moneda de la convocatoria)
report-column-paid-in-call-currency = Pagado (moneda de la convocatoria)
report-column-cancelled-in-call-currency = Cancelado (moneda de la convocatoria)
report-column-awarded = Concedido
report-column-outstanding = Pendiente
report-column-reference = Referencia
report-column-organisation = Organización
report-column-call = Convocatoria
report-sheet-totals = Totales
report-sheet-outstanding = Compromisos pendientes
