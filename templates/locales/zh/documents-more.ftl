# 门户中申请页面上的申诉附件。
portal-appeal-annexes = 申诉附件
portal-appeal-annexes-none = 申诉尚未添加任何附件。
portal-appeal-annex-file = 附件
portal-appeal-annex-hint = 支持您申诉理由的文件，例如评审人员未收到的计划。在申诉作出决定之前，您都可以添加附件。
portal-appeal-annex-add = 添加附件
portal-appeal-annex-delete = 移除

# 上传文件被拒绝的原因（API 问题和门户错误）。
document-name-empty = 文件必须有名称
document-name-separator = 文件名不得包含路径分隔符（/ 或 \）
document-name-control = 文件名不得包含控制字符
document-name-dots = 文件名不能是 . 或 ..
document-name-long = 文件名最多 { $max } 个字符
document-kind-invalid = 类型为 1 到 64 个小写字母、数字和下划线，并以字母开头
document-too-large = 文件超过 { $limit }（单个文件的上限）
document-over-total = 加上此文件，申请的文件总量将超过 { $limit }（已用 { $used }）；请先删除一个文件
document-unsupported = 无论文件名如何，该文件的内容都不是 PDF、PNG、JPEG、DOCX、XLSX、ODT、ODS、CSV 或纯文本
document-empty = 文件为空；请重新选择文件
document-valid-until-invalid = 必须是写成 YYYY-MM-DD 的日期
document-file-missing = 缺失：请在名为 `file` 的部分中发送文件

# 尽职调查清单项目的证明材料。
diligence-item-needs-evidence = `{ $item }` 须有证明材料才能通过：请先为该项目上传文件
diligence-items-lack-evidence = 已通过且要求证明材料的项目没有任何文件（{ $items }）：请为每一项上传文件，然后完成评估
