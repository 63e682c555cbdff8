# Конкурсы в рабочем пространстве сотрудников: список, страница конкурса, его условия,
# конструктор формы заявки и её предпросмотр, публикация, закрытие и отмена.

staff-calls-title = Конкурсы
staff-calls-caption = Конкурс
staff-calls-back-list = Назад к конкурсам
staff-calls-back-call = Назад к конкурсу
staff-calls-new = Создать конкурс
staff-calls-filter-status = Статус
staff-calls-filter-all = Все статусы
staff-calls-filter-apply = Показать
staff-calls-table-caption = { $count ->
    [one] { $count } конкурс
    [few] { $count } конкурса
   *[other] { $count } конкурсов
}
staff-calls-column-title = Конкурс
staff-calls-column-status = Статус
staff-calls-column-dates = Сроки
staff-calls-column-budget = Бюджет
staff-calls-column-pipeline = Заявки
staff-calls-opens = Открытие
staff-calls-closes = Закрытие
staff-calls-applications = { $count ->
    [one] { $count } заявка
    [few] { $count } заявки
   *[other] { $count } заявок
}
staff-calls-pipeline-entry = { $status }: { $count }
staff-calls-pages = Страницы конкурсов
staff-calls-previous = Предыдущая страница
staff-calls-next = Следующая страница
staff-calls-none = Подходящих конкурсов нет.

staff-calls-status-draft = Черновик
staff-calls-status-open = Открыт
staff-calls-status-closed = Закрыт
staff-calls-status-decided = Решения приняты
staff-calls-status-cancelled = Отменён

staff-calls-done-created = Конкурс сохранён как черновик. Составьте форму заявки, затем опубликуйте его.
staff-calls-done-saved = Условия конкурса сохранены.
staff-calls-done-published = Конкурс опубликован: заявители могут прочитать его и подать заявку.
staff-calls-done-closed = Конкурс закрыт: новые заявки подать нельзя.
staff-calls-done-cancelled = Конкурс отменён. Заявители видят указанную вами причину.
staff-calls-cancel-reason = Причина отмены:
staff-calls-edit = Изменить условия
staff-calls-build-form = Составить форму заявки
staff-calls-preview = Посмотреть форму глазами заявителя
staff-calls-ranking = Рейтинг
staff-calls-assign = Назначить экспертов
staff-calls-public-page = Публичная страница конкурса
staff-calls-action-publish = Опубликовать
staff-calls-action-close = Закрыть приём заявок
staff-calls-action-cancel = Отменить конкурс
staff-calls-pipeline-heading = Ход конкурса
staff-calls-pipeline-title = Заявки по статусам
staff-calls-pipeline-status = Статус
staff-calls-pipeline-count = Заявки
staff-calls-budget-heading = Бюджет
staff-calls-budget-title = Бюджет { $ceiling }
staff-calls-budget-part = Часть
staff-calls-budget-amount = Сумма
staff-calls-budget-paid = Выплачено
staff-calls-budget-committed = Присуждено, ещё не выплачено
staff-calls-budget-available = Доступно
staff-calls-details-heading = Условия
staff-calls-form-questions = Форма заявки
staff-calls-question-count = { $count ->
    [0] Вопросов пока нет
    [one] { $count } вопрос
    [few] { $count } вопроса
   *[other] { $count } вопросов
}

staff-calls-confirm-keep = Вернуться, ничего не меняя
staff-calls-confirm-publish-title = Опубликовать этот конкурс?
staff-calls-confirm-publish-body = После публикации конкурс сможет прочитать любой, а организации смогут подавать заявки. Его условия больше нельзя будет изменить, а в форму можно будет только добавлять необязательные вопросы.
staff-calls-confirm-publish-button = Опубликовать конкурс
staff-calls-confirm-no-form = У этого конкурса нет формы заявки: заявители укажут только проект, краткое описание и бюджет.
staff-calls-confirm-close-title = Закрыть приём заявок на этот конкурс?
staff-calls-confirm-close-body = Новые заявки подать будет нельзя, даже до даты закрытия. Проверка и экспертиза продолжатся. Это действие необратимо.
staff-calls-confirm-close-button = Закрыть конкурс
staff-calls-confirm-cancel-title = Отменить этот конкурс?
staff-calls-confirm-cancel-body = Конкурс отзывается: подать заявку больше нельзя, а уже поданные заявки рассматриваться не будут. Это действие необратимо.
staff-calls-confirm-cancel-button = Отменить конкурс
staff-calls-cancel-reason-label = Почему конкурс отменяется?
staff-calls-cancel-reason-hint = Заявители увидят эту причину.
staff-calls-error-reason = Укажите, почему конкурс отменяется

staff-calls-new-title = Создать конкурс
staff-calls-edit-title = Изменить условия конкурса
staff-calls-terms-locked = Статус конкурса — «{ $status }»: его условия окончательны и больше не могут меняться.
staff-calls-about-heading = О конкурсе
staff-calls-field-title = Название
staff-calls-field-description = Описание
staff-calls-description-hint = Что финансирует конкурс и зачем. Разделяйте абзацы пустой строкой.
staff-calls-field-themes = Тематика
staff-calls-themes-hint = Отметьте все темы, которые финансирует конкурс.
staff-calls-criteria-heading = Критерии соответствия
staff-calls-criteria-hint = Каждое требование к организации в том виде, в каком его прочтут заявители. Пустые строки не учитываются; сохраните, чтобы получить больше строк.
staff-calls-criterion-label = Критерий { $number }
staff-calls-rubric-heading = Критерии оценки
staff-calls-rubric-hint = Что оценивают эксперты, вес каждого критерия (больше 0, не более 1000) и шкала баллов.
staff-calls-rubric-legend = Критерий оценки { $number }
staff-calls-rubric-label = Критерий оценки { $number }: { $part }
staff-calls-rubric-description = что оценивается
staff-calls-rubric-weight = вес
staff-calls-rubric-min = наименьший балл
staff-calls-rubric-max = наибольший балл
staff-calls-money-heading = Финансы
staff-calls-field-currency = Валюта
staff-calls-choose-currency = Выберите валюту
staff-calls-field-budget = Бюджет конкурса
staff-calls-amount-hint = В валюте конкурса, например 250 000,00
staff-calls-field-min-grant = Наименьший грант
staff-calls-field-max-grant = Наибольший грант
staff-calls-dates-heading = Сроки
staff-calls-field-opens-date = Дата открытия
staff-calls-field-opens-time = Время открытия
staff-calls-field-closes-date = Дата закрытия
staff-calls-field-closes-time = Время закрытия
staff-calls-date-hint = Год, месяц и день, например 2027-03-15
staff-calls-time-hint = В 24-часовом формате, например 17:00
staff-calls-field-zone = Часовой пояс указанного времени
staff-calls-zone-hint = Смещение от UTC, в котором указано время выше. Страницы показывают его по UTC и по местному времени читателя.
staff-calls-field-appeal-days = Дней на обжалование решения
staff-calls-appeal-hint = От 0 до 365
staff-calls-field-blind-review = Эксперты не видят, кто подал заявку (анонимная экспертиза)
staff-calls-save-draft = Сохранить черновик

staff-calls-error-title = Введите название конкурса
staff-calls-error-description = Введите описание конкурса
staff-calls-error-themes = Отметьте хотя бы одну тему
staff-calls-error-criteria = Введите хотя бы один критерий соответствия
staff-calls-error-rubric = Введите хотя бы один критерий оценки
staff-calls-error-weight = Введите вес больше 0 и не более 1000, не более 4 знаков после запятой, например 0,4
staff-calls-error-score = Введите целое число баллов, например 5
staff-calls-error-currency = Выберите валюту конкурса
staff-calls-error-budget = Введите бюджет как сумму, например 250 000,00
staff-calls-error-min-grant = Введите наименьший грант как сумму, например 5 000,00
staff-calls-error-max-grant = Введите наибольший грант как сумму, например 25 000,00
staff-calls-error-instant = Введите дату в виде год-месяц-день, а время — в виде часы:минуты
staff-calls-error-closes = Дата закрытия должна быть позже даты открытия
staff-calls-error-zone = Выберите часовой пояс из списка
staff-calls-error-appeal-days = Введите число дней на обжалование целым числом, например 14

staff-calls-builder-title = Форма заявки
staff-calls-builder-open = Статус конкурса — «{ $status }»: заявители уже отвечают на его вопросы, поэтому менять их нельзя. В конец ещё можно добавить необязательные вопросы.
staff-calls-builder-caption = { $count ->
    [one] { $count } вопрос в том порядке, в котором на него отвечают заявители
    [few] { $count } вопроса в том порядке, в котором на них отвечают заявители
   *[other] { $count } вопросов в том порядке, в котором на них отвечают заявители
}
staff-calls-builder-number = №
staff-calls-builder-question = Вопрос
staff-calls-builder-answer = Ответ
staff-calls-builder-change = Изменить
staff-calls-builder-section = Раздел: { $section }
staff-calls-builder-up = Выше
staff-calls-builder-down = Ниже
staff-calls-builder-make-required = Сделать обязательным
staff-calls-builder-make-optional = Сделать необязательным
staff-calls-builder-remove = Удалить
staff-calls-builder-empty = В форме пока нет вопросов.
staff-calls-builder-add = Добавить вопрос
staff-calls-builder-add-button = Добавить вопрос
staff-calls-condition = Только если ответ на «{ $question }» — «{ $answer }»
staff-calls-question-problem = Вопрос { $number }: { $problem }
staff-calls-new-label = Вопрос
staff-calls-new-help = Пояснение (необязательно)
staff-calls-new-help-hint = Показывается под вопросом.
staff-calls-new-kind = Вид ответа
staff-calls-new-options = Варианты
staff-calls-new-options-hint = Для вопроса с выбором: по одному варианту в строке, не менее двух.
staff-calls-new-section = Раздел (необязательно)
staff-calls-new-section-hint = Вопросы одного раздела находятся на одной странице. Оставьте пустым, чтобы вопрос попал на страницу предыдущего.
staff-calls-new-condition = Показывать вопрос
staff-calls-new-condition-hint = Вопрос может зависеть от ответа на предыдущий вопрос «да/нет» или с одним вариантом.
staff-calls-new-condition-always = Всегда
staff-calls-new-required = Заявители обязаны ответить (когда вопрос показан)
staff-calls-error-kind = Выберите вид ответа
staff-calls-error-options = Введите не менее двух вариантов, по одному в строке
staff-calls-error-condition = Выберите из списка, когда показывать вопрос
staff-calls-error-button = Этого вопроса больше нет в форме; обновите страницу

staff-calls-kind-short-text = Короткий текст
staff-calls-kind-long-text = Длинный текст
staff-calls-kind-number = Число
staff-calls-kind-amount = Денежная сумма
staff-calls-kind-date = Дата
staff-calls-kind-single-choice = Один вариант
staff-calls-kind-multiple-choice = Несколько вариантов
staff-calls-kind-yes-no = Да или нет
staff-calls-kind-email = Адрес электронной почты
staff-calls-kind-url = Веб-адрес
staff-calls-kind-file = Файлы

staff-calls-preview-title = Предпросмотр формы заявки
staff-calls-preview-lead = Так форму видят заявители, страница за страницей, после сведений о проекте. Ничего из введённого здесь не сохраняется.

staff-calls-field-regions = Регионы
staff-calls-regions-hint = Отметьте регионы, организации которых могут подавать заявки. Не отмечайте ничего, если конкурс открыт для всех регионов.
staff-calls-limit-date-between = С { $from } по { $until }
staff-calls-limit-date-from = Не ранее { $from }
staff-calls-limit-date-until = Не позднее { $until }
