<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SpanChipItem</name>
    <message>
        <location filename="../widgets/canvas/spanchipitem.cpp" line="+55"/>
        <source>%1 spans this zone (%2). Click to select it.</source>
        <translation>%1 跨越此可用区（%2）。单击可选中它。</translation>
    </message>
</context>
<context>
    <name>TerraformExportSettings</name>
    <message>
        <location filename="../widgets/terraform/terraformexportsettings.cpp" line="+79"/>
        <source>Choose a directory to write the files into.</source>
        <translation>请选择写入文件的目录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a file, not a directory.</source>
        <translation>这是一个文件，不是目录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This directory is not writable.</source>
        <translation>此目录不可写。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The directory does not exist and its parent is not writable.</source>
        <translation>目录不存在，且其上级目录不可写。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the OSS bucket that holds the state.</source>
        <translation>请输入存放状态文件的 OSS Bucket。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 3 to 63 characters (this name has %1).</source>
        <translation>请使用 3 到 63 个字符（当前名称有 %1 个）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use only lowercase letters, digits and hyphens.</source>
        <translation>只能使用小写字母、数字和连字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start and end with a lowercase letter or a digit.</source>
        <translation>必须以小写字母或数字开头和结尾。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Expected a URL such as https://tf-lock.cn-hangzhou.ots.aliyuncs.com</source>
        <translation>应为 URL，例如 https://tf-lock.cn-hangzhou.ots.aliyuncs.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use letters, digits and underscores; do not start with a digit.</source>
        <translation>请使用字母、数字和下划线，且不能以数字开头。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expected a region id such as cn-hangzhou.</source>
        <translation>应为地域 ID，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a provider version constraint, e.g. ~&gt; 1.280</source>
        <translation>请输入 Provider 版本约束，例如 ~&gt; 1.280</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected constraints such as ~&gt; 1.280 or &gt;= 1.200, &lt; 2.0</source>
        <translation>应为版本约束，例如 ~&gt; 1.280 或 &gt;= 1.200, &lt; 2.0</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At most 32 characters.</source>
        <translation>最多 32 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with a letter; then letters, digits and hyphens only.</source>
        <translation>以字母开头，之后只能包含字母、数字和连字符。</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../core/io/clipboard.cpp" line="+237"/>
        <source>Nothing to paste.</source>
        <translation>没有可粘贴的内容。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 copy %2</source>
        <translation>%1 副本 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Paste %n component(s)</source>
        <translation>
            <numerusform>粘贴 %n 个组件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing selected to duplicate.</source>
        <translation>未选择要复制的内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Duplicate %n component(s)</source>
        <translation>
            <numerusform>复制 %n 个组件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecsplan</name>
    <message>
        <location filename="../core/model/document.cpp" line="+67"/>
        <location line="+52"/>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cannot add &quot;%1&quot;: the design has used every component id up to %2.</source>
        <translation>无法添加“%1”：设计已用完 %2 以内的所有组件 ID。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot add &quot;%1&quot;: %2</source>
        <translation>无法添加“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Add %n component(s)</source>
        <translation>
            <numerusform>添加 %n 个组件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Both ends of a link must exist.</source>
        <translation>连接的两端必须都存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is already connected to &quot;%2&quot;.</source>
        <translation>“%1”已连接到“%2”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将“%1”连接到“%2”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing to remove.</source>
        <translation>没有可删除的内容。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Remove &quot;%1&quot;</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove &quot;%1&quot; with %2 and %3</source>
        <translation>删除“%1”及%2和%3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 条连线</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+3"/>
        <source>Remove &quot;%1&quot; with %2</source>
        <translation>删除“%1”及%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1 and %2</source>
        <translation>删除%1和%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n component(s)</source>
        <translation>
            <numerusform>删除 %n 个组件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n link(s)</source>
        <translation>
            <numerusform>删除 %n 条连线</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Another %1 is already named &quot;%2&quot;.</source>
        <translation>已有另一个%1名为“%2”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The catalog has no instance type &quot;%1&quot;.</source>
        <translation>目录中没有实例规格“%1”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Names must be unique; rename one component at a time.</source>
        <translation>名称必须唯一；请一次只重命名一个组件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+43"/>
        <source>Component #%1 does not exist.</source>
        <translation>组件 #%1 不存在。</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+46"/>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Names must be unique; &quot;%1&quot; is used twice.</source>
        <translation>名称必须唯一；“%1”被使用了两次。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&quot;%1&quot; cannot be moved there: %2</source>
        <translation>无法将“%1”移动到该位置：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Move %n component(s) to another container</source>
        <translation>
            <numerusform>将 %n 个组件移动到另一个容器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Move %n component(s)</source>
        <translation>
            <numerusform>移动 %n 个组件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The exchange rate must be a positive number of CNY per USD.</source>
        <translation>汇率必须为正数（每美元兑人民币）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The spot discount must be from 0 % to below 100 % off pay-as-you-go.</source>
        <translation>抢占式折扣必须在按量付费价格的 0 % 到 100 %（不含）之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peak-to-average factor must be from 1 to 100.</source>
        <translation>峰均比必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The packets per request must be from 1 to 10,000.</source>
        <translation>每请求包数必须在 1 到 10,000 之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The display currency must be CNY or USD, not &quot;%1&quot;.</source>
        <translation>显示币种必须为 CNY 或 USD，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule %1 is muted for component #%2, which does not exist.</source>
        <translation>规则 %1 对组件 #%2 设置了静默，但该组件不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change design settings</source>
        <translation>修改设计设置</translation>
    </message>
    <message>
        <location filename="../core/model/entity.cpp" line="+64"/>
        <location filename="../core/model/enums.cpp" line="+176"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/model/enums.cpp" line="+2"/>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <location filename="../core/model/propertytable.h" line="+39"/>
        <location filename="../core/model/entity.cpp" line="+3"/>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <location filename="../core/model/entity.cpp" line="+3"/>
        <location filename="../core/model/enums.cpp" line="+4"/>
        <source>Scaling group</source>
        <translation>伸缩组</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disk</source>
        <translation>云盘</translation>
    </message>
    <message>
        <location filename="../core/metrics/metricsresults.cpp" line="+15"/>
        <location filename="../core/report/reportwriter.cpp" line="+247"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/report/reportwriter.cpp" line="+4"/>
        <source> (as of %1)</source>
        <translation>（截至 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> [estimate]</source>
        <translation> [估算]</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/reportwriter.cpp" line="+2"/>
        <source> [assumption]</source>
        <translation> [假设]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> [indicative]</source>
        <translation> [参考值]</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/model/entity.cpp" line="+3"/>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load balancing</source>
        <translation>负载均衡</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Same zone</source>
        <translation>同可用区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross zone</source>
        <translation>跨可用区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross region (CEN)</source>
        <translation>跨地域（CEN）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross region (public internet)</source>
        <translation>跨地域（公网）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internet</source>
        <translation>公网</translation>
    </message>
    <message>
        <location filename="../core/model/entity.cpp" line="+3"/>
        <location filename="../core/model/enums.cpp" line="+6"/>
        <source>Load balancer</source>
        <translation>负载均衡</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/model/enums.cpp" line="+2"/>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location filename="../core/io/terraformimport_read.cpp" line="+45"/>
        <source>expected an object (a resource)</source>
        <translation>应为对象（资源）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected &quot;managed&quot; or &quot;data&quot;, found &quot;%1&quot;</source>
        <translation>应为 &quot;managed&quot; 或 &quot;data&quot;，实际为“%1”</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+27"/>
        <location line="+60"/>
        <source>expected an object (a module)</source>
        <translation>应为对象（模块）</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+87"/>
        <source>modules nested too deeply</source>
        <translation>模块嵌套过深</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>expected an object (a resource change)</source>
        <translation>应为对象（资源变更）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing or not an object</source>
        <translation>缺失或不是对象</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>expected an object (a module call)</source>
        <translation>应为对象（模块调用）</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>no &quot;planned_values&quot;, &quot;values&quot; or &quot;resource_changes&quot;: not the JSON of `terraform show -json`</source>
        <translation>没有 &quot;planned_values&quot;、&quot;values&quot; 或 &quot;resource_changes&quot;：不是 `terraform show -json` 输出的 JSON</translation>
    </message>
    <message>
        <location filename="../core/io/terraformimport_links.cpp" line="+183"/>
        <location line="+10"/>
        <location filename="../core/io/terraformimport_network.cpp" line="+124"/>
        <location line="+22"/>
        <source>its VPC is not in the input</source>
        <translation>输入中没有其所属 VPC</translation>
    </message>
    <message>
        <location filename="../core/io/terraformimport_network.cpp" line="+44"/>
        <source>its security group is not in the input</source>
        <translation>输入中没有其所属安全组</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a rule of the export&apos;s default group that no link explains</source>
        <translation>导出生成的默认安全组中的规则，没有对应的连线</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>protocol &quot;%1&quot; has no equivalent in a design</source>
        <translation>协议“%1”在设计中没有对应项</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>rules from another security group or a prefix list have no equivalent in a design</source>
        <translation>引用其他安全组或前缀列表的规则在设计中没有对应项</translation>
    </message>
    <message>
        <location filename="../core/io/terraformimport_components.cpp" line="+70"/>
        <location line="+162"/>
        <source>its vSwitch is not in the input</source>
        <translation>输入中没有其所属交换机</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>its vSwitches are not in the input</source>
        <translation>输入中没有其所属的各交换机</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No launch template or scaling configuration was in the input: instance type and disks are defaults.</source>
        <translation>输入中没有启动模板或伸缩配置：实例规格和云盘均为默认值。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>its disk or instance is not in the input</source>
        <translation>输入中没有其云盘或实例</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its zone is not a vSwitch&apos;s zone in the input</source>
        <translation>其可用区不是输入中任何交换机所在的可用区</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>neither its VPC nor its zones are in the input</source>
        <translation>输入中既没有其所属 VPC，也没有其可用区</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+74"/>
        <source>its load balancer is not in the input</source>
        <translation>输入中没有其所属负载均衡</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>no listener in the input forwards to it</source>
        <translation>输入中没有转发到它的监听</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its server group or instance is not in the input</source>
        <translation>输入中没有其服务器组或实例</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its server group or scaling group is not in the input</source>
        <translation>输入中没有其服务器组或伸缩组</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No listener was in the input: the listener port is a default.</source>
        <translation>输入中没有监听：监听端口为默认值。</translation>
    </message>
    <message>
        <location filename="../core/io/terraformimport_links.cpp" line="-30"/>
        <location filename="../core/model/entity.cpp" line="+3"/>
        <location filename="../core/model/enums.cpp" line="+50"/>
        <source>Internet users</source>
        <translation>互联网用户</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Outbound internet through NAT gateway %1 (%2).</source>
        <translation>通过 NAT 网关 %1（%2）访问公网。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attached to CEN %1 through a transit router.</source>
        <translation>通过转发路由器连接到云企业网 CEN %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in the input)</source>
        <translation>（不在输入中）</translation>
    </message>
    <message>
        <location filename="../core/io/terraformimport.cpp" line="+48"/>
        <source>a resource type the import does not map</source>
        <translation>导入不支持映射的资源类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an aliyun/alicloud resource</source>
        <translation>不是 aliyun/alicloud 资源</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 The default is used.</source>
        <translation>%1：%2 已改用默认值。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Sizes used: %2 to %3, %4 desired.</source>
        <translation>%1 已采用的实例数：%2 到 %3，期望 %4。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: larger than %2 MiB</source>
        <translation>%1：大于 %2 MiB</translation>
    </message>
    <message>
        <location filename="../core/model/entity.cpp" line="+3"/>
        <location filename="../core/model/enums.cpp" line="-46"/>
        <source>Link</source>
        <translation>连线</translation>
    </message>
    <message>
        <location filename="../core/model/enums.cpp" line="-14"/>
        <location filename="../core/model/model.cpp" line="+196"/>
        <location filename="../app/cli/infocommand.cpp" line="+49"/>
        <source>ECS instances</source>
        <translation>ECS 实例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud disk</source>
        <translation>云盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redis / Tair cache</source>
        <translation>Redis / Tair 缓存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pay-as-you-go</source>
        <translation>按量付费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription, 1 year</source>
        <translation>包年包月，1 年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription, 3 years</source>
        <translation>包年包月，3 年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preemptible (spot)</source>
        <translation>抢占式实例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Savings plan</source>
        <translation>节省计划</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Application Load Balancer (ALB)</source>
        <translation>应用型负载均衡 ALB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network Load Balancer (NLB)</source>
        <translation>网络型负载均衡 NLB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classic Load Balancer (CLB)</source>
        <translation>传统型负载均衡 CLB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On-premises site</source>
        <translation>本地数据中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another region</source>
        <translation>其他地域</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intranet (VPC)</source>
        <translation>内网（VPC）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud Enterprise Network (CEN)</source>
        <translation>云企业网 CEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public internet</source>
        <translation>公网</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="+32"/>
        <source>The container #%1 does not exist.</source>
        <translation>容器 #%1 不存在。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A zone must be placed inside a region.</source>
        <translation>可用区必须放在地域内。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>a region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a scaling group</source>
        <translation>伸缩组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a cloud disk</source>
        <translation>云盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Redis / Tair cache</source>
        <translation>Redis / Tair 缓存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a load balancer</source>
        <translation>负载均衡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a link</source>
        <translation>连线</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is placed on the canvas itself, not inside %2.</source>
        <translation>%1应直接放在画布上，而不是放在%2内。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be placed inside an availability zone.</source>
        <translation>%1必须放在可用区内。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be placed inside a region or an availability zone.</source>
        <translation>%1必须放在地域或可用区内。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An entity cannot contain itself.</source>
        <translation>实体不能包含自身。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A container cannot be moved into its own content.</source>
        <translation>容器不能移入其自身的内容中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The containers above #%1 form a loop.</source>
        <translation>#%1 之上的容器构成了循环。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#%1 is not an availability zone.</source>
        <translation>#%1 不是可用区。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone &quot;%1&quot; is in another region.</source>
        <translation>可用区“%1”属于其他地域。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 is not a security group.</source>
        <translation>#%1 不是安全组。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A disk can only be attached to ECS instances or a scaling group.</source>
        <translation>云盘只能挂载到 ECS 实例或伸缩组。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; already has %2 data disks attached, the most an instance takes.</source>
        <translation>“%1”已挂载 %2 块数据盘，已达实例上限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disk &quot;%1&quot; and instances &quot;%2&quot; are in different zones; a cloud disk can only be attached in its own zone.</source>
        <translation>云盘“%1”与实例“%2”位于不同可用区；云盘只能挂载到同一可用区内的实例。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A read replica must point at another cache.</source>
        <translation>只读副本必须指向另一个缓存实例。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The link end #%1 does not exist.</source>
        <translation>连线端点 #%1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A link connects two components, not a %1.</source>
        <translation>连线用于连接两个组件，而不能连接%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A link cannot connect a component to itself.</source>
        <translation>连线不能将组件连接到其自身。</translation>
    </message>
    <message>
        <location filename="../core/model/propertytable.h" line="-9"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed in</source>
        <translation>所在位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geometry</source>
        <translation>几何位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region / zone id</source>
        <translation>地域/可用区 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIDR block</source>
        <translation>CIDR 网段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zones spanned</source>
        <translation>跨越的可用区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance type</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Billing model</source>
        <translation>付费类型</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System disk category</source>
        <translation>系统盘类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System disk level</source>
        <translation>系统盘性能级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System disk size</source>
        <translation>系统盘容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload tags</source>
        <translation>工作负载标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drain handler installed</source>
        <translation>已安装中断处理程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data replication factor</source>
        <translation>数据副本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum size</source>
        <translation>最小实例数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum size</source>
        <translation>最大实例数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desired size</source>
        <translation>期望实例数</translation>
    </message>
    <message>
        <location filename="../core/export/terraform/terraformfiles.cpp" line="+418"/>
        <source>**%1 per month**%2, ECS Planner&apos;s estimate from its catalog (and the design&apos;s price sheet, if it names one) at the design&apos;s billing models and traffic (730 hours a month; taxes, discounts and the NAT gateway left out).</source>
        <translation>**每月 %1**%2，由 ECS Planner 根据其目录（以及设计指定的价格表，如有）按设计的计费方式和流量估算（每月按 730 小时计；不含税费、折扣和 NAT 网关）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/model/propertytable.h" line="+1"/>
        <location filename="../core/report/reportwriter.cpp" line="+258"/>
        <source>Category</source>
        <translation>云盘类型</translation>
    </message>
    <message>
        <location filename="../core/diff/designdiff.cpp" line="+133"/>
        <source>effective IOPS</source>
        <translation>有效 IOPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>effective MB/s</source>
        <translation>有效 MB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak utilisation</source>
        <translation>峰值利用率</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+2"/>
        <source>unpriced</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>1 component only moved on the canvas.</source>
        <translation>1 个组件仅在画布上移动了位置。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n components only moved on the canvas.</source>
        <translation>
            <numerusform>%n 个组件仅在画布上移动了位置。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+233"/>
        <location line="+56"/>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Monthly total: %1 → %2 (%3)</source>
        <translation>月度总计：%1 → %2（%3）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Components:</source>
        <translation>组件：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Design settings:</source>
        <translation>设计设置：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Findings introduced:</source>
        <translation>新增的检查结果：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings resolved:</source>
        <translation>已解决的检查结果：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request paths (typical round trip):</source>
        <translation>请求路径（典型往返时延）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ECS Planner: design changes</source>
        <translation>ECS Planner：设计变更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly total</source>
        <translation>月度总计</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/export/terraform/terraformfiles.cpp" line="+0"/>
        <source>Monthly</source>
        <translation>月度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Design settings</source>
        <translation>设计设置</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Findings introduced</source>
        <translation>新增的检查结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings resolved</source>
        <translation>已解决的检查结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request paths (typical round trip)</source>
        <translation>请求路径（典型往返时延）</translation>
    </message>
    <message>
        <location filename="../core/export/terraform/terraformfiles.cpp" line="+8"/>
        <source>Not priced (no catalog row): %1.</source>
        <translation>未计价（目录中无对应条目）：%1。</translation>
    </message>
    <message>
        <location filename="../core/model/propertytable.h" line="+1"/>
        <source>Performance level</source>
        <translation>性能级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached to</source>
        <translation>挂载到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete with instance</source>
        <translation>随实例释放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IOPS target</source>
        <translation>目标 IOPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioned IOPS</source>
        <translation>预配置 IOPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bursting enabled</source>
        <translation>已开启性能突发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance class</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine version</source>
        <translation>引擎版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read replica of</source>
        <translation>只读副本的主实例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shards (0: the class&apos;s)</source>
        <translation>分片数（0：使用规格默认值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read replicas per shard</source>
        <translation>每分片只读副本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load balancer kind</source>
        <translation>负载均衡类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address type</source>
        <translation>地址类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener port</source>
        <translation>监听端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend port</source>
        <translation>后端端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint kind</source>
        <translation>端点类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>传输量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read share</source>
        <translation>读请求占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network path</source>
        <translation>网络路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inferred by import</source>
        <translation>由导入推断</translation>
    </message>
    <message>
        <location filename="../core/model/properties.cpp" line="+291"/>
        <source>A %1 has no property &quot;%2&quot;.</source>
        <translation>%1 没有属性“%2”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be a number.</source>
        <translation>%1 必须是数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 必须介于 %2 和 %3 之间，而不是 %4。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A rule&apos;s protocol must be one of %1, not &quot;%2&quot;.</source>
        <translation>规则的协议必须是 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The desired size (%1) must be between the minimum (%2) and the maximum (%3).</source>
        <translation>期望实例数（%1）必须介于最小值（%2）和最大值（%3）之间。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The maximum size (%1) must not be below the minimum size (%2).</source>
        <translation>最大实例数（%1）不得小于最小实例数（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The maximum size (%1) must not be below the desired size (%2).</source>
        <translation>最大实例数（%1）不得小于期望实例数（%2）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The minimum size (%1) must not exceed the maximum size (%2).</source>
        <translation>最小实例数（%1）不得大于最大实例数（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minimum size (%1) must not exceed the desired size (%2).</source>
        <translation>最小实例数（%1）不得大于期望实例数（%2）。</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>The name must not be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The geometry must be a rectangle with a positive size.</source>
        <translation>几何位置必须是尺寸为正的矩形。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The performance level must be PL0, PL1, PL2 or PL3, not &quot;%1&quot;.</source>
        <translation>性能级别必须为 PL0、PL1、PL2 或 PL3，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The edition must be one of %1, not &quot;%2&quot;.</source>
        <translation>版本必须是 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Port range %1/%2 is not valid (0-65535, from &lt;= to, or -1/-1 for all).</source>
        <translation>端口范围 %1/%2 无效（0-65535，起始 &lt;= 结束，或 -1/-1 表示全部）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule priority must be between 1 and 100.</source>
        <translation>规则优先级必须介于 1 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../core/io/designfile.cpp" line="+21"/>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the file is larger than %2 MiB; it is not a design.</source>
        <translation>%1：文件大于 %2 MiB，不是设计文件。</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="+18"/>
        <source>The output device is not open for writing.</source>
        <translation>输出设备未以写入模式打开。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the directory %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../core/io/designfile.cpp" line="+20"/>
        <location line="+5"/>
        <location filename="../core/report/costtable.cpp" line="+129"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove %1, left from the previous export.</source>
        <translation>无法删除上次导出遗留的 %1。</translation>
    </message>
    <message>
        <location filename="../core/io/entityjson.cpp" line="+241"/>
        <source>an %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>a text of %1 bytes is longer than the %2 characters a design accepts</source>
        <translation>%1 字节的文本超过了设计允许的 %2 个字符</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>a text of %1 characters is longer than the %2 a design accepts</source>
        <translation>%1 个字符的文本超过了设计允许的 %2 个字符</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 items are more than the %2 a list accepts</source>
        <translation>%1 项超过了列表允许的 %2 项</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected an entity id from 1 to %1, found %2</source>
        <translation>应为 1 到 %1 之间的实体 ID，实际为 %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>expected a rule object, found %1</source>
        <translation>应为规则对象，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/io/designjson.cpp" line="+361"/>
        <location line="+20"/>
        <location line="+82"/>
        <location filename="../core/io/entityjson.cpp" line="+12"/>
        <location line="+15"/>
        <location filename="../core/io/terraformimport_read.cpp" line="-148"/>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <location filename="../core/io/entityjson.cpp" line="+13"/>
        <source>unknown key for a rule</source>
        <translation>规则中有未知的键</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected &quot;ingress&quot; or &quot;egress&quot;, found &quot;%1&quot;</source>
        <translation>应为 &quot;ingress&quot; 或 &quot;egress&quot;，实际为“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &quot;accept&quot; or &quot;drop&quot;, found &quot;%1&quot;</source>
        <translation>应为 &quot;accept&quot; 或 &quot;drop&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected one of %1, found &quot;%2&quot;</source>
        <translation>应为 %1 之一，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected &quot;from/to&quot; such as &quot;22/22&quot;, found &quot;%1&quot;</source>
        <translation>应为 &quot;from/to&quot; 格式（如 &quot;22/22&quot;），实际为“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number in range</source>
        <translation>范围内的数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>an array of strings</source>
        <translation>字符串数组</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>an array of entity ids</source>
        <translation>实体 ID 数组</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>[x, y, width, height]</source>
        <translation>[x, y, width, height]</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>one of %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an array of rules</source>
        <translation>规则数组</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>expected an entity object, found %1</source>
        <translation>应为实体对象，实际为 %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../core/io/terraformimport_read.cpp" line="-105"/>
        <location line="+69"/>
        <location line="+70"/>
        <source>missing or not a string</source>
        <translation>缺失或不是字符串</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location filename="../core/io/terraformimport_read.cpp" line="+94"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown key for a %1</source>
        <translation>%1 的未知键</translation>
    </message>
    <message>
        <location filename="../core/io/designjson.cpp" line="-423"/>
        <source>unknown instance type &quot;%1&quot; (not in the catalog)</source>
        <translation>未知实例规格“%1”（不在目录中）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>unknown disk category &quot;%1&quot; %2</source>
        <translation>未知云盘类型“%1” %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the containers form a loop (%1); a region holds zones, a zone holds components</source>
        <translation>容器构成了循环（%1）；地域包含可用区，可用区包含组件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 links start or end here; a component takes at most %2</source>
        <translation>有 %1 条连线以此为起点或终点；一个组件最多支持 %2 条</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; has %2 data disks attached; %3 takes at most %4</source>
        <translation>“%1”挂载了 %2 块数据盘；%3最多支持 %4 块</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an ECS instance</source>
        <translation>ECS 实例</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>expected a discount from 0 to below 1 (0.7 = 70 % off pay-as-you-go), found %1</source>
        <translation>折扣应在 0 到 1（不含）之间（0.7 表示比按量付费优惠 70 %），实际为 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a peak-to-average factor from 1 to 100, found %1</source>
        <translation>峰均比应在 1 到 100 之间，实际为 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected packets per request from 1 to 10,000, found %1</source>
        <translation>每请求包数应在 1 到 10,000 之间，实际为 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 muted findings are more than the %2 a design accepts</source>
        <translation>%1 条已静音的检查结果超过了设计允许的 %2 条</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 components and links are more than the %2 a design accepts</source>
        <translation>%1 个组件和连线超过了设计允许的 %2 个</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>malformed design: %1</source>
        <translation>设计格式错误：%1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoverlay.cpp" line="+128"/>
        <location filename="../core/catalog/catalogparser.cpp" line="+36"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>偏移 %1 处 JSON 无效：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected &quot;%1&quot;: this is not a catalog overlay (make one with &quot;ecsplan-cli catalog import&quot;)</source>
        <translation>应为 &quot;%1&quot;：这不是目录叠加层（请用 &quot;ecsplan-cli catalog import&quot; 生成）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>format version %1 is newer than this program reads (%2)</source>
        <translation>格式版本 %1 高于本程序可读取的版本（%2）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected a date YYYY-MM-DD</source>
        <translation>应为 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not one of the listed sources</source>
        <translation>“%1”不在所列来源中</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected exactly one of &quot;instanceType&quot; or &quot;cacheClass&quot;</source>
        <translation>&quot;instanceType&quot; 和 &quot;cacheClass&quot; 中应恰好指定一个</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>未知单位“%1”</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&quot;%1&quot; is not a zone of a region the catalog knows</source>
        <translation>“%1”不是目录中已知地域的可用区</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Alibaba Cloud API %1 %2, response file %3%4, catalog overlay %5</source>
        <translation>阿里云 API %1 %2，响应文件 %3%4，目录叠加层 %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (RequestId %1)</source>
        <translation> (RequestId %1)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>vCPU, memory, ENIs and packet rate from %1 (as of %2)</source>
        <translation>vCPU、内存、弹性网卡数和包转发率取自 %1（截至 %2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/catalog/alibabaimport.cpp" line="+56"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1，另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>expected an amount (a number ≥ 0)</source>
        <translation>应为金额（≥ 0 的数字）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected CNY or USD, found &quot;%1&quot;</source>
        <translation>应为 CNY 或 USD，实际为“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the price is 0; a missing price is left out, never counted as 0</source>
        <translation>价格为 0；缺失的价格会被略去，而不会按 0 计算</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not named after its command: expected &lt;product&gt;_&lt;Action&gt;[_&lt;Parameter&gt;=&lt;value&gt;]….json, e.g. ecs_DescribeZones_RegionId=cn-hangzhou.json</source>
        <translation>文件名与其命令不符：应为 &lt;product&gt;_&lt;Action&gt;[_&lt;Parameter&gt;=&lt;value&gt;]….json，例如 ecs_DescribeZones_RegionId=cn-hangzhou.json</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a response this import reads (ecs DescribeRegions, DescribeZones, DescribeInstanceTypes, DescribeAvailableResource, DescribePrice; r-kvstore DescribeAvailableResource, DescribePrice)</source>
        <translation>“%1”不是本导入可读取的响应（ecs DescribeRegions、DescribeZones、DescribeInstanceTypes、DescribeAvailableResource、DescribePrice；r-kvstore DescribeAvailableResource、DescribePrice）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invalid JSON at offset %1: %2 (was the command&apos;s error message saved instead of its output?)</source>
        <translation>偏移 %1 处 JSON 无效：%2（保存的是否为命令的错误信息而非其输出？）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/catalog/catalogoverlay.cpp" line="-251"/>
        <location filename="../core/catalog/catalogparser.cpp" line="+4"/>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the response is an API error: %1: %2</source>
        <translation>该响应是 API 错误：%1：%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>regions the built-in catalog does not know: %1</source>
        <translation>内置目录中未知的地域：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file name lacks RegionId=…: a DescribeZones response does not say its region</source>
        <translation>文件名缺少 RegionId=…：DescribeZones 响应本身不含地域信息</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>region %1 is not in the built-in catalog</source>
        <translation>地域 %1 不在内置目录中</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n instance type(s) not in the built-in catalog (their disk and network limits are unknown): %1</source>
        <translation>
            <numerusform>%n 个实例规格不在内置目录中（其云盘和网络上限未知）：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>lists %1 only; run it without --InstanceType so that every offered type is listed</source>
        <translation>仅列出了 %1；请不带 --InstanceType 运行，以列出所有可售规格</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DestinationResource is %1, not InstanceType</source>
        <translation>DestinationResource 为 %1，而不是 InstanceType</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+129"/>
        <source>zone %1 is not in a region the built-in catalog knows</source>
        <translation>可用区 %1 不属于内置目录中已知的地域</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>the file name lacks RegionId=… or InstanceType=…: a DescribePrice response does not say what was priced</source>
        <translation>文件名缺少 RegionId=… 或 InstanceType=…：DescribePrice 响应本身不含询价对象</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no DetailInfo with Resource &quot;instanceType&quot;: the instance&apos;s price cannot be told from its disks&apos;</source>
        <translation>没有 Resource 为 &quot;instanceType&quot; 的 DetailInfo：无法将实例价格与其云盘价格区分开</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ResourceType %1: only instance prices are read</source>
        <translation>ResourceType %1：只读取实例价格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a preemptible (%1) price: spot prices float, the design&apos;s spot discount applies</source>
        <translation>抢占式实例（%1）价格：抢占式价格浮动，改用设计中的抢占式折扣</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+107"/>
        <source>%1 in %2 is not in the built-in catalog</source>
        <translation>%2 的 %1 不在内置目录中</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>; the account&apos;s TradePrice was %1 %2</source>
        <translation>；该账号的 TradePrice 为 %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pay-as-you-go list price (OriginalPrice)%1</source>
        <translation>按量付费目录价（OriginalPrice）%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1-year subscription list price (OriginalPrice) %1 %2 ÷ 12%3</source>
        <translation>1 年包年包月目录价（OriginalPrice）%1 %2 ÷ 12%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PriceUnit %1, Period %2: the catalog keeps hourly prices and 1-year subscriptions (PriceUnit Hour, or Year with Period 1)</source>
        <translation>PriceUnit %1，Period %2：目录只保存按小时价格和 1 年包年包月价格（PriceUnit 为 Hour，或 Year 且 Period 为 1）</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the file name lacks RegionId=… or InstanceClass=…: a DescribePrice response does not say what was priced</source>
        <translation>文件名缺少 RegionId=… 或 InstanceClass=…：DescribePrice 响应本身不含询价对象</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>OrderType %1, Quantity %2: only the price of buying one instance is read</source>
        <translation>OrderType %1，Quantity %2：只读取购买一个实例的价格</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ChargeType %1, Period %2: only 1-year subscriptions are read (ChargeType PrePaid, Period 12); the response does not state a pay-as-you-go price&apos;s billing unit</source>
        <translation>ChargeType %1，Period %2：只读取 1 年包年包月价格（ChargeType 为 PrePaid，Period 为 12）；响应中未注明按量付费价格的计费单位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; the account&apos;s TradeAmount was %1 %2</source>
        <translation>；该账号的 TradeAmount 为 %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1-year subscription list price (OriginalAmount) %1 %2 ÷ 12%3</source>
        <translation>1 年包年包月目录价（OriginalAmount）%1 %2 ÷ 12%3</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no such folder</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no *.json response files (see docs/catalog-import.md)</source>
        <translation>没有 *.json 响应文件（参见 docs/catalog-import.md）</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogparser.cpp" line="+15"/>
        <source>unsupported schema version (expected 1)</source>
        <translation>不支持的 schema 版本（应为 1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+68"/>
        <location filename="../core/catalog/catalogparser_sheet.cpp" line="+24"/>
        <location line="+46"/>
        <source>expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>应为 ISO 日期（YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>expected an array of instance type ids</source>
        <translation>应为实例规格 ID 数组</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an instance type id</source>
        <translation>应为实例规格 ID</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoverlay.cpp" line="+175"/>
        <location line="+5"/>
        <location filename="../core/catalog/catalogparser.cpp" line="+56"/>
        <location filename="../core/io/designjson.cpp" line="-532"/>
        <source>unknown region &quot;%1&quot;</source>
        <translation>未知地域“%1”</translation>
    </message>
    <message>
        <location line="-108"/>
        <location filename="../core/catalog/catalogparser.cpp" line="+11"/>
        <source>expected &quot;PayAsYouGo&quot; or &quot;Subscription&quot;, found &quot;%1&quot;</source>
        <translation>应为 &quot;PayAsYouGo&quot; 或 &quot;Subscription&quot;，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogparser.cpp" line="+6"/>
        <source>expected a 3-letter ISO currency code</source>
        <translation>应为 3 个字母的 ISO 货币代码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown unit &quot;%1&quot; (expected hour, month, GiB-hour, GiB-month or GB)</source>
        <translation>未知单位“%1”（应为 hour、month、GiB-hour、GiB-month 或 GB）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>duplicate price row for %1 / %2</source>
        <translation>%1 / %2 的价格行重复</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected at least one instance type</source>
        <translation>至少应有一个实例规格</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>duplicate instance type &quot;%1&quot;</source>
        <translation>实例规格“%1”重复</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected &quot;x86_64&quot; or &quot;arm64&quot;</source>
        <translation>应为 &quot;x86_64&quot; 或 &quot;arm64&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>burst is below the baseline</source>
        <translation>突发值低于基准值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a category name</source>
        <translation>应为类别名称</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected &quot;nvme&quot; or &quot;hdd&quot;</source>
        <translation>应为 &quot;nvme&quot; 或 &quot;hdd&quot;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>duplicate disk category %1 %2</source>
        <translation>云盘类型 %1 %2 重复</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>maxGiB is below minGiB</source>
        <translation>maxGiB 小于 minGiB</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>iops and throughputMBps are required unless the category is retired</source>
        <translation>除非该类型已停售，否则 iops 和 throughputMBps 为必填项</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/catalog/catalogparser_market.cpp" line="+59"/>
        <source>worst is below typical</source>
        <translation>最差值低于典型值</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>duplicate region &quot;%1&quot;</source>
        <translation>地域“%1”重复</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a zone id</source>
        <translation>应为可用区 ID</translation>
    </message>
    <message>
        <location filename="../core/io/entityjson.cpp" line="-572"/>
        <location filename="../core/io/terraformimport.cpp" line="-25"/>
        <source>not valid JSON (byte %1): %2</source>
        <translation>不是有效的 JSON（字节 %1）：%2</translation>
    </message>
    <message>
        <location filename="../core/io/designjson.cpp" line="+273"/>
        <location filename="../core/io/terraformimport_read.cpp" line="-19"/>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <location line="+83"/>
        <location filename="../core/io/entityjson.cpp" line="+80"/>
        <source>the key occurs more than once; a file gives each key once</source>
        <translation>键重复出现；文件中每个键只能出现一次</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>not an ECS Planner design (expected &quot;format&quot;: &quot;ecsplan&quot;)</source>
        <translation>不是 ECS Planner 设计文件（应为 &quot;format&quot;: &quot;ecsplan&quot;）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing or not a positive whole number</source>
        <translation>缺失或不是正整数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the design was saved by a newer ECS Planner (schema %1); this version reads schema %2 and older. Please update ECS Planner.</source>
        <translation>该设计由更新版本的 ECS Planner 保存（schema %1）；当前版本只能读取 schema %2 及更早版本。请升级 ECS Planner。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown key</source>
        <translation>未知键</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/io/terraformimport_read.cpp" line="-196"/>
        <location line="+128"/>
        <location line="+11"/>
        <location line="+29"/>
        <location line="+6"/>
        <location line="+36"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected &quot;CNY&quot; or &quot;USD&quot;, found &quot;%1&quot;</source>
        <translation>应为 &quot;CNY&quot; 或 &quot;USD&quot;，实际为“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a positive exchange rate</source>
        <translation>应为正的汇率</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../core/io/terraformimport_read.cpp" line="-183"/>
        <location line="+11"/>
        <location line="+26"/>
        <location line="+50"/>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected {&quot;rule&quot;, &quot;entity&quot;, &quot;reason&quot;}</source>
        <translation>应为 {&quot;rule&quot;, &quot;entity&quot;, &quot;reason&quot;}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>missing or not an array</source>
        <translation>缺失或不是数组</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>duplicate id %1</source>
        <translation>ID %1 重复</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>another %1 has the same name</source>
        <translation>另一个%1使用了相同的名称</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refers to entity %1, which does not exist</source>
        <translation>引用的实体 %1 不存在</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="+244"/>
        <source>%1 price used for %2 (Chinese-mainland regions share list prices)</source>
        <translation>%2 使用了%1的价格（中国内地地域共用目录价）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 rate used for %2 (no published rate for this region)</source>
        <translation>%2 使用了%1的费率（该地域无公开费率）</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>internet path estimated as CEN RTT %1-%2 ms x %3 (typical) / x %4 (worst); CEN figure: %5</source>
        <translation>公网路径按 CEN RTT %1-%2 ms × %3（典型）/ × %4（最差）估算；CEN 数据：%5</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>official documentation (facts)</source>
        <translation>官方文档（事实）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field guide</source>
        <translation>实践指南</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 - field guide: %2 Facts: %3 Used: %4. %5</source>
        <translation>%1 - 实践指南：%2 事实：%3 采用：%4。%5</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogparser_market.cpp" line="+87"/>
        <source>expected all, mainland or international</source>
        <translation>应为 all、mainland 或 international</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an assumed price needs a note</source>
        <translation>假定价格需要附带说明</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>expected &quot;facts&quot; or &quot;fieldGuide&quot;</source>
        <translation>应为 &quot;facts&quot; 或 &quot;fieldGuide&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogparser_sheet.cpp" line="-35"/>
        <source>expected exactly one of &quot;instanceType&quot;, &quot;diskCategory&quot; or &quot;cacheClass&quot;</source>
        <translation>&quot;instanceType&quot;、&quot;diskCategory&quot; 和 &quot;cacheClass&quot; 中应恰好指定一个</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoverlay.cpp" line="+100"/>
        <location filename="../core/catalog/catalogparser_sheet.cpp" line="+8"/>
        <source>unknown cache class &quot;%1&quot;</source>
        <translation>未知的缓存规格 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+26"/>
        <location filename="../core/catalog/catalogparser_sheet.cpp" line="+7"/>
        <source>unknown instance type &quot;%1&quot;</source>
        <translation>未知实例规格“%1”</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogparser_sheet.cpp" line="+9"/>
        <source>unknown disk category &quot;%1&quot; level &quot;%2&quot;</source>
        <translation>未知云盘类型“%1”性能级别“%2”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>every price needs a source (row or sheet)</source>
        <translation>每个价格都需要来源（行或表）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every price needs an asOf date (row or sheet)</source>
        <translation>每个价格都需要 asOf 日期（行或表）</translation>
    </message>
    <message>
        <location filename="../core/catalog/jsonreader.cpp" line="+58"/>
        <location line="+12"/>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected an object or null, found %1</source>
        <translation>应为对象或 null，实际为 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogoverlay.cpp" line="-143"/>
        <location filename="../core/catalog/jsonreader.cpp" line="+19"/>
        <source>expected a non-empty string</source>
        <translation>应为非空字符串</translation>
    </message>
    <message>
        <location filename="../core/catalog/jsonreader.cpp" line="+1"/>
        <location line="+13"/>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a boolean, found %1</source>
        <translation>应为布尔值，实际为 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a number, found %1</source>
        <translation>应为数字，实际为 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is out of range [%2, %3]</source>
        <translation>%1 超出范围 [%2, %3]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a positive number, found %1</source>
        <translation>应为正数，实际为 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a number &gt;= 0, found %1</source>
        <translation>应为 &gt;= 0 的数字，实际为 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a number &gt;= 0 or null, found %1</source>
        <translation>应为 &gt;= 0 的数字或 null，实际为 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a positive integer</source>
        <translation>应为正整数</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>expected a positive integer or null</source>
        <translation>应为正整数或 null</translation>
    </message>
    <message>
        <location filename="../core/export/terraform/terraformbuilder.cpp" line="+11"/>
        <source>Terraform (Alibaba Cloud)</source>
        <translation>Terraform（阿里云）</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Security groups in another region than the instances they protect were left out of those instances</source>
        <translation>与所保护实例不在同一地域的安全组，未关联到这些实例</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compute without a security group was put in a new default security group of its region, which admits only what the design&apos;s links need</source>
        <translation>未指定安全组的计算资源已放入其所在地域新建的默认安全组，该安全组仅放行设计中连线所需的流量</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Regions without a region id were not exported, with everything in them</source>
        <translation>未设置地域 ID 的地域及其中所有资源均未导出</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VPC CIDR blocks overlap, so the regions cannot be joined over CEN</source>
        <translation>VPC CIDR 网段重叠，因此这些地域无法通过 CEN 互联</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid VPC CIDR blocks (a /8 to /24 network) were replaced by a free /16</source>
        <translation>无效的 VPC CIDR 网段（应为 /8 到 /24）已替换为空闲的 /16 网段</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Zones without a zone id were not exported, with everything in them</source>
        <translation>未设置可用区 ID 的可用区及其中所有资源均未导出</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>vSwitch CIDR blocks that were invalid, outside their VPC or overlapping were replaced by free blocks of the VPC</source>
        <translation>无效、超出所属 VPC 或相互重叠的交换机 CIDR 网段已替换为该 VPC 的空闲网段</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The VPC has no room for more vSwitches; zones were left out</source>
        <translation>该 VPC 已无空间容纳更多交换机；部分可用区未导出</translation>
    </message>
    <message>
        <location filename="../core/export/terraform/terraformcompute.cpp" line="+87"/>
        <source>Auto Scaling only launches pay-as-you-go or preemptible instances; subscription scaling groups were exported as pay-as-you-go</source>
        <translation>弹性伸缩仅支持按量付费或抢占式实例；包年包月伸缩组已按按量付费导出</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Instance groups outside an exported zone were not exported</source>
        <translation>不在已导出可用区内的实例组未导出</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Scaling groups without an exported zone were not exported</source>
        <translation>不在已导出可用区内的伸缩组未导出</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Launch templates cannot set provisioned IOPS or bursting of ESSD AutoPL data disks; set them after launch</source>
        <translation>启动模板无法设置 ESSD AutoPL 数据盘的预配置 IOPS 或性能突发；请在实例启动后设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data disks of scaling groups that outlive their instance pile up as the group scales in</source>
        <translation>伸缩组中不随实例释放的数据盘会在缩容时不断累积</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Disks outside an exported zone were not exported</source>
        <translation>不在已导出可用区内的云盘未导出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disks can only attach within their instance&apos;s zone; these were put in that zone</source>
        <translation>云盘只能挂载到同一可用区的实例；这些云盘已放入实例所在可用区</translation>
    </message>
    <message>
        <location filename="../core/export/terraform/terraformfiles.cpp" line="-349"/>
        <source>The OSS backend has no Tablestore endpoint and table, so the state is not locked</source>
        <translation>OSS 后端未配置表格存储（Tablestore）端点和表，因此状态不会加锁</translation>
    </message>
    <message>
        <location filename="../core/export/terraform/terraformloadbalancers.cpp" line="+38"/>
        <source>ALB and NLB need vSwitches in at least two zones; span these over a second zone</source>
        <translation>ALB 和 NLB 需要至少两个可用区的交换机；请将其扩展到第二个可用区</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>A CLB serving scaling groups cannot also list fixed instances in the same backend set; these instance groups were left out of it (use an ALB or NLB to mix them)</source>
        <translation>为伸缩组提供服务的 CLB 不能在同一后端服务器组中同时添加固定实例；这些实例组已被排除（如需混用，请使用 ALB 或 NLB）</translation>
    </message>
    <message>
        <location filename="../core/export/terraform/terraformnetwork.cpp" line="+85"/>
        <source>Security groups outside an exported region were not exported</source>
        <translation>不在已导出地域内的安全组未导出</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Security rules with a protocol the provider does not support were left out (nothing was opened in their place)</source>
        <translation>协议不受 provider 支持的安全组规则已被省略（未开放任何替代规则）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SSH/RDP open to the internet now reads var.admin_cidr (default 0.0.0.0/0): narrow it</source>
        <translation>对公网开放的 SSH/RDP 现在读取 var.admin_cidr（默认 0.0.0.0/0）：请收窄范围</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Regions joined over CEN need at least one zone to attach their VPC</source>
        <translation>通过 CEN 互联的地域至少需要一个可用区来挂载其 VPC</translation>
    </message>
    <message>
        <location filename="../core/export/terraform/terraformservices.cpp" line="+42"/>
        <source>Replicas of replicas were exported as their own instances</source>
        <translation>副本的副本已作为独立实例导出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cross-region cache replicas need a Global Distributed Cache, which the export does not create; they were exported as independent instances</source>
        <translation>跨地域缓存副本需要全球分布式缓存，导出不会创建该资源；这些副本已作为独立实例导出</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Caches outside an exported zone were not exported</source>
        <translation>不在已导出可用区内的缓存未导出</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cache replicas spread over more than two zones were counted in the primary zone</source>
        <translation>分布在两个以上可用区的缓存副本已计入主可用区</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More read replicas than the engine allows (9 for Redis, 5 for Tair) were capped</source>
        <translation>超出引擎允许数量（Redis 为 9 个，Tair 为 5 个）的只读副本已被截断</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Redis 6.0 and 7.0 run only on cloud-native classes (redis.shard.*, redis.amber.*); classic redis.master.* and redis.logic.* classes take 4.0 or 5.0, so creating these caches fails until the class or version changes</source>
        <translation>Redis 6.0 和 7.0 仅支持云原生规格（redis.shard.*、redis.amber.*）；经典规格 redis.master.* 和 redis.logic.* 仅支持 4.0 或 5.0，因此在更改规格或版本之前，创建这些缓存会失败</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tair ESSD caches take the provider&apos;s default storage size; set storage_size_gb if the data needs more</source>
        <translation>Tair ESSD 缓存使用 provider 的默认存储容量；如数据需要更多空间，请设置 storage_size_gb</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Caches cannot be preemptible; they were exported as pay-as-you-go</source>
        <translation>缓存不支持抢占式实例；已按按量付费导出</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Load balancers outside an exported region were not exported</source>
        <translation>不在已导出地域内的负载均衡未导出</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Load balancers only serve backends in their own region; other backends were left out</source>
        <translation>负载均衡只能服务同一地域内的后端；其他后端已被忽略</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load balancers without linked instance or scaling groups have empty server groups</source>
        <translation>未连接实例或伸缩组的负载均衡，其服务器组为空</translation>
    </message>
    <message>
        <location filename="../core/io/clipboard.cpp" line="-216"/>
        <location line="+21"/>
        <source>The clipboard does not hold ECS Planner components (%1).</source>
        <translation>剪贴板中没有 ECS Planner 组件（%1）。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The clipboard holds malformed ECS Planner components: %1</source>
        <translation>剪贴板中的 ECS Planner 组件格式有误：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+79"/>
        <source>The clipboard does not hold ECS Planner components.</source>
        <translation>剪贴板中不是 ECS Planner 组件。</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>/entities: missing or not an array</source>
        <translation>/entities：缺失或不是数组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/entities: %1 components and links are more than the %2 a design accepts</source>
        <translation>/entities：%1 个组件和连线超过了设计允许的 %2 个</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>/source: expected a string</source>
        <translation>/source：应为字符串</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1/id: duplicate id %2</source>
        <translation>%1/id：ID %2 重复</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The clipboard is empty.</source>
        <translation>剪贴板为空。</translation>
    </message>
    <message>
        <location filename="../core/metrics/cataloginputs.cpp" line="+96"/>
        <source>%1 performance: %2</source>
        <translation>%1 性能：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 disk limits</source>
        <translation>%1 云盘限制</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>preemptible (spot) maximum discount</source>
        <translation>抢占式实例最高折扣</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>savings plan discount (published example)</source>
        <translation>节省计划折扣（公开示例）</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <location line="+66"/>
        <source>%1 in %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+25"/>
        <location line="+65"/>
        <source>no region</source>
        <translation>无地域</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+26"/>
        <location line="+65"/>
        <source>%1 pay-as-you-go, %2</source>
        <translation>%1 按量付费，%2</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+26"/>
        <location line="+65"/>
        <source>%1 subscription, %2</source>
        <translation>%1 包年包月，%2</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 price</source>
        <translation>%1 价格</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 %2 instance fee in %3</source>
        <translation>%3 的 %1 %2 实例费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 instance fee in %2</source>
        <translation>%2 的 %1 实例费用</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>intranet traffic in %1</source>
        <translation>%1 的内网流量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CEN %1 ↔ %2</source>
        <translation>CEN %1 ↔ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>internet egress from %1</source>
        <translation>%1 的公网出流量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>internet ingress</source>
        <translation>公网入流量</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>same-zone round trip</source>
        <translation>同可用区往返</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cross-zone round trip</source>
        <translation>跨可用区往返</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ↔ %2 round trip over CEN</source>
        <translation>%1 ↔ %2 经 CEN 往返</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ↔ %2 round trip over the internet</source>
        <translation>%1 ↔ %2 经公网往返</translation>
    </message>
    <message>
        <location filename="../core/metrics/cost.cpp" line="+86"/>
        <source>price missing: %1</source>
        <translation>缺少价格：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the catalog has no price for this item; it is not counted in the totals</source>
        <translation>目录中没有此项的价格；未计入总计</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>assumption: the design setting &quot;Spot discount&quot;, %1 % off pay-as-you-go; preemptible instances are billed at a floating market price, 0 % to %2 % off</source>
        <translation>假设：设计设置“抢占式折扣”，比按量付费优惠 %1 %；抢占式实例按浮动市场价计费，折扣为 0 % 至 %2 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>assumption: the design setting &quot;Spot discount&quot;, %1 % off pay-as-you-go; preemptible instances are billed at a floating market price</source>
        <translation>假设：设计设置“抢占式折扣”，比按量付费优惠 %1 %；抢占式实例按浮动市场价计费</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>assumption: the savings plan discount is one published example, not a rate for this type</source>
        <translation>假设：节省计划折扣仅为一个公开示例，并非该规格的实际费率</translation>
    </message>
    <message>
        <location filename="../core/metrics/diskperformance.cpp" line="+58"/>
        <source>%1 has no published performance formula</source>
        <translation>%1 没有公开的性能计算公式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs at least %2 GiB (this disk has %3 GiB)</source>
        <translation>%1 至少需要 %2 GiB（此云盘为 %3 GiB）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 allows at most %2 GiB (this disk has %3 GiB)</source>
        <translation>%1 最多允许 %2 GiB（此云盘为 %3 GiB）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>0 IOPS: invalid disk</source>
        <translation>0 IOPS：云盘无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 MB/s: invalid disk</source>
        <translation>0 MB/s：云盘无效</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>provisioned IOPS limited to %1 for %2 GiB</source>
        <translation>%2 GiB 时预配置 IOPS 上限为 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>burst up to min(%1 × %2 GiB, %3) = %4 IOPS, within the instance&apos;s burst limit</source>
        <translation>突发最高 min(%1 × %2 GiB, %3) = %4 IOPS，在实例的突发上限之内</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>burst up to %1 MB/s, within the instance&apos;s burst limit</source>
        <translation>突发最高 %1 MB/s，在实例的突发上限之内</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the disks of %1 ask for %2 IOPS; its baseline limit is %3 IOPS</source>
        <translation>%1 的云盘需要 %2 IOPS；其基准上限为 %3 IOPS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disks of %1 ask for %2 MB/s; its baseline limit is %3 MB/s</source>
        <translation>%1 的云盘需要 %2 MB/s；其基准上限为 %3 MB/s</translation>
    </message>
    <message>
        <location filename="../core/metrics/metricscalculator.cpp" line="+34"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>unknown disk category %1 %2</source>
        <translation>未知云盘类型 %1 %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 disk categories</source>
        <translation>%1 云盘类型</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>ESSD AutoPL provisioned IOPS fee in %1</source>
        <translation>%1 中的 ESSD AutoPL 预配置 IOPS 费用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 provisioned IOPS × %2 × %3: %4</source>
        <translation>%1 预配置 IOPS × %2 × %3：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>capacity + provisioned IOPS</source>
        <translation>容量 + 预配置 IOPS</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ESSD AutoPL burst I/O fee (per use) in %1</source>
        <translation>%1 中的 ESSD AutoPL 突发 I/O 费用（按使用量）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not counted (no price in the catalog): %1</source>
        <translation>未计入（目录中无价格）：%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 × %2 with %3 GiB system disks</source>
        <translation>%1 × %2，系统盘 %3 GiB</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>scaling group: %1 at min %2, %3 at max %4</source>
        <translation>伸缩组：最小 %2 时为 %1，最大 %4 时为 %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not in the catalog</source>
        <translation>%1 不在目录中</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>CEN transit router connection and data processing fees %1</source>
        <translation>云企业网 CEN 转发路由器连接费和流量处理费 %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>writes leaving %1: %2</source>
        <translation>流出 %1 的写入：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads leaving %1: %2</source>
        <translation>流出 %1 的读取：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of the link&apos;s %2 GB leave Alibaba Cloud (writes leave the requester&apos;s side, reads the server&apos;s); %3 GB inbound from the internet are free</source>
        <translation>该连线的 %2 GB 中有 %1 流出阿里云（写入从请求方流出，读取从服务端流出）；来自公网的 %3 GB 入方向流量免费</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>transit router connection (per attachment-hour) and data processing (per GB) fees are not in the catalog: not counted</source>
        <translation>目录中没有转发路由器连接费（按连接小时）和流量处理费（按 GB）：未计入</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>%1: %2–%3 ms round trip</source>
        <translation>%1：往返 %2–%3 ms</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>%1 capacity units (LCU) in %2</source>
        <translation>%2 的 %1 容量单位（LCU）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no demand on its links: no capacity units billed</source>
        <translation>其连线上没有需求：不产生容量单位费用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>instance fee only: no demand on its links and no LCU price in the catalog, so the capacity-unit fee is not known</source>
        <translation>仅含实例费：其连线上没有需求，且目录中没有 LCU 价格，因此容量单位费用未知</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>
+ capacity units (demand-derived): %1 LCU at the peak ÷ %2 = %3 LCU per hour × %4 %5/LCU-hour × %6 h = %7</source>
        <translation>
+ 容量单位（按需求推算）：峰值 %1 LCU ÷ %2 = 每小时 %3 LCU × %4 %5/LCU/小时 × %6 小时 = %7</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the capacity-unit fee is derived from the demand of its links (the %1 dimension dominates)</source>
        <translation>容量单位费用根据其连线的需求推算（%1维度占主导）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>instance fee only: the demand needs %1 capacity units (LCU) in the average hour (%2 at the peak), but the catalog has no LCU price</source>
        <translation>仅含实例费：按需求平均每小时需要 %1 个容量单位（LCU）（峰值 %2 个），但目录中没有 LCU 价格</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1: no latency figure</source>
        <translation>%1：无延迟数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>latency between the internet and the region is not modelled</source>
        <translation>未对公网与地域之间的延迟建模</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the catalog has no round-trip figure for %1 ↔ %2</source>
        <translation>目录中没有 %1 ↔ %2 的往返延迟数据</translation>
    </message>
    <message>
        <location filename="../core/metrics/transfer.cpp" line="+20"/>
        <source>%1 GB inbound from the internet: free</source>
        <translation>%1 GB 公网入流量：免费</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no per-GB rate for %1</source>
        <translation>%1 没有按 GB 计费的费率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the catalog has no rate for this traffic; it is not counted in the totals</source>
        <translation>目录中没有此类流量的费率；未计入总计</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is free; the volume is still reported</source>
        <translation>%1 免费；仍会报告流量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the monthly internet free quota, which the totals deduct once for the design</source>
        <translation>未扣除每月公网免费额度，总计中会为整个设计扣除一次</translation>
    </message>
    <message>
        <location filename="../core/report/reportwriter.cpp" line="-451"/>
        <source>, INVALID</source>
        <translation>，无效</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 + no price</source>
        <translation>%1 + 无价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price missing</source>
        <translation>缺少价格</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (incomplete)</source>
        <translation> （不完整）</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+314"/>
        <source>Cost report: %1</source>
        <translation>费用报告：%1</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Currency %1 (1 USD = %2 CNY), catalog %3 as of %4</source>
        <translation>币种 %1（1 USD = %2 CNY），目录 %3，截至 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Catalog overlay %1: %n Alibaba Cloud API response(s) saved %2</source>
        <translation>
            <numerusform>目录叠加层 %1：%n 个阿里云 API 响应，保存于 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every instance and cache priced as %1</source>
        <translation>所有实例和缓存均按%1计价</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MONTHLY (%1)</source>
        <translation>月度费用（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+255"/>
        <location line="+5"/>
        <source>%1 subtotal</source>
        <translation>%1 小计</translation>
    </message>
    <message>
        <location line="-260"/>
        <location line="+31"/>
        <location line="+230"/>
        <source>(no region)</source>
        <translation>（无地域）</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>no price: %1</source>
        <translation>无价格：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no zone)</source>
        <translation>（无可用区）</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+213"/>
        <source>Internet free quota</source>
        <translation>公网免费额度</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>OVERALL TOTAL</source>
        <translation>总计</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  (incomplete)</source>
        <translation>  （不完整）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By category:</source>
        <translation>按类别：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By billing model (whole design):</source>
        <translation>按付费类型（整个设计）：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Request paths (round trip, ms):</source>
        <translation>请求路径（往返，ms）：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(partial: 1 hop not modelled, counted as 0 ms)</source>
        <translation>（部分：1 跳未建模，按 0 ms 计）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(partial: %n hops not modelled, counted as 0 ms)</source>
        <translation>
            <numerusform>（部分：%n 跳未建模，按 0 ms 计）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[saturates first: %1, %2 %3 %; headroom × %4]</source>
        <translation>[最先饱和：%1，%2 %3 %；余量 × %4]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demand against capacity at the peak (amber &gt; 70 %, red &gt; 100 %):</source>
        <translation>峰值时的需求与容量对比（超过 70 % 为琥珀色，超过 100 % 为红色）：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 capacity units (LCU) at the peak, %2 in the average hour (%3)</source>
        <translation>峰值 %1 个容量单位（LCU），平均每小时 %2 个（%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no capacity figure (demand only)</source>
        <translation>无容量数据（仅需求）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 req/s in, %2 Gbit/s in / %3 out, %4 packets/s)</source>
        <translation>（入 %1 请求/秒，入 %2 Gbit/s / 出 %3，%4 包/秒）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at min/max size: %1 % / %2 %</source>
        <translation>最小/最大规模时：%1 % / %2 %</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n price(s) missing, not included in the totals:</source>
        <translation>
            <numerusform>缺少 %n 项价格，未计入总计：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assumptions:</source>
        <translation>假设：</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>| Region | Zone | Name | Kind | Detail | Monthly (%1) |</source>
        <translation>| 地域 | 可用区 | 名称 | 类型 | 详情 | 月度费用（%1） |</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly (%1)</source>
        <translation>月度费用（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing prices (not in the totals)</source>
        <translation>缺少的价格（未计入总计）</translation>
    </message>
    <message>
        <location filename="../core/rules/computerules.cpp" line="+44"/>
        <source>costs the same</source>
        <translation>费用相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saves %1 per month</source>
        <translation>每月节省 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>costs %1 more per month</source>
        <translation>每月多花费 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Burstable instance on a production path</source>
        <translation>生产链路上的突发性能实例</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>tagged production</source>
        <translation>标记为生产环境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reachable from internet users</source>
        <translation>可被互联网用户访问</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 runs %2, a burstable type, on a production path (%3). It earns %4 CPU credits per hour, a baseline of %5% per vCPU; at 100% CPU it spends %6 credits per hour, so a full balance of %7 credits lasts %8 hours. Then the CPU is throttled to the baseline, health checks fail and the load shifts to the next node.</source>
        <translation>%1 在生产链路（%3）上运行突发性能规格 %2。它每小时获得 %4 个 CPU 积分，每个 vCPU 的基准性能为 %5%；CPU 满载时每小时消耗 %6 个积分，因此 %7 个积分的满额余额可维持 %8 小时。之后 CPU 将被限制到基准性能，健康检查失败，负载转移到下一个节点。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>At the peak it serves %1 req/s per instance (%2 req/s over %3 instances, the links&apos; average × %4): its baseline of %5% of %6 vCPU leaves %7 ms of CPU per request. Requests that need more drain the credits; at 100% CPU a full balance lasts %8 hours.</source>
        <translation>峰值时每个实例处理 %1请求/秒（%3 个实例共 %2请求/秒，即连线平均值 × %4）：%6 vCPU 的 %5% 基准性能只给每个请求留出 %7 ms 的 CPU 时间。需要更多 CPU 的请求会消耗积分；CPU 满载（100%）时，满额积分可维持 %8 小时。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use %1 (dedicated vCPUs)</source>
        <translation>使用 %1（独享 vCPU）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instance generation older than 7</source>
        <translation>实例规格代数低于 7 代</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 uses %2, a generation-%3 type without the full X-Dragon offload of generations 7 and 8.</source>
        <translation>%1 使用 %2，这是第 %3 代规格，不具备第 7、8 代完整的神龙（X-Dragon）卸载能力。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The nearest current type is %1 (%2 vCPU, %3 GiB).</source>
        <translation>最接近的当前规格为 %1（%2 vCPU，%3 GiB）。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>For %n instance(s) it %1 (%2).</source>
        <translation>
            <numerusform>对于 %n 个实例，它%1（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/rules/demandrules.cpp" line="+193"/>
        <location filename="../core/rules/storagerules.cpp" line="+162"/>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Database on a very large, multi-NUMA instance</source>
        <translation>数据库运行在超大多 NUMA 实例上</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 runs a database on %2 with %3 vCPUs and %4 GiB: an instance this large spans several NUMA nodes, and every access to memory on the other node pays an interconnect penalty. Pin the database to one node (numactl --cpunodebind=0 --membind=0) or shard it over smaller instances.</source>
        <translation>%1 在 %2 上运行数据库，该规格有 %3 个 vCPU 和 %4 GiB 内存：如此大的实例跨越多个 NUMA 节点，每次访问另一节点上的内存都要承担互联开销。请将数据库绑定到一个节点（numactl --cpunodebind=0 --membind=0），或将其分片到更小的实例上。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preemptible instances without a drain handler</source>
        <translation>抢占式实例未配置中断处理程序</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 runs %n preemptible instance(s) without a termination handler. Alibaba Cloud reclaims them with about 5 minutes&apos; notice; without a watcher on the metadata service (instance/spot/termination-time) or a Kubernetes node termination handler, in-flight writes and sessions are lost.</source>
        <translation>
            <numerusform>%1 运行 %n 台抢占式实例，但未配置中断处理程序。阿里云回收实例前约提前 5 分钟通知；如果没有监听元数据服务（instance/spot/termination-time）的程序或 Kubernetes 节点中断处理程序，正在进行的写入和会话将会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a termination handler (drain on notice)</source>
        <translation>添加中断处理程序（收到通知时排空）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>JVM workload on a 1:2 compute-optimized type</source>
        <translation>JVM 工作负载运行在 1:2 计算型规格上</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 runs a JVM on %2: %3 GiB for %4 vCPU (1:2). Heap, metaspace, thread stacks and the OS leave little headroom; expect OutOfMemoryError under load.</source>
        <translation>%1 在 %2 上运行 JVM：%4 vCPU 对应 %3 GiB（1:2）。堆、元空间、线程栈和操作系统占用后余量很少；高负载下可能出现 OutOfMemoryError。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has %2 GiB.</source>
        <translation>%1 有 %2 GiB。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>For %n instance(s) it %1.</source>
        <translation>
            <numerusform>对于 %n 台实例，%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use %1 (1:4)</source>
        <translation>使用 %1（1:4）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bare-metal instance: no live migration</source>
        <translation>弹性裸金属实例：不支持热迁移</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 runs on %2, a bare-metal type: there is no live migration during Alibaba Cloud hardware maintenance, so plan for reboots, patching and downtime (keep a replica elsewhere).</source>
        <translation>%1 运行在弹性裸金属规格 %2 上：阿里云硬件维护期间不支持热迁移，请为重启、打补丁和停机做好规划（在其他位置保留副本）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An Arm (Yitian) equivalent costs less</source>
        <translation>同等 Arm（倚天）规格费用更低</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1 could run on %2 (Arm, %3 vCPU, %4 GiB) instead of %5: %6 instead of %7 per instance-month, saving %8 per month for %n instance(s) (%9% less). The software must be built for arm64.</source>
        <translation>
            <numerusform>%1 可以改用 %2（Arm，%3 vCPU，%4 GiB）代替 %5：每实例每月 %6 而非 %7，%n 台实例每月节省 %8（降低 %9%）。软件需要针对 arm64 构建。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use %1 (arm64)</source>
        <translation>使用 %1（arm64）</translation>
    </message>
    <message>
        <location filename="../core/rules/finding.cpp" line="+37"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../core/rules/findingsreport.cpp" line="+112"/>
        <source>components: %1</source>
        <translation>组件：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see: %1</source>
        <translation>参见：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 error(s), %2 warning(s), %3 advice, %4 muted</source>
        <translation>%1 个错误，%2 个警告，%3 条建议，%4 条已静默</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>See %1.</source>
        <translation>参见 %1。</translation>
    </message>
    <message>
        <location filename="../core/rules/rulesengine.cpp" line="+627"/>
        <source>%1 offers no automatic fix.</source>
        <translation>%1 不提供自动修复。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mute %1</source>
        <translation>静默 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not muted here.</source>
        <translation>%1 在此处未静默。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmute %1</source>
        <translation>取消静默 %1</translation>
    </message>
    <message>
        <location filename="../core/rules/deployabilityrules.cpp" line="+82"/>
        <source>Span %1</source>
        <translation>跨越 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use engine version %1</source>
        <translation>使用引擎版本 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use %1 %2</source>
        <translation>改用 %1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Disk size outside its category&apos;s capacity range</source>
        <translation>云盘容量超出该类型的容量范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alibaba Cloud: block storage performance</source>
        <translation>阿里云：块存储性能</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ALB or NLB in fewer than two zones</source>
        <translation>ALB 或 NLB 所在可用区少于两个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alicloud_alb_load_balancer, alicloud_nlb_load_balancer: zone_mappings</source>
        <translation>alicloud_alb_load_balancer, alicloud_nlb_load_balancer: zone_mappings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scaling group sizes out of order</source>
        <translation>伸缩组大小顺序不正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alicloud_ess_scaling_group: min_size, max_size, desired_capacity</source>
        <translation>alicloud_ess_scaling_group: min_size, max_size, desired_capacity</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zone outside its region</source>
        <translation>可用区不在其地域内</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Alibaba Cloud: regions and zones</source>
        <translation>阿里云：地域和可用区</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Region id unknown or used twice</source>
        <translation>地域 ID 未知或重复使用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CIDR block the VPC would refuse</source>
        <translation>专有网络 VPC 会拒绝的 CIDR 网段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alibaba Cloud: create and manage a VPC</source>
        <translation>阿里云：创建和管理专有网络 VPC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cache class its engine version cannot use</source>
        <translation>引擎版本不支持的缓存规格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alicloud_kvstore_instance, alicloud_redis_tair_instance: instance_class, engine_version</source>
        <translation>alicloud_kvstore_instance, alicloud_redis_tair_instance: instance_class, engine_version</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk category the instance type cannot attach</source>
        <translation>实例规格无法挂载的云盘类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alibaba Cloud: instance families</source>
        <translation>阿里云：实例规格族</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scaling group system disk a launch template cannot take</source>
        <translation>伸缩组系统盘类型不被启动模板支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alicloud_ecs_launch_template: system_disk.category</source>
        <translation>alicloud_ecs_launch_template: system_disk.category</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Resize to %1 GiB</source>
        <translation>调整为 %1 GiB</translation>
    </message>
    <message>
        <location filename="../core/rules/storagerules.cpp" line="-125"/>
        <source>A lower ESSD level with more capacity is cheaper</source>
        <translation>更低性能级别、更大容量的 ESSD 更便宜</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 needs %2 IOPS. %3 at %4 GiB delivers %5 IOPS for %6 per month; %7 needs %8 GiB for it (%9 per month): %3 saves %10 per month.</source>
        <translation>%1 需要 %2 IOPS。%3 在 %4 GiB 时提供 %5 IOPS，每月 %6；%7 需要 %8 GiB 才能达到（每月 %9）：%3 每月节省 %10。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use %1 at %2 GiB</source>
        <translation>使用 %1，容量 %2 GiB</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disks faster than the instance type can deliver</source>
        <translation>云盘性能超出实例规格的承载能力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alibaba Cloud: storage I/O performance</source>
        <translation>阿里云：存储 I/O 性能</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The disks of %1 deliver %2 IOPS and %3 MB/s together, but %4 caps all its cloud disks at %5 IOPS (burst %6) and %7 MB/s (burst %8): the extra performance is paid for and never reached.</source>
        <translation>%1 的云盘合计提供 %2 IOPS 和 %3 MB/s，但 %4 对所有云盘的上限为 %5 IOPS（突发 %6）和 %7 MB/s（突发 %8）：多出的性能付了费却无法达到。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Single-copy data on local instance storage</source>
        <translation>单副本数据存放在实例本地存储上</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 keeps data on local storage (%2, %3) with replication factor %4: local disks die with their host, so that data has a single copy. Replicate it in the software (e.g. Kafka replication.factor=3, min.insync.replicas=2).</source>
        <translation>%1 将数据保存在本地存储（%2，%3）上，副本数为 %4：本地盘随宿主机一起损坏，因此这些数据只有一份副本。请在软件层面进行复制（例如 Kafka replication.factor=3，min.insync.replicas=2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set replication factor %1</source>
        <translation>将副本数设为 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All %1 replicas of %2 (local storage, %3) are in zone %4: losing the zone loses every copy. Spread the nodes over at least two zones with rack/zone-aware replica placement.</source>
        <translation>%2 的全部 %1 个副本（本地存储，%3）都在可用区 %4：该可用区故障将丢失所有副本。请将节点分布到至少两个可用区，并使用机架/可用区感知的副本放置策略。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data disk outlives its instance</source>
        <translation>数据盘不随实例释放</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is kept when %2 is released: such disks are forgotten and keep costing money.</source>
        <translation>释放 %2 时会保留 %1：此类云盘容易被遗忘并持续产生费用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This one costs %1 per month.</source>
        <translation>此云盘每月费用 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete with the instance</source>
        <translation>随实例释放</translation>
    </message>
    <message>
        <location filename="../core/rules/topologyrules.cpp" line="+38"/>
        <source>Stateless tier or scaling group in a single zone</source>
        <translation>无状态层或伸缩组仅部署在单个可用区</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%1 runs %n instance(s) in zone %2 only: when that zone fails the tier loses all its capacity. Spread it over at least two zones behind the load balancer.</source>
        <translation>
            <numerusform>%1 仅在可用区 %2 运行 %n 台实例：该可用区故障时，该层将失去全部容量。请将其分布到负载均衡后的至少两个可用区。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also span zone %1</source>
        <translation>同时部署到可用区 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cross-zone reads from a cache</source>
        <translation>跨可用区读取缓存</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 in %2 reads from %3 in %4: %5 GB/month (%6% reads) cross zones, and every read adds %7–%8 ms round trip instead of %9 ms in one zone.</source>
        <translation>%2 中的 %1 从 %4 中的 %3 读取：每月 %5 GB（%6% 为读请求）跨可用区传输，每次读取的往返延迟为 %7–%8 ms，而同可用区仅为 %9 ms。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The field guide blames a per-GB cross-zone bill; that is outdated for Alibaba Cloud, where intranet traffic between zones of one region is free today: the cost is latency, volume on the inter-zone links and a dependency on another zone.</source>
        <translation>实践指南认为跨可用区流量按 GB 计费；这一说法对阿里云已过时，目前同一地域内可用区之间的内网流量免费：代价在于延迟、可用区间链路上的流量以及对另一个可用区的依赖。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Read from %1 in %2</source>
        <translation>从 %2 中的 %1 读取</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 replica</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a read replica in %1 and read from it</source>
        <translation>在 %1 中添加只读副本并从中读取</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add read replica</source>
        <translation>添加只读副本</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Administration port open to the internet</source>
        <translation>管理端口对公网开放</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>admin access from inside the VPC only (was open to the internet)</source>
        <translation>仅允许从 VPC 内部进行管理访问（原先对公网开放）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 accepts port(s) %2 from 0.0.0.0/0: the internet is scanned constantly and exposed SSH/RDP is brute-forced within days. Allow it from a known CIDR only (%3 here) and use Session Manager (aliyun ecs StartTerminalSession) instead of public admin ports.</source>
        <translation>%1 允许来自 0.0.0.0/0 的端口 %2 访问：公网上的扫描从不停止，暴露的 SSH/RDP 几天之内就会遭到暴力破解。请仅允许已知 CIDR（此处为 %3）访问，并使用会话管理（aliyun ecs StartTerminalSession）代替公网管理端口。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Narrow to %1</source>
        <translation>收窄为 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cross-region traffic over the public internet</source>
        <translation>跨地域流量经由公网传输</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Expect about %1 ms round trip over the internet against %2 ms over CEN, with jitter and packet loss on the public path.</source>
        <translation>经公网往返延迟约为 %1 ms，而经 CEN 为 %2 ms，且公网路径存在抖动和丢包。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 carries %2 GB/month between %3 and %4 over the public internet.</source>
        <translation>%1 每月经公网在 %3 和 %4 之间传输 %2 GB。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route it over Cloud Enterprise Network (CEN): Alibaba&apos;s private backbone.</source>
        <translation>改用云企业网 CEN 路由：阿里云的私有骨干网。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route over CEN</source>
        <translation>经 CEN 路由</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Instance type not offered in the zone</source>
        <translation>该可用区不提供此实例规格</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (as of %2)</source>
        <translation>%1（截至 %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 uses %2, which the catalog says is not offered in %3: provisioning will fail there. Check with DescribeAvailableResource and pick an offered type or zone.</source>
        <translation>%1 使用 %2，但根据目录，%3 不提供该规格：在该处创建将会失败。请通过 DescribeAvailableResource 确认，并选择可用的规格或可用区。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <location filename="../core/whatif/billingoptimizer.cpp" line="+88"/>
        <source>Peak capacity runs %1 hours a month.</source>
        <translation>峰值容量每月运行 %1 小时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preemptible instances at %1 % off pay-as-you-go: the design setting &quot;Spot discount&quot; (the catalog says up to %2 %).</source>
        <translation>抢占式实例按比按量付费优惠 %1 % 计算：来自设计设置“抢占式折扣”（目录数据为最高 %2 %）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Savings plan at the catalog&apos;s example discount of %1%.</source>
        <translation>节省计划按目录示例折扣 %1% 计算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription discounts: 1 year %1%, 3 years %2%.</source>
        <translation>包年包月折扣：1 年 %1%，3 年 %2%。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/fieldfactory.cpp" line="+76"/>
        <source>Redis (Community)</source>
        <translation>Redis（社区版）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tair (Enterprise)</source>
        <translation>Tair（企业版）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internet-facing</source>
        <translation>公网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal (VPC)</source>
        <translation>私网（VPC）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(not attached)</source>
        <translation>（未挂载）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none: a primary)</source>
        <translation>（无：主实例）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Basic</source>
        <translation>基础版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>标准版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard with WAF</source>
        <translation>WAF 增强版</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="+27"/>
        <source>The .ecsplan design to review.</source>
        <translation>要检查的 .ecsplan 设计文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: text (default), json or sarif.</source>
        <translation>输出格式：text（默认）、json 或 sarif。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit 1 when findings of this severity or worse exist: error (default), warning or advice.</source>
        <translation>存在该严重级别或更高级别的问题时以退出码 1 退出：error（默认）、warning 或 advice。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ecsplan-cli check: %1</source>
        <translation>ecsplan-cli check：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format takes text, json or sarif, not &quot;%1&quot;.</source>
        <translation>--format 只接受 text、json 或 sarif，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--fail-on takes error, warning or advice, not &quot;%1&quot;.</source>
        <translation>--fail-on 只接受 error、warning 或 advice，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no design given.</source>
        <translation>未指定设计文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one design at a time.</source>
        <translation>一次只能处理一个设计文件。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Review a design with the rules (text, json or sarif); exit 1 on findings at or above --fail-on.</source>
        <translation>使用规则检查设计（text、json 或 sarif）；存在 --fail-on 级别及以上的问题时以退出码 1 退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="+56"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run &quot;ecsplan-cli %1 --help&quot; for details.</source>
        <translation>运行 &quot;ecsplan-cli %1 --help&quot; 查看详情。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Lay a catalog overlay (ecsplan-cli catalog import, docs/catalog-import.md) on the built-in catalog. Default: the overlay named in the design&apos;s settings, if any.</source>
        <translation>在内置目录之上应用目录叠加层（ecsplan-cli catalog import，docs/catalog-import.md）。默认：设计设置中指定的叠加层（如有）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot read the catalog overlay: %1</source>
        <translation>无法读取目录叠加层：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+25"/>
        <source>Export a design as Terraform files for the aliyun/alicloud provider.</source>
        <translation>将设计导出为适用于 aliyun/alicloud Provider 的 Terraform 文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export format: terraform.</source>
        <translation>导出格式：terraform。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .ecsplan design to export.</source>
        <translation>要导出的 .ecsplan 设计文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directory to write the files into (created if missing).</source>
        <translation>写入文件的目录（不存在时自动创建）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OSS bucket of the state backend (enables backend.tf).</source>
        <translation>状态后端的 OSS Bucket（启用 backend.tf）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region of the state bucket.</source>
        <translation>状态 Bucket 所在地域。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tablestore endpoint for state locking.</source>
        <translation>用于状态加锁的表格存储（Tablestore）端点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tablestore table for state locking.</source>
        <translation>用于状态加锁的表格存储（Tablestore）数据表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path of the state inside the bucket.</source>
        <translation>状态文件在 Bucket 中的路径。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the state object.</source>
        <translation>状态对象的名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not encrypt the state object.</source>
        <translation>不加密状态对象。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version constraint of the aliyun/alicloud provider.</source>
        <translation>aliyun/alicloud Provider 的版本约束。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default of the name_prefix variable.</source>
        <translation>name_prefix 变量的默认值。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not check the design against the built-in catalog.</source>
        <translation>不根据内置目录检查设计。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ecsplan-cli export: expected &quot;terraform FILE -o DIR&quot;</source>
        <translation>ecsplan-cli export：应为 &quot;terraform FILE -o DIR&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Not exported: %n problem(s) would make the deployment fail.</source>
        <translation>
            <numerusform>未导出：%n 个问题会导致部署失败。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../app/cli/importcommand.cpp" line="+61"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 file(s) to %2</source>
        <translation>已将 %1 个文件写入 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="-28"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version</source>
        <translation>Schema 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog version</source>
        <translation>目录版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (up to %2 with scaling)</source>
        <translation>%1（弹性伸缩时最多 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 GB/month over all links</source>
        <translation>所有连线合计每月 %L1 GB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regions:</source>
        <translation>地域：</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/document.cpp" line="-291"/>
        <location line="+4"/>
        <location line="+6"/>
        <location filename="../app/cli/infocommand.cpp" line="+10"/>
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n 个组件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="+9"/>
        <source>The .ecsplan design to describe.</source>
        <translation>要描述的 .ecsplan 设计文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ecsplan-cli info: expected exactly one design.</source>
        <translation>ecsplan-cli info：只能指定一个设计文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show what a design contains: title, components per kind, regions and zones, catalog version.</source>
        <translation>显示设计的内容：标题、各类组件数量、地域和可用区、目录版本。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+20"/>
        <source>Usage: ecsplan-cli &lt;command&gt; [options] [arguments]</source>
        <translation>用法：ecsplan-cli &lt;命令&gt; [选项] [参数]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECS Planner on the command line: check and describe .ecsplan designs without a display.</source>
        <translation>ECS Planner 命令行：无需图形界面即可检查和描述 .ecsplan 设计文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help; &quot;ecsplan-cli &lt;command&gt; --help&quot; shows a command&apos;s options.</source>
        <translation>显示此帮助；&quot;ecsplan-cli &lt;命令&gt; --help&quot; 显示该命令的选项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 success, 1 invalid design or failed check, 2 wrong usage.</source>
        <translation>退出状态：0 成功，1 设计无效或检查未通过，2 用法错误。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ecsplan-cli: unknown command &quot;%1&quot;. Run &quot;ecsplan-cli --help&quot; for the list.</source>
        <translation>ecsplan-cli：未知命令“%1”。运行 &quot;ecsplan-cli --help&quot; 查看命令列表。</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="+29"/>
        <source>The .ecsplan design to report on.</source>
        <translation>要生成报告的 .ecsplan 设计文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output format: %1 (default table).</source>
        <translation>输出格式：%1（默认为 table）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price every instance and cache in this billing model: %1.</source>
        <translation>按此付费类型对所有实例和缓存计价：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Display currency: CNY or USD (default: the design&apos;s).</source>
        <translation>显示币种：CNY 或 USD（默认：使用设计中的设置）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table format: show each figure&apos;s formula with this design&apos;s values, notes and dated sources, and the assumptions behind the figures.</source>
        <translation>表格格式：显示每个数值的公式（代入本设计的取值）、备注和注明日期的来源，以及数值背后的假设。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply a price sheet (docs/price-sheets.md) on top of the built-in catalog. Default: the sheet named in the design&apos;s settings, if any.</source>
        <translation>在内置目录之上应用价格表（docs/price-sheets.md）。默认：设计设置中指定的价格表（如有）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What-if: multiply every link&apos;s requests and transfer by K (0.01–1000; docs/demand.md).</source>
        <translation>假设分析：将每条连线的请求数和传输量乘以 K（0.01–1000；docs/demand.md）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected exactly one design.</source>
        <translation>只能指定一个设计文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format &quot;%1&quot;; expected one of %2.</source>
        <translation>未知格式“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown billing model &quot;%1&quot;; expected one of %2.</source>
        <translation>未知付费类型“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown currency &quot;%1&quot;; expected CNY or USD.</source>
        <translation>未知币种“%1”；应为 CNY 或 USD。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--traffic expects a number from 0.01 to 1000, not &quot;%1&quot;.</source>
        <translation>--traffic 需要 0.01 到 1000 之间的数字，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="+9"/>
        <source>cannot read the price sheet: %1</source>
        <translation>无法读取价格表：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="+31"/>
        <source>Monthly cost and performance of a design (table, JSON, CSV or Markdown).</source>
        <translation>设计的月度费用和性能（表格、JSON、CSV 或 Markdown）。</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="+18"/>
        <source>The .ecsplan designs to check.</source>
        <translation>要检查的 .ecsplan 设计文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print nothing for valid designs.</source>
        <translation>设计有效时不输出任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the structure only, not instance types, disk categories and regions against the catalog.</source>
        <translation>只检查结构，不根据目录检查实例规格、云盘类型和地域。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ecsplan-cli validate: no design given.</source>
        <translation>ecsplan-cli validate：未指定设计文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1: valid (%n component(s))</source>
        <translation>
            <numerusform>%1：有效（%n 个组件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n design(s) invalid.</source>
        <translation>
            <numerusform>%n 个设计中有 %1 个无效。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check designs; every problem is reported with its file and JSON path.</source>
        <translation>检查设计；每个问题都会注明所在文件和 JSON 路径。</translation>
    </message>
    <message>
        <location filename="../core/catalog/diskattachment.cpp" line="+27"/>
        <source>%1 can attach only %2 disks, not %3</source>
        <translation>%1 只能挂载 %2 块云盘，而不是 %3 块</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>%1 cannot reach the peak performance of ESSD %2: the figures are upper bounds</source>
        <translation>%1 无法达到 ESSD %2 的峰值性能：这些数值为上限</translation>
    </message>
    <message>
        <location filename="../core/export/terraform/terraformreach.cpp" line="+135"/>
        <source>Links to on-premises sites need a VPN gateway or Express Connect, which the export does not create</source>
        <translation>连接本地站点需要 VPN 网关或高速通道，导出不会创建这些资源</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Internet traffic cannot reach an intranet load balancer; make it an internet-facing one</source>
        <translation>公网流量无法到达内网负载均衡；请将其改为公网负载均衡</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Traffic from the internet cannot reach components without a public address; put an internet-facing load balancer in front</source>
        <translation>来自公网的流量无法到达没有公网地址的组件；请在前面放置公网负载均衡</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cross-region links over the internet need public addresses (EIPs or load balancers) the export does not create; they were not carried</source>
        <translation>通过公网的跨地域连接需要公网地址（弹性公网 IP 或负载均衡），导出不会创建这些资源；这些连接未被导出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Intranet links cannot cross regions without CEN; they were not carried</source>
        <translation>没有云企业网 CEN，内网连接无法跨地域；这些连接未被导出</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Links into groups whose role names no known service port get no security-group rule; add one that admits the clients</source>
        <translation>指向角色名称不对应任何已知服务端口的组的连接不会生成安全组规则；请添加一条允许客户端访问的规则</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Caches without linked clients keep the default whitelist (127.0.0.1): link the groups that use them</source>
        <translation>没有关联客户端的缓存会保留默认白名单（127.0.0.1）：请关联使用它们的组</translation>
    </message>
    <message>
        <location filename="../core/io/jsonguard.cpp" line="+74"/>
        <source>%1 bytes is more than the %2 MiB this reader accepts</source>
        <translation>%1 字节超过了此读取器接受的 %2 MiB 上限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>arrays and objects are nested more than %1 levels deep (at byte %2)</source>
        <translation>数组和对象的嵌套深度超过 %1 层（位于字节 %2）</translation>
    </message>
    <message>
        <location filename="../core/metrics/assumptions.cpp" line="+35"/>
        <source>Hours in a month</source>
        <translation>每月小时数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alibaba Cloud bills by the hour (pay-as-you-go by the second); a month is priced as 730 hours, the yearly average</source>
        <translation>阿里云按小时计费（按量付费按秒计费）；一个月按 730 小时计价，即全年平均值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billing month convention</source>
        <translation>计费月约定</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+16"/>
        <source>design setting</source>
        <translation>设计设置</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a fixed planning rate set in the design; catalog prices are in CNY (instances) and USD (disks, traffic, services) and are converted with it</source>
        <translation>在设计中设定的固定规划汇率；目录价格以 CNY（实例）和 USD（云盘、流量、服务）计价，并按此汇率换算</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demand model (docs/demand.md)</source>
        <translation>需求模型（docs/demand.md）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Peak-to-average traffic</source>
        <translation>峰均比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>links carry average traffic; utilisations are sized at the peak hour, assumed this many times the average (a day-shaped load runs at about twice its average at its busiest hour)</source>
        <translation>链路承载的是平均流量；利用率按高峰小时计算，假设为平均值的该倍数（按日波动的负载在最忙的小时约为平均值的两倍）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packets per request</source>
        <translation>每请求包数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both directions of one small request/response on a kept-alive TLS connection (data, ACKs, TLS records); larger bodies count their 1,448-byte segments and ACKs instead</source>
        <translation>长连接 TLS 上一次小请求/响应的双向包数（数据、ACK、TLS 记录）；较大的报文按 1,448 字节分段及其 ACK 计算</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <location filename="../core/metrics/cataloginputs.cpp" line="-290"/>
        <source>1-year subscription discount</source>
        <translation>1 年包年包月折扣</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>an example in the ECS DescribePrice API reference, applied to every instance type without a published subscription price</source>
        <translation>取自 ECS DescribePrice API 参考中的示例，适用于所有未公布包年包月价格的实例规格</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location filename="../core/metrics/cataloginputs.cpp" line="+3"/>
        <source>3-year subscription discount</source>
        <translation>3 年包年包月折扣</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>borrowed from a Tair (Redis) price notice; no ECS figure was found</source>
        <translation>借用自 Tair（Redis）价格公告；未找到 ECS 的数值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preemptible (spot) discount</source>
        <translation>抢占式实例折扣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the design setting &quot;Spot discount&quot; (Design Settings; %1 unless changed, a planning figure: no typical discount is published); spot instances are billed at a floating market price between 0 % and %2 % off pay-as-you-go</source>
        <translation>设计设置“抢占式折扣”（设计设置中；未修改时为 %1，属规划估算：官方未公布典型折扣）；抢占式实例按浮动市场价计费，比按量付费优惠 0 % 至 %2 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>spot discount range</source>
        <translation>抢占式实例折扣范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Savings plan discount</source>
        <translation>节省计划折扣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one published example (3-year general-purpose plan, ecs.g6 in Shanghai); real discounts depend on the plan and the type</source>
        <translation>一个公开示例（3 年通用型节省计划，上海的 ecs.g6）；实际折扣取决于计划和实例规格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>savings plan example</source>
        <translation>节省计划示例</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ESSD %1 capacity price</source>
        <translation>ESSD %1 容量价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × ESSD PL1</source>
        <translation>%1 × ESSD PL1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived from the PL1 price with the storage capacity unit offset factors; Alibaba publishes no list price here</source>
        <translation>根据 PL1 价格和存储容量单位包抵扣系数推算；阿里云未公布此处的目录价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ESSD %1 price</source>
        <translation>ESSD %1 价格</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prices of %1</source>
        <translation>%1 的价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 prices</source>
        <translation>%1 价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions without their own price rows use %1&apos;s rows (list prices are equal across the mainland regions sampled)</source>
        <translation>没有自己价格行的地域使用 %1 的价格行（所抽样的中国内地地域目录价相同）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mainland price fallback</source>
        <translation>中国内地价格回退</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internet egress rates</source>
        <translation>公网出流量费率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rates as of %1, free quota as of %2</source>
        <translation>费率截至 %1，免费额度截至 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the per-GB rates are older pay-by-traffic list prices, the monthly free quota (%1 GB mainland, %2 GB elsewhere) is current: the two are of different dates</source>
        <translation>每 GB 费率为较早的按流量计费目录价，每月免费额度（中国内地 %1 GB，其他地区 %2 GB）为当前值：两者日期不同</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>internet egress rates</source>
        <translation>公网出流量费率</translation>
    </message>
    <message>
        <location filename="../core/metrics/formatting.cpp" line="+157"/>
        <source>+ 1 item without a price</source>
        <translation>+ 1 项无价格</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+ %n items without a price</source>
        <translation>
            <numerusform>+ %n 项无价格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/validation/cidr.cpp" line="+85"/>
        <source>&quot;%1&quot; is not an IPv4 CIDR block such as 10.0.0.0/16.</source>
        <translation>&quot;%1&quot;不是 IPv4 CIDR 网段，例如 10.0.0.0/16。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has host bits set; the block it lies in is %2.</source>
        <translation>%1 设置了主机位；其所在网段为 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is larger than a VPC block may be (/%2 to /%3).</source>
        <translation>%1 大于专有网络 VPC 网段允许的范围（/%2 到 /%3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is larger than a vSwitch block may be (/%2 to /%3).</source>
        <translation>%1 大于交换机网段允许的范围（/%2 到 /%3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is smaller than a VPC block may be (/%2 to /%3).</source>
        <translation>%1 小于专有网络 VPC 网段允许的范围（/%2 到 /%3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is smaller than a vSwitch block may be (/%2 to /%3).</source>
        <translation>%1 小于交换机网段允许的范围（/%2 到 /%3）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 overlaps a range Alibaba Cloud reserves (100.64.0.0/10, 224.0.0.0/4, 127.0.0.0/8, 169.254.0.0/16); a VPC cannot use it.</source>
        <translation>%1 与阿里云保留的网段重叠（100.64.0.0/10、224.0.0.0/4、127.0.0.0/8、169.254.0.0/16）；专有网络 VPC 不能使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a public address range; use a private one (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16).</source>
        <translation>%1 是公网地址段；请使用私网地址段（10.0.0.0/8、172.16.0.0/12 或 192.168.0.0/16）。</translation>
    </message>
    <message>
        <location filename="../core/validation/deployability.cpp" line="+54"/>
        <source>%1 GiB is outside the %2–%3 GiB that %4 takes.</source>
        <translation>%1 GiB 超出了 %4 支持的 %2–%3 GiB 范围。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a system disk of %1 GiB is outside the %2–%3 GiB that %4 takes.</source>
        <translation>%1 GiB 的系统盘超出了 %4 支持的 %2–%3 GiB 范围。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an instance type the catalog knows: it cannot be priced, checked or deployed.</source>
        <translation>%1 不是目录中已知的实例规格：无法计价、检查或部署。</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>an %1 must span at least two zones of its region; it spans %n.</source>
        <translation>
            <numerusform>%1 必须跨越其地域内至少两个可用区；当前跨越 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a zone of region %2 (&quot;%3&quot;, #%4).</source>
        <translation>%1 不是地域 %2（&quot;%3&quot;，#%4）的可用区。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not among the zones the catalog lists for %2 (%3).</source>
        <translation>%1 不在目录为 %2 列出的可用区中（%3）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a region id the catalog knows.</source>
        <translation>%1 不是目录中已知的地域 ID。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>region &quot;%1&quot; (#%2) has the same id %3; a design has one VPC per region, so give each region its own id.</source>
        <translation>地域&quot;%1&quot;（#%2）使用了相同的 ID %3；一个设计中每个地域只有一个专有网络 VPC，请为每个地域设置不同的 ID。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 overlaps %2 of region &quot;%3&quot; (#%4): the VPCs cannot be joined over CEN.</source>
        <translation>%1 与地域&quot;%3&quot;（#%4）的 %2 重叠：这些专有网络 VPC 无法通过云企业网 CEN 互联。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is outside %2, the VPC block of region &quot;%3&quot; (#%4).</source>
        <translation>%1 超出了地域&quot;%3&quot;（#%4）的专有网络 VPC 网段 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 overlaps %2 of zone &quot;%3&quot; (#%4) in the same VPC.</source>
        <translation>%1 与同一专有网络 VPC 中可用区&quot;%3&quot;（#%4）的 %2 重叠。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the cache has no instance class.</source>
        <translation>缓存未设置实例规格。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tair %1* classes take engine version %2, not &quot;%3&quot;.</source>
        <translation>Tair %1* 规格使用引擎版本 %2，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Tair class (tair.rdb.*, tair.scm.* or tair.essd.*).</source>
        <translation>%1 不是 Tair 规格（tair.rdb.*、tair.scm.* 或 tair.essd.*）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a Tair class, but the engine is Redis; set the engine to Tair or pick a Redis class.</source>
        <translation>%1 是 Tair 规格，但引擎为 Redis；请将引擎设为 Tair，或选择 Redis 规格。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redis engine version &quot;%1&quot; does not exist (%2).</source>
        <translation>Redis 引擎版本“%1”不存在（%2）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a classic class, and Redis %2 is offered only with cloud-native classes (such as redis.shard.small.2.ce); use engine version 5.0 or a cloud-native class.</source>
        <translation>%1 是经典版规格，Redis %2 仅提供云原生版规格（如 redis.shard.small.2.ce）；请使用引擎版本 5.0 或云原生版规格。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 can attach only %2 disks, not %3.</source>
        <translation>%1 只能挂载 %2 块云盘，而不是 %3 块。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it is attached to &quot;%1&quot; (#%2): %3</source>
        <translation>它已挂载到“%1”（#%2）：%3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a scaling group launches from a launch template, whose system disk cannot be %1 (it takes %2); use cloud_essd %3.</source>
        <translation>伸缩组通过启动模板创建实例，启动模板的系统盘不能为 %1（支持：%2）；请改用 cloud_essd %3。</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="+22"/>
        <source>Number of components (rounded up to whole stacks of %1; 1 to 1000000).</source>
        <translation>组件数量（向上取整为 %1 的整数倍；1 到 1000000）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the variations (0 to 4294967295).</source>
        <translation>变化的随机种子（0 到 4294967295）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .ecsplan file to write.</source>
        <translation>要写入的 .ecsplan 文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ecsplan-cli generate: --components must be a whole number from 1 to 1000000, not &quot;%1&quot;.</source>
        <translation>ecsplan-cli generate：--components 必须是 1 到 1000000 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ecsplan-cli generate: --seed must be a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>ecsplan-cli generate：--seed 必须是 0 到 4294967295 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ecsplan-cli generate: name the file to write with -o FILE (and no other arguments).</source>
        <translation>ecsplan-cli generate：请用 -o FILE 指定要写入的文件（且不带其他参数）。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %1: %n entities</source>
        <translation>
            <numerusform>已写入 %1：%n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a realistic synthetic design of any size (regions, zones, load balancers, scaling groups, app and database tiers with disks, caches and their traffic).</source>
        <translation>生成任意规模的逼真合成设计（地域、可用区、负载均衡、伸缩组、带云盘的应用层和数据库层、缓存及其流量）。</translation>
    </message>
    <message>
        <location filename="../core/metrics/demand.cpp" line="+111"/>
        <source>new connections</source>
        <translation>新建连接数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>concurrent connections</source>
        <translation>并发连接数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data processed</source>
        <translation>处理数据量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule evaluations</source>
        <translation>规则评估数</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Network bandwidth</source>
        <translation>网络带宽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packets per second</source>
        <translation>每秒包数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concurrent connections</source>
        <translation>并发连接数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk IOPS</source>
        <translation>云盘 IOPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk throughput</source>
        <translation>云盘吞吐量</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>peak = average × %1 (peak-to-average factor); %2 link(s) at this component</source>
        <translation>峰值 = 平均值 × %1（峰均比）；该组件上有 %2 条链路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>requests: %1 req/s served, %2 req/s sent at the peak</source>
        <translation>请求：峰值时处理 %1 请求/秒，发出 %2 请求/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bandwidth: GB/month × 8 / %1 s × %2 → in %3 Gbit/s, out %4 Gbit/s</source>
        <translation>带宽：GB/月 × 8 / %1 秒 × %2 → 入 %3 Gbit/s，出 %4 Gbit/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>packets: peak req/s × max(%1, data segments of %2 B + ACKs) per request → %3 packets/s</source>
        <translation>包量：峰值请求/秒 × max(%1, %2 字节数据分段 + ACK) 每请求 → %3 包/秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connections: peak req/s ÷ %1 requests per connection × %2 s open → %3</source>
        <translation>连接：峰值请求/秒 ÷ 每连接 %1 个请求 × 保持 %2 秒 → %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>disk IOPS demand: %1</source>
        <translation>云盘 IOPS 需求：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the attached disks&apos; IOPS targets × %1 instance(s)</source>
        <translation>所挂载云盘的目标 IOPS × %1 个实例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peak req/s served × %1 I/O per request (assumption; set the disks&apos; IOPS targets where known)</source>
        <translation>峰值处理的请求/秒 × 每请求 %1 次 I/O（假设值；如已知，请设置云盘的目标 IOPS）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disk MB/s demand: the served links&apos; Gbit/s (both directions) × 125</source>
        <translation>云盘 MB/s 需求：所服务连线的 Gbit/s（双向）× 125</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 / (%3 × %4 %5 per instance) = %6</source>
        <translation>%1：%2 / (%3 × 每实例 %4 %5) = %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 / %3 %4 = %5</source>
        <translation>%1：%2 / %3 %4 = %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>capacity units (LCU) at the peak, served side: new connections %1/s ÷ %2 = %3; concurrent %4 ÷ %5 = %6; data %7 GB/h ÷ %8 = %9</source>
        <translation>峰值容量单位（LCU），服务端：新建连接 %1/s ÷ %2 = %3；并发连接 %4 ÷ %5 = %6；数据量 %7 GB/h ÷ %8 = %9</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rule evaluations: %1 req/s × %2 rule(s) ÷ %3 = %4 LCU</source>
        <translation>规则评估：%1请求/秒 × %2 条规则 ÷ %3 = %4 LCU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ %1 LCU at the peak (%2); %3 LCU in the average hour (÷ %4), what the month bills</source>
        <translation>→ 峰值 %1 LCU（%2）；平均每小时 %3 LCU（÷ %4），即月度计费依据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ALB capacity unit (LCU) definition</source>
        <translation>ALB 容量单位（LCU）定义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NLB capacity unit (LCU, TCP) definition</source>
        <translation>NLB 容量单位（LCU，TCP）定义</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>capacity = class figure ÷ %1 shard(s) × %2 shard(s) × (1 + %3 read replica(s)) = × %4</source>
        <translation>容量 = 规格数值 ÷ %1 个分片 × %2 个分片 × (1 + %3 个只读副本) = × %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read replicas serve reads only: the figure assumes the demand is mostly reads; writes still reach the masters</source>
        <translation>只读副本只处理读请求：该数值假设需求以读为主；写请求仍会到达主节点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bottleneck: %1 at %2</source>
        <translation>瓶颈：%1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at min %1 instance(s): %2; at max %3: %4</source>
        <translation>最小 %1 个实例时：%2；最大 %3 个时：%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bandwidth limits are taken per direction (the busier one is compared); packet limits for both directions together</source>
        <translation>带宽上限按单方向计算（取较忙的方向比较）；包量上限按双向合计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 network limits</source>
        <translation>%1 网络上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 QPS and bandwidth</source>
        <translation>%1 QPS 与带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak-to-average factor, packets per request, connection reuse (planning estimates, docs/demand.md)</source>
        <translation>峰均比、每请求包数、连接复用（规划估算，见 docs/demand.md）</translation>
    </message>
    <message>
        <location filename="../core/rules/demandrules.cpp" line="-107"/>
        <source>Network bandwidth or packet rate above the instance limits at the peak</source>
        <translation>峰值时网络带宽或包量超过实例上限</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+140"/>
        <source>%1 %2 of %3 %4 (%5)</source>
        <translation>%1 %2，%3 %4 中的（%5）</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>At the peak %1 (%2 × %3) runs above its network limits: %4. Above them the hypervisor drops packets and connections time out while the CPU looks idle.</source>
        <translation>峰值时 %1（%2 × %3）超过其网络上限：%4。超过上限后虚拟化层会丢包，连接超时，而 CPU 看起来很空闲。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demand: %1 req/s served and %2 req/s sent (the links&apos; average × peak-to-average %3); %4 Gbit/s in and %5 Gbit/s out (each link&apos;s GB/month × 8 / 2,628,000 s × %3); %6 packets/s (peak req/s × max(%7 packets per request, data segments + ACKs)).</source>
        <translation>需求：处理 %1 请求/秒、发出 %2 请求/秒（链路平均值 × 峰均比 %3）；入 %4 Gbit/s、出 %5 Gbit/s（每条链路 GB/月 × 8 / 2,628,000 秒 × %3）；%6 包/秒（峰值请求/秒 × max(每请求 %7 包, 数据分段 + ACK)）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Capacity: %1 × %2, whose baseline is %3 Gbit/s (burst %4, only while burst credit lasts) and %5 packets/s per instance; bandwidth is compared per direction, packets in both directions together (catalog %6, %7).</source>
        <translation>容量：%1 × %2，每实例基准带宽 %3 Gbit/s（突发 %4，仅在突发积分耗尽前）、%5 包/秒；带宽按单方向比较，包量按双向合计（目录 %6，%7）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <location line="+102"/>
        <location line="+2"/>
        <source>unpublished</source>
        <translation>未公布</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>, at the same price</source>
        <translation>，价格相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1 more per month</source>
        <translation>，每月多 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1 less per month</source>
        <translation>，每月少 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 × %2 (%3 Gbit/s, %4 packets/s each) carries it at %5 %6%7</source>
        <translation>%1 × %2（每个 %3 Gbit/s、%4 包/秒）可承载，利用率 %5 %6%7</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Same family: %1.</source>
        <translation>同系列：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High frequency, the field guide&apos;s choice for a gateway (its workers are single-threaded): %1.</source>
        <translation>高主频，实践指南为网关推荐的选择（其工作线程为单线程）：%1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No %1 type carries it with %2 instances; %3 instances of %4 do.</source>
        <translation>%2 个实例时没有 %1 规格能承载；%4 需要 %3 个实例。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1 instances</source>
        <translation>运行 %1 个实例</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cache QPS or bandwidth above its class&apos;s capacity at the peak</source>
        <translation>峰值时缓存 QPS 或带宽超出其规格容量</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>At the peak %1 (%2, %3 shard(s), %4 read replica(s) per shard) serves more than it can: %5. Demand: %6 req/s and %7 Gbit/s out at the peak (its links&apos; average × %8). Capacity: the class&apos;s %9 QPS and %10 MB/s for %11 shard(s) × %12 (catalog %13).</source>
        <translation>峰值时 %1（%2，%3 个分片，每分片 %4 个只读副本）的负载超出其承载能力：%5。需求：峰值 %6请求/秒、出方向 %7 Gbit/s（其连线平均值 × %8）。容量：规格的 %9 QPS 和 %10 MB/s（按 %11 个分片计）× %12（目录 %13）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 shards carry it at %2.</source>
        <translation>%1 个分片可承载，利用率 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use %1 shards</source>
        <translation>使用 %1 个分片</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scaling group maximum cannot carry the peak</source>
        <translation>伸缩组最大实例数无法承载峰值</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Even at its maximum of %1 × %2, %3 runs its %4 at %5 at the peak: %6 %7 against %8 per instance. It needs at least %9 instances to carry the peak; scaling out stops short of that.</source>
        <translation>即使扩到最大 %1 × %2，%3 在峰值时的%4仍达 %5：需求 %6 %7，而每实例容量为 %8。承载峰值至少需要 %9 个实例，扩容达不到该数量。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Raise the maximum to %1</source>
        <translation>将最大实例数提高到 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Disk IOPS demand above what the disks deliver at the peak</source>
        <translation>峰值时云盘 IOPS 需求超出云盘性能</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>At the peak %1 asks %2 IOPS of its data disks (%3) but they deliver %4 IOPS (%5 per instance × %6: the disks&apos; own %7</source>
        <translation>峰值时 %1 要求其数据盘提供 %2 IOPS（%3），但数据盘只能提供 %4 IOPS (每实例 %5 × %6：云盘自身 %7</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>their IOPS targets × %1 instances</source>
        <translation>目标 IOPS × %1 个实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 req/s served × %2 I/O per request</source>
        <translation>处理 %1请求/秒 × 每请求 %2 次 I/O</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, capped by %1 at %2 IOPS)</source>
        <translation>，受 %1 限制为 %2 IOPS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The instance type&apos;s disk limit binds: a faster disk does not help; a larger type or more instances does.</source>
        <translation>实例规格的云盘性能上限是瓶颈：换更快的云盘无济于事，需要更大的规格或更多实例。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 as %2 at %3 GiB delivers %4 IOPS and carries it.</source>
        <translation>将 %1 改为 %2、%3 GiB 可提供 %4 IOPS，足以承载。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grow %1 to %2 GiB</source>
        <translation>将 %1 扩容到 %2 GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use %1 at %2 GiB for %3</source>
        <translation>为 %3 使用 %1，容量 %2 GiB</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="+24"/>
        <source>Compare two versions of a design: components, cost, findings, latency (table, JSON or Markdown).</source>
        <translation>比较设计的两个版本：组件、费用、检查结果、时延（表格、JSON 或 Markdown）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected git:REV:PATH, e.g. git:HEAD~1:design.ecsplan</source>
        <translation>应为 git:REV:PATH，例如 git:HEAD~1:design.ecsplan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot run git: %1</source>
        <translation>无法运行 git：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>git show %1 failed: %2</source>
        <translation>git show %1 失败：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Compare two versions of a design: components added, removed and changed (field by field), monthly cost per component, in total and per billing model, findings introduced and resolved, request-path latency. OLD and NEW are design files or git:REV:PATH (read with git show).</source>
        <translation>比较设计的两个版本：新增、删除和修改的组件（逐字段）、每个组件的月度费用、总计及各付费类型的总计、新增和已解决的检查结果、请求路径时延。OLD 和 NEW 为设计文件或 git:REV:PATH（通过 git show 读取）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output format: table (default), json or markdown.</source>
        <translation>输出格式：table（默认）、json 或 markdown。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit 1 when the designs differ (as git diff --exit-code does).</source>
        <translation>设计不同时以 1 退出（与 git diff --exit-code 相同）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price both designs with this price sheet (docs/price-sheets.md). Default: the sheet named in NEW&apos;s settings, if any.</source>
        <translation>用此价格表为两个设计计价（docs/price-sheets.md）。默认：NEW 设置中指定的价格表（如有）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The earlier design.</source>
        <translation>较早的设计。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The later design.</source>
        <translation>较新的设计。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ecsplan-cli diff: unknown format &quot;%1&quot; (table, json or markdown)</source>
        <translation>ecsplan-cli diff：未知格式“%1”（table、json 或 markdown）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ecsplan-cli diff: expected two designs, OLD and NEW</source>
        <translation>ecsplan-cli diff：需要两个设计，OLD 和 NEW</translation>
    </message>
    <message>
        <location filename="../core/whatif/trafficgrowth.cpp" line="+106"/>
        <source>%1 instances</source>
        <translation>%1 个实例</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>desired size %1</source>
        <translation>期望实例数 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 shards</source>
        <translation>%1 个分片</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="+23"/>
        <source>The catalog overlay to write (JSON).</source>
        <translation>要写入的目录叠加层（JSON）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The action: import (the only one).</source>
        <translation>操作：import（唯一可用的操作）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of saved aliyun responses, named &lt;product&gt;_&lt;Action&gt;[_&lt;Parameter&gt;=&lt;value&gt;]….json.</source>
        <translation>保存 aliyun 响应的文件夹，文件命名为 &lt;product&gt;_&lt;Action&gt;[_&lt;Parameter&gt;=&lt;value&gt;]….json。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ecsplan-cli catalog: expected &quot;import DIR -o FILE&quot;.</source>
        <translation>ecsplan-cli catalog：应为 &quot;import DIR -o FILE&quot;。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing written: fix or remove the files above.</source>
        <translation>未写入任何内容：请修复或移除上述文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Wrote %1 from %n response file(s) saved %2:</source>
        <translation>
            <numerusform>已根据 %n 个响应文件（保存于 %2）写入 %1：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n price(s)</source>
        <translation>
            <numerusform>%n 项价格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n zone(s) with instance-type availability</source>
        <translation>
            <numerusform>%n 个可用区的实例规格可售信息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n zone(s) with cache-class availability</source>
        <translation>
            <numerusform>%n 个可用区的缓存规格可售信息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n region zone list(s)</source>
        <translation>
            <numerusform>%n 个地域的可用区列表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n instance type figure set(s)</source>
        <translation>
            <numerusform>%n 组实例规格数据</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out:</source>
        <translation>已略去：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make a catalog overlay (current prices, zones and zone availability) from Alibaba Cloud API responses saved with the aliyun CLI.</source>
        <translation>根据用 aliyun CLI 保存的阿里云 API 响应生成目录叠加层（当前价格、可用区及各可用区的可售情况）。</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="-38"/>
        <source>Import the JSON of `terraform show -json` (a saved plan or the state) as a new design.</source>
        <translation>将 `terraform show -json` 输出的 JSON（已保存的计划或状态）导入为新设计。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Input format: terraform-json.</source>
        <translation>输入格式：terraform-json。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON file (`terraform show -json plan.out &gt; FILE`).</source>
        <translation>JSON 文件（`terraform show -json plan.out &gt; FILE`）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .ecsplan design to write.</source>
        <translation>要写入的 .ecsplan 设计文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ecsplan-cli import: expected &quot;terraform-json FILE -o DESIGN&quot;</source>
        <translation>ecsplan-cli import：应为 &quot;terraform-json FILE -o DESIGN&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Not understood (%n resource(s), left out):</source>
        <translation>
            <numerusform>无法识别（%n 个资源，已略去）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrote %1: %2 component(s) and %3 inferred link(s) from %4 resource(s), %5 not understood</source>
        <translation>已写入 %1：由 %4 个资源得到 %2 个组件和 %3 条推断出的连线，%5 个无法识别</translation>
    </message>
</context>
<context>
    <name>ecsplan::AboutDataDialog</name>
    <message>
        <location filename="../widgets/dialogs/aboutdatadialog.cpp" line="+19"/>
        <source>Catalog overlay</source>
        <translation>目录叠加层</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 lays current data from Alibaba Cloud&apos;s API on the catalog. Each response is dated by when it was saved (the file&apos;s modification time).</source>
        <translation>%1 将来自阿里云 API 的当前数据叠加到目录上。每个响应的日期为其保存时间（文件的修改时间）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left out by the import:</source>
        <translation>导入时略去的内容：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About the Data</source>
        <translation>关于数据</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1, figures as of %2. Prices are list prices and indicative; verify them before relying on them.</source>
        <translation>版本 %1，数据截至 %2。价格为目录价，仅供参考；使用前请核实。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where the field guide and the facts disagree</source>
        <translation>实践指南与事实不一致之处</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No disagreements recorded.</source>
        <translation>未记录不一致之处。</translation>
    </message>
</context>
<context>
    <name>ecsplan::BackgroundTask</name>
    <message>
        <location filename="../widgets/dialogs/backgroundtask.cpp" line="+75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ecsplan::BillingChart</name>
    <message>
        <location filename="../widgets/charts/billingchart.cpp" line="+16"/>
        <source>Whole design</source>
        <translation>整个设计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This design</source>
        <translation>本设计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly cost</source>
        <translation>月度费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing models compared</source>
        <translation>付费类型对比</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This design: %1</source>
        <translation>本设计：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing priced yet</source>
        <translation>尚无计价项</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 % of this design</source>
        <translation>占本设计的 %1 %</translation>
    </message>
</context>
<context>
    <name>ecsplan::CanvasActions</name>
    <message>
        <location filename="../widgets/canvas/canvasactions.cpp" line="+26"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Align &amp;Left</source>
        <translation>左对齐(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Align &amp;Centre</source>
        <translation>水平居中对齐(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Right</source>
        <translation>右对齐(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Align &amp;Top</source>
        <translation>顶端对齐(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Middle</source>
        <translation>垂直居中对齐(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Align &amp;Bottom</source>
        <translation>底端对齐(&amp;B)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Align the selected components, zones or regions</source>
        <translation>对齐所选的组件、可用区或地域</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tidy Layout</source>
        <translation>整理布局(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange regions, zones and tiers left to right along the request path (one undo step)</source>
        <translation>沿请求路径从左到右排列地域、可用区和层级（一步撤销）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to View</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual &amp;Size (100 %)</source>
        <translation>实际大小（100 %）(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;nap to Grid</source>
        <translation>对齐网格(&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Minimap</source>
        <translation>小地图(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Select Tool</source>
        <translation>选择工具(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect Tool</source>
        <translation>连接工具(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect: drag from one component to another to add a traffic link, or from a disk to instances to attach it.</source>
        <translation>连接：从一个组件拖到另一个组件以添加流量连线，或从云盘拖到实例以挂载云盘。</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Copied %n component(s).</source>
        <translation>
            <numerusform>已复制 %n 个组件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Select two or more components, zones or regions to align.</source>
        <translation>请选择两个或更多组件、可用区或地域进行对齐。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Align lines up components, or zones, or regions: not a mix of them. Select one sort.</source>
        <translation>对齐只能针对组件、可用区或地域中的一种，不能混合。请只选择一类。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zones can only be aligned with zones of the same region.</source>
        <translation>可用区只能与同一地域内的可用区对齐。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Aligning would move &quot;%1&quot; out of &quot;%2&quot;; move it there first or enlarge &quot;%2&quot;.</source>
        <translation>对齐会将“%1”移出“%2”；请先将其移入，或扩大“%2”。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The design is already tidy.</source>
        <translation>设计已经很整齐。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tidy Layout</source>
        <translation>整理布局</translation>
    </message>
    <message>
        <location line="-330"/>
        <location line="+294"/>
        <source>Align</source>
        <translation>对齐</translation>
    </message>
</context>
<context>
    <name>ecsplan::CanvasMenu</name>
    <message>
        <location filename="../widgets/canvas/canvasmenu.cpp" line="+28"/>
        <source>Add to &quot;%1&quot;</source>
        <translation>添加到“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Here</source>
        <translation>添加到此处</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A line follows the mouse; click the component to connect to.</source>
        <translation>一条连线会跟随鼠标；单击要连接的组件。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Attach &quot;%1&quot; To</source>
        <translation>将“%1”挂载到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect &quot;%1&quot; To</source>
        <translation>将“%1”连接到</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick on the Canvas…</source>
        <translation>在画布上选择…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attach a New Disk to &quot;%1&quot;</source>
        <translation>为“%1”挂载新云盘</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disks live in a zone; this group is placed in a region.</source>
        <translation>云盘位于可用区内；此伸缩组放置在地域中。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Attach a new disk to &quot;%1&quot;</source>
        <translation>为“%1”挂载新云盘</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move &quot;%1&quot; to Zone</source>
        <translation>将“%1”移动到可用区</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Paste Here</source>
        <translation>粘贴到此处</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename &quot;%1&quot;…</source>
        <translation>重命名“%1”…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>选择“%1”和“%2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select Contents of &quot;%1&quot;</source>
        <translation>选择“%1”的内容</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Duplicate %n Selected</source>
        <translation>
            <numerusform>复制 %n 个所选项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>复制“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n Selected</source>
        <translation>
            <numerusform>删除 %n 个所选项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete &quot;%1&quot; and Its %n Component(s)</source>
        <translation>
            <numerusform>删除“%1”及其 %n 个组件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Delete &quot;%1&quot;</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>ecsplan::ChartBase</name>
    <message>
        <location filename="../widgets/charts/chartbase.cpp" line="+86"/>
        <source>%1 (%2)</source>
        <extracomment>Axis label of a money axis: &quot;Monthly cost (CNY)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ecsplan::ChartExport</name>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="+63"/>
        <source>Could not write the chart to %1</source>
        <translation>无法将图表写入 %1</translation>
    </message>
</context>
<context>
    <name>ecsplan::ChoiceField</name>
    <message>
        <location filename="../widgets/inspector/propertyfields.cpp" line="+298"/>
        <source>(mixed values)</source>
        <translation>（多个值）</translation>
    </message>
</context>
<context>
    <name>ecsplan::ComparisonChart</name>
    <message>
        <location filename="../widgets/charts/comparisonchart.cpp" line="+30"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After (this design)</source>
        <translation>之后（本设计）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly cost</source>
        <translation>月度费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before and after</source>
        <translation>之前与之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comparison</source>
        <translation>无对比</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As billed</source>
        <translation>按计费方式</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+33"/>
        <source>Before: %1</source>
        <translation>之前：%1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>After: this design</source>
        <translation>之后：本设计</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>After: %1</source>
        <translation>之后：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change: %1</source>
        <translation>变化：%1</translation>
    </message>
</context>
<context>
    <name>ecsplan::ComparisonDock</name>
    <message>
        <location filename="../widgets/comparison/comparisondock.cpp" line="+47"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the comparison from the canvas (View ▸ Clear Comparison)</source>
        <translation>从画布上移除对比（视图 ▸ 清除对比）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+8"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly change</source>
        <translation>月度变化</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a row to show the component on the canvas</source>
        <translation>双击一行可在画布上显示该组件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly cost</source>
        <translation>月度费用</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request path</source>
        <translation>请求路径</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No comparison. File ▸ Compare With… compares this design with another design file.</source>
        <translation>无对比。文件 ▸ 与…对比 可将本设计与另一个设计文件对比。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compared with %1 (before); this design is after: %2 a month</source>
        <translation>已与 %1（之前）对比；本设计为之后：每月 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly: %1 → %2</source>
        <translation>月度：%1 → %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>+ added</source>
        <translation>+ 新增</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>− removed</source>
        <translation>− 删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~ changed</source>
        <translation>~ 变更</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unpriced</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(part unpriced)</source>
        <translation>（部分无价格）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n component(s) only moved on the canvas</source>
        <translation>
            <numerusform>%n 个组件仅在画布上移动</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>~ setting</source>
        <translation>~ 设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>design</source>
        <translation>设计</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>As billed (each component&apos;s model)</source>
        <translation>按计费方式（各组件自身的计费方式）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All %1</source>
        <translation>全部%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>introduced</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No finding introduced or resolved</source>
        <translation>没有新增或已解决的检查结果</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Findings (+%1 / −%2)</source>
        <translation>检查结果（+%1 / −%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>ecsplan::ComparisonOverlay</name>
    <message>
        <location filename="../widgets/comparison/comparisonoverlay.cpp" line="+351"/>
        <source>+ added</source>
        <translation>+ 新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Added&lt;/b&gt; since %1 (before)</source>
        <translation>自 %1（之前）以来&lt;b&gt;新增&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>− removed</source>
        <translation>− 删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Removed&lt;/b&gt;: in %1 (before), not in this design</source>
        <translation>&lt;b&gt;已删除&lt;/b&gt;：在 %1（之前）中，不在本设计中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>~ changed</source>
        <translation>~ 变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Changed&lt;/b&gt; since %1 (before):</source>
        <translation>自 %1（之前）以来&lt;b&gt;变更&lt;/b&gt;：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Monthly: %1 → %2</source>
        <translation>月度：%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source> + unpriced</source>
        <translation> + 无价格</translation>
    </message>
</context>
<context>
    <name>ecsplan::ComponentPalette</name>
    <message>
        <location filename="../widgets/palette/componentpalette.cpp" line="+54"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cloud region (one VPC). Drop it on empty canvas, then put zones inside.</source>
        <translation>云地域（一个 VPC）。将其拖到画布空白处，然后在其中放置可用区。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An availability zone (one vSwitch). Must be dropped inside a region.</source>
        <translation>可用区（一个交换机）。必须放在地域内。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or more identical ECS instances. Must be dropped inside a zone.</source>
        <translation>一台或多台相同的 ECS 实例。必须放在可用区内。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scaling group</source>
        <translation>伸缩组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ESS scaling group built from a launch template; can span the zones of a region.</source>
        <translation>基于启动模板的弹性伸缩（ESS）伸缩组；可跨越一个地域内的多个可用区。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk</source>
        <translation>云盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cloud disk (ESSD, AutoPL ...). Drop it in a zone, then connect it to instances to attach it.</source>
        <translation>云盘（ESSD、AutoPL 等）。将其放入可用区，再连接到实例以挂载。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Redis / Tair instance. Must be dropped inside a zone.</source>
        <translation>Redis / Tair 实例。必须放在可用区内。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load balancer</source>
        <translation>负载均衡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALB, NLB or CLB, inside a region or zone.</source>
        <translation>ALB、NLB 或 CLB，放在地域或可用区内。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingress and egress rules applied to instances and scaling groups.</source>
        <translation>应用于实例和伸缩组的入方向和出方向规则。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet users</source>
        <translation>互联网用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where traffic comes from on the public internet. Placed outside regions.</source>
        <translation>公网流量的来源。放在地域之外。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On-premises</source>
        <translation>本地数据中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An on-premises site (data centre, office) exchanging traffic with the design.</source>
        <translation>与设计交换流量的本地站点（数据中心、办公室）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Drag a component onto the canvas.</source>
        <translation>将组件拖到画布上。</translation>
    </message>
</context>
<context>
    <name>ecsplan::CostDock</name>
    <message>
        <location filename="../widgets/charts/costdock.cpp" line="+31"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>By zone</source>
        <translation>按可用区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By region</source>
        <translation>按地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large fonts</source>
        <translation>大字体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger text and lines, for projecting the charts</source>
        <translation>更大的文字和线条，适合投影展示图表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Width of exported and copied charts</source>
        <translation>导出和复制的图表宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height of exported and copied charts</source>
        <translation>导出和复制的图表高度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the visible chart as PNG, SVG or PDF</source>
        <translation>将当前图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the visible chart to the clipboard as an image</source>
        <translation>将当前图表以图片形式复制到剪贴板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where</source>
        <translation>按位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>36 months</source>
        <translation>36 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Saturates first at the peak: %1 (%2, %3 %); headroom × %4 before it reaches 100 %</source>
        <translation>峰值时最先饱和：%1（%2，%3 %）；达到 100 % 前还有 × %4 的余量</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+7"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 图形 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ecsplan::CumulativeChart</name>
    <message>
        <location filename="../widgets/charts/cumulativechart.cpp" line="+22"/>
        <source>Break-even</source>
        <translation>回本点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cumulative cost</source>
        <translation>累计费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative cost over %1 months</source>
        <translation>%1 个月累计费用</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 pays off
in month %2</source>
        <translation>%1 在第 %2 个月
回本</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing priced yet</source>
        <translation>尚无计价项</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Month %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;第 %1 个月&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ecsplan::DesignScene</name>
    <message>
        <location filename="../widgets/canvas/designsceneinput.cpp" line="+144"/>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to connect.</source>
        <translation>没有可连接的对象。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A component cannot be connected to itself.</source>
        <translation>组件不能连接到其自身。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only components can be connected, not regions, zones or links.</source>
        <translation>只能连接组件，不能连接地域、可用区或连线。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A security group is not linked: choose it in the instances&apos; Security groups property.</source>
        <translation>安全组未关联：请在实例的“安全组”属性中选择它。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is already attached to &quot;%2&quot;.</source>
        <translation>“%1”已挂载到“%2”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A disk connects only to the instances or scaling group it is attached to.</source>
        <translation>云盘只能连接到其挂载的实例或伸缩组。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is already connected to &quot;%2&quot;.</source>
        <translation>“%1”已连接到“%2”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Attach &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将“%1”挂载到“%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将“%1”连接到“%2”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Connect &quot;%1&quot;: drag to another component and release (Esc cancels).</source>
        <translation>连接“%1”：拖到另一个组件上后松开（按 Esc 取消）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Release to %1.</source>
        <translation>松开以%1。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Drop to add a %1 to &quot;%2&quot;.</source>
        <translation>释放以将%1添加到“%2”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop to add a %1.</source>
        <translation>释放以添加%1。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Added %1 to &quot;%2&quot;.</source>
        <translation>已将%1添加到“%2”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1.</source>
        <translation>已添加%1。</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/designscenespans.cpp" line="+34"/>
        <source>%1 · %2–%3 of %4–%5</source>
        <translation>%1 · %2–%3（共 %4–%5）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · serves this zone</source>
        <translation>%1 · 服务此可用区</translation>
    </message>
</context>
<context>
    <name>ecsplan::DesignSettingsDialog</name>
    <message>
        <location filename="../widgets/dialogs/designsettingsdialog.cpp" line="+35"/>
        <source>Design Settings</source>
        <translation>设计设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chinese yuan (CNY)</source>
        <translation>人民币（CNY）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US dollar (USD)</source>
        <translation>美元（USD）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> CNY per USD</source>
        <translation> 人民币/美元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used to convert catalog prices listed in the other currency.</source>
        <translation>用于换算以另一币种标价的目录价格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> % off pay-as-you-go</source>
        <translation> %（相对按量付费的折扣）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preemptible (spot) instances are billed at a floating market price, up to 90 % off pay-as-you-go (Alibaba Cloud). The cost estimate and the billing optimiser price them with this planning figure; %1 % unless you change it.</source>
        <translation>抢占式实例按浮动市场价计费，最高比按量付费优惠 90 %（阿里云）。成本估算和计费优化器均按此规划值计价；未修改时为 %1 %。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Links carry average traffic; network utilisation is sized at the peak hour, this many times the average. %1 unless you change it: a day-shaped load runs at about twice its average at its busiest hour.</source>
        <translation>链路承载的是平均流量；网络利用率按高峰小时计算，为平均值的该倍数。未修改时为 %1：按日波动的负载在最忙的小时约为平均值的两倍。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packets (both directions) of one small request and response on a kept-alive TLS connection; larger bodies count their own segments. %1 unless you change it.</source>
        <translation>长连接 TLS 上一次小请求和响应的双向包数；较大的报文按其自身分段计算。未修改时为 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(built-in catalog prices)</source>
        <translation>（内置目录价格）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>(none: built-in catalog only)</source>
        <translation>（无：仅使用内置目录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current prices, zones and zone availability from Alibaba Cloud&apos;s API (ecsplan-cli catalog import; docs/catalog-import.md), laid on the built-in catalog before the price sheet.</source>
        <translation>来自阿里云 API 的当前价格、可用区及各可用区的可售情况（ecsplan-cli catalog import；docs/catalog-import.md），在价格表之前叠加到内置目录上。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display &amp;currency:</source>
        <translation>显示币种(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange rate:</source>
        <translation>汇率(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spot discount:</source>
        <translation>抢占式折扣(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pea&amp;k-to-average traffic:</source>
        <translation>峰均比(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packets per re&amp;quest:</source>
        <translation>每请求包数(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Price sheet:</source>
        <translation>价格表(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog o&amp;verlay:</source>
        <translation>目录叠加层(&amp;V)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a Catalog Overlay</source>
        <translation>选择目录叠加层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog overlays (*.json);;All files (*)</source>
        <translation>目录叠加层 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The title must not be empty.</source>
        <translation>标题不能为空。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a Price Sheet</source>
        <translation>选择价格表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price sheets (*.json);;All files (*)</source>
        <translation>价格表 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ecsplan::DesignView</name>
    <message>
        <location filename="../widgets/canvas/designview.cpp" line="+254"/>
        <source>Start your design</source>
        <translation>开始设计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a Region from the Components panel onto the canvas, then a Zone into it, then instances, disks, caches and load balancers into the zone.
Drag from a card&apos;s blue handle to another card to connect them; right-click anywhere for more.
Or open a sample: File → New → From a Sample.</source>
        <translation>从“组件”面板将地域拖到画布上，再将可用区拖入地域，然后将实例、云盘、缓存和负载均衡拖入可用区。
从卡片的蓝色手柄拖到另一张卡片即可连接；在任意位置右键单击可查看更多操作。
或打开示例：文件 → 新建 → 从示例。</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>A name cannot be empty; &quot;%1&quot; kept its name.</source>
        <translation>名称不能为空；“%1”保留了原名称。</translation>
    </message>
</context>
<context>
    <name>ecsplan::DoubleField</name>
    <message>
        <location filename="../widgets/inspector/propertyfields.cpp" line="-73"/>
        <source>(mixed values)</source>
        <translation>（多个值）</translation>
    </message>
</context>
<context>
    <name>ecsplan::EntityFigures</name>
    <message>
        <location filename="../widgets/canvas/entityfigures.cpp" line="+99"/>
        <source>internet</source>
        <translation>公网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intranet</source>
        <translation>内网</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n 条规则</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 + 1 unpriced</source>
        <translation>%1 + 1 项无价格</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 + %n unpriced</source>
        <translation>
            <numerusform>%1 + %n 项无价格</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 + unpriced</source>
        <translation>%1 + 无价格项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1%2/mo</source>
        <translation>%1%2/月</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+59"/>
        <source>%1 GB/mo</source>
        <translation>%1 GB/月</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 req/s</source>
        <translation>%1 请求/秒</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 IOPS · %2 MB/s</source>
        <translation>%1 IOPS · %2 MB/s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown instance type &quot;%1&quot; (not in the catalog).</source>
        <translation>未知实例规格“%1”（不在目录中）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— ms</source>
        <translation>— ms</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 %2 % of baseline at the peak</source>
        <translation>%1 峰值时为基准的 %2 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 % (%3 of %4)</source>
        <translation>%1：%2 %（%3 / %4）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capacity units (LCU): %1 at the peak</source>
        <translation>容量单位（LCU）：峰值 %1</translation>
    </message>
</context>
<context>
    <name>ecsplan::FindBar</name>
    <message>
        <location filename="../widgets/canvas/findbar.cpp" line="+23"/>
        <source>Find by name, type or id…</source>
        <translation>按名称、类型或 ID 查找…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No match</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>ecsplan::FindingsDock</name>
    <message>
        <location filename="../widgets/findings/findingsdock.cpp" line="+39"/>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show muted</source>
        <translation>显示已静默</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute…</source>
        <translation>静默…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmute</source>
        <translation>取消静默</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All severities</source>
        <translation>所有严重级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors and warnings</source>
        <translation>错误和警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter findings</source>
        <translation>筛选检查结果</translation>
    </message>
    <message>
        <location filename="../widgets/findings/findingsmodel.cpp" line="+269"/>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../widgets/findings/findingsdock.cpp" line="+9"/>
        <source>Apply the suggested fix (one undo step)</source>
        <translation>应用建议的修复（一个撤销步骤）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this finding with a reason saved in the design</source>
        <translation>接受此检查结果，并将原因保存到设计中</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Fix not applied</source>
        <translation>未应用修复</translation>
    </message>
    <message>
        <location filename="../widgets/findings/findingsmodel.cpp" line="-44"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/findings/findingsdock.cpp" line="+27"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 条检查结果</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking design rules…</source>
        <translation>正在检查设计规则…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>See: %1</source>
        <translation>参见：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>No finding is selected.</source>
        <translation>未选择检查结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not muted.</source>
        <translation>%1 未静默。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not muted</source>
        <translation>未静默</translation>
    </message>
</context>
<context>
    <name>ecsplan::IdsField</name>
    <message>
        <location filename="../widgets/inspector/idsfield.cpp" line="+60"/>
        <source>(none in this design)</source>
        <translation>（本设计中没有）</translation>
    </message>
</context>
<context>
    <name>ecsplan::Inspector</name>
    <message>
        <location filename="../widgets/inspector/inspector.cpp" line="+61"/>
        <source>&lt;i&gt;Nothing selected.&lt;/i&gt; Select a component on the canvas to edit it.</source>
        <translation>&lt;i&gt;未选择任何内容。&lt;/i&gt;在画布上选择一个组件进行编辑。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>&lt;b&gt;%n components selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;已选择 %n 个组件&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>From %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placed in %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed in %1 (%2)</source>
        <translation>位于 %1（%2）</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>&lt;b&gt;Demand against capacity at the peak&lt;/b&gt;</source>
        <translation>&lt;b&gt;峰值时的需求与容量对比&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 % (%3 of %4)</source>
        <translation>%1：%2 %（%3 / %4）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Capacity units (LCU): %1 at the peak, %2 in the average hour</source>
        <translation>容量单位（LCU）：峰值 %1，平均每小时 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No published capacity: %1 req/s served at the peak</source>
        <translation>无公开容量数据：峰值处理 %1请求/秒</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose an instance type.</source>
        <translation>请选择实例规格。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Performance of %1 is not in the catalog.</source>
        <translation>目录中没有 %1 的性能数据。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>→ %1 IOPS · %2 MB/s</source>
        <translation>→ %1 IOPS · %2 MB/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs %2–%3 GiB.</source>
        <translation>%1 需要 %2–%3 GiB。</translation>
    </message>
</context>
<context>
    <name>ecsplan::InstanceTypeField</name>
    <message>
        <location filename="../widgets/inspector/instancetypefield.cpp" line="+43"/>
        <source>All families</source>
        <translation>所有规格族</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any architecture</source>
        <translation>任意架构</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <location line="-3"/>
        <source> vCPU</source>
        <translation> vCPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Only types offered in %1</source>
        <translation>仅显示 %1 提供的规格</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1   %2 vCPU · %L3 GiB · %4</source>
        <translation>%1   %2 vCPU · %L3 GiB · %4</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n type(s) match; %1 more not offered in the zone</source>
        <translation>
            <numerusform>%n 个规格匹配；另有 %1 个在该可用区不提供</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n type(s) match</source>
        <translation>
            <numerusform>%n 个规格匹配</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(mixed values)</source>
        <translation>（多个值）</translation>
    </message>
</context>
<context>
    <name>ecsplan::IntField</name>
    <message>
        <location filename="../widgets/inspector/propertyfields.cpp" line="-36"/>
        <source>(mixed values)</source>
        <translation>（多个值）</translation>
    </message>
</context>
<context>
    <name>ecsplan::LatencyWaterfall</name>
    <message>
        <location filename="../widgets/charts/latencywaterfall.cpp" line="+23"/>
        <source> (latency n/a)</source>
        <translation>（时延未知）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total (partial: a hop is not modelled)</source>
        <translation>合计（不完整：有一跳未建模）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Typical</source>
        <translation>典型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path total</source>
        <translation>路径合计</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worst case</source>
        <translation>最差</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round-trip latency (ms)</source>
        <translation>往返延迟（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request path latency</source>
        <translation>请求路径延迟</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1–%2 ms</source>
        <translation>%1–%2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a request path (an endpoint, link or component on one)</source>
        <translation>选择一条请求路径（端点、连线或路径上的组件）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;typical %2 ms, worst %3 ms</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;典型 %2 ms，最差 %3 ms</translation>
    </message>
</context>
<context>
    <name>ecsplan::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="+107"/>
        <source>Checking design rules…</source>
        <translation>正在检查设计规则…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+19"/>
        <source>Zoom %L1 %</source>
        <translation>缩放 %L1 %</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Items without a price</source>
        <translation>无价格的项目</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The monthly total leaves out %n item(s) that have no price in the catalog or a price sheet:</source>
        <translation>
            <numerusform>月度费用合计未包含 %n 个在目录或价格表中没有价格的项目：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What-if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty Design</source>
        <translation>空白设计(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a Sample</source>
        <translation>从示例新建</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terraform JSON…</source>
        <translation>Terraform JSON(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare &amp;With…</source>
        <translation>与…对比(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark on the canvas what changed since another version of this design (that file is &quot;before&quot;, this design &quot;after&quot;)</source>
        <translation>在画布上标出相对本设计另一版本的变化（该文件为“之前”，本设计为“之后”）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terraform…</source>
        <translation>Terraform(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report (PDF)…</source>
        <translation>报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cost Table (CSV)…</source>
        <translation>费用表 (CSV)(&amp;C)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close Design</source>
        <translation>关闭设计(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Canvas Only</source>
        <translation>仅显示画布(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide every panel to give the canvas the whole window</source>
        <translation>隐藏所有面板，让画布占满整个窗口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Co&amp;mparison</source>
        <translation>清除对比(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Docks</source>
        <translation>停靠窗口(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Design</source>
        <translation>设计(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the &amp;Data…</source>
        <translation>关于数据(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ECS Planner</source>
        <translation>关于 ECS Planner(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About ECS Planner</source>
        <translation>关于 ECS Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;ECS Planner %1&lt;/b&gt;&lt;p&gt;Design, cost and export Alibaba Cloud ECS deployments.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ECS Planner %1&lt;/b&gt;&lt;p&gt;设计阿里云 ECS 部署、估算费用并导出。&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+176"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>%1[*] — ECS Planner</source>
        <translation>%1[*] — ECS Planner</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Monthly total: %1</source>
        <translation>月度总计：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Without a price (not in the totals):</source>
        <translation>无价格（未计入合计）：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening cancelled; the design is as it was.</source>
        <translation>已取消打开；设计保持原样。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="+47"/>
        <location line="+48"/>
        <source>Cannot Import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Import Terraform JSON</source>
        <translation>导入 Terraform JSON</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported %1: %2 component(s) and %3 inferred link(s) from %4 resource(s).</source>
        <translation>已导入 %1：由 %4 个资源得到 %2 个组件和 %3 条推断出的连线。</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Compared with %1 (before): %n change(s); monthly %2 → %3</source>
        <translation>
            <numerusform>已与 %1（之前）对比：%n 处变更；月度 %2 → %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="+19"/>
        <source>Design closed. Open one (Ctrl+O), start from a sample (File ▸ New) or drag a Region onto the canvas.</source>
        <translation>设计已关闭。请打开一个设计（Ctrl+O）、从示例开始（文件 ▸ 新建），或将地域拖到画布上。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot Save Design</source>
        <translation>无法保存设计</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no recent designs)</source>
        <translation>（无最近设计）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowexports.cpp" line="+34"/>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF，A4 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF, US Letter (*.pdf)</source>
        <translation>PDF，美国信纸 (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the report… page %1</source>
        <translation>正在生成报告… 第 %1 页</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report cancelled; %1 was not written</source>
        <translation>已取消报告；未写入 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot Export Report</source>
        <translation>无法导出报告</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Report written to %1 (%n page(s))</source>
        <translation>
            <numerusform>报告已写入 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Cost Table</source>
        <translation>导出费用表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot Export Cost Table</source>
        <translation>无法导出费用表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost table written to %1</source>
        <translation>费用表已写入 %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="+53"/>
        <source>cannot read it: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalog overlay %1 not used: %2</source>
        <translation>未使用目录叠加层 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catalog overlay %1 applied</source>
        <translation>已应用目录叠加层 %1</translation>
    </message>
</context>
<context>
    <name>ecsplan::Minimap</name>
    <message>
        <location filename="../widgets/canvas/minimap.cpp" line="+20"/>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：单击或拖动以移动视图</translation>
    </message>
</context>
<context>
    <name>ecsplan::MuteDialog</name>
    <message>
        <location filename="../widgets/findings/mutedialog.cpp" line="+15"/>
        <source>Mute %1 for the whole design</source>
        <translation>在整个设计中静默 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute %1</source>
        <translation>静默 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why this is acceptable (saved with the design)</source>
        <translation>可接受的原因（随设计保存）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mute</source>
        <translation>静默</translation>
    </message>
</context>
<context>
    <name>ecsplan::ReportPager</name>
    <message>
        <location filename="../widgets/report/reportpager.cpp" line="+62"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>ecsplan::ReportSections</name>
    <message>
        <location filename="../widgets/report/reportsections.cpp" line="+72"/>
        <source>ECS Planner — stakeholder report</source>
        <translation>ECS Planner — 干系人报告</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total monthly cost</source>
        <translation>月度总费用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (exchange rate %1 CNY per USD)</source>
        <translation>（汇率 %1 人民币/美元）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, prices as of %2</source>
        <translation>%1，价格截至 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Catalog overlay</source>
        <translation>目录叠加层</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n Alibaba Cloud API response(s) saved %2</source>
        <translation>
            <numerusform>%1：%n 个阿里云 API 响应，保存于 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+397"/>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>Design file</source>
        <translation>设计文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some items have no catalog price and are not in the total; see Assumptions.</source>
        <translation>部分项目在目录中没有价格，未计入总计；请参见“假设条件”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The design</source>
        <translation>设计概况</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cost summary</source>
        <translation>费用汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly cost in %1 per month of 730 hours, each component in its own billing model.</source>
        <translation>以 %1 计的月度费用，每月按 730 小时计算，每个组件采用各自的付费类型。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+29"/>
        <location line="+192"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <location line="+22"/>
        <location line="+171"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Outside any region</source>
        <translation>不属于任何地域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internet free quota (account-wide credit)</source>
        <translation>公网免费额度（账号级抵扣）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By region</source>
        <translation>按地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>month %1</source>
        <translation>第 %1 个月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By billing model</source>
        <translation>按付费类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole design priced in each model. Subscriptions are prepaid per term; break-even is the month from which a subscription has cost no more than pay-as-you-go.</source>
        <translation>按每种付费类型对整个设计计价。包年包月按每个周期预付；回本点是指包年包月累计费用不再高于按量付费的那个月。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Billing model</source>
        <translation>付费类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>36 months</source>
        <translation>36 个月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Break-even</source>
        <translation>回本点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A figure followed by &quot;+ n items without a price&quot; leaves those items out (they have no catalog price; see Assumptions); the 36-month and break-even figures leave them out too.</source>
        <translation>后跟“+ n 项无价格”的金额不含这些项（目录中没有其价格，见“假设”）；36 个月累计与回本月份同样不含这些项。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Slowest request path</source>
        <translation>最慢的请求路径</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Disk sizing: %1</source>
        <translation>云盘容量规划：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no published capacity</source>
        <translation>无公开容量数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 capacity units (LCU) at the peak</source>
        <translation>峰值 %1 个容量单位（LCU）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <location line="+19"/>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Demand against capacity at the peak (the links&apos; average × the design&apos;s peak-to-average factor of %1). Headroom is how many times the traffic may grow before the component reaches 100 % of its baseline; below × 1 it is already over. Above 70 % is amber, above 100 % red (docs/demand.md).</source>
        <translation>峰值时的需求与容量对比（连线平均值 × 设计的峰均比 %1）。余量表示在组件达到其基准的 100 % 之前，流量还能增长到多少倍；低于 × 1 表示已经超出。超过 70 % 为琥珀色，超过 100 % 为红色（docs/demand.md）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Req/s at the peak</source>
        <translation>峰值请求/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Busiest resource</source>
        <translation>最繁忙的资源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Request paths: what saturates first</source>
        <translation>请求路径：最先饱和的环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturates first</source>
        <translation>最先饱和</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no change carries it</source>
        <translation>%1：没有能承载的变更</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Traffic growth: what breaks and what carrying it costs</source>
        <translation>流量增长：哪些资源会超载，承载需要多少费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks first</source>
        <translation>最先超载</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cheapest change</source>
        <translation>最低成本变更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes / month</source>
        <translation>变更费用 / 月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total extra / month</source>
        <translation>额外总费用 / 月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total extra: the design at that traffic with the changes, against today — the changes and the traffic&apos;s own transfer and capacity-unit costs.</source>
        <translation>额外总费用：该流量下含变更的设计与当前设计的费用差额——包括变更本身，以及流量自身的传输和容量单位费用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>* some items have no catalog price; the figure counts the priced ones.</source>
        <translation>* 部分项目在目录中没有价格；该数值只计入有价格的项目。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cost per component</source>
        <translation>各组件费用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option A (before): %1. Option B (after): this design%2. Monthly cost %3 → %4 (%5).</source>
        <translation>方案 A（之前）：%1。方案 B（之后）：本设计%2。月度费用 %3 → %4（%5）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>As billed</source>
        <translation>按计费方式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All %1</source>
        <translation>全部%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly cost, A and B</source>
        <translation>月度费用，A 与 B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priced</source>
        <translation>已计价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A (before)</source>
        <translation>A（之前）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B (after)</source>
        <translation>B（之后）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+51"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> + unpriced</source>
        <translation> + 无价格</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unpriced</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No component was added, removed or changed.</source>
        <translation>没有组件被新增、删除或变更。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A (%1)</source>
        <translation>A（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B (%1)</source>
        <translation>B（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change (%1)</source>
        <translation>变化（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n component(s) only moved on the canvas.</source>
        <translation>
            <numerusform>%n 个组件仅在画布上移动。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Design setting %1: %2 → %3</source>
        <translation>设计设置 %1：%2 → %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings introduced and resolved</source>
        <translation>新增与已解决的检查结果</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>introduced</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No finding is introduced or resolved by B.</source>
        <translation>B 没有新增或解决任何检查结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In B</source>
        <translation>在 B 中</translation>
    </message>
    <message>
        <location line="-275"/>
        <location line="+73"/>
        <location line="+174"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+174"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Zone / region</source>
        <translation>可用区/地域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free transfer (same-region traffic, the monthly internet quota) is not listed. The total applies the design-wide free internet quota, so link rows may add up to more than the network total.</source>
        <translation>免费流量（同地域流量、每月公网免费额度）未列出。总计中已扣除整个设计的公网免费额度，因此各连线行之和可能大于网络总计。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assumptions</source>
        <translation>假设条件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts are in %1.</source>
        <translation>金额单位为 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions (1 and 3 years) are paid upfront for each term; pay-as-you-go, preemptible and savings plan are paid monthly.</source>
        <translation>包年包月（1 年和 3 年）按每个周期预付；按量付费、抢占式实例和节省计划按月支付。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scaling groups are priced at their desired size.</source>
        <translation>伸缩组按期望实例数计价。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List prices: negotiated discounts, taxes and promotions are not included.</source>
        <translation>目录价：不含协议折扣、税费和促销优惠。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Items without a price</source>
        <translation>无价格的项目</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (indicative)</source>
        <translation>（参考值）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources of the prices</source>
        <translation>价格来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No priced components.</source>
        <translation>没有已计价的组件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>and %1 more</source>
        <translation>另有 %1 项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design review findings</source>
        <translation>设计检查结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No findings were supplied with this report.</source>
        <translation>本报告未附带检查结果。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+119"/>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+119"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+119"/>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+119"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
</context>
<context>
    <name>ecsplan::RulesField</name>
    <message>
        <location filename="../widgets/inspector/rulesfield.cpp" line="+45"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>授权策略</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A port (443), a range (8000-8080) or &quot;all&quot;</source>
        <translation>端口（443）、端口范围（8000-8080）或 &quot;all&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Inbound</source>
        <translation>入方向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbound</source>
        <translation>出方向</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept</source>
        <translation>允许</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The selected groups have different rules; an edit replaces the rules of all of them with this table.</source>
        <translation>所选安全组的规则不同；编辑后将用此表替换所有所选安全组的规则。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rule %1: ports &quot;%2&quot; are not a port, a range like 8000-8080, or &quot;all&quot;.</source>
        <translation>规则 %1：端口“%2”不是端口、8000-8080 这样的范围，也不是 &quot;all&quot;。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rule %1: &quot;%2&quot; is not an IPv4 CIDR block like 10.0.0.0/8.</source>
        <translation>规则 %1：“%2”不是 10.0.0.0/8 这样的 IPv4 CIDR 网段。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule %1: the priority must be a whole number from 1 to 100.</source>
        <translation>规则 %1：优先级必须是 1 到 100 之间的整数。</translation>
    </message>
</context>
<context>
    <name>ecsplan::StackedCostChart</name>
    <message>
        <location filename="../widgets/charts/chartdata.cpp" line="+74"/>
        <source>%1 (region-wide)</source>
        <translation>%1（地域级）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/stackedcostchart.cpp" line="+22"/>
        <source>Monthly cost</source>
        <translation>月度费用</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing priced yet</source>
        <translation>尚无计价项</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Total %1 per month</source>
        <translation>每月合计 %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
</context>
<context>
    <name>ecsplan::StakeholderReport</name>
    <message>
        <location filename="../widgets/report/stakeholderreport.cpp" line="+42"/>
        <location line="+12"/>
        <location line="+21"/>
        <source>Cannot write the report to %1</source>
        <translation>无法将报告写入 %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ecsplan::StorageChart</name>
    <message>
        <location filename="../widgets/charts/storagechart.cpp" line="+23"/>
        <source>Capacity (GiB)</source>
        <translation>容量（GiB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected disk</source>
        <translation>所选云盘</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cheapest meeting the target</source>
        <translation>满足目标的最低价方案</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk IOPS by capacity</source>
        <translation>云盘 IOPS 随容量变化</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1
%2 GiB, %3 IOPS</source>
        <translation>%1
%2 GiB，%3 IOPS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cheapest for %1 IOPS:
%2, %3 GiB</source>
        <translation>满足 %1 IOPS 的最低价方案：
%2，%3 GiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1/month</source>
        <translation>%1/月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No disk formulas in the catalog</source>
        <translation>目录中没有云盘性能公式</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1 GiB&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 GiB&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ecsplan::TerraformExportDialog</name>
    <message>
        <location filename="../widgets/terraform/terraformexportdialog.cpp" line="+32"/>
        <source>OSS state &amp;backend</source>
        <translation>OSS 状态后端(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypt the state object (server-side)</source>
        <translation>加密状态对象（服务端加密）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Terraform</source>
        <translation>导出 Terraform</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the target directory</source>
        <translation>选择目标目录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Target directory:</source>
        <translation>目标目录(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the .tf files are written. Created if missing; files of the same name are replaced, other files are left alone.</source>
        <translation>.tf 文件的写入位置。目录不存在时自动创建；同名文件将被替换，其他文件保持不变。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Provider version:</source>
        <translation>Provider 版本(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version constraint for the aliyun/alicloud provider in versions.tf. The export was checked against ~&gt; 1.280.</source>
        <translation>versions.tf 中 aliyun/alicloud Provider 的版本约束。导出已针对 ~&gt; 1.280 验证。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name prefix:</source>
        <translation>名称前缀(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default of the name_prefix variable, put in front of every cloud resource name. Empty: derived from the design title.</source>
        <translation>name_prefix 变量的默认值，添加在每个云资源名称之前。留空：根据设计标题生成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the design title</source>
        <translation>根据设计标题生成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the Terraform state in an OSS bucket with Tablestore locking (backend.tf). Unchecked: no backend.tf, the state stays local.</source>
        <translation>将 Terraform 状态保存在 OSS Bucket 中，并使用表格存储加锁（backend.tf）。不勾选：不生成 backend.tf，状态保存在本地。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>B&amp;ucket:</source>
        <translation>Bucket(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing OSS bucket for the state: 3–63 lowercase letters, digits and hyphens.</source>
        <translation>用于存放状态的已有 OSS Bucket：3–63 个小写字母、数字和连字符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;refix:</source>
        <translation>前缀(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the state inside the bucket. Empty: the backend&apos;s default (env:).</source>
        <translation>状态文件在 Bucket 中的路径。留空：使用后端默认值（env:）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State &amp;key:</source>
        <translation>状态键(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the state object. Empty: terraform.tfstate.</source>
        <translation>状态对象的名称。留空：terraform.tfstate。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion:</source>
        <translation>地域(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region of the bucket, e.g. cn-hangzhou. Empty: ALICLOUD_REGION when terraform init runs.</source>
        <translation>Bucket 所在地域，例如 cn-hangzhou。留空：运行 terraform init 时使用 ALICLOUD_REGION。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tablestore &amp;endpoint:</source>
        <translation>表格存储端点(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint of the Tablestore instance used for state locking, e.g. https://tf-lock.cn-hangzhou.ots.aliyuncs.com. Empty: no locking.</source>
        <translation>用于状态加锁的表格存储实例端点，例如 https://tf-lock.cn-hangzhou.ots.aliyuncs.com。留空：不加锁。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock &amp;table:</source>
        <translation>锁表(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablestore table for the locks; its primary key is LockID (String).</source>
        <translation>用于锁的表格存储数据表；其主键为 LockID（String）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asks OSS to encrypt the state object at rest.</source>
        <translation>请求 OSS 对状态对象进行静态加密。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the Terraform files</source>
        <translation>写入 Terraform 文件</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Locking needs the table as well as the endpoint.</source>
        <translation>加锁除了端点外还需要数据表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locking needs the endpoint as well as the table.</source>
        <translation>加锁除了数据表外还需要端点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key is an object name; put folders in the prefix.</source>
        <translation>键是对象名称；请将文件夹放在前缀中。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Some settings need fixing; the reasons are shown next to the fields.</source>
        <translation>部分设置需要修正；原因显示在相应字段旁。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting Terraform…</source>
        <translation>正在导出 Terraform…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出；未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Not exported: %n problem(s) would make the deployment fail. Fix them (they are error findings too) and export again:</source>
        <translation>
            <numerusform>未导出：%n 个问题会导致部署失败。请修复这些问题（它们也是错误级别的检查结果）后重新导出：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Terraform Export</source>
        <translation>Terraform 导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files written to %1: %2.</source>
        <translation>已将文件写入 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n warning(s): the design has parts Terraform does not express.</source>
        <translation>
            <numerusform>%n 条警告：设计中有部分内容无法用 Terraform 表达。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not part of this export and left as they were: %1</source>
        <translation>不属于本次导出，保持原样：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the exported files in the file manager</source>
        <translation>在文件管理器中显示导出的文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Terraform To</source>
        <translation>导出 Terraform 到</translation>
    </message>
</context>
<context>
    <name>ecsplan::TerraformPreviewDock</name>
    <message>
        <location filename="../widgets/terraform/terraformpreviewdock.cpp" line="+55"/>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Terraform files an export would write for this design</source>
        <translation>导出本设计时将写入的 Terraform 文件</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Generated files</source>
        <translation>生成的文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read-only: change the design and the files follow</source>
        <translation>只读：修改设计后文件会随之更新</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parts of the design that Terraform cannot express, by component</source>
        <translation>设计中无法用 Terraform 表达的部分（按组件）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the shown file to the clipboard</source>
        <translation>将当前文件复制到剪贴板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the files to a directory (File → Export → Terraform…)</source>
        <translation>将文件写入目录（文件 → 导出 → Terraform…）</translation>
    </message>
    <message numerus="yes">
        <location line="+202"/>
        <source>%1 — %n line(s)</source>
        <translation>
            <numerusform>%1 — %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Not exportable: %n problem(s) would make the deployment fail; the files above are a draft.</source>
        <translation>
            <numerusform>无法导出：%n 个问题会导致部署失败；以上文件仅为草稿。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No warnings: the whole design is exported.</source>
        <translation>无警告：整个设计均已导出。</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Warnings (%n):</source>
        <translation>
            <numerusform>警告（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Showing the first %L1 of %L2 lines; Copy and Export write the whole file.</source>
        <translation>仅显示前 %L1 行（共 %L2 行）；复制和导出会写入完整文件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Not exportable: %n problem(s)</source>
        <translation>
            <numerusform>无法导出：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated in %1 ms</source>
        <translation>生成耗时 %1 ms</translation>
    </message>
</context>
<context>
    <name>ecsplan::TextField</name>
    <message>
        <location filename="../widgets/inspector/propertyfields.cpp" line="-59"/>
        <source>(mixed values)</source>
        <translation>（多个值）</translation>
    </message>
</context>
<context>
    <name>ecsplan::UndoHistoryDock</name>
    <message>
        <location filename="../widgets/docks/undohistorydock.cpp" line="+10"/>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;design as opened&gt;</source>
        <translation>&lt;打开时的设计&gt;</translation>
    </message>
</context>
<context>
    <name>ecsplan::UserPrompts</name>
    <message>
        <location filename="../widgets/mainwindow/userprompts.cpp" line="+20"/>
        <source>ECS Planner designs (*.ecsplan);;All files (*)</source>
        <translation>ECS Planner 设计 (*.ecsplan);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The design &quot;%1&quot; has unsaved changes. Save them first?</source>
        <translation>设计“%1”有未保存的更改。是否先保存？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot Open Design</source>
        <translation>无法打开设计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened:</source>
        <translation>无法打开 %1：</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+95"/>
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… 另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECS Planner did not close normally. Unsaved changes to &quot;%1&quot; were autosaved at %2.</source>
        <translation>ECS Planner 未正常关闭。对“%1”的未保存更改已于 %2 自动保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovered changes stay in the autosave until you save or discard them. &quot;Discard&quot; deletes them for good; &quot;Later&quot; keeps them for the next start.</source>
        <translation>恢复的更改会保留在自动保存中，直到您保存或放弃它们。“放弃”将永久删除这些更改；“稍后”会保留到下次启动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Design</source>
        <translation>打开设计</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare With (Before)</source>
        <translation>与…对比（之前）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Design As</source>
        <translation>设计另存为</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <location line="+18"/>
        <source>Import Terraform JSON</source>
        <translation>导入 Terraform JSON</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>terraform show -json output (*.json);;All files (*)</source>
        <translation>terraform show -json 输出 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the imported infrastructure as a new design, or add it to &quot;%1&quot;?</source>
        <translation>将导入的基础设施作为新设计打开，还是添加到“%1”？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Design</source>
        <translation>新建设计(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to This Design</source>
        <translation>添加到当前设计(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n resource(s) were not understood and left out:</source>
        <translation>
            <numerusform>%n 个资源无法识别，已略去：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecsplan::WhatIfPanel</name>
    <message>
        <location filename="../widgets/findings/whatifpanel.cpp" line="+55"/>
        <source>Tier</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zones</source>
        <translation>可用区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra to survive a zone</source>
        <translation>容忍单可用区故障所需的额外容量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extra / month</source>
        <translation>每月额外费用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline billing</source>
        <translation>基准付费类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peak billing</source>
        <translation>峰值付费类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As drawn / month</source>
        <translation>按设计 / 月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimized / month</source>
        <translation>优化后 / 月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks first</source>
        <translation>最先超载</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Above 100 %</source>
        <translation>超过 100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheapest change</source>
        <translation>最低成本变更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes / month</source>
        <translation>变更费用 / 月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total extra / month</source>
        <translation>额外总费用 / 月</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zone failure drill</source>
        <translation>可用区故障演练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fail:</source>
        <translation>故障：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Billing optimizer</source>
        <translation>付费优化</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every link&apos;s requests and transfer multiplied by up to this factor</source>
        <translation>每条连线的请求数和传输量最多乘以此倍数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic × k</source>
        <translation>流量 × k</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to:</source>
        <translation>最高：</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No failure</source>
        <translation>无故障</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region %1</source>
        <translation>地域 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zone %1</source>
        <translation>可用区 %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1: no change carries it</source>
        <translation>%1：没有能承载的变更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(incomplete)</source>
        <translation>（不完整）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing runs above 100 % up to × %1.</source>
        <translation>直到 × %1，没有任何资源超过 100 %。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First break at × %1: %2 (%3).</source>
        <translation>× %1 时首次超载：%2（%3）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Carrying × %1 costs %2 more per month: %3 for the cheapest changes, the rest the traffic&apos;s own transfer and capacity units.</source>
        <translation>承载 × %1 的流量每月多花费 %2：其中 %3 用于最低成本的变更，其余为流量自身的传输和容量单位费用。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none — lost</source>
        <translation>无 — 已丢失</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <location line="+1"/>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Pick a zone or region to fail. Surviving the loss of any one zone costs %1 more per month.</source>
        <translation>选择一个发生故障的可用区或地域。要容忍任意一个可用区故障，每月需多花费 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tier loses all its capacity.</source>
        <translation>没有任何层会失去全部容量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loses all capacity: %1.</source>
        <translation>失去全部容量：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sizing every tier to survive the loss of any one zone costs %1 more per month.</source>
        <translation>将每一层的容量规划为可容忍任意一个可用区故障，每月需多花费 %1。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>As drawn %1 per month; optimized %2 per month (saves %3). %4</source>
        <translation>按设计每月 %1；优化后每月 %2（节省 %3）。%4</translation>
    </message>
</context>
<context>
    <name>ecsplan::exportReportHeadless</name>
    <message>
        <location filename="../widgets/report/headlessreport.cpp" line="+27"/>
        <source>Cannot load %1:</source>
        <translation>无法加载 %1：</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+78"/>
        <source>Design, cost and export Alibaba Cloud ECS deployments.</source>
        <translation>设计阿里云 ECS 部署、估算费用并导出。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Design files (*.ecsplan) to open.</source>
        <translation>要打开的设计文件（*.ecsplan）。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Write the stakeholder report of &lt;design&gt; as PDF (no window).</source>
        <translation>将 &lt;design&gt; 的干系人报告导出为 PDF（不打开窗口）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report file to write (with --export-report).</source>
        <translation>要写入的报告文件（配合 --export-report 使用）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report page size: A4 or Letter.</source>
        <translation>报告页面尺寸：A4 或 Letter。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>ecsplan: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset). Use --export-report for a PDF without a window, or ecsplan-cli.</source>
        <translation>ecsplan：没有可用于打开窗口的显示（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。如需在无窗口情况下生成 PDF，请使用 --export-report，或使用 ecsplan-cli。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--export-report needs -o FILE.pdf and --page-size A4 or Letter.</source>
        <translation>--export-report 需要 -o FILE.pdf 以及 --page-size A4 或 Letter。</translation>
    </message>
</context>
</TS>
