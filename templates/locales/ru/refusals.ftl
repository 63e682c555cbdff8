# Отказы служб и правил, которые страницы говорят на языке читателя (API говорит их
# по-английски): запись изменилась за это время, проверки «не навреди», пределы выплат.
# Суммы ($adding, $ceiling, $left) приходят записанными вместе с валютой.

refused-changed-request = заявка изменилась за это время: загрузите её заново и повторите попытку
refused-changed-risk-assessment = оценка рисков изменилась за это время: загрузите её заново и повторите попытку
refused-changed-disbursement = выплата изменилась за это время; загрузите её заново и повторите попытку
refused-changed-call = конкурс изменился за это время; загрузите его заново и повторите попытку
refused-changed-assessment = проверка изменилась за это время; загрузите её заново и повторите попытку
refused-changed-event = мероприятие изменилось за это время: загрузите его заново и повторите попытку
refused-changed-award = грант изменился за это время; загрузите его заново и повторите попытку
refused-changed-report = отчёт изменился за это время; загрузите его заново и повторите попытку
refused-changed-organisation = организация изменилась за это время; загрузите её заново и повторите попытку
refused-changed-application = заявка на грант изменилась за это время; загрузите её заново и повторите попытку

refused-risk-already-approved = оценка рисков уже одобрена: одобрять больше нечего
refused-risk-second-officer = высокий остаточный риск требует одобрения второго, другого сотрудника: попросите другого сотрудника одобрить её
refused-trip-risk-not-approved = оценка рисков поездки по принципу «не навреди» ещё не одобрена: сначала её одобряет сотрудник
refused-trip-risk-critical = остаточный риск поездки по принципу «не навреди» критический, и это не позволяет спонсировать её
refused-trip-no-receipt = прежде чем подтвердить поездку, загрузите хотя бы один билет, посадочный талон или квитанцию

refused-ceiling-advance = аванс ({ $percent } % от положенной суммы; остаток выплачивается после подтверждения участия)
refused-ceiling-entitlement = положенная сумма
refused-ceiling-reconciled = сверенные фактические расходы
refused-ceiling-award = грант
refused-ceiling-tranche = транш { $number }
refused-over-ceiling = { $adding } превысит предел выплат «{ $what }» в { $ceiling }; остаётся { $left }
refused-sponsorship-not-payable = заявка на спонсорство в состоянии «{ $status ->
        [draft] черновик
        [submitted] отправлена
        [approved] одобрена
        [rejected] не одобрена
        [waitlisted] в листе ожидания
        [travelled] участие подтверждено
        [reconciled] расчёт завершён
       *[other] отменена
    }» не оплачивается: аванс следует за одобрением, остаток — за подтверждённым участием
refused-award-pending-acceptance = грант ожидает принятия: деньги движутся, когда члены организации приняли его условия
refused-award-completed = грант завершён: по нему больше нет выплат
refused-award-terminated = грант расторгнут: по нему больше нет выплат

decision-over-any-budget = этот грант вывел бы гранты конкурса за пределы любого бюджетного потолка в { $ceiling }
decision-over-budget = гранты этого конкурса составили бы { $total }, что выше его бюджетного потолка в { $ceiling }; можно присудить ещё не более { $left }
decision-amount-over-request = не должна превышать запрошенную сумму { $limit }
decision-amount-under-minimum = должна быть не меньше минимального гранта конкурса, { $limit }
decision-amount-over-maximum = не должна превышать максимальный грант конкурса, { $limit }
decision-amount-too-large-to-split = слишком велика, чтобы разделить её на транши
decision-tranches-one-kind = укажите для каждого транша либо процент, либо сумму, одинаково для всех
decision-tranche-due-past = не должна быть в прошлом
decision-tranche-condition-long = должно быть не длиннее 500 символов
decision-tranche-percent-range = должен быть больше 0 и не больше 100
decision-tranches-percent-total = проценты должны в сумме давать 100, а не { $total }
decision-tranches-overflow = суммы в совокупности больше, чем может быть сумма
decision-tranches-amount-total = суммы должны в совокупности равняться гранту в { $award }, а не { $total }
decision-tranches-zero = каждый транш после округления должен оставаться больше нуля

travel-attendance-unconfirmed = должно быть true: спонсорство отмечается как состоявшаяся поездка только после подтверждения участия
travel-not-yet-arrived = участник прибывает { $date }; участие подтверждается в этот день или позже
travel-payments-in-flight = запрошенных или одобренных выплат по этому спонсорству: { $count }; выплатите или отмените их до сверки
travel-refund-in-future = не может быть в будущем
travel-nothing-to-reclaim = организация ничего не должна вернуть по этому спонсорству
travel-refund-recorded = возврат по этому спонсорству уже записан
travel-refund-before-due = не может быть раньше { $date }, когда сумма стала подлежать возврату
travel-costs-none = укажите хотя бы один фактический расход
travel-costs-overflow = фактические расходы в сумме превышают { $limit }
travel-costs-over-entitlement = фактические расходы превышают положенную сумму на { $excess }: укажите, почему офис платит больше
