# 门户中机构常备文件页面，以及仪表板上指向它的链接。

portal-orgdocs-title = 常备文件
portal-orgdocs-intro = 每份申请都可以引用的贵机构文件：注册证书、章程、经审计的账目、保护政策。
portal-orgdocs-link = 常备文件
portal-orgdocs-members-link = 成员
portal-orgdocs-none = 还没有文件。
portal-orgdocs-file = 文件
portal-orgdocs-kind = 文件类型
portal-orgdocs-valid-until = 有效期至
portal-orgdocs-valid-until-optional = 有效期至（可选）
portal-orgdocs-valid-until-hint = 例如 2027-03-31。如果文件长期有效，请留空。
portal-orgdocs-expired = 已过期
portal-orgdocs-no-expiry = 长期有效
portal-orgdocs-upload-title = 添加文件
portal-orgdocs-delete-button = 删除
portal-orgdocs-uploaded = 文件已添加。
portal-orgdocs-deleted = 文件已删除。
portal-orgdocs-error-kind = 请选择文件类型
portal-orgdocs-error-valid-until = 请按“年-月-日”填写日期，例如 2027-03-31
portal-orgdocs-kind-registration-certificate = 注册证书
portal-orgdocs-kind-statutes = 章程
portal-orgdocs-kind-audited-accounts = 经审计的账目
portal-orgdocs-kind-safeguarding-policy = 保护政策
portal-orgdocs-kind-other = 其他文件
