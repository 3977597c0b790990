import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs on stdout (one object per line); pretty printing is left to pino-pretty. */
export function createLogger(level: string, name = 'crimegraph'): Logger {
  return pino({ name, level, base: { pid: process.pid } });
}
