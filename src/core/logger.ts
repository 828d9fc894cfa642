/**
 * Structured logs (pino) to stderr, so stdout stays free for the console chat and for
 * JSON-printing commands. Secrets, phone numbers and message text are never logged at
 * info level: callers log ids, and the redaction below is a safety net.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ['token', '*.token', 'text', '*.text', 'phone', '*.phone', 'secret', '*.secret'],
        censor: '[redacted]',
      },
    },
    // Synchronous writes: a crash must not swallow the lines that explain it.
    pino.destination({ dest: 2, sync: true }),
  );
}

/** A logger that writes nothing, for tests and tools. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
