<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CapabilityBars</name>
    <message>
        <source>band %1–%2, n = %3</source>
        <translation>区间 %1–%2，n = %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1: not reported (%2)</source>
        <translation>%1：未公布（%2）</translation>
    </message>
    <message>
        <source>Middle 60%</source>
        <translation>中间 60%</translation>
    </message>
    <message>
        <source>This model: %1 (raw %2)</source>
        <translation>本模型：%1（原始值 %2）</translation>
    </message>
    <message>
        <source>This model: not reported</source>
        <translation>本模型：未公布</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Middle 60%: %3–%4 over %5 models&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;中间 60%：%3–%4（共 %5 个模型）&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2–%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2–%3</translation>
    </message>
    <message>
        <source>&lt;i&gt;not reported&lt;/i&gt; · %1–%2</source>
        <translation>&lt;i&gt;未公布&lt;/i&gt; · %1–%2</translation>
    </message>
    <message>
        <source>Band: the middle 60% of catalog models that report the measure (20th to 80th percentile). Dot: this model. All scores 0–10, higher is better.</source>
        <translation>色带：目录中报告该指标的模型里居中的 60%（第 20 至第 80 百分位）。圆点：本模型。所有分数为 0–10，越高越好。</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>builds on</source>
        <translation>基于</translation>
    </message>
    <message>
        <source>fine-tunes</source>
        <translation>微调自</translation>
    </message>
    <message>
        <source>distils</source>
        <translation>蒸馏自</translation>
    </message>
    <message>
        <source>scales up</source>
        <translation>扩展自</translation>
    </message>
    <message>
        <source>merges</source>
        <translation>合并自</translation>
    </message>
    <message>
        <source>quantises</source>
        <translation>量化自</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translation>接替</translation>
    </message>
    <message>
        <source>competes with</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>open alternative to</source>
        <translation>开放替代</translation>
    </message>
    <message>
        <source>Top 1%</source>
        <translation>前 1%</translation>
    </message>
    <message>
        <source>Top 5%</source>
        <translation>前 5%</translation>
    </message>
    <message>
        <source>Top 10%</source>
        <translation>前 10%</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>较慢</translation>
    </message>
    <message>
        <source>Below avg</source>
        <translation>低于平均</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>编程</translation>
    </message>
    <message>
        <source>Agentic tasks</source>
        <translation>智能体任务</translation>
    </message>
    <message>
        <source>Context / memory</source>
        <translation>上下文 / 记忆</translation>
    </message>
    <message>
        <source>AA Intelligence Index · scaled to 10</source>
        <translation>AA 智能指数 · 换算为 10 分制</translation>
    </message>
    <message>
        <source>SciCode · scaled to 10</source>
        <translation>SciCode · 换算为 10 分制</translation>
    </message>
    <message>
        <source>Terminal-Bench Hard · scaled to 10</source>
        <translation>Terminal-Bench Hard · 换算为 10 分制</translation>
    </message>
    <message>
        <source>Context window size · log-scaled</source>
        <translation>上下文窗口大小 · 对数刻度</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Product / App</source>
        <translation>产品 / 应用</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>开源</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业版</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Contact sales</source>
        <translation>联系销售</translation>
    </message>
    <message>
        <source>Pay per token</source>
        <translation>按词元付费</translation>
    </message>
    <message>
        <source>Free / self-host</source>
        <translation>免费 / 自行部署</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Research artifact</source>
        <translation>研究成果</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>未公开</translation>
    </message>
    <message>
        <source>Billed by the vendor per million input and output tokens.</source>
        <translation>由厂商按每百万输入和输出词元计费。</translation>
    </message>
    <message>
        <source>Open weights — pay only for the compute you run it on.</source>
        <translation>开放权重 — 只需为运行它的算力付费。</translation>
    </message>
    <message>
        <source>Used through a paid app or plan, not metered per token.</source>
        <translation>通过付费应用或套餐使用，不按词元计量。</translation>
    </message>
    <message>
        <source>A paper or research release, not a product.</source>
        <translation>论文或研究发布，并非产品。</translation>
    </message>
    <message>
        <source>The vendor has not published a price.</source>
        <translation>厂商尚未公布价格。</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未公布</translation>
    </message>
</context>
<context>
    <name>ContextLadder</name>
    <message>
        <source>This model: %1 tokens, about %2 pages</source>
        <translation>本模型：%1 个词元，约 %2 页</translation>
    </message>
    <message>
        <source>A chat conversation or a short document</source>
        <translation>一段聊天对话或一篇短文档</translation>
    </message>
    <message>
        <source>A long report or a paper with appendices</source>
        <translation>一份长报告或带附录的论文</translation>
    </message>
    <message>
        <source>A whole book</source>
        <translation>一整本书</translation>
    </message>
    <message>
        <source>Several documents at once, as in retrieval</source>
        <translation>同时处理多份文档，例如检索增强</translation>
    </message>
    <message>
        <source>A whole codebase</source>
        <translation>整个代码库</translation>
    </message>
    <message>
        <source>Very large archives and video transcripts</source>
        <translation>超大型档案和视频转录文本</translation>
    </message>
    <message>
        <source>%1 tokens ≈ %2 pages: %3</source>
        <translation>%1 个词元 ≈ %2 页：%3</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>%1B</source>
        <translation>%1B</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1 total · %2 active</source>
        <translation>总计 %1 · 激活 %2</translation>
    </message>
    <message>
        <source>Select a model in the list to read its card.</source>
        <translation>在列表中选择一个模型即可查看其卡片。</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>开放权重</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>%1 · up to %2 tokens</source>
        <translation>%1 · 最多 %2 个词元</translation>
    </message>
    <message>
        <source>Yes — weights can be downloaded and self-hosted</source>
        <translation>是 — 可下载权重并自行部署</translation>
    </message>
    <message>
        <source>No — available only from the vendor</source>
        <translation>否 — 仅能通过厂商使用</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>为何重要</translation>
    </message>
    <message>
        <source>Core capabilities</source>
        <translation>核心能力</translation>
    </message>
    <message>
        <source>%1 tokens · ≈ %2 pages</source>
        <translation>%1 个词元 · 约 %2 页</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>获取方式</translation>
    </message>
    <message>
        <source>Capability / performance</source>
        <translation>能力 / 性能</translation>
    </message>
    <message>
        <source>What it feels like</source>
        <translation>使用感受</translation>
    </message>
    <message>
        <source>Best use cases</source>
        <translation>最佳用途</translation>
    </message>
    <message>
        <source>Tools to try</source>
        <translation>可以试试的工具</translation>
    </message>
    <message>
        <source>Not ideal for</source>
        <translation>不太适合</translation>
    </message>
    <message>
        <source>Model evolution</source>
        <translation>模型演进</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>LANGUAGE MODEL</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>CODE MODEL</source>
        <translation>代码模型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>MULTIMODAL MODEL</source>
        <translation>多模态模型</translation>
    </message>
    <message>
        <source>Multimodal</source>
        <translation>多模态</translation>
    </message>
    <message>
        <source>IMAGE MODEL</source>
        <translation>图像模型</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>VIDEO MODEL</source>
        <translation>视频模型</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>AUDIO MODEL</source>
        <translation>音频模型</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>SPEECH MODEL</source>
        <translation>语音模型</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>EMBEDDING MODEL</source>
        <translation>向量嵌入模型</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>向量嵌入</translation>
    </message>
    <message>
        <source>ROBOTICS MODEL</source>
        <translation>机器人模型</translation>
    </message>
    <message>
        <source>Robotics</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>SCIENCE MODEL</source>
        <translation>科学模型</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>科学</translation>
    </message>
    <message>
        <source>PAPER / METHOD</source>
        <translation>论文 / 方法</translation>
    </message>
    <message>
        <source>Paper / method</source>
        <translation>论文 / 方法</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未公布</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Model Atlas</source>
        <translation>模型图谱</translation>
    </message>
    <message>
        <source>Search models, organisations, aliases… (Ctrl+K)</source>
        <translation>搜索模型、机构、别名…（Ctrl+K）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation>打开目录(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Model Atlas</source>
        <translation>关于模型图谱(&amp;A)</translation>
    </message>
    <message>
        <source>Open Catalog</source>
        <translation>打开目录</translation>
    </message>
    <message>
        <source>Model Atlas catalogs (*.sqlite);;All files (*)</source>
        <translation>模型图谱目录 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open catalog</source>
        <translation>无法打开目录</translation>
    </message>
    <message>
        <source>About Model Atlas</source>
        <translation>关于模型图谱</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Model Atlas %1&lt;/h3&gt;&lt;p&gt;Explore a catalog of AI models offline: find a model, read its card and follow its lineage.&lt;/p&gt;&lt;p&gt;Catalog: %2 models, schema %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;模型图谱 %1&lt;/h3&gt;&lt;p&gt;离线浏览 AI 模型目录：查找模型、阅读模型卡片、追溯模型谱系。&lt;/p&gt;&lt;p&gt;目录：%2 个模型，结构版本 %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>模型：%1 个</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 / 共 %2 个</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>模型卡片</translation>
    </message>
</context>
<context>
    <name>ModelListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布日期</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布日期</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>%1: needs a value</source>
        <translation>%1：需要一个值</translation>
    </message>
    <message>
        <source>open: takes yes or no</source>
        <translation>open：取值为 yes 或 no</translation>
    </message>
    <message>
        <source>ctx: takes a token count such as &gt;=128k or 32k..1m</source>
        <translation>ctx：取词元数，例如 &gt;=128k 或 32k..1m</translation>
    </message>
    <message>
        <source>price: takes US dollars per million output tokens, such as &lt;1 or 0.5..3</source>
        <translation>price：取每百万输出词元的美元价格，例如 &lt;1 或 0.5..3</translation>
    </message>
    <message>
        <source>year: takes a year or a range such as 2024..2025</source>
        <translation>year：取年份或范围，例如 2024..2025</translation>
    </message>
</context>
<context>
    <name>cardsections</name>
    <message>
        <source>Compared with</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>View in the evolution tree →</source>
        <translation>在演化树中查看 →</translation>
    </message>
    <message>
        <source>&lt;p&gt;Intelligence and Speed are percentile ranks among the catalog&apos;s models that report the AA Intelligence Index or a measured output speed. Cost uses fixed thresholds on the output price per million tokens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;智能与速度是在目录中报告了 AA 智能指数或实测输出速度的模型里的百分位排名。成本按每百万输出词元价格的固定阈值划分。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>智能</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Free: open weights, self-host</source>
        <translation>免费：开放权重，自行部署</translation>
    </message>
    <message>
        <source>Low: &lt; $1 / M out</source>
        <translation>低：&lt; $1 / 百万输出词元</translation>
    </message>
    <message>
        <source>Moderate: $1–5 / M out</source>
        <translation>中等：$1–5 / 百万输出词元</translation>
    </message>
    <message>
        <source>High: ≥ $5 / M out</source>
        <translation>高：≥ $5 / 百万输出词元</translation>
    </message>
    <message>
        <source>Rank %1 of %2</source>
        <translation>第 %1 名，共 %2 个</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <source>$%1 in / $%2 out per M tokens</source>
        <translation>每百万词元：输入 $%1 / 输出 $%2</translation>
    </message>
    <message>
        <source>Open weights — self-host</source>
        <translation>开放权重 — 自行部署</translation>
    </message>
    <message>
        <source>How are Intelligence, Speed &amp;&amp; Cost bucketed?</source>
        <translation>智能、速度和成本如何分档？</translation>
    </message>
    <message>
        <source>Pricing model</source>
        <translation>计价方式</translation>
    </message>
    <message>
        <source>Derives from</source>
        <translation>来源于</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>衍生出</translation>
    </message>
    <message>
        <source>Last verified %1</source>
        <translation>最后核实于 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open catalog</source>
        <translation>无法打开目录</translation>
    </message>
    <message>
        <source>Model Atlas cannot open its catalog:
%1</source>
        <translation>模型图谱无法打开目录：
%1</translation>
    </message>
</context>
</TS>
