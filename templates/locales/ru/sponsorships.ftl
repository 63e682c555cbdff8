# Почему правила спонсорства отказывают в шаге (`sponsorships::rules::Refused`).
sponsorship-refused-not-a-draft = отправить можно только черновик; состояние этой заявки уже «{ $status ->
        [draft] черновик
        [submitted] отправлена
        [approved] одобрена
        [rejected] не одобрена
        [waitlisted] в листе ожидания
        [travelled] участие подтверждено
        [reconciled] расчёт завершён
       *[other] отменена
    }»
sponsorship-refused-draft-undecided = решение по черновику принимается после того, как организация его отправит
sponsorship-refused-already-decided = состояние этой заявки уже «{ $status ->
        [draft] черновик
        [submitted] отправлена
        [approved] одобрена
        [rejected] не одобрена
        [waitlisted] в листе ожидания
        [travelled] участие подтверждено
        [reconciled] расчёт завершён
       *[other] отменена
    }»: решение принимается только по отправленной заявке или заявке из листа ожидания
sponsorship-refused-not-cancellable = отменить можно только заявку, по которой поездка ещё не состоялась и которая не отклонена и не отменена; состояние этой — «{ $status ->
        [draft] черновик
        [submitted] отправлена
        [approved] одобрена
        [rejected] не одобрена
        [waitlisted] в листе ожидания
        [travelled] участие подтверждено
        [reconciled] расчёт завершён
       *[other] отменена
    }»
sponsorship-refused-not-approved = отметить поездку можно только у одобренного спонсорства; состояние этого — «{ $status ->
        [draft] черновик
        [submitted] отправлена
        [approved] одобрена
        [rejected] не одобрена
        [waitlisted] в листе ожидания
        [travelled] участие подтверждено
        [reconciled] расчёт завершён
       *[other] отменена
    }»
sponsorship-refused-not-travelled = закрыть расчёт можно только по спонсорству с подтверждённым участием; состояние этого — «{ $status ->
        [draft] черновик
        [submitted] отправлена
        [approved] одобрена
        [rejected] не одобрена
        [waitlisted] в листе ожидания
        [travelled] участие подтверждено
        [reconciled] расчёт завершён
       *[other] отменена
    }»
sponsorship-refused-trip-confirmed = поездка уже подтверждена; добавьте другие квитанции как документы
sponsorship-refused-trip-not-approved = подтвердить можно только поездку одобренного спонсорства; состояние этого — «{ $status ->
        [draft] черновик
        [submitted] отправлена
        [approved] одобрена
        [rejected] не одобрена
        [waitlisted] в листе ожидания
        [travelled] участие подтверждено
        [reconciled] расчёт завершён
       *[other] отменена
    }»
sponsorship-refused-trip-not-arrived = поездка подтверждается в день прибытия или позже
sponsorship-refused-over-budget = одобренные спонсорства составили бы { $total }, больше бюджета мероприятия в { $budget }: поставьте заявку в лист ожидания или увеличьте бюджет
sponsorship-refused-extra-nights-rejected = дополнительные ночи разрешает только одобрение или постановка в лист ожидания
sponsorship-refused-no-extra-nights = все ночи этого пребывания входят в разрешённый период поездки мероприятия: разрешать нечего
