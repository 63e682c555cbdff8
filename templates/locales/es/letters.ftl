# Cartas (concesión de subvención, patrocinio y apoyo a la solicitud de visado): su texto, las
# fechas y los importes en letras. Los nombres se mantienen tal como están escritos.

## Fechas e importes

letter-date = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
letter-date-range = del { $start } al { $end }
letter-date-single = el { $date }
letter-amount = { $number } { $currency }
letter-amount-with-fraction = { $number } { $currency } con { $fraction }
letter-amount-negative = menos { $amount }
currency-EUR = { $count ->
    [one] euro
   *[other] euros
}
currency-USD = { $count ->
    [one] dólar estadounidense
   *[other] dólares estadounidenses
}
currency-GBP = { $count ->
    [one] libra esterlina
   *[other] libras esterlinas
}
currency-CHF = { $count ->
    [one] franco suizo
   *[other] francos suizos
}
currency-JPY = { $count ->
    [one] yen
   *[other] yenes
}
currency-CNY = { $count ->
    [one] yuan renminbi
   *[other] yuanes renminbi
}
currency-RUB = { $count ->
    [one] rublo ruso
   *[other] rublos rusos
}

## El marco común

letter-date-line = Fecha: { $date }
letter-reference-line = Referencia: { $reference }
letter-subject-line = Asunto: { $subject }
letter-signatory-role = Oficial de subvenciones, { $office }
letter-yours-sincerely = Atentamente,
letter-yours-faithfully = Atentamente,
letter-amount-column = Importe ({ $currency })

## Carta de concesión

letter-award-footer = Carta de concesión { $reference } · página { $page } de { $pages }
letter-award-document = Carta de concesión
letter-award-subject = Concesión de una subvención en el marco de la convocatoria «{ $call }»
letter-award-to = Destinatario:
letter-award-greeting = Estimados socios:
letter-award-intro = Nos complace comunicarles que { $office } concede a su organización una subvención de { $amount } { $currency } ({ $amount_words }) para el proyecto «{ $project }», presentado en la convocatoria «{ $call }». La subvención se abona en los tramos que figuran a continuación, cada uno en su fecha de vencimiento y una vez cumplida su condición.
letter-award-tranches = Tramos
letter-award-tranche-number = N.º
letter-award-due-date = Vencimiento
letter-award-condition = Condición
letter-award-obligations = Informes que deben presentarse
letter-award-obligation = { $report }, a presentar el { $date }
letter-award-no-obligations = Esta subvención no exige ningún informe aparte de las condiciones generales que figuran a continuación.
letter-award-conditions = Condiciones generales
letter-award-conditions-text = La subvención solo puede destinarse a las actividades y al presupuesto aprobados en su solicitud. Los informes narrativos y financieros deben presentarse en las fechas indicadas, y cada tramo se abona únicamente cuando se han recibido los informes que vencen antes de él. Deben comunicar a { $office } por escrito y sin demora cualquier cambio en el proyecto, su presupuesto, su calendario o su organización que pueda afectar a la subvención. Si no se cumplen estas condiciones, { $office } puede suspender o rescindir la subvención y solicitar la devolución de los fondos no utilizados o mal empleados.
letter-award-acceptance = Aceptación
letter-award-acceptance-text = Para aceptar esta subvención, inicien sesión en grantdesk y acepten las condiciones de la subvención { $reference } en un plazo de 30 días a partir de la fecha de esta carta. La subvención entra en vigor con su aceptación; el primer tramo no se abona antes.
letter-report-interim_narrative = Informe narrativo intermedio
letter-report-interim_financial = Informe financiero intermedio
letter-report-final_narrative = Informe narrativo final
letter-report-final_financial = Informe financiero final

## Carta de patrocinio y apoyo a la solicitud de visado

letter-sponsorship-footer = Carta de patrocinio { $reference } · página { $page } de { $pages }
letter-sponsorship-document = Carta de patrocinio
letter-sponsorship-subject = Invitación y patrocinio para asistir a «{ $event }»
letter-sponsorship-heading = Invitación, patrocinio y apoyo a la solicitud de visado para asistir a «{ $event }»
letter-sponsorship-to = A la atención de la embajada o el consulado correspondiente
letter-sponsorship-greeting = A quien corresponda:
letter-sponsorship-invitation = { $office } invita a la persona que se indica a continuación a asistir a «{ $event }» ({ $place }, { $dates }) y patrocina su participación en los términos que establece esta carta.
letter-sponsorship-traveller = Persona viajera
letter-field-full-name = Nombre completo según el pasaporte
letter-field-nationality = Nacionalidad
letter-field-organisation = Organización
letter-field-organisation-country = País de la organización
letter-field-role = Cargo en la organización
letter-field-origin = Ciudad de origen
letter-sponsorship-stay = Está previsto que llegue el { $arrival } y salga el { $departure } ({ $nights ->
    [0] visita en el mismo día
    [one] una noche
   *[other] { $nights_shown } noches
}).
letter-sponsorship-covered = Gastos que cubre el patrocinio
letter-sponsorship-item = Concepto
letter-sponsorship-total = Total
letter-sponsorship-amounts = El patrocinio asciende a { $total } { $currency } ({ $total_words }). Antes del viaje se abona un anticipo del { $percent } de este importe, es decir, { $advance } { $currency }; el saldo se abona una vez confirmada la asistencia y conciliados los gastos.
letter-sponsorship-visa = Apoyo a la solicitud de visado
letter-sponsorship-visa-text = { $office } solicita atentamente a las autoridades competentes que faciliten la expedición del visado que la persona necesita para viajar a { $city } ({ $country }) en las fechas indicadas. Cualquier consulta sobre esta carta debe mencionar su referencia, { $reference }.
letter-covered-nights = { $nights ->
    [one] una noche
   *[other] { $nights_shown } noches
}
letter-covered-dsa = Dietas: { $nights } a { $rate } { $currency }
letter-covered-dsa-reduced = Dietas: { $nights } al { $percent } de { $rate } { $currency } (a partir de 60 noches)
letter-covered-terminal = Gastos de terminal ({ $ends_shown } trayectos)
letter-covered-airfare = Billete de avión de ida y vuelta desde { $city }
letter-covered-extra-nights = Incluye { $nights } fuera del período de viaje autorizado, autorizadas por el siguiente motivo: { $reason }
letter-covered-local = Sin dietas ni gastos de terminal: la persona reside en la zona del evento
letter-covered-unpaid = { $nights } fuera del período de viaje autorizado, no cubiertas
