# 服务过去在代码里用英文写的文字：安全通知、通过电子邮件发送的链接和邀请、提醒和通知的标题与说明。

## 安全通知：变更的简短名称（主题为“安全通知：……”）和一句说明。
notice-password-changed = 密码已更改
notice-password-changed-by-link = 您的 grantdesk 账户密码已通过发送到此地址的链接更改，所有会话均已退出。
notice-password-changed-signed-in = 您的 grantdesk 账户密码已由登录该账户的人更改，所有会话均已退出。
notice-email-changed = 电子邮件地址已更改
notice-email-changed-detail = 您的 grantdesk 账户的电子邮件地址已从 { $before } 改为 { $after }。
notice-email-change-requested = 已申请更改电子邮件地址
notice-email-change-requested-detail = 有人登录您的 grantdesk 账户后申请将电子邮件地址改为 { $email }。只有打开发送到该地址的链接后才会更改。
notice-mfa-on = 已开启两步登录
notice-mfa-on-detail = 您的 grantdesk 账户已开启两步登录。
notice-mfa-off = 已关闭两步登录
notice-mfa-off-detail = 您的 grantdesk 账户已关闭两步登录。
notice-new-sign-in = 新的登录
notice-new-sign-in-detail = 有人从新的客户端（{ $client }）登录了您的 grantdesk 账户。

## 通过电子邮件发送的链接（重置密码、设置首个密码、验证地址）。
notice-link-detail =
    { $link }
    （程序以 POST 请求将令牌发送到 { $endpoint }。）

## 通知中对资助项下应交报告的称呼。
notice-report-label = 第 { $number } 份{ $kind ->
        [interim_narrative] 中期叙述报告
        [interim_financial] 中期财务报告
        [final_narrative] 最终叙述报告
       *[final_financial] 最终财务报告
    }

## 提醒。
reminder-report-title = 资助 { $award } 的{ $kind ->
        [interim_narrative] 中期叙述报告
        [interim_financial] 中期财务报告
        [final_narrative] 最终叙述报告
       *[final_financial] 最终财务报告
    }
reminder-report-detail = 请在 grantdesk 的资助页面提交。
reminder-appeal-detail = 申诉需说明应当复核该决定的理由。
reminder-disbursement-title = 付给 { $payee } 的 { $amount }
reminder-disbursement-detail = 申请人不能自行批准：每笔付款都须经两人审核。

## 账户字段的提示。
field-email-invalid = 不是有效的电子邮件地址
field-password-short = 至少需要 { $min } 个字符
field-password-long = 最多 { $max } 个字符
