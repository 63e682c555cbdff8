# 日历订阅：个人日历的名称，以及每个期限的摘要和说明。

calendar-mine = 我的 grantdesk 期限
calendar-call-opens = 征集开放：{ $title }
calendar-call-opens-description = “{ $title }”开始接受申请。
calendar-call-closes = 征集截止：{ $title }
calendar-call-closes-description = “{ $title }”的申请须在此时间之前提交；草稿不予考虑。
calendar-draft-application = 您的组织在此征集下有一份申请草稿。
calendar-report-due = 报告到期：{ $title }
calendar-report-due-description = 请在 grantdesk 的资助页面提交。
calendar-appeal-window-closes = 申诉期截止：{ $title }
calendar-appeal-window-closes-description = 申诉须说明应重新审议该认定的理由。
calendar-sponsorship-requests-close = 赞助申请截止：{ $title }
calendar-draft-sponsorship-request = 您的组织有一份本活动的赞助申请草稿。
calendar-diligence-expires = 尽职调查到期：{ $title }
calendar-diligence-expires-description = 此日期之后，须经新的评估才能向该组织发放资助。
