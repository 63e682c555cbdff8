## The public home's filter and a call's regions (#17).
leftovers-filter-heading = Отбор конкурсов
leftovers-filter-theme = Тема
leftovers-filter-any-theme = Любая тема
leftovers-filter-region = Регион
leftovers-filter-any-region = Любой регион
leftovers-filter-apply = Применить фильтры
leftovers-filter-clear = Сбросить фильтры
leftovers-filter-applied = Показаны конкурсы по фильтрам: { $filters }
leftovers-filter-no-match = Нет открытых конкурсов, подходящих под эти фильтры.
leftovers-filter-see-all = Показать все открытые конкурсы
leftovers-call-regions = Регионы
leftovers-call-every-region = Открыт для организаций из всех регионов
leftovers-region-unknown = «{ $region }» не входит в число регионов офиса ({ $regions })
leftovers-region-repeated = «{ $region }» указан несколько раз
leftovers-region-middle-east-and-north-africa = Ближний Восток и Северная Африка
leftovers-region-the-sahel = Сахель
leftovers-region-sub-saharan-africa = Африка к югу от Сахары
leftovers-region-central-asia = Центральная Азия
leftovers-region-south-asia = Южная Азия
leftovers-region-south-east-asia = Юго-Восточная Азия
leftovers-region-latin-america-and-the-caribbean = Латинская Америка и Карибский бассейн
leftovers-region-europe = Европа
leftovers-region-north-america = Северная Америка
leftovers-region-africa = Африка
leftovers-region-americas = Америка
leftovers-region-antarctica = Антарктида
leftovers-region-asia = Азия
leftovers-region-oceania = Океания
leftovers-region-other = Другой
leftovers-region-unknown-country = неизвестен

## Tranche payments and travel dates in the deadlines and the calendar feed (#17).
leftovers-tranche-expected = Ожидается платёж: транш { $number } по гранту { $award }, { $amount }
leftovers-tranche-expected-description = День, когда этот транш гранта должен быть выплачен после выполнения его условий.
leftovers-trip-arrival = Прибытие на мероприятие «{ $event }»: { $traveller }
leftovers-trip-departure = Отъезд с мероприятия «{ $event }»: { $traveller }
leftovers-trip-description = Утверждённые даты поездки участника, получающего спонсорскую поддержку.

## Messages services used to word in English (#16).
leftovers-link-unknown = эта ссылка недействительна; запросите новую
leftovers-link-used = эта ссылка уже использована (или отправлена более новая); запросите новую
leftovers-link-expired = срок действия ссылки истёк { $date }; запросите новую
leftovers-invitation-expired = срок действия приглашения истёк через { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
  }; участник организации может отправить новое
leftovers-invitation-revoked = приглашение отозвано; если это ошибка, участник организации может отправить новое
leftovers-invitation-accepted = приглашение уже принято: больше ничего делать не нужно
leftovers-invitation-declined = приглашение отклонено; если это ошибка, участник организации может отправить новое
leftovers-invitation-changed = тем временем на приглашение ответили, его отозвали или срок его действия истёк; обновите страницу
leftovers-roles-needed = нужна хотя бы одна роль
leftovers-admin-keeps-own-role = администратор не снимает с себя роль администратора; это делает другой администратор
leftovers-admin-keeps-own-account = администратор не отключает собственную учётную запись; это делает другой администратор
leftovers-email-stays-verified = адрес перестаёт считаться подтверждённым, только когда владелец его меняет; отправьте true, чтобы подтвердить его
leftovers-condition-unmet = транш { $number } ожидает получения { $kind ->
    [interim_narrative] промежуточного содержательного отчёта
    [interim_financial] промежуточного финансового отчёта
    [final_narrative] итогового содержательного отчёта
   *[final_financial] итогового финансового отчёта
  } со сроком { $due } (сейчас он { $state ->
    [pending] ещё не представлен
    [submitted] представлен, но ещё не принят
   *[received] принят
  }); чтобы всё же выплатить, утвердите с override_reason
leftovers-representation-women = женщины составляют { $share } % утверждённых участников, что ниже целевого показателя { $target } %
leftovers-representation-young = участники в возрасте 18–34 лет составляют { $share } %, что ниже целевого показателя { $target } %
leftovers-representation-region = на регион «{ $region }» приходится { $share } % утверждённых участников, что выше предела { $limit } %
leftovers-percentage-range = должно быть процентом от 0 до 100

## Reports: a month group's name (#19).
leftovers-report-month = { $month ->
    [1] январь { $year } г.
    [2] февраль { $year } г.
    [3] март { $year } г.
    [4] апрель { $year } г.
    [5] май { $year } г.
    [6] июнь { $year } г.
    [7] июль { $year } г.
    [8] август { $year } г.
    [9] сентябрь { $year } г.
    [10] октябрь { $year } г.
    [11] ноябрь { $year } г.
   *[12] декабрь { $year } г.
  }

## Reports: a reporting currency without a rate (#19).
leftovers-rate-missing = курс обмена { $from } на { $to } не записан (ни в платеже, ни в мероприятии); выберите другую валюту отчёта или сначала запишите курс

## Reports: the grand total in a reporting currency and the rates used (#19).
report-reporting-total = Все валюты в { $currency }
report-rate-payment = Курс { $from } → { $to }: { $rate }, записан в платеже { $holder } от { $date }
report-rate-payment-inverse = Курс { $from } → { $to }: { $rate }, обратный курсу, записанному в платеже { $holder } от { $date }
report-rate-event = Курс { $from } → { $to }: { $rate }, обменный курс мероприятия «{ $holder }», начинающегося { $date }
