/**
 * Which reader a file needs, from its content (never its name alone): Parquet by its magic
 * number, text formats by the inventory's sniffer. Anything else is a clear error.
 */
import { AisecError } from '../../core/errors.js';
import { sniffFormat } from '../../inventory/index.js';
import { decoderFor } from './text-decode.js';
import type { TableFormat, TextEncoding } from './types.js';

/** The table format of a file from its first bytes, or `empty`; throws ERR_DATA_FORMAT for anything else. */
export function detectTableFormat(head: Buffer, path: string, encoding: TextEncoding): TableFormat | 'empty' {
  if (head.length === 0) return 'empty';
  if (head.length >= 4 && head.toString('latin1', 0, 4) === 'PAR1') return 'parquet';
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new AisecError('ERR_DATA_FORMAT', `${path} is UTF-16 text; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8).`);
  }
  // Sniff text as UTF-8: a Latin-1 file is re-encoded first so the sniffer sees text.
  const text = encoding === 'utf-8' ? head : Buffer.from(decoderFor(encoding)(head, 0, head.length), 'utf8');
  let sniffed = sniffFormat(text, path).format;
  // A JSON Lines file whose first line is `{...}` of 7 characters looks like a safetensors
  // header (8 bytes, then `{"`); a real one has NUL bytes in its length. Sniff again with the
  // text shifted by a line break, which JSON Lines and CSV ignore.
  if (sniffed === 'safetensors' && !text.subarray(0, 8).includes(0)) sniffed = sniffFormat(Buffer.concat([Buffer.from('\n'), text]), path).format;
  switch (sniffed) {
    case 'csv':
    case 'tsv':
    case 'jsonl':
      return sniffed;
    case 'text':
      // JSON Lines with bad lines among the first ones reads as text to the sniffer.
      if (/\.(jsonl|ndjson)$/i.test(path) && text.toString('utf8').trimStart().startsWith('{')) return 'jsonl';
      // One column of text has no separator to see; the name says it is a table.
      if (/\.(csv|tsv|txt)$/i.test(path)) return /\.tsv$/i.test(path) ? 'tsv' : 'csv';
      throw new AisecError('ERR_DATA_FORMAT', `${path} is plain text, not CSV, TSV or JSON Lines. Name it .csv if it is a one-column table.`);
    case 'json':
      throw new AisecError('ERR_DATA_FORMAT', `${path} is one JSON document; datasets are read as JSON Lines (one object per line). Convert it, e.g. jq -c '.[]' ${path} > data.jsonl.`);
    case 'unknown':
      return detectDamagedText(head, path, encoding);
    default:
      throw new AisecError('ERR_DATA_FORMAT', `${path} holds ${sniffed} data, not CSV, TSV, JSON Lines or Parquet${/^(gzip|bz2|xz|zstd|zip|7z|tar|zlib)$/.test(sniffed) ? '; decompress it first' : ''}.`);
  }
}

/**
 * Text with a few bad bytes (invalid UTF-8, a stray NUL) is still a table: the reader reports
 * each bad line. Mostly-binary content is refused, saying whether it may be another encoding.
 */
function detectDamagedText(head: Buffer, path: string, encoding: TextEncoding): TableFormat {
  const { nul, controls } = byteStats(head);
  if (nul + controls <= Math.max(2, head.length / 1000)) {
    const cleaned = Buffer.from(head.toString('utf8').replaceAll('\ufffd', '?').replaceAll('\u0000', '?'), 'utf8');
    const format = sniffFormat(cleaned, path).format;
    if (format === 'csv' || format === 'tsv' || format === 'jsonl') return format;
  }
  throw new AisecError('ERR_DATA_FORMAT', unknownMessage(head, path, encoding));
}

function byteStats(head: Buffer): { nul: number; controls: number; high: number } {
  let nul = 0;
  let controls = 0;
  let high = 0;
  for (const b of head) {
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
    else if (b >= 0x80) high++;
  }
  return { nul, controls, high };
}

/** Binary data, or text in another encoding: say which, so the user knows what to do. */
function unknownMessage(head: Buffer, path: string, encoding: TextEncoding): string {
  const { nul, controls, high } = byteStats(head);
  if (encoding === 'utf-8' && nul === 0 && controls * 100 <= head.length && high > 0) {
    return `${path} is not valid UTF-8 text. If it is Latin-1 or Windows-1252, read it with that encoding (--encoding latin1 or windows-1252).`;
  }
  return `${path} is binary data, not CSV, TSV, JSON Lines or Parquet (its name does not make it one).`;
}
