# 网站门户页面（`templates/portal/`）。

portal-product = grantdesk
portal-skip-to-content = 跳到主要内容
portal-nav-label = 主菜单
portal-nav-calls = 资助征集
portal-nav-dashboard = 我的账户
portal-nav-sign-out = 退出登录
portal-nav-sign-in = 登录
portal-nav-register = 创建账户
portal-languages-label = 语言
portal-language-en = English
portal-language-fr = Français
portal-language-es = Español
portal-language-ar = العربية
portal-language-ru = Русский
portal-language-zh = 中文
portal-footer-office = 由{ $office }运营。
portal-footer-api = 开发者 API
portal-local-time = 您的当地时间：
portal-back-home = 返回首页

portal-error-summary-title = 出现问题
portal-error-prefix = 错误：
portal-error-title-prefix = 错误：
portal-not-found-title = 找不到该页面
portal-not-found-detail = 如果地址是您输入的，请检查是否正确。如果您是通过链接进入的，该链接可能已过期，或者您无权访问。

portal-home-title = 面向公民社会的资助
portal-home-lead = 查找适合贵组织工作的资助征集，或申请参加会议的差旅资助。
portal-home-open-calls = { $count ->
   *[other] { $count } 个征集正在接受申请
}
portal-home-no-open-calls = 目前没有正在接受申请的征集，请稍后再来。
portal-home-events = { $count ->
   *[other] { $count } 个活动正在接受差旅资助申请
}
portal-home-no-events = 目前没有活动接受差旅资助申请。
portal-event-requests-close = 申请截止

portal-call-caption = 资助征集
portal-call-open = 开放中
portal-call-not-accepting = 不接受申请
portal-call-closed-at = 申请已于以下时间截止
portal-call-grant-range = 资助金额
portal-call-budget = 总预算
portal-call-themes = 主题
portal-call-opens = 开始时间
portal-call-closes = 截止时间
portal-call-appeal-window = 申诉
portal-call-appeal-days = { $days ->
   *[other] 决定作出后 { $days } 天内
}
portal-call-review = 评审
portal-call-blind-review = 评审人看不到申请方是谁。
portal-call-open-review = 评审人可以看到组织名称。
portal-call-eligibility = 申请资格
portal-call-scoring = 申请如何评分
portal-call-rubric-caption = 评分标准及权重
portal-call-criterion = 标准
portal-call-weight = 权重
portal-call-scale = 分值

portal-sign-in-title = 登录
portal-sign-in-button = 登录
portal-sign-in-no-account = 还没有账户？
portal-sign-in-wrong = 请输入正确的电子邮箱和密码
portal-field-email = 电子邮箱
portal-field-email-hint = 我们只会用它通知您申请的进展。
portal-field-password = 密码
portal-field-new-password = 设置密码
portal-field-password-hint = 至少 10 个字符。几个好记的词既容易输入，又难以被猜到。
portal-field-full-name = 姓名

portal-register-title = 创建账户
portal-register-lead = 创建账户后，即可代表贵组织申请资助或差旅资助。
portal-register-button = 创建账户
portal-register-error-full-name = 请输入您的姓名
portal-register-error-email = 请按正确格式输入电子邮箱，例如 name@example.org
portal-register-error-password = 请输入至少 10 个字符的密码

portal-dashboard-title = 我的账户
portal-dashboard-organisations = 我的组织
portal-dashboard-no-organisations = 您还不是任何组织的成员。
portal-dashboard-applications = 我的申请
portal-dashboard-application = 申请
portal-dashboard-status = 状态
portal-dashboard-next = 下一步
portal-dashboard-no-applications = 您还没有任何申请。
portal-dashboard-find-calls = 查找资助征集

portal-status-draft = 草稿
portal-status-submitted = 已提交
portal-status-eligible = 符合资格
portal-status-ineligible = 不符合资格
portal-status-under-review = 评审中
portal-status-awarded = 已获资助
portal-status-rejected = 未获资助
portal-status-withdrawn = 已撤回
portal-status-appealed = 申诉处理中
portal-next-draft = 请在征集截止前完成回答并提交。
portal-next-submitted = 我们将核实贵组织是否符合资格。
portal-next-eligible = 评审人将为您的申请评分。
portal-next-ineligible = 在申诉期内，您可以提出申诉。
portal-next-under-review = 评审人正在为您的申请评分，我们会通知您结果。
portal-next-awarded = 请阅读并接受资助函。
portal-next-rejected = 在申诉期内，您可以提出申诉。
portal-next-withdrawn = 此申请不会再有后续处理。
portal-next-appealed = 一位未参与决定的官员正在审理您的申诉。

portal-instant = { $year }年{ $month }{ $day }日 { $time }（UTC）
portal-date = { $year }年{ $month }{ $day }日
portal-month-1 = 1月
portal-month-2 = 2月
portal-month-3 = 3月
portal-month-4 = 4月
portal-month-5 = 5月
portal-month-6 = 6月
portal-month-7 = 7月
portal-month-8 = 8月
portal-month-9 = 9月
portal-month-10 = 10月
portal-month-11 = 11月
portal-month-12 = 12月

portal-theme-gender = 性别平等
portal-theme-youth = 青年
portal-theme-human-rights = 人权
portal-theme-pillar1-conditions-conducive = 第一支柱：消除有利于恐怖主义蔓延的条件
portal-theme-pillar2-preventing-combating = 第二支柱：防止和打击恐怖主义
portal-theme-pillar3-capacity-building = 第三支柱：建设国家能力
portal-theme-pillar4-human-rights-rule-of-law = 第四支柱：人权与法治
portal-list-separator = {"、"}
