# 函件（资助授予函、资助及签证支持函）：正文、日期和大写金额。名称一律按原文书写，不翻译、不音译。

## 日期和金额

letter-date = { $year }年{ $month }月{ $day }日
letter-date-range = { $start }至{ $end }
letter-date-single = { $date }
letter-amount = { $number }{ $currency }
letter-amount-with-fraction = { $number }点{ $fraction }{ $currency }
letter-amount-negative = 负{ $amount }
currency-EUR = { $count ->
   *[other] 欧元
}
currency-USD = { $count ->
   *[other] 美元
}
currency-GBP = { $count ->
   *[other] 英镑
}
currency-CHF = { $count ->
   *[other] 瑞士法郎
}
currency-JPY = { $count ->
   *[other] 日元
}
currency-CNY = { $count ->
   *[other] 元人民币
}
currency-RUB = { $count ->
   *[other] 俄罗斯卢布
}

## 通用格式

letter-date-line = 日期：{ $date }
letter-reference-line = 编号：{ $reference }
letter-subject-line = 事由：{ $subject }
letter-signatory-role = 资助事务官员，{ $office }
letter-yours-sincerely = 此致敬礼
letter-yours-faithfully = 此致敬礼
letter-amount-column = 金额（{ $currency }）

## 资助授予函

# 页脚不经字形处理直接绘制：只能使用拉丁字母和数字。
letter-award-footer = { $reference } · { $page } / { $pages }
letter-award-document = 资助授予函
letter-award-subject = 关于“{ $call }”征集项下资助的授予
letter-award-to = 致：
letter-award-greeting = 尊敬的合作伙伴：
letter-award-intro = 我们高兴地通知贵组织，{ $office }决定向贵组织在“{ $call }”征集项下提交的“{ $project }”项目提供资助，金额为{ $amount } { $currency }（{ $amount_words }）。资助款按下列批次拨付，每一批次在到期日且相应条件满足后拨付。
letter-award-tranches = 拨款批次
letter-award-tranche-number = 批次
letter-award-due-date = 到期日
letter-award-condition = 条件
letter-award-obligations = 报告义务
letter-award-obligation = { $report }，截止日期为{ $date }
letter-award-no-obligations = 除下列一般条件外，本资助不附带其他报告义务。
letter-award-conditions = 一般条件
letter-award-conditions-text = 资助款只能用于贵组织申请中经批准的活动和预算。叙述报告和财务报告须在上列日期前提交；某一批次只有在此前到期的报告均已收到后方可拨付。项目、预算、时间安排或贵组织如发生任何可能影响资助的变化，贵组织须立即书面通知{ $office }。如上述条件未获遵守，{ $office }可暂停或终止资助，并要求退还未使用或被挪用的款项。
letter-award-acceptance = 接受资助
letter-award-acceptance-text = 如接受本资助，请于本函日期起30天内登录grantdesk，接受资助{ $reference }的条款。资助自贵组织接受之日起生效；在此之前不拨付第一批款项。
letter-report-interim_narrative = 中期叙述报告
letter-report-interim_financial = 中期财务报告
letter-report-final_narrative = 最终叙述报告
letter-report-final_financial = 最终财务报告

## 资助及签证支持函

letter-sponsorship-footer = { $reference } · { $page } / { $pages }
letter-sponsorship-document = 资助函
letter-sponsorship-subject = 邀请并资助出席“{ $event }”
letter-sponsorship-heading = 关于出席“{ $event }”的邀请、资助及签证支持
letter-sponsorship-to = 致：有关使馆或领事馆
letter-sponsorship-greeting = 敬启者：
letter-sponsorship-invitation = { $office }邀请下列人员出席“{ $event }”（{ $place }，{ $dates }），并按本函所列条件资助其参会。
letter-sponsorship-traveller = 出行人员
letter-field-full-name = 护照所载全名
letter-field-nationality = 国籍
letter-field-organisation = 所属组织
letter-field-organisation-country = 组织所在国家
letter-field-role = 在组织中的职务
letter-field-origin = 出发地
letter-sponsorship-stay = 出行人员预计于{ $arrival }抵达，{ $departure }离开（{ $nights ->
    [0] 当日往返
   *[other] { $nights_shown }晚
}）。
letter-sponsorship-covered = 资助范围
letter-sponsorship-item = 项目
letter-sponsorship-total = 合计
letter-sponsorship-amounts = 资助总额为{ $total } { $currency }（{ $total_words }）。其中{ $percent }，即{ $advance } { $currency }，作为预付款在出行前支付；余款在确认出席并核销费用后支付。
letter-sponsorship-visa = 签证支持
letter-sponsorship-visa-text = { $office }恳请有关主管当局为出行人员办理在上述日期前往{ $country }{ $city }所需的签证提供便利。如对本函有任何查询，请注明本函编号{ $reference }。
letter-covered-nights = { $nights ->
   *[other] { $nights_shown }晚
}
letter-covered-dsa = 每日生活津贴：{ $nights }，每晚{ $rate } { $currency }
letter-covered-dsa-reduced = 每日生活津贴：{ $nights }，按{ $rate } { $currency }的{ $percent }计（超过60晚后）
letter-covered-terminal = 机场往返交通费（{ $ends_shown }段行程）
letter-covered-airfare = 自{ $city }出发的往返机票
letter-covered-extra-nights = 其中{ $nights }在核准的出行期间之外，经批准，理由：{ $reason }
letter-covered-local = 不发放生活津贴和机场往返交通费：出行人员居住在活动举办地区
letter-covered-unpaid = { $nights }在核准的出行期间之外，不予资助
