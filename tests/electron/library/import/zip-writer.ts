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
}

interface Packed {
  name: Buffer;
  data: Buffer;
  crc: number;
  size: number;
  offset: number;
}

async function deflated(entry: ZipEntry): Promise<{ data: Buffer; crc: number; size: number }> {
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
  for (let written = 0; written < times; written += perBlock) await write(piece.repeat(Math.min(perBlock, times - written)));
  await write(entry.tail ?? '');
  deflate.end();
  await done;
  return { data: Buffer.concat(chunks), crc, size };
}

export async function zipArchive(entries: ZipEntry[]): Promise<Buffer> {
  const packed: Packed[] = [];
  const parts: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { data, crc, size } = await deflated(entry);
    const name = Buffer.from(entry.name, 'utf8');
    const stated = entry.statedSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(stated, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, data);
    packed.push({ name, data, crc, size: stated, offset });
    offset += local.length + name.length + data.length;
  }
  const directoryStart = offset;
  for (const entry of packed) {
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(entry.name.length, 28);
    central.writeUInt32LE(entry.offset, 42);
    parts.push(central, entry.name);
    offset += central.length + entry.name.length;
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
