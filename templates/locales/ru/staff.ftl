# The staff workspace's shell: its navigation, home page and sections.

staff-nav-workspace = Рабочее место
staff-home-title = Ваше рабочее место
staff-home-lead = Работа, которую дают вам ваши роли, — по разделу на задачу.
staff-chart-data = Показать цифры

staff-section-reviews = Экспертиза
staff-section-reviews-summary = Назначенные вам заявки: оцените их по критериям или заявите о конфликте интересов.
staff-section-calls = Конкурсы
staff-section-calls-summary = Подготовка, публикация и закрытие конкурсов, конструктор форм заявки и ход каждого конкурса.
staff-section-screening = Проверка соответствия
staff-section-screening-summary = Поданные заявки, ожидающие решения о соответствии, и назначение экспертов.
staff-section-appeals = Апелляции
staff-section-appeals-summary = Апелляции на решения; их рассматривает сотрудник, не принимавший решения.
staff-section-diligence = Комплексная проверка
staff-section-diligence-summary = Контрольные списки, подтверждающие документы, совпадения в санкционных списках и решения по ним.
staff-section-risk = Оценка рисков
staff-section-risk-summary = Риски причинения вреда по вероятности и последствиям, тепловая карта и согласования.
staff-section-events = Мероприятия и поездки
staff-section-events-summary = Мероприятия, заявки на оплату участия, бюджет поездок и представленность участников.
staff-section-payments = Платежи
staff-section-payments-summary = Платежи к запросу, утверждению и оплате — каждый проверяют два человека.
staff-section-reports = Финансовые отчёты
staff-section-reports-summary = Отчёт о выплатах и реестр платежей — на экране или в CSV и XLSX.
staff-section-audit = Журнал аудита
staff-section-audit-summary = Кто, что и когда сделал с любой записью и цела ли цепочка.
staff-section-users = Пользователи
staff-section-users-summary = Учётные записи сотрудников: приглашения, роли, отключение и состояние двухфакторной защиты.
staff-section-sanctions = Санкционные списки
staff-section-sanctions-summary = Когда загружен каждый список, сколько в нём записей, и загрузка нового.
staff-section-outbox = Исходящие
staff-section-outbox-summary = Письма, которые отправляет офис, их состояние и повторная отправка неудавшихся.
staff-dashboard-for-staff = Вы вошли как сотрудник: ваша работа — на вашем рабочем месте. Заявки, гранты и поездки организаций показаны там, а не здесь.
staff-back-to-workspace = Назад на рабочее место
