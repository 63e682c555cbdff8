# Страницы администраторов: сотрудники, санкционный список и исходящие письма.

staff-admin-role-officer = Сотрудник программы
staff-admin-role-reviewer = Эксперт
staff-admin-role-finance = Финансы
staff-admin-role-admin = Администратор
staff-admin-role-applicant = Заявитель

staff-users-title = Сотрудники
staff-users-lead = Все, кто работает в рабочем пространстве офиса, с их ролями и способом входа.
staff-users-count = { $count ->
    [one] { $count } сотрудник
    [few] { $count } сотрудника
   *[other] { $count } сотрудников
}
staff-users-col-name = Имя
staff-users-col-email = Адрес электронной почты
staff-users-col-roles = Роли
staff-users-col-status = Учётная запись
staff-users-col-mfa = Двухэтапный вход
staff-users-col-last-sign-in = Последний вход
staff-users-active = Активна
staff-users-deactivated = Отключена
staff-users-mfa-on = Настроен
staff-users-mfa-off = Не настроен
staff-users-never = Нет записей
staff-users-invite-heading = Пригласить сотрудника
staff-users-invite-lead = Человек получит письмо со ссылкой для выбора пароля. Ссылка действует 7 дней.
staff-users-field-name = Полное имя
staff-users-field-email = Адрес электронной почты
staff-users-field-roles = Роли
staff-users-roles-hint = Отметьте все нужные роли.
staff-users-invite-button = Отправить приглашение
staff-users-error-name = Введите полное имя
staff-users-error-email = Введите адрес электронной почты в правильном формате, например name@example.org
staff-users-error-roles = Отметьте хотя бы одну роль
staff-users-done-invited = Приглашение отправлено. Оно ждёт в исходящих, пока не будет доставлено.
staff-users-done-roles = Роли изменены.
staff-users-done-deactivated = Учётная запись отключена, все её сеансы завершены.
staff-users-done-reactivated = Учётная запись снова включена. Человек входит со своим паролем.
staff-user-title = { $name }
staff-user-created = Учётная запись создана
staff-user-roles-heading = Изменить роли
staff-user-roles-button = Сохранить роли
staff-user-access-heading = Доступ
staff-user-deactivate-lead = Отключённая учётная запись не может войти, а все её сеансы сразу завершаются.
staff-user-deactivate-button = Отключить учётную запись
staff-user-reactivate-lead = Эта учётная запись отключена. Если включить её снова, человек сможет войти.
staff-user-reactivate-button = Включить учётную запись
staff-user-self-note = Нельзя отключить собственную учётную запись или снять с себя роль администратора: это делает другой администратор. Так у офиса всегда остаётся администратор.
staff-user-confirm-title = Отключить учётную запись: { $name }?
staff-user-confirm-lead = { $name } не сможет войти, все сеансы завершатся сейчас. Записи и история останутся как есть. Администратор может позже снова включить учётную запись.
staff-user-confirm-button = Да, отключить учётную запись
staff-user-cancel = Нет, вернуться
staff-user-back = Назад к сотрудникам
staff-user-error-self-deactivate = Нельзя отключить собственную учётную запись: это делает другой администратор

staff-sanctions-title = Санкционный список
staff-sanctions-lead = Организации сверяются с этим списком при комплексной проверке. Новый список заменяет действующий.
staff-sanctions-status = Состояние
staff-sanctions-status-loaded = Загружен
staff-sanctions-status-none = Список ещё не загружен: комплексная проверка не может сверять организации, пока его нет.
staff-sanctions-list = Перечень
staff-sanctions-source = Источник
staff-sanctions-source-value = Сводный санкционный перечень Совета Безопасности ООН (XML)
staff-sanctions-generated = Опубликован источником
staff-sanctions-generated-unknown = Не указано в списке
staff-sanctions-imported = Загружен
staff-sanctions-imported-by = Кто загрузил
staff-sanctions-imported-by-system = Командная строка или демонстрация
staff-sanctions-entries = Записей
staff-sanctions-upload-heading = Загрузить новый список
staff-sanctions-field-file = Файл списка
staff-sanctions-file-hint = Сводный перечень в формате XML (документ CONSOLIDATED_LIST), как его публикует Совет Безопасности.
staff-sanctions-upload-button = Загрузить список
staff-sanctions-error-file = Выберите XML-файл списка
staff-sanctions-error-unreadable = Файл не является читаемым сводным перечнем: { $detail }. Действующий список не изменился.
staff-sanctions-done-loaded = Новый список загружен.

staff-outbox-title = Исходящие
staff-outbox-lead = Письма, которые отправляет офис. Письмо, которое не удалось доставить, можно отправить снова.
staff-outbox-filter = Показать
staff-outbox-filter-all = Все письма
staff-outbox-filter-button = Отфильтровать
staff-outbox-count = { $count ->
    [one] { $count } письмо
    [few] { $count } письма
   *[other] { $count } писем
}
staff-outbox-col-recipient = Получатель
staff-outbox-col-subject = Тема
staff-outbox-col-status = Состояние
staff-outbox-col-attempts = Попытки
staff-outbox-col-created = В очереди с
staff-outbox-col-times = Следующая попытка или отправка
staff-outbox-col-action = Действие
staff-outbox-status-queued = В очереди
staff-outbox-status-sending = Отправляется
staff-outbox-status-sent = Отправлено
staff-outbox-status-failed = Не доставлено
staff-outbox-status-in_app = Оставлено в приложении
staff-outbox-last-error = Последняя ошибка: { $error }
staff-outbox-retry-button = Повторить
staff-outbox-none = В этом списке нет писем.
staff-outbox-done-retried = Письмо снова в очереди и уйдёт со следующей отправкой.
staff-outbox-more = Более старые письма

outbox-retry-not-failed = Повторить можно только письмо, которое не удалось доставить
outbox-retry-ended = Это письмо не отправлено намеренно (истёк срок или оно больше не актуально), поэтому его нельзя повторить
