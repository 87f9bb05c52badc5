#pragma once

#include <QString>

namespace bodega {

// Product descriptions arrive as HTML (Shopify's "Body (HTML)") and are kept
// as plain text: receipts, the AI and search want words, not markup.
// fromHtml() is what a browser would show, reduced to text: tags dropped
// (script and style with their content), entities decoded, <br> a line
// break and block elements (<p>, <div>, <li>, headings, ...) on lines of
// their own, runs of raw white space one space.
//
// toHtml() is its inverse on Bodega's own text: fromHtml(toHtml(t)) == t for
// any trimmed t, so an export read back and exported again is byte for byte
// the same file. Spaces HTML would collapse become &nbsp; (read back as a
// plain space, not U+00A0: a receipt has no use for it).
class HtmlText
{
public:
    static QString fromHtml(const QString &html);
    static QString toHtml(const QString &text);
};

} // namespace bodega
