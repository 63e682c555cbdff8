# Los anexos de un recurso en la página de la solicitud en el portal.
portal-appeal-annexes = Anexos del recurso
portal-appeal-annexes-none = No se ha añadido ningún anexo al recurso.
portal-appeal-annex-file = Anexo
portal-appeal-annex-hint = Un documento que respalde sus motivos, por ejemplo un plan que los evaluadores no recibieron. Puede añadir anexos hasta que se resuelva el recurso.
portal-appeal-annex-add = Añadir el anexo
portal-appeal-annex-delete = Quitar

# Por qué se rechaza un archivo enviado (problemas de la API y errores del portal).
document-name-empty = el archivo necesita un nombre
document-name-separator = un nombre de archivo no puede contener un separador de ruta (/ o \)
document-name-control = un nombre de archivo no puede contener caracteres de control
document-name-dots = un nombre de archivo no puede ser . ni ..
document-name-long = un nombre de archivo tiene como máximo { $max } caracteres
document-kind-invalid = un tipo tiene de 1 a 64 letras minúsculas, cifras y guiones bajos, y empieza por una letra
document-too-large = el archivo supera { $limit } (el límite por archivo)
document-over-total = con este archivo los documentos de la solicitud superarían { $limit } en total ({ $used } ya usados); elimine primero un documento
document-unsupported = el contenido del archivo no es PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, CSV ni texto sin formato, diga lo que diga su nombre
document-empty = el archivo está vacío; vuelva a elegirlo
document-valid-until-invalid = debe ser una fecha escrita AAAA-MM-DD
document-file-missing = falta: envíe el archivo en la parte llamada `file`

# Pruebas de los puntos de la lista de diligencia debida.
diligence-item-needs-evidence = `{ $item }` necesita una prueba antes de darse por superado: adjunte primero un documento a ese punto
diligence-items-lack-evidence = hay puntos superados que exigen una prueba y no tienen ninguna ({ $items }): adjunte un documento a cada uno y luego cierre la evaluación
