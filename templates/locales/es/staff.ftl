# The staff workspace's shell: its navigation, home page and sections.

staff-nav-workspace = Espacio de trabajo
staff-home-title = Su espacio de trabajo
staff-home-lead = El trabajo que le corresponde según sus funciones, una sección por tarea.
staff-chart-data = Mostrar las cifras

staff-section-reviews = Evaluaciones
staff-section-reviews-summary = Las solicitudes que tiene asignadas: puntúelas según la rúbrica o declare un conflicto de intereses.
staff-section-calls = Convocatorias
staff-section-calls-summary = Preparar, publicar y cerrar convocatorias, crear sus formularios y seguir el avance de cada una.
staff-section-screening = Revisión de elegibilidad
staff-section-screening-summary = Las solicitudes presentadas que esperan una decisión de elegibilidad, y la asignación de evaluadores.
staff-section-appeals = Recursos
staff-section-appeals-summary = Los recursos contra las decisiones, que resuelve un oficial distinto del que decidió.
staff-section-diligence = Diligencia debida
staff-section-diligence-summary = Listas de verificación, documentos de respaldo, coincidencias en listas de sanciones y su resolución.
staff-section-risk = Evaluaciones de riesgo
staff-section-risk-summary = Los riesgos de causar daño según su probabilidad e impacto, con el mapa de calor y las aprobaciones.
staff-section-events = Eventos y viajes
staff-section-events-summary = Los eventos, las solicitudes de patrocinio, el presupuesto de viajes y la representación de los participantes.
staff-section-payments = Pagos
staff-section-payments-summary = Los pagos por solicitar, aprobar y abonar, cada uno revisado por dos personas.
staff-section-reports = Informes financieros
staff-section-reports-summary = El informe de desembolsos y el libro de pagos, en pantalla o en CSV y XLSX.
staff-section-audit = Registro de auditoría
staff-section-audit-summary = Quién hizo qué y cuándo en cada expediente, y si la cadena está intacta.
staff-section-users = Usuarios
staff-section-users-summary = Las cuentas del personal: invitaciones, funciones, desactivación y estado de la verificación en dos pasos.
staff-section-sanctions = Listas de sanciones
staff-section-sanctions-summary = Cuándo se cargó cada lista, cuántas entradas tiene y la carga de una lista nueva.
staff-section-outbox = Bandeja de salida
staff-section-outbox-summary = Los correos que envía la oficina, su estado y un nuevo intento para los que fallaron.
staff-dashboard-for-staff = Ha iniciado sesión como personal: su trabajo se hace en su espacio de trabajo. Las solicitudes, subvenciones y viajes de las organizaciones se muestran allí, no aquí.
staff-back-to-workspace = Volver al espacio de trabajo
