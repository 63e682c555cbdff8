# Письма (о предоставлении гранта, о спонсорской поддержке и для получения визы): текст, даты и
# суммы прописью. Названия и имена остаются в том виде, в каком они записаны.

## Даты и суммы

letter-date = { $day } { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
} { $year } г.
letter-date-range = с { $start } по { $end }
letter-date-single = { $date }
letter-amount = { $number } { $currency }
letter-amount-with-fraction = { $number } { $currency } { $fraction }
letter-amount-negative = минус { $amount }
currency-EUR = { $count ->
   *[other] евро
}
currency-USD = { $count ->
    [one] доллар США
    [few] доллара США
   *[many] долларов США
}
currency-GBP = { $count ->
    [one] фунт стерлингов
    [few] фунта стерлингов
   *[many] фунтов стерлингов
}
currency-CHF = { $count ->
    [one] швейцарский франк
    [few] швейцарских франка
   *[many] швейцарских франков
}
currency-JPY = { $count ->
    [one] иена
    [few] иены
   *[many] иен
}
currency-CNY = { $count ->
    [one] юань
    [few] юаня
   *[many] юаней
}
currency-RUB = { $count ->
    [one] российский рубль
    [few] российских рубля
   *[many] российских рублей
}

## Общая рамка

letter-date-line = Дата: { $date }
letter-reference-line = Номер: { $reference }
letter-subject-line = Тема: { $subject }
letter-signatory-role = Сотрудник по грантам, { $office }
letter-yours-sincerely = С уважением,
letter-yours-faithfully = С уважением,
letter-amount-column = Сумма ({ $currency })

## Письмо о предоставлении гранта

letter-award-footer = Письмо о предоставлении гранта { $reference } · стр. { $page } из { $pages }
letter-award-document = Письмо о предоставлении гранта
letter-award-subject = Предоставление гранта по конкурсу «{ $call }»
letter-award-to = Кому:
letter-award-greeting = Уважаемые партнёры!
letter-award-intro = Рады сообщить, что { $office } предоставляет вашей организации грант в размере { $amount } { $currency } ({ $amount_words }) на проект «{ $project }», представленный на конкурс «{ $call }». Грант выплачивается траншами, указанными ниже; каждый транш выплачивается в установленный срок после выполнения его условия.
letter-award-tranches = Транши
letter-award-tranche-number = №
letter-award-due-date = Срок
letter-award-condition = Условие
letter-award-obligations = Отчётность
letter-award-obligation = { $report } — срок сдачи { $date }
letter-award-no-obligations = Помимо общих условий, изложенных ниже, грант не предусматривает обязательной отчётности.
letter-award-conditions = Общие условия
letter-award-conditions-text = Средства гранта могут использоваться только на мероприятия и в пределах бюджета, утверждённых в вашей заявке. Описательные и финансовые отчёты представляются в указанные выше сроки; транш выплачивается только после получения всех отчётов, срок сдачи которых наступил до него. Вы обязаны незамедлительно письменно уведомить { $office } о любых изменениях проекта, его бюджета, графика или вашей организации, которые могут повлиять на грант. При несоблюдении этих условий { $office } вправе приостановить или прекратить грант и потребовать возврата неизрасходованных или использованных не по назначению средств.
letter-award-acceptance = Принятие условий
letter-award-acceptance-text = Чтобы принять грант, войдите в grantdesk и примите условия гранта { $reference } в течение 30 дней с даты настоящего письма. Грант вступает в силу с момента принятия условий; до этого первый транш не выплачивается.
letter-report-interim_narrative = Промежуточный описательный отчёт
letter-report-interim_financial = Промежуточный финансовый отчёт
letter-report-final_narrative = Итоговый описательный отчёт
letter-report-final_financial = Итоговый финансовый отчёт

## Письмо о спонсорской поддержке и для получения визы

letter-sponsorship-footer = Письмо о спонсорской поддержке { $reference } · стр. { $page } из { $pages }
letter-sponsorship-document = Письмо о спонсорской поддержке
letter-sponsorship-subject = Приглашение и оплата участия в мероприятии «{ $event }»
letter-sponsorship-heading = Приглашение, оплата участия и визовая поддержка: «{ $event }»
letter-sponsorship-to = В посольство или консульство по принадлежности
letter-sponsorship-greeting = Уважаемые дамы и господа!
letter-sponsorship-invitation = { $office } приглашает указанное ниже лицо принять участие в мероприятии «{ $event }» ({ $place }, { $dates }) и оплачивает его участие на условиях, изложенных в настоящем письме.
letter-sponsorship-traveller = Участник поездки
letter-field-full-name = Полное имя, как в паспорте
letter-field-nationality = Гражданство
letter-field-organisation = Организация
letter-field-organisation-country = Страна организации
letter-field-role = Должность в организации
letter-field-origin = Место отправления
letter-sponsorship-stay = Ожидаемая дата прибытия — { $arrival }, дата отъезда — { $departure } ({ $nights ->
    [0] без ночёвки
    [one] { $nights_shown } ночь
    [few] { $nights_shown } ночи
   *[many] { $nights_shown } ночей
}).
letter-sponsorship-covered = Что оплачивается
letter-sponsorship-item = Статья расходов
letter-sponsorship-total = Итого
letter-sponsorship-amounts = Общая сумма поддержки составляет { $total } { $currency } ({ $total_words }). Аванс в размере { $percent } этой суммы, { $advance } { $currency }, выплачивается до поездки; остаток выплачивается после подтверждения участия и сверки расходов.
letter-sponsorship-visa = Визовая поддержка
letter-sponsorship-visa-text = { $office } просит компетентные органы содействовать в оформлении визы, необходимой для поездки в указанные выше даты (место назначения: { $city }, { $country }). При любых запросах, касающихся настоящего письма, просим ссылаться на его номер: { $reference }.
letter-covered-nights = { $nights ->
    [one] { $nights_shown } ночь
    [few] { $nights_shown } ночи
   *[many] { $nights_shown } ночей
}
letter-covered-dsa = Суточные: { $nights } по { $rate } { $currency }
letter-covered-dsa-reduced = Суточные: { $nights } по ставке { $percent } от { $rate } { $currency } (после 60 ночей)
letter-covered-terminal = Транзитные расходы (поездок до и из терминала: { $ends_shown })
letter-covered-airfare = Авиабилет туда и обратно (пункт отправления: { $city })
letter-covered-extra-nights = В том числе { $nights } сверх утверждённого периода поездки, разрешено по причине: { $reason }
letter-covered-local = Суточные и транзитные расходы не выплачиваются: участник проживает в районе проведения мероприятия
letter-covered-unpaid = { $nights } вне утверждённого периода поездки не оплачиваются
