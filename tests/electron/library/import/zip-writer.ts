// A small zip writer for hostile Word files: an entry's content is a piece repeated, deflated as a
// stream, so a test can make a 611 KB archive whose XML is 200 MB without holding the 200 MB, and
// an entry can state a size that is not its own, as a zip bomb's central directory does.
import { createDeflateRaw, crc32 } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The content: `head`, then `piece` `times` times, then `tail`. */
  head?: string;
  piece?: string;
  times?: number;
  tail?: string;
  /** The uncompressed size the archive states for the entry, when it should lie about it. */
  statedSize?: number;
  /** Kept as it is rather than deflated, as some writers keep small parts. */
  stored?: boolean;
  /** Sizes and offset written in a ZIP64 extra field, as some writers do even for small files. */
  zip64?: boolean;
}

interface Packed {
  name: Buffer;
  data: Buffer;
  crc: number;
  size: number;
  offset: number;
  method: number;
  zip64: boolean;
}

async function deflated(entry: ZipEntry): Promise<{ data: Buffer; crc: number; size: number }> {
  if (entry.stored) {
    const data = Buffer.from(
      `${entry.head ?? ''}${(entry.piece ?? '').repeat(entry.times ?? 0)}${entry.tail ?? ''}`,
      'utf8',
    );
    return { data, crc: crc32(data), size: data.length };
  }
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  const write = async (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(entry.head ?? '');
  // Pieces are written a megabyte at a time: few calls, little memory.
  const piece = entry.piece ?? '';
  const times = entry.times ?? 0;
  const perBlock = Math.max(1, Math.floor((1 << 20) / Math.max(1, piece.length)));
  for (let written = 0; written < times; written += perBlock)
    await write(piece.repeat(Math.min(perBlock, times - written)));
  await write(entry.tail ?? '');
  deflate.end();
  await done;
  return { data: Buffer.concat(chunks), crc, size };
}

/** A ZIP64 extended-information field holding these 64-bit values, in the order the format sets. */
function zip64Extra(values: number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((value, n) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * n));
  return extra;
}

export async function zipArchive(entries: ZipEntry[]): Promise<Buffer> {
  const packed: Packed[] = [];
  const parts: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { data, crc, size } = await deflated(entry);
    const name = Buffer.from(entry.name, 'utf8');
    const stated = entry.statedSize ?? size;
    const method = entry.stored ? 0 : 8;
    const zip64 = entry.zip64 ?? false;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(zip64 ? 0xffffffff : data.length, 18);
    local.writeUInt32LE(zip64 ? 0xffffffff : stated, 22);
    local.writeUInt16LE(name.length, 26);
    const extra = zip64 ? zip64Extra([stated, data.length]) : Buffer.alloc(0);
    local.writeUInt16LE(extra.length, 28);
    parts.push(local, name, extra, data);
    packed.push({ name, data, crc, size: stated, offset, method, zip64 });
    offset += local.length + name.length + extra.length + data.length;
  }
  const directoryStart = offset;
  for (const entry of packed) {
    const central = Buffer.alloc(46);
    const extra = entry.zip64 ? zip64Extra([entry.size, entry.data.length, entry.offset]) : Buffer.alloc(0);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.zip64 ? 45 : 20, 4);
    central.writeUInt16LE(entry.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.zip64 ? 0xffffffff : entry.data.length, 20);
    central.writeUInt32LE(entry.zip64 ? 0xffffffff : entry.size, 24);
    central.writeUInt16LE(entry.name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(entry.zip64 ? 0xffffffff : entry.offset, 42);
    parts.push(central, entry.name, extra);
    offset += central.length + entry.name.length + extra.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(packed.length, 8);
  end.writeUInt16LE(packed.length, 10);
  end.writeUInt32LE(offset - directoryStart, 12);
  end.writeUInt32LE(directoryStart, 16);
  parts.push(end);
  return Buffer.concat(parts);
}
