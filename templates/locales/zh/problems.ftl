# 问题：每个 problem+json 回答的 `title`，以及代码未给出自有目录消息时的 `detail`；
# 其后是出错字段的消息。

problem-unauthorized-title = 需要登录
problem-unauthorized-description = 未提供有效的访问令牌，或令牌已过期，或凭据不正确。

problem-forbidden-title = 禁止访问
problem-forbidden-description = 您已登录，但您的角色或成员身份不允许执行此操作。

problem-not-found-title = 未找到
problem-not-found-description = 该资源不存在，或您无权知道它是否存在。

problem-malformed-request-title = 请求无法读取
problem-malformed-request-description = 无法读取请求：JSON 格式错误、缺少 JSON 内容类型、路径参数无效，或该路径不允许此方法。

problem-validation-title = 请求无效
problem-validation-description = 一个或多个字段缺失或无效；`errors` 列出每个字段及其 JSON 路径。

problem-payload-too-large-title = 请求正文过大
problem-payload-too-large-description = 请求正文超过 1 MiB。

problem-too-many-requests-title = 请求过多
problem-too-many-requests-description = 短时间内尝试次数过多；`Retry-After` 说明何时可以重试。

problem-internal-title = 内部错误
problem-internal-description = 服务出错；原因已连同请求编号记入日志，不会显示。

problem-duplicate-title = 已存在
problem-duplicate-description = 已存在具有相同唯一值的记录。

problem-concurrent-change-title = 期间已被修改
problem-concurrent-change-description = 记录在读取与写入之间发生了变化；请重新加载后再试。

problem-publication-consent-required-title = 需要成员同意
problem-publication-consent-required-description = 只有该组织的成员才能同意完整公开其赠款；项目官员设定较低的公开级别。
problem-publication-consent-required-detail = 只有该组织的成员才能同意完整公开；项目官员可以设定 `anonymised`、`region_only` 或 `withheld`

problem-publication-lowered-by-officer-title = 公开级别已由项目官员降低
problem-publication-lowered-by-officer-description = 为保护组织安全，项目官员降低了其公开政策；只有项目官员才能再次提高。
problem-publication-lowered-by-officer-detail = 为保护组织安全，项目官员已将公开政策设为 `{ $policy }`；请先请项目官员提高，再同意更多公开

problem-invalid-transition-title = 当前状态下无法执行
problem-invalid-transition-description = 记录的当前状态不允许此操作；须先完成另一步骤。

problem-already-appealed-title = 已提出申诉
problem-already-appealed-description = 该决定或认定已被申诉过一次。

problem-already-assigned-title = 评审人已分配
problem-already-assigned-description = 该评审人已被分配到此申请。

problem-already-member-title = 已是成员
problem-already-member-description = 该账户已是本组织的成员。

problem-appeal-resolved-title = 申诉已处理
problem-appeal-resolved-description = 该申诉已被驳回或支持。

problem-appeal-window-closed-title = 申诉期已过
problem-appeal-window-closed-description = 申诉是在征集的申诉期结束后提出的。

problem-appeal-window-open-title = 申诉期尚未结束
problem-appeal-window-open-description = 申请人仍可申诉时，征集不能结案。

problem-application-not-draft-title = 申请已提交
problem-application-not-draft-description = 申请仅在草稿状态下可以修改。

problem-approval-refused-title = 不予批准
problem-approval-refused-description = 不允许批准：批准人不是第二位项目官员，或评估尚未就绪。

problem-assessment-completed-title = 评估已完成
problem-assessment-completed-description = 已完成的尽职调查评估不能更改；请新开一项评估。

problem-assessment-incomplete-title = 评估未完成
problem-assessment-incomplete-description = 清单项目、筛查或匹配裁定尚有缺失时，尽职调查评估不能完成。

problem-assessment-open-title = 已有进行中的评估
problem-assessment-open-description = 该组织已有一项进行中的尽职调查评估。

problem-award-not-active-title = 资助未生效
problem-award-not-active-description = 只有已接受且未完成、未终止的资助才能付款。

problem-award-not-finished-title = 资助尚未完结
problem-award-not-finished-description = 只有款项全部支付且报告全部收到后，资助才能完结。

problem-award-preconditions-title = 未满足资助条件
problem-award-preconditions-description = 资助需要有效的尽职调查，以及已批准且低于“严重”级别的“不造成伤害”风险评估。

problem-budget-exceeded-title = 超出预算
problem-budget-exceeded-description = 该资助或赞助将使征集或活动的总额超过其预算上限。

problem-call-cancelled-title = 征集已取消
problem-call-cancelled-description = 该征集已取消；其申请已关闭。

problem-call-closed-title = 征集已截止
problem-call-closed-description = 申请是在征集截止之后创建或提交的。

problem-call-closes-in-past-title = 截止时间已过
problem-call-closes-in-past-description = 截止时间已过的征集不能发布。

problem-call-decided-title = 征集已结案
problem-call-decided-description = 该征集已结案；其申诉已关闭。

problem-call-not-draft-title = 征集不是草稿
problem-call-not-draft-description = 只有草稿状态的征集可以修改。

problem-call-not-open-title = 征集未开放
problem-call-not-open-description = 该征集在当前状态下不接受申请。

problem-call-not-settled-title = 征集尚未处理完毕
problem-call-not-settled-description = 仍有待处理的申请时，征集不能结案。

problem-call-not-yet-open-title = 征集尚未开放
problem-call-not-yet-open-description = 该征集稍后才开放提交。

problem-condition-not-met-title = 分期付款条件未满足
problem-condition-not-met-description = 该期款项的条件（如已收到报告）尚未满足；批准人可说明理由后予以豁免。

problem-conflict-of-interest-title = 利益冲突
problem-conflict-of-interest-description = 该评审人已声明利益冲突，或是申请组织的成员。

problem-deadline-passed-title = 已过截止日期
problem-deadline-passed-description = 该活动的赞助申请已于截止日期关闭。

problem-disbursement-ceiling-title = 超过上限
problem-disbursement-ceiling-description = 该笔拨款将使已申请、已批准和已支付的金额超过资助、分期或赞助的上限。

problem-duplicate-traveller-title = 该出行人已有申请
problem-duplicate-traveller-description = 该出行人已有本活动的赞助申请。

problem-email-taken-title = 邮箱已被使用
problem-email-taken-description = 已存在使用此电子邮箱的账户。

problem-email-unverified-title = 邮箱未验证
problem-email-unverified-description = 账户的电子邮箱尚未验证；请点击发送到该邮箱的链接，或通过 `POST /api/v1/auth/verify-email/resend` 重新获取链接。

problem-email-verified-title = 邮箱已验证
problem-email-verified-description = 账户的电子邮箱已经验证，无需再次确认。

problem-event-not-open-title = 活动未开放
problem-event-not-open-description = 该活动在当前状态下不接受赞助申请。

problem-invitation-closed-title = 邀请已失效
problem-invitation-closed-description = 该邀请已被接受、拒绝或撤销，或已过期；成员可重新发送邀请。

problem-letter-unavailable-title = 信函不可用
problem-letter-unavailable-description = 只有资助或赞助达到相应状态后才会出具信函。

problem-link-invalid-title = 链接无效
problem-link-invalid-description = 邮件中的链接无法识别、已被使用（或已被更新的链接取代）或已过期；请重新获取。

problem-mfa-enabled-title = 双重验证已开启
problem-mfa-enabled-description = 双重验证已经开启；如需重新注册，请先用当前验证码将其关闭。

problem-mfa-not-enabled-title = 双重验证未开启
problem-mfa-not-enabled-description = 双重验证未开启（或尚未开始注册）；请先通过 `POST /api/v1/me/mfa/totp` 注册。

problem-mfa-required-title = 需要双重验证
problem-mfa-required-description = 调用者的角色要求双重验证；在完成注册之前，只能查看自己的账户并进行注册。

problem-no-reviews-title = 尚无评审
problem-no-reviews-description = 尚未提交任何评审；请在收到第一份评审后再作决定，或说明豁免理由。

problem-no-sanctions-list-title = 尚无制裁名单
problem-no-sanctions-list-description = 尚未导入制裁名单；须先由管理员导入。

problem-not-ready-for-review-title = 尚不能评审
problem-not-ready-for-review-description = 只有符合资格的申请才会分配评审人。

problem-not-yet-travelled-title = 尚未出行
problem-not-yet-travelled-description = 出席须在出行人抵达之日或之后确认。

problem-nothing-to-appeal-title = 无可申诉事项
problem-nothing-to-appeal-description = 只有拒绝决定或不符合资格的认定可以申诉。

problem-nothing-to-reclaim-title = 无需追回
problem-nothing-to-reclaim-description = 该组织无需就此项赞助退还任何款项。

problem-payment-approved-title = 付款已批准
problem-payment-approved-description = 有一笔付款已批准；须先由财务部门支付或取消。

problem-payments-in-flight-title = 付款处理中
problem-payments-in-flight-description = 有已申请或已批准的付款；须先由财务部门支付或取消。

problem-refund-recorded-title = 退款已登记
problem-refund-recorded-description = 该赞助的退款已登记。

problem-rescreening-required-title = 需要重新筛查
problem-rescreening-required-description = 自尽职调查以来，该组织被筛查的名称已变更，或现行制裁名单发现了未裁定的匹配；须由项目官员重新筛查。

problem-review-frozen-title = 评审已冻结
problem-review-frozen-description = 评审已提交（最终），或该申请已有决定，因此不再变更，除非项目官员在申诉后重新开启。

problem-risk-approved-title = 风险评估已批准
problem-risk-approved-description = 已批准的风险评估不能再更改。

problem-risk-assessment-exists-title = 风险评估已存在
problem-risk-assessment-exists-description = 该申请或赞助已有风险评估。

problem-risk-gate-title = 风险未解除
problem-risk-gate-description = “不造成伤害”风险评估未获批准，或其剩余风险阻止此操作。

problem-screening-outdated-title = 筛查已过时
problem-screening-outdated-description = 自筛查以来，该组织的名称或成员、或制裁名单已有变化；请重新筛查。

problem-sponsorship-not-payable-title = 赞助不可付款
problem-sponsorship-not-payable-description = 只有已批准、已出行或已核对且风险已解除的赞助才能付款。

problem-file-too-large-title = 文件过大
problem-file-too-large-description = 上传的文件超过单个文件的大小上限，或会使其申请超出总上限；详情中注明了上限。

problem-unsupported-file-type-title = 不接受的文件类型
problem-unsupported-file-type-description = 无论文件名如何，上传文件的内容都不是 PDF、PNG、JPEG、DOCX、XLSX、ODT、ODS、CSV 或纯文本，或者文件为空。

problem-document-locked-title = 文件已锁定
problem-document-locked-description = 仅在其所属对象仍可更改时才能添加或删除文件（申请在草稿阶段，资助在结算之前）。

problem-form-frozen-title = 表单已冻结
problem-form-frozen-description = 征集的表单只能在征集为草稿时更改；征集开放后，官员只能在现有问题之后添加可选问题。

## 通用问题的详情。

problem-validation-request = 请求无效：{ $reason }
problem-validation-one-field = 1 个字段无效：{ $field }
problem-validation-fields = { $count } 个字段无效：{ $fields }
problem-payload-too-large-detail = 请求正文超过 1 MiB
problem-internal-detail = 服务出错；错误已记入日志

## 出错字段的消息（`errors[].message`）。

field-required = 此字段为必填项
field-unknown = 不是此请求的字段；可用字段为：{ $fields }
field-one-of = 必须是以下之一：{ $values }
field-not-blank = 不能为空
field-too-long = 不能超过 { $max } 个字符
field-amount = 必须是以字符串书写的金额，例如 "15000.00"
field-text = 必须是用双引号括起的文本
field-boolean = 必须是 true 或 false
field-integer = 必须是整数
field-number = 必须是数字
field-list = 必须是用方括号括起的列表
field-object = 必须是用花括号括起的对象
field-null = 必须省略或为 null
field-date = 必须是 YYYY-MM-DD 格式的日期，例如 "2027-03-31"
field-date-time = 必须是带时区偏移的时间点，例如 "2027-03-31T17:00:00Z"
field-uuid = 必须是标识符（UUID），例如 "6f1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b"
field-documented-format = 必须是符合文档格式的文本
field-no-nul = 不能包含 NUL 字符
field-whole-number-range = 必须是 { $low } 到 { $high } 之间的整数
request-no-nul = 文本不能包含 NUL 字符（\u0000）

## 具体情况的冲突详情。

conflict-call-not-yet-open = 征集将于 { $opens_at } 开放提交
conflict-call-closed = 征集已于 { $closes_at } 截止；此后不再接受提交
conflict-appeal-window-closed = 申诉期已于 { $deadline } 结束
conflict-deadline-passed = 申请已于 { $deadline } 截止
