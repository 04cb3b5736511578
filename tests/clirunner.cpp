#include "clirunner.h"

#include <QProcess>

CliRun runAtlas(const QStringList &args, bool withoutDisplay)
{
    QProcess p;
    if (withoutDisplay) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        p.setProcessEnvironment(env);
    }
    p.start(ATLAS_BINARY, args);
    if (!p.waitForFinished(60000))
        return {-1, {}, "timeout"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
