# La página de documentos permanentes de una organización en el portal, y sus enlaces desde el panel.

portal-orgdocs-title = Documentos permanentes
portal-orgdocs-intro = Los documentos de su organización que cualquier solicitud puede aprovechar: certificado de registro, estatutos, cuentas auditadas, política de salvaguarda.
portal-orgdocs-link = Documentos permanentes
portal-orgdocs-members-link = Miembros
portal-orgdocs-none = Todavía no hay documentos.
portal-orgdocs-file = Archivo
portal-orgdocs-kind = Tipo de documento
portal-orgdocs-valid-until = Válido hasta
portal-orgdocs-valid-until-optional = Válido hasta (opcional)
portal-orgdocs-valid-until-hint = Por ejemplo 2027-03-31. Déjelo vacío si el documento no caduca.
portal-orgdocs-expired = caducado
portal-orgdocs-no-expiry = no caduca
portal-orgdocs-upload-title = Añadir un documento
portal-orgdocs-delete-button = Eliminar
portal-orgdocs-uploaded = Se ha añadido el documento.
portal-orgdocs-deleted = Se ha eliminado el documento.
portal-orgdocs-error-kind = Elija el tipo de documento
portal-orgdocs-error-valid-until = Escriba la fecha como año-mes-día, por ejemplo 2027-03-31
portal-orgdocs-kind-registration-certificate = Certificado de registro
portal-orgdocs-kind-statutes = Estatutos
portal-orgdocs-kind-audited-accounts = Cuentas auditadas
portal-orgdocs-kind-safeguarding-policy = Política de salvaguarda
portal-orgdocs-kind-other = Otro documento
