import { didYouMean } from '../../core/suggest.js';

/** `; did you mean "x"?`, else the names there are, else '' (for messages about a name). */
export function hintFor(name: string, names: readonly string[]): string {
  const near = name.length >= 3 ? didYouMean(name, names) : undefined;
  if (near) return `; did you mean "${near}"?`;
  if (names.length === 0) return '; none is declared';
  return `; declared: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''}`;
}
