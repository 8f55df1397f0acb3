/**
 * A minimal zip writer for saving .xlsx files: each part is deflated with Node's native zlib (exceljs's
 * in-memory writer uses jszip, whose pure-JavaScript deflate was a third of its saving time) and
 * written straight to a file. No zip64: a part or the whole file must stay under 4 GiB.
 */
import { promises as fs } from 'fs';
import * as zlib from 'zlib';

/** CRC-32 (IEEE), the table-driven fallback for Node versions without `zlib.crc32` (before 20.15). */
const CRC_TABLE = ((): Uint32Array => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of `data`: zlib's when Node has it, else `crc32Table`. Example: `crc32(Buffer.from('123456789'))` → 0xCBF43926. */
export function crc32(data: Uint8Array): number {
  const native = (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32;
  return native ? native(data) >>> 0 : crc32Table(data);
}

/** CRC-32 of `data` in JavaScript, one table lookup per byte. Example: `crc32Table(Buffer.from('123456789'))` → 0xCBF43926. */
export function crc32Table(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** DOS date and time of `d` (local time, 2-second resolution), as zip headers store them. */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
  };
}

/**
 * The bytes of a part: UTF-8 for text; a list is encoded straight into one buffer of the right size
 * (no buffer per piece and no concatenation: a worksheet of 100,000 rows is ~150 MB).
 */
function toBytes(data: string | Uint8Array | ReadonlyArray<string | Uint8Array>): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof Uint8Array) return data;
  const sizes = data.map((p) => (typeof p === 'string' ? Buffer.byteLength(p, 'utf8') : p.length));
  const out = Buffer.allocUnsafe(sizes.reduce((a, b) => a + b, 0));
  let at = 0;
  data.forEach((p, i) => {
    if (typeof p === 'string') out.write(p, at, 'utf8');
    else out.set(p, at);
    at += sizes[i] as number;
  });
  return out;
}

interface Entry {
  readonly name: Buffer;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

/**
 * Writes a zip file part by part. Usage: `const z = await ZipFileWriter.open(file)`, then
 * `await z.add('xl/workbook.xml', xml)` for each part, then `await z.close()` (or `z.abort()` on error).
 * Parts are deflated (zlib level `level`, default 6 as jszip and Excel use).
 */
export class ZipFileWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;
  private readonly stamp = dosDateTime(new Date());

  private constructor(
    private readonly handle: fs.FileHandle,
    private readonly level: number,
  ) {}

  /** Creates (or truncates) `file` for writing. */
  static async open(file: string, level = 6): Promise<ZipFileWriter> {
    return new ZipFileWriter(await fs.open(file, 'w'), level);
  }

  private async write(buf: Uint8Array): Promise<void> {
    let done = 0;
    while (done < buf.length) {
      const { bytesWritten } = await this.handle.write(buf, done, buf.length - done, this.offset + done);
      done += bytesWritten;
    }
    this.offset += buf.length;
  }

  /**
   * Adds one part. `data` is UTF-8 text or bytes; a list of them is written as their concatenation
   * (so that a large part never has to become one string).
   */
  async add(name: string, data: string | Uint8Array | ReadonlyArray<string | Uint8Array>): Promise<void> {
    const raw = toBytes(data);
    const deflated = zlib.deflateRawSync(raw, { level: this.level });
    const entry: Entry = { name: Buffer.from(name, 'utf8'), crc: crc32(raw), compressed: deflated.length, size: raw.length, offset: this.offset };
    if (entry.size >= 0xffffffff || entry.compressed >= 0xffffffff) throw new Error(`Zip part ${name} is 4 GiB or more (zip64 is not supported).`);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0); // local file header signature
    this.commonFields(h, 4, entry);
    h.writeUInt16LE(0, 28); // extra field length
    await this.write(Buffer.concat([h, entry.name]));
    await this.write(deflated);
    this.entries.push(entry);
  }

  /**
   * The fields a local header and a central directory entry share, from `at`: version needed (2.0,
   * deflate), flags (UTF-8 names), method (deflate), time, date, CRC-32, sizes, name length.
   */
  private commonFields(h: Buffer, at: number, e: Entry): void {
    h.writeUInt16LE(20, at);
    h.writeUInt16LE(0x0800, at + 2);
    h.writeUInt16LE(8, at + 4);
    h.writeUInt16LE(this.stamp.time, at + 6);
    h.writeUInt16LE(this.stamp.date, at + 8);
    h.writeUInt32LE(e.crc, at + 10);
    h.writeUInt32LE(e.compressed, at + 14);
    h.writeUInt32LE(e.size, at + 18);
    h.writeUInt16LE(e.name.length, at + 22);
  }

  /** Writes the central directory and closes the file. */
  async close(): Promise<void> {
    const start = this.offset;
    const dir: Buffer[] = [];
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0); // central directory header signature
      h.writeUInt16LE(20, 4); // version made by
      this.commonFields(h, 6, e);
      // extra, comment, disk number, internal and external attributes: 0
      h.writeUInt32LE(e.offset, 42);
      dir.push(h, e.name);
    }
    const central = Buffer.concat(dir);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0); // end of central directory signature
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(central.length, 12);
    end.writeUInt32LE(start, 16);
    if (start >= 0xffffffff || this.entries.length >= 0xffff) throw new Error('The zip file is too large (zip64 is not supported).');
    await this.write(Buffer.concat([central, end]));
    await this.handle.close();
  }

  /** Closes the file without finishing it (the caller removes it). */
  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}
