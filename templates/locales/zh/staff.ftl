# The staff workspace's shell: its navigation, home page and sections.

staff-nav-workspace = 工作台
staff-home-title = 您的工作台
staff-home-lead = 按您的角色分配的工作，每项任务一个栏目。
staff-chart-data = 显示数据

staff-section-reviews = 评审
staff-section-reviews-summary = 分配给您的申请：按评分标准打分，或申报利益冲突。
staff-section-calls = 资助征集
staff-section-calls-summary = 起草、发布和关闭征集，构建申请表，并跟踪每个征集的进展。
staff-section-screening = 资格审查
staff-section-screening-summary = 等待资格审查结论的已提交申请，以及评审人的分配。
staff-section-appeals = 申诉
staff-section-appeals-summary = 针对决定的申诉，由未作出该决定的官员处理。
staff-section-diligence = 尽职调查
staff-section-diligence-summary = 核查清单、证明材料、制裁名单匹配结果及其裁定。
staff-section-risk = 风险评估
staff-section-risk-summary = 按可能性和影响评估的伤害风险，附热力图和审批。
staff-section-events = 活动与差旅
staff-section-events-summary = 活动、资助申请、差旅预算以及参与者的代表性。
staff-section-payments = 付款
staff-section-payments-summary = 待申请、审批和支付的款项，每笔均由两人经手。
staff-section-reports = 财务报表
staff-section-reports-summary = 拨款报表和付款台账，可在页面查看或下载 CSV 和 XLSX。
staff-section-audit = 审计记录
staff-section-audit-summary = 任何记录由谁在何时做了什么，以及审计链是否完整。
staff-section-users = 用户
staff-section-users-summary = 工作人员账户：邀请、角色、停用和双重验证状态。
staff-section-sanctions = 制裁名单
staff-section-sanctions-summary = 每份名单的加载时间、条目数量，以及加载新名单。
staff-section-outbox = 发件箱
staff-section-outbox-summary = 办公室发送的电子邮件及其状态，以及失败邮件的重试。
staff-dashboard-for-staff = 您以工作人员身份登录：您的工作在工作台中进行。各组织的申请、资助和差旅申请在那里列出，而不在此处。
staff-back-to-workspace = 返回工作台
