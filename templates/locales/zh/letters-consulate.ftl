# 领事馆可核验的签证支持函，以及按签发原样保存的函件（第19、14号议题）。

letter-field-passport-name = 护照所载拉丁字母姓名
letter-field-date-of-birth = 出生日期
letter-field-passport-number = 护照号码
letter-field-passport-expiry = 护照有效期至
letter-verification-heading = 核验
letter-verification-text = 领事官员可凭下方核验码在所列网址核验本函的真实性和有效性，也可与{ $office }联系核实。
letter-verification-code = 核验码
letter-verification-url = 在线核验网址
letter-contact-address = 地址
letter-contact-phone = 电话
letter-contact-email = 电子邮箱
letter-contact-website = 网站
letter-award-accepted = 已接受
letter-award-accepted-text = { $person }已于{ $date }代表{ $organisation }接受资助{ $reference }的条款。本函为所接受条款的存档文本。

passport-error-missing = 请按护照所载原样填写此项
passport-error-name = 请按护照机读区原样以拉丁字母填写姓名，例如 SADYKOVA AIGERIM
passport-error-number = 请填写护照号码：5至20位字母和数字
passport-error-birth = 请填写今天以前的出生日期，例如 1990-04-12
passport-error-expiry = 护照须在离开日期（{ $departure }）之后仍然有效

portal-travel-passport = 护照信息
portal-travel-passport-intro = 签证支持函需要这些信息。您也可以稍后在申请页面补充。信息加密保存，仅贵组织和本办公室可见，并在行程结清{ $days }天后删除。
portal-travel-passport-name = 拉丁字母姓名
portal-travel-passport-name-hint = 与护照机读区完全一致，例如 SADYKOVA AIGERIM。
portal-travel-passport-number = 护照号码
portal-travel-date-of-birth = 出生日期
portal-travel-passport-expiry = 护照有效期至

portal-travel-passport-button = 保存护照信息
portal-travel-passport-given = 护照信息已保存。在函件签发之前可以更正。
portal-travel-passport-notice = 护照信息已保存，现在可以签发函件。
portal-travel-letter-code = 函件上印制的核验码：

portal-letter-verify-title = 核验签证支持函
portal-letter-verify-intro = 请输入函件上印制的核验码。
portal-letter-verify-code = 核验码
portal-letter-verify-button = 核验
portal-letter-verify-unknown = 没有函件使用此核验码。请确认输入与印制内容一致，或与本办公室联系。
portal-letter-verify-current = 本函真实有效。
portal-letter-verify-withdrawn = 本函真实，但已于{ $date }撤回，不再支持任何签证申请。
portal-letter-verify-reference = 编号
portal-letter-verify-issued = 签发日期
portal-letter-verify-initials = 出行人员姓名首字母
portal-letter-verify-passport = 护照号码末位
portal-letter-verify-event = 活动
portal-letter-verify-dates = 活动日期
portal-letter-verify-date-range = { $start }至{ $end }
