package se.directioncycle.document;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log (it writes to its own console handlers otherwise) into the application's log, under the
 * logger names it uses (`com.openhtmltopdf.load`, `com.openhtmltopdf.render`, …), so a missing glyph or font is a
 * warning there and tests can see it.
 */
final class Slf4jXRLogger implements XRLogger {

  @Override
  public void log(String where, Level level, String message) {
    log(where, level, message, null);
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    Logger logger = LoggerFactory.getLogger(where);
    int value = level.intValue();
    if (value >= Level.SEVERE.intValue()) {
      logger.error(message, error);
    } else if (value >= Level.WARNING.intValue()) {
      logger.warn(message, error);
    } else if (value >= Level.INFO.intValue()) {
      logger.info(message, error);
    } else {
      logger.debug(message, error);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // levels are Logback's (logging.level.com.openhtmltopdf in application.yml)
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    int value = diagnostic.getLevel().intValue();
    return value >= Level.WARNING.intValue() ? logger.isWarnEnabled()
        : value >= Level.INFO.intValue() ? logger.isInfoEnabled() : logger.isDebugEnabled();
  }
}
