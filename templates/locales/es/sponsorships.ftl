# Por qué las reglas de patrocinio rechazan un paso (`sponsorships::rules::Refused`).
sponsorship-refused-not-a-draft = solo se envía un borrador; esta solicitud ya está «{ $status ->
        [draft] borrador
        [submitted] enviada
        [approved] aprobada
        [rejected] no aprobada
        [waitlisted] en lista de espera
        [travelled] asistencia confirmada
        [reconciled] liquidada
       *[other] cancelada
    }»
sponsorship-refused-draft-undecided = un borrador se decide cuando la organización lo envía
sponsorship-refused-already-decided = esta solicitud ya está «{ $status ->
        [draft] borrador
        [submitted] enviada
        [approved] aprobada
        [rejected] no aprobada
        [waitlisted] en lista de espera
        [travelled] asistencia confirmada
        [reconciled] liquidada
       *[other] cancelada
    }»: solo se decide una solicitud enviada o en lista de espera
sponsorship-refused-not-cancellable = solo se cancela una solicitud que no se haya viajado, rechazado ni cancelado; esta está «{ $status ->
        [draft] borrador
        [submitted] enviada
        [approved] aprobada
        [rejected] no aprobada
        [waitlisted] en lista de espera
        [travelled] asistencia confirmada
        [reconciled] liquidada
       *[other] cancelada
    }»
sponsorship-refused-not-approved = solo un patrocinio aprobado se marca como viajado; este está «{ $status ->
        [draft] borrador
        [submitted] enviada
        [approved] aprobada
        [rejected] no aprobada
        [waitlisted] en lista de espera
        [travelled] asistencia confirmada
        [reconciled] liquidada
       *[other] cancelada
    }»
sponsorship-refused-not-travelled = solo se liquida un patrocinio con la asistencia confirmada; este está «{ $status ->
        [draft] borrador
        [submitted] enviada
        [approved] aprobada
        [rejected] no aprobada
        [waitlisted] en lista de espera
        [travelled] asistencia confirmada
        [reconciled] liquidada
       *[other] cancelada
    }»
sponsorship-refused-trip-confirmed = el viaje ya está confirmado; añada cualquier otro recibo como documento
sponsorship-refused-trip-not-approved = solo se confirma el viaje de un patrocinio aprobado; este está «{ $status ->
        [draft] borrador
        [submitted] enviada
        [approved] aprobada
        [rejected] no aprobada
        [waitlisted] en lista de espera
        [travelled] asistencia confirmada
        [reconciled] liquidada
       *[other] cancelada
    }»
sponsorship-refused-trip-not-arrived = el viaje se confirma a partir de la fecha de llegada
sponsorship-refused-over-budget = los patrocinios aprobados sumarían { $total }, por encima del presupuesto del evento de { $budget }: ponga la solicitud en lista de espera o aumente el presupuesto
sponsorship-refused-extra-nights-rejected = solo una aprobación o una inclusión en lista de espera autoriza noches adicionales
sponsorship-refused-no-extra-nights = todas las noches de esta estancia están dentro del periodo de viaje autorizado del evento: no hay nada que autorizar
