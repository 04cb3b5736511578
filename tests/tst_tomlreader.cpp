#include "tomlreader.h"

#include <QDate>
#include <QElapsedTimer>
#include <QTest>

class TomlReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void readsValuesTablesAndArrays()
    {
        const auto r = parseToml(QByteArrayLiteral(
            "# comment\nslug = \"a-b\"  # trailing\ncount = 42\nprice = 0.25\nopen = true\n"
            "list = [\n  \"x\",\n  \"y\", # note\n]\n\n[text.en]\ntagline = \"Hi \\\"there\\\" "
            "\\u00e9\"\n"
            "[text.zh_CN]\ntagline = \"你好\"\n[[scores]]\nvalue = 1\n[[scores]]\nvalue = 2.5\n"));
        QVERIFY2(r.root, qPrintable(r.error));
        QCOMPARE(r.root->value("slug").toString(), QStringLiteral("a-b"));
        QCOMPARE(r.root->value("count").toLongLong(), 42);
        QCOMPARE(r.root->value("price").toDouble(), 0.25);
        QCOMPARE(r.root->value("open").toBool(), true);
        QCOMPARE(r.root->value("list").toStringList(), QStringList({"x", "y"}));
        QCOMPARE(r.root->lineOf("count"), 3);
        QCOMPARE(r.root->table("text")->table("en")->value("tagline").toString(),
                 QStringLiteral("Hi \"there\" é"));
        QCOMPARE(r.root->table("text")->table("zh_CN")->value("tagline").toString(),
                 QStringLiteral("你好"));
        QCOMPARE(r.root->array("scores").size(), 2);
        QCOMPARE(r.root->array("scores").at(1)->value("value").toDouble(), 2.5);
        QCOMPARE(r.root->array("scores").at(1)->line, 17);
    }

    // What the old subset refused is plain TOML 1.0 now.
    void readsFullToml()
    {
        const auto r = parseToml(QByteArrayLiteral(
            "lit = 'C:\\path'\n"
            "multi = \"\"\"\nline one\nline two\"\"\"\n"
            "raw = '''\nkeeps \\n as written'''\n"
            "availability = { api = \"available\", product = \"not_available\" }\n"
            "text.en.tagline = \"dotted\"\n"
            "released = 2024-05-13\n"
            "hex = 0xff\n"
            "big = 1_000_000\n"
            "scores = [ { benchmark = \"a\", value = 1 }, { benchmark = \"b\", value = 2 } ]\n"
            "nested = [[1, 2], [\"x\"]]\n"
            "empty = []\n"));
        QVERIFY2(r.root, qPrintable(r.error));
        QCOMPARE(r.root->value("lit").toString(), QStringLiteral("C:\\path"));
        QCOMPARE(r.root->value("multi").toString(), QStringLiteral("line one\nline two"));
        QCOMPARE(r.root->value("raw").toString(), QStringLiteral("keeps \\n as written"));
        QCOMPARE(r.root->table("availability")->value("api").toString(),
                 QStringLiteral("available"));
        QCOMPARE(r.root->table("text")->table("en")->value("tagline").toString(),
                 QStringLiteral("dotted"));
        QCOMPARE(r.root->value("released").toDate(), QDate(2024, 5, 13));
        QCOMPARE(r.root->value("hex").toLongLong(), 255);
        QCOMPARE(r.root->value("big").toLongLong(), 1000000);
        QCOMPARE(r.root->array("scores").size(), 2);
        QCOMPARE(r.root->array("scores").at(1)->value("benchmark").toString(), QStringLiteral("b"));
        QCOMPARE(r.root->value("nested").toList().size(), 2);
        QVERIFY(r.root->has("empty"));
        QCOMPARE(r.root->lineOf("released"), 9);
        QCOMPARE(r.root->values.value("released").column, 1);
    }

    void acceptsBomAndCrlf()
    {
        const auto r = parseToml(QByteArrayLiteral("\xef\xbb\xbf"
                                                   "a = 1\r\n[t]\r\nb = \"x\"\r\n"));
        QVERIFY2(r.root, qPrintable(r.error));
        QCOMPARE(r.root->value("a").toLongLong(), 1);
        QCOMPARE(r.root->table("t")->value("b").toString(), QStringLiteral("x"));
        QCOMPARE(r.root->table("t")->lineOf("b"), 3);
    }

    void reportsErrorsWithLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unterminated")
            << QByteArray("a = 1\nb = \"open\n") << 2 << "unterminated string";
        QTest::newRow("no equals") << QByteArray("a 1\n") << 1 << "expected '='";
        QTest::newRow("duplicate")
            << QByteArray("a = 1\n\na = 2\n") << 3 << "cannot redefine existing integer 'a'";
        QTest::newRow("bare word")
            << QByteArray("a = hello\n") << 1 << "could not determine value type";
        QTest::newRow("array") << QByteArray("a = [\"x\"\n\"y\"]\n") << 2 << "expected comma";
        QTest::newRow("trailing") << QByteArray("a = 1 2\n") << 1 << "expected a comment";
        QTest::newRow("table twice")
            << QByteArray("[t]\na = 1\n[t]\n") << 3 << "cannot redefine existing table 't'";
        QTest::newRow("bad number") << QByteArray("a = 1.2.3\n") << 1 << "floating-point";
        QTest::newRow("too big") << QByteArray("a = 1\nb = 99999999999999999999\n") << 2
                                 << "not representable";
        // Bytes and escapes toml++ refuses; each must name its line.
        QTest::newRow("nul byte") << QByteArray("a = 1\nb = \"x\0y\"\n", 16) << 2
                                  << "control characters";
        QTest::newRow("nul outside string") << QByteArray("a = 1\nb = 2\0\n", 13) << 2 << "";
        QTest::newRow("invalid utf-8")
            << QByteArray("a = 1\n\nb = \"\xff\"\n") << 3 << "invalid utf-8";
        QTest::newRow("invalid byte starting a line") << QByteArray("a = 1\n\x80"
                                                                    "b = 2\n")
                                                      << 2 << "invalid UTF-8 (byte 0x80)";
        QTest::newRow("overlong") << QByteArray("a = \"\xc0\xaf\"\n") << 1 << "byte 0xc0";
        QTest::newRow("above U+10FFFF")
            << QByteArray("a = 1\nb = \"\xf4\x90\x80\x80\"\n") << 2 << "byte 0xf4";
        QTest::newRow("truncated utf-8")
            << QByteArray("a = \"\xe4\xbd\"\n") << 1 << "invalid utf-8";
        QTest::newRow("encoded surrogate")
            << QByteArray("a = 1\nb = \"\xed\xa0\x80\"\n") << 2 << "invalid utf-8";
        QTest::newRow("raw control")
            << QByteArray("a = 1\nb = \"x\x01y\"\n") << 2 << "control characters";
        QTest::newRow("raw escape char")
            << QByteArray("a = \"\x1b[0m\"\n") << 1 << "control characters";
        QTest::newRow("lone surrogate")
            << QByteArray("a = 1\nb = \"\\uD800\"\n") << 2 << "surrogates";
        QTest::newRow("low surrogate") << QByteArray("b = \"\\uDFFF\"\n") << 1 << "surrogates";
        QTest::newRow("short \\u")
            << QByteArray("a = 1\nb = \"\\u12\"\n") << 2 << "expected hex digit";
        QTest::newRow("bad \\u") << QByteArray("b = \"\\uZZZZ\"\n") << 1 << "expected hex digit";
        QTest::newRow("\\U out of range") << QByteArray("b = \"\\U00110000\"\n") << 1 << "";
        QTest::newRow("unknown escape") << QByteArray("b = \"\\q\"\n") << 1 << "escape";
    }

    void reportsErrorsWithLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        const auto r = parseToml(text);
        QVERIFY(!r.root);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(r.errorLine, line);
        QVERIFY(r.errorColumn > 0);
        QVERIFY2(r.error.contains(message, Qt::CaseInsensitive), qPrintable(r.error));
    }

    void namesTheColumnOfABadByte()
    {
        const auto r = parseToml(QByteArray("a = 1\nname = \"é\xff\"\n"));
        QVERIFY(!r.root);
        QCOMPARE(r.errorLine, 2);
        QCOMPARE(r.errorColumn, 10); // columns count characters, not bytes
    }

    // Each of these would make the parser or the tables it builds recurse past the stack.
    void refusesDeepNesting_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        // A line of '[' is a bad table header to the parser, refused at its third character.
        QTest::newRow("40 KB of [") << QByteArray("a = 1\n") + QByteArray(40000, '[') + "\n" << 2;
        QTest::newRow("40 KB of [ as a value")
            << QByteArray("a = 1\nb = ") + QByteArray(40000, '[') + "\n"
            << 2;
        QTest::newRow("40 KB of { as a value")
            << QByteArray("a = 1\nb = ") + QByteArray("{x=").repeated(14000) + "\n"
            << 2;
        QByteArray parts = QByteArray("a.").repeated(300000);
        parts.chop(1);
        QTest::newRow("header of 300,000 parts") << "a = 1\n[" + parts + "]\n" << 2;
        QTest::newRow("array header of 300,000 parts") << "a = 1\n[[" + parts + "]]\n" << 2;
        QTest::newRow("dotted key of 300,000 parts") << "a = 1\n" + parts + " = 1\n" << 2;
        QTest::newRow("quoted parts")
            << QByteArray("a = 1\n[") + QByteArray("\"a\".").repeated(200) + "b]\n"
            << 2;
        QTest::newRow("dotted keys in nested inline tables")
            << QByteArray("a = 1\nb = ") + QByteArray("{a.a.a.a.a = ").repeated(40) + "1" +
                   QByteArray("}").repeated(40) + "\n"
            << 2;
        QTest::newRow("header and key together") << "[" + QByteArray("a.").repeated(100) + "b]\n" +
                                                        QByteArray("c.").repeated(100) + "d = 1\n"
                                                 << 2;
    }

    void refusesDeepNesting()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const auto r = parseToml(text);
        QVERIFY(!r.root);
        QCOMPARE(r.errorLine, line);
        QVERIFY2(r.error.contains("nested") || r.error.contains("expected bare key"),
                 qPrintable(r.error));
    }

    // The depth check reads strings and comments as such, so brackets and dots in them are text.
    void acceptsBracketsAndDotsInText()
    {
        const QByteArray many = QByteArray("[{.").repeated(5000);
        const auto r = parseToml(
            "a = \"" + many + "\"\nb = '" + many + "'\nc = \"\"\"\n" + many + "\n\"\"\"\nd = '''" +
            many + "'''\n# " + many + "\n\"" + many + "\" = 1\n[" + QByteArray("h.").repeated(60) +
            "b]\nx = [" + QByteArray("[").repeated(60) + QByteArray("]").repeated(60) + "]\n");
        QVERIFY2(r.root, qPrintable(r.error));
        QCOMPARE(r.root->value("a").toString().size(), many.size());
        QCOMPARE(r.root->value("c").toString().size(), many.size() + 1);
        QVERIFY(r.root->has(QString::fromLatin1(many)));
    }

    void readsLongLinesQuickly()
    {
        const QByteArray line = "a = \"" + QByteArray(10 * 1024 * 1024, 'x') + "\"\n";
        QElapsedTimer timer;
        timer.start();
        const auto r = parseToml(line);
        QVERIFY2(r.root, qPrintable(r.error));
        QCOMPARE(r.root->value("a").toString().size(), 10 * 1024 * 1024);
        QVERIFY2(timer.elapsed() < 5000, "a 10 MB line should parse in well under a second");
    }
};

QTEST_GUILESS_MAIN(TomlReaderTest)
#include "tst_tomlreader.moc"
