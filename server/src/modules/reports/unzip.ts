import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATE = 8;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const MAX_END_SEARCH = 22 + 0xffff;

export class ZipFormatError extends Error {}

/**
 * Reads a ZIP archive (PKWARE APPNOTE 4.3) through its central directory: stored and deflated
 * entries, no ZIP64, no encryption. `maxBytes` bounds the total inflated size, so a small
 * upload cannot expand into gigabytes.
 */
export function unzip(archive: Buffer, maxBytes = 64 * 1024 * 1024): Map<string, Buffer> {
  const end = findEndOfDirectory(archive);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > archive.length || archive.readUInt32LE(at) !== CENTRAL_HEADER) {
      throw new ZipFormatError('corrupt central directory');
    }
    const method = archive.readUInt16LE(at + 10);
    const compressedSize = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localOffset = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    if (localOffset + 30 > archive.length || archive.readUInt32LE(localOffset) !== LOCAL_HEADER) {
      throw new ZipFormatError(`corrupt local header of ${name}`);
    }
    const dataStart =
      localOffset +
      30 +
      archive.readUInt16LE(localOffset + 26) +
      archive.readUInt16LE(localOffset + 28);
    const data = archive.subarray(dataStart, dataStart + compressedSize);
    if (data.length !== compressedSize) throw new ZipFormatError(`truncated entry ${name}`);
    total += size;
    if (total > maxBytes) throw new ZipFormatError('archive expands beyond the size limit');
    let content: Buffer;
    if (method === STORED) content = Buffer.from(data);
    else if (method === DEFLATE) {
      try {
        content = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
      } catch {
        throw new ZipFormatError(`cannot inflate ${name}`);
      }
    } else throw new ZipFormatError(`unsupported compression method ${method} in ${name}`);
    if (content.length !== size) throw new ZipFormatError(`wrong size of ${name}`);
    entries.set(name, content);
  }
  return entries;
}

function findEndOfDirectory(archive: Buffer): number {
  const stop = Math.max(0, archive.length - MAX_END_SEARCH);
  for (let i = archive.length - 22; i >= stop; i--) {
    if (archive.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  throw new ZipFormatError('not a zip archive');
}
