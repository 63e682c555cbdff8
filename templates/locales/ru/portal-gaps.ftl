portal-gaps-form-heading = Что спрашивает форма заявки
portal-gaps-form-intro = Вы можете подготовить ответы и файлы заранее. Вопросы перечислены по разделам, в том же порядке, что и в форме.
portal-gaps-form-none = В форме заявки этого конкурса пока нет вопросов.
portal-gaps-required = Обязательно
portal-gaps-optional = Необязательно
portal-gaps-choices = Варианты ответа:
