#pragma once

#include <QString>

// CommonMark to an HTML fragment, with cmark. Articles are text, never markup: raw HTML becomes
// an HTML comment, and unsafe link targets (javascript:, vbscript:, file:, most data:) are emptied.
namespace markdown {

QString toHtml(const QString &text);

} // namespace markdown
