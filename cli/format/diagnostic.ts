/**
 * Diagnostics in the shape compilers use, so editors and scripts can jump to the place:
 * `file:line: warning: message` and `file:line: error: message`, or `file: error: message`
 * where there is no line. The words `warning` and `error` stay English in both languages
 * for the same reason.
 */

export type Severity = 'warning' | 'error';

export function diagnostic(file: string, line: number | undefined, severity: Severity, message: string): string {
  const place = line === undefined ? file : `${file}:${line}`;
  return `${place}: ${severity}: ${message}\n`;
}
