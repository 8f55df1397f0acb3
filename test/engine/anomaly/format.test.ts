import { fixed2, fmt, signed } from '../../../src/engine/anomaly/format';

describe('numbers in anomaly messages', () => {
  it.each([
    [82.5, '82.5'],
    [0.1 + 0.2, '0.3'], // 0.30000000000000004 → 4 decimals → 0.3
    [1 / 3, '0.3333'],
    [2 / 3, '0.6667'],
    [-0, '0'],
    [-0.00001, '0'], // rounds to −0.0000 → 0, never "-0"
    [100, '100'],
    [82.25, '82.25'],
    [1e21, '1e+21'],
    [1.23456789e-7, '0'],
    [NaN, 'NaN'],
  ])('fmt(%p) → %p', (x, s) => {
    expect(fmt(x)).toBe(s);
  });

  it('fixed2 keeps two decimals and the sign, without -0.00', () => {
    expect(fixed2(-14.333125)).toBe('-14.33');
    expect(fixed2(5.1711)).toBe('5.17');
    expect(fixed2(-0.001)).toBe('0.00');
  });

  it('signed shows + on a rise', () => {
    expect(signed(15.01)).toBe('+15.01');
    expect(signed(-16)).toBe('-16');
    expect(signed(0)).toBe('0');
  });
});
