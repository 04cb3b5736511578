#include "clirunner.h"

#include <QProcess>

CliRun runAtlas(const QStringList &args, bool withoutDisplay)
{
    QProcess p;
    if (withoutDisplay) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("QT_QPA_PLATFORM"); // as a server is: the program picks offscreen itself
        p.setProcessEnvironment(env);
    }
    p.start(ATLAS_BINARY, args);
    if (!p.waitForFinished(60000))
        return {-1, {}, "timeout"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
