/**
 * What the README's Security section says of the XML parser: one exact version, the one installed, past the
 * fixes of fast-xml-parser's 2026 advisories (CVE-2026-26278 and CVE-2026-33036: entity expansion, also through
 * numeric references; CVE-2026-33349: limits set to zero; the last fixed in 5.5.7).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const json = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;

const LAST_ADVISORY_FIX = [5, 5, 7];

describe('fast-xml-parser', () => {
  const pinned = (json('package.json').dependencies as Record<string, string>)['fast-xml-parser'] ?? '';

  it('is pinned to one exact version', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is installed at that version, by the lockfile and in node_modules', () => {
    const locked = (json('package-lock.json').packages as Record<string, { version: string }>)[
      'node_modules/fast-xml-parser'
    ];
    expect(locked?.version).toBe(pinned);
    expect(json('node_modules/fast-xml-parser/package.json').version).toBe(pinned);
  });

  it('is past the fixes of its 2026 advisories', () => {
    const [major, minor, patch] = pinned.split('.').map(Number);
    const [fixMajor, fixMinor, fixPatch] = LAST_ADVISORY_FIX;
    // Within 5.x: a new major would need its own look at the advisories.
    expect(major).toBe(fixMajor);
    expect((minor ?? 0) * 1000 + (patch ?? 0)).toBeGreaterThanOrEqual(
      (fixMinor ?? 0) * 1000 + (fixPatch ?? 0),
    );
  });
});
