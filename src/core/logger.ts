/**
 * Structured logs (pino) to stderr, so stdout stays free for the console chat and for
 * JSON-printing commands. Secrets, phone numbers and message text are never logged at
 * info level: callers log ids, and the redaction below is a safety net.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

/** `destination`: where the lines go (stderr unless given; tests capture them). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: [
          'token', '*.token', 'text', '*.text', 'phone', '*.phone', 'secret', '*.secret',
          // Deeper: a whole message, its sender or a config object logged by mistake.
          '*.*.text', '*.*.phone', '*.*.token', '*.*.secret', 'caption', '*.caption',
        ],
        censor: '[redacted]',
      },
    },
    // Synchronous writes: a crash must not swallow the lines that explain it.
    destination ?? pino.destination({ dest: 2, sync: true }),
  );
}

/** A logger that writes nothing, for tests and tools. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
