# 申请表问题的限制：官员编写表单时的问题（API 和工作人员工作区）、作为回答提交的文件的问题，
# 以及表单构建器中设置限制和修改问题的字段。

form-limit-range = 必须在 { $least } 到 { $most } 之间
form-limit-other-kind = 仅适用于 { $kind } 类型的问题
form-limit-max-below-min = 不得小于最小数值（min）
form-limit-dates-reversed = 不得早于最早日期（not_before）
form-limit-max-selected = 必须在 1 到选项数之间
form-limit-min-selected = 不得超过最多可选数（max_selected）或选项数
form-limit-no-format = 必须至少指定一种文件格式
form-file-format = 是 { $format } 文件；此问题接受 { $formats }
form-file-too-large = 大小为 { $size }，超过此问题接受的上限 { $limit }

staff-calls-limits = 限制（可选）
staff-calls-limits-hint = 只填写所选回答类型的限制。申请人会在问题旁看到这些限制，超出限制的回答将被拒绝。
staff-calls-limit-max-chars = 短文本的最多字符数
staff-calls-limit-max-words = 长文本的最多词数
staff-calls-limit-min = 最小数值
staff-calls-limit-max = 最大数值
staff-calls-limit-integer = 仅限整数
staff-calls-limit-not-before = 最早日期
staff-calls-limit-not-after = 最晚日期
staff-calls-limit-min-selected = 最少勾选项数（多选）
staff-calls-limit-max-selected = 最多勾选项数（多选）
staff-calls-limit-accept = 接受的文件格式
staff-calls-limit-accept-hint = 不勾选任何一项即接受所有格式。
staff-calls-limit-max-files = 最多文件数
staff-calls-limit-max-file-mb = 单个文件最大大小（MB）
staff-calls-limit-file-mb-hint = 1 到 1024。问题不能提高办公室对任何上传文件的上限。
staff-calls-error-whole = 请输入整数，例如 300
staff-calls-error-number = 请输入数字，例如 10 或 2.5
staff-calls-error-date = 请按 年-月-日 输入日期，例如 2027-03-15
staff-calls-error-format = 请从列表中选择文件格式
staff-calls-error-limit-kind = 仅适用于“{ $kind }”回答；请清除它，或选择该回答类型
staff-calls-field-problem = { $field }：{ $problem }

staff-calls-builder-limits = 限制
staff-calls-builder-edit = 编辑
staff-calls-edit-question-title = 编辑问题 { $number }
staff-calls-edit-key = 回答键名
staff-calls-edit-key-hint = 回答在 API 和下载文件中的名称：小写字母、数字和 _，以字母开头。依赖此问题的问题会随新键名更新。
staff-calls-edit-save = 保存问题
staff-calls-edit-back = 返回表单，不保存
