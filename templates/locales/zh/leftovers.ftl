## The public home's filter and a call's regions (#17).
leftovers-filter-heading = 筛选征集
leftovers-filter-theme = 主题
leftovers-filter-any-theme = 所有主题
leftovers-filter-region = 地区
leftovers-filter-any-region = 所有地区
leftovers-filter-apply = 应用筛选
leftovers-filter-clear = 清除筛选
leftovers-filter-applied = 当前显示的征集：{ $filters }
leftovers-filter-no-match = 没有符合这些筛选条件的开放征集。
leftovers-filter-see-all = 查看所有开放征集
leftovers-call-regions = 地区
leftovers-call-every-region = 向所有地区的组织开放
leftovers-region-unknown = “{ $region }”不是本办公室的地区之一（{ $regions }）
leftovers-region-repeated = “{ $region }”重复出现
leftovers-region-middle-east-and-north-africa = 中东和北非
leftovers-region-the-sahel = 萨赫勒地区
leftovers-region-sub-saharan-africa = 撒哈拉以南非洲
leftovers-region-central-asia = 中亚
leftovers-region-south-asia = 南亚
leftovers-region-south-east-asia = 东南亚
leftovers-region-latin-america-and-the-caribbean = 拉丁美洲和加勒比
leftovers-region-europe = 欧洲
leftovers-region-north-america = 北美洲
leftovers-region-africa = 非洲
leftovers-region-americas = 美洲
leftovers-region-antarctica = 南极洲
leftovers-region-asia = 亚洲
leftovers-region-oceania = 大洋洲
leftovers-region-other = 其他
leftovers-region-unknown-country = 未知

## Tranche payments and travel dates in the deadlines and the calendar feed (#17).
leftovers-tranche-expected = 预计付款：{ $award } 第 { $number } 期，{ $amount }
leftovers-tranche-expected-description = 在满足条件后，该笔赠款分期应支付的日期。
leftovers-trip-arrival = 抵达{ $event }：{ $traveller }
leftovers-trip-departure = 离开{ $event }：{ $traveller }
leftovers-trip-description = 受资助出行人员获批的出行日期。

## Messages services used to word in English (#16).
leftovers-link-unknown = 此链接无效，请申请新链接
leftovers-link-used = 此链接已被使用（或已发送更新的链接），请申请新链接
leftovers-link-expired = 此链接已于 { $date } 过期，请申请新链接
leftovers-invitation-expired = 邀请已在 { $days } 天后过期，组织成员可以重新发送邀请
leftovers-invitation-revoked = 邀请已被撤回；如有误，组织成员可以重新发送邀请
leftovers-invitation-accepted = 邀请已被接受，无需再做任何操作
leftovers-invitation-declined = 邀请已被拒绝；如有误，组织成员可以重新发送邀请
leftovers-invitation-changed = 在此期间，邀请已被答复、撤回或已过期，请重新加载
leftovers-roles-needed = 至少需要一个角色
leftovers-admin-keeps-own-role = 管理员不能移除自己的管理员角色，须由另一位管理员操作
leftovers-admin-keeps-own-account = 管理员不能停用自己的账户，须由另一位管理员操作
leftovers-email-stays-verified = 只有本人更改地址时，地址才会变为未验证；发送 true 以确认该地址
leftovers-condition-unmet = 第 { $number } 期须待 { $due } 到期的{ $kind ->
    [interim_narrative] 中期叙述报告
    [interim_financial] 中期财务报告
    [final_narrative] 最终叙述报告
   *[final_financial] 最终财务报告
  }收到后方可支付（该报告{ $state ->
    [pending] 尚未提交
    [submitted] 已提交但尚未收到
   *[received] 已收到
  }）；如仍要支付，请附 override_reason 批准
leftovers-representation-women = 女性占已批准出行人员的 { $share }%，低于 { $target }% 的目标
leftovers-representation-young = 18 至 34 岁的出行人员占 { $share }%，低于 { $target }% 的目标
leftovers-representation-region = { $region } 占已批准出行人员的 { $share }%，高于 { $limit }% 的上限
leftovers-percentage-range = 必须是 0 到 100 之间的百分比

## Reports: a month group's name (#19).
leftovers-report-month = { $month ->
    [1] { $year }年1月
    [2] { $year }年2月
    [3] { $year }年3月
    [4] { $year }年4月
    [5] { $year }年5月
    [6] { $year }年6月
    [7] { $year }年7月
    [8] { $year }年8月
    [9] { $year }年9月
    [10] { $year }年10月
    [11] { $year }年11月
   *[12] { $year }年12月
  }

## Reports: a reporting currency without a rate (#19).
leftovers-rate-missing = 未记录从 { $from } 到 { $to } 的汇率（付款或活动中均无）；请选择其他报告货币，或先记录该汇率

## Reports: the grand total in a reporting currency and the rates used (#19).
report-reporting-total = 所有货币折合 { $currency }
report-rate-payment = 汇率 { $from } → { $to }：{ $rate }，记录于 { $date } 的付款 { $holder }
report-rate-payment-inverse = 汇率 { $from } → { $to }：{ $rate }，为 { $date } 的付款 { $holder } 所记录汇率的倒数
report-rate-event = 汇率 { $from } → { $to }：{ $rate }，为 { $date } 开始的活动“{ $holder }”的汇率
