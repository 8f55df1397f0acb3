/** Excel number format for `decimals` places (小数位). Example: 2 → `0.00`; 0 → `0`. */
export function decimalsFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(Math.min(decimals, 30))}` : '0';
}
