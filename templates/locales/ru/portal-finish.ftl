# Последние штрихи портала: возврат туда, где вы были, после регистрации.

portal-finish-continue = Продолжить с того места, где вы остановились

portal-finish-deadlines = Ближайшие сроки
portal-finish-no-deadlines = В ближайшие недели сроков нет.
portal-finish-calendar-hint = Ваше приложение-календарь может подписаться на эти сроки и поддерживать их в актуальном виде.
portal-finish-calendar-button = Получить ссылку для календаря
portal-finish-calendar-title = Ваша ссылка для календаря
portal-finish-calendar-text = Добавьте этот адрес в приложение-календарь как подписку (в большинстве приложений: «Добавить календарь», затем «По URL»). Ваши сроки появятся там и будут обновляться.
portal-finish-calendar-label = Адрес календаря
portal-finish-calendar-private = Никому его не передавайте: любой, у кого есть этот адрес, увидит ваши сроки. Если запросить новую ссылку, эта перестанет работать.

portal-finish-invitation-email-sign-in = Чтобы принять или отклонить приглашение, откройте эту страницу и войдите с адресом { $email }: { $link }
    Приглашение действует в течение { $days ->
        [one] { $days } дня
       *[other] { $days } дней
    }.
portal-finish-invitation-email-register = У вас ещё нет учётной записи grantdesk. Откройте эту страницу, зарегистрируйтесь с адресом { $email }, затем примите приглашение: { $link }
    Приглашение действует в течение { $days ->
        [one] { $days } дня
       *[other] { $days } дней
    }.
portal-finish-invitation-caption = Приглашение
portal-finish-invitation-title = Вступление в организацию
portal-finish-invitation-lead = Вас приглашают вступить в организацию
portal-finish-invitation-for = Приглашение отправлено на адрес
portal-finish-invitation-until = Ответить до
portal-finish-invitation-sign-in-first = Войдите с адресом, на который пришло приглашение, и примите его здесь.
portal-finish-invitation-accept = Принять и вступить
portal-finish-invitation-decline = Отклонить
portal-finish-invitation-joined = Теперь вы член этой организации.
portal-finish-invitation-declined-title = Приглашение отклонено
portal-finish-invitation-declined-text = Вы не вступили в организацию. Её члены могут пригласить вас снова.

portal-finish-preferences-title = Уведомления по электронной почте
portal-finish-preferences-summary = Выберите, какие сообщения приходят и на почту
portal-finish-preferences-lead = Все сообщения есть в ваших уведомлениях в grantdesk. Выберите, какие из них присылать и на электронную почту. Уведомления о безопасности и запрошенные вами ссылки всегда приходят на почту.
portal-finish-preferences-by-email = Присылать письмо, когда
portal-finish-preferences-hint = Снимите отметку с того, что не нужно присылать на почту: вы по-прежнему увидите это здесь.
portal-finish-preferences-delivery = Как отправлять письма
portal-finish-preferences-each = Отдельное письмо на каждое сообщение
portal-finish-preferences-daily = Одно письмо в день со всеми сообщениями
portal-finish-preferences-saved = Ваш выбор сохранён.
portal-finish-kind-application_submitted = заявка подана (подтверждение получения)
portal-finish-kind-application_eligible = заявка признана соответствующей требованиям
portal-finish-kind-application_ineligible = заявка признана не соответствующей требованиям
portal-finish-kind-application_awarded = по заявке присуждён грант
portal-finish-kind-application_rejected = заявка отклонена
portal-finish-kind-appeal_upheld = апелляция рассмотрена, решение оставлено в силе
portal-finish-kind-appeal_overturned = апелляция удовлетворена
portal-finish-kind-award_letter_ready = письмо о гранте готово
portal-finish-kind-report_received = офис получил отчёт
portal-finish-kind-disbursement_paid = произведена выплата
portal-finish-kind-sponsorship_approved = оплата поездки одобрена
portal-finish-kind-sponsorship_rejected = в оплате поездки отказано
portal-finish-kind-sponsorship_waitlisted = оплата поездки внесена в лист ожидания
portal-finish-kind-sponsorship_promoted = оплата поездки переведена из листа ожидания
portal-finish-kind-call_closing = скоро закрывается конкурс, по которому у меня есть черновик
portal-finish-kind-report_due = скоро срок сдачи отчёта
portal-finish-kind-appeal_window_closing = скоро истекает срок подачи апелляции
portal-finish-kind-sponsorship_deadline = скоро закрывается приём заявок на оплату поездки на мероприятие
portal-finish-kind-invitation = меня приглашают вступить в организацию
portal-finish-kind-appeal_filed = подана апелляция
portal-finish-kind-review_assigned = мне назначена заявка на оценку
portal-finish-kind-conflict_declared = эксперт заявил о конфликте интересов
portal-finish-kind-award_accepted = организация приняла грант
portal-finish-kind-report_submitted = организация сдала отчёт
portal-finish-kind-disbursement_requested = запрошена выплата
portal-finish-kind-diligence_match = проверка нашла возможное совпадение с санкционным списком
portal-finish-kind-risk_second_approval = оценка рисков ждёт второго утверждения
portal-finish-kind-review_overdue = оценка просрочена
portal-finish-kind-diligence_expiring = скоро истекает проверка благонадёжности
portal-finish-kind-disbursement_awaiting_approval = выплата ждёт утверждения
