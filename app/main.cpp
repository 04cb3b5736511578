#include "articlescheme.h"
#include "catalog.h"
#include "cli.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

namespace {

// The command line's stderr carries its own one-line messages, which scripts read. Qt's notes
// about the environment ("XDG_RUNTIME_DIR not set", font fallbacks) would add lines to them,
// so only critical and fatal messages, and the program's own warnings, get through.
void commandLineMessages(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    const bool ours = context.category && qstrncmp(context.category, "atlas.", 6) == 0;
    if (type == QtCriticalMsg || type == QtFatalMsg || (ours && type == QtWarningMsg))
        std::fprintf(stderr, "model-atlas: %s\n", text.toLocal8Bit().constData());
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cli::Options options = cli::parse(arguments);
    const bool windowed =
        options.command.isEmpty() && !options.help && !options.version && options.error.isEmpty();
    QCoreApplication::setOrganizationName("ModelAtlas");
    QCoreApplication::setApplicationName("model-atlas");
    QCoreApplication::setApplicationVersion(MODEL_ATLAS_VERSION);
    if (windowed)
        articlescheme::registerScheme(); // QtWebEngine wants its URL schemes before the app

    if (!windowed)
        qInstallMessageHandler(commandLineMessages);
    if (options.command == "export") {
        // Exports render widgets and pages; without a display they render offscreen.
        if (qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        installLanguage(app, options.language);
        return cli::run(options);
    }
    if (!windowed) {
        QCoreApplication app(argc, argv);
        installLanguage(app, options.language);
        return cli::run(options);
    }

    // Without a display Qt would abort with a note about its platform plugin.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fputs("model-atlas: no display to open the window on (DISPLAY is not set); the "
                   "commands work without one (see --help)\n",
                   stderr);
        return cli::Usage;
    }
    QApplication app(argc, argv);
    const QString settingsProblem = MainWindow::checkSettingsFile(); // before anything reads them
    // --lang applies for this run only; otherwise the remembered choice or the system's.
    auto *language = new LanguageSwitcher(app);
    if (options.language.isEmpty())
        language->restore();
    else
        language->apply(options.language);
    QString error;
    std::unique_ptr<Catalog> catalog = options.catalogPath.isEmpty()
                                           ? Catalog::openResource(":/data/catalog.sqlite", &error)
                                           : Catalog::open(options.catalogPath, &error);
    if (!catalog) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Cannot open catalog"),
            QApplication::translate("main", "Model Atlas cannot open its catalog:\n%1").arg(error));
        return cli::BadCatalog;
    }
    MainWindow window(std::move(catalog));
    window.setLanguageSwitcher(language);
    if (!settingsProblem.isEmpty())
        window.noteIgnored(settingsProblem);
    window.show();
    return QApplication::exec();
}
