import { decodeSegments, type SegmentEncoding } from '../decode-segments.js';

/** A reader of the texts of the segments that decodeSegments finds in a text in `encoding`, in order. */
export function readAs(encoding: SegmentEncoding): (text: string) => string[] {
  return (text) =>
    decodeSegments(text)
      .segments.filter((s) => s.encoding === encoding)
      .map((s) => s.text);
}
