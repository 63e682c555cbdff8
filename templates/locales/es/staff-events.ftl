# Las páginas de eventos y patrocinio de viajes del espacio del personal (`templates/portal/staff/events_*.html`).
staff-events-title = Eventos y viajes
staff-events-back-list = Todos los eventos
staff-events-back-event = Volver al evento
staff-events-caption = Evento
staff-events-none = Todavía no hay eventos.
staff-events-count = { $count ->
    [one] Un evento, el más próximo primero.
   *[other] { $count } eventos, los más próximos primero.
}
staff-events-pages = Páginas de eventos
staff-events-previous = Eventos anteriores
staff-events-next = Eventos siguientes
staff-events-column-state = Estado
staff-events-deadline = Cierre de solicitudes
staff-events-requests = Solicitudes de patrocinio
staff-events-no-requests = Todavía no hay solicitudes de patrocinio.
staff-events-count-entry = { $status }: { $count }
staff-events-status-draft = Borrador
staff-events-status-open = Abierto a solicitudes
staff-events-status-closed = Cerrado a solicitudes
staff-events-status-held = En suspenso
staff-events-budget-heading = Presupuesto de patrocinio
staff-events-budget-title = Presupuesto de patrocinio de { $ceiling }
staff-events-budget-part = Parte
staff-events-budget-amount = Importe
staff-events-budget-paid = Pagado
staff-events-budget-committed = Aprobado, aún no pagado
staff-events-budget-available = Disponible
staff-events-representation-link = Representación de los participantes
staff-events-requests-heading = Solicitudes y derechos
staff-events-requests-caption = Solicitudes, las más antiguas primero, con lo que corresponde a cada viajero
staff-events-column-traveller = Viajero
staff-events-column-organisation = Organización
staff-events-column-stay = Estancia
staff-events-column-dsa = Dieta diaria
staff-events-column-terminal = Gastos de terminal
staff-events-column-airfare = Billete de avión
staff-events-column-total = Total
staff-events-nights = { $count ->
    [one] { $count } noche
   *[other] { $count } noches
}
staff-events-decide = Decidir
staff-events-waitlist-heading = Lista de espera
staff-events-waitlist-hint = Estas solicitudes se aprueban en este orden cuando hay margen en el presupuesto.
staff-events-waitlist-empty = No hay nadie en la lista de espera.
staff-events-done-approved = La solicitud fue aprobada.
staff-events-done-rejected = La solicitud fue rechazada.
staff-events-done-waitlisted = La solicitud pasó a la lista de espera.
staff-events-decision-title = Solicitud de patrocinio para { $traveller }
staff-events-role = Cargo
staff-events-nationality = Nacionalidad
staff-events-origin = Viaja desde
staff-events-requested-at = Solicitada
staff-events-decided-reason = Motivo indicado
staff-events-entitlement-heading = Derechos
staff-events-entitlement-caption = Lo que las normas de viaje conceden a este viajero
staff-events-outcome-heading = Decisión
staff-events-outcome-legend = ¿Qué decide?
staff-events-outcome-approved = Aprobar
staff-events-outcome-rejected = Rechazar
staff-events-outcome-waitlisted = Poner en la lista de espera
staff-events-reason-label = Motivo
staff-events-reason-hint = La organización lo lee junto con la decisión.
staff-events-decide-button = Registrar la decisión
staff-events-error-outcome = Elija aprobar, rechazar o la lista de espera
staff-events-error-reason = Escriba el motivo de la decisión
staff-events-not-decidable = Esta solicitud ya no se decide aquí. Su estado: { $status }.
staff-events-representation-title = Representación en { $event }
staff-events-representation-requests = Solicitudes contadas
staff-events-representation-approved = Viajeros aprobados
staff-events-representation-download = Descargar las cifras (CSV)
staff-events-representation-warnings = Por debajo de los objetivos
staff-events-representation-none = Todavía no hay viajeros aprobados: todas las proporciones están vacías.
staff-events-representation-hint = Cada barra es una proporción de los viajeros aprobados; la línea discontinua marca el objetivo de la oficina.
staff-events-chart-gender = Viajeros aprobados por género
staff-events-chart-age = Viajeros aprobados por edad
staff-events-chart-region = Viajeros aprobados por región
staff-events-chart-organisations = Viajeros aprobados de organizaciones dirigidas por mujeres o por jóvenes
staff-events-young = De 18 a 34 años
staff-events-women-led = Organización dirigida por mujeres
staff-events-youth-led = Organización dirigida por jóvenes
staff-events-column-group = Grupo
staff-events-column-share = Proporción
staff-events-column-target = Objetivo
staff-events-share = { $share } % ({ $count } de { $total })
staff-events-target-at-least = al menos { $percent } %
staff-events-target-at-most = como máximo { $percent } %
conflict-sponsorship-changed = Esta solicitud cambió mientras tanto (otra persona la decidió), así que no se hizo nada. Vuelva a leer su estado antes de decidir.

## El motivo de las noches adicionales en el formulario de decisión, y los controles del informe de representación.
staff-events-extra-nights-heading = Noches fuera del periodo de viaje autorizado
staff-events-extra-nights-hint = { $count ->
    [one] Una noche de esta estancia queda fuera del periodo de viaje autorizado del evento y no se paga salvo que usted la autorice.
   *[other] { $count } noches de esta estancia quedan fuera del periodo de viaje autorizado del evento y no se pagan salvo que usted las autorice.
}
staff-events-extra-nights-legend = { $count ->
    [one] ¿Pagar la noche fuera del periodo autorizado?
   *[other] ¿Pagar las { $count } noches fuera del periodo autorizado?
}
staff-events-extra-nights-pay = Sí, pagarlas (con una aprobación o la lista de espera), por el motivo indicado abajo
staff-events-extra-nights-unpaid = No, dejarlas sin pagar
staff-events-extra-nights-reason-label = Por qué la oficina paga estas noches
staff-events-extra-nights-reason-hint = Necesario si las paga. La carta de patrocinio lo imprime.
staff-events-error-extra-nights-reason = Indique por qué la oficina paga las noches fuera del periodo autorizado
staff-events-targets-legend = Metas y regiones
staff-events-targets-hint = Deje una meta vacía para usar la de la oficina. Cada una es un porcentaje entero de 0 a 100.
staff-events-target-women-label = Mujeres, como mínimo (%)
staff-events-target-young-label = De 18 a 34 años, como mínimo (%)
staff-events-target-region-label = Una región, como máximo (%)
staff-events-target-office = Meta de la oficina: { $percent } %
staff-events-regions-label = Contar las regiones según
staff-events-regions-office = Las regiones de planificación de la oficina
staff-events-regions-m49 = Los continentes M49 de la ONU
staff-events-targets-apply = Mostrar el informe
staff-events-error-regions = Elija las regiones de la oficina o los continentes M49 de la ONU
