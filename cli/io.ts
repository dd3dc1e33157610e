import { readFileSync, writeFileSync } from 'node:fs';
import type { Localized } from './language';

/** Everything a command touches outside itself, so commands can be run against fakes. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Throws what `fs.readFileSync` throws. */
  readFile(path: string): Uint8Array;
  /** Throws what `fs.writeFileSync` throws. Optional: only commands that write files (export) need it. */
  writeFile?(path: string, bytes: Uint8Array): void;
}

export function nodeIo(): CliIo {
  // A reader that went away (`| head`) is not an error of ours: stop quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFileSync(path),
    writeFile: (path, bytes) => writeFileSync(path, bytes),
  };
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; message: Localized };

/** Reads a file, turning the usual failures into one plain sentence instead of a stack trace. */
export function readInputFile(io: CliIo, path: string): ReadResult {
  try {
    return { ok: true, bytes: io.readFile(path) };
  } catch (error) {
    return { ok: false, message: fileErrorMessage(error) };
  }
}

export function fileErrorMessage(error: unknown): Localized {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { zh: '找不到檔案', en: 'file not found' };
    case 'EISDIR':
      return { zh: '這是資料夾，不是檔案', en: 'is a directory, not a file' };
    case 'EACCES':
    case 'EPERM':
      return { zh: '沒有讀取這個檔案的權限', en: 'permission denied' };
    default: {
      const detail = code ?? (error instanceof Error ? error.message : String(error));
      return { zh: `無法讀取檔案（${detail}）`, en: `cannot read the file (${detail})` };
    }
  }
}
