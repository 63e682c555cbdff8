## The public home's filter and a call's regions (#17).
leftovers-filter-heading = Filtrar las convocatorias
leftovers-filter-theme = Tema
leftovers-filter-any-theme = Cualquier tema
leftovers-filter-region = Región
leftovers-filter-any-region = Cualquier región
leftovers-filter-apply = Aplicar filtros
leftovers-filter-clear = Quitar filtros
leftovers-filter-applied = Convocatorias mostradas para: { $filters }
leftovers-filter-no-match = Ninguna convocatoria abierta coincide con estos filtros.
leftovers-filter-see-all = Ver todas las convocatorias abiertas
leftovers-call-regions = Regiones
leftovers-call-every-region = Abierta a organizaciones de todas las regiones
leftovers-region-unknown = «{ $region }» no es una de las regiones de la oficina ({ $regions })
leftovers-region-repeated = «{ $region }» aparece más de una vez
leftovers-region-middle-east-and-north-africa = Oriente Medio y Norte de África
leftovers-region-the-sahel = El Sahel
leftovers-region-sub-saharan-africa = África subsahariana
leftovers-region-central-asia = Asia Central
leftovers-region-south-asia = Asia Meridional
leftovers-region-south-east-asia = Sudeste Asiático
leftovers-region-latin-america-and-the-caribbean = América Latina y el Caribe
leftovers-region-europe = Europa
leftovers-region-north-america = América del Norte
leftovers-region-africa = África
leftovers-region-americas = Américas
leftovers-region-antarctica = Antártida
leftovers-region-asia = Asia
leftovers-region-oceania = Oceanía
leftovers-region-other = Otra
leftovers-region-unknown-country = desconocida

## Tranche payments and travel dates in the deadlines and the calendar feed (#17).
leftovers-tranche-expected = Pago previsto: tramo { $number } de { $award }, { $amount }
leftovers-tranche-expected-description = El día en que debe pagarse este tramo de la subvención, una vez cumplidas sus condiciones.
leftovers-trip-arrival = Llegada a { $event }: { $traveller }
leftovers-trip-departure = Salida de { $event }: { $traveller }
leftovers-trip-description = Fechas de viaje aprobadas de una persona patrocinada.

## Messages services used to word in English (#16).
leftovers-link-unknown = este enlace no es válido; solicite uno nuevo
leftovers-link-used = este enlace ya se utilizó (o se envió uno más reciente); solicite uno nuevo
leftovers-link-expired = este enlace caducó el { $date }; solicite uno nuevo
leftovers-invitation-expired = la invitación caducó al cabo de { $days ->
    [one] { $days } día
   *[other] { $days } días
  }; un miembro de la organización puede enviar una nueva
leftovers-invitation-revoked = la invitación fue retirada; un miembro de la organización puede enviar una nueva si fue un error
leftovers-invitation-accepted = la invitación ya fue aceptada: no queda nada por hacer
leftovers-invitation-declined = la invitación fue rechazada; un miembro de la organización puede enviar una nueva si fue un error
leftovers-invitation-changed = mientras tanto, la invitación fue respondida, retirada o caducó; vuelva a cargarla
leftovers-roles-needed = se necesita al menos un rol
leftovers-admin-keeps-own-role = un administrador no se quita su propio rol de administrador; lo hace otro administrador
leftovers-admin-keeps-own-account = un administrador no desactiva su propia cuenta; lo hace otro administrador
leftovers-email-stays-verified = una dirección deja de estar verificada solo cuando la persona la cambia; envíe true para avalarla
leftovers-condition-unmet = el tramo { $number } espera a que se reciba { $kind ->
    [interim_narrative] el informe narrativo intermedio
    [interim_financial] el informe financiero intermedio
    [final_narrative] el informe narrativo final
   *[final_financial] el informe financiero final
  } con vencimiento el { $due } (está { $state ->
    [pending] aún sin presentar
    [submitted] presentado, aún no recibido
   *[received] recibido
  }); apruebe con un override_reason para pagarlo de todos modos
leftovers-representation-women = las mujeres son el { $share } % de las personas viajeras aprobadas, por debajo del objetivo del { $target } %
leftovers-representation-young = las personas de 18 a 34 años son el { $share } %, por debajo del objetivo del { $target } %
leftovers-representation-region = { $region } reúne el { $share } % de las personas viajeras aprobadas, por encima del límite del { $limit } %
leftovers-percentage-range = debe ser un porcentaje de 0 a 100

## Reports: a month group's name (#19).
leftovers-report-month = { $month ->
    [1] enero de { $year }
    [2] febrero de { $year }
    [3] marzo de { $year }
    [4] abril de { $year }
    [5] mayo de { $year }
    [6] junio de { $year }
    [7] julio de { $year }
    [8] agosto de { $year }
    [9] septiembre de { $year }
    [10] octubre de { $year }
    [11] noviembre de { $year }
   *[12] diciembre de { $year }
  }

## Reports: a reporting currency without a rate (#19).
leftovers-rate-missing = no hay ningún tipo de cambio de { $from } a { $to } registrado (en un pago o un evento); elija otra moneda de presentación o registre antes el tipo

## Reports: the grand total in a reporting currency and the rates used (#19).
report-reporting-total = Todas las monedas en { $currency }
report-rate-payment = Tipo { $from } → { $to }: { $rate }, registrado en el pago { $holder } del { $date }
report-rate-payment-inverse = Tipo { $from } → { $to }: { $rate }, inverso del tipo registrado en el pago { $holder } del { $date }
report-rate-event = Tipo { $from } → { $to }: { $rate }, tipo de cambio del evento «{ $holder }» que empieza el { $date }
