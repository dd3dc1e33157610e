/**
 * Raw DEFLATE (RFC 1951) decoding, after zlib's `puff`: small and dependency-free, for the few
 * hundred kilobytes of XML an office document holds. The output size is known from the ZIP
 * directory; writing past it, or reading past the input, is an error, never a hang.
 */

interface Huffman {
  counts: Uint16Array;
  symbols: Uint16Array;
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

function huffman(lengths: ArrayLike<number>): Huffman {
  const counts = new Uint16Array(16);
  for (let i = 0; i < lengths.length; i++) counts[lengths[i]!]!++;
  counts[0] = 0;
  const offsets = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offsets[len + 1] = offsets[len]! + counts[len]!;
  const symbols = new Uint16Array(lengths.length);
  for (let symbol = 0; symbol < lengths.length; symbol++) {
    const len = lengths[symbol]!;
    if (len !== 0) symbols[offsets[len]!++] = symbol;
  }
  return { counts, symbols };
}

let fixedTables: { lengths: Huffman; distances: Huffman } | undefined;
function fixed(): { lengths: Huffman; distances: Huffman } {
  if (!fixedTables) {
    const lengths = new Uint8Array(288);
    lengths.fill(8, 0, 144);
    lengths.fill(9, 144, 256);
    lengths.fill(7, 256, 280);
    lengths.fill(8, 280, 288);
    fixedTables = { lengths: huffman(lengths), distances: huffman(new Uint8Array(30).fill(5)) };
  }
  return fixedTables;
}

/** Inflates raw DEFLATE data into exactly `size` bytes; throws an Error on damaged data. */
export function inflateRaw(input: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let outPos = 0;
  let inPos = 0;
  let bitBuf = 0;
  let bitCount = 0;

  const bits = (need: number): number => {
    let value = bitBuf;
    while (bitCount < need) {
      if (inPos >= input.length) throw new Error('compressed data ends too early');
      value |= input[inPos++]! << bitCount;
      bitCount += 8;
    }
    bitBuf = value >>> need;
    bitCount -= need;
    return value & ((1 << need) - 1);
  };

  const decode = (h: Huffman): number => {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      code |= bits(1);
      const count = h.counts[len]!;
      if (code - count < first) return h.symbols[index + (code - first)]!;
      index += count;
      first += count;
      first <<= 1;
      code <<= 1;
    }
    throw new Error('invalid Huffman code');
  };

  const codes = (lengths: Huffman, distances: Huffman): void => {
    for (;;) {
      let symbol = decode(lengths);
      if (symbol < 256) {
        if (outPos >= size) throw new Error('more data than the directory says');
        out[outPos++] = symbol;
      } else if (symbol === 256) {
        return;
      } else {
        symbol -= 257;
        if (symbol >= 29) throw new Error('invalid length code');
        const length = LENGTH_BASE[symbol]! + bits(LENGTH_EXTRA[symbol]!);
        const d = decode(distances);
        if (d >= 30) throw new Error('invalid distance code');
        const distance = DIST_BASE[d]! + bits(DIST_EXTRA[d]!);
        if (distance > outPos) throw new Error('distance too far back');
        if (outPos + length > size) throw new Error('more data than the directory says');
        for (let k = 0; k < length; k++, outPos++) out[outPos] = out[outPos - distance]!;
      }
    }
  };

  const dynamic = (): void => {
    const nlen = bits(5) + 257;
    const ndist = bits(5) + 1;
    const ncode = bits(4) + 4;
    if (nlen > 286 || ndist > 30) throw new Error('bad code counts');
    const lengths = new Uint8Array(nlen + ndist);
    const codeLengths = new Uint8Array(19);
    for (let i = 0; i < ncode; i++) codeLengths[CODE_LENGTH_ORDER[i]!] = bits(3);
    const lencode = huffman(codeLengths);
    let index = 0;
    while (index < nlen + ndist) {
      let symbol = decode(lencode);
      if (symbol < 16) {
        lengths[index++] = symbol;
        continue;
      }
      let len = 0;
      if (symbol === 16) {
        if (index === 0) throw new Error('repeat with no previous length');
        len = lengths[index - 1]!;
        symbol = 3 + bits(2);
      } else if (symbol === 17) symbol = 3 + bits(3);
      else symbol = 11 + bits(7);
      if (index + symbol > nlen + ndist) throw new Error('too many lengths');
      while (symbol--) lengths[index++] = len;
    }
    if (lengths[256] === 0) throw new Error('no end-of-block code');
    codes(huffman(lengths.subarray(0, nlen)), huffman(lengths.subarray(nlen)));
  };

  let last = 0;
  do {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      bitBuf = 0;
      bitCount = 0;
      if (inPos + 4 > input.length) throw new Error('compressed data ends too early');
      const len = input[inPos]! | (input[inPos + 1]! << 8);
      const nlen = input[inPos + 2]! | (input[inPos + 3]! << 8);
      inPos += 4;
      if (len !== (~nlen & 0xffff)) throw new Error('stored block length check failed');
      if (inPos + len > input.length) throw new Error('compressed data ends too early');
      if (outPos + len > size) throw new Error('more data than the directory says');
      out.set(input.subarray(inPos, inPos + len), outPos);
      inPos += len;
      outPos += len;
    } else if (type === 1) {
      codes(fixed().lengths, fixed().distances);
    } else if (type === 2) {
      dynamic();
    } else throw new Error('invalid block type');
  } while (!last);
  if (outPos !== size) throw new Error('less data than the directory says');
  return out;
}
