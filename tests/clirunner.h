#pragma once

#include <QByteArray>
#include <QStringList>

// One run of the real `model-atlas` binary.
struct CliRun
{
    int code = -1; // the exit code; -1 when it timed out, -2 when it crashed
    QByteArray out;
    QByteArray err;
};

// Runs model-atlas with `args`. `withoutDisplay` drops DISPLAY (and any chosen Qt platform) so
// rendering goes offscreen, as on a server.
CliRun runAtlas(const QStringList &args, bool withoutDisplay = false);
