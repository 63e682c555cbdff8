# Календари: название личного календаря, заголовок и описание каждого срока.

calendar-mine = Мои сроки в grantdesk
calendar-call-opens = Открытие конкурса: { $title }
calendar-call-opens-description = Начинается приём заявок на конкурс «{ $title }».
calendar-call-closes = Закрытие конкурса: { $title }
calendar-call-closes-description = Заявки на конкурс «{ $title }» нужно подать до этого времени; черновики не рассматриваются.
calendar-draft-application = У вашей организации есть черновик заявки на этот конкурс.
calendar-report-due = Срок сдачи отчёта: { $title }
calendar-report-due-description = Сдайте его на странице гранта в grantdesk.
calendar-appeal-window-closes = Окончание срока обжалования: { $title }
calendar-appeal-window-closes-description = В апелляции указываются основания для пересмотра решения.
calendar-sponsorship-requests-close = Окончание приёма заявок на спонсорство: { $title }
calendar-draft-sponsorship-request = У вашей организации есть черновик заявки на спонсорство для этого мероприятия.
calendar-diligence-expires = Истекает комплексная проверка: { $title }
calendar-diligence-expires-description = После этой даты грант организации можно предоставить только после новой проверки.
