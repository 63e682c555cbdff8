# Страницы портала: подать заявку, следить за заявкой, описать организацию.
# Простые слова.

portal-apply-start = Подать заявку
portal-apply-project-title = О вашем проекте
portal-apply-no-organisation = Чтобы подать заявку, сначала добавьте организацию, от имени которой вы её подаёте.
portal-apply-applying-for = Вы подаёте заявку от имени организации «{ $organisation }».
portal-apply-field-organisation = Организация
portal-apply-field-title = Название проекта
portal-apply-field-summary = Краткое описание проекта
portal-apply-summary-hint = В нескольких предложениях: что вы будете делать, с кем и что изменится.
portal-apply-budget = Бюджет
portal-apply-budget-hint = Укажите, на что пойдут деньги, по одной статье в строке, в { $currency }. Итог — это запрашиваемая сумма; гранты составляют от { $range }.
portal-apply-line-description-heading = На что пойдут деньги
portal-apply-line-amount-heading = Сумма ({ $currency })
portal-apply-line-description = Статья бюджета { $number }: на что пойдут деньги
portal-apply-line-amount = Статья бюджета { $number }: сумма
portal-apply-total = Всего запрошено
portal-apply-add-line = Добавить строку
portal-apply-save-continue = Сохранить и продолжить
portal-apply-save-later = Сохранить и вернуться позже
portal-apply-back = Назад
portal-apply-form = Ваши ответы
portal-apply-page-of = Страница { $number } из { $count }
portal-apply-optional = { $label } (необязательно)
portal-apply-yes = Да
portal-apply-no = Нет
portal-apply-day = День
portal-apply-month = Месяц
portal-apply-year = Год
portal-apply-choose-file = Загрузите файл для вопроса «{ $question }»
portal-apply-upload = Загрузить файл
portal-apply-remove-file = Удалить { $name }
portal-apply-problem = { $field }: { $problem }
portal-apply-error-amount = Введите сумму цифрами, например 1 500,00
portal-apply-error-organisation = Выберите организацию, от имени которой подаёте заявку
portal-apply-not-answered = Нет ответа

portal-apply-limit-chars = Не более { $max } символов.
portal-apply-limit-words = Не более { $max } слов.
portal-apply-limit-amount = Сумма в { $currency }, например 1 500,00.
portal-apply-limit-between = Число от { $min } до { $max }.
portal-apply-limit-at-least = Число не меньше { $min }.
portal-apply-limit-at-most = Число не больше { $max }.
portal-apply-limit-whole = Целое число.
portal-apply-limit-date = Например: 27 3 2027.
portal-apply-limit-date-between = Дата с { $from } по { $until }, например 27 3 2027.
portal-apply-limit-date-from = Дата не раньше { $from }, например 27 3 2027.
portal-apply-limit-date-until = Дата не позже { $until }, например 27 3 2027.
portal-apply-limit-select-all = Отметьте все подходящие варианты.
portal-apply-limit-select-up-to = Отметьте не более { $max }.
portal-apply-limit-files = Допустимые форматы: { $formats }. { $count ->
    [one] Не более { $count } файла
    [few] Не более { $count } файлов
   *[many] Не более { $count } файлов
}, каждый не больше { $megabytes } МБ.

portal-apply-check-title = Проверьте ответы перед отправкой
portal-apply-change = Изменить
portal-apply-submit-heading = Теперь отправьте заявку
portal-apply-submit-lead = Отправляя заявку, вы подтверждаете, что ответы, насколько вам известно, верны. Изменить их потом будет нельзя. Приём заявок заканчивается
portal-apply-submit = Отправить заявку
portal-apply-unverified-title = Сначала подтвердите адрес электронной почты
portal-apply-resend = Прислать новую ссылку
portal-apply-resent = Мы отправили вам новую ссылку. Откройте её, затем вернитесь на эту страницу и отправьте заявку.

portal-apply-submitted-title = Заявка отправлена
portal-apply-reference = Номер вашей заявки
portal-apply-submitted-lead = Мы получили заявку «{ $title }» на конкурс «{ $call }»:
portal-apply-what-next = Что дальше
portal-apply-what-next-detail = Мы проверим, соответствует ли ваша организация условиям. Затем эксперты оценят заявку, и мы сообщим вам решение. Каждый шаг можно отслеживать на странице заявки.
portal-apply-follow = Следить за заявкой

portal-apply-closed-title = Приём заявок закрыт
portal-apply-closed-at = Заявки принимались до
portal-apply-closed-why = Заявки принимаются только до крайнего срока, одинакового для всех организаций. Начатый черновик сохранён, но отправить его на этот конкурс уже нельзя.
portal-apply-not-open-title = Приём заявок ещё не начался
portal-apply-not-open-detail = Подать заявку можно будет с
portal-apply-back-to-call = Вернуться к конкурсу

portal-application-continue = Продолжить заполнение заявки
portal-application-eligibility = Соответствие условиям
portal-application-eligible = Ваша организация соответствует условиям конкурса:
portal-application-ineligible = Ваша организация не соответствует этим условиям конкурса:
portal-application-reason = Причина:
portal-application-decision = Решение
portal-application-appeal = Ваша апелляция
portal-application-timeline = Что уже произошло
portal-timeline-created = Заявка начата
portal-timeline-submitted = Заявка отправлена
portal-timeline-found-eligible = Признана соответствующей условиям
portal-timeline-found-ineligible = Признана не соответствующей условиям
portal-timeline-review-started = Начата экспертиза
portal-timeline-awarded = Грант присуждён
portal-timeline-rejected = В финансировании отказано
portal-timeline-appealed = Подана апелляция
portal-timeline-appeal-upheld = Апелляция рассмотрена: решение оставлено в силе
portal-timeline-appeal-overturned = Апелляция рассмотрена: решение отменено
portal-timeline-withdrawn = Заявка отозвана

portal-appeal-title = Обжаловать решение
portal-appeal-lead = Если вы считаете решение ошибочным, вы можете один раз подать апелляцию. Её рассмотрит сотрудник, который не принимал это решение. Подать апелляцию можно до
portal-appeal-grounds = Почему решение следует изменить
portal-appeal-grounds-hint = Укажите, какие факты упустили или поняли неверно и где находятся подтверждения.
portal-appeal-submit = Отправить апелляцию
portal-appeal-filed = Подана
portal-appeal-error-grounds = Напишите, почему решение следует изменить
portal-appeal-status-open = На рассмотрении
portal-appeal-status-upheld = Решение оставлено в силе
portal-appeal-status-overturned = Решение отменено

portal-withdraw-button = Отозвать заявку
portal-withdraw-title = Вы точно хотите отозвать эту заявку?
portal-withdraw-warning = Отозванную заявку нельзя отправить или восстановить. Чтобы подать заявку снова, начните новую до окончания приёма.
portal-withdraw-confirm = Да, отозвать
portal-withdraw-cancel = Нет, вернуться к заявке
portal-withdraw-not-allowed = Эту заявку уже нельзя отозвать: по ней принято решение.

portal-organisation-new-title = Добавьте свою организацию
portal-organisation-edit-title = Профиль вашей организации
portal-organisation-create = Добавить организацию
portal-organisation-save = Сохранить профиль
portal-organisation-edit-link = Изменить профиль
portal-organisation-legal-name = Официальное название
portal-organisation-legal-name-hint = Как в свидетельстве о регистрации, на любом языке.
portal-organisation-short-name = Краткое название
portal-organisation-short-name-optional = Краткое название или аббревиатура (необязательно)
portal-organisation-country = Страна регистрации
portal-organisation-country-choose = Выберите страну
portal-organisation-registration-number = Регистрационный номер
portal-organisation-registration-number-optional = Регистрационный номер (необязательно)
portal-organisation-year-founded = Год основания
portal-organisation-year-founded-optional = Год основания (необязательно)
portal-organisation-year-hint = Например: 2012.
portal-organisation-error-year = Введите год четырьмя цифрами, например 2012
portal-organisation-themes = Чем занимается организация
portal-organisation-leadership = Руководство
portal-organisation-women-led = Руководят женщины
portal-organisation-youth-led = Руководит молодёжь (от 18 до 34 лет)
