# 管理员页面：工作人员用户、制裁名单和发件箱。

staff-admin-role-officer = 项目官员
staff-admin-role-reviewer = 评审员
staff-admin-role-finance = 财务
staff-admin-role-admin = 管理员
staff-admin-role-applicant = 申请人

staff-users-title = 工作人员用户
staff-users-lead = 在办公室工作区工作的所有人，及其角色和登录方式。
staff-users-count = { $count ->
   *[other] { $count } 名工作人员用户
}
staff-users-col-name = 姓名
staff-users-col-email = 电子邮件地址
staff-users-col-roles = 角色
staff-users-col-status = 账户
staff-users-col-mfa = 两步验证登录
staff-users-col-last-sign-in = 上次登录
staff-users-active = 已启用
staff-users-deactivated = 已停用
staff-users-mfa-on = 已设置
staff-users-mfa-off = 未设置
staff-users-never = 没有记录
staff-users-invite-heading = 邀请工作人员
staff-users-invite-lead = 对方会收到一封电子邮件，其中有设置密码的链接。链接有效期为 7 天。
staff-users-field-name = 全名
staff-users-field-email = 电子邮件地址
staff-users-field-roles = 角色
staff-users-roles-hint = 选择对方需要的每个角色。
staff-users-invite-button = 发送邀请
staff-users-error-name = 请输入对方的全名
staff-users-error-email = 请输入格式正确的电子邮件地址，例如 name@example.org
staff-users-error-roles = 请至少选择一个角色
staff-users-done-invited = 邀请已发送，在送达之前保存在发件箱中。
staff-users-done-roles = 角色已更改。
staff-users-done-deactivated = 账户已停用，其所有会话均已结束。
staff-users-done-reactivated = 账户已重新启用，对方可用原密码再次登录。
staff-user-title = { $name }
staff-user-created = 账户创建时间
staff-user-roles-heading = 更改角色
staff-user-roles-button = 保存角色
staff-user-access-heading = 访问
staff-user-deactivate-lead = 已停用的账户无法登录，其所有会话会立即结束。
staff-user-deactivate-button = 停用账户
staff-user-reactivate-lead = 此账户已停用。重新启用后，对方可以再次登录。
staff-user-reactivate-button = 重新启用账户
staff-user-self-note = 您不能停用自己的账户，也不能取消自己的管理员角色：需由另一位管理员操作。这样办公室始终保留一位管理员。
staff-user-confirm-title = 停用 { $name } 的账户？
staff-user-confirm-lead = { $name } 将无法登录，其所有会话现在即结束。其记录和历史保持不变。管理员之后可以重新启用该账户。
staff-user-confirm-button = 是，停用账户
staff-user-cancel = 否，返回
staff-user-back = 返回工作人员用户
staff-user-error-self-deactivate = 您不能停用自己的账户：需由另一位管理员操作

staff-sanctions-title = 制裁名单
staff-sanctions-lead = 在尽职调查中，组织会与此名单进行比对。加载新名单会替换现行名单。
staff-sanctions-status = 状态
staff-sanctions-status-loaded = 已加载
staff-sanctions-status-none = 尚未加载名单：在加载之前，尽职调查无法比对组织。
staff-sanctions-list = 名单
staff-sanctions-source = 来源
staff-sanctions-source-value = 联合国安全理事会综合名单（XML）
staff-sanctions-generated = 来源发布时间
staff-sanctions-generated-unknown = 名单中未注明
staff-sanctions-imported = 加载时间
staff-sanctions-imported-by = 加载人
staff-sanctions-imported-by-system = 命令行或演示数据
staff-sanctions-entries = 条目数
staff-sanctions-upload-heading = 加载新名单
staff-sanctions-field-file = 名单文件
staff-sanctions-file-hint = 安全理事会发布的 XML 格式综合名单（CONSOLIDATED_LIST 文档）。
staff-sanctions-upload-button = 加载名单
staff-sanctions-error-file = 请选择名单的 XML 文件
staff-sanctions-error-unreadable = 该文件不是可读取的综合名单：{ $detail }。现行名单未作更改。
staff-sanctions-done-loaded = 新名单已加载。

staff-outbox-title = 发件箱
staff-outbox-lead = 办公室发送的电子邮件。发送失败的邮件可以重试。
staff-outbox-filter = 显示
staff-outbox-filter-all = 所有邮件
staff-outbox-filter-button = 筛选
staff-outbox-count = { $count ->
   *[other] { $count } 封邮件
}
staff-outbox-col-recipient = 收件人
staff-outbox-col-subject = 主题
staff-outbox-col-status = 状态
staff-outbox-col-attempts = 尝试次数
staff-outbox-col-created = 排队时间
staff-outbox-col-times = 下次尝试或发送时间
staff-outbox-col-action = 操作
staff-outbox-status-queued = 排队中
staff-outbox-status-sending = 发送中
staff-outbox-status-sent = 已发送
staff-outbox-status-failed = 失败
staff-outbox-status-in_app = 仅在应用内
staff-outbox-last-error = 最近错误：{ $error }
staff-outbox-retry-button = 重试
staff-outbox-none = 此列表中没有邮件。
staff-outbox-done-retried = 邮件已重新排队，将随下一批发送。
staff-outbox-more = 更早的邮件

outbox-retry-not-failed = 只有发送失败的邮件才能重试
outbox-retry-ended = 此邮件是有意未发送的（已过期或不再适用），因此无法重试
