import { browserAvailable } from '../support/chromium';

describe('whether browser tests run', () => {
  let written: string[];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    written = [];
    spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { written.push(String(chunk)); return true; });
  });
  afterEach(() => spy.mockRestore());

  test('Chromium installed → run, silently', () => {
    expect(browserAvailable({}, () => true)).toBe(true);
    expect(written).toEqual([]);
  });

  test('missing → skipped, with one plain line on stderr', () => {
    expect(browserAvailable({}, () => false)).toBe(false);
    expect(written).toEqual(['browser tests skipped: /usr/bin/chromium not installed\n']);
  });

  test('missing under CI=true → a failure', () => {
    expect(() => browserAvailable({ CI: 'true' }, () => false)).toThrow('/usr/bin/chromium is not installed, and CI=true requires them');
  });
});
