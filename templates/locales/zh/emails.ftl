# 电子邮件与应用内通知：称呼、事件说明、相关信息（标签：内容）、落款。

email-greeting = { $name }，您好：
email-signoff =
    此致
    敬礼
    赠款办公室

## 信息标签

email-label-reference = 编号
email-label-requested = 申请金额
email-label-summary = 摘要
email-label-answers = 已回答的问题
email-label-failed-criteria = 未满足的标准
email-label-reasons = 理由
email-label-amount = 金额
email-label-next-step = 下一步
email-label-deadline = 截止时间
email-label-grounds = 申诉理由
email-label-report = 报告
email-label-payment-reference = 付款编号
email-label-paid-on = 付款日期
email-label-matches = 可能的匹配
email-label-event = 活动
email-label-entitlement = 应付金额
email-label-appeal = 申诉

## 下一步

email-next-accept-award = 请在 grantdesk 中阅读赠款函并接受其条款。
email-next-appeal = 如有异议，您可在 { $days } 天内就此决定提出申诉，并说明理由。
email-next-wait-review = 评审专家将开始评审该申请，决定结果将另行通知。
email-next-approve = 申请人不能自行批准：须由另一名财务人员批准。
email-next-adjudicate = 每个可能的匹配都需由项目官员作出判断：仅姓名相同绝不构成拒绝的理由。

## 通知

email-application-submitted-subject = 已收到申请：{ $title }
email-application-submitted-body = 我们已收到您的申请“{ $title }”。本邮件即为回执，以下是您所提交内容的摘要。
email-application-eligible-subject = 申请符合资格：{ $title }
email-application-eligible-body = 您的申请“{ $title }”符合本次征集的资格标准，将进入评审阶段。
email-application-ineligible-subject = 申请不符合资格：{ $title }
email-application-ineligible-body = 您的申请“{ $title }”不符合本次征集的资格标准，理由如下。
email-application-awarded-subject = 已获赠款：{ $title }
email-application-awarded-body = 我们很高兴地通知您，您的申请“{ $title }”已获批赠款。决定理由如下，赠款函将随后发出。
email-application-rejected-subject = 关于您申请的决定：{ $title }
email-application-rejected-body = 很遗憾地通知您，您的申请“{ $title }”未获选，理由如下。
email-appeal-filed-subject = 已提出申诉：{ $title }
email-appeal-filed-body = 申请方已就“{ $title }”的决定提出申诉。申诉将由作出原决定者以外的另一名官员处理。
email-appeal-upheld-subject = 申诉结果：{ $title }
email-appeal-upheld-body = 您就“{ $title }”提出的申诉已经审议，原决定维持不变，理由如下。
email-appeal-overturned-subject = 申诉成立：{ $title }
email-appeal-overturned-body = 您就“{ $title }”提出的申诉成立：该申请将重新进入评审。
email-review-assigned-subject = 新的待评审申请：{ $title }
email-review-assigned-body = 请您评审申请“{ $title }”。如存在利益冲突，请在继续阅读前申报。
email-conflict-declared-subject = 已申报利益冲突：{ $title }
email-conflict-declared-body = 一名评审专家已就“{ $title }”申报利益冲突，不再参与评审：需要另行指派评审专家。
email-award-letter-ready-subject = 您的赠款函已备妥：{ $title }
email-award-letter-ready-body = 赠款 { $title } 及其赠款函已备妥。贵组织接受条款后，赠款即告生效。
email-award-accepted-subject = 赠款已接受：{ $title }
email-award-accepted-body = 该组织已接受赠款 { $title } 的条款，赠款现已生效。
email-report-submitted-subject = 已提交报告：{ $title }
email-report-submitted-body = 该组织已提交赠款 { $title } 的报告，等待接收。
email-report-received-subject = 报告已接收：{ $title }
email-report-received-body = 办公室已接收您关于赠款 { $title } 的报告。谢谢。
email-disbursement-requested-subject = 待批准的付款：{ $title }
email-disbursement-requested-body = 已有一笔 { $title } 的付款申请，等待批准。
email-disbursement-paid-subject = 已付款：{ $title }
email-disbursement-paid-body = 一笔 { $title } 的款项已支付给贵组织。
email-diligence-match-subject = 待判定的制裁筛查结果：{ $title }
email-diligence-match-body = 将“{ $title }”与联合国安全理事会综合制裁名单比对后，发现了可能的匹配。
email-risk-second-approval-subject = 需要第二次批准：{ $title }
email-risk-second-approval-body = “{ $title }”的“不造成伤害”风险评估显示剩余风险较高，已获第一次批准，还需另一名官员批准。
email-sponsorship-approved-subject = 资助已批准：{ $title }
email-sponsorship-approved-body = { $title } 的资助申请已获批准。资助函及签证支持函现可下载。
email-sponsorship-rejected-subject = 资助未获批准：{ $title }
email-sponsorship-rejected-body = { $title } 的资助申请未获批准，理由如下。
email-sponsorship-waitlisted-subject = 资助申请已列入候补名单：{ $title }
email-sponsorship-waitlisted-body = { $title } 的资助申请已列入候补名单：如预算有余额，将予以批准。
email-sponsorship-promoted-subject = 候补资助申请已获批准：{ $title }
email-sponsorship-promoted-body = 预算出现余额：{ $title } 的资助申请已获批准。

## 每日摘要

email-digest-subject = 您有 { $count } 条通知待处理
email-digest-body = 自上次摘要以来，有 { $count } 项事务需要您处理：

## 提醒与账户消息

email-regards = 此致敬礼，
email-call-closing-subject = 提醒：征集“{ $title }”将于 { $due } 截止
email-call-closing-body = 贵组织在征集“{ $title }”中有一份申请草稿，该征集将于 { $due } 截止。届时仍未提交的草稿将不予考虑。
email-review-overdue-subject = 您对“{ $title }”的评审已逾期
email-review-overdue-body = 您于 { $due } 受托评审申请“{ $title }”，我们尚未收到您的评分。请提交评审意见；如无法评审，请申报利益冲突。
email-report-due-subject = 报告截止日期 { $due }：{ $title }
email-report-due-body = “{ $title }”应于 { $due } 提交。与该报告挂钩的各期款项将在收到报告后支付。
email-diligence-expiring-subject = { $title } 的尽职调查将于 { $due } 到期
email-diligence-expiring-body = { $title } 的尽职调查评估有效期至 { $due }。此后在完成新的评估之前，不得向该组织发放赠款。
email-disbursement-awaiting-approval-subject = 一笔拨款等待您批准：{ $title }
email-disbursement-awaiting-approval-body = 一笔拨款（{ $title }）于 { $due } 提出申请，仍在等待另一名财务人员批准。
email-appeal-window-closing-subject = “{ $title }”的申诉期将于 { $due } 结束
email-appeal-window-closing-body = 对您的申请“{ $title }”所作的决定（或资格审查结论）可在 { $due } 前提出申诉。此后该决定即为最终决定。
email-sponsorship-deadline-subject = “{ $title }”的资助申请将于 { $due } 截止
email-sponsorship-deadline-body = 贵组织有一份前往“{ $title }”的差旅资助申请草稿。申请将于 { $due } 截止，届时仍未提交的草稿将不予考虑。
email-invitation-subject = 邀请您在 grantdesk 上加入 { $title }
email-invitation-body = { $title } 的一名成员邀请您在 grantdesk 上加入该组织，组织成员在这里共同申请赠款并提交报告。
email-invitation-after = 邀请将于 { $due } 失效。如您不认识该组织，请拒绝邀请或忽略本邮件：在您接受之前，一切不会改变。
email-password-reset-subject = 重置您的 grantdesk 密码
email-password-reset-body = 有人申请重置您 grantdesk 账户的密码。如果是您本人，请在此设置新密码：
email-password-reset-after = 该链接仅可使用一次，有效期至 { $due }。如非本人申请，请忽略本邮件，您的密码保持不变。
email-set-password-subject = 您的 grantdesk 账户：请设置密码
email-set-password-body = { $office } 的管理员已为您创建 grantdesk 账户。请在此设置密码：
email-set-password-after = 该链接仅可使用一次，有效期至 { $due }。如您并未预期此账户，请告知办公室。
email-verify-email-subject = 确认您在 grantdesk 的电子邮件地址
email-verify-email-body = 请确认这是您的电子邮件地址，以便 { $office } 就您的申请与您联系：
email-verify-email-after = 该链接有效期至 { $due }。如您并未申请 grantdesk 账户，请忽略本邮件。
email-security-notice-subject = 安全通知：{ $title }
email-security-notice-when = 时间：{ $due }。
email-security-notice-after = 如果是您本人操作，则无需处理。如果不是，请立即重置密码并告知 { $office }。
