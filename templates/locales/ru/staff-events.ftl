# Страницы мероприятий и спонсорства поездок в рабочем пространстве сотрудников (`templates/portal/staff/events_*.html`).
staff-events-title = Мероприятия и поездки
staff-events-back-list = Все мероприятия
staff-events-back-event = Назад к мероприятию
staff-events-caption = Мероприятие
staff-events-none = Мероприятий пока нет.
staff-events-count = { $count ->
    [one] { $count } мероприятие, ближайшие сначала.
    [few] { $count } мероприятия, ближайшие сначала.
   *[other] { $count } мероприятий, ближайшие сначала.
}
staff-events-pages = Страницы мероприятий
staff-events-previous = Предыдущие мероприятия
staff-events-next = Следующие мероприятия
staff-events-column-state = Состояние
staff-events-deadline = Приём заявок до
staff-events-requests = Заявки на спонсорство
staff-events-no-requests = Заявок на спонсорство пока нет.
staff-events-count-entry = { $status }: { $count }
staff-events-status-draft = Черновик
staff-events-status-open = Приём заявок открыт
staff-events-status-closed = Приём заявок закрыт
staff-events-status-held = Приостановлено
staff-events-budget-heading = Бюджет спонсорства
staff-events-budget-title = Бюджет спонсорства { $ceiling }
staff-events-budget-part = Часть
staff-events-budget-amount = Сумма
staff-events-budget-paid = Выплачено
staff-events-budget-committed = Одобрено, ещё не выплачено
staff-events-budget-available = Доступно
staff-events-representation-link = Представленность участников
staff-events-requests-heading = Заявки и причитающиеся суммы
staff-events-requests-caption = Заявки, сначала старые, с тем, что причитается каждому путешественнику
staff-events-column-traveller = Путешественник
staff-events-column-organisation = Организация
staff-events-column-stay = Пребывание
staff-events-column-dsa = Суточные
staff-events-column-terminal = Расходы на проезд до аэропорта
staff-events-column-airfare = Авиабилет
staff-events-column-total = Итого
staff-events-nights = { $count ->
    [one] { $count } ночь
    [few] { $count } ночи
   *[other] { $count } ночей
}
staff-events-decide = Принять решение
staff-events-waitlist-heading = Лист ожидания
staff-events-waitlist-hint = Эти заявки одобряются в этом порядке, когда в бюджете появляется место.
staff-events-waitlist-empty = В листе ожидания никого нет.
staff-events-done-approved = Заявка одобрена.
staff-events-done-rejected = Заявка отклонена.
staff-events-done-waitlisted = Заявка внесена в лист ожидания.
staff-events-decision-title = Заявка на спонсорство: { $traveller }
staff-events-role = Должность
staff-events-nationality = Гражданство
staff-events-origin = Откуда
staff-events-requested-at = Подана
staff-events-decided-reason = Указанная причина
staff-events-entitlement-heading = Причитающаяся сумма
staff-events-entitlement-caption = Что причитается этому путешественнику по правилам поездок
staff-events-outcome-heading = Решение
staff-events-outcome-legend = Какое решение вы принимаете?
staff-events-outcome-approved = Одобрить
staff-events-outcome-rejected = Отклонить
staff-events-outcome-waitlisted = Внести в лист ожидания
staff-events-reason-label = Причина
staff-events-reason-hint = Организация прочтёт её вместе с решением.
staff-events-decide-button = Записать решение
staff-events-error-outcome = Выберите: одобрить, отклонить или лист ожидания
staff-events-error-reason = Укажите причину решения
staff-events-not-decidable = По этой заявке здесь больше не принимают решение. Её состояние: { $status }.
staff-events-representation-title = Представленность на мероприятии «{ $event }»
staff-events-representation-requests = Учтённые заявки
staff-events-representation-approved = Одобренные путешественники
staff-events-representation-download = Скачать цифры (CSV)
staff-events-representation-warnings = Ниже целевых показателей
staff-events-representation-none = Пока ни один путешественник не одобрен, поэтому все доли пусты.
staff-events-representation-hint = Каждая полоса — доля одобренных путешественников; пунктир отмечает цель бюро.
staff-events-chart-gender = Одобренные путешественники по полу
staff-events-chart-age = Одобренные путешественники по возрасту
staff-events-chart-region = Одобренные путешественники по регионам
staff-events-chart-organisations = Одобренные путешественники из организаций, которыми руководят женщины или молодёжь
staff-events-young = От 18 до 34 лет
staff-events-women-led = Организация под руководством женщин
staff-events-youth-led = Организация под руководством молодёжи
staff-events-column-group = Группа
staff-events-column-share = Доля
staff-events-column-target = Цель
staff-events-share = { $share } % ({ $count } из { $total })
staff-events-target-at-least = не менее { $percent } %
staff-events-target-at-most = не более { $percent } %
conflict-sponsorship-changed = Эта заявка тем временем изменилась (решение принял кто-то другой), поэтому ничего не сделано. Проверьте её состояние, прежде чем решать.

## Причина дополнительных ночей в форме решения и параметры отчёта о представленности.
staff-events-extra-nights-heading = Ночи вне разрешённого периода поездки
staff-events-extra-nights-hint = { $count ->
    [one] { $count } ночь этого пребывания приходится на время вне разрешённого периода поездки и оплачивается, только если вы её разрешите.
    [few] { $count } ночи этого пребывания приходятся на время вне разрешённого периода поездки и оплачиваются, только если вы их разрешите.
   *[many] { $count } ночей этого пребывания приходятся на время вне разрешённого периода поездки и оплачиваются, только если вы их разрешите.
}
staff-events-extra-nights-legend = { $count ->
    [one] Оплатить { $count } ночь вне разрешённого периода?
    [few] Оплатить { $count } ночи вне разрешённого периода?
   *[many] Оплатить { $count } ночей вне разрешённого периода?
}
staff-events-extra-nights-pay = Да, оплатить (при одобрении или в листе ожидания) по причине, указанной ниже
staff-events-extra-nights-unpaid = Нет, не оплачивать
staff-events-extra-nights-reason-label = Почему бюро оплачивает эти ночи
staff-events-extra-nights-reason-hint = Нужно, если вы их оплачиваете. Причина печатается в письме о спонсорстве.
staff-events-error-extra-nights-reason = Укажите, почему бюро оплачивает ночи вне разрешённого периода
staff-events-targets-legend = Цели и регионы
staff-events-targets-hint = Оставьте цель пустой, чтобы использовать цель бюро. Каждая — целое число процентов от 0 до 100.
staff-events-target-women-label = Женщины, не менее (%)
staff-events-target-young-label = 18–34 года, не менее (%)
staff-events-target-region-label = Один регион, не более (%)
staff-events-target-office = Цель бюро: { $percent } %
staff-events-regions-label = Считать регионы по
staff-events-regions-office = Регионам планирования бюро
staff-events-regions-m49 = Континентам M49 ООН
staff-events-targets-apply = Показать отчёт
staff-events-error-regions = Выберите регионы бюро или континенты M49 ООН
