# 赞助规则拒绝某一步骤的原因（`sponsorships::rules::Refused`）。
sponsorship-refused-not-a-draft = 只有草稿可以发送；此申请已是“{ $status ->
        [draft] 草稿
        [submitted] 已发送
        [approved] 已批准
        [rejected] 未获批准
        [waitlisted] 候补中
        [travelled] 已确认出席
        [reconciled] 已结清
       *[other] 已取消
    }”
sponsorship-refused-draft-undecided = 草稿须由组织发送后才能作出决定
sponsorship-refused-already-decided = 此申请已是“{ $status ->
        [draft] 草稿
        [submitted] 已发送
        [approved] 已批准
        [rejected] 未获批准
        [waitlisted] 候补中
        [travelled] 已确认出席
        [reconciled] 已结清
       *[other] 已取消
    }”：只能对已发送或候补中的申请作出决定
sponsorship-refused-not-cancellable = 只有尚未出行、未被拒绝且未取消的申请可以取消；此申请为“{ $status ->
        [draft] 草稿
        [submitted] 已发送
        [approved] 已批准
        [rejected] 未获批准
        [waitlisted] 候补中
        [travelled] 已确认出席
        [reconciled] 已结清
       *[other] 已取消
    }”
sponsorship-refused-not-approved = 只有已批准的赞助才能标记为已出行；此赞助为“{ $status ->
        [draft] 草稿
        [submitted] 已发送
        [approved] 已批准
        [rejected] 未获批准
        [waitlisted] 候补中
        [travelled] 已确认出席
        [reconciled] 已结清
       *[other] 已取消
    }”
sponsorship-refused-not-travelled = 只有已确认出席的赞助才能结清；此赞助为“{ $status ->
        [draft] 草稿
        [submitted] 已发送
        [approved] 已批准
        [rejected] 未获批准
        [waitlisted] 候补中
        [travelled] 已确认出席
        [reconciled] 已结清
       *[other] 已取消
    }”
sponsorship-refused-trip-confirmed = 行程已确认；如有其他收据，请作为文件添加
sponsorship-refused-trip-not-approved = 只有已批准赞助的行程才能确认；此赞助为“{ $status ->
        [draft] 草稿
        [submitted] 已发送
        [approved] 已批准
        [rejected] 未获批准
        [waitlisted] 候补中
        [travelled] 已确认出席
        [reconciled] 已结清
       *[other] 已取消
    }”
sponsorship-refused-trip-not-arrived = 行程须在抵达日期当天或之后确认
sponsorship-refused-over-budget = 已批准的赞助总额将为 { $total }，超过活动 { $budget } 的预算：请将申请列入候补名单，或提高预算
sponsorship-refused-extra-nights-rejected = 只有批准或列入候补名单才能授权额外住宿晚数
sponsorship-refused-no-extra-nights = 此次住宿的每一晚都在活动授权的出行期内：没有需要授权的晚数
