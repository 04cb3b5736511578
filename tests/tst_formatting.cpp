#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// Every C++ source is as clang-format (with the repository's .clang-format) would write it.
class FormattingTest : public QObject
{
    Q_OBJECT

private slots:
    void sourcesAreClangFormatted()
    {
        const QString tool = QStandardPaths::findExecutable("clang-format");
        if (tool.isEmpty())
            QSKIP("clang-format is not installed (setup.sh installs it)");
        QStringList files;
        const QDir root(ATLAS_SOURCE_DIR);
        for (const char *room :
             {"app", "bench", "catalog", "charts", "tests", "tools", "web", "widgets"}) {
            QDirIterator it(root.filePath(room), {"*.cpp", "*.h"}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        QVERIFY(files.size() > 100);
        QProcess p;
        p.setWorkingDirectory(root.path());
        p.start(tool, QStringList{"--dry-run", "-Werror", "--style=file"} + files);
        QVERIFY(p.waitForFinished(120000));
        const QByteArray report = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0 && report.isEmpty(),
                 qPrintable("not formatted (run clang-format -i on these):\n" +
                            QString::fromUtf8(report.left(4000))));
    }
};

QTEST_GUILESS_MAIN(FormattingTest)
#include "tst_formatting.moc"
