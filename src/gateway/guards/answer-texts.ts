/**
 * The texts of an OpenAI-style answer, by channel: each choice's content (`message.content`,
 * `delta.content`, content parts, completions `text`), refusal and reasoning text, and each tool
 * call's arguments (and the legacy `function_call`). Works on a whole JSON answer and on one
 * streamed chunk alike; a channel's text is the concatenation of its pieces across chunks.
 */

/** Receives one piece of text; `json` marks tool-call arguments (JSON text, escapes undecoded). */
export type TextSink = (channel: string, text: string, json: boolean) => void;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function contentTexts(channel: string, content: unknown, emit: TextSink): void {
  if (typeof content === 'string') emit(channel, content, false);
  else if (Array.isArray(content)) {
    for (const part of content) if (isObject(part) && typeof part.text === 'string') emit(channel, part.text, false);
  }
}

/** Call `emit` for every text of `answer` (a chat completion, a completion, or a chunk of either). */
export function answerTexts(answer: unknown, emit: TextSink): void {
  if (!isObject(answer) || !Array.isArray(answer.choices)) return;
  const choices = answer.choices as unknown[];
  for (let i = 0; i < choices.length; i++) {
    const choice = choices[i];
    if (!isObject(choice)) continue;
    const c = typeof choice.index === 'number' ? String(choice.index) : String(i);
    if (typeof choice.text === 'string') emit(c, choice.text, false);
    const m = isObject(choice.delta) ? choice.delta : isObject(choice.message) ? choice.message : undefined;
    if (m === undefined) continue;
    contentTexts(c, m.content, emit);
    if (typeof m.refusal === 'string') emit(`${c}/refusal`, m.refusal, false);
    for (const key of ['reasoning_content', 'reasoning'] as const) if (typeof m[key] === 'string') emit(`${c}/reasoning`, m[key], false);
    if (Array.isArray(m.tool_calls)) {
      const calls = m.tool_calls as unknown[];
      for (let j = 0; j < calls.length; j++) {
        const call = calls[j];
        if (!isObject(call) || !isObject(call.function)) continue;
        const t = typeof call.index === 'number' ? call.index : j;
        if (typeof call.function.arguments === 'string') emit(`${c}/tool/${t}`, call.function.arguments, true);
      }
    }
    if (isObject(m.function_call) && typeof m.function_call.arguments === 'string') emit(`${c}/function`, m.function_call.arguments, true);
  }
}
