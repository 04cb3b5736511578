#include "tomlreader.h"

#include <QTest>

class TomlReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void readsValuesTablesAndArrays()
    {
        const auto r = parseToml(QStringLiteral(
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

    void reportsErrorsWithLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unterminated") << "a = 1\nb = \"open\n" << 2 << "unterminated string";
        QTest::newRow("no equals") << "a 1\n" << 1 << "expected '='";
        QTest::newRow("duplicate") << "a = 1\n\na = 2\n" << 3 << "duplicate key 'a'";
        QTest::newRow("bare word") << "a = hello\n" << 1 << "strings need double quotes";
        QTest::newRow("literal") << "a = 'x'\n" << 1 << "literal strings";
        QTest::newRow("inline table") << "a = {b = 1}\n" << 1 << "inline tables";
        QTest::newRow("array") << "a = [\"x\"\n\"y\"]\n" << 2 << "expected ','";
        QTest::newRow("trailing") << "a = 1 2\n" << 1 << "unexpected text";
        QTest::newRow("table twice") << "[t]\na = 1\n[t]\n" << 3 << "defined twice";
        QTest::newRow("bad number") << "a = 1.2.3\n" << 1 << "bad number";
    }

    void reportsErrorsWithLines()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        const auto r = parseToml(text);
        QVERIFY(!r.root);
        QCOMPARE(r.errorLine, line);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TomlReaderTest)
#include "tst_tomlreader.moc"
