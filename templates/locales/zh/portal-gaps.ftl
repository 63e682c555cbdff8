portal-gaps-form-heading = 申请表要求填写的内容
portal-gaps-form-intro = 您可以在开始前准备好答案和文件。问题按申请表中的顺序逐节列出。
portal-gaps-form-none = 本征集的申请表暂时还没有问题。
portal-gaps-required = 必填
portal-gaps-optional = 选填
portal-gaps-choices = 可选项：
