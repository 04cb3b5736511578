<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleSchemeHandler</name>
    <message>
        <source>Select a model in the list to read its article.</source>
        <translation>在列表中选择一个模型即可阅读其文章。</translation>
    </message>
    <message>
        <source>This article is not written in English yet; here is the Chinese text.</source>
        <translation>这篇文章还没有英文版，下面是中文原文。</translation>
    </message>
    <message>
        <source>This article is not written in Chinese yet; here is the English text.</source>
        <translation>这篇文章还没有中文版，下面是英文原文。</translation>
    </message>
    <message>
        <source>No article about this model yet.</source>
        <translation>这个模型还没有文章。</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Open in your web browser?</source>
        <translation>在网页浏览器中打开？</translation>
    </message>
    <message>
        <source>This link leaves Model Atlas and opens in your web browser:</source>
        <translation>此链接将离开模型图谱，在您的网页浏览器中打开：</translation>
    </message>
</context>
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
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 not reported</source>
        <translation>%1 未公布</translation>
    </message>
    <message>
        <source>%1: %2 (band %3–%4, n = %5)</source>
        <translation>%1：%2（区间 %3–%4，n = %5）</translation>
    </message>
    <message>
        <source>Band: the middle 60% of catalog models that report the measure (20th to 80th percentile). Dots: the compared models, in their colours. All scores 0–10, higher is better.</source>
        <translation>色带：目录中报告该指标的模型里居中的 60%（第 20 至第 80 百分位）。圆点：参与对比的模型，各用其颜色。所有分数为 0–10，越高越好。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <name>CatalogCharts</name>
    <message>
        <source>Intelligence vs output price</source>
        <translation>智能与输出价格</translation>
    </message>
    <message>
        <source>Intelligence over time</source>
        <translation>智能随时间的变化</translation>
    </message>
    <message>
        <source>Context window over time</source>
        <translation>上下文窗口随时间的变化</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Released %1</source>
        <translation>发布于 %1</translation>
    </message>
    <message>
        <source>AA Intelligence Index %1</source>
        <translation>AA 智能指数 %1</translation>
    </message>
    <message>
        <source>$%1 per million output tokens</source>
        <translation>每百万输出词元 $%1</translation>
    </message>
    <message>
        <source>Context %1 tokens</source>
        <translation>上下文 %1 个词元</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>开放权重</translation>
    </message>
    <message>
        <source>API only</source>
        <translation>仅 API</translation>
    </message>
    <message>
        <source>Selected and compared</source>
        <translation>已选中和对比的模型</translation>
    </message>
    <message>
        <source>Output price, USD per million tokens (log scale)</source>
        <translation>输出价格，每百万词元美元（对数刻度）</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Context window, tokens (log scale)</source>
        <translation>上下文窗口，词元（对数刻度）</translation>
    </message>
    <message>
        <source>AA Intelligence Index</source>
        <translation>AA 智能指数</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>前沿线</translation>
    </message>
    <message>
        <source>Whole catalog: %1 of %2 models report both values</source>
        <translation>整个目录：%2 个模型中有 %1 个同时报告了这两项</translation>
    </message>
    <message>
        <source>Current list: %1 of %2 models report both values</source>
        <translation>当前列表：%2 个模型中有 %1 个同时报告了这两项</translation>
    </message>
    <message>
        <source>Cannot export to &apos;%1&apos;: use a .png or .svg file.</source>
        <translation>无法导出到“%1”：请使用 .png 或 .svg 文件。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>CompareSetStore</name>
    <message>
        <source>A compare set needs a name.</source>
        <translation>对比组需要一个名称。</translation>
    </message>
    <message>
        <source>Cannot save compare sets to %1.</source>
        <translation>无法把对比组保存到 %1。</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>There is nothing to export: add models to compare first.</source>
        <translation>没有可导出的内容：请先添加要对比的模型。</translation>
    </message>
    <message>
        <source>Cannot export to &apos;%1&apos;: use a .pdf or .png file.</source>
        <translation>无法导出到“%1”：请使用 .pdf 或 .png 文件。</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <source>Max output</source>
        <translation>最大输出</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>开放权重</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
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
        <source>Input price</source>
        <translation>输入价格</translation>
    </message>
    <message>
        <source>Output price</source>
        <translation>输出价格</translation>
    </message>
    <message>
        <source>Coding (SciCode)</source>
        <translation>编程（SciCode）</translation>
    </message>
    <message>
        <source>Agentic (Terminal-Bench Hard)</source>
        <translation>智能体（Terminal-Bench Hard）</translation>
    </message>
    <message>
        <source>%1B</source>
        <translation>%1B</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>$%1 / M tokens</source>
        <translation>$%1 / 百万词元</translation>
    </message>
    <message>
        <source>%1 total · %2 active</source>
        <translation>总计 %1 · 激活 %2</translation>
    </message>
    <message>
        <source>%1 · ≈ %2 pages</source>
        <translation>%1 · 约 %2 页</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 · index %2</source>
        <translation>%1 · 指数 %2</translation>
    </message>
    <message>
        <source>%1 · %2 tok/s</source>
        <translation>%1 · %2 词元/秒</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Add at least two models before saving the set.</source>
        <translation>请至少添加两个模型后再保存对比组。</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Remove from the comparison</source>
        <translation>从对比中移除</translation>
    </message>
    <message>
        <source>Best of the compared models</source>
        <translation>对比模型中最好</translation>
    </message>
    <message>
        <source>Weakest of the compared models</source>
        <translation>对比模型中最弱</translation>
    </message>
    <message>
        <source>Add two to four models to compare them: right-click a model in the list and choose Compare, Ctrl+click it, or drag it here.</source>
        <translation>添加两到四个模型进行对比：在列表中右键单击模型并选择“对比”，或按住 Ctrl 单击，或把它拖到这里。</translation>
    </message>
    <message>
        <source>Save set…</source>
        <translation>保存对比组…</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>删除对比组</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Saved sets</source>
        <translation>已保存的对比组</translation>
    </message>
    <message>
        <source>Capability / performance</source>
        <translation>能力 / 性能</translation>
    </message>
    <message>
        <source>Save compare set</source>
        <translation>保存对比组</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png)</source>
        <translation>PDF 文档 (*.pdf);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the picture could not be encoded</source>
        <translation>图片无法编码</translation>
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
    <message>
        <source>%1: not reported</source>
        <translation>%1：未公布</translation>
    </message>
    <message>
        <source>%1: %2 tokens, about %3 pages</source>
        <translation>%1：%2 个词元，约 %3 页</translation>
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
    <name>EvolutionTree</name>
    <message numerus="yes">
        <source>+%n fine-tunes</source>
        <translation>
            <numerusform>+%n 个微调模型</numerusform>
        </translation>
    </message>
    <message>
        <source>click to expand</source>
        <translation>单击展开</translation>
    </message>
    <message>
        <source>Model evolution tree</source>
        <translation>模型演化树</translation>
    </message>
</context>
<context>
    <name>EvolutionTreeView</name>
    <message>
        <source>Find a model in the tree…</source>
        <translation>在树中查找模型…</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>所有机构</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Any capability</source>
        <translation>任意能力</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>任意许可证</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家族</translation>
    </message>
    <message>
        <source>Show only the selected model, its ancestors and its descendants</source>
        <translation>只显示所选模型及其祖先和后代</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Horizontal</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Run time from top to bottom or from left to right</source>
        <translation>时间从上到下或从左到右排列</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole tree</source>
        <translation>显示整棵树</translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <source>Hover a model to see its ancestors and descendants; click to select it; shift-click another to pin the path between them; arrow keys walk the lineage, Enter opens the card.</source>
        <translation>悬停在模型上可查看其祖先和后代；单击选中；按住 Shift 单击另一个模型可固定两者之间的路径；方向键沿谱系移动，回车打开卡片。</translation>
    </message>
    <message numerus="yes">
        <source>%n models shown</source>
        <translation>
            <numerusform>显示 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>No shown model matches “%1”</source>
        <translation>没有显示中的模型匹配“%1”</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>开放权重</translation>
    </message>
    <message>
        <source>Closed weights</source>
        <translation>闭源权重</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <source>Output price per million tokens</source>
        <translation>每百万输出词元价格</translation>
    </message>
    <message>
        <source>Under $1</source>
        <translation>低于 $1</translation>
    </message>
    <message>
        <source>$1 to $5</source>
        <translation>$1 至 $5</translation>
    </message>
    <message>
        <source>$5 or more</source>
        <translation>$5 及以上</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布日期</translation>
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
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Next language</source>
        <translation>切换到下一种语言</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Model Atlas</source>
        <translation>模型图谱</translation>
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
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>模型卡片</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>&amp;Translations…</source>
        <translation>翻译(&amp;T)…</translation>
    </message>
    <message>
        <source>Add to comparison</source>
        <translation>加入对比</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Add card to presentation</source>
        <translation>把卡片加入演示</translation>
    </message>
    <message>
        <source>Add comparison to presentation</source>
        <translation>把对比加入演示</translation>
    </message>
    <message>
        <source>Add chart to presentation</source>
        <translation>把图表加入演示</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>开始演示</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>导出列表…</translation>
    </message>
    <message>
        <source>A comparison holds at most four models.</source>
        <translation>一次最多对比四个模型。</translation>
    </message>
    <message>
        <source>Nothing to add: select a model or compare two first.</source>
        <translation>没有可添加的内容：请先选择一个模型或对比两个模型。</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Slide %1 added to the presentation.</source>
        <translation>第 %1 张幻灯片已加入演示。</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;JSON (*.json)</source>
        <translation>CSV 表格 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Evolution tree</source>
        <translation>演化树</translation>
    </message>
    <message>
        <source>Add tree family to presentation</source>
        <translation>把演化树家族加入演示</translation>
    </message>
    <message>
        <source>The settings in %1 could not be read, so the defaults are used (a copy is kept as %2).</source>
        <translation>无法读取 %1 中的设置，现使用默认设置（副本保存为 %2）。</translation>
    </message>
    <message>
        <source>Saved comparisons that name models this catalog does not have: %1. They open without those models.</source>
        <translation>以下已保存的对比包含本目录中没有的模型：%1。打开时将略去这些模型。</translation>
    </message>
</context>
<context>
    <name>ModelBrowser</name>
    <message>
        <source>Search models, organisations, aliases… (Ctrl+K)</source>
        <translation>搜索模型、机构、别名…（Ctrl+K）</translation>
    </message>
    <message>
        <source>Narrow with terms such as org:deepseek kind:code open:yes ctx:&gt;=128k price:&lt;1 year:2024..2025 cap:reasoning</source>
        <translation>可用条件缩小范围，例如 org:deepseek kind:code open:yes ctx:&gt;=128k price:&lt;1 year:2024..2025 cap:reasoning（推理）</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Save this search or open a saved one</source>
        <translation>保存当前搜索或打开已保存的搜索</translation>
    </message>
    <message>
        <source>%1 (left out; the rest of the search still applies)</source>
        <translation>%1（已忽略；其余搜索条件仍然有效）</translation>
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
        <source>Matches: %1 of %2; the first %3 are listed</source>
        <translation>匹配：%2 个中的 %1 个；列出前 %3 个</translation>
    </message>
    <message>
        <source>No models match these filters. Remove a term to see more.</source>
        <translation>没有模型符合这些筛选条件。移除一个条件即可看到更多。</translation>
    </message>
    <message>
        <source>No models match “%1”.</source>
        <translation>没有模型匹配“%1”。</translation>
    </message>
    <message>
        <source>Closest names: %1</source>
        <translation>最接近的名称：%1</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation>保存当前视图…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>This presentation has no slides yet. Add cards, comparisons and charts from the View menu.</source>
        <translation>这个演示还没有幻灯片。可从“视图”菜单添加卡片、对比和图表。</translation>
    </message>
    <message>
        <source>This slide cannot be shown: &apos;%1&apos; with %2 is not in this catalog.</source>
        <translation>无法显示这张幻灯片：“%1”中的 %2 不在当前目录中。</translation>
    </message>
    <message>
        <source>%1 / %2  ·  ← →  ·  D light / dark  ·  Esc leaves</source>
        <translation>%1 / %2  ·  ← →  ·  D 浅色 / 深色  ·  Esc 退出</translation>
    </message>
</context>
<context>
    <name>QueryChips</name>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>The saved views could not all be read (%1 at character %2). Views recovered: %3. The unreadable list is kept in the settings as %4.</source>
        <translation>部分已保存的视图无法读取（第 %2 个字符处：%1）。已恢复的视图：%3 个。无法读取的列表保存在设置项 %4 中。</translation>
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
    <message>
        <source>%1 tok/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
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
        <source>Context window, in tokens</source>
        <translation>上下文窗口，单位为词元</translation>
    </message>
    <message>
        <source>First-party price for output, US dollars per million tokens</source>
        <translation>官方输出价格，每百万词元美元</translation>
    </message>
    <message>
        <source>Artificial Analysis Intelligence Index</source>
        <translation>Artificial Analysis 智能指数</translation>
    </message>
    <message>
        <source>Output tokens per second</source>
        <translation>每秒输出词元数</translation>
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
    <name>TranslationTableModel</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>same as English</source>
        <translation>与英文相同</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>glossary: %1</source>
        <translation>术语表：%1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>TranslatorView</name>
    <message>
        <source>Translations</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Search English, Chinese, context or model…</source>
        <translation>搜索英文、中文、上下文或模型…</translation>
    </message>
    <message>
        <source>Interface and catalog</source>
        <translation>界面和目录</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>All texts</source>
        <translation>所有文本</translation>
    </message>
    <message>
        <source>Any problem</source>
        <translation>有问题的</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 texts · %3 with problems</source>
        <translation>显示 %2 条文本中的 %1 条 · %3 条有问题</translation>
    </message>
    <message>
        <source>Export translations</source>
        <translation>导出翻译</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
<context>
    <name>slidesequence</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a saved presentation.</source>
        <translation>%1 不是已保存的演示。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
</TS>
