# Письма и уведомления в приложении: обращение, текст о случившемся, сведения
# (подпись: значение), прощание.

email-greeting = Здравствуйте, { $name }!
email-signoff =
    С уважением,
    Отдел грантов

## Подписи к сведениям

email-label-reference = Номер
email-label-requested = Запрошенная сумма
email-label-summary = Краткое описание
email-label-answers = Отвечено вопросов
email-label-failed-criteria = Невыполненные критерии
email-label-reasons = Основания
email-label-amount = Сумма
email-label-next-step = Что дальше
email-label-deadline = Срок
email-label-grounds = Доводы апелляции
email-label-report = Отчёт
email-label-payment-reference = Номер платежа
email-label-paid-on = Дата платежа
email-label-matches = Возможные совпадения
email-label-event = Мероприятие
email-label-entitlement = Сумма к выплате
email-label-appeal = Апелляция

## Что дальше

email-next-accept-award = Прочитайте письмо о предоставлении гранта и примите его условия в grantdesk.
email-next-appeal =
    Решение можно обжаловать, изложив свои доводы; срок подачи апелляции — { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } с даты решения.
email-next-wait-review = Теперь заявку рассмотрят эксперты; о решении вам сообщат.
email-next-approve = Автор запроса не может его утвердить: это должен сделать другой сотрудник финансового отдела.
email-next-adjudicate = Каждое возможное совпадение должен оценить сотрудник программы: совпадение имени само по себе никогда не является основанием для отказа.

## Уведомления

email-application-submitted-subject = Заявка получена: { $title }
email-application-submitted-body = Мы получили вашу заявку «{ $title }». Это письмо служит подтверждением; ниже — краткое изложение того, что вы подали.
email-application-eligible-subject = Заявка признана соответствующей требованиям: { $title }
email-application-eligible-body = Ваша заявка «{ $title }» соответствует критериям конкурса и передана на экспертизу.
email-application-ineligible-subject = Заявка не соответствует требованиям: { $title }
email-application-ineligible-body = Ваша заявка «{ $title }» не соответствует критериям конкурса по указанным ниже основаниям.
email-application-awarded-subject = Грант предоставлен: { $title }
email-application-awarded-body = С удовольствием сообщаем, что по вашей заявке «{ $title }» принято решение о предоставлении гранта. Обоснование решения приведено ниже; письмо о предоставлении гранта придёт отдельно.
email-application-rejected-subject = Решение по вашей заявке: { $title }
email-application-rejected-body = К сожалению, ваша заявка «{ $title }» не была отобрана по указанным ниже основаниям.
email-appeal-filed-subject = Подана апелляция: { $title }
email-appeal-filed-body = Заявитель обжаловал решение по заявке «{ $title }». Апелляцию рассматривает другой сотрудник, а не тот, кто принял решение.
email-appeal-upheld-subject = Решение по апелляции: { $title }
email-appeal-upheld-body = Ваша апелляция по заявке «{ $title }» рассмотрена; решение остаётся в силе по указанным ниже основаниям.
email-appeal-overturned-subject = Апелляция удовлетворена: { $title }
email-appeal-overturned-body = Ваша апелляция по заявке «{ $title }» удовлетворена: заявка возвращается на экспертизу.
email-review-assigned-subject = Новая заявка на экспертизу: { $title }
email-review-assigned-body = Вас просят провести экспертизу заявки «{ $title }». Если у вас есть конфликт интересов, заявите о нём, прежде чем читать дальше.
email-conflict-declared-subject = Заявлен конфликт интересов: { $title }
email-conflict-declared-body = Эксперт заявил о конфликте интересов по заявке «{ $title }» и больше её не рассматривает: нужен другой эксперт.
email-award-letter-ready-subject = Письмо о предоставлении гранта готово: { $title }
email-award-letter-ready-body = Грант { $title } и письмо о его предоставлении готовы. Грант вступает в силу, как только ваша организация примет его условия.
email-award-accepted-subject = Грант принят: { $title }
email-award-accepted-body = Организация приняла условия гранта { $title }; теперь он действует.
email-report-submitted-subject = Отчёт представлен: { $title }
email-report-submitted-body = Организация представила отчёт по гранту { $title }; он ожидает приёмки.
email-report-received-subject = Отчёт принят: { $title }
email-report-received-body = Отдел принял ваш отчёт по гранту { $title }. Спасибо.
email-disbursement-requested-subject = Платёж на утверждение: { $title }
email-disbursement-requested-body = Запрошен платёж на сумму { $title }; он ожидает утверждения.
email-disbursement-paid-subject = Платёж произведён: { $title }
email-disbursement-paid-body = Вашей организации перечислен платёж на сумму { $title }.
email-diligence-match-subject = Проверка по санкционному перечню требует решения: { $title }
email-diligence-match-body = Проверка «{ $title }» по Сводному санкционному перечню Совета Безопасности ООН выявила возможные совпадения.
email-risk-second-approval-subject = Требуется второе утверждение: { $title }
email-risk-second-approval-body = Оценка рисков по принципу «не навреди» для «{ $title }» показывает высокий остаточный риск и уже получила первое утверждение: нужно утверждение второго сотрудника.
email-sponsorship-approved-subject = Спонсорская поддержка одобрена: { $title }
email-sponsorship-approved-body = Запрос на спонсорскую поддержку для { $title } одобрен. Письмо о поддержке и для получения визы уже можно скачать.
email-sponsorship-rejected-subject = Спонсорская поддержка не одобрена: { $title }
email-sponsorship-rejected-body = Запрос на спонсорскую поддержку для { $title } не одобрен по указанным ниже основаниям.
email-sponsorship-waitlisted-subject = Запрос в листе ожидания: { $title }
email-sponsorship-waitlisted-body = Запрос на спонсорскую поддержку для { $title } внесён в лист ожидания: его одобрят, если в бюджете освободятся средства.
email-sponsorship-promoted-subject = Запрос одобрен из листа ожидания: { $title }
email-sponsorship-promoted-body = В бюджете освободились средства: запрос на спонсорскую поддержку для { $title } одобрен.

## Ежедневная сводка

email-digest-subject =
    { $count ->
        [one] Вас ждёт { $count } уведомление
        [few] Вас ждут { $count } уведомления
       *[many] Вас ждут { $count } уведомлений
    }
email-digest-body =
    { $count ->
        [one] После прошлой сводки вашего внимания требует { $count } вопрос:
        [few] После прошлой сводки вашего внимания требуют { $count } вопроса:
       *[many] После прошлой сводки вашего внимания требуют { $count } вопросов:
    }

## Напоминания и сообщения об учётной записи

email-regards = С уважением,
email-call-closing-subject = Напоминание: приём заявок по конкурсу «{ $title }» завершается { $due }
email-call-closing-body = У вашей организации есть черновик заявки на конкурс «{ $title }», приём заявок завершается { $due }. Черновик, не поданный до этого срока, не будет рассмотрен.
email-review-overdue-subject = Срок экспертизы заявки «{ $title }» истёк
email-review-overdue-body = { $due } вам поручили экспертизу заявки «{ $title }», но мы ещё не получили ваши оценки. Пожалуйста, отправьте экспертное заключение или заявите о конфликте интересов, если не можете его провести.
email-report-due-subject = Срок сдачи отчёта — { $due }: { $title }
email-report-due-body = Документ «{ $title }» нужно сдать { $due }. Транши, зависящие от этого отчёта, выплачиваются после его приёмки.
email-diligence-expiring-subject = Срок действия комплексной проверки { $title } истекает { $due }
email-diligence-expiring-body = Комплексная проверка { $title } действительна до { $due }. После этой даты организации нельзя предоставить грант, пока не будет завершена новая проверка.
email-disbursement-awaiting-approval-subject = Выплата ожидает вашего утверждения: { $title }
email-disbursement-awaiting-approval-body = Выплата ({ $title }) запрошена { $due } и всё ещё ожидает утверждения вторым сотрудником финансового отдела.
email-appeal-window-closing-subject = Срок обжалования по заявке «{ $title }» истекает { $due }
email-appeal-window-closing-body = Решение (или заключение о соответствии требованиям) по вашей заявке «{ $title }» можно обжаловать до { $due }. После этой даты решение становится окончательным.
email-sponsorship-deadline-subject = Приём запросов на поддержку для участия в «{ $title }» завершается { $due }
email-sponsorship-deadline-body = У вашей организации есть черновик запроса на спонсорскую поддержку поездки на «{ $title }». Приём запросов завершается { $due }; черновик, не поданный до этого срока, не будет рассмотрен.
email-invitation-subject = Приглашение присоединиться к { $title } в grantdesk
email-invitation-body = Участник организации { $title } приглашает вас присоединиться к ней в grantdesk, где её участники вместе подают заявки на гранты и отчитываются по ним.
email-invitation-after = Приглашение действует до { $due }. Если эта организация вам незнакома, отклоните приглашение или просто не отвечайте: пока вы его не примете, ничего не изменится.
email-password-reset-subject = Сброс пароля grantdesk
email-password-reset-body = Кто-то запросил сброс пароля вашей учётной записи grantdesk. Если это были вы, задайте новый пароль по ссылке:
email-password-reset-after = Ссылка одноразовая и действует до { $due }. Если вы ничего не запрашивали, не обращайте внимания на это письмо: ваш пароль останется прежним.
email-set-password-subject = Ваша учётная запись grantdesk: задайте пароль
email-set-password-body = Администратор организации { $office } создал для вас учётную запись grantdesk. Задайте пароль по ссылке:
email-set-password-after = Ссылка одноразовая и действует до { $due }. Если вы не ждали этой учётной записи, сообщите об этом в отдел.
email-verify-email-subject = Подтвердите адрес электронной почты для grantdesk
email-verify-email-body = Подтвердите, пожалуйста, что это ваш адрес, чтобы { $office } мог писать вам о ваших заявках:
email-verify-email-after = Ссылка действует до { $due }. Если вы не регистрировались в grantdesk, не обращайте внимания на это письмо.
email-security-notice-subject = Уведомление о безопасности: { $title }
email-security-notice-when = Когда: { $due }.
email-security-notice-after = Если это были вы, ничего делать не нужно. Если нет, немедленно смените пароль и сообщите в { $office }.
