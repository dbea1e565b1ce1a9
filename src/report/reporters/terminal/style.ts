import pc from 'picocolors';
import type { Severity } from '../../../core/severity.js';

type Colors = ReturnType<typeof pc.createColors>;

/** How the terminal summary paints text; every function is the identity when colour is off. */
export interface TerminalStyle {
  readonly color: boolean;
  /** Text on the severity's background colour (the caller pads it); plain without colour. */
  badge(severity: Severity, text: string): string;
  /** A severity word in its colour. */
  severity(severity: Severity, text: string): string;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly fail: (text: string) => string;
  readonly warn: (text: string) => string;
  readonly pass: (text: string) => string;
}

function badgeStyles(c: Colors): Record<Severity, (text: string) => string> {
  return {
    critical: (t) => c.bgRed(c.white(c.bold(t))),
    high: (t) => c.bgRedBright(c.black(c.bold(t))),
    medium: (t) => c.bgYellow(c.black(t)),
    low: (t) => c.bgBlue(c.white(t)),
    info: (t) => c.bgWhite(c.black(t)),
  };
}

function wordStyles(c: Colors): Record<Severity, (text: string) => string> {
  return {
    critical: (t) => c.red(c.bold(t)),
    high: (t) => c.redBright(c.bold(t)),
    medium: (t) => c.yellow(t),
    low: (t) => c.blue(t),
    info: (t) => c.dim(t),
  };
}

/** Build the style for one render; colour comes only from `color`, never from the environment. */
export function createStyle(color: boolean): TerminalStyle {
  // createColors(false) returns identity formatters, so the plain output is the same code path.
  const c = pc.createColors(color);
  const badges = badgeStyles(c);
  const words = wordStyles(c);
  return {
    color,
    badge: (severity, text) => badges[severity](text),
    severity: (severity, text) => words[severity](text),
    bold: (t) => c.bold(t),
    dim: (t) => c.dim(t),
    fail: (t) => c.red(c.bold(t)),
    warn: (t) => c.yellow(c.bold(t)),
    pass: (t) => c.green(c.bold(t)),
  };
}
