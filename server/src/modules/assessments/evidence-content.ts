import { EVIDENCE_FILE_TYPES } from '@zhiping/shared';
import { defined } from '../../lib/invariant.ts';

type EvidenceMimeType = (typeof EVIDENCE_FILE_TYPES)[number]['mimeType'];

const ascii = (s: string) => Buffer.from(s, 'latin1');
const at = (bytes: Buffer, signature: Buffer | number[], offset = 0) => {
  const sig = Buffer.isBuffer(signature) ? signature : Buffer.from(signature);
  return (
    bytes.length >= offset + sig.length && bytes.subarray(offset, offset + sig.length).equals(sig)
  );
};

const OOXML_PARTS: Record<string, { dir: string; mimeType: EvidenceMimeType }> = {
  docx: {
    dir: 'word/',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: {
    dir: 'xl/',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  pptx: {
    dir: 'ppt/',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8Text(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export const extensionOf = (filename: string) => {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
};

export type Detection = { ok: true; mimeType: EvidenceMimeType } | { ok: false; reason: string };

/**
 * What a file is, from its bytes (never the client's content type), and whether its name
 * says the same: a PDF named report.exe is refused like an executable named report.pdf.
 */
export function detectEvidenceType(bytes: Buffer, filename: string): Detection {
  const ext = extensionOf(filename);
  let mimeType: EvidenceMimeType | null = null;
  let what = '';
  if (at(bytes, ascii('%PDF-'))) [mimeType, what] = ['application/pdf', 'a PDF document'];
  else if (at(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    [mimeType, what] = ['image/png', 'a PNG image'];
  else if (at(bytes, [0xff, 0xd8, 0xff])) [mimeType, what] = ['image/jpeg', 'a JPEG image'];
  else if (at(bytes, ascii('RIFF')) && at(bytes, ascii('WEBP'), 8))
    [mimeType, what] = ['image/webp', 'a WebP image'];
  else if (at(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A zip is only an Office Open XML document when it has the package's content-types part
    // and the part folder of the kind its extension claims.
    const part = OOXML_PARTS[ext];
    if (part && bytes.includes(ascii('[Content_Types].xml')) && bytes.includes(ascii(part.dir))) {
      return { ok: true, mimeType: part.mimeType };
    }
    return { ok: false, reason: 'a zip archive that is not a .docx, .xlsx or .pptx document' };
  } else if (isUtf8Text(bytes)) {
    [mimeType, what] = [
      ext === 'csv' ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8',
      'plain text',
    ];
  }
  if (!mimeType) {
    return {
      ok: false,
      reason: 'its content is not PDF, PNG, JPEG, WebP, Office Open XML or UTF-8 text',
    };
  }
  const type = defined(
    EVIDENCE_FILE_TYPES.find((t) => t.mimeType === mimeType),
    `evidence file type ${mimeType}`,
  );
  if (!(type.extensions as readonly string[]).includes(ext)) {
    return {
      ok: false,
      reason: `the content is ${what} but the name ends in "${ext ? `.${ext}` : ''}" (expected .${type.extensions.join(' or .')})`,
    };
  }
  return { ok: true, mimeType };
}

/** The last path segment of a client file name, without control characters, at most 200 chars. */
export function cleanFilename(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (raw.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (base.length <= 200) return base;
  const ext = extensionOf(base);
  const keep = ext && ext.length < 20 ? `.${ext}` : '';
  return base.slice(0, 200 - keep.length) + keep;
}

/** `attachment` with an ASCII fallback and the exact name as RFC 5987 `filename*`. */
export function attachmentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
