/**
 * A cheap upper bound on how deeply a YAML text nests, computed from the lexer's tokens
 * before anything is parsed. The YAML composer recurses once per level, so hostile input such
 * as a megabyte of `[` or of `- ` must be refused before it reaches the parser.
 */
import { CST, Lexer } from 'yaml';

/** Deepest nesting accepted in a descriptor; real descriptors nest about 8 levels. */
export const maxYamlDepth = 128;

/** Where the nesting bound was first exceeded. */
export interface DepthExcess {
  /** 1-based line of the token that exceeded the bound. */
  line: number;
}

/**
 * Return where `text` first nests deeper than `limit`, or undefined if it never does.
 *
 * The bound per line is indentation (in characters) + block indicators on the line
 * (`- `, `? `, `: `) + open flow collections. It overestimates (two spaces of indentation per
 * level count as two), never underestimates, since quoted and block scalars arrive as single
 * tokens and their brackets are not counted.
 */
export function findExcessiveNesting(text: string, limit: number = maxYamlDepth): DepthExcess | undefined {
  let line = 1;
  let flow = 0;
  let indent = 0;
  let indicators = 0;
  let atLineStart = true;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    const type = scalarNext ? 'scalar-source' : CST.tokenType(token);
    scalarNext = false;
    switch (type) {
      case 'scalar':
        // The scalar marker: the next token is the scalar's source text, whatever it contains.
        scalarNext = true;
        break;
      case 'newline':
        atLineStart = true;
        indent = 0;
        indicators = 0;
        break;
      case 'space':
        if (atLineStart) indent = token.length - token.trimStart().length;
        break;
      case 'seq-item-ind':
      case 'explicit-key-ind':
      case 'map-value-ind':
        indicators++;
        atLineStart = false;
        break;
      case 'flow-map-start':
      case 'flow-seq-start':
        flow++;
        atLineStart = false;
        break;
      case 'flow-map-end':
      case 'flow-seq-end':
        flow = Math.max(0, flow - 1);
        atLineStart = false;
        break;
      default:
        atLineStart = false;
    }
    if (indent + indicators + flow > limit) return { line };
    for (let i = token.indexOf('\n'); i >= 0; i = token.indexOf('\n', i + 1)) line++;
  }
  return undefined;
}
