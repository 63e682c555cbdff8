# Письма визовой поддержки, которые консульство может проверить, и письма в том виде, в каком они выданы (задачи 19, 14).

letter-field-passport-name = Имя латиницей, как в паспорте
letter-field-date-of-birth = Дата рождения
letter-field-passport-number = Номер паспорта
letter-field-passport-expiry = Паспорт действителен до
letter-verification-heading = Проверка подлинности
letter-verification-text = Сотрудник консульства может убедиться в подлинности и действительности настоящего письма по указанному ниже коду и адресу или связавшись с { $office }.
letter-verification-code = Код проверки
letter-verification-url = Проверить по адресу
letter-contact-address = Адрес
letter-contact-phone = Телефон
letter-contact-email = Эл. почта
letter-contact-website = Сайт
letter-award-accepted = Условия приняты
letter-award-accepted-text = { $date } { $person } от имени организации «{ $organisation }» принял(а) условия гранта { $reference }. Настоящее письмо фиксирует условия в том виде, в каком они были приняты.

passport-error-missing = Укажите эти данные точно так, как в паспорте
passport-error-name = Укажите имя латинскими буквами точно так, как в машиночитаемой зоне паспорта, например SADYKOVA AIGERIM
passport-error-number = Укажите номер паспорта: от 5 до 20 букв и цифр
passport-error-birth = Укажите дату рождения в прошлом, например 1990-04-12
passport-error-expiry = Паспорт должен оставаться действительным после даты отъезда ({ $departure })

portal-travel-passport = Паспортные данные
portal-travel-passport-intro = Они нужны для письма визовой поддержки. Их можно добавить и позже, на странице заявки. Данные хранятся в зашифрованном виде, их видят только ваша организация и офис, и они удаляются через { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } после закрытия поездки.
portal-travel-passport-name = Имя латиницей
portal-travel-passport-name-hint = Точно так, как в машиночитаемой зоне паспорта, например SADYKOVA AIGERIM.
portal-travel-passport-number = Номер паспорта
portal-travel-date-of-birth = Дата рождения
portal-travel-passport-expiry = Паспорт действителен до

portal-travel-passport-button = Сохранить паспортные данные
portal-travel-passport-given = Паспортные данные сохранены. Их можно исправить, пока письмо не выдано.
portal-travel-passport-notice = Паспортные данные сохранены. Теперь письмо может быть выдано.
portal-travel-letter-code = Код проверки, напечатанный на письме:

portal-letter-verify-title = Проверка письма визовой поддержки
portal-letter-verify-intro = Введите код проверки, напечатанный на письме.
portal-letter-verify-code = Код проверки
portal-letter-verify-button = Проверить
portal-letter-verify-unknown = Письма с таким кодом нет. Проверьте, что код введён так, как напечатан, или свяжитесь с офисом.
portal-letter-verify-current = Письмо подлинное и действительное.
portal-letter-verify-withdrawn = Письмо подлинное, но { $date } было отозвано и больше не подтверждает визовое ходатайство.
portal-letter-verify-reference = Номер письма
portal-letter-verify-issued = Дата выдачи
portal-letter-verify-initials = Инициалы путешественника
portal-letter-verify-passport = Номер паспорта оканчивается на
portal-letter-verify-event = Мероприятие
portal-letter-verify-dates = Даты мероприятия
portal-letter-verify-date-range = с { $start } по { $end }
