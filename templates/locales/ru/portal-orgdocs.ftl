# Страница постоянных документов организации на портале и ссылки на неё из личного кабинета.

portal-orgdocs-title = Постоянные документы
portal-orgdocs-intro = Документы вашей организации, на которые может опираться любая заявка: свидетельство о регистрации, устав, аудированная отчётность, политика защиты.
portal-orgdocs-link = Постоянные документы
portal-orgdocs-members-link = Участники
portal-orgdocs-none = Документов пока нет.
portal-orgdocs-file = Файл
portal-orgdocs-kind = Вид документа
portal-orgdocs-valid-until = Действителен до
portal-orgdocs-valid-until-optional = Действителен до (необязательно)
portal-orgdocs-valid-until-hint = Например, 2027-03-31. Оставьте пустым, если срок действия документа не ограничен.
portal-orgdocs-expired = срок истёк
portal-orgdocs-no-expiry = бессрочно
portal-orgdocs-upload-title = Добавить документ
portal-orgdocs-delete-button = Удалить
portal-orgdocs-uploaded = Документ добавлен.
portal-orgdocs-deleted = Документ удалён.
portal-orgdocs-error-kind = Выберите вид документа
portal-orgdocs-error-valid-until = Введите дату в виде год-месяц-день, например 2027-03-31
portal-orgdocs-kind-registration-certificate = Свидетельство о регистрации
portal-orgdocs-kind-statutes = Устав
portal-orgdocs-kind-audited-accounts = Аудированная отчётность
portal-orgdocs-kind-safeguarding-policy = Политика защиты
portal-orgdocs-kind-other = Другой документ
