<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
