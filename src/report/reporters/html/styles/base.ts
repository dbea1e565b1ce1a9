/** Report stylesheet, part: Colours, fonts, page elements and shared utilities. */
export const baseStyles = `
:root {
  --ink: #17202c; --ink-2: #3e4a5b; --ink-3: #667085; --line: #e2e6ec; --line-2: #eef1f5;
  --bg: #f4f6f9; --card: #ffffff; --navy: #14213d; --navy-2: #1f3158; --accent: #2853b8;
  --critical: #b42318; --critical-bg: #fdecea; --critical-line: #f4c1bc;
  --high: #c4320a; --high-bg: #fff0e6; --high-line: #f9cdb3;
  --medium: #a15c07; --medium-bg: #fef6e0; --medium-line: #f5dc9c;
  --low: #1d5fa8; --low-bg: #e8f1fb; --low-line: #bcd5f1;
  --info: #5b6676; --info-bg: #eef1f5; --info-line: #d5dbe3;
  --ok: #157347; --ok-bg: #e6f4ec; --warn: #a15c07; --warn-bg: #fff7e6;
  --radius: 10px; --shadow: 0 1px 2px rgba(16, 24, 40, .05), 0 4px 14px rgba(16, 24, 40, .06);
  --sans: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, "Liberation Sans", sans-serif;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; scroll-behavior: smooth; }
body { margin: 0; font: 16px/1.55 var(--sans); color: var(--ink); background: var(--bg); overflow-wrap: break-word; }
.wrap { max-width: 1180px; margin: 0 auto; padding: 0 28px; }
a { color: var(--accent); text-underline-offset: 2px; }
code, .path, .hash { font-family: var(--mono); font-size: .88em; overflow-wrap: anywhere; }
code { background: var(--line-2); border-radius: 4px; padding: .05em .35em; }
.hash { word-break: break-all; color: var(--ink-2); }
code.hash { background: none; padding: 0; }
.muted { color: var(--ink-3); }
.small { font-size: 13px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
h2 { font-size: 22px; line-height: 1.25; margin: 0 0 6px; letter-spacing: -.01em; }
h3 { font-size: 18px; margin: 36px 0 12px; }
h4 { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--ink-3); margin: 0 0 4px; }
main > section, main > .grid-2 { margin-top: 40px; }
.section-lead { color: var(--ink-2); margin: 0 0 16px; max-width: 70ch; }
.empty { background: var(--card); border: 1px dashed var(--line); border-radius: var(--radius); padding: 16px 20px; color: var(--ink-2); margin: 8px 0 0; }
.empty.warn { border-color: var(--medium-line); background: var(--warn-bg); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); box-shadow: var(--shadow); padding: 22px 24px; }

`;
