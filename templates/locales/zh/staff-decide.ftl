# 官员的决定分三步：表格（附各期款项的实时合计）、核对页面，以及记录决定的最后一个按钮。

staff-decide-continue = 继续
staff-decide-continue-hint = 在下一页核对决定，然后才会记录。
staff-decide-total-matches = 各期款项合计 { $total }，即资助金额。
staff-decide-total-differs = 各期款项合计 { $total }，与资助金额（{ $amount }）不符。
staff-decide-total-alone = 各期款项合计 { $total }。
staff-decide-check-title = 记录前请核对决定
staff-decide-check-lead = 在您按下“记录决定”之前，不会记录任何内容。请更改不正确的内容。
staff-decide-change = 更改
staff-decide-amount = 资助金额
staff-decide-tranche-amount = 金额
staff-decide-sum = 合计
staff-decide-sum-matches = 各期款项合计等于资助金额。
staff-decide-single-payment = 不分期：资助金额一次性支付。
staff-decide-tranches-by-due-date = 各期款项按到期日排列，即记录时的顺序；您输入时的顺序与此不同。
staff-decide-no-obligations = 无报告义务。
staff-decide-stale = 自打开表格以来，此申请已有决定，因此未记录任何内容。其当前状态为：{ $status }。
