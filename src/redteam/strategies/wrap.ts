/** A short instruction around an encoded payload: the text before it and after it. */
export type Wrapper = readonly [before: string, after: string];

/** Put `body` inside `wrapper`. Plain concatenation: payloads are never interpreted as templates. */
export function wrap(wrapper: Wrapper, body: string): string {
  return `${wrapper[0]}${body}${wrapper[1]}`;
}
