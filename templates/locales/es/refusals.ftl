# Rechazos de los servicios y las reglas que las páginas dicen en el idioma del lector (la
# API los dice en inglés): un registro modificado mientras tanto, los controles de «no hacer
# daño», los topes de los pagos. Los importes ($adding, $ceiling, $left) llegan escritos con su moneda.

refused-changed-request = la solicitud cambió mientras tanto: vuelva a cargarla e inténtelo de nuevo
refused-changed-risk-assessment = la evaluación de riesgos cambió mientras tanto: vuelva a cargarla e inténtelo de nuevo
refused-changed-disbursement = el desembolso cambió mientras tanto; vuelva a cargarlo e inténtelo de nuevo
refused-changed-call = la convocatoria cambió mientras tanto; vuelva a cargarla e inténtelo de nuevo
refused-changed-assessment = la evaluación cambió mientras tanto; vuelva a cargarla e inténtelo de nuevo
refused-changed-event = el evento cambió mientras tanto: vuelva a cargarlo e inténtelo de nuevo
refused-changed-award = la subvención cambió mientras tanto; vuelva a cargarla e inténtelo de nuevo
refused-changed-report = el informe cambió mientras tanto; vuelva a cargarlo e inténtelo de nuevo
refused-changed-organisation = la organización cambió mientras tanto; vuelva a cargarla e inténtelo de nuevo
refused-changed-application = la solicitud de subvención cambió mientras tanto; vuelva a cargarla e inténtelo de nuevo

refused-risk-already-approved = la evaluación de riesgos ya está aprobada: no queda nada por aprobar
refused-risk-second-officer = un riesgo residual alto necesita la aprobación de un segundo oficial, distinto del primero: pida a otro oficial que la apruebe
refused-trip-risk-not-approved = la evaluación de riesgos de «no hacer daño» del viaje aún no está aprobada: primero la aprueba un oficial
refused-trip-risk-critical = el riesgo residual de «no hacer daño» del viaje es crítico, lo que impide el patrocinio
refused-trip-no-receipt = suba al menos un billete, una tarjeta de embarque o un recibo antes de confirmar el viaje

refused-ceiling-advance = el anticipo ({ $percent } % del importe que corresponde; el saldo se paga una vez confirmada la asistencia)
refused-ceiling-entitlement = el importe que corresponde
refused-ceiling-reconciled = los gastos reales conciliados
refused-ceiling-award = la subvención
refused-ceiling-tranche = el tramo { $number }
refused-over-ceiling = { $adding } llevaría los desembolsos por encima del tope fijado para { $what } ({ $ceiling }); quedan { $left }
refused-sponsorship-not-payable = una solicitud de patrocinio «{ $status ->
        [draft] borrador
        [submitted] enviada
        [approved] aprobada
        [rejected] no aprobada
        [waitlisted] en lista de espera
        [travelled] asistencia confirmada
        [reconciled] liquidada
       *[other] cancelada
    }» no se paga: el anticipo sigue a la aprobación, el saldo a la asistencia confirmada
refused-award-pending-acceptance = la subvención espera su aceptación: el dinero se mueve cuando los miembros de la organización han aceptado sus condiciones
refused-award-completed = la subvención está finalizada: ya no se mueve dinero en ella
refused-award-terminated = la subvención está rescindida: ya no se mueve dinero en ella

decision-over-any-budget = esta subvención llevaría las subvenciones de la convocatoria más allá de cualquier tope presupuestario de { $ceiling }
decision-over-budget = las subvenciones de esta convocatoria sumarían { $total }, por encima de su tope presupuestario de { $ceiling }; aún se pueden conceder como máximo { $left }
decision-amount-over-request = no debe superar lo solicitado, { $limit }
decision-amount-under-minimum = debe ser al menos la subvención mínima de la convocatoria, { $limit }
decision-amount-over-maximum = no debe superar la subvención máxima de la convocatoria, { $limit }
decision-amount-too-large-to-split = es demasiado grande para dividirse en tramos
decision-tranches-one-kind = indique para cada tramo un porcentaje o un importe, lo mismo para todos
decision-tranche-due-past = no debe estar en el pasado
decision-tranche-condition-long = debe tener como máximo 500 caracteres
decision-tranche-percent-range = debe ser mayor que 0 y como máximo 100
decision-tranches-percent-total = los porcentajes deben sumar 100, no { $total }
decision-tranches-overflow = los importes suman más de lo que puede valer un importe
decision-tranches-amount-total = los importes deben sumar la subvención de { $award }, no { $total }
decision-tranches-zero = cada tramo debe quedar por encima de cero tras el redondeo

travel-attendance-unconfirmed = debe ser true: un patrocinio se marca como realizado solo cuando se confirma la asistencia
travel-not-yet-arrived = el viajero llega el { $date }; la asistencia se confirma ese día o después
travel-payments-in-flight = pagos de este patrocinio solicitados o aprobados: { $count }; páguelos o cancélelos antes de la conciliación
travel-refund-in-future = no debe estar en el futuro
travel-nothing-to-reclaim = la organización no debe devolver nada por este patrocinio
travel-refund-recorded = el reembolso de este patrocinio ya está registrado
travel-refund-before-due = no debe ser anterior al { $date }, cuando el importe pasó a deberse
travel-costs-none = indique al menos un costo real
travel-costs-overflow = los costos reales suman más de { $limit }
travel-costs-over-entitlement = los costos reales superan lo que corresponde en { $excess }: explique por qué la oficina paga más
