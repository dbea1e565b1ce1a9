/** A short instruction around an encoded payload: the text before it and after it. */
export type Wrapper = readonly [before: string, after: string];

/** Put `body` inside `wrapper`. Plain concatenation: payloads are never interpreted as templates. */
export function wrap(wrapper: Wrapper, body: string): string {
  return `${wrapper[0]}${body}${wrapper[1]}`;
}

/** `wrapper` with `{key}` in its authored text replaced by `value` (a shift, an encoding's name; never the payload). */
export function withValue(wrapper: Wrapper, key: string, value: string): Wrapper {
  return [wrapper[0].replaceAll(`{${key}}`, value), wrapper[1].replaceAll(`{${key}}`, value)];
}
