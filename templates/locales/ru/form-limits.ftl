# Ограничения вопросов формы заявки: ошибки формы, как её пишет сотрудник (API и рабочее
# место персонала), ошибки файла, данного в ответ, и поля конструктора для ограничений и
# изменения вопроса.

form-limit-range = должно быть от { $least } до { $most }
form-limit-other-kind = относится только к вопросам типа { $kind }
form-limit-max-below-min = не должно быть меньше наименьшего числа (min)
form-limit-dates-reversed = не должна быть раньше самой ранней даты (not_before)
form-limit-max-selected = должно быть от 1 до числа вариантов
form-limit-min-selected = не должно превышать наибольшее число вариантов (max_selected) или число вариантов
form-limit-no-format = должен быть указан хотя бы один формат файла
form-file-format = файл формата { $format }; этот вопрос принимает { $formats }
form-file-too-large = имеет размер { $size }, больше { $limit } — наибольшего, что принимает этот вопрос

staff-calls-limits = Ограничения (необязательно)
staff-calls-limits-hint = Заполните только ограничения выбранного типа ответа. Заявители видят их рядом с вопросом, а ответ за их пределами отклоняется.
staff-calls-limit-max-chars = Наибольшее число символов короткого текста
staff-calls-limit-max-words = Наибольшее число слов длинного текста
staff-calls-limit-min = Наименьшее число
staff-calls-limit-max = Наибольшее число
staff-calls-limit-integer = Только целые числа
staff-calls-limit-not-before = Самая ранняя дата
staff-calls-limit-not-after = Самая поздняя дата
staff-calls-limit-min-selected = Наименьшее число отмеченных вариантов (несколько вариантов)
staff-calls-limit-max-selected = Наибольшее число отмеченных вариантов (несколько вариантов)
staff-calls-limit-accept = Допустимые форматы файлов
staff-calls-limit-accept-hint = Не отмечайте ничего, чтобы принимать любой формат.
staff-calls-limit-max-files = Наибольшее число файлов
staff-calls-limit-max-file-mb = Наибольший размер файла, МБ
staff-calls-limit-file-mb-hint = От 1 до 1024. Вопрос не может превысить общий предел офиса для любой загрузки.
staff-calls-error-whole = введите целое число, например 300
staff-calls-error-number = введите число, например 10 или 2,5
staff-calls-error-date = введите дату как год-месяц-день, например 2027-03-15
staff-calls-error-format = выберите форматы файлов из списка
staff-calls-error-limit-kind = только для ответов типа «{ $kind }»; очистите его или выберите этот тип ответа
staff-calls-field-problem = { $field }: { $problem }

staff-calls-builder-limits = Ограничения
staff-calls-builder-edit = Изменить
staff-calls-edit-question-title = Изменение вопроса { $number }
staff-calls-edit-key = Ключ ответа
staff-calls-edit-key-hint = Имя ответа в API и выгрузках: строчные латинские буквы, цифры и _, начиная с буквы. Вопросы, зависящие от этого, переходят на новый ключ.
staff-calls-edit-save = Сохранить вопрос
staff-calls-edit-back = Вернуться к форме без сохранения
