/**
 * Content types that count as a document a person can read: a web page, a PDF, or an office document
 * (Word, Excel, PowerPoint, OpenDocument, RTF). Parameters such as `; charset=utf-8` are ignored.
 */
const DOCUMENT_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'application/pdf',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/rtf',
  'text/rtf',
]);
const DOCUMENT_FAMILIES = [
  'application/vnd.openxmlformats-officedocument.',
  'application/vnd.oasis.opendocument.',
];

export function isDocumentContentType(contentType: string | null): boolean {
  if (!contentType) return false;
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  return DOCUMENT_TYPES.has(mediaType) || DOCUMENT_FAMILIES.some((prefix) => mediaType.startsWith(prefix));
}

/** "512 bytes", "12.3 kB", "10 MB": sizes as people read them (1 kB = 1,024 bytes here). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value >= 100 || Number.isInteger(value) ? Math.round(value).toString() : value.toFixed(1);
  return `${shown} ${units[unit]}`;
}
