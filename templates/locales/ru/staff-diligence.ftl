# Рабочее пространство сотрудников: комплексная проверка, оценка рисков, мероприятия и спонсорство, журнал аудита.

staff-diligence-pagination = Страницы
staff-diligence-page-previous = Предыдущая страница
staff-diligence-page-next = Следующая страница

## Комплексная проверка

staff-diligence-title = Комплексная проверка
staff-diligence-lead = Контрольный список, проверка по санкционным спискам и статус каждой организации. Совпадение имени — сигнал для вашей проверки, но никогда не отказ сам по себе.
staff-diligence-search-label = Название организации
staff-diligence-search-button = Найти
staff-diligence-count = { $count ->
    [one] { $count } организация
    [few] { $count } организации
   *[other] { $count } организаций
}
staff-diligence-col-organisation = Организация
staff-diligence-col-country = Страна
staff-diligence-col-status = Статус
staff-diligence-col-valid-until = Действует до
staff-diligence-col-check = Проверка
staff-diligence-col-note = Примечание о подтверждающих документах
staff-diligence-status-none = Не проверялась
staff-diligence-status-open = В работе
staff-diligence-status-passed = Пройдена
staff-diligence-status-failed = Не пройдена
staff-diligence-status-expired = Истекла
staff-diligence-of = Комплексная проверка: { $name }
staff-diligence-back = Вернуться к комплексной проверке
staff-diligence-short-name = Краткое название
staff-diligence-standing = Статус
staff-diligence-standing-valid = Действует
staff-diligence-standing-expired = Истекла
staff-diligence-standing-failed = Не пройдена
staff-diligence-standing-missing = Нет завершённой проверки
staff-diligence-until = до { $date }
staff-diligence-rescreening = Имя, проверенное в последней оценке, с тех пор изменилось: гранты и выплаты по ним ждут новой оценки с новой проверкой по спискам.
staff-diligence-open-button = Начать новую проверку
staff-diligence-assessment = Проверка
staff-diligence-opened = Начата
staff-diligence-completed = Завершена
staff-diligence-rating = Общая оценка риска
staff-diligence-rating-none = Ещё не оценён
staff-diligence-rating-low = Низкий
staff-diligence-rating-medium = Средний
staff-diligence-rating-high = Высокий
staff-diligence-checklist = Контрольный список
staff-diligence-item-open = Ещё не проверено
staff-diligence-item-passed = Соответствует
staff-diligence-item-failed = Не соответствует
staff-diligence-item-not_applicable = Не применимо
staff-diligence-item-status-label = Вывод: { $item }
staff-diligence-item-note-label = Примечание о документах: { $item }
staff-diligence-needs-evidence = Этот пункт может быть отмечен как соответствующий только после прикрепления подтверждающего документа.
staff-diligence-evidence = Подтверждающие документы
staff-diligence-no-evidence = пока нет
staff-diligence-save-checklist = Сохранить контрольный список
staff-diligence-check-legal-registration = Юридическая регистрация подтверждена регистрирующим органом
staff-diligence-check-governing-documents = Учредительные документы (устав, положения) имеются и актуальны
staff-diligence-check-governance-independence = Управление и независимость: организация не контролируется государством
staff-diligence-check-financial-statements = Аудированная финансовая отчётность или её эквивалент за последний финансовый год
staff-diligence-check-bank-account = Банковский счёт на имя самой организации подтверждён
staff-diligence-check-sanctions-screening = Организация и её члены проверены по Сводному санкционному перечню Совета Безопасности ООН
staff-diligence-screening = Проверка по санкционным спискам
staff-diligence-screened-at = Проверена
staff-diligence-list-of = по перечню, составленному
staff-diligence-not-screened = Ещё не проверена.
staff-diligence-screen-button = Проверить организацию и её членов
staff-diligence-screen-again = Проверить снова
staff-diligence-no-matches = Ни одно имя в перечне не похоже на названия организации или имена её членов.
staff-diligence-candidate = Возможное совпадение с записью { $reference }
staff-diligence-to-adjudicate = Требует решения
staff-diligence-why-name = «{ $subject }» похоже на «{ $matched }» — имя, под которым внесена эта запись (сходство { $score }).
staff-diligence-why-alias = «{ $subject }» похоже на «{ $matched }» — псевдоним из этой записи (сходство { $score }).
staff-diligence-side-by-side = Проверенное имя рядом с записью перечня
staff-diligence-col-screened = Проверено здесь
staff-diligence-col-listed = В санкционном перечне
staff-diligence-row-name = Имя
staff-diligence-row-matched = Совпавшие имена
staff-diligence-row-aliases = Все внесённые имена и псевдонимы
staff-diligence-row-reference = Номер записи
staff-diligence-row-kind = Внесён как
staff-diligence-row-listed-on = Дата внесения
staff-diligence-row-addresses = Адреса
staff-diligence-row-score = Сходство
staff-diligence-kind-individual = Физическое лицо
staff-diligence-kind-entity = Организация
staff-diligence-entry-gone = Этой записи больше нет в действующем перечне.
staff-diligence-outcome-question = Это то же лицо или та же организация?
staff-diligence-outcome-false-positive = Нет, ложное совпадение
staff-diligence-outcome-true-match = Да, подлинное совпадение
staff-diligence-reason-label = Причина
staff-diligence-reason-hint = Например: другая дата рождения, гражданство или страна деятельности.
staff-diligence-adjudicate-button = Записать решение
staff-diligence-adjudicated = Решение принято { $when }
staff-diligence-completion = Завершение
staff-diligence-completion-lead = Когда все пункты закрыты и по всем возможным совпадениям приняты решения, завершите проверку. После этого она действует установленный срок и больше не меняется.
staff-diligence-complete-link = Проверить и завершить
staff-diligence-complete-title = Проверьте оценку перед завершением
staff-diligence-complete-lead = После завершения оценка не может измениться: новый взгляд на организацию — это новая проверка.
staff-diligence-complete-button = Завершить проверку
staff-diligence-complete-cancel = Вернуться к проверке
staff-diligence-history = Прежние проверки
staff-diligence-error-item-status = Выберите вывод из списка
staff-diligence-error-rating = Выберите оценку из списка
staff-diligence-error-outcome = Укажите, то же ли это лицо или организация
staff-diligence-error-reason = Укажите причину вашего решения

## Журнал аудита

staff-audit-title = Журнал аудита
staff-audit-link = Открыть журнал аудита
staff-audit-chain-ok = Цела
staff-audit-chain-bad = Нарушена
staff-audit-chain-intact = { $count ->
    [one] Цепочка из { $count } события проверена: ничего не изменено и не удалено.
   *[other] Цепочка из { $count } событий проверена: ничего не изменено и не удалено.
}
staff-audit-chain-broken = Цепочка не проходит проверку начиная с события { $seq }: журнал был изменён.
staff-audit-subject-type = Вид записи
staff-audit-any-subject = Любой вид
staff-audit-subject-id = Идентификатор записи
staff-audit-subject-id-hint = Оставьте пустым, чтобы увидеть последние события.
staff-audit-show = Показать события
staff-audit-count = { $count ->
    [one] { $count } событие
    [few] { $count } события
   *[other] { $count } событий
}
staff-audit-col-when = Когда
staff-audit-col-who = Кто
staff-audit-col-what = Что
staff-audit-col-subject = Запись
staff-audit-col-reason = Причина
staff-audit-system = Система
staff-audit-unknown-user = Удалённая учётная запись
staff-audit-error-subject-type = Выберите вид записи из списка
staff-audit-error-subject-id = Введите идентификатор не длиннее 100 символов
staff-audit-subject-organisation = Организация
staff-audit-subject-application = Заявка
staff-audit-subject-call = Конкурс
staff-audit-subject-award = Грант
staff-audit-subject-disbursement = Выплата
staff-audit-subject-event = Мероприятие
staff-audit-subject-sponsorship-request = Запрос на спонсорство
staff-audit-subject-user = Пользователь
staff-audit-subject-sanctions-list = Санкционный перечень
staff-audit-action-due-diligence-opened = Начал(а) комплексную проверку
staff-audit-action-due-diligence-updated = Записал(а) выводы по контрольному списку
staff-audit-action-due-diligence-screened = Проверил(а) имена по санкционному перечню
staff-audit-action-due-diligence-match-adjudicated = Принял(а) решение по возможному совпадению с санкционным перечнем
staff-audit-action-due-diligence-completed = Завершил(а) комплексную проверку
staff-audit-action-risk-submitted = Записал(а) оценку рисков «не навреди»
staff-audit-action-risk-first-approval = Дал(а) первое одобрение высокого остаточного риска
staff-audit-action-risk-approved = Одобрил(а) оценку рисков
staff-audit-action-risk-commented = Прокомментировал(а) оценку рисков
staff-audit-action-sanctions-imported = Загрузил(а) санкционный перечень
staff-audit-action-event-created = Создал(а) мероприятие
staff-audit-action-event-published = Опубликовал(а) мероприятие
staff-audit-action-event-closed = Закрыл(а) приём запросов на мероприятие
staff-audit-action-event-held = Отметил(а) мероприятие как состоявшееся
staff-audit-action-sponsorship-requested = Запросил(а) спонсорство
staff-audit-action-sponsorship-submitted = Отправил(а) запрос на спонсорство
staff-audit-action-sponsorship-decided = Принял(а) решение по запросу на спонсорство
staff-audit-action-sponsorship-promoted = Перевёл(а) запрос из листа ожидания
staff-audit-action-sponsorship-cancelled = Отменил(а) спонсорство
staff-audit-action-sponsorship-travelled = Отметил(а) поездку как совершённую
staff-audit-action-sponsorship-reconciled = Сверил(а) расходы на поездку
staff-audit-action-document-uploaded = Прикрепил(а) документ
staff-audit-action-document-deleted = Удалил(а) документ

## Оценка рисков

staff-risk-title = Оценка рисков
staff-risk-lead = Риски «не навреди» по каждой заявке — по вероятности и последствиям. Никакого гранта до одобрения оценки; высокий остаточный риск требует двух сотрудников.
staff-risk-filter-status = Заявки в статусе
staff-risk-filter-button = Показать
staff-risk-count = { $count ->
    [one] { $count } заявка
    [few] { $count } заявки
   *[other] { $count } заявок
}
staff-risk-col-application = Заявка
staff-risk-col-organisation = Организация
staff-risk-col-call = Конкурс
staff-risk-col-status = Статус заявки
staff-risk-col-assessment = Оценка рисков
staff-risk-col-residual = Остаточный риск
staff-risk-col-category = Категория
staff-risk-col-description = Что может произойти
staff-risk-col-score = Балл
staff-risk-col-mitigation = Меры снижения
staff-risk-state-none = Не оценена
staff-risk-state-submitted = Ожидает одобрения
staff-risk-state-second = Ожидает второго одобрения
staff-risk-state-approved = Одобрена
staff-risk-of = Оценка рисков: { $title }
staff-risk-back = Вернуться к оценке рисков
staff-risk-map-heading = Тепловая карта
staff-risk-map-title = Риски по вероятности и последствиям: число рисков в каждой клетке
staff-risk-likelihood = Вероятность
staff-risk-impact = Последствия
staff-risk-likelihood-1 = 1 редко
staff-risk-likelihood-2 = 2 маловероятно
staff-risk-likelihood-3 = 3 возможно
staff-risk-likelihood-4 = 4 вероятно
staff-risk-likelihood-5 = 5 почти наверняка
staff-risk-impact-1 = 1 ничтожные
staff-risk-impact-2 = 2 незначительные
staff-risk-impact-3 = 3 умеренные
staff-risk-impact-4 = 4 серьёзные
staff-risk-impact-5 = 5 тяжёлые
staff-risk-risks = Риски
staff-risk-category-reprisal = Преследования
staff-risk-category-legal-restriction = Правовые ограничения
staff-risk-category-digital-security = Цифровая безопасность
staff-risk-category-reputational = Репутация
staff-risk-category-physical-safety = Физическая безопасность
staff-risk-category-financial = Средства
staff-risk-category-other = Другое
staff-risk-residual-low = Низкий
staff-risk-residual-medium = Средний
staff-risk-residual-high = Высокий
staff-risk-residual-critical = Критический
staff-risk-residual-low-hint = Оставшийся риск приемлем.
staff-risk-residual-medium-hint = Оставшийся риск приемлем при соблюдении мер снижения.
staff-risk-residual-high-hint = Требует одобрения двух разных сотрудников.
staff-risk-residual-critical-hint = Исключает любой грант.
staff-risk-approval = Одобрение
staff-risk-recorded-by = Записал(а)
staff-risk-first-approval = Первое одобрение
staff-risk-second-approval = Второе одобрение
staff-risk-approved-on = Одобрена
staff-risk-high-needs-two = Остаточный риск высокий: его должны одобрить два разных сотрудника.
staff-risk-you-gave-first = Вы дали первое одобрение: второе даёт другой сотрудник.
staff-risk-approve = Одобрить оценку
staff-risk-approve-second = Дать второе одобрение
staff-risk-record = Записать оценку
staff-risk-edit = Изменить оценку
staff-risk-editor-lead = Один риск в каждой группе. Оставьте группу пустой, чтобы пропустить её; после сохранения появится пустая группа для ещё одного риска. Повторное сохранение заменяет оценку и первое одобрение, если оно было.
staff-risk-row = Риск { $number }
staff-risk-field-category = Категория риска { $number }
staff-risk-field-description = Что может произойти (риск { $number })
staff-risk-field-likelihood = Вероятность риска { $number }
staff-risk-field-impact = Последствия риска { $number }
staff-risk-field-mitigation = Меры снижения риска { $number }
staff-risk-hint-likelihood = От 1 (редко) до 5 (почти наверняка)
staff-risk-hint-impact = От 1 (ничтожные) до 5 (тяжёлые)
staff-risk-residual-question = Какой остаточный риск остаётся после мер снижения?
staff-risk-save = Сохранить оценку
staff-risk-error-category = Выберите категорию из списка
staff-risk-error-likelihood = Введите вероятность целым числом от 1 до 5
staff-risk-error-impact = Введите последствия целым числом от 1 до 5
staff-risk-error-description = Опишите, что может произойти
staff-risk-error-mitigation = Опишите, как снижается риск
staff-risk-error-none = Опишите хотя бы один риск с мерами его снижения
staff-risk-error-residual = Выберите остаточный риск
staff-diligence-evidence-lead = Сохраните перечень проверок, прежде чем загружать подтверждающий документ: загрузка файла перезагружает страницу. Открывать подтверждающие документы могут только сотрудники.
staff-diligence-evidence-file-label = Подтверждающий документ для «{ $item }»
staff-diligence-evidence-hint = PDF, Word, Excel, OpenDocument, CSV, обычный текст, PNG или JPEG, не более { $limit } на файл.
staff-diligence-evidence-button = Загрузить документ
staff-diligence-evidence-closed = Эта проверка завершена: её подтверждающие документы фиксируют установленное и больше не меняются. Чтобы добавить файлы, начните новую проверку.
