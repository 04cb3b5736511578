#include "markdown.h"

#include <cmark.h>

#include <cstdlib>

QString markdown::toHtml(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // Safe mode is cmark's default (no CMARK_OPT_UNSAFE); smart punctuation for the English prose.
    char *html = cmark_markdown_to_html(utf8.constData(), size_t(utf8.size()),
                                        CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8);
    if (!html)
        return {};
    const QString result = QString::fromUtf8(html);
    std::free(html);
    return result;
}
