// Keeps a file's bytes outside the edited ranges as they were: BOM, UTF-16, and non-UTF-8 text
// (decoded as latin1, which round-trips every byte).
import { isUtf8 } from 'node:buffer';

export interface TextEncoding {
  readonly bom: boolean;
  readonly encoding: 'utf8' | 'utf16le' | 'utf16be' | 'latin1';
}

export function decodeText(bytes: Buffer): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: { bom: true, encoding: 'utf8' } };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.subarray(2).toString('utf16le'), encoding: { bom: true, encoding: 'utf16le' } };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: swapBytes(bytes.subarray(2)).toString('utf16le'), encoding: { bom: true, encoding: 'utf16be' } };
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: { bom: false, encoding: 'utf8' } };
  return { text: bytes.toString('latin1'), encoding: { bom: false, encoding: 'latin1' } };
}

export function encodeText(text: string, { bom, encoding }: TextEncoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), swapBytes(Buffer.from(text, 'utf16le'))]);
    case 'latin1':
      return Buffer.from(text, 'latin1');
  }
}

/**
 * Text good enough for the ASCII keyword pre-filter, without validating or decoding UTF-8: latin1
 * maps every byte to one character, so ASCII keywords match exactly where they are. UTF-16 files
 * (with a BOM) are decoded for real.
 */
export function textForPrefilter(bytes: Buffer): string {
  return isUtf16(bytes) ? decodeText(bytes).text : bytes.toString('latin1');
}

/** A UTF-16 file (with its BOM): the only encoding whose ASCII characters are not single bytes. */
export function isUtf16(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function swapBytes(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  return copy.swap16();
}
