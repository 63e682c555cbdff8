# 门户的收尾功能：注册后回到原来的页面。

portal-finish-continue = 从上次离开的地方继续

portal-finish-deadlines = 即将到来的截止日期
portal-finish-no-deadlines = 未来几周没有到期事项。
portal-finish-calendar-hint = 您的日历应用可以订阅这些截止日期，并保持更新。
portal-finish-calendar-button = 获取日历链接
portal-finish-calendar-title = 您的日历链接
portal-finish-calendar-text = 请将此地址作为订阅添加到您的日历应用中（在大多数应用中：先选“添加日历”，再选“通过 URL”）。您的截止日期将显示在那里并保持更新。
portal-finish-calendar-label = 日历地址
portal-finish-calendar-private = 请勿泄露：任何拥有此地址的人都能看到您的截止日期。申请新链接后，此链接将失效。

portal-finish-invitation-email-sign-in = 如需接受或拒绝邀请，请打开此页面并以 { $email } 登录：{ $link }
    邀请有效期为 { $days } 天。
portal-finish-invitation-email-register = 您还没有 grantdesk 账户。请打开此页面，用 { $email } 注册，然后接受邀请：{ $link }
    邀请有效期为 { $days } 天。
portal-finish-invitation-caption = 邀请
portal-finish-invitation-title = 加入组织
portal-finish-invitation-lead = 您受邀加入
portal-finish-invitation-for = 邀请发送至
portal-finish-invitation-until = 请在此之前答复
portal-finish-invitation-sign-in-first = 请使用收到邀请的邮箱地址登录，然后在此接受邀请。
portal-finish-invitation-accept = 接受并加入
portal-finish-invitation-decline = 拒绝
portal-finish-invitation-joined = 您现在是该组织的成员了。
portal-finish-invitation-declined-title = 已拒绝邀请
portal-finish-invitation-declined-text = 您没有加入该组织。其成员可以再次邀请您。

portal-finish-preferences-title = 电子邮件通知
portal-finish-preferences-summary = 选择哪些消息同时通过电子邮件发送
portal-finish-preferences-lead = 所有消息都会显示在您的 grantdesk 通知中。请选择哪些消息同时通过电子邮件发送给您。安全通知和您申请的链接始终通过电子邮件发送。
portal-finish-preferences-by-email = 在以下情况下给我发电子邮件
portal-finish-preferences-hint = 取消勾选不想通过电子邮件接收的内容：您仍可在这里看到它们。
portal-finish-preferences-delivery = 邮件发送方式
portal-finish-preferences-each = 每条消息发一封邮件
portal-finish-preferences-daily = 每天一封汇总邮件
portal-finish-preferences-saved = 您的选择已保存。
portal-finish-kind-application_submitted = 申请已提交（回执）
portal-finish-kind-application_eligible = 申请被认定符合资格
portal-finish-kind-application_ineligible = 申请被认定不符合资格
portal-finish-kind-application_awarded = 申请获得资助
portal-finish-kind-application_rejected = 申请被拒绝
portal-finish-kind-appeal_upheld = 申诉已裁决，原决定维持不变
portal-finish-kind-appeal_overturned = 申诉获得支持
portal-finish-kind-award_letter_ready = 资助函已准备好
portal-finish-kind-report_received = 办公室已收到报告
portal-finish-kind-disbursement_paid = 款项已支付
portal-finish-kind-sponsorship_approved = 差旅资助获得批准
portal-finish-kind-sponsorship_rejected = 差旅资助被拒绝
portal-finish-kind-sponsorship_waitlisted = 差旅资助进入候补名单
portal-finish-kind-sponsorship_promoted = 差旅资助从候补名单转为批准
portal-finish-kind-call_closing = 我有草稿的征集即将截止
portal-finish-kind-report_due = 报告即将到期
portal-finish-kind-appeal_window_closing = 申诉期限即将结束
portal-finish-kind-sponsorship_deadline = 某活动的资助申请即将截止
portal-finish-kind-invitation = 有人邀请我加入某个组织
portal-finish-kind-appeal_filed = 有人提出申诉
portal-finish-kind-review_assigned = 有申请分配给我评审
portal-finish-kind-conflict_declared = 评审人声明存在利益冲突
portal-finish-kind-award_accepted = 某组织接受了资助
portal-finish-kind-report_submitted = 某组织提交了报告
portal-finish-kind-disbursement_requested = 有人申请拨款
portal-finish-kind-diligence_match = 筛查发现可能与制裁名单匹配
portal-finish-kind-risk_second_approval = 风险评估需要第二次批准
portal-finish-kind-review_overdue = 评审已逾期
portal-finish-kind-diligence_expiring = 尽职调查即将到期
portal-finish-kind-disbursement_awaiting_approval = 拨款等待批准
