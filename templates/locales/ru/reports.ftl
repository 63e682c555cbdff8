# Отчёты: заголовки столбцов, названия листов и разделов.

report-column-group = Группа
report-column-label = Название
report-column-currency = Валюта
report-column-count = Количество
report-column-requested = Запрошено
report-column-approved = Утверждено
report-column-paid = Выплачено
report-column-cancelled = Отменено
report-column-call-currency = Валюта конкурса
report-column-requested-in-call-currency = Запрошено (в валюте конкурса)
report-column-approved-in-call-currency = Утверждено (в валюте конкурса)
report-column-paid-in-call-currency = Выплачено (в валюте конкурса)
report-column-cancelled-in-call-currency = Отменено (в валюте конкурса)
report-column-awarded = Предоставлено
report-column-outstanding = Остаток
report-column-reference = Номер
report-column-organisation = Организация
report-column-call = Конкурс
report-sheet-totals = Итоги
report-sheet-outstanding = Оставшиеся обязательства
