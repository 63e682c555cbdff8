# Тексты, которые службы раньше писали в коде по-английски: уведомления о безопасности,
# ссылки и приглашения по электронной почте, заголовки и пояснения напоминаний и уведомлений.

## Уведомления о безопасности: краткое название изменения (тема: «Уведомление о безопасности: …»)
## и фраза о том, что произошло.
notice-password-changed = пароль изменён
notice-password-changed-by-link = Пароль вашей учётной записи grantdesk изменён по ссылке, отправленной на этот адрес; все сеансы завершены.
notice-password-changed-signed-in = Пароль вашей учётной записи grantdesk изменил человек, вошедший в неё; все сеансы завершены.
notice-email-changed = адрес электронной почты изменён
notice-email-changed-detail = Адрес электронной почты вашей учётной записи grantdesk изменён с { $before } на { $after }.
notice-email-change-requested = запрошена смена адреса электронной почты
notice-email-change-requested-detail = Человек, вошедший в вашу учётную запись grantdesk, попросил сменить её адрес электронной почты на { $email }. Адрес сменится только после перехода по ссылке, отправленной на него.
notice-mfa-on = двухэтапный вход включён
notice-mfa-on-detail = Для вашей учётной записи grantdesk включён двухэтапный вход.
notice-mfa-off = двухэтапный вход отключён
notice-mfa-off-detail = Для вашей учётной записи grantdesk отключён двухэтапный вход.
notice-new-sign-in = новый вход
notice-new-sign-in-detail = В вашу учётную запись grantdesk выполнен вход с нового клиента ({ $client }).

## Ссылки, отправляемые по почте (сброс пароля, первый пароль, подтверждение адреса).
notice-link-detail =
    { $link }
    (Программы отправляют токен запросом POST на { $endpoint }.)

## Приглашения в организацию.
notice-invitation-detail = Чтобы принять приглашение, войдите в grantdesk как { $email } и примите приглашение { $token } (POST /api/v1/invitations/{ $token }/accept); чтобы отклонить его — POST /api/v1/invitations/{ $token }/decline. Приглашение действует в течение { $days ->
        [one] { $days } дня
       *[other] { $days } дней
    }.
notice-invitation-detail-register-first = У вас ещё нет учётной записи grantdesk: сначала зарегистрируйтесь с этим адресом электронной почты (POST /api/v1/auth/register). Затем войдите как { $email } и примите приглашение { $token } (POST /api/v1/invitations/{ $token }/accept); чтобы отклонить его — POST /api/v1/invitations/{ $token }/decline. Приглашение действует в течение { $days ->
        [one] { $days } дня
       *[other] { $days } дней
    }.

## Отчёт по гранту, как его называют уведомления.
notice-report-label = { $kind ->
        [interim_narrative] Промежуточный содержательный отчёт
        [interim_financial] Промежуточный финансовый отчёт
        [final_narrative] Итоговый содержательный отчёт
       *[final_financial] Итоговый финансовый отчёт
    } № { $number }

## Напоминания.
reminder-report-title = { $kind ->
        [interim_narrative] Промежуточный содержательный отчёт
        [interim_financial] Промежуточный финансовый отчёт
        [final_narrative] Итоговый содержательный отчёт
       *[final_financial] Итоговый финансовый отчёт
    } по гранту { $award }
reminder-report-detail = Сдайте его на странице гранта в grantdesk.
reminder-appeal-detail = В апелляции излагаются основания, по которым решение следует пересмотреть.
reminder-disbursement-title = { $amount } — получатель { $payee }
reminder-disbursement-detail = Тот, кто запросил выплату, не может её утвердить: каждый платёж проверяют двое.

## Сообщения о полях учётной записи.
field-email-invalid = не является действительным адресом электронной почты
field-password-short = должен содержать не менее { $min } символов
field-password-long = должен содержать не более { $max } символов
