# Страницы учётной записи портала: вход со вторым фактором, подтверждение адреса,
# забытый пароль, настройки, сеансы и уведомления.

portal-nav-notifications = { $count ->
    [0] Уведомления
    [100] Уведомления (непрочитанных: 99+)
   *[other] Уведомления (непрочитанных: { $count })
}
portal-nav-settings = Настройки
portal-go-to-account = Перейти в личный кабинет

portal-code-title = Введите код безопасности
portal-code-lead = Ваша учётная запись защищена двухэтапным входом. Откройте приложение-аутентификатор и введите код, который оно показывает для grantdesk.
portal-field-code = Код безопасности
portal-field-code-hint = 6 цифр из приложения или один из резервных кодов, если телефона нет под рукой.
portal-code-button = Продолжить
portal-code-start-again = Начать вход заново
portal-code-missing = Введите код из приложения-аутентификатора
portal-code-wrong = Код неверен или уже использован. Введите самый новый код из приложения

portal-verify-title = Подтвердите адрес электронной почты
portal-verify-lead = Подтвердите, что это ваш адрес электронной почты, чтобы офис мог писать вам о ваших заявках.
portal-verify-button = Подтвердить мой адрес
portal-verified-title = Адрес электронной почты подтверждён
portal-verified-text = Спасибо. Теперь ваша организация может подавать заявки на гранты и на оплату поездок.
portal-verify-banner-title = Подтвердите адрес электронной почты
portal-verify-banner-text = Мы отправили ссылку на { $email }. Перейдите по ней, чтобы подтвердить адрес: до этого подать заявку нельзя.
portal-verify-banner-resend = Отправить новую ссылку
portal-verify-sent-title = Мы отправили вам новую ссылку
portal-verify-sent-text = Проверьте почту и перейдите по ссылке, чтобы подтвердить адрес. Прежние ссылки больше не действуют. Ссылка действует 7 дней.

portal-forgot-link = Забыли пароль?
portal-forgot-title = Восстановление пароля
portal-forgot-lead = Введите адрес электронной почты вашей учётной записи. Мы пришлём ссылку, по которой можно задать новый пароль.
portal-forgot-button = Отправить ссылку
portal-forgot-sent-title = Проверьте почту
portal-forgot-sent-text = Если этот адрес принадлежит учётной записи, мы отправили на него ссылку для выбора нового пароля. Ссылка действует 1 час.
portal-forgot-sent-later = Если письмо не придёт в течение нескольких минут, проверьте папку «Спам» или запросите новую ссылку.
portal-reset-title = Задайте новый пароль
portal-reset-button = Сохранить новый пароль
portal-reset-done-title = Пароль изменён
portal-reset-done-text = На всех устройствах, где был выполнен вход в вашу учётную запись, сеансы завершены. Войдите с новым паролем.

portal-link-invalid-title = Эта ссылка не работает
portal-link-invalid-text = Ссылка из письма срабатывает только один раз и только до истечения срока. Кроме того, более новая ссылка заменяет прежние.
portal-link-invalid-verify = Войдите и запросите новую ссылку на странице личного кабинета.
portal-link-invalid-reset = Запросите новую ссылку для восстановления пароля.

portal-settings-title = Настройки
portal-settings-change = Изменить
portal-settings-back = Вернуться к настройкам
portal-settings-save = Сохранить
portal-settings-language = Язык
portal-settings-language-missing = Выберите язык
portal-settings-email-verified = Подтверждён
portal-settings-email-unverified = Не подтверждён
portal-settings-two-factor = Двухэтапный вход
portal-settings-two-factor-on = Включён
portal-settings-two-factor-off = Выключен
portal-settings-done-language = Язык сохранён.
portal-settings-done-password = Пароль изменён. Сеансы на других устройствах завершены.
portal-settings-done-two-factor-on = Двухэтапный вход включён.
portal-settings-done-two-factor-off = Двухэтапный вход выключен.
portal-settings-done-session-ended = Сеанс завершён.
portal-settings-password-title = Смена пароля
portal-settings-password-lead = Сеансы на всех остальных устройствах, где выполнен вход в вашу учётную запись, будут завершены.
portal-settings-password-button = Сменить пароль
portal-settings-password-wrong = Введите текущий пароль
portal-field-current-password = Текущий пароль
portal-settings-sessions = Где выполнен вход
portal-settings-sessions-lead = Если вы не узнаёте сеанс, завершите его и смените пароль.
portal-settings-session-kind = Сеанс
portal-settings-session-client = Сетевой адрес
portal-settings-session-started = Вход выполнен
portal-settings-session-used = Последнее использование
portal-settings-session-action = Действие
portal-settings-session-browser = Веб-браузер
portal-settings-session-api = Программа (API)
portal-settings-session-current = Этот браузер
portal-settings-session-end = Завершить

portal-two-factor-title = Двухэтапный вход
portal-two-factor-required = Для вашей роли требуется двухэтапный вход. Настройте его, чтобы продолжить.
portal-two-factor-off-lead = При двухэтапном входе украденного пароля недостаточно, чтобы войти в вашу учётную запись: нужно ещё ввести код из приложения-аутентификатора на телефоне.
portal-two-factor-enrol-button = Настроить двухэтапный вход
portal-two-factor-step-app = Установите на телефон приложение-аутентификатор, если его у вас нет.
portal-two-factor-step-scan = Отсканируйте этот QR-код в приложении.
portal-two-factor-qr-label = QR-код для сканирования в приложении-аутентификаторе
portal-two-factor-step-type = Если отсканировать не получается, введите в приложении этот ключ:
portal-two-factor-step-code = Введите 6-значный код, который покажет приложение.
portal-field-app-code = Код из приложения
portal-field-app-code-hint = 6 цифр, например 123456.
portal-two-factor-confirm-button = Включить двухэтапный вход
portal-two-factor-on-lead = При входе после пароля вы вводите код из приложения-аутентификатора.
portal-two-factor-disable-title = Выключение двухэтапного входа
portal-two-factor-disable-button = Выключить двухэтапный вход
portal-recovery-title = Двухэтапный вход включён
portal-recovery-lead = Сохраните эти резервные коды в надёжном месте. Если вы потеряете телефон, каждый код позволит войти один раз.
portal-recovery-once = Мы показываем их только один раз.
portal-recovery-continue = Я сохранил(а) резервные коды

portal-notifications-title = Уведомления
portal-notifications-unread = { $count ->
    [0] Непрочитанных уведомлений нет.
    [100] У вас более 99 непрочитанных уведомлений.
    [one] У вас { $count } непрочитанное уведомление.
    [few] У вас { $count } непрочитанных уведомления.
   *[many] У вас { $count } непрочитанных уведомлений.
}
portal-notifications-new = Не прочитано
portal-notifications-mark-read = Отметить как прочитанное
portal-notifications-none = Уведомлений пока нет.
portal-notifications-pages = Страницы уведомлений
portal-notifications-newer = Более новые уведомления
portal-notifications-older = Более старые уведомления
portal-dashboard-unread = { $count ->
    [one] У вас { $count } непрочитанное уведомление
    [few] У вас { $count } непрочитанных уведомления
   *[many] У вас { $count } непрочитанных уведомлений
}

portal-members-title = Участники
portal-members-since = Участник с
portal-members-waiting = Приглашения, ожидающие ответа
portal-members-expires = до
portal-members-invite-title = Пригласить человека
portal-members-invite-hint = Мы отправим приглашение по электронной почте. Его принимают, войдя с этим адресом.
portal-members-invite-button = Отправить приглашение
portal-members-invited = Приглашение отправлено.
