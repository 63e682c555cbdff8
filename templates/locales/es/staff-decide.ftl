# La decisión del oficial en tres pasos: el formulario (con el total de los tramos a medida
# que se escriben), la página de comprobación y el último botón, que la registra.

staff-decide-continue = Continuar
staff-decide-continue-hint = En la página siguiente comprueba la decisión antes de que se registre.
staff-decide-total-matches = Los tramos suman { $total }, el importe concedido.
staff-decide-total-differs = Los tramos suman { $total }, que no coincide con el importe concedido ({ $amount }).
staff-decide-total-alone = Los tramos suman { $total }.
staff-decide-check-title = Compruebe la decisión antes de registrarla
staff-decide-check-lead = No se registra nada hasta que pulse «Registrar la decisión». Cambie lo que no sea correcto.
staff-decide-change = Cambiar
staff-decide-amount = Importe concedido
staff-decide-tranche-amount = Importe
staff-decide-sum = Total
staff-decide-sum-matches = Los tramos suman el importe concedido.
staff-decide-single-payment = Sin tramos: el importe concedido se abona en un solo pago.
staff-decide-tranches-by-due-date = Los tramos aparecen por fecha de vencimiento, el orden en que se registrarán; usted los escribió en otro orden.
staff-decide-no-obligations = Ninguna obligación de informe.
staff-decide-stale = Esta solicitud se ha decidido desde que se abrió el formulario, así que no se ha registrado nada. Su estado ahora es: { $status }.
