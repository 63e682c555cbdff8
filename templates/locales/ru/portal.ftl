# Страницы веб-портала (`templates/portal/`).

portal-product = grantdesk
portal-skip-to-content = Перейти к основному содержанию
portal-nav-label = Главное меню
portal-nav-calls = Конкурсы
portal-nav-dashboard = Ваш кабинет
portal-nav-sign-out = Выйти
portal-nav-sign-in = Войти
portal-nav-register = Зарегистрироваться
portal-languages-label = Язык
portal-language-en = English
portal-language-fr = Français
portal-language-es = Español
portal-language-ar = العربية
portal-language-ru = Русский
portal-language-zh = 中文
portal-footer-office = Портал ведёт { $office }.
portal-footer-api = API для разработчиков
portal-local-time = ваше время:
portal-back-home = На главную страницу

portal-error-summary-title = Есть ошибки
portal-error-prefix = Ошибка:
portal-error-title-prefix = Ошибка:
portal-not-found-title = Страница не найдена
portal-not-found-detail = Если вы ввели адрес вручную, проверьте его. Если вы перешли по ссылке, возможно, она устарела или у вас нет к ней доступа.

portal-home-title = Финансирование для гражданского общества
portal-home-lead = Найдите конкурс, который подходит работе вашей организации, или запросите оплату поездки на конференцию.
portal-home-open-calls = { $count ->
    [one] { $count } конкурс открыт для заявок
    [few] { $count } конкурса открыты для заявок
   *[many] { $count } конкурсов открыты для заявок
}
portal-home-no-open-calls = Сейчас нет открытых конкурсов. Загляните позже.
portal-home-events = { $count ->
    [one] { $count } мероприятие принимает заявки на оплату поездки
    [few] { $count } мероприятия принимают заявки на оплату поездки
   *[many] { $count } мероприятий принимают заявки на оплату поездки
}
portal-home-no-events = Сейчас ни одно мероприятие не принимает заявки на оплату поездки.
portal-event-requests-close = Приём заявок до

portal-call-caption = Конкурс
portal-call-open = Открыт
portal-call-not-accepting = Заявки не принимаются
portal-call-closed-at = Приём заявок завершён
portal-call-grant-range = Размер гранта
portal-call-budget = Общий бюджет
portal-call-themes = Темы
portal-call-opens = Начало приёма
portal-call-closes = Окончание приёма
portal-call-appeal-window = Обжалование
portal-call-appeal-days = { $days ->
    [one] в течение { $days } дня после решения
   *[other] в течение { $days } дней после решения
}
portal-call-review = Экспертиза
portal-call-blind-review = Эксперты не видят, кто подал заявку.
portal-call-open-review = Эксперты видят название организации.
portal-call-eligibility = Кто может подать заявку
portal-call-scoring = Как оцениваются заявки
portal-call-rubric-caption = Критерии оценки и их вес
portal-call-criterion = Критерий
portal-call-weight = Вес
portal-call-scale = Баллы

portal-sign-in-title = Вход
portal-sign-in-button = Войти
portal-sign-in-no-account = Ещё нет учётной записи?
portal-sign-in-wrong = Введите правильные адрес электронной почты и пароль
portal-field-email = Адрес электронной почты
portal-field-email-hint = Мы будем писать только о ваших заявках.
portal-field-password = Пароль
portal-field-new-password = Придумайте пароль
portal-field-password-hint = Не менее 10 символов. Несколько запоминающихся слов легко набрать и трудно угадать.
portal-field-full-name = Полное имя

portal-register-title = Регистрация
portal-register-lead = Зарегистрируйтесь, чтобы подавать заявки на гранты и оплату поездок от имени вашей организации.
portal-register-button = Зарегистрироваться
portal-register-error-full-name = Введите полное имя
portal-register-error-email = Введите адрес электронной почты в правильном формате, например name@example.org
portal-register-error-password = Введите пароль не короче 10 символов

portal-dashboard-title = Ваш кабинет
portal-dashboard-organisations = Ваши организации
portal-dashboard-no-organisations = Вы пока не состоите ни в одной организации.
portal-dashboard-applications = Ваши заявки
portal-dashboard-application = Заявка
portal-dashboard-status = Статус
portal-dashboard-next = Что дальше
portal-dashboard-no-applications = У вас пока нет заявок.
portal-dashboard-find-calls = Найти конкурс

portal-status-draft = Черновик
portal-status-submitted = Подана
portal-status-eligible = Соответствует условиям
portal-status-ineligible = Не соответствует условиям
portal-status-under-review = На экспертизе
portal-status-awarded = Грант присуждён
portal-status-rejected = Не поддержана
portal-status-withdrawn = Отозвана
portal-status-appealed = Рассматривается жалоба
portal-next-draft = Заполните ответы и подайте заявку до окончания приёма.
portal-next-submitted = Мы проверим, соответствует ли ваша организация условиям конкурса.
portal-next-eligible = Эксперты оценят вашу заявку.
portal-next-ineligible = Вы можете обжаловать решение, пока не истёк срок.
portal-next-under-review = Эксперты оценивают вашу заявку; мы сообщим вам о решении.
portal-next-awarded = Прочитайте и примите письмо о присуждении гранта.
portal-next-rejected = Вы можете обжаловать решение, пока не истёк срок.
portal-next-withdrawn = Эта заявка больше рассматриваться не будет.
portal-next-appealed = Вашу жалобу рассматривает сотрудник, который не принимал решение.

portal-instant = { $day } { $month } { $year } г., { $time } UTC
portal-date = { $day } { $month } { $year } г.
portal-month-1 = января
portal-month-2 = февраля
portal-month-3 = марта
portal-month-4 = апреля
portal-month-5 = мая
portal-month-6 = июня
portal-month-7 = июля
portal-month-8 = августа
portal-month-9 = сентября
portal-month-10 = октября
portal-month-11 = ноября
portal-month-12 = декабря

portal-theme-gender = Гендерное равенство
portal-theme-youth = Молодёжь
portal-theme-human-rights = Права человека
portal-theme-pillar1-conditions-conducive = Компонент I: условия, способствующие распространению терроризма
portal-theme-pillar2-preventing-combating = Компонент II: предупреждение терроризма и борьба с ним
portal-theme-pillar3-capacity-building = Компонент III: укрепление потенциала государств
portal-theme-pillar4-human-rights-rule-of-law = Компонент IV: права человека и верховенство права
portal-list-separator = {", "}
