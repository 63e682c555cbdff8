# 报表：列标题、工作表名称和部分标签。

report-column-group = 分组
report-column-label = 标签
report-column-currency = 货币
report-column-count = 数量
report-column-requested = 已申请
report-column-approved = 已批准
report-column-paid = 已支付
report-column-cancelled = 已取消
report-column-call-currency = 征集货币
report-column-requested-in-call-currency = 已申请（征集货币）
report-column-approved-in-call-currency = 已批准（征集货币）
report-column-paid-in-call-currency = 已支付（征集货币）
report-column-cancelled-in-call-currency = 已取消（征集货币）
report-column-awarded = 资助金额
report-column-outstanding = 未付余额
report-column-reference = 编号
report-column-organisation = 组织
report-column-call = 征集
report-sheet-totals = 合计
report-sheet-outstanding = 未付承诺
