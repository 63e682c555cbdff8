# 服务和规则的拒绝理由，页面以读者的语言显示（API 以英文给出）：记录期间已被修改、
# “不造成伤害”的把关、付款上限。金额（$adding、$ceiling、$left）连同币种一并写好传入。

refused-changed-request = 该申请期间已被修改：请重新加载后再试
refused-changed-risk-assessment = 该风险评估期间已被修改：请重新加载后再试
refused-changed-disbursement = 该付款期间已被修改；请重新加载后再试
refused-changed-call = 该征集期间已被修改；请重新加载后再试
refused-changed-assessment = 该评估期间已被修改；请重新加载后再试
refused-changed-event = 该活动期间已被修改：请重新加载后再试
refused-changed-award = 该资助期间已被修改；请重新加载后再试
refused-changed-report = 该报告期间已被修改；请重新加载后再试
refused-changed-organisation = 该组织期间已被修改；请重新加载后再试
refused-changed-application = 该资助申请期间已被修改；请重新加载后再试

refused-risk-already-approved = 该风险评估已获批准：没有需要再批准的内容
refused-risk-second-officer = 较高的剩余风险需要另一位不同的官员批准：请让另一位官员批准
refused-trip-risk-not-approved = 该行程的“不造成伤害”风险评估尚未获批准：须先由官员批准
refused-trip-risk-critical = 该行程的“不造成伤害”剩余风险为严重，因此不能赞助
refused-trip-no-receipt = 确认行程前，请至少上传一张机票、登机牌或收据

refused-ceiling-advance = 预付款（应得金额的 { $percent }%；余款在确认出席后支付）
refused-ceiling-entitlement = 应得金额
refused-ceiling-reconciled = 已核对的实际费用
refused-ceiling-award = 资助
refused-ceiling-tranche = 第 { $number } 期
refused-over-ceiling = { $adding } 将使付款超过{ $what }的上限 { $ceiling }；尚余 { $left }
refused-sponsorship-not-payable = 状态为“{ $status ->
        [draft] 草稿
        [submitted] 已发送
        [approved] 已批准
        [rejected] 未获批准
        [waitlisted] 候补中
        [travelled] 已确认出席
        [reconciled] 已结清
       *[other] 已取消
    }”的赞助不予支付：预付款在批准后支付，余款在确认出席后支付
refused-award-pending-acceptance = 该资助正等待接受：组织成员接受其条款后才会付款
refused-award-completed = 该资助已完成：不再有任何付款
refused-award-terminated = 该资助已终止：不再有任何付款

decision-over-any-budget = 此项资助将使该征集的资助超出任何预算上限 { $ceiling }
decision-over-budget = 该征集的资助合计将达 { $total }，超出其预算上限 { $ceiling }；最多还可资助 { $left }
decision-amount-over-request = 不得超过申请金额 { $limit }
decision-amount-under-minimum = 不得低于该征集的最低资助额 { $limit }
decision-amount-over-maximum = 不得超过该征集的最高资助额 { $limit }
decision-amount-too-large-to-split = 金额过大，无法分期
decision-tranches-one-kind = 每一期请都给出百分比或都给出金额，所有分期保持一致
decision-tranche-due-past = 不得早于今天
decision-tranche-condition-long = 不得超过 500 个字符
decision-tranche-percent-range = 必须大于 0 且不超过 100
decision-tranches-percent-total = 百分比合计必须为 100，而不是 { $total }
decision-tranches-overflow = 各金额之和超出了金额所能表示的范围
decision-tranches-amount-total = 各金额合计必须等于资助额 { $award }，而不是 { $total }
decision-tranches-zero = 每一期在舍入后都必须大于零

travel-attendance-unconfirmed = 必须为 true：只有确认出席后，资助才会标记为已出行
travel-not-yet-arrived = 出行人于 { $date } 抵达；出席须在当天或之后确认
travel-payments-in-flight = 此资助已申请或已批准的付款：{ $count } 笔；请先付款或取消，再进行核对
travel-refund-in-future = 不得晚于今天
travel-nothing-to-reclaim = 该组织无须就此资助退还任何款项
travel-refund-recorded = 此资助的退款已登记
travel-refund-before-due = 不得早于 { $date }，即该款项应退还之日
travel-costs-none = 请至少列出一项实际费用
travel-costs-overflow = 实际费用合计超过 { $limit }
travel-costs-over-entitlement = 实际费用超出应得金额 { $excess }：请说明办公室为何多付
