# 门户的账户页面：使用第二因素登录、验证电子邮件地址、忘记密码、设置、会话和通知。

portal-nav-notifications = { $count ->
    [0] 通知
    [100] 通知（99+ 条未读）
   *[other] 通知（{ $count } 条未读）
}
portal-nav-settings = 设置
portal-go-to-account = 前往您的账户

portal-code-title = 输入安全验证码
portal-code-lead = 您的账户已启用两步登录。请打开身份验证器应用，输入它为 grantdesk 显示的验证码。
portal-field-code = 安全验证码
portal-field-code-hint = 应用显示的 6 位数字；如果手机不在身边，也可以输入一个恢复码。
portal-code-button = 继续
portal-code-start-again = 重新登录
portal-code-missing = 请输入身份验证器应用中的验证码
portal-code-wrong = 验证码错误或已被使用。请输入应用显示的最新验证码

portal-verify-title = 确认您的电子邮件地址
portal-verify-lead = 请确认这是您的电子邮件地址，以便办公室就您的申请与您联系。
portal-verify-button = 确认我的电子邮件地址
portal-verified-title = 电子邮件地址已确认
portal-verified-text = 谢谢。您的组织现在可以提交资助申请和差旅资助申请了。
portal-verify-banner-title = 确认您的电子邮件地址
portal-verify-banner-text = 我们已向 { $email } 发送了一个链接。请打开该链接确认您的地址：确认之前无法提交申请。
portal-verify-banner-resend = 给我发送新链接
portal-verify-sent-title = 我们已向您发送新链接
portal-verify-sent-text = 请查看您的邮箱并打开链接以确认地址。之前的链接已失效。该链接 7 天内有效。

portal-forgot-link = 忘记密码？
portal-forgot-title = 重置密码
portal-forgot-lead = 请输入您账户的电子邮件地址。我们会向您发送一个用于设置新密码的链接。
portal-forgot-button = 发送链接
portal-forgot-sent-title = 请查看您的邮箱
portal-forgot-sent-text = 如果有账户使用此地址，我们已向其发送设置新密码的链接。该链接 1 小时内有效。
portal-forgot-sent-later = 如果几分钟内没有收到，请查看垃圾邮件文件夹，或重新申请链接。
portal-reset-title = 设置新密码
portal-reset-button = 保存新密码
portal-reset-done-title = 您的密码已更改
portal-reset-done-text = 所有登录您账户的设备都已退出登录。请使用新密码登录。

portal-link-invalid-title = 此链接无效
portal-link-invalid-text = 邮件中的链接只能使用一次，并且只在有效期内可用。较新的链接也会取代之前的链接。
portal-link-invalid-verify = 请登录，并在账户页面申请新链接。
portal-link-invalid-reset = 请重新申请重置密码的链接。

portal-settings-title = 设置
portal-settings-change = 更改
portal-settings-back = 返回设置
portal-settings-save = 保存
portal-settings-language = 语言
portal-settings-language-missing = 请选择一种语言
portal-settings-email-verified = 已确认
portal-settings-email-unverified = 未确认
portal-settings-two-factor = 两步登录
portal-settings-two-factor-on = 已开启
portal-settings-two-factor-off = 未开启
portal-settings-done-language = 您的语言已保存。
portal-settings-done-password = 您的密码已更改，其他设备已退出登录。
portal-settings-done-two-factor-on = 两步登录已开启。
portal-settings-done-two-factor-off = 两步登录已关闭。
portal-settings-done-session-ended = 该会话已退出登录。
portal-settings-password-title = 更改密码
portal-settings-password-lead = 登录您账户的其他所有设备都将退出登录。
portal-settings-password-button = 更改密码
portal-settings-password-wrong = 请输入当前密码
portal-field-current-password = 当前密码
portal-settings-sessions = 您的登录位置
portal-settings-sessions-lead = 如果有您不认识的会话，请将其退出并更改密码。
portal-settings-session-kind = 会话
portal-settings-session-client = 网络地址
portal-settings-session-started = 登录时间
portal-settings-session-used = 最近使用
portal-settings-session-action = 操作
portal-settings-session-browser = 网页浏览器
portal-settings-session-api = 程序（API）
portal-settings-session-current = 当前浏览器
portal-settings-session-end = 退出登录

portal-two-factor-title = 两步登录
portal-two-factor-required = 您的角色要求使用两步登录。请先完成设置再继续。
portal-two-factor-off-lead = 开启两步登录后，仅凭被盗的密码无法登录您的账户：您还需要输入手机上身份验证器应用提供的验证码。
portal-two-factor-enrol-button = 设置两步登录
portal-two-factor-step-app = 如果还没有身份验证器应用，请在手机上安装一个。
portal-two-factor-step-scan = 用该应用扫描此二维码。
portal-two-factor-qr-label = 用身份验证器应用扫描的二维码
portal-two-factor-step-type = 如果无法扫描，请在应用中输入以下密钥：
portal-two-factor-step-code = 输入应用显示的 6 位验证码。
portal-field-app-code = 应用中的验证码
portal-field-app-code-hint = 6 位数字，例如 123456。
portal-two-factor-confirm-button = 开启两步登录
portal-two-factor-on-lead = 登录时，输入密码后还需输入身份验证器应用中的验证码。
portal-two-factor-disable-title = 关闭两步登录
portal-two-factor-disable-button = 关闭两步登录
portal-recovery-title = 两步登录已开启
portal-recovery-lead = 请将这些恢复码保存在安全的地方。如果手机丢失，每个恢复码可用于登录一次。
portal-recovery-once = 恢复码只显示这一次。
portal-recovery-continue = 我已保存恢复码

portal-notifications-title = 通知
portal-notifications-unread = { $count ->
    [0] 您没有未读通知。
    [100] 您有超过 99 条未读通知。
   *[other] 您有 { $count } 条未读通知。
}
portal-notifications-new = 未读
portal-notifications-mark-read = 标记为已读
portal-notifications-none = 您还没有任何通知。
portal-notifications-pages = 通知分页
portal-notifications-newer = 较新的通知
portal-notifications-older = 较早的通知
portal-dashboard-unread = { $count ->
   *[other] 您有 { $count } 条未读通知
}

portal-members-title = 成员
portal-members-since = 加入时间
portal-members-waiting = 等待答复的邀请
portal-members-expires = 有效期至
portal-members-invite-title = 邀请他人
portal-members-invite-hint = 我们会通过电子邮件发送邀请。对方使用此地址登录后即可接受。
portal-members-invite-button = 发送邀请
portal-members-invited = 邀请已发送。
