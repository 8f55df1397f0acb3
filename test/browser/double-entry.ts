/**
 * The browser bundle that stands in for office.js in the end-to-end tests: the page's
 * `<script src=".../office.js">` is routed to this. It installs the Excel test double on `window`,
 * preloaded with the workbook the test put in `window.__KAOPING_FIXTURE__` (page.addInitScript),
 * and leaves the double's handle in `window.__KAOPING_DOUBLE__` for the test to inspect.
 */
import { installOfficeDouble, type DoubleWorkbookInit, type OfficeDouble } from '../office-double';

declare global {
  interface Window {
    __KAOPING_FIXTURE__?: DoubleWorkbookInit;
    __KAOPING_DOUBLE__?: OfficeDouble;
  }
}

const fixture = window.__KAOPING_FIXTURE__;
if (!fixture) throw new Error('office double: window.__KAOPING_FIXTURE__ is not set');
window.__KAOPING_DOUBLE__ = installOfficeDouble(window as unknown as typeof globalThis, fixture);
