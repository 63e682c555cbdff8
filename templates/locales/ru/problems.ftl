# Ошибки: `title` и, когда код не даёт собственного сообщения из каталога, `detail`
# каждого ответа problem+json; затем сообщения о полях с ошибками.

problem-unauthorized-title = Требуется вход в систему
problem-unauthorized-description = Не предъявлен действительный токен доступа, срок его действия истёк или учётные данные неверны.

problem-forbidden-title = Доступ запрещён
problem-forbidden-description = Вы вошли в систему, но ваша роль или членство не позволяют выполнить это действие.

problem-not-found-title = Не найдено
problem-not-found-description = Ресурс не существует, или вам не положено знать о его существовании.

problem-malformed-request-title = Некорректный запрос
problem-malformed-request-description = Запрос не удаётся прочитать: неверный JSON, не указан тип содержимого JSON, неверный параметр пути или метод, который этот путь не поддерживает.

problem-validation-title = Недопустимый запрос
problem-validation-description = Одно или несколько полей отсутствуют или заполнены неверно; `errors` называет каждое с его путём JSON.

problem-payload-too-large-title = Слишком большое тело запроса
problem-payload-too-large-description = Тело запроса больше 1 МиБ.

problem-too-many-requests-title = Слишком много запросов
problem-too-many-requests-description = Слишком много попыток за короткое время; `Retry-After` сообщает, когда можно повторить.

problem-internal-title = Внутренняя ошибка
problem-internal-description = Сбой сервиса; причина записана в журнал вместе с идентификатором запроса и никогда не показывается.

problem-duplicate-title = Уже существует
problem-duplicate-description = Запись с такими же уникальными значениями уже существует.

problem-concurrent-change-title = Изменено за это время
problem-concurrent-change-description = Запись изменилась между чтением и сохранением; загрузите её заново и повторите попытку.

problem-publication-consent-required-title = Нужно согласие членов
problem-publication-consent-required-description = Только члены организации дают согласие на полную публикацию её грантов; сотрудник программы устанавливает более закрытые политики.
problem-publication-consent-required-detail = только члены организации дают согласие на полную публикацию; сотрудник программы может установить `anonymised`, `region_only` или `withheld`

problem-publication-lowered-by-officer-title = Политика понижена сотрудником программы
problem-publication-lowered-by-officer-description = Сотрудник программы понизил политику публикации организации ради её безопасности; повысить её снова может только сотрудник программы.
problem-publication-lowered-by-officer-detail = сотрудник программы установил политику `{ $policy }` ради безопасности организации; попросите сотрудника программы повысить её, прежде чем давать согласие на большее

problem-invalid-transition-title = Невозможно в текущем состоянии
problem-invalid-transition-description = Действие недопустимо в текущем статусе записи; сначала должен быть выполнен другой шаг.

problem-already-appealed-title = Уже обжаловано
problem-already-appealed-description = Решение или заключение уже было обжаловано.

problem-already-assigned-title = Эксперт уже назначен
problem-already-assigned-description = Эксперт уже назначен на эту заявку.

problem-already-member-title = Уже состоит в организации
problem-already-member-description = Эта учётная запись уже состоит в организации.

problem-appeal-resolved-title = Апелляция уже рассмотрена
problem-appeal-resolved-description = По апелляции уже принято решение: она отклонена или удовлетворена.

problem-appeal-window-closed-title = Срок обжалования истёк
problem-appeal-window-closed-description = Апелляция подана после окончания срока обжалования по конкурсу.

problem-appeal-window-open-title = Срок обжалования ещё идёт
problem-appeal-window-open-description = Итоги конкурса нельзя подвести, пока заявители ещё могут подать апелляцию.

problem-application-not-draft-title = Заявка уже подана
problem-application-not-draft-description = Заявку можно изменять, только пока она остаётся черновиком.

problem-approval-refused-title = Утверждение невозможно
problem-approval-refused-description = Утверждение не допускается: утверждающий не является вторым сотрудником программы, или оценка не готова.

problem-assessment-completed-title = Проверка завершена
problem-assessment-completed-description = Завершённую комплексную проверку изменить нельзя; откройте новую.

problem-assessment-incomplete-title = Проверка не завершена
problem-assessment-incomplete-description = Комплексную проверку нельзя завершить, пока не заполнены пункты перечня, не проведена сверка со списком санкций или не вынесены решения по совпадениям.

problem-assessment-open-title = Проверка уже открыта
problem-assessment-open-description = У организации уже есть открытая комплексная проверка.

problem-award-not-active-title = Грант не действует
problem-award-not-active-description = Выплаты возможны только по принятому гранту, который не завершён и не прекращён.

problem-award-not-finished-title = Грант не завершён
problem-award-not-finished-description = Грант считается завершённым, только когда вся сумма выплачена, а отчёты получены.

problem-award-preconditions-title = Условия предоставления гранта не выполнены
problem-award-preconditions-description = Для гранта нужны действующая комплексная проверка и утверждённая оценка рисков по принципу «не навреди» с уровнем ниже критического.

problem-budget-exceeded-title = Бюджет превышен
problem-budget-exceeded-description = Грант или спонсорство вывели бы общую сумму по конкурсу или мероприятию за пределы бюджета.

problem-call-cancelled-title = Конкурс отменён
problem-call-cancelled-description = Конкурс отменён; приём заявок по нему закрыт.

problem-call-closed-title = Конкурс закрыт
problem-call-closed-description = Заявка создаётся или подаётся после закрытия конкурса.

problem-call-closes-in-past-title = Дата закрытия уже прошла
problem-call-closes-in-past-description = Нельзя опубликовать конкурс, дата закрытия которого уже прошла.

problem-call-decided-title = Итоги конкурса подведены
problem-call-decided-description = Итоги конкурса подведены; приём апелляций закрыт.

problem-call-not-draft-title = Конкурс уже не черновик
problem-call-not-draft-description = Изменить можно только конкурс в статусе черновика.

problem-call-not-open-title = Конкурс не открыт
problem-call-not-open-description = В текущем статусе конкурс не принимает заявки.

problem-call-not-settled-title = Конкурс не завершён
problem-call-not-settled-description = Итоги конкурса нельзя подвести, пока есть нерассмотренные заявки.

problem-call-not-yet-open-title = Конкурс ещё не открыт
problem-call-not-yet-open-description = Приём заявок по конкурсу откроется позже.

problem-condition-not-met-title = Условие транша не выполнено
problem-condition-not-met-description = Условие транша (например, получение отчёта) не выполнено; утверждающий может сделать исключение, указав причину.

problem-conflict-of-interest-title = Конфликт интересов
problem-conflict-of-interest-description = Эксперт заявил о конфликте интересов или состоит в организации-заявителе.

problem-deadline-passed-title = Срок истёк
problem-deadline-passed-description = Приём заявок на спонсорство для этого мероприятия закрылся в установленный срок.

problem-disbursement-ceiling-title = Превышен предел
problem-disbursement-ceiling-description = Выплата вывела бы запрошенные, утверждённые и выплаченные суммы за предел гранта, транша или спонсорства.

problem-duplicate-traveller-title = Заявка на участника уже есть
problem-duplicate-traveller-description = На этого участника уже подана заявка на спонсорство для этого мероприятия.

problem-email-taken-title = Адрес уже используется
problem-email-taken-description = Учётная запись с этим адресом электронной почты уже существует.

problem-email-unverified-title = Адрес не подтверждён
problem-email-unverified-description = Адрес электронной почты учётной записи ещё не подтверждён; перейдите по отправленной на него ссылке или запросите новую через `POST /api/v1/auth/verify-email/resend`.

problem-email-verified-title = Адрес уже подтверждён
problem-email-verified-description = Адрес электронной почты учётной записи уже подтверждён; подтверждать нечего.

problem-event-not-open-title = Мероприятие не открыто
problem-event-not-open-description = В текущем статусе мероприятие не принимает заявки на спонсорство.

problem-invitation-closed-title = Приглашение недействительно
problem-invitation-closed-description = Приглашение уже принято, отклонено или отозвано, либо срок его действия истёк; участник организации может отправить новое.

problem-letter-unavailable-title = Письмо недоступно
problem-letter-unavailable-description = Письмо выдаётся только после того, как грант или спонсорство получит соответствующий статус.

problem-link-invalid-title = Ссылка недействительна
problem-link-invalid-description = Ссылка из письма неизвестна, уже использована (или заменена более новой) либо срок её действия истёк; запросите новую.

problem-mfa-enabled-title = Двухфакторный вход уже включён
problem-mfa-enabled-description = Двухфакторный вход уже включён; отключите его действующим кодом, прежде чем подключать заново.

problem-mfa-not-enabled-title = Двухфакторный вход не включён
problem-mfa-not-enabled-description = Двухфакторный вход не включён (или его подключение не начато); сначала подключите его через `POST /api/v1/me/mfa/totp`.

problem-mfa-required-title = Требуется двухфакторный вход
problem-mfa-required-description = Роль пользователя требует двухфакторного входа; пока он не подключён, можно только просматривать свою учётную запись и подключать его.

problem-no-reviews-title = Нет экспертных оценок
problem-no-reviews-description = Ни одной экспертной оценки ещё не представлено; примите решение после первой или укажите причину исключения.

problem-no-sanctions-list-title = Нет санкционного списка
problem-no-sanctions-list-description = Санкционный список ещё не загружен; сначала его загружает администратор.

problem-not-ready-for-review-title = Заявка не готова к экспертизе
problem-not-ready-for-review-description = Эксперты назначаются только на заявки, признанные соответствующими требованиям.

problem-not-yet-travelled-title = Поездка ещё не состоялась
problem-not-yet-travelled-description = Участие подтверждается в день прибытия участника или позже.

problem-nothing-to-appeal-title = Нечего обжаловать
problem-nothing-to-appeal-description = Обжаловать можно только отказ или заключение о несоответствии требованиям.

problem-nothing-to-reclaim-title = Нечего возвращать
problem-nothing-to-reclaim-description = По этому спонсорству организация ничего не должна вернуть.

problem-payment-approved-title = Платёж утверждён
problem-payment-approved-description = Платёж утверждён; сначала финансовая служба должна его провести или отменить.

problem-payments-in-flight-title = Платежи в обработке
problem-payments-in-flight-description = Есть запрошенные или утверждённые платежи; сначала финансовая служба должна их провести или отменить.

problem-refund-recorded-title = Возврат уже учтён
problem-refund-recorded-description = Возврат средств по этому спонсорству уже учтён.

problem-rescreening-required-title = Нужна повторная проверка по спискам
problem-rescreening-required-description = После комплексной проверки изменились проверенные наименования организации или действующий санкционный список даёт совпадение без решения; сотрудник программы должен проверить её снова.

problem-review-frozen-title = Оценка закрыта
problem-review-frozen-description = Оценка отправлена (окончательна) или по заявке принято решение, поэтому она больше не меняется, если только сотрудник программы не откроет её после апелляции.

problem-risk-approved-title = Оценка рисков утверждена
problem-risk-approved-description = Утверждённую оценку рисков изменить нельзя.

problem-risk-assessment-exists-title = Оценка рисков уже есть
problem-risk-assessment-exists-description = У заявки или спонсорства уже есть оценка рисков.

problem-risk-gate-title = Риск не снят
problem-risk-gate-description = Оценка рисков по принципу «не навреди» не утверждена, или её остаточный риск блокирует действие.

problem-screening-outdated-title = Проверка по спискам устарела
problem-screening-outdated-description = После проверки изменились наименования или члены организации либо санкционный список; проведите проверку снова.

problem-sponsorship-not-payable-title = Спонсорство нельзя оплатить
problem-sponsorship-not-payable-description = Выплаты возможны только по утверждённому, состоявшемуся или сверенному спонсорству со снятым риском.

problem-file-too-large-title = Файл слишком большой
problem-file-too-large-description = Загруженный файл превышает ограничение на один файл или вывел бы заявку за общий лимит; в подробностях указан лимит.

problem-unsupported-file-type-title = Тип файла не принимается
problem-unsupported-file-type-description = Содержимое загруженного файла не является PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, CSV или простым текстом, как бы он ни назывался, или файл пуст.

problem-document-locked-title = Документы заблокированы
problem-document-locked-description = Документы добавляются и удаляются, только пока их объект ещё может меняться (заявка — пока она черновик, спонсорство — пока оно не урегулировано).

problem-form-frozen-title = Форма зафиксирована
problem-form-frozen-description = Форма конкурса меняется, только пока конкурс является черновиком; после открытия сотрудник может лишь добавлять необязательные вопросы после существующих.

## Описание общих ошибок.

problem-validation-request = запрос недопустим: { $reason }
problem-validation-one-field = 1 поле заполнено неверно: { $field }
problem-validation-fields = { $count ->
        [one] { $count } поле заполнено неверно
        [few] { $count } поля заполнены неверно
       *[many] { $count } полей заполнены неверно
    }: { $fields }
problem-payload-too-large-detail = тело запроса больше 1 МиБ
problem-internal-detail = сбой сервиса; ошибка записана в журнал

## Сообщения о полях с ошибками (`errors[].message`).

field-required = это поле обязательно
field-unknown = такого поля в этом запросе нет; допустимые поля: { $fields }
field-one-of = должно быть одним из значений: { $values }
field-not-blank = не должно быть пустым
field-too-long = { $max ->
        [one] не длиннее { $max } символа
       *[other] не длиннее { $max } символов
    }
field-amount = должна быть сумма в виде строки, например "15000.00"
field-text = должен быть текст в двойных кавычках
field-boolean = должно быть true или false
field-integer = должно быть целое число
field-number = должно быть число
field-list = должен быть список в квадратных скобках
field-object = должен быть объект в фигурных скобках
field-null = должно отсутствовать или быть null
field-date = должна быть дата в формате ГГГГ-ММ-ДД, например "2027-03-31"
field-date-time = должен быть момент времени со смещением, например "2027-03-31T17:00:00Z"
field-uuid = должен быть идентификатор (UUID), например "6f1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b"
field-documented-format = должен быть текст в документированном формате
field-no-nul = не должно содержать символов NUL
field-whole-number-range = должно быть целое число от { $low } до { $high }
request-no-nul = текст не должен содержать символов NUL (\u0000)

## Подробности конфликта для конкретного случая.

conflict-call-not-yet-open = приём заявок на конкурс открывается { $opens_at }
conflict-call-closed = конкурс закрыт { $closes_at }; после этого момента заявки не принимаются
conflict-appeal-window-closed = срок обжалования истёк { $deadline }
conflict-deadline-passed = приём заявок закрыт { $deadline }
