# 组织：成员所看到的本组织信息。

publication-policy-full = 您的赠款将在开放数据文件（360Giving 和 IATI）中公开，并附上贵组织的名称、注册号和国家。
publication-policy-anonymised = 您的赠款将以授予"匿名受赠方"的形式公开：公开项目、金额和您所在的区域，绝不公开您的名称、注册号或国家。
publication-policy-region-only = 只公开金额和您所在的区域：不公开受赠方，也不公开项目标题。
publication-policy-withheld = 您的赠款不会出现在任何开放数据文件中；只计入本办公室的总数，仅以数量和金额体现，不含细节。
