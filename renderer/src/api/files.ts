import type { ClientFromContract } from '../../../shared/ipc/contract';
import { electronBridge } from './runtime';

export type SaveFileResult =
  /** Written where the user chose (Electron); `path` can be opened with openSavedFile. */
  | { status: 'saved'; path: string }
  /** Handed to the browser as a download (browser mode). */
  | { status: 'downloaded'; fileName: string }
  | { status: 'cancelled' };

/** UTF-8 text as base64, for files.saveAs (e.g. a plan file from exportPlanFile). */
export function textToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const MIME_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
  txt: 'text/plain;charset=utf-8',
};

function mimeTypeOf(fileName: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

/** Starts a browser download of the bytes under the given name. */
export function downloadFile(fileName: string, base64: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: mimeTypeOf(fileName) }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Gives a file to the user: in Electron a save dialog (files.saveAs), in a browser a download.
 * Use for exported documents (exportDocument) and plan files (exportPlanFile + textToBase64).
 */
export async function saveFile(api: ClientFromContract, fileName: string, base64: string): Promise<SaveFileResult> {
  if (electronBridge() !== undefined) {
    const result = await api.saveFileAs({ fileName, base64 });
    if (result.status !== 'unsupported') return result;
  }
  downloadFile(fileName, base64);
  return { status: 'downloaded', fileName };
}
