# Organizaciones: lo que sus miembros leen de su propia organización.

publication-policy-full = Sus subvenciones se publican en los archivos de datos abiertos (360Giving e IATI) con el nombre, el número de registro y el país de su organización.
publication-policy-anonymised = Sus subvenciones se publican como otorgadas a un «beneficiario anonimizado»: el proyecto, el importe y su región, nunca su nombre, su número de registro ni su país.
publication-policy-region-only = Solo se publican el importe y su región: ni beneficiario ni título del proyecto.
publication-policy-withheld = Sus subvenciones no aparecen en ningún archivo de datos abiertos; solo cuentan en los totales de la oficina, como un número y una suma sin detalle.
