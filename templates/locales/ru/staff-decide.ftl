# Решение сотрудника в три шага: форма (с текущей суммой траншей), страница проверки и
# последняя кнопка, которая его записывает.

staff-decide-continue = Продолжить
staff-decide-continue-hint = На следующей странице вы проверите решение, прежде чем оно будет записано.
staff-decide-total-matches = Сумма траншей — { $total }, это и есть присуждённая сумма.
staff-decide-total-differs = Сумма траншей — { $total }, она отличается от присуждённой суммы ({ $amount }).
staff-decide-total-alone = Сумма траншей — { $total }.
staff-decide-check-title = Проверьте решение, прежде чем записать его
staff-decide-check-lead = Ничего не записывается, пока вы не нажмёте «Записать решение». Исправьте то, что неверно.
staff-decide-change = Изменить
staff-decide-amount = Присуждённая сумма
staff-decide-tranche-amount = Сумма
staff-decide-sum = Итого
staff-decide-sum-matches = Сумма траншей равна присуждённой сумме.
staff-decide-single-payment = Без траншей: присуждённая сумма выплачивается одним платежом.
staff-decide-tranches-by-due-date = Транши перечислены по сроку платежа — в том порядке, в котором они будут записаны; вы ввели их в другом порядке.
staff-decide-no-obligations = Обязательств по отчётности нет.
staff-decide-stale = По этой заявке уже принято решение после того, как была открыта форма, поэтому ничего не записано. Её состояние теперь: { $status }.
